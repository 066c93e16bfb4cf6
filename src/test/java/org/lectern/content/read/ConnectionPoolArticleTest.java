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

/** A software-engineering blog post saved as plain text: bracketed markers, a references list, comments below. */
class ConnectionPoolArticleTest {

    private static Article article;

    @BeforeAll
    static void read() throws Exception {
        article = Fixtures.readResource("connection-pool-sizing.txt");
    }

    @Test
    void readsTitleAuthorAndLead() {
        assertEquals("Why Your Database Connection Pool Is Too Big", article.title());
        assertEquals("Dana Whitfield", article.author());
        assertTrue(article.summary().startsWith("Most teams size their database connection pool by instinct"));
    }

    @Test
    void makesOneLessonPerSection() {
        assertEquals(List.of("The Problem with Big Pools", "How Connections Actually Work", "A Formula Worth Knowing",
                "Measuring the Effect", "What to Do Instead", "Conclusion"), Fixtures.titles(article));
        assertEquals(List.of(2, 2, 4, 2, 2, 1), article.lessons().stream().map(s -> s.paragraphs().size()).toList());
    }

    @Test
    void keepsTheFormulaThatAParagraphAnnounces() {
        assertEquals("connections = (core_count * 2) + effective_spindle_count",
                Fixtures.lesson(article, "A Formula Worth Knowing").paragraphs().get(1));
    }

    @Test
    void keepsBothCaptionsOfTheMeasurementSection() {
        assertEquals(List.of("Throughput against pool size on a 4-core server",
                        "Figure 2: Latency percentiles for pool sizes from 5 to 100"),
                Fixtures.lesson(article, "Measuring the Effect").captions());
        assertEquals(2, article.lessons().stream().mapToLong(s -> s.captions().size()).sum());
    }

    @Test
    void readsTheBracketedReferenceList() {
        assertEquals(List.of(1, 2, 3, 4, 5), article.endnotes().stream().map(Endnote::number).toList());
        assertEquals("https://github.com/brettwooldridge/HikariCP/wiki/About-Pool-Sizing",
                article.endnotes().getFirst().url());
        assertEquals("", article.endnotes().get(3).url());
        assertEquals("https://doi.org/10.1287/opre.9.3.383", article.endnotes().get(4).url());
    }

    @Test
    void linksBracketedMarkersIncludingLists() {
        assertEquals(List.of(1), notes("The Problem with Big Pools"));
        assertEquals(List.of(2), notes("How Connections Actually Work"));
        assertEquals(List.of(new Citation(0, 85, 3), new Citation(0, 85, 4), new Citation(3, 52, 5)),
                Fixtures.lesson(article, "A Formula Worth Knowing").citations());
        assertEquals("The PostgreSQL community has long recommended a starting point for the size of a pool:",
                Fixtures.lesson(article, "A Formula Worth Knowing").paragraphs().getFirst());
    }

    @Test
    void keepsEveryNumberIntact() {
        String text = Fixtures.allLessonText(article);
        assertTrue(text.contains("it needs on average 1,200 × 0.005 = 6 connections in use."));
        assertTrue(text.contains("handled 3,100 transactions per second at a p99 latency of 1.4 s."));
        assertTrue(text.contains("from 45 ms to well over a second"));
    }

    @Test
    void leavesSiteChromeCommentsAndCookieBannerOut() {
        String text = Fixtures.allLessonText(article);
        for (String noise : List.of("Skip to content", "Menu", "Home ›", "Posted on", "min read", "Share this",
                "LinkedIn", "Copy link", "diagram of threads", "Advertisement", "Tags:", "Related posts",
                "Connection leaks", "Marco", "says:", "Reply", "Leave a comment", "Subscribe", "cookies", "Accept all",
                "©", "[1]", "References")) {
            assertFalse(text.contains(noise), noise);
        }
        assertTrue(article.dropped().contains(new DroppedLine("diagram of threads waiting for CPU cores",
                "image alt text")));
        assertTrue(article.dropped().contains(new DroppedLine("Posted on March 12, 2024 by Dana Whitfield", "byline")));
    }

    private static List<Integer> notes(String lesson) {
        return Fixtures.lesson(article, lesson).citations().stream().map(Citation::endnote).toList();
    }
}
