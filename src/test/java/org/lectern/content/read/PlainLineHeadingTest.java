package org.lectern.content.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.content.Article;

/**
 * A Markdown file with no heading of Markdown's own (a plain-text export of an encyclopedia article saved as .md)
 * marks its sections with plain title-like lines between blank lines; those lines are headings, so each section is a
 * lesson. In a file that has Markdown headings, a short plain line stays a paragraph.
 */
class PlainLineHeadingTest {

    private static final String PROSE = "is described in this section at some length, with enough words to make a "
            + "paragraph of prose that a reader would recognise as the body of a section and not as a label.";

    @Test
    void plainLinesMarkTheSectionsOfAnEncyclopediaExport() throws Exception {
        String page = "The western honey bee (_Apis mellifera_) is the most common of the honey bees, kept for its "
                + "honey and for pollinating crops across the world.\n\n\n"
                + "Life cycle\n\nThe life cycle of the honey bee " + PROSE + "\n\n"
                + "Workers and drones each have their part, and the life of a worker " + PROSE + "\n\n\n"
                + "Beekeeping\n\nKeeping bees in hives " + PROSE + "\n\n\n"
                + "References\n\n1. Winston, M. The Biology of the Honey Bee. Harvard, 1987.\n";
        Article a = Fixtures.read("bees.md", page);
        assertEquals(List.of("Life cycle", "Beekeeping"), Fixtures.titles(a));
        assertTrue(a.summary().startsWith("The western honey bee"), a.summary());
        assertEquals(1, a.endnotes().size(), a.endnotes().toString());
    }

    @Test
    void aSecondExportWithASectionWhoseTextIsAllInItsFirstSubsection() throws Exception {
        String page = "A lighthouse is a tower with a light at the top that guides ships at night, built on "
                + "headlands, reefs and harbour walls (*see also* beacons).\n\n\n"
                + "History\n\nAncient lighthouses\n\nThe earliest lighthouses " + PROSE + "\n\n\n"
                + "Modern lighthouses\n\nThe lighthouses of the nineteenth century " + PROSE + "\n";
        Article a = Fixtures.read("lighthouse.md", page);
        List<String> titles = Fixtures.titles(a);
        assertTrue(titles.contains("Modern lighthouses"), titles.toString());
        assertTrue(titles.contains("History") || titles.contains("Ancient lighthouses"), titles.toString());
    }

    @Test
    void aShortPlainLineInAFileWithMarkdownHeadingsStaysAParagraph() throws Exception {
        String page = "# Growing basil\n\n## Care\n\nWater every morning\n\nBasil on a sunny sill " + PROSE + "\n\n"
                + "## Harvest\n\nPick the leaves from the top " + PROSE + "\n";
        Article a = Fixtures.read("basil.md", page);
        assertEquals(List.of("Care", "Harvest"), Fixtures.titles(a));
        assertTrue(a.lessons().stream().flatMap(l -> l.headings().stream())
                .noneMatch(h -> h.title().equals("Water every morning")), a.lessons().toString());
    }
}
