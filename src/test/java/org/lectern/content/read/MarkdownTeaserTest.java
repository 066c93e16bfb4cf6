package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * Teasers of other pages in a Markdown dump of a whole page, each rule on two small articles: a heading that is a
 * link whose syntax the line cut off is a link to another page all the same; blurbs after the article that each
 * stand under their own picture and link, without a heading, are a box of teasers; a card's headline between the
 * article's paragraphs is a teaser, not a section heading. A link that heads a full paragraph of comment (a
 * newsletter's item) is the text, unless it stands in a box of related links.
 */
class MarkdownTeaserTest {

    private static String text(String page) throws Exception {
        Article a = Fixtures.read("source.md", page);
        return Fixtures.allLessonText(a) + " | " + String.join(" | ", Fixtures.titles(a));
    }

    /** A related post as a converter writes it when the link's title holds a line break: the line ends mid-link. */
    private static String cutTeaser(String headline, String slug, String blurb) {
        return "#### [" + headline + "](https://blog.example/" + slug + " \"" + headline + "\n\")\n\n" + blurb + "\n\n"
                + "March 17, 2016\n\nIn \"News\"\n\n";
    }

    @Test
    void relatedPostsWhoseHeadingLinksAreCutOffAreNotTheArticle() throws Exception {
        String page = Fixtures.markdownStory("Council to spend more on the harbour", "harbour", 5,
                "### Related\n\n"
                + cutTeaser("Harbour fees to rise next spring", "harbour-fees",
                "The harbour board has agreed to raise the fees for moorings next spring, the first rise in six "
                        + "years, and boat owners have until April to object to the plan.")
                + cutTeaser("New ferry line to the islands", "ferry-line",
                "A new ferry line will link the harbour to the three islands from June, with four crossings a day "
                        + "in summer and two a day in the winter months."));
        String text = text(page);
        assertTrue(text.contains("harbour report number 5"), text);
        assertFalse(text.contains("fees for moorings"), text);
        assertFalse(text.contains("four crossings a day"), text);
        assertFalse(text.contains("New ferry line"), text);
    }

    @Test
    void aCutOffHeadingLinkAfterTheStoryIsATeaserEvenWithoutARelatedHeading() throws Exception {
        String page = Fixtures.markdownStory("Libraries to open on Sundays", "library", 5,
                cutTeaser("Museum opens a new wing", "museum-wing",
                "The city museum opened its new wing on Saturday, with three rooms of paintings that have not been "
                        + "shown in public for more than forty years.")
                + cutTeaser("Swimming pool closed for repairs", "pool-repairs",
                "The swimming pool in the old town will stay closed until the autumn, while workers replace the "
                        + "roof and the heating that failed in the winter."));
        String text = text(page);
        assertTrue(text.contains("library report number 5"), text);
        assertFalse(text.contains("three rooms of paintings"), text);
        assertFalse(text.contains("replace the roof"), text);
    }

    /** A video teaser: a picture, the video's link twice, a blurb and a picture again, as a player's list prints it. */
    private static String videoTeaser(String name, String slug, String blurb) {
        return "![click to expand](/img/expand.png)\n\n[" + name + "](/video/" + slug + ")\n\n"
                + "![click to hide](/img/hide.png)\n\n[" + name + "](/video/" + slug + ")\n\n"
                + "![Watch the video](/img/" + slug + ".jpg)\n\n" + blurb + "\n\n![Play](/img/play.png)\n\n";
    }

    @Test
    void videoTeasersAfterTheArticleAreNotPartOfIt() throws Exception {
        String page = Fixtures.markdownStory("Council to spend more on the harbour", "harbour", 5,
                "### Video: now playing\n\n"
                + videoTeaser("Tides", "tides", "Why does the sea rise and fall twice a day? We explain in two "
                + "minutes how the moon pulls at the oceans of the earth.")
                + videoTeaser("Keepers", "keeper", "A keeper on a rock far out at sea tells us what a winter storm is "
                + "like when you watch it from the lamp room.")
                + videoTeaser("Boats", "boat", "Two brothers spend a whole year building a sailing boat by hand, the "
                + "way their grandfather built his boats sixty years ago."));
        String text = text(page);
        assertTrue(text.contains("harbour report number 5"), text);
        assertFalse(text.contains("moon pulls"), text);
        assertFalse(text.contains("winter storm"), text);
        assertFalse(text.contains("by hand"), text);
    }

    @Test
    void storyTeasersWithPicturesAndLabelsAfterTheArticleAreNotPartOfIt() throws Exception {
        String page = Fixtures.markdownStory("Libraries to open on Sundays", "library", 4,
                "![Museum](/img/museum.jpg)\n\n[Museum opens a new wing](/culture/museum)\n\nCulture\n\n"
                + "Three rooms of paintings go on show for the first time in forty years, with a new cafe and a garden "
                + "that stays open late.\n\n"
                + "![Pool](/img/pool.jpg)\n\n[Pool closed for the summer](/city/pool)\n\nCity\n\n"
                + "Workers will replace the roof and the heating before the autumn term, so the children can swim there "
                + "again in October.\n\n"
                + "![Market](/img/market.jpg)\n\n[Market moves to the square](/city/market)\n\nCity\n\n"
                + "The Saturday market will open in the old square from next month, with twice as many stalls as it had "
                + "by the river.\n\n");
        String text = text(page);
        assertTrue(text.contains("library report number 4"), text);
        assertFalse(text.contains("Three rooms of paintings"), text);
        assertFalse(text.contains("replace the roof"), text);
        assertFalse(text.contains("Saturday market"), text);
    }

    @Test
    void shortSectionsUnderTheirOwnHeadingsStayInTheArticle() throws Exception {
        String page = Fixtures.markdownStory("Make the garden your own", "garden", 3,
                "### Seeds\n\n![Seeds](/img/seeds.jpg)\n\n[Shop now](/shop) [Learn more](/seeds)\n\nNext\n\n"
                + "Choose from hundreds of seeds and sow them in spring for flowers all summer.\n\n"
                + "### Tools\n\n![Tools](/img/tools.jpg)\n\n[Shop now](/shop) [Learn more](/tools)\n\nNext\n\n"
                + "A good spade and a rake are all the tools most small gardens ever need.\n\n"
                + "### Water\n\n![Water](/img/water.jpg)\n\n[Shop now](/shop) [Learn more](/water)\n\nNext\n\n"
                + "Water early in the morning, when less of it is lost to the sun and the wind.\n\n");
        String text = text(page);
        assertTrue(text.contains("hundreds of seeds"), text);
        assertTrue(text.contains("a good spade") || text.contains("A good spade"), text);
        assertTrue(text.contains("early in the morning"), text);
    }

    /** A card: one link around a picture and a headline, as converters write it. */
    private static String card(String headline, String url) {
        return "[\n\n![" + headline + "](/img/" + url + ".jpg)\n\n### " + headline + "\n\n](/news/" + url + ")\n\n";
    }

    @Test
    void aCardOfAnotherStoryBetweenTheParagraphsIsNotASection() throws Exception {
        String page = Fixtures.markdownStory("Council to spend more on the harbour", "harbour", 2,
                "Related\n\n" + card("Fishermen protest against new quotas", "quotas")
                + Fixtures.reportParagraphs("quay", 3));
        Article a = Fixtures.read("source.md", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("quay report number 3"), text);
        assertTrue(text.contains("harbour report number 2"), text);
        assertFalse(Fixtures.titles(a).contains("Fishermen protest against new quotas"), Fixtures.titles(a).toString());
        assertFalse(text.contains("Fishermen protest"), text);
    }

    @Test
    void aCardLaterInALongArticleIsNotASectionEither() throws Exception {
        String page = Fixtures.markdownStory("Libraries to open on Sundays", "library", 6,
                card("Museum opens a new wing", "museum") + Fixtures.reportParagraphs("reading room", 3)
                + card("Swimming pool closed for the summer", "pool") + Fixtures.reportParagraphs("archive", 2));
        Article a = Fixtures.read("source.md", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("reading room report number 3"), text);
        assertTrue(text.contains("archive report number 2"), text);
        assertFalse(Fixtures.titles(a).contains("Museum opens a new wing"), Fixtures.titles(a).toString());
        assertFalse(Fixtures.titles(a).contains("Swimming pool closed for the summer"), Fixtures.titles(a).toString());
    }

    /** A link roundup's item: a heading that links to the post, the editor's comment on it, the post's byline. */
    private static String linkWithComment(String headline, String slug, String comment) {
        return "### [" + headline + "](https://example.org/" + slug + ")\n\n" + comment + "\n\n[" + headline
                + "](https://example.org/" + slug + ") by [Ann Lee](https://example.org/ann)\n\n";
    }

    private static final String COMMENT_1 = "This is a careful walk through the new release of the build tool. The "
            + "author shows how the cache works, why the first build is slow and how to keep later builds fast, with "
            + "numbers from a real project of forty modules that make the point better than any benchmark.";
    private static final String COMMENT_2 = "A short and honest essay on leaving a job that looked perfect on paper. "
            + "I liked it because it does not pretend the choice was easy, and it ends with three questions the "
            + "writer now asks before taking any offer, which every developer who reads this newsletter should ask.";

    @Test
    void aNewsletterWhoseLinksEachHeadTheEditorsCommentIsTheText() throws Exception {
        String page = Fixtures.markdownLinks("Menu", 8) + "# Issue 12\n\n" + Fixtures.reportParagraphs("newsletter", 5)
                + "## Tools\n\n" + linkWithComment("Faster builds with the new cache", "builds", COMMENT_1)
                + "## Career\n\n" + linkWithComment("Why I left the perfect job", "left", COMMENT_2)
                + Fixtures.markdownLinks("Footer", 10);
        String text = text(page);
        assertTrue(text.contains("forty modules"), text);
        assertTrue(text.contains("three questions the writer now asks"), text);
    }

    @Test
    void relatedPostsWithLongBlurbsUnderARelatedHeadingStayOut() throws Exception {
        String page = Fixtures.markdownStory("Council to spend more on the harbour", "harbour", 5,
                "### Related\n\n" + linkWithComment("Faster builds with the new cache", "builds", COMMENT_1)
                        + linkWithComment("Why I left the perfect job", "left", COMMENT_2));
        String text = text(page);
        assertTrue(text.contains("harbour report number 5"), text);
        assertFalse(text.contains("forty modules"), text);
        assertFalse(text.contains("three questions the writer now asks"), text);
    }
}
