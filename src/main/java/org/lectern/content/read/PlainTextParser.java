package org.lectern.content.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lectern.content.Endnote;

/**
 * Reads text saved from a web page, where nothing but the shape and position of a line says what it is.
 *
 * <p>Stages, each deciding some units for good before the next looks at the rest:
 * <ol>
 *   <li>Notes: see {@link TextNotes}; everything after the list is site boilerplate (share rows, counters,
 *   disclaimers, empty "Bibliography" headings, comments), because web pages end the article with its notes.</li>
 *   <li>Title: the first title-like line near the top whose words cover most of the file name's words or the other
 *   way round (pages are saved under their slug, often shortened); failing that, the first Title Case line of two or more
 *   words above the first paragraph, unless navigation or other noise follows it and another such line comes after
 *   the noise: site names stand above the navigation, titles below it. Lines above the title are the site's masthead (slugs,
 *   breadcrumbs) and are dropped.</li>
 *   <li>Author: a byline anywhere near the top, or a bare name right under the title (two to four capitalised
 *   words, or two such names joined by "and", none of whose words the prose uses, which tells a name from a first
 *   heading).</li>
 *   <li>Noise: {@link NoiseRules}; a heading of a page region (author box, related links, comments) drops what
 *   follows up to the next heading, the author's bio or the comments included.</li>
 *   <li>Layout: {@link TextLayout} sorts the remaining units into headings, paragraphs and captions.</li>
 * </ol>
 */
final class PlainTextParser {

    private static final int HEAD_REGION = 20;

    private PlainTextParser() {
    }

    public static Draft parse(String fileName, String text) {
        List<Unit> units = Units.split(text).stream().map(Unit::new).toList();
        List<Endnote> endnotes = TextNotes.read(units);
        int title = titleIndex(units, fileName);
        String author = readMasthead(units, title);
        dropNoise(units);
        TextLayout.arrange(units);
        List<Block> blocks = new ArrayList<>();
        for (Unit unit : units) {
            switch (unit.role) {
                case HEADING -> blocks.add(Block.heading(unit.text.replaceFirst("\\s*:$", ""), 2));
                case PARAGRAPH -> blocks.add(Block.paragraph(unit.text));
                case CAPTION -> blocks.add(Block.caption(unit.text));
                case DROPPED -> blocks.add(Block.dropped(unit.text, unit.reason));
                default -> { }
            }
        }
        String titleText = title >= 0 ? units.get(title).text : "";
        return new Draft(titleText, author, blocks, endnotes, List.of(), true);
    }

    private static int titleIndex(List<Unit> units, String fileName) {
        Set<String> slug = words(fileName.replaceFirst("\\.[A-Za-z]{1,8}$", ""));
        int limit = Math.min(units.size(), HEAD_REGION);
        int firstProse = limit;
        for (int i = 0; i < limit; i++) {
            Unit unit = units.get(i);
            if (firstProse == limit && unit.undecided() && unit.prose()) {
                firstProse = i;
            }
            if (candidate(unit) && slug.size() >= 2 && overlap(words(unit.text), slug) >= 0.6) {
                return i;
            }
        }
        // Site names sit above the navigation, titles below it: prefer the first candidate right after noise.
        int first = -1;
        boolean afterNoise = false;
        for (int i = 0; i < firstProse; i++) {
            Unit unit = units.get(i);
            if (candidate(unit) && LineShape.isTitleCase(unit.text)) {
                if (first < 0 || afterNoise) {
                    first = i;
                }
                afterNoise = false;
            } else if (unit.undecided() && NoiseRules.reasonFor(unit.text).isPresent()) {
                afterNoise = first >= 0;
            }
        }
        return first;
    }

    private static boolean candidate(Unit unit) {
        String s = unit.text;
        return unit.undecided() && LineShape.isTitleLike(s) && LineShape.words(s) >= 2 && !Notes.isHeading(s)
                && !LineShape.isGenericSection(s) && NoiseRules.reasonFor(s).isEmpty() && Byline.author(s).isEmpty();
    }

    private static String readMasthead(List<Unit> units, int title) {
        String author = "";
        int limit = Math.min(units.size(), Math.max(title, 0) + HEAD_REGION);
        for (int i = 0; i < limit; i++) {
            Unit unit = units.get(i);
            if (!unit.undecided()) {
                continue;
            }
            var byline = Byline.author(unit.text);
            if (byline.isPresent()) {
                author = author.isEmpty() ? byline.get() : author;
                unit.drop("byline");
            } else if (i == title + 1 && author.isEmpty() && Byline.isName(unit.text) && !mentioned(unit.text, units)) {
                author = unit.text.strip();
                unit.drop("byline");
            } else if (i < title) {
                unit.drop(NoiseRules.reasonFor(unit.text).orElse("page header above the title"));
            }
        }
        if (title >= 0) {
            units.get(title).become(Unit.Role.CONSUMED);
        }
        return author;
    }

    private static void dropNoise(List<Unit> units) {
        String region = "";
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (!unit.undecided()) {
                continue;
            }
            if (!region.isEmpty() && TextLayout.startsSection(units, i)) {
                region = "";
            }
            var reason = NoiseRules.reasonFor(unit.text);
            if (reason.isPresent()) {
                unit.drop(reason.get());
                region = NoiseRules.startsRegion(unit.text) ? reason.get() : region;
            } else if (!region.isEmpty()) {
                unit.drop(region.equals("author box") && unit.prose() ? "author bio" : region);
            }
        }
    }

    /** Whether any word of the line occurs in the article's prose: a heading's words do, a byline's name rarely. */
    private static boolean mentioned(String line, List<Unit> units) {
        Set<String> own = HeadingChoice.stems(line);
        return units.stream().filter(u -> u.undecided() && u.prose())
                .anyMatch(u -> HeadingChoice.stems(u.text).stream().anyMatch(own::contains));
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static double overlap(Set<String> line, Set<String> slug) {
        long shared = line.stream().filter(slug::contains).count();
        return shared < 2 ? 0 : (double) shared / Math.min(line.size(), slug.size());
    }
}
