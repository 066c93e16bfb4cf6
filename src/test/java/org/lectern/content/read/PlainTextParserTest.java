package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.Citation;
import org.lectern.content.DroppedLine;
import org.lectern.content.Endnote;

class PlainTextParserTest {

    private static final String P1 = "Honey bees communicate the location of food with a dance on the comb, which "
            + "other workers follow closely.";
    private static final String P2 = "The angle of the run tells the direction of the food relative to the sun, and "
            + "its length tells the distance.";
    private static final String P3 = "Colonies that dance more often collect more nectar in seasons when flowers are "
            + "patchy and far apart.";

    private static Article read(String... lines) throws Exception {
        return Fixtures.read("bees.txt", String.join("\n\n", lines));
    }

    @Test
    void readsTitleLikeLinesFollowedByProseAsHeadings() throws Exception {
        Article a = read("How Bees Talk", "The Waggle Dance", P1, P2, "Why It Matters", P3);
        assertEquals("How Bees Talk", a.title());
        assertEquals(List.of("The Waggle Dance", "Why It Matters"), Fixtures.titles(a));
        assertEquals(List.of(P1, P2), a.lessons().getFirst().paragraphs());
    }

    @Test
    void readsAShortLineBetweenAHeadingAndItsFirstParagraphAsACaption() throws Exception {
        Article a = read("How Bees Talk", "The Waggle Dance", "Dance angle and the sun", P1, "Why It Matters", P3);
        assertEquals(List.of("Dance angle and the sun"), a.lessons().getFirst().captions());
        assertEquals(List.of(P1), a.lessons().getFirst().paragraphs());
    }

    @Test
    void readsFigureLinesAsCaptionsWhereverTheyStand() throws Exception {
        Article a = read("How Bees Talk", "The Waggle Dance", P1, "Figure 2: A worker dancing on the comb.", P2);
        assertEquals(List.of("Figure 2: A worker dancing on the comb."), a.lessons().getFirst().captions());
        assertEquals(List.of(P1, P2), a.lessons().getFirst().paragraphs());
    }

    @Test
    void dropsABannerThatInterruptsASection() throws Exception {
        Article a = read("How Bees Talk", "The Waggle Dance", P1, "Summer Sale 2024",
                "However, the dance is not always precise, and young foragers often make mistakes.", "Why It Matters", P3);
        assertEquals(List.of("The Waggle Dance", "Why It Matters"), Fixtures.titles(a));
        assertEquals(3, a.lessons().getFirst().paragraphs().size() + 1);
        assertTrue(a.dropped().contains(new DroppedLine("Summer Sale 2024", "banner unrelated to the text around it")));
    }

    @Test
    void keepsAnUnusualHeadingWhenOnlyOneSignalSaysBanner() throws Exception {
        Article a = read("How Bees Talk", "The Waggle Dance", P1, "Lessons for Engineers",
                "Swarm robotics borrows the idea: simple agents share what they found and the group decides.");
        assertEquals(List.of("The Waggle Dance", "Lessons for Engineers"), Fixtures.titles(a));
    }

    @Test
    void dropsAnAuthorBoxUpToTheNextHeading() throws Exception {
        Article a = read("How Bees Talk", "By Anna Keller", "About the Author",
                "Anna Keller is a beekeeper and biologist who writes about insects.", "The Waggle Dance", P1);
        assertEquals("Anna Keller", a.author());
        assertEquals(List.of("The Waggle Dance"), Fixtures.titles(a));
        assertEquals("", a.dropped().stream().filter(d -> d.text().startsWith("Anna Keller is")).findFirst()
                .map(d -> d.reason().equals("author bio") ? "" : d.reason()).orElse("missing"));
    }

    @Test
    void joinsHardWrappedParagraphs() throws Exception {
        String text = """
                How Bees Talk

                The Waggle Dance

                Honey bees communicate the location of food with a dance on the comb,
                which other workers follow closely with their antennae while it lasts,
                and then they fly out to find the flowers themselves in the field.

                The angle of the run tells the direction of the food relative to the
                sun, and its length tells the distance that the foragers have to fly
                before they reach the patch of flowers the dancer has found for them.

                Why It Matters

                Colonies that dance more often collect more nectar in seasons when the
                flowers are patchy and far apart, as experiments in several countries
                with observation hives and painted foragers have shown over decades.
                """;
        Article a = Fixtures.read("bees.txt", text);
        assertEquals(List.of("The Waggle Dance", "Why It Matters"), Fixtures.titles(a));
        assertEquals(2, a.lessons().getFirst().paragraphs().size());
        assertTrue(a.lessons().getFirst().paragraphs().getFirst().endsWith("in the field."));
    }

    @Test
    void readsABracketedNotesListAndDropsWhatFollowsIt() throws Exception {
        Article a = read("How Bees Talk", "The Waggle Dance", "Bees dance to share food [1]. They also dance to move "
                        + "house [2].", "References", "[1] K. von Frisch, The Dance Language of Bees, 1967.",
                "[2] T. Seeley, Honeybee Democracy, https://press.princeton.edu/books/honeybee-democracy.",
                "Share this", "Leave a comment");
        assertEquals(List.of(new Endnote(1, "K. von Frisch, The Dance Language of Bees, 1967.", ""),
                new Endnote(2, "T. Seeley, Honeybee Democracy, https://press.princeton.edu/books/honeybee-democracy.",
                        "https://press.princeton.edu/books/honeybee-democracy")), a.endnotes());
        assertEquals(List.of(new Citation(0, 24, 1), new Citation(0, 55, 2)), a.lessons().getFirst().citations());
        assertEquals("Bees dance to share food. They also dance to move house.",
                a.lessons().getFirst().paragraphs().getFirst());
        assertTrue(a.dropped().stream().map(DroppedLine::text).toList().containsAll(List.of("Share this",
                "Leave a comment")));
    }

    @Test
    void keepsTheLineAParagraphAnnouncesWithAColon() throws Exception {
        Article a = read("How Bees Talk", "The Waggle Dance", "The distance follows a simple rule:",
                "distance = run_duration * 750 m/s", P2);
        assertEquals(List.of("The distance follows a simple rule:", "distance = run_duration * 750 m/s", P2),
                a.lessons().getFirst().paragraphs());
    }

    @Test
    void findsTheTitleFromTheFileNameBelowTheSiteHeader() throws Exception {
        Article a = Fixtures.read("how-bees-talk.txt", String.join("\n\n", "The Bee Journal", "Home",
                "How Bees Talk", "The Waggle Dance", P1));
        assertEquals("How Bees Talk", a.title());
        assertTrue(a.dropped().contains(new DroppedLine("The Bee Journal", "page header above the title")));
    }

    @Test
    void turnsALongLeadIntoAnIntroductionLesson() throws Exception {
        Article a = read("How Bees Talk", P1, P2, "Why It Matters", P3);
        assertEquals(List.of("Introduction", "Why It Matters"), Fixtures.titles(a));
        assertEquals(List.of(P1, P2), a.lessons().getFirst().paragraphs());
        assertEquals(P1, a.summary());
    }

    @Test
    void dropsStrayFragmentsButNeverProse() throws Exception {
        Article a = read("How Bees Talk", "The Waggle Dance", P1, "bees, dance", P2);
        assertEquals(List.of(P1, P2), a.lessons().getFirst().paragraphs());
        assertFalse(Fixtures.allLessonText(a).contains("bees, dance"));
    }

    @Test
    void readsATitleCaseQuestionAsAHeading() throws Exception {
        Article a = read("How Bees Talk", "Why Do Bees Dance at All?", P1, "What Happens in Winter?", P3);
        assertEquals(List.of("Why Do Bees Dance at All?", "What Happens in Winter?"), Fixtures.titles(a));
    }

    @Test
    void readsNumberedHeadingsButKeepsNumberedListsAsText() throws Exception {
        Article a = read("How Bees Talk", "1. The Waggle Dance", P1, "Foragers do three things:",
                "1. Find food", "2. Return to the hive", "3. Dance", "2. Why It Matters", P3);
        assertEquals(List.of("1. The Waggle Dance", "2. Why It Matters"), Fixtures.titles(a));
        assertEquals(List.of(P1, "Foragers do three things:", "1. Find food", "2. Return to the hive", "3. Dance"),
                a.lessons().getFirst().paragraphs());
    }

    @Test
    void readsABareNameUnderTheTitleAsTheAuthor() throws Exception {
        Article a = read("How Bees Talk", "Anna Keller", "The Waggle Dance", P1, "Why It Matters", P3);
        assertEquals("Anna Keller", a.author());
        assertEquals(List.of("The Waggle Dance", "Why It Matters"), Fixtures.titles(a));
    }

    @Test
    void keepsAFirstHeadingUnderTheTitleThatTheTextTalksAbout() throws Exception {
        Article a = read("How Bees Talk", "Waggle Dances", "The waggle dances of foragers tell the others where the "
                + "food is.", "Why It Matters", P3);
        assertEquals("", a.author());
        assertEquals(List.of("Waggle Dances", "Why It Matters"), Fixtures.titles(a));
    }

    @Test
    void findsANotesListWithoutAHeadingWhenTheTextCitesIt() throws Exception {
        Article a = read("How Bees Talk", "The Waggle Dance", "Bees dance to share food.1 They also dance to move "
                + "house.2", "1 K. von Frisch, The Dance Language of Bees (1967).",
                "2 T. Seeley, Honeybee Democracy (2010).", "Share this");
        assertEquals(2, a.endnotes().size());
        assertEquals(List.of("Bees dance to share food. They also dance to move house."),
                a.lessons().getFirst().paragraphs());
        assertEquals(2, a.lessons().getFirst().citations().size());
    }

    @Test
    void keepsANumberedListThatNothingCitesInTheLesson() throws Exception {
        Article a = read("How Bees Talk", "The Waggle Dance", "The dance was decoded in steps:",
                "1 Observation hives were built in 1919.", "2 Foragers were marked with paint in 1923.",
                "Why It Matters", P3);
        assertEquals(List.of(), a.endnotes());
        assertEquals(3, a.lessons().getFirst().paragraphs().size());
    }

    @Test
    void opensTheArticlesOwnIntroductionWithALongLead() throws Exception {
        Article a = read("How Bees Talk", P1, P2, "Introduction", P3);
        assertEquals(List.of("Introduction"), Fixtures.titles(a));
        assertEquals(List.of(P1, P2, P3), a.lessons().getFirst().paragraphs());
    }

    @Test
    void dropsASentenceCaseSubtitleUnderATitleCaseTitle() throws Exception {
        Article a = read("How Bees Talk", "A short guide for curious students", P1, "The Waggle Dance", P2,
                "Why It Matters", P3);
        assertEquals(List.of("The Waggle Dance", "Why It Matters"), Fixtures.titles(a));
        assertEquals(P1, a.summary());
        assertTrue(a.dropped().contains(new DroppedLine("A short guide for curious students", "subtitle")));
    }

    @Test
    void readsWrappedBracketedNotesOneEntryPerNumber() throws Exception {
        String text = """
                Coral Reefs

                How Reefs Form

                Reef-building corals are colonies of tiny animals called polyps, and each of
                them lays down a skeleton of calcium carbonate that piles up over thousands
                of years into reefs large enough to be seen from space, as surveys show [1].
                Their algae pass up to 90% of the sugars they make to the host coral [2].

                Notes

                [1] Veron, J. E. N. (2000). Corals of the World. Australian Institute of
                    Marine Science.
                [2] Hughes, T. P. et al. (2017). Global warming and recurrent mass bleaching
                    of corals. Nature 543, 373-377.
                [3] https://www.unep.org/resources/report/coral-reefs
                """;
        Article a = Fixtures.read("reefs.txt", text);
        assertEquals(List.of(1, 2, 3), a.endnotes().stream().map(Endnote::number).toList());
        assertEquals("Veron, J. E. N. (2000). Corals of the World. Australian Institute of Marine Science.",
                a.endnotes().getFirst().text());
        assertEquals("https://www.unep.org/resources/report/coral-reefs", a.endnotes().get(2).url());
        assertEquals(List.of(1, 2), a.lessons().getFirst().citations().stream().map(Citation::endnote).toList());
    }

    @Test
    void readsALineEndingWithAPhotoCreditAsACaption() throws Exception {
        Article a = read("How Bees Talk", "The Waggle Dance", P1,
                "A forager dances on the comb in June. Photo: Anna Keller/Bee Lab", P2);
        assertEquals(List.of("A forager dances on the comb in June. Photo: Anna Keller/Bee Lab"),
                a.lessons().getFirst().captions());
        assertEquals(List.of(P1, P2), a.lessons().getFirst().paragraphs());
    }

    @Test
    void readsAPaperStylePostWithSiteNameAuthorsAbstractAndNumberedSections() throws Exception {
        Article a = Fixtures.readResource("urban-foxes.txt");
        assertEquals("Urban Foxes and the Rules of the Street", a.title());
        assertEquals("Lena Hoffmann and Marc Duval", a.author());
        assertTrue(a.summary().startsWith("Red foxes have lived in British cities since the 1930s."));
        assertEquals(List.of("1 Introduction", "2 Methods", "3 Results", "4 Discussion"), Fixtures.titles(a));
        assertEquals(List.of("Fig. 1 Study areas in north and south Bristol"), Fixtures.lesson(a, "2 Methods").captions());
        assertEquals(3, a.endnotes().size());
        assertEquals(List.of("Journal of Applied Ecology Blog", "Home | About | Submit", "Lena Hoffmann and Marc Duval",
                        "Department of Zoology, University of Bristol", "Abstract",
                        "Keywords: urban ecology, red fox, movement, roads", "Cite this article", "Share on Twitter"),
                a.dropped().stream().map(DroppedLine::text).toList());
    }

    @Test
    void readsAShortTitleCaseLabelWithAColonAsAHeading() throws Exception {
        Article a = read("How Bees Talk", "Background:", P1, "Key Findings:", P2, "The rule is simple:", P3);
        assertEquals(List.of("Background", "Key Findings"), Fixtures.titles(a));
        assertEquals(List.of(P2, "The rule is simple:", P3), a.lessons().get(1).paragraphs());
    }
}
