package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * A Markdown paragraph that is a number, a stop and a capitalised phrase of three words or more is a numbered point of
 * the article (a tip printed over its paragraph), not a stray label.
 */
class NumberedPointTest {

    private static final String OPENING = "Most people choose a hotel for the pleasure of a large bed and clean white "
            + "sheets, but the people who run hotels know a few things that guests are never told at the desk.";

    @Test
    void keepsTheNumberedTipsOfAMarkdownListOfTips() throws Exception {
        String page = "# Five things hotel owners know\n\n" + OPENING + "\n\n"
                + "1\\. Take the blankets off the bed\n\n"
                + "Sheets are washed after every guest, but blankets and covers often are not, so put them aside "
                + "when you arrive and ask for fresh ones.\n\n"
                + "2\\. Keep your luggage on the floor\n\n"
                + "Small insects hide in the seams of soft chairs and wooden racks, and a case on a bare floor is "
                + "far less likely to carry them home.\n";
        Article a = Fixtures.read("hotels.md", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("1. Take the blankets off the bed"), text);
        assertTrue(text.contains("2. Keep your luggage on the floor"), text);
    }

    @Test
    void keepsTheNumberedStepsOfAGardeningPageWrittenAsParagraphs() throws Exception {
        String page = "# Planting garlic\n\n"
                + "Garlic is planted in autumn and lifted in summer, and it needs little care in between as long as "
                + "the soil drains well and the bed gets full sun for most of the day.\n\n"
                + "1\\. Split the bulbs into cloves\n\n"
                + "Break each bulb apart a day or two before planting and keep only the largest cloves, which grow "
                + "the largest bulbs.\n\n"
                + "2\\. “Plant them pointed end up”\n\n"
                + "Push each clove into the soil so that its tip is just below the surface, a hand's width from the "
                + "next one.\n";
        Article a = Fixtures.read("garlic.md", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("1. Split the bulbs into cloves"), text);
        assertTrue(text.contains("2. “Plant them pointed end up”"), text);
    }
}
