package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    @Test
    void trustsTheExtensionForOrdinaryFiles() {
        assertEquals(Format.MARKDOWN, FormatDetector.detect("notes.md", "Just some text.\n\nMore text."));
        assertEquals(Format.MARKDOWN, FormatDetector.detect("NOTES.MARKDOWN", "Just some text."));
        assertEquals(Format.TEXT, FormatDetector.detect("article.txt", "Title\n\nSome text."));
        assertEquals(Format.HTML, FormatDetector.detect("page.html", "<p>Hello</p>"));
    }

    @Test
    void recognisesHtmlSavedAsText() {
        assertEquals(Format.HTML, FormatDetector.detect("article.txt", "<!DOCTYPE html>\n<html><body><p>Hi</p>"));
        assertEquals(Format.HTML, FormatDetector.detect("article.md", "  <html lang=\"en\"><head><title>x</title>"));
        assertEquals(Format.HTML, FormatDetector.detect("fragment.txt",
                "<h1>Title</h1>\n<p>One.</p>\n<h2>Part</h2>\n<p>Two.</p>"));
    }

    @Test
    void keepsAMarkdownFileWithEmbeddedHtmlBlocksMarkdown() {
        String story = "*   [Home](/)\n*   [Stories](/stories)\n\n## A fan story in three chapters\n\n"
                + "<div class=\"meta\"><p>Rating: General</p><p>Words: 3,000</p></div>\n\n"
                + "<ul><li>Tag one</li><li>Tag two</li></ul>\n\nThe story opens in a [small town](/towns/1).\n";
        String recipe = "# Rye bread\n\n<div><p>Serves 8</p><p>Takes 3 hours</p></div>\n\n<table><tr><td>Flour</td>"
                + "</tr></table>\n\n- Mix the flour and water.\n- Leave the dough to rise overnight.\n";
        assertEquals(Format.MARKDOWN, FormatDetector.detect("source.md", story));
        assertEquals(Format.MARKDOWN, FormatDetector.detect("rye.markdown", recipe));
        assertEquals(Format.HTML, FormatDetector.detect("fragment.md",
                "<h1>Title</h1>\n<p>One.</p>\n<h2>Part</h2>\n<p>Two.</p>"));
    }

    @Test
    void recognisesMarkdownSavedAsText() {
        String md = "# Title\n\nSome *text* with a [link](https://example.org).\n\n## Part\n\n- item\n- item\n";
        assertEquals(Format.MARKDOWN, FormatDetector.detect("article.txt", md));
        assertEquals(Format.MARKDOWN, FormatDetector.detect("article", md));
    }

    @Test
    void keepsPlainTextWithAStrayHashOrTagAsText() {
        String text = "Pricing\n\nThe item #4 costs less than <5 dollars, as the * footnote says.\n\nMore text here.";
        assertEquals(Format.TEXT, FormatDetector.detect("article.txt", text));
        assertEquals(Format.TEXT, FormatDetector.detect("article", text));
    }

    @Test
    void readsAnHtmlNamedFileWithoutTagsAsText() {
        assertEquals(Format.TEXT, FormatDetector.detect("saved.html", "Title\n\nJust words, no tags at all."));
    }
}
