package org.lectern.content.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds abbreviations defined in the text as "Full Name (ABBR)", where the name's initials spell the letters. */
final class Acronyms {

    private static final Pattern DEFINITION = Pattern.compile(
            "((?:[A-Z][\\p{L}-]*\\s+(?:(?:of|for|and|on|the)\\s+)?){1,8})\\(([A-Z]{2,8})\\)");

    private static final String NAME = "[A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)*";
    // "BRICS – the dominant economies of Brazil, Russia, India, China, and South Africa"
    private static final Pattern LIST = Pattern.compile("\\b([A-Z]{3,8})\\s*[–—-]\\s*[^,;.]*?\\b(?:of|are|is)\\s+("
            + "(?:" + NAME + ",\\s*)+(?:and\\s+)?" + NAME + ")");

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
            Matcher list = LIST.matcher(s.text());
            while (list.find()) {
                List<String> members = java.util.Arrays.stream(list.group(2).split(",\\s*(?:and\\s+)?|\\s+and\\s+"))
                        .map(String::strip).filter(x -> !x.isEmpty()).toList();
                String firsts = members.stream().map(x -> x.substring(0, 1)).reduce("", String::concat);
                if (firsts.equals(list.group(1))) {
                    out.putIfAbsent(list.group(1), new Acronym(list.group(1), list.group(2), s, members));
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
