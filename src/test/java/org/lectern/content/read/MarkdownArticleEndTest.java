package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * Where the article ends in a Markdown dump of a whole page, each rule on two small articles: a button that shows the
 * readers' comments ends it, and so does the second copy of a box the page printed above the article.
 */
class MarkdownArticleEndTest {

    private static String text(String page) throws Exception {
        Article a = Fixtures.read("source.md", page);
        return Fixtures.allLessonText(a);
    }

    @Test
    void aButtonThatShowsTheCommentsEndsTheArticleBeforeTheWidgetsSentences() throws Exception {
        String page = Fixtures.markdownStory("Council to spend more on the harbour", "harbour", 5,
                "Comments\n\nShow Comments\n\nDiscussion Policy\n\nStar Reader\n\n"
                + "Star readers regularly post thoughtful comments about the city and its schools.\n\n"
                + "[More about stars](/stars) | [Ask for a star](/stars/ask)\n\nStaff Writer\n\n"
                + "This commenter is a writer or an editor of the paper.\n\n"
                + "[More about stars](/stars) | [Ask for a star](/stars/ask)\n\n"
                + "All comments appear in the Latest tab, with the newest comments at the top of the list.\n\n"
                + "To pause the automatic updates, press the Live button at the top of the comments.\n\n");
        String text = text(page);
        assertTrue(text.contains("harbour report number 5"), text);
        assertFalse(text.contains("thoughtful comments"), text);
        assertFalse(text.contains("writer or an editor"), text);
        assertFalse(text.contains("Latest tab"), text);
    }

    @Test
    void aViewAllCommentsLinkEndsTheArticleToo() throws Exception {
        String page = Fixtures.markdownStory("Libraries to open on Sundays", "library", 4,
                "View all 14 comments\n\nSort by\n\nNewest\n\n"
                + "Please keep your comments civil and on the topic of the story above, and do not post the same comment "
                + "more than once in a single day.\n\n"
                + "Comments that break these rules are removed by our moderators without any warning, and repeated breaches "
                + "can lead to a ban from the site.\n\n"
                + "Report\n\nHide\n\nYou must be signed in to recommend a comment to other readers.\n\n");
        String text = text(page);
        assertTrue(text.contains("library report number 4"), text);
        assertFalse(text.contains("keep your comments civil"), text);
        assertFalse(text.contains("our moderators"), text);
    }

    @Test
    void aCommentsButtonRightUnderTheTitleDoesNotEndTheArticle() throws Exception {
        String page = Fixtures.markdownLinks("Menu", 8) + "# Libraries to open on Sundays\n\nShow Comments\n\n"
                + Fixtures.reportParagraphs("library", 4) + Fixtures.markdownLinks("Footer", 10);
        assertTrue(text(page).contains("library report number 4"));
    }

    @Test
    void theShareBoxPrintedAgainBelowTheArticleEndsIt() throws Exception {
        String page = Fixtures.markdownLinks("Menu", 8) + "# Council to spend more on the harbour\n\nShare this story\n\n"
                + "Facebook Twitter\n\n" + Fixtures.reportParagraphs("harbour", 4) + "Share this story\n\nFacebook Twitter\n\n"
                + "## Happening now\n\n"
                + "The city zoo welcomed two young elephants on Monday, and keepers say the pair have settled in "
                + "well after the long journey from the coast.\n\n"
                + "Visitors will be able to see the elephants from next week, when the new enclosure opens to the "
                + "public after three years of building work and several delays.\n\n"
                + "The zoo expects record numbers of visitors this summer and has hired twenty more staff for the "
                + "season, most of them students from the town.\n\n" + Fixtures.markdownLinks("Footer", 10);
        String text = text(page);
        assertTrue(text.contains("harbour report number 4"), text);
        assertFalse(text.contains("young elephants"), text);
        assertFalse(text.contains("twenty more staff"), text);
    }

    @Test
    void aLabelAndItsButtonsPrintedAboveAndBelowBracketTheArticle() throws Exception {
        String page = Fixtures.markdownLinks("Menu", 8) + "# Libraries to open on Sundays\n\nSave for later\n\nPrint | Email\n\n"
                + Fixtures.reportParagraphs("library", 5) + "Save for later\n\nPrint | Email\n\n"
                + "Another story\n\n"
                + "Farmers in the valley expect a good harvest this year, after a wet spring and a warm summer "
                + "that suited most of the crops they grow.\n\n"
                + "Prices for wheat and barley have risen since the spring, and most farmers plan to sell their "
                + "grain before the end of the year.\n\n" + Fixtures.markdownLinks("Footer", 10);
        String text = text(page);
        assertTrue(text.contains("library report number 5"), text);
        assertFalse(text.contains("good harvest"), text);
        assertFalse(text.contains("wheat and barley"), text);
    }
}
