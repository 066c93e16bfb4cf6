package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * In text copied from a whole page, what a colon announces costs little, but only a list's worth of short lines (at
 * most 20): a last paragraph ending "below:" over a video that did not copy does not carry the article's span over
 * the page's teasers to a paragraph of its footer. And only a colon near the article's prose announces: a label
 * printed below the page's own tools ("Also on our site:") heads the page's teasers.
 */
class AnnouncedListTest {

    private static final String P1 = "The city council voted on Tuesday to close the old harbour bridge to cars from "
            + "next spring, after engineers found that two of its piers had sunk by several centimetres since the last "
            + "survey was carried out five years ago.";
    private static final String P2 = "Buses and bicycles will still be allowed to cross, and the council said it "
            + "would spend the money saved on repairs on a new ferry that will run every ten minutes during the "
            + "morning and evening rush hours.";
    private static final String P3 = "Shop owners on both sides of the bridge said they feared that fewer people would "
            + "come to the old town, and they asked the council to lower parking charges while the work goes on.";

    /** Teaser headlines and their sources, as a page's "more stories" box copies: two short lines each. */
    private static List<String> teasers(int count) {
        var lines = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            lines.add("Story Number " + i + " About Something Else Entirely");
            lines.add("Daily Herald On Web");
        }
        return lines;
    }

    private static String page(String announcing, List<String> afterIt, String footerParagraph) {
        var lines = new ArrayList<>(List.of("Home", "News", "Sport", "Weather", "Harbour bridge to close to cars",
                "", P1, "", P2, "", P3, "", announcing, "", ""));
        lines.addAll(afterIt);
        lines.addAll(List.of("Report Abuse", "Sorry!", "There was a problem. Please try again.", "", footerParagraph,
                "", "Select a category", "Spam", "Other", "submit"));
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aVideoAnnouncedUnderTheLastParagraphDoesNotCarryTheArticleOverTheTeasers() throws Exception {
        String footer = "Help us keep this a friendly place by reporting any comment that breaks the rules of "
                + "conduct that every reader agreed to when joining.";
        Article a = Fixtures.read("bridge.txt", page("To see the bridge as it is now, watch the footage below:",
                teasers(24), footer));
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("lower parking charges"), text);
        assertFalse(text.contains("friendly place"), text);
    }

    @Test
    void aPlayerAnnouncedUnderTheLastParagraphDoesNotCarryTheArticleOverTheTeasers() throws Exception {
        String footer = "Readers are asked to keep their remarks about each story civil and short, and to tell the "
                + "editors about any remark that insults another reader.";
        Article a = Fixtures.read("bridge.txt", page("Listen to the whole council debate in the player here:",
                teasers(16), footer));
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("every ten minutes"), text);
        assertFalse(text.contains("civil and short"), text);
    }

    @Test
    void aListAColonAnnouncesStaysInTheArticle() throws Exception {
        String text = String.join("\n", "Home", "News", "Sport", "Harbour bridge to close to cars", "", P1, "",
                "The council listed the streets that will be closed:", "", "- Quay Street", "- Ferry Lane",
                "- Mill Road", "- Bridge Row", "- Water Lane", "- Dock Street", "- Salt Street", "- Rope Walk",
                "- Anchor Lane", "- Pier Road", "- Tar Lane", "- Net Street", "",
                P2, "", P3) + "\n";
        Article a = Fixtures.read("bridge.txt", text);
        String all = Fixtures.allLessonText(a);
        assertTrue(all.contains("Rope Walk"), all);
        assertTrue(all.contains("lower parking charges"), all);
    }

    @Test
    void aLabelFarBelowTheArticleAnnouncesNothing() throws Exception {
        // The share row and page tools between the article and "Also on our site:" are the page's, so the headlines
        // under that label are teasers at full cost, and the next story's paragraphs below them stay out.
        var lines = new ArrayList<>(List.of("Home", "News", "Harbour bridge to close to cars", "", P1, "", P2, "",
                "« Previous | Next »", "share12", "tweet0", "mail", "Permalink: /b-2596987",
                "Print version", "Also on our site:"));
        lines.addAll(teasers(8));
        lines.addAll(List.of("Most read", "Ferry Timetable Changes For The Summer Season",
                "The ferry company will add two sailings on weekday mornings from May, after complaints that the "
                        + "first boat is full long before it leaves the quay on most days of the week.",
                "New Head Teacher For The Harbour School",
                "The governors of the harbour school have appointed a deputy head from the town as its new head "
                        + "teacher, who will take up the post at the start of the autumn term."));
        String all = Fixtures.allLessonText(Fixtures.read("bridge.txt", String.join("\n", lines) + "\n"));
        assertTrue(all.contains("every ten minutes"), all);
        assertFalse(all.contains("two sailings"), all);
        assertFalse(all.contains("head teacher"), all);
    }

    @Test
    void aListLabelAFewLinesBelowTheProseStillAnnouncesItsList() throws Exception {
        // A how-to page: a caption and a related link stand between the opening and "What you'll need:". The list
        // under the label costs little, so the opening above it and the steps below it are one span.
        String text = String.join("\n", "Home", "Crafts", "How to build a terrarium", "", P1.replace("city council",
                "garden club"), "", "A glass jar terrarium (photo)", "Other people are reading",
                "Terrarium ideas", "What you'll need:", "Glass jar", "Gravel", "Charcoal", "Potting soil", "Moss",
                "Small plants", "Tweezers", "Step 1", P2, "Step 2", P3) + "\n";
        String all = Fixtures.allLessonText(Fixtures.read("terrarium.txt", text));
        assertTrue(all.contains("five years ago"), all);
        assertTrue(all.contains("every ten minutes"), all);
        assertTrue(all.contains("lower parking charges"), all);
    }
}
