package org.lectern.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.lectern.assignment.StudentAssignment;
import org.lectern.attempt.domain.Attempt;
import org.lectern.attempt.domain.AttemptItemRepository;
import org.lectern.attempt.domain.AttemptRepository;
import org.lectern.attempt.domain.SubmittedBy;
import org.springframework.stereotype.Component;

/** Builds a submitted attempt's result: its score, the counting score and as much review as feedback allows. */
@Component
class AttemptResults {

    private final AttemptRepository attempts;
    private final AttemptItemRepository items;

    AttemptResults(AttemptRepository attempts, AttemptItemRepository items) {
        this.attempts = attempts;
        this.items = items;
    }

    AttemptResult of(Attempt attempt, StudentAssignment assigned, Instant now) {
        var rules = assigned.rules();
        var all = attempts.findByStudentIdAndAssignedLessonIdOrderByNumber(attempt.getStudentId(),
                attempt.getAssignedLessonId());
        var withFeedback = Scores.feedbackAfterSubmission(rules, now);
        var shown = items.findByAttemptIdOrderByPosition(attempt.getId()).stream()
                .map(item -> AttemptItems.shown(item, withFeedback)).toList();
        var left = rules.attemptsAllowed().isPresent()
                ? OptionalInt.of(Math.max(0, rules.attemptsAllowed().getAsInt() - all.size())) : OptionalInt.empty();
        var open = all.stream().anyMatch(a -> !a.isSubmitted());
        var canTryAgain = !open && (left.isEmpty() || left.getAsInt() > 0)
                && !now.isBefore(rules.opensAt()) && now.isBefore(rules.dueAt());
        var submittedAt = attempt.getSubmittedAt().orElseThrow();
        return new AttemptResult(attempt.getId(), attempt.getAssignedLessonId(), assigned.lesson().courseTitle(),
                assigned.lesson().lessonTitle(), attempt.getNumber(), attempt.getScore().orElse(0),
                attempt.getMaxScore(), Duration.between(attempt.getStartedAt(), submittedAt),
                endedBy(attempt.getSubmittedBy().orElseThrow()), withFeedback, Scores.feedbackFrom(rules, now), shown,
                rules.countedAttempt(), Scores.counting(all, rules.countedAttempt()), left, canTryAgain);
    }

    private static String endedBy(SubmittedBy by) {
        return switch (by) {
            case STUDENT -> "Submitted by you";
            case TIME_LIMIT -> "Submitted when the time limit ran out";
            case DUE_DATE -> "Submitted at the due date";
        };
    }
}
