package org.lectern.course;

import java.util.List;

/** The few checks that make an edit a question at all; everything else is the lint's advice. */
final class QuestionEdits {

    private QuestionEdits() {
    }

    static QuestionEdit validated(QuestionEdit edit) {
        var stem = edit.stem() == null ? "" : edit.stem().strip();
        if (stem.isEmpty()) {
            throw new IllegalArgumentException("Write the question's stem.");
        }
        List<String> options = edit.options().stream().map(o -> o == null ? "" : o.strip()).toList();
        if (options.size() != 4 || options.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("Fill in all four options.");
        }
        if (edit.correctOption() < 0 || edit.correctOption() >= options.size()) {
            throw new IllegalArgumentException("Choose the correct option.");
        }
        var explanation = edit.explanation() == null ? "" : edit.explanation().strip();
        return new QuestionEdit(stem, options, edit.correctOption(), explanation, edit.paragraph(),
                edit.sentenceStart());
    }
}
