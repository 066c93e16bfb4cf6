package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.ArticleReader;
import org.lectern.content.Citation;
import org.lectern.content.DroppedLine;
import org.lectern.content.Endnote;
import org.lectern.content.Section;

/** The golden test: the seed article, text saved from a web page, read exactly as the issue describes. */
class SeedArticleTest {

    private static Article article;

    @BeforeAll
    static void read() throws Exception {
        article = new ArticleReader().read(Fixtures.SEED);
    }

    @Test
    void readsTitleAuthorAndAbstract() {
        assertEquals("Chinese and Russian Relations in Central Asia", article.title());
        assertEquals("Ramsha Qaiser", article.author());
        assertEquals("The paper explores the Chinese and Russian relations in the context of Central Asia as well as "
                + "the possibility of future cooperation.", article.summary());
    }

    @Test
    void makesOneLessonPerRealSectionInOrder() {
        assertEquals(List.of("Introduction", "Sino-Russian Relations", "Diplomatic Partnership", "Security Partnership",
                "Economic Partnership", "Convergences and Divergences", "China and Russia in Central Asia",
                "Conclusion"), Fixtures.titles(article));
    }

    @Test
    void keepsEveryParagraphOfEachLesson() {
        assertEquals(List.of(2, 4, 1, 2, 2, 4, 4, 2),
                article.lessons().stream().map(s -> s.paragraphs().size()).toList());
        assertTrue(Fixtures.lesson(article, "Sino-Russian Relations").paragraphs().get(1)
                .startsWith("However, 2014 introduced a new dimension in geopolitics;"));
    }

    @Test
    void keepsFigureCaptionsAsCaptionsOfTheirLesson() {
        assertEquals(List.of("Foreign trade"), Fixtures.lesson(article, "Diplomatic Partnership").captions());
        assertEquals(List.of("Russia's trade with China"), Fixtures.lesson(article, "Economic Partnership").captions());
        long captions = article.lessons().stream().mapToLong(s -> s.captions().size()).sum();
        assertEquals(2, captions);
        assertTrue(article.lessons().stream().flatMap(s -> s.paragraphs().stream())
                .noneMatch(p -> p.equals("Foreign trade") || p.equals("Russia's trade with China")));
    }

    @Test
    void readsSixteenEndnotesWithTheirUrls() {
        assertEquals(16, article.endnotes().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16),
                article.endnotes().stream().map(Endnote::number).toList());
        Endnote first = article.endnotes().getFirst();
        assertEquals("https://www.brookings.edu/events/the-emerging-china-russia-axis-the-return-of-geopolitics/",
                first.url());
        assertTrue(first.text().startsWith("Richard C. Bush et al., “The emerging China-Russia axis"));
        assertEquals("", article.endnotes().get(3).url(), "note 4 is a book without a web address");
        assertEquals("https://link.springer.com/article/10.1007%2Fs10308-019-00548-0", article.endnotes().get(10).url());
        assertEquals(14, article.endnotes().stream().filter(e -> !e.url().isEmpty()).count());
    }

    @Test
    void linksEveryMarkerToItsEndnoteInTheLessonWhereItStood() {
        assertEquals(List.of(new Citation(0, 401, 1)), Fixtures.lesson(article, "Introduction").citations());
        assertEquals(List.of(2), endnotes(Fixtures.lesson(article, "Sino-Russian Relations")));
        assertEquals(List.of(3), endnotes(Fixtures.lesson(article, "Diplomatic Partnership")));
        assertEquals(List.of(4, 5), endnotes(Fixtures.lesson(article, "Security Partnership")));
        assertEquals(List.of(6, 7, 8), endnotes(Fixtures.lesson(article, "Economic Partnership")));
        assertEquals(List.of(9, 10, 11, 12, 13, 14), endnotes(Fixtures.lesson(article, "Convergences and Divergences")));
        assertEquals(List.of(15, 16), endnotes(Fixtures.lesson(article, "China and Russia in Central Asia")));
        assertEquals(List.of(), endnotes(Fixtures.lesson(article, "Conclusion")));
    }

    @Test
    void placesEachCitationJustAfterTheTextItCites() {
        Section intro = Fixtures.lesson(article, "Introduction");
        Citation c = intro.citations().getFirst();
        assertTrue(intro.paragraphs().get(c.paragraph()).substring(0, c.offset()).endsWith("Sino-Russian partnership."));
        Section security = Fixtures.lesson(article, "Security Partnership");
        Citation quote = security.citations().get(1);
        assertTrue(security.paragraphs().get(quote.paragraph()).substring(0, quote.offset())
                .endsWith("threats together.”"));
    }

    @Test
    void keepsNumbersWhileRemovingGluedMarkers() {
        String economic = String.join("\n", Fixtures.lesson(article, "Economic Partnership").paragraphs());
        assertTrue(economic.contains("surpassed $100 billion for the first time. Oil and different minerals "
                + "represented 76% of Russian exports to China, with wood and paper items responsible for another 8%."));
        assertTrue(economic.contains("Russia exported US$15 billion worth of weapons"));
        assertTrue(economic.contains("the AL-31F engines, and the D-30 engines."));
    }

    @Test
    void leavesNoNoiseOrMarkerInAnyLesson() {
        String text = Fixtures.allLessonText(article);
        for (String noise : List.of("community forum image", "Submissions 2023", "Visited", "Click to access",
                "About the Author", "+ posts", "Quaid-e-Azam", "Close", "Bibliography", "Endnotes",
                "views and opinions", "submit your articles")) {
            assertFalse(text.contains(noise), noise);
        }
        assertFalse(Pattern.compile("[.”’?]\\d").matcher(text).find(), "an endnote number is still glued to a sentence");
    }

    @Test
    void recordsTheNoiseItDroppedWithReasons() {
        List<String> dropped = article.dropped().stream().map(DroppedLine::text).toList();
        assertTrue(dropped.contains("community forum image"));
        assertTrue(dropped.contains("Submissions 2023"));
        assertTrue(dropped.contains("(Visited 1,155 times, 1 visits today)"), "the counter is dropped whole");
        assertTrue(dropped.contains("Close"));
        assertTrue(dropped.contains("Bibliography"));
        assertTrue(article.dropped().stream().allMatch(d -> !d.reason().isBlank()));
        assertEquals("image alt text", reasonFor("community forum image"));
        assertEquals("author bio", reasonFor(dropped.stream().filter(d -> d.startsWith("Ramsha Qaiser is")).findFirst()
                .orElseThrow()));
    }

    private static String reasonFor(String text) {
        return article.dropped().stream().filter(d -> d.text().equals(text)).findFirst().orElseThrow().reason();
    }

    private static List<Integer> endnotes(Section section) {
        return section.citations().stream().map(Citation::endnote).toList();
    }

    @Test
    void listsTheDroppedLinesInTheOrderTheyStood() {
        assertEquals(List.of("...", "chinese and russian relations",
                        "Written by Ramsha Qaiser 10:47 am Current Affairs, International Relations, Published Content, "
                                + "Research Papers", "community forum image", "About the Author(s)", "+ posts",
                        "Submissions 2023", "Bibliography", "(Visited 1,155 times, 1 visits today)", "Close",
                        "Click to access the login or register cheese"),
                article.dropped().stream().map(DroppedLine::text)
                        .filter(t -> !t.startsWith("Ramsha Qaiser is") && !t.startsWith("If you want")
                                && !t.startsWith("The views"))
                        .toList());
        assertEquals(14, article.dropped().size());
    }
}
