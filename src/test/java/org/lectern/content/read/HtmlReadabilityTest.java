package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/** The rules that choose the article of a web page by its shape, on small hand-written pages. */
class HtmlReadabilityTest {

    private static final String BEES = "<p>Honey bees dance to tell their sisters where flowers are, and the angle of "
            + "the dance on the comb gives the direction of the food relative to the sun, while its length gives the "
            + "distance.</p><p>Karl von Frisch decoded the dance in the 1940s, and later experiments with robot bees, "
            + "radar tracking and painted foragers confirmed most of what he had claimed.</p>";
    private static final String BRIDGES = "<p>A suspension bridge hangs its deck from cables, which carry the load to "
            + "towers and anchorages, so that the deck itself can be light, long and flexible.</p><p>The first great "
            + "example, the Menai bridge of 1826, swayed badly in storms, and engineers spent a century learning how "
            + "to stiffen decks against wind, weight and resonance.</p>";

    private static Article page(String head, String body) throws Exception {
        return Fixtures.read("page.html", "<!DOCTYPE html><html><head>" + head + "</head><body>" + body
                + "</body></html>");
    }

    @Test
    void choosesTheBlockWithTheMostProseOverALinkSidebar() throws Exception {
        Article bees = page("<title>Bees</title>", "<div class=\"col-left\"><a href=\"/a\">Wasps, hornets and "
                + "others</a> <a href=\"/b\">Ants, termites and more</a> <a href=\"/c\">Beetles of the world</a></div>"
                + "<div class=\"col-right\"><h2>The Dance</h2>" + BEES + "</div>");
        assertEquals(List.of("The Dance"), Fixtures.titles(bees));
        assertFalse(Fixtures.allLessonText(bees).contains("Wasps"));
        Article bridges = page("<title>Bridges</title>", "<div id=\"x1\"><h2>Hanging Decks</h2>" + BRIDGES
                + "</div><div id=\"x2\"><p><a href=\"/1\">Bridges of Paris, a photo tour</a></p><p><a href=\"/2\">"
                + "Ten tunnels you should see, a list</a></p></div>");
        assertEquals(List.of("Hanging Decks"), Fixtures.titles(bridges));
        assertFalse(Fixtures.allLessonText(bridges).contains("Paris"));
    }

    @Test
    void dropsALinkHeavyBlockInsideTheArticle() throws Exception {
        // Blocks are cleaned only when the article holds 500 characters or more; a shorter page is read whole.
        Article bees = page("<title>Bees</title>", "<div class=\"story\"><h2>The Dance</h2>" + BEES + BRIDGES
                + "<div><p>See <a href=\"/w\">wasps and their nests in the garden shed</a></p></div></div>");
        assertFalse(Fixtures.allLessonText(bees).contains("wasps and their nests"));
        assertTrue(bees.dropped().stream().anyMatch(d -> d.reason().equals("link-heavy block")));
        Article bridges = page("<title>Bridges</title>", "<div class=\"story\"><h2>Hanging Decks</h2>" + BRIDGES
                + BEES + "<div><a href=\"/t\">Tunnels</a>, <a href=\"/d\">dams</a> and <a href=\"/c\">canals</a> "
                + "are next.</div></div>");
        assertFalse(Fixtures.allLessonText(bridges).contains("Tunnels"));
        assertTrue(bridges.dropped().stream().anyMatch(d -> d.reason().equals("link-heavy block")));
    }

    @Test
    void doesNotReadHiddenElements() throws Exception {
        Article bees = page("<title>Bees</title>", "<article><h2>The Dance</h2>" + BEES
                + "<p style=\"display: none\">Thank you for voting in our poll, your answer was saved.</p></article>");
        assertFalse(Fixtures.allLessonText(bees).contains("poll"));
        Article bridges = page("<title>Bridges</title>", "<article><h2>Hanging Decks</h2>" + BRIDGES
                + "<div hidden><p>Your session has expired, please reload the page to continue.</p></div></article>");
        assertFalse(Fixtures.allLessonText(bridges).contains("session"));
    }

    @Test
    void takesTheTitleFromTheMetaTagsBeforeTheTitleElement() throws Exception {
        Article bees = page("<title>Home | Insect Blog</title><meta property=\"og:title\" content=\"Why Bees Dance\">",
                "<article><h2>The Dance</h2>" + BEES + "</article>");
        assertEquals("Why Bees Dance", bees.title());
        Article bridges = page("<title>Bridges</title><meta name=\"twitter:title\" content=\"How Bridges Hang\">",
                "<article><h2>Hanging Decks</h2>" + BRIDGES + "</article>");
        assertEquals("How Bridges Hang", bridges.title());
    }

    @Test
    void takesTheSummaryFromTheDescriptionAndKeepsTheOpeningParagraph() throws Exception {
        Article bees = page("<title>Bees</title><meta name=\"description\" content=\"How bees share directions.\">",
                "<article><p>Bees are social insects that live in colonies of many thousands.</p><h2>The Dance</h2>"
                        + BEES + "</article>");
        assertEquals("How bees share directions.", bees.summary());
        assertTrue(Fixtures.allLessonText(bees).contains("colonies of many thousands"));
        Article bridges = page("<title>Bridges</title><meta property=\"og:description\" content=\"Cables, towers "
                + "and decks.\">", "<article><p>Bridges are among the oldest works of engineering.</p><h2>Hanging "
                + "Decks</h2>" + BRIDGES + "</article>");
        assertEquals("Cables, towers and decks.", bridges.summary());
        assertTrue(Fixtures.allLessonText(bridges).contains("oldest works of engineering"));
    }

    @Test
    void readsChineseAndJapaneseSentencesAsProse() throws Exception {
        Article zh = page("<title>蜜蜂</title>", "<article><h2>舞蹈</h2><p>蜜蜂通过跳舞告诉同伴花朵的位置和距离。</p>"
                + "<p>这种舞蹈的角度表示食物相对于太阳的方向。</p></article>");
        assertEquals(List.of("蜜蜂通过跳舞告诉同伴花朵的位置和距离。", "这种舞蹈的角度表示食物相对于太阳的方向。"),
                zh.lessons().getFirst().paragraphs());
        Article ja = page("<title>橋</title>", "<article><h2>吊り橋</h2><p>吊り橋はケーブルで橋桁を吊り下げる構造の橋である。"
                + "</p></article>");
        assertEquals(List.of("吊り橋はケーブルで橋桁を吊り下げる構造の橋である。"), ja.lessons().getFirst().paragraphs());
    }

    @Test
    void keepsAListOfDescribedLinksInsideTheArticleButDropsAMenu() throws Exception {
        Article bees = page("<title>Bees</title>", "<article><h2>The Dance</h2>" + BEES + "<h2>Papers</h2><ul>"
                + "<li><a href=\"/1\">Frisch 1946, the dances of the honey bee</a></li>"
                + "<li><a href=\"/2\">Riley 2005, radar tracks of recruited bees</a></li></ul></article>");
        assertTrue(Fixtures.lesson(bees, "Papers").paragraphs().contains("Riley 2005, radar tracks of recruited bees"));
        Article bridges = page("<title>Bridges</title>", "<article><h2>Hanging Decks</h2>" + BRIDGES
                + "<ul><li><a href=\"/\">Home</a></li><li><a href=\"/t\">Tunnels</a></li></ul></article>");
        assertFalse(Fixtures.allLessonText(bridges).contains("Tunnels"));
        assertTrue(bridges.dropped().stream().anyMatch(d -> d.text().equals("Tunnels")
                && d.reason().equals("link list")));
    }

    @Test
    void keepsALongSectionWhoseIdSoundsLikeFurniture() throws Exception {
        Article bees = page("<title>Bees</title>", "<article><section id=\"sharing-food\"><h2>Sharing Food</h2>"
                + BEES + "</section></article>");
        assertEquals(List.of("Sharing Food"), Fixtures.titles(bees));
        Article bridges = page("<title>Bridges</title>", "<article><div class=\"related-work\"><h2>Earlier Decks</h2>"
                + BRIDGES + BRIDGES + "</div></article>");
        assertEquals(List.of("Earlier Decks"), Fixtures.titles(bridges));
    }

    @Test
    void leavesOutAParagraphBoxedApartBesideTheArticle() throws Exception {
        Article bees = page("<title>Bees</title>", "<div class=\"notice\"><p>We moved to a new server today.</p></div>"
                + "<div class=\"body\"><h2>The Dance</h2>" + BEES + "</div>");
        assertFalse(Fixtures.allLessonText(bees).contains("new server"));
        Article bridges = page("<title>Bridges</title>", "<div class=\"story\"><h2>Hanging Decks</h2>" + BRIDGES
                + "</div><div><p>Our office is closed on Monday.</p></div>");
        assertFalse(Fixtures.allLessonText(bridges).contains("office"));
    }

    @Test
    void readsANumberedLineAboveAParagraphAsAHeading() throws Exception {
        Article bees = page("<title>Bees</title>", "<article><p>1. Watch the angle</p>" + BEES
                + "<p>2. Time the waggle run</p><p>The longer the run lasts, the farther away the flowers are.</p>"
                + "</article>");
        assertEquals(List.of("1. Watch the angle", "2. Time the waggle run"), Fixtures.titles(bees));
        Article bridges = page("<title>Bridges</title>", "<article><p>1. Check the cables</p>" + BRIDGES
                + "<p>2. A line that ends like a sentence.</p><p>Inspectors walk the deck twice a year, as the rules "
                + "require.</p></article>");
        assertEquals(List.of("1. Check the cables"), Fixtures.titles(bridges));
    }

    @Test
    void readsTheCodeOfAListingLaidOutAsATable() throws Exception {
        Article bees = page("<title>Bees</title>", "<article><h2>The Dance</h2>" + BEES + "<table><tr><td>1<br>2</td>"
                + "<td><pre>angle = sun - food\nrun = distance / 750</pre></td></tr></table></article>");
        assertTrue(Fixtures.allLessonText(bees).contains("run = distance / 750"));
        assertFalse(Fixtures.allLessonText(bees).contains("1\n2"));
        Article bridges = page("<title>Bridges</title>", "<article><h2>Hanging Decks</h2>" + BRIDGES
                + "<table><tr><td>Span</td><td>1,991 m</td></tr></table><table><tr><td class=\"code\"><pre>"
                + "load = deck + traffic</pre></td></tr></table></article>");
        assertTrue(Fixtures.allLessonText(bridges).contains("load = deck + traffic"));
        assertTrue(bridges.dropped().stream().anyMatch(d -> d.text().equals("Span 1,991 m") && d.reason().equals("table")));
    }

    @Test
    void skipsTheHeadingThatRepeatsTheTitleButNotASectionMadeOfTitleWords() throws Exception {
        Article bees = page("<meta property=\"og:title\" content=\"How Bees Dance\">", "<article><h1>How Bees Dance "
                + "- Insect Blog</h1><h2>Dance</h2>" + BEES + "</article>");
        assertEquals("How Bees Dance", bees.title());
        assertEquals(List.of("Dance"), Fixtures.titles(bees));
        Article bridges = page("<meta property=\"og:title\" content=\"Why Suspension Bridges Hang\">",
                "<article><h2>Why suspension bridges hang</h2><h2>Bridges</h2>" + BRIDGES + "</article>");
        assertEquals(List.of("Bridges"), Fixtures.titles(bridges));
    }
}
