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
 */
public record GeneratedQuestion(String id, QuestionKind kind, String stem, List<String> options, int answer,
                                SourceSentence source, String explanation, List<Integer> citations) {

    public GeneratedQuestion {
        options = List.copyOf(options);
        citations = List.copyOf(citations);
    }

    /** The text of the correct option. */
    public String correctOption() {
        return options.get(answer);
    }
}
