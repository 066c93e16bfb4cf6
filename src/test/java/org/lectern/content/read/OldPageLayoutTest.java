package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * Pages built the old way: the story laid out in one cell of a table, and glossary or pop-up links inside its
 * sentences whose class names say "popup", "tag" or "share". The table is read like any container and the links are
 * part of their sentences; a data table and a share box beside the story are still left out.
 */
class OldPageLayoutTest {

    private static final String STUDY_TEXT = """
            <html><head><title>A Study Text of an Old Story</title></head><body>
            <center><table width="675"><tr><td>
            <h3>Study text</h3>
            <p><a class="popup" href="javascript:void(0)">I</a> am a <a class="popup" href="javascript:void(0)">rather
            elderly</a> man, and the nature of my <a class="popup" href="javascript:void(0)">work</a> for the last
            thirty years has brought me into contact with an odd set of clerks.</p>
            <p>My rooms were up the stairs of an old building, and at one end they looked upon the white wall of a
            light shaft that ran through the whole house from the roof to the cellar.</p>
            <p>The first of my clerks was a short man of about my own age, who wrote a fine hand in the morning and
            a poor one after his <a class="popup" href="javascript:void(0)">dinner hour</a>, for reasons he kept to
            himself.</p>
            </td></tr></table></center>
            <table><tr><th>Chapter</th><th>Pages</th></tr><tr><td>One</td><td>12</td></tr>
            <tr><td>Two</td><td>30</td></tr></table>
            </body></html>
            """;

    private static final String RECIPE = """
            <html><head><title>Bread for Beginners</title></head><body>
            <table border="0"><tr><td class="menu"><a href="/">Home</a><br><a href="/cakes">Cakes</a></td>
            <td>
            <p>Good bread needs only flour, water, salt and yeast, but it also needs time, which is the one thing
            most beginners try to <span class="tag">save</span> by turning up the heat of the oven.</p>
            <p>Mix the dough the evening before and leave it in a cool place overnight, so that the yeast can work
            slowly and give the loaf a deeper <a class="share-term" href="/glossary#flavour">flavour</a> than any
            quick recipe can.</p>
            <div class="share"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a></div>
            </td></tr></table></body></html>
            """;

    @Test
    void readsAStoryLaidOutInATableCell() throws Exception {
        Article a = Fixtures.read("source.html", STUDY_TEXT);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("I am a rather elderly man, and the nature of my work for the last thirty years"),
                text);
        assertTrue(text.contains("a poor one after his dinner hour, for reasons"), text);
        assertFalse(text.contains("Chapter"), "a data table stays out of the lesson: " + text);
    }

    @Test
    void keepsLinksInsideSentencesWhateverTheirClassSays() throws Exception {
        Article a = Fixtures.read("source.html", RECIPE);
        String text = Fixtures.allLessonText(a);
        assertTrue(text.contains("most beginners try to save by turning up"), text);
        assertTrue(text.contains("give the loaf a deeper flavour than any quick recipe"), text);
        assertFalse(text.contains("Facebook"), "a share box of its own is still furniture: " + text);
        assertFalse(text.contains("Cakes"), text);
        assertEquals(1, a.lessons().size());
    }
}
