package org.lectern.gradebook.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A question's label broken into at most two lines that fit the chart's width, the rest replaced by an ellipsis.
 * SVG text does not wrap by itself, and the server cannot measure fonts, so a line holds a number of characters
 * that even a wide sans-serif (DejaVu Sans, about 7.5 units a character at 13) fits in the chart's width.
 */
final class LabelLines {

    static final int CHARACTERS_PER_LINE = 44;
    static final int MAX_LINES = 2;

    private LabelLines() {
    }

    /**
     * @param suffix text that must fit on the last line after the label, such as "(review)"; not part of the result
     */
    static List<String> wrap(String label, String suffix) {
        var words = new ArrayList<>(List.of(label.strip().split("\\s+")));
        var lines = new ArrayList<String>();
        while (!words.isEmpty() && lines.size() < MAX_LINES) {
            boolean last = lines.size() == MAX_LINES - 1;
            int room = CHARACTERS_PER_LINE - (last && !suffix.isEmpty() ? suffix.length() + 1 : 0);
            var line = new StringBuilder();
            while (!words.isEmpty()) {
                String word = words.getFirst();
                int free = room - length(line) - (line.isEmpty() ? 0 : 1);
                if (length(word) <= free) {
                    line.append(line.isEmpty() ? "" : " ").append(words.removeFirst());
                } else if (length(word) > CHARACTERS_PER_LINE - suffix.length() - 1 && free > 3) {
                    // A word longer than any line (a URL, a formula) is cut where this line ends.
                    int cut = word.offsetByCodePoints(0, free);
                    line.append(line.isEmpty() ? "" : " ").append(word, 0, cut);
                    words.set(0, word.substring(cut));
                } else {
                    break;
                }
            }
            lines.add(line.toString());
        }
        if (!words.isEmpty()) {
            lines.set(lines.size() - 1, ellipsis(lines.getLast(), CHARACTERS_PER_LINE
                    - (suffix.isEmpty() ? 0 : suffix.length() + 1)));
        }
        return lines.isEmpty() || lines.getFirst().isEmpty() ? List.of("(no text)") : lines;
    }

    private static String ellipsis(String line, int room) {
        String text = length(line) + 1 <= room ? line : line.substring(0, line.offsetByCodePoints(0, room - 1));
        return text.stripTrailing().replaceAll("[\\s,;:.&\\-–—]+$", "") + "…";
    }

    private static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }
}
