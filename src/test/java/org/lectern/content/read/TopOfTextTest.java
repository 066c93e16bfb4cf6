package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * What a page prints between its title and its first paragraph (share buttons, the source and the date as a list,
 * an infobox's figures, a photo credit, an icon's tooltip) is neither the summary nor a lesson's text; the summary is
 * the article's first paragraph of prose.
 */
class TopOfTextTest {

    @Test
    void aListOfShareButtonsSourceAndDateUnderTheTitleIsNotTheSummaryNorTheLesson() throws Exception {
        Article a = Fixtures.read("pier.md", "# The north pier will be rebuilt\n\n*   by: Ann Lee\n"
                + "*   From: Coast Post\n"
                + "*   March 13, 2015 9:00PM\n\n*   Pin\n*   Share\n*   Tweet\n\n" + Fixtures.PIER);
        assertTrue(a.summary().startsWith("The harbour board agreed"), a.summary());
        String text = Fixtures.allLessonText(a);
        assertFalse(text.contains("Coast Post"), text);
        assertFalse(text.contains("9:00PM"), text);
        assertFalse(text.contains("Tweet"), text);
        assertTrue(text.contains("concrete deck"), text);
    }

    @Test
    void theFiguresOfAnInfoboxAboveTheOpeningAreDropped() throws Exception {
        Article a = Fixtures.read("island.md", "# Karo Island\n\nPopulation\n\n*   62.1% [Karoan](/wiki/Karoans)\n"
                + "*   20.4% [Dutch](/wiki/Dutch)\n\nArea\n\n*   1,204 km2\n\n"
                + Fixtures.PIER_1.replace("north pier", "island pier")
                + "\n\n## Ports\n\n" + Fixtures.PIER_2 + "\n\n## Ferries\n\n" + Fixtures.PIER_3 + "\n");
        assertTrue(a.summary().startsWith("The harbour board"), a.summary());
        String text = Fixtures.allLessonText(a);
        assertFalse(text.contains("62.1%"), text);
        assertFalse(text.contains("1,204"), text);
    }

    @Test
    void aListUnderASectionHeadingBeforeAnyProseIsKept() throws Exception {
        Article a = Fixtures.read("bread.md", "# Flatbread\n\n## Ingredients\n\n*   300 g flour\n*   200 ml water\n"
                + "*   a pinch of salt\n\n## Method\n\nMix the flour, the water and the salt into a soft dough, knead "
                + "it "
                + "for five minutes and leave it to rest under a cloth for half an hour before you roll it out.\n\n"
                + "Cook each round in a dry pan over a high heat for a minute on each side, until it puffs up and "
                + "browns in spots, and keep the cooked ones warm in a folded towel.\n");
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("300 g flour"), text);
        assertTrue(text.contains("a pinch of salt"), text);
    }

    @Test
    void anArticleThatIsOnlyAListKeepsItsItems() throws Exception {
        Article a = Fixtures.read("changes.md", "# Version 1.8 changes\n\n*   Added granite and diorite blocks\n"
                + "*   Added slime blocks and iron trapdoors\n*   Added banners with patterns\n"
                + "*   Removed the old world types\n");
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("slime blocks"), text);
        assertTrue(text.contains("banners"), text);
    }

    @Test
    void aPhotoCreditOnItsOwnLineUnderTheStandfirstIsACaptionNotALesson() throws Exception {
        Article a = Fixtures.read("pier.md", "# The north pier will be rebuilt\n\nThe harbour board's plan for the "
                + "pier, closed since last winter, will keep the fishing fleet at work\n\nMain image: The north pier "
                + "at low tide. Photograph: Tom Ness for the Post\n\n## The plan\n\n" + Fixtures.PIER);
        assertEquals("The north pier will be rebuilt", a.title());
        assertEquals(List.of("The plan"), Fixtures.titles(a));
        assertFalse(String.join(" ", a.lessons().getFirst().paragraphs()).contains("Photograph"));
        assertTrue(a.lessons().getFirst().captions().stream().anyMatch(c -> c.contains("Photograph: Tom Ness")),
                a.lessons().getFirst().captions().toString());
    }

    @Test
    void aFilesOnlyLevelOneHeadingUnderALineAboveItNamesTheCourse() throws Exception {
        Article a = Fixtures.read("notes-week-3.md", "Draft for the class of 12 May, not for circulation\n\n"
                + "# The north pier will be rebuilt\n\n" + Fixtures.PIER);
        assertEquals("The north pier will be rebuilt", a.title());
    }

    @Test
    void anIconsTooltipAndTheTextBesideItAreNoCaptionWhileAPicturesTitleIs() throws Exception {
        Article a = Fixtures.read("pier.md", "# The north pier will be rebuilt\n\n" + Fixtures.PIER_1 + "\n\n"
                + "![Up](arrow.png \"Increase\") 0.917 very high\n\n"
                + "![The pier](pier.jpg \"The north pier at low tide\")\n\n" + Fixtures.PIER_2 + "\n\n"
                + Fixtures.PIER_3 + "\n");
        var captions = a.lessons().getFirst().captions();
        assertFalse(captions.contains("Increase"), captions.toString());
        assertFalse(captions.stream().anyMatch(c -> c.contains("0.917")), captions.toString());
        assertTrue(captions.contains("The north pier at low tide"), captions.toString());
    }

    @Test
    void aBylineTheReaderCannotParseAboveTheTextIsNotALessonNorTheSummary() throws Exception {
        Article a = Fixtures.read("pier.txt", "The north pier will be rebuilt\n\n// Ann Lee • Nov 11, 2020\n\n"
                + "Plans\n\n" + Fixtures.PIER_1 + "\n\n" + Fixtures.PIER_2 + "\n\nWork\n\n" + Fixtures.PIER_3 + "\n");
        assertTrue(a.summary().startsWith("The harbour board agreed"), a.summary());
        assertFalse(Fixtures.allLessonText(a).contains("Nov 11, 2020"), Fixtures.allLessonText(a));
    }

    @Test
    void aLinkedPictureCutOverTwoLinesIsNeitherTheTitleNorText() throws Exception {
        Article a = Fixtures.read("source.md", Fixtures.markdownLinks("Menu item", 8) + "\n## The North Pier\n\n"
                + "## [![Back to the index\n](home.gif)](https://example.org/index.html)\n\n"
                + "### Prepared by [Ann Lee,](https://example.org/ann) Harbour College\n\n" + Fixtures.PIER);
        assertEquals("The North Pier", a.title());
        assertFalse(Fixtures.allLessonText(a).contains("[!["), Fixtures.allLessonText(a));
        assertFalse(Fixtures.allLessonText(a).contains("Back to the index"), Fixtures.allLessonText(a));
    }

    @Test
    void aDateLineAboveTheFirstParagraphIsNotLessonText() throws Exception {
        Article a = Fixtures.read("pier.md", "# The north pier will be rebuilt\n\nPosted on April 16, 2015, at 8:02 a.m.\n\n"
                + Fixtures.PIER);
        assertFalse(Fixtures.allLessonText(a).contains("April 16"), Fixtures.allLessonText(a));
        assertTrue(Fixtures.allLessonText(a).contains("concrete deck"), Fixtures.allLessonText(a));
    }
}
