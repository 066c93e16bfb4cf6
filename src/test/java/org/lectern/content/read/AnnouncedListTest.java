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
 * the page's teasers to a paragraph of its footer.
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
}
