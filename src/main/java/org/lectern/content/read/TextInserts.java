package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what sites insert in the middle of an article, in text copied from a whole web page, before the main text is
 * sought ({@link MainText}), so that the article's paragraphs on both sides stay one span.
 *
 * <ul>
 *   <li><b>A photo gallery</b>: slides numbered "k/n" (or "k of n") with the same n, in ascending order, three of them
 *   at least. Their captions read like prose, so the span would take them in. Every line from the first slide's
 *   counter to the last slide is dropped; the last slide ends after its first paragraph, where the article resumes.
 *   Dates ("3/09/15") are not counters: a counter is followed by a caption, not by another number.</li>
 *   <li><b>A widget</b> (a video player's settings, a form's options): a run of at least 20 lines that are not
 *   prose, between two paragraphs of prose, most of them of four words or fewer, in which at least a fifth of the lines repeat, with the line before them,
 *   a pair of different lines seen earlier in the same run (the same list of options, "White, Black, Red", once per
 *   setting). A menu of the site repeats a link or two at most, and code (brackets, braces) is not an option list, so both are left to
 *   {@link MainText}.</li>
 * </ul>
 */
final class TextInserts {

    private static final Pattern COUNTER = Pattern.compile("^\\s*(\\d{1,3})\\s*(?:/|of)\\s*(\\d{1,3})(?![\\d/:.])(\\s|$)");
    private static final int SLIDES = 3;

    private TextInserts() {
    }

    private static final int WIDGET_LINES = 20;
    private static final double WIDGET_REPEATS = 0.2;
    /** A widget's options are a few words each; at most a fifth of its lines are longer. */
    private static final int OPTION_WORDS = 4;
    private static final double LONGER_SHARE = 0.2;
    /** Brackets, braces and assignments: lines of code, which repeat ("list: [", "]") without being options. */
    private static final Pattern CODE_MARKS = Pattern.compile("[\\[\\]{}();=]");

    /** Drops every gallery's and widget's lines from the undecided units. */
    static void drop(List<Unit> units) {
        dropGalleries(units);
        dropWidgets(units);
    }

    private static void dropWidgets(List<Unit> units) {
        int i = 0;
        while (i < units.size()) {
            if (!units.get(i).undecided() || !units.get(i).prose()) {
                i++;
                continue;
            }
            // A paragraph: find the run of lines that are not prose after it, and what ends it.
            int start = i + 1;
            int end = start;
            int lines = 0;
            int repeats = 0;
            var seen = new java.util.HashSet<String>();
            String previous = null;
            int longer = 0;
            while (end < units.size() && !(units.get(end).undecided() && units.get(end).prose())) {
                if (units.get(end).undecided()) {
                    String line = units.get(end).text.strip();
                    lines++;
                    longer += LineShape.words(line) > OPTION_WORDS ? 1 : 0;
                    if (previous != null && !previous.equals(line) && !CODE_MARKS.matcher(previous + line).find()) {
                        repeats += seen.add(previous + "\n" + line) ? 0 : 1;
                    }
                    previous = line;
                }
                end++;
            }
            if (end < units.size() && lines >= WIDGET_LINES && repeats >= WIDGET_REPEATS * lines
                    && longer <= LONGER_SHARE * lines) {
                for (int j = start; j < end; j++) {
                    if (units.get(j).undecided()) {
                        units.get(j).drop("widget inside the article");
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    private static void dropGalleries(List<Unit> units) {
        List<int[]> counters = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Matcher m = COUNTER.matcher(units.get(i).text);
            if (units.get(i).undecided() && m.find()) {
                int k = Integer.parseInt(m.group(1));
                int n = Integer.parseInt(m.group(2));
                if (k >= 1 && k <= n && n >= SLIDES) {
                    counters.add(new int[] {i, k, n});
                }
            }
        }
        int from = 0;
        while (from < counters.size()) {
            int to = from;
            while (to + 1 < counters.size() && counters.get(to + 1)[2] == counters.get(from)[2]
                    && counters.get(to + 1)[1] > counters.get(to)[1]) {
                to++;
            }
            if (to - from + 1 >= SLIDES) {
                int end = lastSlideEnd(units, counters.get(to)[0]);
                for (int i = counters.get(from)[0]; i <= end; i++) {
                    if (units.get(i).undecided()) {
                        units.get(i).drop("photo gallery");
                    }
                }
            }
            from = to + 1;
        }
    }

    /** The last slide holds its counter line and the first paragraph after it. */
    private static int lastSlideEnd(List<Unit> units, int counter) {
        for (int i = counter + 1; i < units.size(); i++) {
            if (units.get(i).undecided() && units.get(i).prose()) {
                return i;
            }
        }
        return counter;
    }
}
