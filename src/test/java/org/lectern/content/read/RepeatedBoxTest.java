package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * In text copied from a whole page, a box of two short lines printed above the article and again below it (a share
 * label over its networks) ends the article once half its prose lies above the second copy, so the next story the
 * page runs on below stays out; one repeated line (an advertisement label) does not.
 */
class RepeatedBoxTest {

    private static String para(String topic, int n) {
        return "The " + topic + " report number " + n + " says that the council will spend more on the " + topic
                + " next year, after a long debate in which every party asked for a larger share of the money for "
                + "its own part of the town.";
    }

    private static List<String> story(String topic, int paragraphs) {
        var lines = new ArrayList<String>();
        for (int i = 1; i <= paragraphs; i++) {
            lines.add(para(topic, i));
            lines.add("");
        }
        return lines;
    }

    private static String page(List<String> box, String headline) {
        var lines = new ArrayList<String>(List.of("Home", "News", "Sport"));
        lines.addAll(box);
        lines.addAll(List.of(headline, "Jana Novak", "2 hours ago", ""));
        lines.addAll(story("harbour", 6));
        lines.addAll(box);
        lines.addAll(List.of("Latest news", "5 minutes ago", "Libraries to open on Sundays", ""));
        lines.addAll(story("library", 5));
        lines.addAll(List.of("About us", "Contact"));
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aShareBoxAboveAndBelowTheArticleEndsItBeforeTheNextStory() throws Exception {
        Article a = Fixtures.read("harbour.txt", page(List.of("Share this article", "Facebook Twitter Email"),
                "Council to spend more on the harbour"));
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("harbour report number 6"), text);
        assertFalse(text.contains("library report"), text);
    }

    @Test
    void aFollowBoxAboveAndBelowTheArticleEndsItBeforeTheNextStory() throws Exception {
        Article a = Fixtures.read("harbour.txt", page(List.of("Follow us", "Instagram YouTube"),
                "Council to spend more on the harbour"));
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("harbour report number 6"), text);
        assertFalse(text.contains("library report"), text);
    }

    @Test
    void anAdvertisementLabelAboveAndInsideTheArticleDoesNotEndIt() throws Exception {
        var lines = new ArrayList<String>(List.of("Home", "News", "Advertisement", "Council to spend more on the harbour",
                "Jana Novak", ""));
        lines.addAll(story("harbour", 4));
        lines.addAll(List.of("Advertisement", ""));
        lines.addAll(story("harbour budget", 3));
        lines.addAll(List.of("About us", "Contact"));
        Article a = Fixtures.read("harbour.txt", String.join("\n", lines) + "\n");
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("harbour budget report number 3"), text);
    }
}
