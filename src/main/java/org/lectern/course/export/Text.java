package org.lectern.course.export;

import java.text.Normalizer;
import java.util.Locale;

/** Small text rules the writers share. */
final class Text {

    private Text() {
    }

    /** Any run of white space, line breaks included, as one space: for formats and places that hold one line. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** Lower-case letters, digits and dashes only, at most 60 characters: safe in any file system and URL. */
    static String slug(String title) {
        var plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "course" : plain;
    }
}
