package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.Citation;
import org.lectern.content.DroppedLine;
import org.lectern.content.Endnote;

class HtmlParserTest {

    private static Article read(String body) throws Exception {
        return Fixtures.read("page.html", "<!DOCTYPE html><html><head><title>Glaciers | Earth Blog</title>"
                + "<script>var tracking = 1;</script><style>p{color:red}</style></head><body>" + body + "</body></html>");
    }

    @Test
    void linksSuperscriptNoteReferencesToTheFootnoteList() throws Exception {
        Article a = read("<article><h1>Glaciers</h1><h2>Ice Flow</h2>"
                + "<p>Ice flows downhill at 1,200 m a year.<sup><a href=\"#fn4\">4</a></sup> It also slides.</p>"
                + "<section class=\"footnotes\"><ol><li id=\"fn4\">Nye, J. F. <a href=\"https://doi.org/10.1/nye\">"
                + "Flow of glaciers</a>. <a href=\"#fnref4\" class=\"footnote-back\">↩</a></li></ol></section></article>");
        assertEquals(List.of(new Endnote(4, "Nye, J. F. Flow of glaciers.", "https://doi.org/10.1/nye")), a.endnotes());
        assertEquals("Ice flows downhill at 1,200 m a year. It also slides.",
                a.lessons().getFirst().paragraphs().getFirst());
        assertEquals(List.of(new Citation(0, 37, 4)), a.lessons().getFirst().citations());
    }

    @Test
    void readsWikipediaStyleReferencesAndDropsEditLinks() throws Exception {
        Article a = read("<div id=\"content\"><h1>Glaciers</h1><h2>Ice Flow<span class=\"mw-editsection\">[edit]</span></h2>"
                + "<p>Ice flows downhill.<sup class=\"reference\"><a href=\"#cite_note-2\">[2]</a></sup></p>"
                + "<h2>References</h2><div class=\"reflist\"><ol class=\"references\">"
                + "<li id=\"cite_note-1\"><span class=\"mw-cite-backlink\"><a href=\"#cite_ref-1\">^</a></span> One.</li>"
                + "<li id=\"cite_note-2\"><span class=\"mw-cite-backlink\"><a href=\"#cite_ref-2\">^</a></span> "
                + "Two, <a href=\"https://example.org/two\">online</a>.</li></ol></div></div>");
        assertEquals(List.of("Ice Flow"), Fixtures.titles(a));
        assertEquals(List.of(new Endnote(1, "One.", ""), new Endnote(2, "Two, online.", "https://example.org/two")),
                a.endnotes());
        assertEquals(List.of(new Citation(0, 19, 2)), a.lessons().getFirst().citations());
        assertTrue(a.dropped().stream().anyMatch(d -> d.reason().equals("edit link")));
    }

    @Test
    void dropsNavigationFootersScriptsAndShareRows() throws Exception {
        Article a = read("<header><nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav></header>"
                + "<main><article><h1>Glaciers</h1><div class=\"share-buttons\">Share on Twitter</div>"
                + "<h2>Ice Flow</h2><p>Ice flows downhill.</p></article></main>"
                + "<footer><p>© 2024 Earth Blog. All rights reserved.</p></footer>");
        assertEquals("Glaciers", a.title());
        assertEquals(List.of("Ice flows downhill."), a.lessons().getFirst().paragraphs());
        String text = Fixtures.allLessonText(a);
        assertFalse(text.contains("Home") || text.contains("Share") || text.contains("tracking") || text.contains("©"));
        assertTrue(a.dropped().contains(new DroppedLine("Share on Twitter", "share links")));
        assertTrue(a.dropped().contains(new DroppedLine("Home About", "site header")));
    }

    @Test
    void keepsTheArticleEvenWhenItsClassNamesATag() throws Exception {
        Article a = read("<article class=\"post tag-ice category-news\"><h1>Glaciers</h1><h2>Ice Flow</h2>"
                + "<p>Ice flows downhill.</p><div class=\"tags\">Tags: ice, climate</div></article>");
        assertEquals(List.of("Ice flows downhill."), a.lessons().getFirst().paragraphs());
        assertTrue(a.dropped().contains(new DroppedLine("Tags: ice, climate", "tag list")));
    }

    @Test
    void keepsFigureCaptionsAndDropsAltText() throws Exception {
        Article a = read("<article><h1>Glaciers</h1><h2>Ice Flow</h2><p>Ice flows downhill.</p>"
                + "<figure><img src=\"a.jpg\" alt=\"glacier photo\"><figcaption>The Aletsch Glacier in 2019"
                + "</figcaption></figure><p>It also slides on meltwater.</p></article>");
        assertEquals(List.of("The Aletsch Glacier in 2019"), a.lessons().getFirst().captions());
        assertEquals(List.of("Ice flows downhill.", "It also slides on meltwater."), a.lessons().getFirst().paragraphs());
        assertTrue(a.dropped().contains(new DroppedLine("glacier photo", "image alt text")));
    }

    @Test
    void findsTheMainTextWithoutAnArticleElement() throws Exception {
        Article a = read("<div class=\"top\"><p>Welcome to our site, the best place for earth news.</p></div>"
                + "<div class=\"wrap\"><h2>Ice Flow</h2><p>Ice flows downhill under its own weight, which geologists "
                + "have measured for two centuries with stakes, theodolites and, lately, satellites.</p><h2>Melting</h2>"
                + "<p>Warmer summers melt the surface, and the water finds its way through crevasses and moulins to "
                + "the bed of the glacier, where it lubricates the ice and speeds it up.</p></div>");
        assertEquals("Glaciers", a.title());
        assertEquals(List.of("Ice Flow", "Melting"), Fixtures.titles(a));
        assertTrue(a.dropped().contains(new DroppedLine("Welcome to our site, the best place for earth news.",
                "outside the main article")));
    }

    @Test
    void readsTheAuthorFromTheMetaTagOrTheByline() throws Exception {
        Article a = read("<article><h1>Glaciers</h1><p class=\"byline\">By Jonas Berg</p><h2>Ice Flow</h2>"
                + "<p>Ice flows downhill.</p></article>");
        assertEquals("Jonas Berg", a.author());
        assertFalse(Fixtures.allLessonText(a).contains("Jonas"));
    }

    @Test
    void readsTheNameFromABylineBoxThatAddsWhenOrWhere() throws Exception {
        Article a = read("<article><h1>Glaciers</h1><div class=\"author\">Ann Lee • 8h</div><h2>Ice Flow</h2>"
                + "<p>Ice flows downhill.</p></article>");
        assertEquals("Ann Lee", a.author());
        Article b = read("<article><h1>Glaciers</h1><span class=\"byline\">Tom Ness | Harbour Post</span>"
                + "<h2>Ice Flow</h2><p>Ice flows downhill.</p></article>");
        assertEquals("Tom Ness", b.author());
    }

    @Test
    void prefersTheCreatorMetaTagAndPassesOverAvatarInitials() throws Exception {
        Article a = Fixtures.read("page.html", "<html><head><title>Glaciers</title><meta property=\"dc:creator "
                + "twitter:creator\" content=\"Ruth Calder\"><meta name=\"author\" content=\"Harbour Post\"></head>"
                + "<body><article><h1>Glaciers</h1><h2>Ice Flow</h2><p>Ice flows downhill.</p></article>"
                + "</body></html>");
        assertEquals("Ruth Calder", a.author());
        Article b = read("<article><div class=\"author\"><span>J</span> <span>J</span></div>"
                + "<div class=\"author-name\">NATALIYA IVANOVA</div><h1>Glaciers</h1><h2>Ice Flow</h2>"
                + "<p>Ice flows downhill.</p></article>");
        assertEquals("NATALIYA IVANOVA", b.author());
    }

    @Test
    void keepsAnExponentThatIsNotANoteReference() throws Exception {
        Article a = read("<article><h1>Glaciers</h1><h2>Ice Flow</h2><p>It covers 80 km<sup>2</sup> of the valley.</p>"
                + "</article>");
        assertEquals("It covers 80 km2 of the valley.", a.lessons().getFirst().paragraphs().getFirst());
        assertEquals(List.of(), a.lessons().getFirst().citations());
    }

    @Test
    void readsABoldLineAboveAParagraphAsAHeading() throws Exception {
        Article a = read("<article><h1>Glaciers</h1><p><strong>Ice Flow</strong></p><p>Ice flows downhill under its "
                + "own weight.</p><p><b>Melting</b></p><p>Warm summers melt the surface of the ice.</p>"
                + "<p><strong>Note:</strong> figures are rounded.</p></article>");
        assertEquals(List.of("Ice Flow", "Melting"), Fixtures.titles(a));
        assertEquals(List.of("Warm summers melt the surface of the ice.", "Note: figures are rounded."),
                a.lessons().get(1).paragraphs());
    }

    @Test
    void linksPlainAnchorReferencesToNotesUnderANotesHeading() throws Exception {
        Article a = read("<article><h1>Glaciers</h1><h2>Ice Flow</h2><p>Ice flows downhill.<a href=\"#note1\">[1]</a>"
                + "</p><h2>Notes</h2><ol><li>Nye, 1952, <a href=\"https://example.org/nye\">link</a>.</li></ol>"
                + "</article>");
        assertEquals(List.of(new Endnote(1, "Nye, 1952, link.", "https://example.org/nye")), a.endnotes());
        assertEquals(List.of(new Citation(0, 19, 1)), a.lessons().getFirst().citations());
        assertEquals(List.of("Ice Flow"), Fixtures.titles(a));
    }

    @Test
    void listsDroppedLinesInTheOrderTheyStoodOnThePage() throws Exception {
        Article a = read("<nav>Home About</nav><article><h1>Glaciers</h1><div class=\"share\">Share</div>"
                + "<h2>Ice Flow<span class=\"mw-editsection\">[edit]</span></h2><p>Ice flows downhill.</p>"
                + "<img src=\"g.jpg\" alt=\"glacier photo\"><div class=\"related\">Geysers</div></article>"
                + "<footer>Imprint</footer>");
        assertEquals(List.of("Home About", "Share", "[edit]", "glacier photo", "Geysers", "Imprint"),
                a.dropped().stream().map(DroppedLine::text).toList());
    }
}
