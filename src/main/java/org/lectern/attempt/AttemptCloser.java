package org.lectern.attempt;

import java.time.Instant;
import org.lectern.assignment.AssignmentRules;
import org.lectern.attempt.domain.Attempt;
import org.lectern.attempt.domain.AttemptItem;
import org.lectern.attempt.domain.AttemptItemRepository;
import org.lectern.attempt.domain.PracticeCard;
import org.lectern.attempt.domain.PracticeCardRepository;
import org.lectern.attempt.domain.SubmittedBy;
import org.springframework.stereotype.Component;

/**
 * Scores and closes an attempt whose row the caller has locked, and puts its missed questions on the student's
 * practice schedule. Called by the student's submission and by the deadline job alike, so both score the same way.
 */
@Component
class AttemptCloser {

    private final AttemptItemRepository items;
    private final PracticeCardRepository cards;

    AttemptCloser(AttemptItemRepository items, PracticeCardRepository cards) {
        this.items = items;
        this.cards = cards;
    }

    /** Closes the attempt; its missed questions come up for practice from {@code practiceFrom}. */
    /** When a missed question may be practised: once its answer may be shown, so practice never tells it early. */
    static Instant practiceFrom(AssignmentRules rules, Instant at) {
        return Scores.feedbackFrom(rules, at).orElse(at);
    }

    void close(Attempt attempt, Instant at, SubmittedBy by, Instant practiceFrom) {
        var answered = items.findByAttemptIdOrderByPosition(attempt.getId());
        var points = (int) answered.stream().filter(AttemptItem::isCorrect).count();
        attempt.submit(at, by, points);
        answered.stream().filter(item -> !item.isCorrect()).forEach(item -> cards
                .findById(new PracticeCard.Key(attempt.getStudentId(), item.getQuestionId()))
                .ifPresentOrElse(card -> card.missedAgain(practiceFrom),
                        () -> cards.save(new PracticeCard(attempt.getStudentId(), item.getQuestionId(),
                                attempt.getLessonId(), practiceFrom))));
    }
}
