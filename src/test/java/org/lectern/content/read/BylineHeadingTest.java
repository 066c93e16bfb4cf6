package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/** A byline set as a heading above the text ("Prepared by ...", "Compiled by ...") names the author, not a lesson. */
class BylineHeadingTest {

    @Test
    void aPreparedByHeadingInAStudyPageNamesTheAuthor() throws Exception {
        Article a = Fixtures.read("study.html", "<html><head><title>The North Pier: a study text</title></head>"
                + "<body><h2>The North Pier</h2><h3>Prepared by Ann Lee, Harbour College</h3><p>" + Fixtures.PIER_1
                + "</p><p>" + Fixtures.PIER_2 + "</p></body></html>");
        assertEquals("Ann Lee", a.author());
        assertFalse(Fixtures.titles(a).stream().anyMatch(t -> t.contains("Prepared")), Fixtures.titles(a).toString());
    }

    @Test
    void aCompiledByHeadingInMarkdownNamesTheAuthor() throws Exception {
        Article a = Fixtures.read("pier.md", "# The North Pier\n\n### Compiled by Tom Ness\n\n" + Fixtures.PIER);
        assertEquals("Tom Ness", a.author());
        assertFalse(Fixtures.titles(a).stream().anyMatch(t -> t.contains("Compiled")), Fixtures.titles(a).toString());
    }
}
