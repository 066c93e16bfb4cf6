package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.Citation;
import org.lectern.content.Endnote;

/** An economic-history blog post in Markdown with footnotes, one of them named, and Markdown-shaped noise. */
class HanseaticLeagueArticleTest {

    private static Article article;

    @BeforeAll
    static void read() throws Exception {
        article = Fixtures.readResource("hanseatic-league.md");
    }

    @Test
    void readsTitleAuthorAndLead() {
        assertEquals("The Rise and Fall of the Hanseatic League", article.title());
        assertEquals("Tomas Eriksen", article.author());
        assertTrue(article.summary().startsWith("For almost four centuries a loose alliance of merchant towns"));
        assertTrue(article.summary().endsWith("before the nation state took over."));
    }

    @Test
    void makesOneLessonPerSection() {
        assertEquals(List.of("Origins in the Baltic", "How the Trade Worked", "Why the League Declined", "Legacy"),
                Fixtures.titles(article));
        assertEquals(List.of(3, 3, 2, 1), article.lessons().stream().map(s -> s.paragraphs().size()).toList());
    }

    @Test
    void keepsTheFigureCaptionAndDropsTheAltText() {
        assertEquals(List.of("Figure 1: Main trade routes of the Hanseatic League around 1400"),
                Fixtures.lesson(article, "Origins in the Baltic").captions());
        assertEquals(1, article.lessons().stream().mapToLong(s -> s.captions().size()).sum());
        assertFalse(Fixtures.allLessonText(article).contains("Map of the main Hanseatic trade routes"));
    }

    @Test
    void readsFootnotesAsPlainTextWithTheirUrls() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6), article.endnotes().stream().map(Endnote::number).toList());
        assertEquals(new Endnote(1, "Philippe Dollinger, The German Hansa (London: Macmillan, 1970), 19–24.", ""),
                article.endnotes().getFirst());
        assertEquals("https://www.britannica.com/topic/Hanseatic-League", article.endnotes().get(1).url());
        Endnote named = article.endnotes().get(5);
        assertTrue(named.text().startsWith("Rolf Hammel-Kiesow, \"The Early Hanses,\" in A Companion to the Hanseatic"
                + " League, ed. Donald J. Harreld"), named.text());
        assertEquals("https://doi.org/10.1163/9789004283534_003", named.url());
    }

    @Test
    void linksFootnoteReferencesIncludingTheNamedOne() {
        assertEquals(List.of(1, 2), notes("Origins in the Baltic"));
        assertEquals(List.of(3, 6), notes("How the Trade Worked"));
        assertEquals(List.of(4), notes("Why the League Declined"));
        assertEquals(List.of(5), notes("Legacy"));
        var trade = Fixtures.lesson(article, "How the Trade Worked");
        Citation named = trade.citations().get(1);
        assertTrue(trade.paragraphs().get(named.paragraph()).substring(0, named.offset())
                .endsWith("kept its privileges until 1598."));
    }

    @Test
    void keepsNumbersAndEmphasisedWordsAsText() {
        String text = Fixtures.allLessonText(article);
        assertTrue(text.contains("a margin of 5% to 15% on a voyage"));
        assertTrue(text.contains("met in Lübeck in 1356, and from then on"));
        assertTrue(text.contains("the Hansetag, met"));
        assertTrue(text.contains("stand for Hansestadt Hamburg."));
    }

    @Test
    void leavesTheBlogNoiseOut() {
        String text = Fixtures.allLessonText(article);
        for (String noise : List.of("Home", "Share this", "Twitter", "min read", "Subscribe", "newsletter",
                "Related", "Medici", "Tags:", "Fuggers", "Comments", "Log in", "©", "[^", "*")) {
            assertFalse(text.contains(noise), noise);
        }
    }

    private static List<Integer> notes(String lesson) {
        return Fixtures.lesson(article, lesson).citations().stream().map(Citation::endnote).toList();
    }
}
