package org.lectern.course;

import java.util.List;

/**
 * What an instructor writes when editing or adding a question.
 *
 * @param paragraph      for a new question: the paragraph of its source sentence
 * @param sentenceStart  for a new question: where the source sentence starts in that paragraph
 */
public record QuestionEdit(String stem, List<String> options, int correctOption, String explanation, int paragraph,
                           int sentenceStart) {

    public QuestionEdit {
        options = List.copyOf(options);
    }
}
