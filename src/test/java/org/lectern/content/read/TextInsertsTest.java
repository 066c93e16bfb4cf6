package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * What sites insert in the middle of an article, in text copied from a whole page ({@link TextInserts}): a numbered
 * photo gallery and a widget's option lists are dropped, and the article's paragraphs on both sides are kept; and what
 * {@link MainText} leaves after the article: short sentences of a dialog past the last full paragraph.
 */
class TextInsertsTest {

    private static final List<String> MENU = List.of("Daily Ledger", "Home", "News", "Business", "Sport", "Culture",
            "Travel", "Opinion", "Search");

    private static String paragraph(String topic, int n) {
        return "Paragraph " + n + " about the " + topic + " tells the reader what happened in the town this year, "
                + "who was there when it happened, and why the people who live nearby still talk about it today.";
    }

    private static Article read(List<String> lines) throws Exception {
        return Fixtures.read("source.txt", String.join("\n\n", lines));
    }

    private static List<String> gallery(String subject) {
        List<String> lines = new ArrayList<>(List.of(subject + " in pictures", "12 show all"));
        for (int k = 1; k <= 12; k++) {
            lines.add(k + "/12 " + subject + " headline number " + k);
            lines.add("The caption of picture " + k + " in the " + subject.toLowerCase() + " gallery describes "
                    + "another story from the week, with a name, a place and what the company said about it.");
            lines.add("Getty Images");
        }
        return lines;
    }

    private static List<String> article(String title, String topic, List<String> insert) {
        List<String> lines = new ArrayList<>(MENU);
        lines.add(title);
        lines.add(paragraph(topic, 1));
        lines.add(paragraph(topic, 2));
        lines.addAll(insert);
        IntStream.rangeClosed(3, 5).forEach(n -> lines.add(paragraph(topic, n)));
        lines.addAll(List.of("Share", "Tweet", "About us", "Contact", "Privacy", "Terms"));
        return lines;
    }

    @Test
    void dropsAGalleryOfOtherStoriesInsideAHotelArticle() throws Exception {
        Article a = read(article("What hotel owners do not tell their guests", "hotel", gallery("Business")));
        String text = Fixtures.allLessonText(a);
        IntStream.rangeClosed(1, 5).forEach(n -> assertTrue(text.contains(paragraph("hotel", n)), "paragraph " + n));
        assertFalse(text.contains("gallery describes"), text);
        assertEquals("photo gallery", reason(a, "7/12 Business headline number 7"));
    }

    @Test
    void dropsAGalleryInsideAHarbourArticle() throws Exception {
        Article a = read(article("The harbour wall is rebuilt", "harbour", gallery("Coast")));
        String text = Fixtures.allLessonText(a);
        IntStream.rangeClosed(1, 5).forEach(n -> assertTrue(text.contains(paragraph("harbour", n)), "paragraph " + n));
        assertFalse(text.contains("gallery describes"), text);
    }

    @Test
    void datesAreNotSlideCounters() throws Exception {
        List<String> insert = IntStream.rangeClosed(1, 4).mapToObj(k -> "3/0" + k + "/15 8:0" + k + "am")
                .collect(Collectors.toList());
        Article a = read(article("The market square", "market", insert));
        assertFalse(a.dropped().stream().anyMatch(d -> d.reason().equals("photo gallery")));
    }

    /** A video player's settings as a page copies them: each setting lists the same options. */
    private static List<String> playerSettings() {
        List<String> lines = new ArrayList<>(List.of("Play Video", "Play", "Mute", "Current Time 0:00", "Duration 0:00",
                "Fullscreen"));
        for (String setting : List.of("Foreground", "Background", "Window")) {
            lines.add(setting);
            lines.addAll(List.of("White", "Black", "Red", "Green", "Blue", "Yellow", "Magenta", "Cyan", "---",
                    "Opaque", "Semi-Transparent"));
        }
        lines.addAll(List.of("Font Size", "50%", "100%", "200%", "Reset", "Done", "Close"));
        return lines;
    }

    @Test
    void dropsAVideoPlayersSettingsInsideATerrariumArticle() throws Exception {
        Article a = read(article("How to build a terrarium", "terrarium", playerSettings()));
        String text = Fixtures.allLessonText(a);
        IntStream.rangeClosed(1, 5).forEach(n -> assertTrue(text.contains(paragraph("terrarium", n)), "paragraph " + n));
        assertEquals("How to build a terrarium", a.title());
        assertEquals("widget inside the article", reason(a, "Magenta"));
    }

    @Test
    void dropsAVideoPlayersSettingsInsideABridgeArticle() throws Exception {
        Article a = read(article("The bridge that sings in the wind", "bridge", playerSettings()));
        String text = Fixtures.allLessonText(a);
        IntStream.rangeClosed(1, 5).forEach(n -> assertTrue(text.contains(paragraph("bridge", n)), "paragraph " + n));
        assertFalse(text.contains("Semi-Transparent"));
    }

    @Test
    void keepsAMenuThatRepeatsALinkOrTwoForMainTextToJudge() throws Exception {
        List<String> menu = new ArrayList<>();
        IntStream.rangeClosed(1, 12).forEach(i -> menu.add("Section " + i));
        menu.addAll(List.of("Need help?", "Section 3", "Section 4", "Need help?"));
        Article a = read(article("The town library reopens", "library", menu));
        assertFalse(a.dropped().stream().anyMatch(d -> d.reason().equals("widget inside the article")));
    }

    private static String reason(Article a, String line) {
        return a.dropped().stream().filter(d -> d.text().equals(line)).map(d -> d.reason()).findFirst()
                .orElse("not dropped");
    }

    private static List<String> articleThenDialog(String title, String topic, List<String> dialog) {
        List<String> lines = new ArrayList<>(MENU);
        lines.add(title);
        IntStream.rangeClosed(1, 4).forEach(n -> lines.add(paragraph(topic, n)));
        lines.addAll(List.of("137", "1 Share Back", "Like It, Share It!"));
        lines.addAll(dialog);
        lines.addAll(List.of("SEARCH", "Featured", "Popular", "Latest", "© 2016 Example"));
        return lines;
    }

    @Test
    void endsAComputerArticleBeforeASignUpDialogOfShortSentences() throws Exception {
        Article a = read(articleThenDialog("A computer the size of a credit card", "small computer", List.of(
                "Become an approved author!", "Your account is not approved yet.",
                "To become an approved author, you must have at least two articles in your account.",
                "The articles must be complete and ready to be published.",
                "You think you are ready? If so, send us a request today.")));
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains(paragraph("small computer", 4)), text);
        assertFalse(text.contains("approved author"), text);
        assertFalse(text.contains("ready to be published"), text);
    }

    @Test
    void endsABirdArticleBeforeAMembershipPromptOfShortSentences() throws Exception {
        Article a = read(articleThenDialog("Swifts return to the old mill", "swift colony", List.of(
                "Join the bird club!", "Members get the printed magazine four times a year.",
                "They also get free entry to all of our nature reserves in the county.",
                "Membership costs less than a cup of coffee each month.")));
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains(paragraph("swift colony", 4)), text);
        assertFalse(text.contains("printed magazine"), text);
    }

    @Test
    void keepsAShortLastParagraphThatFollowsTheArticleDirectly() throws Exception {
        List<String> lines = new ArrayList<>(MENU);
        lines.add("Swifts return to the old mill");
        IntStream.rangeClosed(1, 4).forEach(n -> lines.add(paragraph("swift colony", n)));
        lines.add("The mill opens to visitors again in June, when the first chicks hatch.");
        lines.addAll(List.of("Share", "Tweet", "About us", "Contact", "Privacy", "Terms"));
        Article a = read(lines);
        assertTrue(Fixtures.allLessonText(a).contains("first chicks hatch"));
    }
}
