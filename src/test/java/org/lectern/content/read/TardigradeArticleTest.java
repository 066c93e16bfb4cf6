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

/** A WordPress blog post about biology, saved as HTML: Pandoc-style footnotes and the usual page furniture. */
class TardigradeArticleTest {

    private static Article article;

    @BeforeAll
    static void read() throws Exception {
        article = Fixtures.readResource("tardigrades.html");
    }

    @Test
    void readsTitleAuthorAndLead() {
        assertEquals("How Tardigrades Survive the Impossible", article.title());
        assertEquals("Maya Lindqvist", article.author());
        assertEquals("They are smaller than a grain of salt, they walk on eight stubby legs, and they can survive "
                + "being frozen, boiled, dried out and even shot into space. Tardigrades have become the mascots of "
                + "extreme biology.", article.summary());
    }

    @Test
    void makesOneLessonPerSection() {
        assertEquals(List.of("What Is a Tardigrade?", "The Tun State", "Proteins That Turn to Glass",
                "Surviving Space", "What Tardigrades Could Teach Medicine"), Fixtures.titles(article));
        assertEquals(List.of(2, 2, 3, 1, 2), article.lessons().stream().map(s -> s.paragraphs().size()).toList());
    }

    @Test
    void keepsTheFigureCaptionInItsLesson() {
        assertEquals(List.of("A water bear photographed with a scanning electron microscope"),
                Fixtures.lesson(article, "What Is a Tardigrade?").captions());
        assertEquals(1, article.lessons().stream().mapToLong(s -> s.captions().size()).sum());
    }

    @Test
    void readsTheFiveReferencesWithoutBackLinks() {
        assertEquals(List.of(1, 2, 3, 4, 5), article.endnotes().stream().map(Endnote::number).toList());
        assertEquals("https://doi.org/10.1016/j.molcel.2017.02.018", article.endnotes().get(2).url());
        assertEquals("https://iris.unimore.it/handle/11380/1178608", article.endnotes().getFirst().url());
        assertTrue(article.endnotes().stream().noneMatch(e -> e.text().contains("↩")));
        assertTrue(article.endnotes().get(3).text().startsWith("Hashimoto, T. et al. Extremotolerant tardigrade"));
    }

    @Test
    void linksEachReferenceInTheLessonWhereItStood() {
        assertEquals(List.of(1), notes("What Is a Tardigrade?"));
        assertEquals(List.of(2), notes("The Tun State"));
        assertEquals(List.of(3, 4), notes("Proteins That Turn to Glass"));
        assertEquals(List.of(5), notes("Surviving Space"));
        assertEquals(List.of(), notes("What Tardigrades Could Teach Medicine"));
        var first = Fixtures.lesson(article, "What Is a Tardigrade?");
        Citation c = first.citations().getFirst();
        assertTrue(first.paragraphs().get(c.paragraph()).substring(0, c.offset()).endsWith("Himalayan glaciers."));
    }

    @Test
    void keepsNumbersExactlyAsWritten() {
        String text = Fixtures.allLessonText(article);
        assertTrue(text.contains("About 1,300 species have been described"));
        assertTrue(text.contains("Most are between 0.3 and 0.5 mm long."));
        assertTrue(text.contains("loses up to 97% of its body water"));
        assertTrue(text.contains("less than 0.01% of the normal rate"));
        assertTrue(text.contains("pressures of 7,500 atmospheres"));
        assertTrue(text.contains("about 40% fewer DNA breaks after X-ray exposure."));
    }

    @Test
    void leavesThePageFurnitureOut() {
        String text = Fixtures.allLessonText(article);
        for (String noise : List.of("Skip to content", "Menu", "Share this", "Twitter", "Advertisement", "Read more",
                "Posted in", "Tagged", "Edit", "About the Author", "science writer in Uppsala", "You might also like",
                "newsletter", "thoughts on", "Leave a Reply", "Recent Posts", "Powered by", "cookies", "7 min read",
                "References", "Home", "↩")) {
            assertFalse(text.contains(noise), noise);
        }
        assertTrue(article.dropped().contains(new DroppedLine("Scanning electron micrograph of a tardigrade on moss",
                "image alt text")));
        assertTrue(article.dropped().stream().anyMatch(d -> d.reason().equals("comment section")
                && d.text().contains("Peter K.")));
        assertTrue(article.dropped().stream().anyMatch(d -> d.reason().equals("pop-up") && d.text().contains("cookies")));
    }

    private static List<Integer> notes(String lesson) {
        return Fixtures.lesson(article, lesson).citations().stream().map(Citation::endnote).toList();
    }
}
