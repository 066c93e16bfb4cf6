package org.lectern.content.question;

import java.util.List;
import java.util.Locale;

/** Centuries as English writes them: "fourteenth century" or "14th century". */
final class Centuries {

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first");

    private Centuries() {
    }

    /** The century's number, or 0 when the text is no century. */
    static int number(String century) {
        String first = century.strip().split(" ")[0].toLowerCase(Locale.ROOT);
        int word = ORDINALS.indexOf(first);
        if (word >= 0) {
            return word + 1;
        }
        String digits = first.replaceAll("(st|nd|rd|th)$", "");
        return digits.matches("\\d{1,2}") ? Integer.parseInt(digits) : 0;
    }

    static boolean sameStyle(String a, String b) {
        return Character.isDigit(a.strip().charAt(0)) == Character.isDigit(b.strip().charAt(0));
    }

    /** Century {@code n} written in the style of {@code like}, keeping its capital and the word "century". */
    static String write(int n, String like) {
        String rest = like.strip().substring(like.strip().indexOf(' '));
        String head;
        if (Character.isDigit(like.strip().charAt(0))) {
            int t = n % 100;
            String suffix = t >= 11 && t <= 13 ? "th" : switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
            head = n + suffix;
        } else {
            head = n <= ORDINALS.size() ? ORDINALS.get(n - 1) : n + "th";
            if (Character.isUpperCase(like.strip().charAt(0))) {
                head = Text.capitalise(head);
            }
        }
        return head + rest;
    }
}
