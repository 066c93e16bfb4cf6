package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * A page copied as text that prints its title in its header and again right above the paragraphs is named by that
 * line, even when a line of the editor's tools above it has a byline and a date under it.
 */
class PrintedTwiceTitleTest {

    @Test
    void aTitlePrintedAgainRightAboveTheParagraphsNamesTheArticle() throws Exception {
        Article a = Fixtures.read("page.txt", "Ready to publish?\nEdit the story's title, subtitle and cover image here\n"
                + "Ann Lee\nMay 3, 2024 · 4 min read\nSign in\nThe north pier will be rebuilt\nShare on Twitter\n"
                + "Share by email\nThe board's plan, in brief.\nThe north pier will be rebuilt\n\n" + Fixtures.PIER);
        assertEquals("The north pier will be rebuilt", a.title());
    }

    @Test
    void aSectionHeadingThatATableOfContentsListsAboveIsNotTheTitle() throws Exception {
        Article a = Fixtures.read("page.txt", "Rules of the Harbour\nPosted May 28, 2014\n\n" + Fixtures.PIER_1 + " "
                + Fixtures.PIER_2 + " " + Fixtures.PIER_3 + "\n\nThe Pier Works\nLicence Grant\nOwnership\n\n"
                + "THE PIER WORKS\n\n" + Fixtures.PIER);
        assertEquals("Rules of the Harbour", a.title());
    }
}
