package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * A short paragraph before the first heading is an abstract (the summary only) only when it is shorter than the text
 * it would sum up; when it has at least as many words as all the sections' paragraphs it is the article's opening
 * and stays in a lesson.
 */
class LeadParagraphTest {

    private static final String OPENING = "Bees find their way home by the sun, even on days when clouds hide it, "
            + "because they see the polarised light of the sky and read the sun's place from its pattern.";

    @Test
    void keepsAShortOpeningBeforeOneShortSectionInALesson() throws Exception {
        String page = "# How bees find their way\n\n" + OPENING + "\n\n## Landmarks\n\n"
                + "Near the hive they switch to landmarks: a tree, a fence or a bright patch of flowers that they "
                + "learnt on their first flights around the hive.\n";
        Article a = Fixtures.read("bees.md", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("polarised light"), text);
        assertTrue(text.contains("bright patch of flowers"), text);
    }

    @Test
    void keepsAShortOpeningBeforeTwoShortSectionsOfAWebPageInALesson() throws Exception {
        String page = "<html><head><title>Bread without yeast</title></head><body><article>"
                + "<h1>Bread without yeast</h1><p>A sourdough starter is flour and water left to sour for a week, "
                + "until the wild yeasts and bacteria in it make the dough rise on their own.</p>"
                + "<h2>Feeding</h2><p>Feed the starter every day with equal weights of flour and water.</p>"
                + "<h2>Baking</h2><p>Bake the loaf in a hot oven once it has doubled in size.</p>"
                + "</article></body></html>";
        Article a = Fixtures.read("bread.html", page);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("wild yeasts"), text);
        assertTrue(text.contains("equal weights"), text);
    }

    @Test
    void aShortAbstractBeforeALongArticleStaysTheSummaryOnly() throws Exception {
        String body = ("Near the hive they switch to landmarks: a tree, a fence or a bright patch of flowers that they "
                + "learnt on their first flights around the hive, and which they keep in mind for weeks.\n\n")
                .repeat(6);
        String page = "# How bees find their way\n\n" + OPENING + "\n\n## Landmarks\n\n" + body
                + "## The dance\n\n" + body;
        Article a = Fixtures.read("bees.md", page);
        assertEquals(OPENING, a.summary());
        assertFalse(Fixtures.allLessonText(a).contains("polarised light"));
    }
}
