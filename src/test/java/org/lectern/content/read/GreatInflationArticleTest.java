package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.Citation;
import org.lectern.content.DroppedLine;
import org.lectern.content.Endnote;

/**
 * A newsletter post copied as Markdown: bold lines instead of headings, a subtitle, an avatar, counters and a
 * bracketed notes list with no heading above it.
 */
class GreatInflationArticleTest {

    private static Article article;

    @BeforeAll
    static void read() throws Exception {
        article = Fixtures.readResource("great-inflation.md");
    }

    @Test
    void readsTitleAuthorAndLeadButNotTheSubtitle() {
        assertEquals("The Great Inflation, 1965–1982", article.title());
        assertEquals("Ana Kowalski", article.author());
        assertTrue(article.summary().startsWith("Between 1965 and 1982 consumer prices"));
        assertTrue(article.summary().contains("annual inflation reached 14.8%. This post"));
        assertTrue(article.dropped().contains(new DroppedLine(
                "How America lost control of prices and how it got it back", "subtitle")));
    }

    @Test
    void readsBoldLinesAboveParagraphsAsLessons() {
        assertEquals(List.of("The slow start", "Oil shocks", "The Volcker disinflation"), Fixtures.titles(article));
        assertEquals(List.of(2, 1, 1), article.lessons().stream().map(s -> s.paragraphs().size()).toList());
    }

    @Test
    void readsTheNotesListThatHasNoHeading() {
        assertEquals(List.of(1, 2, 3, 4), article.endnotes().stream().map(Endnote::number).toList());
        assertEquals("https://www.bls.gov/cpi/", article.endnotes().getFirst().url());
        assertEquals(List.of(new Citation(0, 233, 2)), Fixtures.lesson(article, "The slow start").citations());
        assertEquals(List.of(4), Fixtures.lesson(article, "The Volcker disinflation").citations().stream()
                .map(Citation::endnote).toList());
    }

    @Test
    void dropsCountersButtonsAndTheSignOff() {
        String text = Fixtures.allLessonText(article);
        for (String noise : List.of("Share", "Subscribe", "Thanks for reading", "Discussion", "Restacks", "[1]",
                "Bureau of Labor")) {
            assertFalse(text.contains(noise), noise);
        }
        assertTrue(article.dropped().contains(new DroppedLine("12", "stray line outside the text")));
    }
}
