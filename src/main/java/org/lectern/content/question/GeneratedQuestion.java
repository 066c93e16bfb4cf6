package org.lectern.content.question;

import java.util.List;

/**
 * One multiple-choice question.
 *
 * @param id          stable across re-imports: a hash of generator version, kind, source sentence and answer
 * @param kind        how the question was formed
 * @param stem        the question as shown to the learner
 * @param options     four options in display order
 * @param answer      index of the correct option in {@code options}
 * @param source      the sentence the correct option comes from
 * @param explanation shown after answering; quotes the source sentence
 * @param citations   endnote numbers cited by the source sentence
 * @param quality     the generator's confidence that a teacher would use the question as it is, 0 to 100; 0 for a
 *                    question written or edited by hand, which the generator did not judge
 * @param reasons     why the generator scored it so, short phrases an instructor reads beside the question, strengths
 *                    first ("a main actor of the article", "wrong options: other cities the article names") then
 *                    doubts ("long stem")
 */
public record GeneratedQuestion(String id, QuestionKind kind, String stem, List<String> options, int answer,
                                SourceSentence source, String explanation, List<Integer> citations, int quality,
                                List<String> reasons) {

    public GeneratedQuestion {
        options = List.copyOf(options);
        citations = List.copyOf(citations);
        reasons = List.copyOf(reasons);
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality must be 0..100: " + quality);
        }
    }

    /** A question the generator did not judge: one written or edited by hand, checked by the lint only. */
    public GeneratedQuestion(String id, QuestionKind kind, String stem, List<String> options, int answer,
                             SourceSentence source, String explanation, List<Integer> citations) {
        this(id, kind, stem, options, answer, source, explanation, citations, 0, List.of());
    }

    /** The text of the correct option. */
    public String correctOption() {
        return options.get(answer);
    }
}
