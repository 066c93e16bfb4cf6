package org.lectern.content.read;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lectern.content.Endnote;

/**
 * Recognises a notes list: its heading and its numbered entries.
 *
 * <p>A notes heading is a line that is only one of the usual names (Endnotes, Notes, Footnotes, References, Sources,
 * Citations, Works Cited, Bibliography, Literature). An entry starts with its number, bare or followed by a full stop,
 * parenthesis or colon, or in brackets ({@code 1 }, {@code 1. }, {@code [1] }, {@code 1) }); back-link arrows left
 * by wikis ({@code ^}, {@code ↑}, {@code ↩}) are removed. The URL of an entry is its first web address, without the
 * punctuation that closes the sentence around it.
 */
final class Notes {

    private static final Pattern HEADING = Pattern.compile(
            "^(end ?notes|notes|foot ?notes|references?|sources|citations|works cited|bibliography|literature"
                    + "( cited)?|notes and references|references and notes)\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*(?:\\[(\\d{1,3})]|\\(?(\\d{1,3})[.):]?)\\s+(?:[\\^↑↩]\\s*)*(\\S.*)$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"”]+|www\\.[^\\s<>\"”]+");

    private Notes() {
    }

    public static boolean isHeading(String line) {
        return HEADING.matcher(line.strip()).matches();
    }

    /** A numbered entry, or empty when the line does not start with a note number. */
    public static Optional<Endnote> entry(String line) {
        Matcher m = ENTRY.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        return Optional.of(endnote(number, m.group(3)));
    }

    /** An endnote whose number is known from markup, such as a list position or an element id. */
    public static Endnote endnote(int number, String text) {
        String clean = stripBackLinks(text.strip());
        return new Endnote(number, clean, firstUrl(clean));
    }

    public static String firstUrl(String text) {
        Matcher m = URL.matcher(text);
        if (!m.find()) {
            return "";
        }
        String url = m.group().replaceAll("[.,;:)\\]’'»]+$", "");
        return url.toLowerCase(Locale.ROOT).startsWith("www.") ? "https://" + url : url;
    }

    private static String stripBackLinks(String text) {
        return text.replaceAll("^([\\^↑↩]\\s*)+", "").replaceAll("(\\s*[↩↑])+$", "").strip();
    }
}
