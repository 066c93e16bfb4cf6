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

    @Test
    void keepsPageTextThatCarriesAFewLinesOfMarkupAsText() {
        // A page's <noscript> code prints as text when the page is copied with scripts off: a few tag lines among
        // the words of the page.
        String copied = "Harbour Post\nNews\nSport\n\nNorth pier to be rebuilt after winter gales\n\n"
                + "The harbour board agreed on Monday to rebuild the north pier, closed to boats since the gales.\n\n"
                + "Engineers will drive new piles beside the old timber ones and lay a concrete deck over them.\n\n"
                + "Advertisement\n<div><a href=\"http://ads.example/jump\"><img src=\"/ad.gif\"></a></div>\n"
                + "Advertisement\n<div><a href=\"http://ads.example/jump2\"><img src=\"/ad2.gif\"></a></div>\n"
                + "<div><img src=\"//pixel.example/p.gif\" width=\"1\"></div>\n<div><a href=\"/x\">x</a></div>\n"
                + "Imprint\nContact\n";
        assertEquals(Format.TEXT, FormatDetector.detect("source.txt", copied));
        String recipeCopied = "Rye bread\n\nMix the flour, water and salt the evening before and leave the dough "
                + "somewhere cool overnight.\n\nBake it for an hour in a hot oven with a tray of water below.\n\n"
                + "<p><img src=\"/rye.jpg\"></p><p><img src=\"/rye2.jpg\"></p><br><br>\nShare\nPrint\n";
        assertEquals(Format.TEXT, FormatDetector.detect("page", recipeCopied));
        // A fragment whose words stand in its paragraphs, wrapped over lines, is HTML.
        assertEquals(Format.HTML, FormatDetector.detect("fragment.txt", "<h2>Rye bread</h2>\n<p>Mix the flour,\n"
                + "water and salt the evening before\nand leave the dough somewhere cool.</p>\n<p>Bake it for an\n"
                + "hour in a hot oven.</p>\n<ul><li>Flour</li><li>Water</li></ul>"));
    }
}
