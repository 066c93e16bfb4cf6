package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * A page copied whole that opens with a column of cards for other stories, each a headline over a blurb of prose, and
 * runs its own story last ({@link MainText}): the story is kept and the blurbs are dropped. Sections of an article
 * under their headings, which stand alone the same way, are kept.
 */
class CardColumnTest {

    private static final List<String> BLURBS = List.of(
            "The city council voted on Tuesday to close the old swimming baths for a year while engineers replace the "
                    + "roof, which has leaked every winter since the storm of the previous decade."
                    + " Swimmers will be offered places at the leisure centre across the river, and the council "
                    + "promised that season tickets bought before the closure would be refunded in full.",
            "Farmers in the valley say the late frost destroyed most of the apple blossom this spring, and several of "
                    + "them expect the smallest harvest they have seen in twenty years of growing fruit."
                    + " The growers' association has asked the regional office for help with the cost of the nets and "
                    + "heaters that some of them bought too late to save the crop.",
            "A teenager who found a medieval coin in a ploughed field has handed it to the county museum, where "
                    + "curators think it was struck at a mint that worked for only a few months."
                    + " The coin will go on show in the autumn beside a map of the field, and the museum hopes that "
                    + "other finds from the same farm will be reported now that people know.",
            "Passengers on the coastal line faced delays of up to two hours after a landslip blocked the track near "
                    + "the harbour, and the operator said buses would run until the weekend at least."
                    + " Engineers had to wait for the tide to go out before they could reach the bottom of the slope "
                    + "and judge how much of the cliff was still moving.",
            "The library on the high street will open on Sundays from next month, after volunteers offered to staff "
                    + "the reading room so that students have somewhere quiet to work before exams."
                    + " The head librarian said the rota was already full for the first three months, and that the "
                    + "children's corner would stay open on Sunday mornings as well.");

    private static final List<String> STORY = List.of(
            "Workers restoring the clock tower in the market square found a bundle of letters hidden behind a loose "
                    + "panel in the winding room, tied with string and wrapped in a page of an old almanac.",
            "The letters were written by the clockmaker who built the mechanism, and they describe the months he "
                    + "spent casting the bells and arguing with the town over the cost of the brass.",
            "Historians at the county archive say the letters fill a gap in the town's records, because the minutes "
                    + "of the council for those years were lost when the old hall burned down.",
            "One letter complains that the apprentices kept stopping the pendulum to listen to the silence, and "
                    + "another lists the names of the families who paid for the largest bell.",
            "The restorers have photographed every page, and the originals will be kept in a cool, dark room at the "
                    + "archive while conservators decide how to flatten the paper without tearing it.",
            "The clock itself should strike again by the end of the summer, the restorers said, once the last of the "
                    + "worn gear wheels has been copied by a workshop that still cuts them by hand.");

    private static List<String> newsPage() {
        List<String> lines = new ArrayList<>(List.of("Home", "News", "Sport", "Weather", "Sign in", "Search"));
        String[][] cards = {
                {"Local", "Evening Courier", "41 comments", "Swimming baths to close for a year"},
                {"Farming", "Valley Herald", "7 comments", "Late frost ruins the apple blossom"},
                {"History", "Evening Courier", "112 comments", "Teenager finds a rare medieval coin"},
                {"Travel", "Rail Weekly", "23 comments", "Landslip blocks the coastal line"},
                {"Education", "Valley Herald", "5 comments", "Library to open on Sundays"}};
        for (int k = 0; k < cards.length; k++) {
            lines.addAll(List.of(cards[k]));
            lines.add(BLURBS.get(k));
            lines.add("More on this story");
            lines.add("Evening Courier");
        }
        lines.addAll(List.of("Help", "Privacy", "Terms", "About our ads"));
        lines.addAll(List.of("Letters found behind the panel of a clock tower", "Margaret Ellison",
                "Evening Courier, March 4, 2021", "18 comments"));
        lines.addAll(STORY);
        lines.addAll(List.of("Read next", "Council agrees parking plan", "Evening Courier", "Contact us"));
        return lines;
    }

    private static List<String> magazinePage() {
        List<String> lines = new ArrayList<>(List.of("The Weekend Review", "Essays", "Books", "Subscribe"));
        String[][] cards = {
                {"Popular now", "Cities", "4 min read", "Why the old baths matter"},
                {"Popular now", "Country", "6 min read", "A spring without apples"},
                {"Popular now", "Finds", "3 min read", "The coin in the furrow"},
                {"Popular now", "Journeys", "5 min read", "Waiting for the coast train"}};
        for (int k = 0; k < cards.length; k++) {
            lines.addAll(List.of(cards[k]));
            lines.add(BLURBS.get(k));
            lines.add("Share");
        }
        lines.addAll(List.of("Essays", "The letters in the clock tower", "By Tom Harker", "June 12, 2022"));
        lines.addAll(STORY);
        lines.addAll(List.of("Share", "Newsletter", "Follow us"));
        return lines;
    }

    private static String read(List<String> lines, String name) throws Exception {
        Article a = Fixtures.read(name, String.join("\n\n", lines));
        return Fixtures.allLessonText(a);
    }

    @Test
    void theStoryAfterAColumnOfNewsCardsIsTheMainText() throws Exception {
        String text = read(newsPage(), "source.txt");
        STORY.forEach(p -> assertTrue(text.contains(p), "story paragraph kept: " + p + "\n" + text));
        BLURBS.forEach(p -> assertFalse(text.contains(p), "card blurb dropped: " + p + "\n" + text));
    }

    @Test
    void theEssayAfterAColumnOfPopularReadsIsTheMainText() throws Exception {
        String text = read(magazinePage(), "page.txt");
        STORY.forEach(p -> assertTrue(text.contains(p), "essay paragraph kept: " + p + "\n" + text));
        BLURBS.subList(0, 4).forEach(p -> assertFalse(text.contains(p), "card blurb dropped: " + p + "\n" + text));
    }

    @Test
    void sectionsOfAnArticleUnderTheirHeadingsAreKept() throws Exception {
        List<String> lines = new ArrayList<>(List.of("Home", "Guides", "Contact", "Five towns of the river valley",
                "By Ann Lowry", "May 2, 2020"));
        lines.addAll(STORY.subList(0, 3));
        String[] towns = {"Ashford", "Brockley", "Caldmoor", "Dunham", "Elsworth"};
        for (int k = 0; k < towns.length; k++) {
            lines.addAll(List.of(towns[k], "Photo: archive", "Visit in spring"));
            lines.add(BLURBS.get(k));
        }
        lines.addAll(List.of("Share", "Tweet", "Print"));
        String text = read(lines, "source.txt");
        STORY.subList(0, 3).forEach(p -> assertTrue(text.contains(p), "opening kept: " + p + "\n" + text));
        BLURBS.forEach(p -> assertTrue(text.contains(p), "section kept: " + p + "\n" + text));
        assertFalse(text.contains("Guides"), text);
    }
}
