package org.lectern.content.question;

import java.util.Arrays;
import java.util.List;

/** Splits a paragraph into sentences with the same OpenNLP model the generator uses. */
public final class Sentences {

    /** A sentence and where it stands in its paragraph. */
    public record Span(int start, int end, String text) {
    }

    private Sentences() {
    }

    public static List<Span> of(String paragraph) {
        return Arrays.stream(new Nlp().sentences(paragraph))
                .map(s -> new Span(s.getStart(), s.getEnd(), paragraph.substring(s.getStart(), s.getEnd())))
                .toList();
    }
}
