package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/** A row of buttons under a title (each word a page control, see {@link NoiseRules}) is not its author. */
class PageControlsTest {

    private static final String P1 = "The harbour board agreed on Monday to rebuild the north pier, which has been "
            + "closed to boats since part of its deck gave way during the gales at the end of last winter.";
    private static final String P2 = "Engineers will drive new piles beside the old timber ones and lay a concrete deck "
            + "over them, a method that lets the north pier's fishing fleet keep using its south side.";
    private static final String P3 = "The work on the pier is due to start in the spring and to take about eighteen "
            + "months, the board said, and the harbour will stay open to ferries throughout.";

    @Test
    void aRowOfShareButtonsUnderTheTitleIsNotTheAuthor() throws Exception {
        Article a = Fixtures.read("pier.md", "# The north pier will be rebuilt\n\nShare Tweet Share\n\n" + P1 + "\n\n"
                + P2 + "\n\n" + P3 + "\n");
        assertNotEquals("Share Tweet Share", a.author());
        assertTrue(a.author().isEmpty(), a.author());
    }
}
