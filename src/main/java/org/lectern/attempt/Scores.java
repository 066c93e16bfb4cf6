package org.lectern.attempt;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.FeedbackTiming;
import org.lectern.attempt.domain.Attempt;

/** Which score counts, and when feedback is due: the assignment's rules applied to attempts. */
final class Scores {

    private Scores() {
    }

    static double percent(Attempt attempt) {
        return attempt.getMaxScore() == 0 ? 0 : 100.0 * attempt.getScore().orElse(0) / attempt.getMaxScore();
    }

    /** The counting score in percent over the submitted attempts, by the rule; empty when none is submitted. */
    static OptionalDouble counting(List<Attempt> attempts, CountedAttempt rule) {
        return counted(attempts, rule).stream().mapToDouble(Scores::percent).average();
    }

    /**
     * The submitted attempts that make the score under the rule: one for the highest (the earliest of equal best
     * scores), the first or the last, all of them for the average. The counting score is their mean.
     */
    static List<Attempt> counted(List<Attempt> attempts, CountedAttempt rule) {
        var submitted = attempts.stream().filter(Attempt::isSubmitted)
                .sorted(Comparator.comparingInt(Attempt::getNumber)).toList();
        if (submitted.isEmpty()) {
            return List.of();
        }
        return switch (rule) {
            case HIGHEST -> List.of(submitted.stream().max(Comparator.comparingDouble(Scores::percent)).orElseThrow());
            case FIRST -> List.of(submitted.getFirst());
            case LAST -> List.of(submitted.getLast());
            case AVERAGE -> submitted;
        };
    }

    /** Whether a submitted attempt's answers may be shown as right or wrong at {@code now}. */
    static boolean feedbackAfterSubmission(AssignmentRules rules, Instant now) {
        return rules.feedback() != FeedbackTiming.AFTER_DUE_DATE || !now.isBefore(rules.dueAt());
    }

    /** When answers stop being taken: the time limit or the due date, whichever is first. */
    static Instant deadline(Attempt attempt, AssignmentRules rules) {
        return attempt.getDeadlineAt().filter(d -> d.isBefore(rules.dueAt())).orElse(rules.dueAt());
    }

    static Optional<Instant> feedbackFrom(AssignmentRules rules, Instant now) {
        return feedbackAfterSubmission(rules, now) ? Optional.empty() : Optional.of(rules.dueAt());
    }
}
