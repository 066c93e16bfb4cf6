package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citation markers in a paragraph, removes them and remembers where they stood.
 *
 * <p>Marker styles: placeholders left by the HTML and Markdown parsers for explicit note references
 * ({@code <sup>}, {@code [^4]}), literal {@code <sup>4</sup>} tags left in text, bracketed numbers {@code [4]}, {@code [4, 5]}, {@code [4–6]}, carets {@code ^4},
 * Unicode superscript digits, and — the hard case of text saved from a web page — bare digits glued after
 * sentence-ending punctuation or a closing quote ({@code partnership.1}, {@code 8%.8}, {@code together.”5}).
 *
 * <p>A marker only counts when every number it names is an existing endnote; anything else is text and stays
 * untouched. Glued digits also need a sentence to have ended: a full stop or colon right after a digit is a decimal
 * point or a clock ({@code 3.5}, {@code 10:47}, {@code 0.005 =}) unless a capitalised sentence or the end of the
 * paragraph follows, a number with a leading zero is never a note, a
 * full stop followed by a lower-case word ends an abbreviation not a sentence ({@code p.45 shows}), and a comma never
 * ends a sentence, so {@code 1,155} and {@code $100 billion} can never lose a digit.
 */
final class CitationMarkers {

    /** Brackets the number of an explicit note reference found by a markup parser. */
    public static final char OPEN = '\uE000';
    public static final char CLOSE = '\uE001';

    public record Mark(int offset, int endnote) {
    }

    public record Stripped(String text, List<Mark> marks) {
        public Stripped {
            marks = List.copyOf(marks);
        }
    }

    private static final String LIST = "\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*";
    private static final Pattern MARKER = Pattern.compile(
            "(?<ph>\uE000(\\d{1,6})\uE001)"
                    + "|(?<tag>(?i:<sup>)\\s*\\[?(\\d{1,3})]?\\s*(?i:</sup>))"
                    + "|(?<fn>\\s?\\[\\^(\\d{1,3})])"
                    + "|(?<br>\\s?\\[(" + LIST + ")])"
                    + "|(?<caret>\\s?\\^(\\d{1,3}))(?!\\d)"
                    + "|(?<sup>[¹²³⁰⁴⁵⁶⁷⁸⁹]+)"
                    + "|(?<=[.!?;:”’\")])(?<glued>\\d{1,3}(?:[,–]\\d{1,3})*)(?=[\\s”’\"]|$)");

    private CitationMarkers() {
    }

    public static String placeholder(int number) {
        return OPEN + Integer.toString(number) + CLOSE;
    }

    public static Stripped strip(String paragraph, Set<Integer> endnotes) {
        StringBuilder out = new StringBuilder(paragraph.length());
        List<Mark> marks = new ArrayList<>();
        Matcher m = MARKER.matcher(paragraph);
        int last = 0;
        while (m.find()) {
            List<Integer> numbers = numbers(m, paragraph);
            boolean explicit = m.group("ph") != null;
            if (!explicit && (numbers.isEmpty() || !endnotes.containsAll(numbers))) {
                continue;
            }
            out.append(paragraph, last, m.start());
            last = m.end();
            if (explicit && !endnotes.containsAll(numbers)) {
                // A superscript that names no note is not a reference (an exponent, say): give its digits back.
                out.append(m.group(2));
                continue;
            }
            int offset = out.length();
            numbers.forEach(n -> marks.add(new Mark(offset, n)));
        }
        out.append(paragraph, last, paragraph.length());
        return new Stripped(out.toString(), marks);
    }

    private static List<Integer> numbers(Matcher m, String text) {
        if (m.group("ph") != null) {
            return List.of(Integer.parseInt(m.group(2)));
        }
        if (m.group("tag") != null) {
            return List.of(Integer.parseInt(m.group(4)));
        }
        if (m.group("fn") != null) {
            return List.of(Integer.parseInt(m.group(6)));
        }
        if (m.group("br") != null) {
            return expand(m.group(8));
        }
        if (m.group("caret") != null) {
            return List.of(Integer.parseInt(m.group(10)));
        }
        if (m.group("sup") != null) {
            return supAllowed(text, m.start()) ? List.of(superscript(m.group("sup"))) : List.of();
        }
        return gluedAllowed(text, m.start(), m.end()) ? expand(m.group("glued")) : List.of();
    }

    private static boolean gluedAllowed(String text, int start, int end) {
        char punct = text.charAt(start - 1);
        char before = start >= 2 ? text.charAt(start - 2) : ' ';
        String rest = text.substring(end).stripLeading();
        if ((punct == '”' || punct == '’' || punct == '"' || punct == ')') && Character.isWhitespace(before)) {
            return false;
        }
        if (text.charAt(start) == '0') {
            return false;
        }
        if ((punct == '.' || punct == ':') && Character.isDigit(before)) {
            return rest.isEmpty() || Character.isUpperCase(rest.charAt(0)) || "“\"‘(".indexOf(rest.charAt(0)) >= 0;
        }
        return rest.isEmpty() || !(punct == '.' && Character.isLowerCase(rest.charAt(0)));
    }

    private static boolean supAllowed(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        if (!Character.isLetter(before)) {
            return !Character.isWhitespace(before) && !Character.isDigit(before);
        }
        int wordStart = start;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        // Short words are units (m², km³); a note marker sits after a real word.
        return start - wordStart >= 3;
    }

    private static int superscript(String sup) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        int n = 0;
        for (char c : sup.toCharArray()) {
            n = n * 10 + digits.indexOf(c);
        }
        return n;
    }

    private static List<Integer> expand(String list) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : list.split("\\s*,\\s*")) {
            String[] range = part.split("\\s*[–-]\\s*");
            int from = Integer.parseInt(range[0].strip());
            int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
            if (to < from || to - from > 50) {
                return List.of();
            }
            for (int n = from; n <= to; n++) {
                numbers.add(n);
            }
        }
        return numbers;
    }
}
