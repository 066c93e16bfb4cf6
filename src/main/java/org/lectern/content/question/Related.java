package org.lectern.content.question;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two phrases name the same or overlapping things: same words, one inside the other, a shared content word,
 * a demonym (Russia/Russian), an alias or an abbreviation. Used both to keep distractors apart from the answer and by
 * the lint to see whether a stem gives its answer away.
 */
final class Related {

    private Related() {
    }

    static boolean related(String a, String b, Lexicon lexicon) {
        String na = Text.normalise(a);
        String nb = Text.normalise(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.equals(nb) || (" " + na + " ").contains(" " + nb + " ") || (" " + nb + " ").contains(" " + na + " ")) {
            return true;
        }
        if (shareWord(Text.contentWords(a), Text.contentWords(b))) {
            return true;
        }
        if (Text.isAcronym(a.strip()) && Acronyms.sameLetters(Text.initials(b), a.strip().replace(".", ""))
                || Text.isAcronym(b.strip()) && Acronyms.sameLetters(Text.initials(a), b.strip().replace(".", ""))) {
            return true;
        }
        return aliasOf(a, b, lexicon) || aliasOf(b, a, lexicon);
    }

    /** Shared content word, counting word forms with a long common stem as shared (Russia, Russian; China, Chinese). */
    static boolean shareWord(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y) || sameStem(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean sameStem(String x, String y) {
        int common = 0;
        int max = Math.min(x.length(), y.length());
        while (common < max && x.charAt(common) == y.charAt(common)) {
            common++;
        }
        return common >= 4 && common >= max - 2;
    }

    private static boolean aliasOf(String a, String b, Lexicon lexicon) {
        Set<String> aliases = lexicon.aliases(a.strip());
        String nb = Text.normalise(b);
        for (String alias : aliases) {
            String n = Text.normalise(alias.toLowerCase(Locale.ROOT));
            if (n.equals(nb) || (" " + nb + " ").contains(" " + n + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether any word of the text relates to the phrase (the text is a stem, the phrase an option). */
    static boolean mentions(String text, String phrase, Lexicon lexicon) {
        if (related(text, phrase, lexicon)) {
            return true;
        }
        for (String w : Text.words(text)) {
            if (Character.isUpperCase(w.charAt(0)) && w.length() > 2 && aliasOf(w, phrase, lexicon)) {
                return true;
            }
        }
        return false;
    }
}
