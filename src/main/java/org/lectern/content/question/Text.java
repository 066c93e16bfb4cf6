package org.lectern.content.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small text helpers shared by the generator and the lint; they work on plain strings, no models. */
final class Text {

    static final String BLANK = "_____";

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}%$]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    // Function words never count as shared content: sharing "the" gives nothing away.
    static final Set<String> STOP = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "and", "or", "but", "nor", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "do", "does", "did", "it", "its", "this", "that", "these", "those", "which", "who", "whom", "what", "when",
            "where", "why", "how", "not", "no", "so", "than", "then", "there", "their", "they", "them", "he", "she",
            "his", "her", "we", "our", "you", "your", "i", "my", "me", "us", "also", "into", "over", "about", "after",
            "before", "between", "during", "such", "both", "each", "other", "another", "all", "any", "some", "more",
            "most", "very", "can", "could", "would", "should", "will", "may", "might", "must", "one", "only", "own",
            "same", "while", "if", "because", "up", "out", "just", "even", "according", "article", "s");

    static final Set<String> PRONOUNS = Set.of("it", "its", "they", "them", "their", "theirs", "this", "these",
            "those", "he", "she", "his", "her", "him", "we", "our", "us", "i", "you", "itself", "themselves");

    private Text() {
    }

    /** Lower case, punctuation folded to single spaces: the form options are compared in. */
    static String normalise(String s) {
        String folded = s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-');
        return NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Words of a text, keeping inner hyphens and apostrophes. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        var m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static int wordCount(String s) {
        return words(s).size();
    }

    /** Lower-cased words that carry meaning, with possessive endings and hyphen parts split off. */
    static List<String> contentWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : words(s)) {
            for (String part : w.toLowerCase(Locale.ROOT).split("-")) {
                String p = part.replaceAll("['’]s?$", "");
                if (!p.isEmpty() && !STOP.contains(p) && !p.chars().allMatch(Character::isDigit)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** Initials of the capitalised words, as an acronym would spell them ("Shanghai Cooperation Organization" → SCO). */
    static String initials(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : words(s)) {
            if (Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    static boolean isAcronym(String s) {
        return s.length() >= 2 && s.length() <= 8 && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '.')
                && s.chars().filter(Character::isUpperCase).count() >= 2;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final Pattern ARTICLE_BLANK = Pattern.compile("\\b([Aa]n?)\\s+" + Pattern.quote(BLANK));

    /** Whether every option fits the "a" or "an" the stem puts before its blank (true when there is none). */
    static boolean fitsArticle(String stem, String option) {
        var m = ARTICLE_BLANK.matcher(stem);
        return !m.find() || takesAn(option) == m.group(1).equalsIgnoreCase("an");
    }

    /** Whether "an" rather than "a" goes before this word, by how it is spoken, not spelt. */
    static boolean takesAn(String option) {
        String w = option.strip();
        if (w.isEmpty()) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return lower.startsWith("8") || lower.startsWith("11") || lower.startsWith("18");
        }
        String first = words(w).isEmpty() ? w : words(w).get(0);
        if (isAcronym(first) || (first.length() == 1 && Character.isUpperCase(first.charAt(0)))
                || (first.length() > 1 && Character.isUpperCase(first.charAt(0)) && first.charAt(1) == '-')) {
            return "AEFHILMNORSX".indexOf(first.charAt(0)) >= 0; // letter names: "an S-400", "a U-boat"
        }
        if (lower.startsWith("hour") || lower.startsWith("honest") || lower.startsWith("honour")
                || lower.startsWith("heir")) {
            return true;
        }
        if (lower.startsWith("uni") || lower.startsWith("use") || lower.startsWith("usu") || lower.startsWith("eu")
                || lower.startsWith("one") || lower.startsWith("ur")) {
            return false;
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0;
    }
}
