package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * Teasers of other pages in a Markdown dump of a whole page, each rule on two small articles: a heading that is a
 * link whose syntax the line cut off is a link to another page all the same.
 */
class MarkdownTeaserTest {

    private static String links(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "*   [" + prefix + " " + i + "](/" + prefix + i + ")")
                .collect(Collectors.joining("\n")) + "\n\n";
    }

    private static String paragraphs(String topic, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            out.append("The ").append(topic).append(" report number ").append(i).append(" says that the council will ")
                    .append("spend more on the ").append(topic).append(" next year, after a long debate in which ")
                    .append("every party asked for a larger share of the money.\n\n");
        }
        return out.toString();
    }

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
        String page = links("Menu", 8) + "# Council to spend more on the harbour\n\n" + paragraphs("harbour", 5)
                + "### Related\n\n"
                + cutTeaser("Harbour fees to rise next spring", "harbour-fees",
                "The harbour board has agreed to raise the fees for moorings next spring, the first rise in six "
                        + "years, and boat owners have until April to object to the plan.")
                + cutTeaser("New ferry line to the islands", "ferry-line",
                "A new ferry line will link the harbour to the three islands from June, with four crossings a day "
                        + "in summer and two a day in the winter months.")
                + links("Footer", 10);
        String text = text(page);
        assertTrue(text.contains("harbour report number 5"), text);
        assertFalse(text.contains("fees for moorings"), text);
        assertFalse(text.contains("four crossings a day"), text);
        assertFalse(text.contains("New ferry line"), text);
    }

    @Test
    void aCutOffHeadingLinkAfterTheStoryIsATeaserEvenWithoutARelatedHeading() throws Exception {
        String page = links("Menu", 8) + "# Libraries to open on Sundays\n\n" + paragraphs("library", 5)
                + cutTeaser("Museum opens a new wing", "museum-wing",
                "The city museum opened its new wing on Saturday, with three rooms of paintings that have not been "
                        + "shown in public for more than forty years.")
                + cutTeaser("Swimming pool closed for repairs", "pool-repairs",
                "The swimming pool in the old town will stay closed until the autumn, while workers replace the "
                        + "roof and the heating that failed in the winter.")
                + links("Footer", 10);
        String text = text(page);
        assertTrue(text.contains("library report number 5"), text);
        assertFalse(text.contains("three rooms of paintings"), text);
        assertFalse(text.contains("replace the roof"), text);
    }
}
