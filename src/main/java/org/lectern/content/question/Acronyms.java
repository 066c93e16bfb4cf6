package org.lectern.content.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds abbreviations defined in the text as "Full Name (ABBR)", where the capitalised words of the name (after
 * dropping leading words, and in any order) have the letters as initials; up to two lower-case function words may
 * stand between the name's words ("Royal Society for the Protection of Birds (RSPB)"). Nothing else defines an abbreviation: a
 * name merely written next to a list of names is no definition.
 */
final class Acronyms {

    private static final Pattern DEFINITION = Pattern.compile(
            "((?:[A-Z][\\p{L}-]*\\s+(?:(?:of|for|and|on|the|in)\\s+){0,2}){1,8})\\(([A-Z]{2,8})\\)");


    private Acronyms() {
    }

    static List<Acronym> find(List<Sentence> sentences) {
        Map<String, Acronym> out = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            Matcher m = DEFINITION.matcher(s.text());
            while (m.find()) {
                String letters = m.group(2);
                String expansion = trimToLetters(m.group(1).strip(), letters);
                if (!expansion.isEmpty()) {
                    out.putIfAbsent(letters, new Acronym(letters, expansion, s));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Drops leading words until the capitals spell the abbreviation (order may differ: writers swap words). */
    private static String trimToLetters(String phrase, String letters) {
        List<String> words = Text.words(phrase);
        for (int i = 0; i < words.size(); i++) {
            String tail = String.join(" ", words.subList(i, words.size()));
            if (sameLetters(Text.initials(tail), letters) && Character.isUpperCase(words.get(i).charAt(0))) {
                int at = phrase.indexOf(words.get(i));
                return phrase.substring(at).strip();
            }
        }
        return "";
    }

    static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        java.util.Arrays.sort(x);
        java.util.Arrays.sort(y);
        return java.util.Arrays.equals(x, y);
    }
}
