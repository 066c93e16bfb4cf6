package org.lectern.course;

import java.util.List;

/**
 * A question as the question bank shows it, with where its source sentence stands in the lesson.
 *
 * @param paragraph index of the paragraph holding the source sentence
 * @param start     offset of the sentence in that paragraph
 * @param end       offset just past the sentence
 * @param quality   the generator's confidence that a teacher would use the question as it is, 0 to 100; 0 for a
 *                  question written or edited by hand, which the generator did not judge
 * @param reasons   the generator's reasons for that quality, strengths first, then doubts; empty when not judged
 */
public record BankQuestion(String id, String kind, String stem, List<String> options, int correctOption,
                           String explanation, String sourceSentence, List<Integer> citations, QuestionStatus status,
                           int paragraph, int start, int end, int quality, List<String> reasons) {

    public BankQuestion {
        options = List.copyOf(options);
        citations = List.copyOf(citations);
        reasons = List.copyOf(reasons);
    }

    /** Whether the generator judged the question as it stands: not written or edited by hand. */
    public boolean judged() {
        return quality > 0 || !reasons.isEmpty();
    }
}
