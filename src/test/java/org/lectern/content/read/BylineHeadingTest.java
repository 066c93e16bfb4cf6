package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/** A byline set as a heading above the text ("Prepared by ...", "Compiled by ...") names the author, not a lesson. */
class BylineHeadingTest {

    private static final String P1 = "The harbour board agreed on Monday to rebuild the north pier, which has been "
            + "closed to boats since part of its deck gave way during the gales at the end of last winter.";
    private static final String P2 = "Engineers will drive new piles beside the old timber ones and lay a concrete deck "
            + "over them, a method that lets the fishing fleet keep using the south side of the pier.";

    @Test
    void aPreparedByHeadingInAStudyPageNamesTheAuthor() throws Exception {
        Article a = Fixtures.read("study.html", "<html><head><title>The North Pier: a study text</title></head>"
                + "<body><h2>The North Pier</h2><h3>Prepared by Ann Lee, Harbour College</h3><p>" + P1 + "</p><p>"
                + P2 + "</p></body></html>");
        assertEquals("Ann Lee", a.author());
        assertFalse(Fixtures.titles(a).stream().anyMatch(t -> t.contains("Prepared")), Fixtures.titles(a).toString());
    }

    @Test
    void aCompiledByHeadingInMarkdownNamesTheAuthor() throws Exception {
        Article a = Fixtures.read("pier.md", "# The North Pier\n\n### Compiled by Tom Ness\n\n" + P1 + "\n\n" + P2
                + "\n");
        assertEquals("Tom Ness", a.author());
        assertFalse(Fixtures.titles(a).stream().anyMatch(t -> t.contains("Compiled")), Fixtures.titles(a).toString());
    }
}
