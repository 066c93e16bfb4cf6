package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lectern.content.Article;
import org.lectern.content.Citation;
import org.lectern.content.Endnote;

/** Markdown as people write it: front matter, kramdown attributes, Markdown inside HTML, footnotes. */
class MarkdownSyntaxTest {

    private static Article read(String markdown) throws Exception {
        return Fixtures.read("chapter.md", markdown);
    }

    @Test
    void readsYamlFrontMatterWithAnAuthorListAndADescription() throws Exception {
        Article a = read("---\nlayout: post\ntitle: 'Glaciers and Their Valleys'\nauthors:\n  - Mira Holt\n"
                + "  - Jonas Berg\ndescription: How moving ice carves the land.\ntags: [ice, geology]\n---\n\n"
                + "## Moving ice\n\nA glacier flows downhill under its own weight, slowly grinding the rock below it.\n");
        assertEquals("Glaciers and Their Valleys", a.title());
        assertEquals("Mira Holt and Jonas Berg", a.author());
        assertEquals("How moving ice carves the land.", a.summary());
        assertFalse(Fixtures.allLessonText(a).contains("layout"));
        assertFalse(Fixtures.allLessonText(a).contains("geology"));
    }

    @Test
    void readsYamlFrontMatterWithAPlainAuthorAndKeepsTheTextsOwnLeadAsSummary() throws Exception {
        Article a = read("---\ntitle: Bread Chemistry\nauthor: \"Sam Iyer\"\ndescription: Not shown.\n---\n\n"
                + "Flour, water and time.\n\n## Gluten\n\nKneading aligns the proteins into long elastic strands.\n");
        assertEquals("Bread Chemistry", a.title());
        assertEquals("Sam Iyer", a.author());
        assertEquals("Flour, water and time.", a.summary());
        assertEquals(List.of("Gluten"), Fixtures.titles(a));
    }

    @Test
    void readsTomlFrontMatter() throws Exception {
        Article a = read("+++\ntitle = \"Tides Explained\"\nauthor = \"Ada Quell\"\ndate = 2024-01-03\n"
                + "description = \"Why the sea rises twice a day.\"\n+++\n\n## The Moon\n\n"
                + "The Moon's gravity pulls the ocean into a bulge on the side that faces it.\n");
        assertEquals("Tides Explained", a.title());
        assertEquals("Ada Quell", a.author());
        assertEquals("Why the sea rises twice a day.", a.summary());
        assertFalse(Fixtures.allLessonText(a).contains("2024"));
    }

    @Test
    void readsTomlFrontMatterWithAnAuthorsArrayAndNoDescription() throws Exception {
        Article a = read("+++\ntitle = 'Soil Life'\nauthors = [\"Lia Moreau\", \"Tom Reyes\"]\ndraft = false\n+++\n\n"
                + "# Soil Life\n\n## Worms\n\nEarthworms drag leaves underground and mix the layers of the soil.\n");
        assertEquals("Soil Life", a.title());
        assertEquals("Lia Moreau and Tom Reyes", a.author());
        assertEquals(List.of("Worms"), Fixtures.titles(a));
        assertFalse(Fixtures.allLessonText(a).contains("draft"));
    }

    @Test
    void dropsKramdownAttributeLinesAndInlineAttributeLists() throws Exception {
        Article a = read("# Comets\n\n* TOC\n{:toc}\n\n## Tails {#tails}\n\nA comet's tail always points away from "
                + "the *Sun*{: .term}, pushed by the solar wind.\n{: .lead}\n\n> Halley's comet returns every 76 years.\n"
                + "{: .note}\n");
        assertEquals(List.of("Tails"), Fixtures.titles(a));
        assertEquals(List.of("A comet's tail always points away from the Sun, pushed by the solar wind.",
                "Halley's comet returns every 76 years."), a.lessons().getFirst().paragraphs());
        assertFalse(Fixtures.allLessonText(a).contains("{"));
        assertFalse(Fixtures.allLessonText(a).contains("TOC"));
    }

    @Test
    void dropsKramdownOptionsAndBlockAttributesInASecondArticle() throws Exception {
        Article a = read("{::options parse_block_html=\"true\" /}\n\n# Bees\n\n## Dances {: #dances .big}\n\n"
                + "{: .warning}\nA forager dances to show the others where the flowers are.\n\n```\n{: kept in code}\n```\n");
        assertEquals(List.of("Dances"), Fixtures.titles(a));
        assertEquals(List.of("A forager dances to show the others where the flowers are.", "{: kept in code}"),
                a.lessons().getFirst().paragraphs());
    }

    @Test
    void readsATextbookChapterInKramdownWithAnAbstractDivAndLevelOneHeadings() throws Exception {
        Article a = read("---\ntitle: \"Chapter 3: Cells\"\nauthor: R. Anand\n---\n\n"
                + "<div data-type=\"abstract\" markdown=\"1\">\nCells are the smallest units of life, and this chapter "
                + "shows what is inside them.\n</div>\n\n# Membranes\n\nA membrane is a double layer of lipids that lets "
                + "some molecules through.\n{: .definition}\n\n# Nuclei\n\nThe nucleus holds the **DNA** and controls "
                + "which proteins the cell makes.\n");
        assertEquals("Chapter 3: Cells", a.title());
        assertEquals("R. Anand", a.author());
        assertEquals("Cells are the smallest units of life, and this chapter shows what is inside them.", a.summary());
        assertEquals(List.of("Membranes", "Nuclei"), Fixtures.titles(a));
        assertFalse(Fixtures.allLessonText(a).contains("div"));
    }

    @Test
    void readsMarkdownInsideHtmlBlocksMarkedMarkdown() throws Exception {
        Article a = read("# Rivers\n\n## Deltas\n\n<section class=\"box\" markdown=\"block\">\n**Deltas** form where a "
                + "river slows and drops its [sediment](https://example.org/sediment).\n\n- sand\n- silt\n</section>\n\n"
                + "<div markdown=\"1\">\nThe Nile delta is one of the largest in the world.\n</div>\n");
        assertEquals(List.of("Deltas form where a river slows and drops its sediment.", "sand", "silt",
                "The Nile delta is one of the largest in the world."), a.lessons().getFirst().paragraphs());
    }

    @Test
    void readsFootnotesAsEndnotesWithCitationsInASecondArticle() throws Exception {
        Article a = read("---\ntitle: Coral Reefs\n---\n\n## Bleaching\n\nCorals expel their algae when the water "
                + "warms.[^heat] Many recover within months.[^2]\n\n[^heat]: NOAA, *Coral bleaching*, 2021.\n"
                + "[^2]: Hughes et al., Nature 543 (2017).\n");
        assertEquals(List.of(new Endnote(1, "NOAA, Coral bleaching, 2021.", ""),
                new Endnote(2, "Hughes et al., Nature 543 (2017).", "")), a.endnotes());
        assertEquals("Corals expel their algae when the water warms. Many recover within months.",
                a.lessons().getFirst().paragraphs().getFirst());
        assertEquals(List.of(1, 2), a.lessons().getFirst().citations().stream().map(Citation::endnote).toList());
    }

    @Test
    void dropsWikiEditLinksAndPermalinkSignsFromHeadings() throws Exception {
        Article a = read("# Owls\n\n## Hunting[[edit](/w/index.php?action=edit&section=1)]\n\nOwls hunt at night "
                + "and find their prey by sound.\n\n## [Feathers](#feathers)[¶](#feathers \"Permalink\")\n\n"
                + "Soft edges on their feathers make their flight almost silent.\n");
        assertEquals(List.of("Hunting", "Feathers"), Fixtures.titles(a));
    }

    @Test
    void readsChineseParagraphsAsProse() throws Exception {
        Article a = read("# 长城\n\n## 历史\n\n长城是古代中国为抵御北方游牧民族而修建的军事防御工程，绵延数千公里。\n\n"
                + "## 建筑\n\n城墙多用砖石和夯土筑成，沿山脊而建，每隔一段距离就设有烽火台用来传递消息。\n");
        assertEquals(List.of("历史", "建筑"), Fixtures.titles(a));
        assertTrue(a.lessons().get(1).paragraphs().getFirst().startsWith("城墙多用砖石"));
    }

    @Test
    void readsJapaneseParagraphsAsProse() throws Exception {
        Article a = read("# 富士山\n\n## 地形\n\n富士山は静岡県と山梨県にまたがる活火山で、日本で最も高い山として知られている。\n");
        assertEquals(List.of("地形"), Fixtures.titles(a));
        assertEquals(1, a.lessons().getFirst().paragraphs().size());
    }
}
