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

class MarkdownParserTest {

    private static Article read(String markdown) throws Exception {
        return Fixtures.read("article.md", markdown);
    }

    @Test
    void takesTheOnlyLevelOneHeadingAsTitleAndTheOthersAsLessons() throws Exception {
        Article a = read("# Volcanoes\n\nMolten rock rises.\n\n## Magma\n\nMagma forms deep down.\n\n"
                + "## Eruptions\n\nPressure builds until the rock gives way.\n");
        assertEquals("Volcanoes", a.title());
        assertEquals("Molten rock rises.", a.summary());
        assertEquals(List.of("Magma", "Eruptions"), Fixtures.titles(a));
    }

    @Test
    void readsTitleAndAuthorFromFrontMatter() throws Exception {
        Article a = read("---\ntitle: \"Volcanoes Explained\"\nauthor: Lena Ortiz\n---\n\n## Magma\n\n"
                + "Magma forms deep down.\n");
        assertEquals("Volcanoes Explained", a.title());
        assertEquals("Lena Ortiz", a.author());
    }

    @Test
    void linksMarkdownFootnotesIncludingNamedOnes() throws Exception {
        Article a = read("# Volcanoes\n\n## Magma\n\nMagma forms about 100 km down.[^1] It rises slowly.[^slow]\n\n"
                + "[^1]: Smith, *Earth's Mantle*, 2020, https://example.org/mantle.\n"
                + "[^slow]: Jones, \"Magma ascent,\"\n    Geology 12 (2019).\n");
        assertEquals(List.of(new Endnote(1, "Smith, Earth's Mantle, 2020, https://example.org/mantle.",
                        "https://example.org/mantle"), new Endnote(2, "Jones, \"Magma ascent,\" Geology 12 (2019).", "")),
                a.endnotes());
        var magma = a.lessons().getFirst();
        assertEquals("Magma forms about 100 km down. It rises slowly.", magma.paragraphs().getFirst());
        assertEquals(List.of(new Citation(0, 30, 1), new Citation(0, 47, 2)), magma.citations());
    }

    @Test
    void readsAnOrderedListUnderANotesHeadingAsEndnotes() throws Exception {
        Article a = read("# Volcanoes\n\n## Magma\n\nMagma forms deep down [2].\n\n## Notes\n\n"
                + "1. First source.\n2. Second source, <https://example.org/two>.\n\n## Further Thoughts\n\n"
                + "Nothing more to add here.\n");
        assertEquals(List.of(new Endnote(1, "First source.", ""),
                new Endnote(2, "Second source, https://example.org/two.", "https://example.org/two")), a.endnotes());
        assertEquals(List.of("Magma", "Further Thoughts"), Fixtures.titles(a));
        assertEquals(List.of(new Citation(0, 21, 2)), a.lessons().getFirst().citations());
    }

    @Test
    void dropsUnnumberedReferencesInsteadOfAddingThemToALesson() throws Exception {
        Article a = read("# Volcanoes\n\n## Magma\n\nMagma forms deep down.\n\n## References\n\n"
                + "- Smith, J. (2020). Earth's Mantle.\n- Jones, K. (2019). Magma ascent.\n");
        assertEquals(List.of("Magma forms deep down."), a.lessons().getFirst().paragraphs());
        assertTrue(a.dropped().contains(new DroppedLine("Smith, J. (2020). Earth's Mantle.",
                "reference without a number")));
    }

    @Test
    void readsNumericLinkReferencesAsCitations() throws Exception {
        Article a = read("# Volcanoes\n\n## Magma\n\nMagma forms deep down [1].\n\n"
                + "[1]: https://example.org/magma \"USGS, Magma basics\"\n");
        assertEquals(List.of(new Endnote(1, "USGS, Magma basics https://example.org/magma",
                "https://example.org/magma")), a.endnotes());
        assertEquals("Magma forms deep down.", a.lessons().getFirst().paragraphs().getFirst());
        assertEquals(1, a.lessons().getFirst().citations().size());
    }

    @Test
    void dropsImageAltTextAndKeepsTheEmphasisedLineBelowAsCaption() throws Exception {
        Article a = read("# Volcanoes\n\n## Magma\n\n![A lava lake at night](lava.jpg)\n\n"
                + "*Lava lake on Erta Ale, Ethiopia*\n\nMagma forms deep down.\n");
        assertEquals(List.of("Lava lake on Erta Ale, Ethiopia"), a.lessons().getFirst().captions());
        assertEquals(List.of("Magma forms deep down."), a.lessons().getFirst().paragraphs());
        assertTrue(a.dropped().contains(new DroppedLine("A lava lake at night", "image alt text")));
    }

    @Test
    void keepsListItemsQuotesAndCodeAsLessonText() throws Exception {
        Article a = read("# Volcanoes\n\n## Kinds\n\nThere are three kinds:\n\n- shield volcanoes\n"
                + "- stratovolcanoes\n\n> A volcano is a vent in the crust.\n\n```\nvei = log10(volume)\n```\n");
        assertEquals(List.of("There are three kinds:", "shield volcanoes", "stratovolcanoes",
                "A volcano is a vent in the crust.", "vei = log10(volume)"), a.lessons().getFirst().paragraphs());
    }

    @Test
    void dropsWebPageNoiseSavedIntoMarkdown() throws Exception {
        Article a = read("# Volcanoes\n\n**Share this:** [Twitter](https://t.co) · [Email](mailto:x)\n\n## Magma\n\n"
                + "Magma forms deep down.\n\n[Read more](/next)\n\n## Related posts\n\n- [Geysers](/geysers)\n");
        assertEquals(List.of("Magma"), Fixtures.titles(a));
        assertEquals(List.of("Magma forms deep down."), a.lessons().getFirst().paragraphs());
        assertFalse(Fixtures.allLessonText(a).contains("Geysers"));
    }

    @Test
    void readsRawSuperscriptReferencesInMarkdown() throws Exception {
        Article a = read("# Volcanoes\n\n## Magma\n\nMagma forms deep down<sup>1</sup> and rises in 2<sup>2</sup> "
                + "ways.\n\n## Notes\n\n1. Source one.\n");
        assertEquals("Magma forms deep down and rises in 22 ways.", a.lessons().getFirst().paragraphs().getFirst());
        assertEquals(List.of(new Citation(0, 21, 1)), a.lessons().getFirst().citations());
    }

    @Test
    void dropsStrayLabelsButKeepsListItemsAndAnnouncedLines() throws Exception {
        Article a = read("# Volcanoes\n\n## Kinds\n\nMagma forms deep down and rises.\n\n42\n\nThe index is:\n\n"
                + "VEI 3\n\n- shield\n");
        assertEquals(List.of("Magma forms deep down and rises.", "The index is:", "VEI 3", "shield"),
                a.lessons().getFirst().paragraphs());
        assertTrue(a.dropped().contains(new DroppedLine("42", "stray line outside the text")));
    }

    @Test
    void keepsALongSentenceCaseFirstHeadingThatProseFollows() throws Exception {
        Article a = read("# Volcanoes\n\n## What the rocks tell us about magma\n\nMagma forms deep down and rises.\n\n"
                + "## Eruptions\n\nPressure builds until the rock gives way.\n");
        assertEquals(List.of("What the rocks tell us about magma", "Eruptions"), Fixtures.titles(a));
    }

    @Test
    void readsAWebClipperPageWithMenuAboveTheTitleAndACaptionBesideTheImage() throws Exception {
        Article a = Fixtures.readResource("sourdough-clip.md");
        assertEquals("Why Sourdough Rises: The Microbiology of Bread", a.title());
        assertEquals("Hannah Okafor", a.author());
        assertTrue(a.summary().startsWith("A sourdough starter is a small, stable ecosystem."));
        assertEquals(List.of("Who Lives in a Starter", "Where the Gas Comes From", "Why Starters Are So Stable"),
                Fixtures.titles(a));
        assertEquals(List.of("Bubbles in an active starter after eight hours at 24 °C."),
                a.lessons().getFirst().captions());
        assertEquals(List.of(1, 2, 3), a.endnotes().stream().map(Endnote::number).toList());
        assertEquals(List.of(1, 2), a.lessons().getFirst().citations().stream().map(Citation::endnote).toList());
        assertEquals(List.of("page control", "link list", "link list", "link list", "byline", "image alt text",
                "feedback prompt", "tag list", "site boilerplate"), a.dropped().stream().map(DroppedLine::reason).toList());
    }
}
