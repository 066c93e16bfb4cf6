package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/** A whole web page dumped as Markdown: the article is found by link density, its title by position. */
class MarkdownWebPageTest {

    private static Article read(String markdown) throws Exception {
        return Fixtures.read("page.md", markdown);
    }

    private static String links(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "*   [" + prefix + " " + i + "](/" + prefix + i + ")")
                .collect(Collectors.joining("\n")) + "\n\n";
    }

    private static String languages() {
        List<String> names = List.of("Afrikaans", "العربية", "Asturianu", "Azərbaycanca", "Български", "Bosanski",
                "Català", "Čeština", "Cymraeg", "Dansk", "Deutsch", "Eesti", "Ελληνικά", "Español", "Esperanto",
                "Euskara", "فارسی", "Français", "Gaeilge", "Galego", "한국어", "Hrvatski", "Italiano", "עברית",
                "Latviešu", "Magyar", "Nederlands", "日本語", "Norsk", "Polski", "Português", "Română", "Русский",
                "Suomi", "Svenska");
        return names.stream().map(n -> "*   [" + n + "](https://" + n.hashCode() + ".example.org/wiki/Ant)")
                .collect(Collectors.joining("\n")) + "\n\n";
    }

    @Test
    void readsAWikipediaLikePageAsTheArticleOnly() throws Exception {
        String page = "[Jump to content](#bodyContent)\n\nMain menu\n\n" + links("Portal", 8)
                + "[![Wiki](/logo.png)](/wiki/Main_Page)\n\n[Search](/search) [Create account](/create) "
                + "[Log in](/login)\n\n" + languages()
                + "# Ant\n\nFrom Wikipedia, the free encyclopedia\n\n"
                + "Ants are eusocial insects of the family Formicidae and, along with the related wasps and bees, "
                + "belong to the order Hymenoptera.[\\[1\\]](#cite_note-1) They evolved from wasp-like ancestors "
                + "in the Cretaceous period.\n\n"
                + "## Etymology[[edit](/w/index.php?title=Ant&action=edit&section=1)]\n\n"
                + "The word ant derives from Middle English ante, which comes from Old English æmette; the family "
                + "name Formicidae comes from the Latin formica, meaning ant.\n\n"
                + "## Colonies[[edit](/w/index.php?title=Ant&action=edit&section=2)]\n\n"
                + "A colony has one or more egg-laying queens, many sterile female workers and, at times, winged "
                + "males that leave the nest to mate. Workers forage, tend the brood and defend the nest.\n\n"
                + "Some species raid the nests of others and carry off their pupae, which grow up as workers of the "
                + "raiding colony.\n\n"
                + "## See also[[edit](/w/index.php?title=Ant&action=edit&section=3)]\n\n" + links("Termite", 4)
                + "| [Insects](/wiki/Insect) | " + IntStream.rangeClosed(1, 30).mapToObj(i -> "[Order " + i
                + "](/wiki/Order" + i + ")").collect(Collectors.joining(" · ")) + "\n\n"
                + links("Hymenoptera family", 25)
                + "Retrieved from \"[https://en.wikipedia.org/w/index.php?title=Ant&oldid=1](https://en.wikipedia"
                + ".org/w/index.php?title=Ant&oldid=1)\"\n\n[Categories](/wiki/Help:Category): [Ants](/wiki/C:Ants) "
                + "[Insects](/wiki/C:Insects)\n\n" + links("Footer", 6);
        Article a = read(page);
        assertEquals("Ant", a.title());
        assertEquals(List.of("Etymology", "Colonies"), Fixtures.titles(a));
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("Ants are eusocial insects"));
        for (String furniture : List.of("Jump to content", "Main menu", "Deutsch", "Svenska", "Portal", "Order 7",
                "Hymenoptera family", "Retrieved from", "edit", "Termite", "Footer", "Log in")) {
            assertFalse(text.contains(furniture), furniture);
        }
    }

    @Test
    void readsANewsPageWithMastheadTeasersAndAGalleryAsTheStoryOnly() throws Exception {
        String page = "# [Daily Courier](/)\n\n" + links("Section", 10)
                + "### [Council approves new bridge budget](/news/bridge)\n\n"
                + "## Tram line reopens after two years of repairs\n\n"
                + "*   [Nadia Petrov](/author/nadia)\n*   Tuesday, 4 March 2025\n\n"
                + "The city's oldest tram line carried passengers again on Monday, two years after floods washed out "
                + "the tracks along the river.\n\n"
                + "Engineers rebuilt the embankment with a drainage layer, so that water now runs off beneath the "
                + "rails instead of lifting them.\n\n"
                + "Riders said the trip into the centre was ten minutes shorter than the bus that replaced the tram, "
                + "and the operator plans to run a car every six minutes at rush hour.\n\n"
                + "## More news in pictures\n\n"
                + IntStream.rangeClosed(1, 12).mapToObj(i -> "### " + i + "/12 Story number " + i + "\n\nA long "
                        + "caption describing photograph number " + i + " from another story in today's paper.\n\n")
                .collect(Collectors.joining())
                + links("Footer link", 12) + "© 2025 Daily Courier\n";
        Article a = read(page);
        assertEquals("Tram line reopens after two years of repairs", a.title());
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("drainage layer"));
        assertTrue(text.contains("every six minutes"));
        for (String furniture : List.of("Daily Courier", "Section 3", "Council approves", "photograph number",
                "Footer link")) {
            assertFalse(text.contains(furniture), furniture);
        }
    }

    @Test
    void dropsABoxOfLinksInTheMiddleOfTheStoryButKeepsProseWithALink() throws Exception {
        String page = links("Menu", 12) + "# How Glass Is Made\n\n"
                + "Glass starts as sand, soda ash and limestone melted together in a furnace at about 1,500 °C "
                + "until the mixture flows like honey.\n\n"
                + "**Read also:** [Why old windows are thicker at the bottom](/a) · [Ten famous glass domes](/b) · "
                + "[The history of mirrors](/c)\n\n"
                + "The molten glass is floated on a bath of [liquid tin](/tin), which gives window panes their flat "
                + "and even surface.\n\n"
                + "Slow cooling in a long oven called a lehr removes the stresses that would otherwise crack the "
                + "sheet.\n\n" + links("Footer", 15);
        Article a = read(page);
        assertEquals("How Glass Is Made", a.title());
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("liquid tin"));
        assertTrue(text.contains("lehr"));
        assertFalse(text.contains("famous glass domes"));
        assertFalse(text.contains("Menu 4"));
        assertFalse(text.contains("Footer 9"));
    }

    @Test
    void takesTheTitleFromTheHeadingAboveTheTextNotFromTheSiteNameHeading() throws Exception {
        String page = "# [Field Notes](https://fieldnotes.example.org/)\n\n## Archive\n\n" + links("Month", 12)
                + "### Why Crows Remember Faces\n\n"
                + "Crows that were trapped by a researcher in a mask scolded anyone wearing that mask for years "
                + "afterwards, and young crows learned to do the same.\n\n"
                + "The birds seem to pass on what they know about dangerous people to their neighbours and their "
                + "offspring.\n\n" + links("Tag", 8);
        Article a = read(page);
        assertEquals("Why Crows Remember Faces", a.title());
        assertFalse(Fixtures.allLessonText(a).contains("Month 3"));
        assertFalse(Fixtures.allLessonText(a).contains("Field Notes"));
    }

    @Test
    void leavesAHandWrittenFileWithoutNavigationWhole() throws Exception {
        Article a = read("## Kinds\n\nShort line.\n\n[A link](https://example.org) to read.\n\n## Uses\n\n"
                + "Pumice is used as an abrasive.\n");
        assertEquals(List.of("Kinds", "Uses"), Fixtures.titles(a));
        assertTrue(Fixtures.allLessonText(a).contains("Pumice"));
    }

    @Test
    void readsMarkdownThatAConverterIndentedAsCode() throws Exception {
        String page = links("Nav", 10) + "# Night Sky\n\n        ![Orion](orion.jpg \"Orion in winter\")\n\n"
                + "Orion is easiest to find in winter, when its three belt stars stand in a short straight row.\n";
        Article a = read(page);
        assertEquals("Night Sky", a.title());
        assertFalse(Fixtures.allLessonText(a).contains("orion.jpg"));
        assertTrue(Fixtures.allLessonText(a).contains("Orion in winter"));
    }

    private static String card(String headline, String url) {
        return "[\n\n![" + headline + "](/img/" + url + ".jpg)\n\n#### " + headline + "\n\nA teaser sentence that "
                + "tells a little about the story behind this headline and why it matters.\n\n](/news/" + url + ")\n\n";
    }

    @Test
    void readsBlocksWrappedInOneLinkAsLinkTextNotAsTheStory() throws Exception {
        String page = links("Menu", 6) + "# Lighthouse keepers return to the coast\n\n"
                + "The last manned lighthouse on the coast closed in 1998, but a volunteer group now keeps watch there "
                + "again during the winter storms.\n\n"
                + "Volunteers log passing ships and the weather every three hours, as the keepers once did.\n\n"
                + card("Harbour wall repaired", "harbour") + card("Ferry timetable changes", "ferry")
                + card("Storm closes the pier", "pier") + links("Footer", 8);
        Article a = read(page);
        assertEquals("Lighthouse keepers return to the coast", a.title());
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("every three hours"));
        assertFalse(text.contains("teaser sentence"));
        assertFalse(text.contains("Ferry timetable"));
        assertFalse(text.contains("](/news"));
    }

    @Test
    void readsCardsBetweenTheMastheadAndTheStoryAsLinkTextToo() throws Exception {
        String page = card("Mayor opens new library", "library") + card("School year starts early", "school")
                + "# Beekeepers count a record honey harvest\n\n"
                + "Beekeepers in the valley collected more honey this summer than in any year since records began, "
                + "thanks to a long and mild spring.\n\n"
                + "The lime trees flowered for almost a month, twice as long as usual, which kept the hives busy.\n";
        Article a = read(page);
        assertEquals("Beekeepers count a record honey harvest", a.title());
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("lime trees"));
        assertFalse(text.contains("library"));
        assertFalse(text.contains("teaser sentence"));
    }

    @Test
    void takesTheShortStoryUnderTheHeadlineOverALongerFooterText() throws Exception {
        String footer = "Regions: " + IntStream.rangeClosed(1, 60).mapToObj(i -> "Region" + i + " (local)")
                .collect(Collectors.joining(" ")) + "\n\n";
        String page = links("Menu", 10) + "# Ice rink opens a month early\n\n"
                + "The town's outdoor ice rink opened on Saturday, a month earlier than usual, after a cold snap froze "
                + "the ground.\n\n"
                + "Families queued for skates from eight in the morning, and the rink stayed open until ten at "
                + "night to let everyone have a turn on the ice.\n\n" + links("Related", 30) + footer;
        Article a = read(page);
        assertEquals("Ice rink opens a month early", a.title());
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("cold snap"));
        assertFalse(text.contains("Region7"));
    }

    @Test
    void takesTheStoryUnderTheHeadlineOverLongerTeasersAboveIt() throws Exception {
        String teasers = IntStream.rangeClosed(1, 6).mapToObj(i -> "### [Other story " + i + "](/story/" + i + ")\n\nThis is the long "
                + "opening of another story on the front page, which runs on for a good many words to tempt a reader "
                + "into clicking through.\n\n").collect(Collectors.joining());
        String page = links("Menu", 10) + teasers + links("Section", 20) + "# Orchard saves a rare apple\n\n"
                + "Growers grafted the last tree of an old apple variety onto young rootstock before the parent tree "
                + "fell in a storm.\n\n"
                + "The first fruit from the new trees will be ready in three years, and the growers plan to give "
                + "cuttings to anyone who wants to keep the variety alive in their own garden.\n\n"
                + "Only two other trees of the variety are known, both in a museum garden far to the north.\n\n"
                + links("Footer", 10);
        Article a = read(page);
        assertEquals("Orchard saves a rare apple", a.title());
        String text = Fixtures.allLessonText(a) + a.summary();
        assertTrue(text.contains("rootstock"));
        assertFalse(text.contains("Other story"));
        assertFalse(text.contains("front page"));
    }
}
