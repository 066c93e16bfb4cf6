package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/** A row of buttons under a title (each word a page control, see {@link NoiseRules}) is not its author. */
class PageControlsTest {

    @Test
    void aRowOfShareButtonsUnderTheTitleIsNotTheAuthor() throws Exception {
        Article a = Fixtures.read("pier.md", "# The north pier will be rebuilt\n\nShare Tweet Share\n\n"
                + Fixtures.PIER);
        assertNotEquals("Share Tweet Share", a.author());
        assertTrue(a.author().isEmpty(), a.author());
    }
}
