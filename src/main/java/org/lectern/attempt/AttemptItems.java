package org.lectern.attempt;

import java.util.Optional;
import org.lectern.attempt.domain.AttemptItem;

/** Turns stored items into what the student may see; the one place that decides whether a correct option goes out. */
final class AttemptItems {

    private AttemptItems() {
    }

    static QuizItem shown(AttemptItem item, boolean withFeedback) {
        return new QuizItem(item.getPosition(), item.getStem(), item.getOptions(), item.getChosenOption(),
                withFeedback ? Optional.of(feedback(item)) : Optional.empty());
    }

    static ItemFeedback feedback(AttemptItem item) {
        return new ItemFeedback(item.isCorrect(), item.getCorrectOption(), item.getExplanation(),
                item.getSourceSentence(), item.getParagraph());
    }
}
