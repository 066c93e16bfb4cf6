package org.lectern.course;

import java.util.List;

/**
 * A question as the question bank shows it, with where its source sentence stands in the lesson.
 *
 * @param paragraph index of the paragraph holding the source sentence
 * @param start     offset of the sentence in that paragraph
 * @param end       offset just past the sentence
 */
public record BankQuestion(String id, String kind, String stem, List<String> options, int correctOption,
                           String explanation, String sourceSentence, List<Integer> citations, QuestionStatus status,
                           int paragraph, int start, int end) {

    public BankQuestion {
        options = List.copyOf(options);
        citations = List.copyOf(citations);
    }
}
