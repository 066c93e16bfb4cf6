package org.lectern.attempt;

import java.util.List;

/** A missed question due for practice; like a quiz question, it carries no correct option. */
public record PracticeQuestion(String questionId, String lessonTitle, String stem, List<String> options, int box,
                               int dueCount) {

    public PracticeQuestion {
        options = List.copyOf(options);
    }
}
