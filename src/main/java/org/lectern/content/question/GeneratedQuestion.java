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
 * @param quality     the generator's score for the question (see {@code Quality}); 0 for a question it did not
 *                    write, such as one an instructor edited
 * @param reasons     why it scored so: what counted for and against it
 */
public record GeneratedQuestion(String id, QuestionKind kind, String stem, List<String> options, int answer,
                                SourceSentence source, String explanation, List<Integer> citations, double quality,
                                List<String> reasons) {

    public GeneratedQuestion {
        options = List.copyOf(options);
        citations = List.copyOf(citations);
        reasons = List.copyOf(reasons);
    }

    /** A question with no score of the generator's, such as one stored or edited by hand. */
    public GeneratedQuestion(String id, QuestionKind kind, String stem, List<String> options, int answer,
                             SourceSentence source, String explanation, List<Integer> citations) {
        this(id, kind, stem, options, answer, source, explanation, citations, 0, List.of());
    }

    /** The text of the correct option. */
    public String correctOption() {
        return options.get(answer);
    }
}
