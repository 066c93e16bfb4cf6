package org.lectern.content.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits plain text into units: one paragraph, heading, caption or stray line each.
 *
 * <p>Text saved from a web page has one unit per line, often with no blank line between a paragraph and the alt text
 * or label that follows it, so every non-blank line is its own unit. Text typed in an editor is often hard-wrapped
 * instead; it is recognised when most lines that have a non-blank successor are long and of similar width, and then
 * a line is joined to the one before it while that one filled at least 60% of the wrap width, which is how a wrapped
 * line differs from the last line of a paragraph, a heading or a list item. A line that opens with a bullet, a
 * typed "+ " included, starts an item and is never joined to the line before it.
 *
 * <p>Each unit also records whether a blank line (or the edge of the text) stands right before or after it: browsers
 * copy paragraphs with a blank line between them and the items of a list or a box of links line after line.
 */
final class Units {

    private static final java.util.regex.Pattern BRACKETED_ENTRY = java.util.regex.Pattern.compile("\\[\\d{1,3}]\\s");

    private Units() {
    }

    static List<String> split(String text) {
        return split(text, new ArrayList<>());
    }

    /**
     * As {@link #split(String)}, adding to {@code spaced}, for each unit, whether a blank line (or the edge of the text)
     * stands right before or after it: copied pages set paragraphs apart and pack a list's items together.
     */
    static List<String> split(String text, List<Boolean> spaced) {
        List<String> units = splitLines(text, spaced);
        return units;
    }

    private static List<String> splitLines(String text, List<Boolean> spaced) {
        String[] lines = text.split("\n", -1);
        int width = wrapWidth(lines);
        List<String> units = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int previousLength = 0;
        boolean blankBefore = true;
        boolean currentBlankBefore = true;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (flush(current, units)) {
                    spaced.add(true);
                }
                previousLength = 0;
                blankBefore = true;
                continue;
            }
            boolean join = width > 0 && !current.isEmpty() && previousLength >= width * 0.6
                    && !LineShape.isBullet(line) && LineShape.typedMark(line).isEmpty()
                    && !BRACKETED_ENTRY.matcher(line).lookingAt();
            if (!join) {
                if (flush(current, units)) {
                    spaced.add(currentBlankBefore);
                }
                currentBlankBefore = blankBefore;
            } else {
                current.append(' ');
            }
            blankBefore = false;
            current.append(line);
            previousLength = raw.stripTrailing().length();
        }
        if (flush(current, units)) {
            spaced.add(true);
        }
        return units;
    }

    private static boolean flush(StringBuilder current, List<String> units) {
        if (current.isEmpty()) {
            return false;
        }
        units.add(current.toString().replaceAll("[ \\t]+", " "));
        current.setLength(0);
        return true;
    }

    /** The column lines were wrapped at, or 0 when the text is not hard-wrapped. */
    private static int wrapWidth(String[] lines) {
        int followed = 0;
        int nonBlank = 0;
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int length = lines[i].stripTrailing().length();
            if (length == 0) {
                continue;
            }
            nonBlank++;
            boolean hasSuccessor = i + 1 < lines.length && !lines[i + 1].isBlank();
            if (hasSuccessor && length >= 40 && length <= 120) {
                followed++;
                lengths.add(length);
            }
        }
        if (followed < 5 || followed < nonBlank * 0.4) {
            return 0;
        }
        int[] sorted = lengths.stream().mapToInt(Integer::intValue).sorted().toArray();
        return Arrays.stream(sorted).skip(sorted.length * 9L / 10).findFirst().orElse(0);
    }
}
