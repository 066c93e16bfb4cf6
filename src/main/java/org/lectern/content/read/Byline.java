package org.lectern.content.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the author's name from a byline and recognises the author's bio.
 *
 * <p>A byline is a short line that starts with "By", "Written by", "Posted by", "Words by", "Prepared by",
 * "Compiled by", "Author:" or "Authors:",
 * possibly with a date between the verb and "by" ("Posted on March 12, 2024 by Dana Whitfield").
 * The name is the run of capitalised words that follows (initials, particles such as "van" or "de", and "and" or "&amp;"
 * between two names are allowed), so dates, times and category lists that sites append to the byline fall away.
 * A bio is a paragraph that opens with the author's name followed by a verb of description ("is", "was", "has",
 * "holds", "writes", "works", "teaches", "lives") or a comma: that is how author boxes introduce people, and an
 * article's own prose rarely opens that way with its author's full name. A byline stops before a date printed after
 * the name ("By Erin Walsh March 18"). A dateline is a short line with a calendar date (a month's name and a day, a
 * day, month and year, or a year-first date), which pages print with the byline under a headline.
 */
final class Byline {

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:written|posted|words|story|text|reported|published|prepared|compiled|curated)\\b[^.!?]{0,60}?\\s)?"
                    + "(?:by|authors?:)\\s*:?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BIO_VERB = Pattern.compile(
            "\\s*[,(]|\\s+(is|was|has|holds|writes|works|teaches|lives|leads|covers|serves|received)\\b");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.");
    private static final List<String> PARTICLES = List.of("van", "von", "de", "da", "del", "der", "di", "la", "le",
            "bin", "ibn", "al", "el");

    /** Capitalised words that start titles and headings but never names. */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("the", "a", "an", "of", "in", "on", "for",
            "to", "with", "how", "why", "what", "when", "where", "who", "which", "is", "are", "was", "our", "your", "my",
            "this", "that", "these", "from", "by", "at", "new", "about", "part", "chapter", "section", "step");

    private Byline() {
    }

    private static final String MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
    /** A calendar date: a month's name with a day, or a day, month and year, or year first as feeds print it. */
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?:\\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?<=\\p{Ll})(?:" + MONTHS + "))"
                    + "[a-z]*\\.?\\s+\\d{1,2}\\b"
                    + "|\\b\\d{1,2}\\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4}\\b"
                    + "|\\b(1[89]|20)\\d{2}-[01]\\d-[0-3]\\d\\b");
    /** A month's name starts a date even glued to the word before it, as link text runs into a date. */
    private static final Pattern MONTH_WORD = Pattern.compile("(?:" + MONTHS + ")[a-z]*\\.?");
    /** The most words a line under a headline may have and still be its dateline. */
    private static final int DATELINE_WORDS = 12;

    /** Whether the line holds a calendar date. */
    static boolean hasDate(String line) {
        return FULL_DATE.matcher(line).find();
    }

    /** A byline, or a short line with a calendar date in it: what news and blog pages print under a headline. */
    static boolean bylineOrDate(String line) {
        return author(line).isPresent() || LineShape.words(line) <= DATELINE_WORDS && hasDate(line);
    }

    public static Optional<String> author(String line) {
        String s = line.strip();
        if (LineShape.words(s) > 30) {
            return Optional.empty();
        }
        Matcher m = BYLINE.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<String> name = new ArrayList<>();
        String[] tokens = m.group(1).split("\\s+");
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            String word = token.replaceAll("[,;|·•]+$", "");
            if (MONTH_WORD.matcher(word).matches() && t + 1 < tokens.length
                    && Character.isDigit(tokens[t + 1].charAt(0))) {
                break; // the date the page prints after the name
            }
            boolean nameWord = NAME_WORD.matcher(word).matches() && !word.endsWith(":");
            boolean joiner = !name.isEmpty() && (PARTICLES.contains(word) || word.equals("and") || word.equals("&"));
            if (!nameWord && !joiner) {
                break;
            }
            name.add(word);
            if (!word.equals(token)) {
                break;
            }
        }
        while (!name.isEmpty() && (name.getLast().equals("and") || name.getLast().equals("&"))) {
            name.removeLast();
        }
        return name.size() >= 2 && name.size() <= 8 ? Optional.of(String.join(" ", name)) : Optional.empty();
    }

    /**
     * A line that is only a person's name, or up to three joined by "and": two to four capitalised words each (in
     * capitals too), initials with their stop or particles allowed.
     */
    public static boolean isName(String line) {
        String[] names = line.strip().split("\\s+(and|&)\\s+");
        return names.length <= 3 && java.util.Arrays.stream(names).allMatch(Byline::isOneName);
    }

    private static boolean isOneName(String line) {
        String[] tokens = line.strip().split("\\s+");
        if (tokens.length < 2 || tokens.length > 4 || LineShape.isGenericSection(line)) {
            return false;
        }
        for (String token : tokens) {
            if (!NAME_WORD.matcher(token).matches() && !PARTICLES.contains(token)
                    || NOT_NAMES.contains(token.toLowerCase(java.util.Locale.ROOT))
                    || token.length() == 1) {
                // An initial is written with its stop ("J. Smith"); a lone capital is an avatar's letter ("S Sky").
                return false;
            }
        }
        // A row of buttons ("Share Tweet Share", "Search Search") is capitalised words too, each a page control.
        return NAME_WORD.matcher(tokens[0]).matches() && NAME_WORD.matcher(tokens[tokens.length - 1]).matches()
                && !java.util.Arrays.stream(tokens).allMatch(t -> NoiseRules.reasonFor(t).isPresent());
    }

    public static boolean isBio(String paragraph, String author) {
        if (author.isBlank()) {
            return false;
        }
        String first = author.split("\\s+(and|&)\\s+")[0];
        String rest = paragraph.strip().replaceFirst("^(Dr\\.?|Prof\\.?) ", "");
        if (!rest.startsWith(first)) {
            return false;
        }
        return BIO_VERB.matcher(rest.substring(first.length())).lookingAt();
    }
}
