package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A title that is a breadcrumb trail names the article by its last step, in every format; one "&gt;" is not a trail. */
class BreadcrumbTitleTest {

    private static final String PROSE = "The harbour board agreed on Monday to rebuild the north pier, which has been "
            + "closed to boats since part of its deck gave way during the gales at the end of last winter.\n\n"
            + "Engineers will drive new piles beside the old timber ones and lay a concrete deck over them, a method "
            + "that lets the fishing fleet keep using the south side of the pier while the work goes on.\n";

    @Test
    void aTrailInAMarkdownHeadingOrAnHtmlTitleGivesItsLastStep() throws Exception {
        assertEquals("North pier to be rebuilt",
                Fixtures.read("pier.md", "# Harbour Post › News › 2023 › North pier to be rebuilt\n\n" + PROSE).title());
        assertEquals("North pier to be rebuilt", Fixtures.read("pier.html", "<html><head><title>Home &gt; News &gt; "
                + "North pier to be rebuilt</title></head><body><p>" + PROSE.replace("\n\n", "</p><p>")
                + "</p></body></html>").title());
    }

    @Test
    void oneAngleBracketIsPartOfTheTitle() throws Exception {
        assertEquals("Piers > jetties? What the harbour board chose",
                Fixtures.read("pier.md", "# Piers > jetties? What the harbour board chose\n\n" + PROSE).title());
        assertEquals("North pier", ArticleAssembler.lastCrumb("Home > News > North pier"));
        assertEquals("Home > ", ArticleAssembler.lastCrumb("Home > "));
    }
}
