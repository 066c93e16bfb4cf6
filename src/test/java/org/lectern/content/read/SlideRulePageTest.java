package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.Citation;
import org.lectern.content.DroppedLine;
import org.lectern.content.Endnote;

/** A hand-written page from the early web: upper-case tags, text between br tags, no article element. */
class SlideRulePageTest {

    private static Article article;

    @BeforeAll
    static void read() throws Exception {
        article = Fixtures.readResource("slide-rule.htm");
    }

    @Test
    void readsTitleAndTheItalicByline() {
        assertEquals("The History of the Slide Rule", article.title());
        assertEquals("Walter Henning", article.author());
    }

    @Test
    void readsLinesBetweenBreaksAsParagraphs() {
        assertEquals(List.of("Napier and the Logarithm", "Gunter and Oughtred", "The End of an Era"),
                Fixtures.titles(article));
        assertEquals(List.of("In 1614 John Napier published his tables of logarithms, which turned multiplication "
                        + "into addition.", "Within a few years mathematicians were looking for a mechanical way to add "
                        + "logarithms quickly."), article.lessons().getFirst().paragraphs());
    }

    @Test
    void readsTheLineBesideThePictureAsItsCaption() {
        assertEquals(List.of("A Pickett N600 slide rule, 1960s"), Fixtures.lesson(article, "Gunter and Oughtred").captions());
        assertTrue(article.dropped().contains(new DroppedLine("Picture of a slide rule", "image alt text")));
    }

    @Test
    void readsTheNotesAndTheirSuperscriptReferences() {
        assertEquals(List.of(1, 2), article.endnotes().stream().map(Endnote::number).toList());
        assertEquals(List.of(1, 2), Fixtures.lesson(article, "Gunter and Oughtred").citations().stream()
                .map(Citation::endnote).toList());
        assertTrue(article.dropped().stream().noneMatch(d -> d.text().equals("Notes")));
    }

    @Test
    void dropsTheNavigationCounterAndCopyrightWithReasons() {
        assertEquals(List.of("table", "byline", "image alt text", "visit counter", "timestamp", "site boilerplate"),
                article.dropped().stream().map(DroppedLine::reason).toList());
    }
}
