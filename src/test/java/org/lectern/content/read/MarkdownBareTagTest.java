package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * A bare opening tag that is never closed in its block ("Using <table>") is text about markup that a converter did
 * not escape, and stays in the heading; a tag that is closed, or a line break, is still markup.
 */
class MarkdownBareTagTest {

    private static final String PARAGRAPH = "Tables hold data in rows and columns, and a screen reader reads them cell by "
            + "cell, so every table needs a caption and header cells that say what each column holds.\n\n";

    @Test
    void aBareTagInAHeadingIsText() throws Exception {
        Article a = Fixtures.read("notes.md", "# Markup notes\n\n" + PARAGRAPH + "## Using <table>\n\n" + PARAGRAPH
                + "## Lists: <ul> and <ol>\n\n" + PARAGRAPH);
        String titles = Fixtures.titles(a).toString();
        assertTrue(titles.contains("Using <table>"), titles);
        assertTrue(titles.contains("Lists: <ul> and <ol>"), titles);
    }

    @Test
    void aBareTagInAParagraphIsTextButClosedTagsAndLineBreaksAreMarkup() throws Exception {
        Article a = Fixtures.read("notes.md", "# Markup notes\n\nPut each image in an <img> element and give it a "
                + "text that says what the picture shows.<br>Write <b>short</b> texts that a reader can follow.\n\n"
                + PARAGRAPH);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("an <img> element"), text);
        assertFalse(text.contains("<b>"), text);
        assertFalse(text.contains("<br>"), text);
    }
}
