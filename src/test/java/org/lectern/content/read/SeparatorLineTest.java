package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * A line without a letter or a digit (an asterism between scenes, a row of stars) is no paragraph of a lesson, a
 * paragraph of non-breaking spaces is not even listed as dropped, a label ending in a colon with nothing after it
 * ends no article, and a picture's file name left by a converter is no heading and no text.
 */
class SeparatorLineTest {

    @Test
    void anAsterismBetweenParagraphsIsDroppedAsASeparator() throws Exception {
        Article a = Fixtures.read("pier.html", "<html><head><title>The north pier</title></head><body><article>"
                + "<h1>The north pier</h1><p>" + Fixtures.PIER_1 + "</p><p>* * * * * * * *</p><p>" + Fixtures.PIER_2
                + "</p><p>" + Fixtures.PIER_3 + "</p></article></body></html>");
        assertFalse(Fixtures.allLessonText(a).contains("* * *"), Fixtures.allLessonText(a));
        assertTrue(a.dropped().stream().anyMatch(d -> d.text().contains("* * *") && d.reason().equals("separator")),
                a.dropped().toString());
    }

    @Test
    void aParagraphOfNonBreakingSpacesIsNeitherTextNorListed() throws Exception {
        Article a = Fixtures.read("pier.md", "# The north pier\n\n" + Fixtures.PIER_1 + "\n\n\u00a0\n\n" + Fixtures.PIER_2
                + "\n\n" + Fixtures.PIER_3 + "\n");
        assertEquals(3, a.lessons().getFirst().paragraphs().size(), a.lessons().getFirst().paragraphs().toString());
        assertTrue(a.dropped().stream().noneMatch(d -> d.text().isBlank() || d.text().equals("\u00a0")),
                a.dropped().toString());
    }

    @Test
    void aLabelEndingInAColonThatEndsTheArticleIsDroppedButOneOverItsListIsKept() throws Exception {
        Article a = Fixtures.read("pier.md", "# The north pier\n\n" + Fixtures.PIER + "\n*   More about:\n"
                + "*   [Harbours](/topic/harbours)\n*   [Ferries](/topic/ferries)\n");
        assertFalse(Fixtures.allLessonText(a).contains("More about"), Fixtures.allLessonText(a));
        Article listed = Fixtures.read("pier.md", "# The north pier\n\n" + Fixtures.PIER + "\nYou will need:\n\n"
                + "*   a boat\n*   a rope\n");
        assertTrue(Fixtures.allLessonText(listed).contains("You will need:"), Fixtures.allLessonText(listed));
    }

    @Test
    void whatAConverterLeftOfAPictureIsNeitherAHeadingNorText() throws Exception {
        String page = "The north pier of the harbour was built in 1850 and has served the fishing fleet ever since, "
                + "through storms, wars and the slow decline of the herring trade.\n\n\nThe old pier\n\n"
                + "Pier_1850_engraving.jpg[3]]]\n\n" + Fixtures.PIER_1 + "\n\n" + Fixtures.PIER_2 + "\n\n\nThe new pier"
                + "\n\nPier_plan_2024.PNG\n\n" + Fixtures.PIER_3 + "\n";
        Article a = Fixtures.read("north-pier.md", page);
        assertTrue(Fixtures.titles(a).contains("The old pier"), Fixtures.titles(a).toString());
        assertFalse(Fixtures.titles(a).stream().anyMatch(t -> t.toLowerCase().contains(".jpg")),
                Fixtures.titles(a).toString());
        assertFalse(Fixtures.allLessonText(a).toLowerCase().contains(".png"), Fixtures.allLessonText(a));
        assertFalse(Fixtures.allLessonText(a).toLowerCase().contains(".jpg"), Fixtures.allLessonText(a));
    }
}
