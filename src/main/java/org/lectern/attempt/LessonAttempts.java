package org.lectern.attempt;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lectern.assignment.AssignedLesson;
import org.lectern.assignment.CountedAttempt;

/**
 * One student's attempts at one assigned lesson, oldest first, with the score that counts by the assignment's rule.
 *
 * @param stillAssigned false when the lesson has since been taken out of its assignment; its attempts stay on record
 * @param countingScore in percent; empty until an attempt is submitted
 */
public record LessonAttempts(long studentId, long assignmentId, String assignmentTitle, AssignedLesson lesson,
                             boolean stillAssigned, CountedAttempt countedAttempt, OptionalDouble countingScore,
                             List<AttemptRecord> attempts) {

    public LessonAttempts {
        attempts = List.copyOf(attempts);
    }

    public boolean inProgress() {
        return attempts.stream().anyMatch(a -> !a.submitted());
    }

    public boolean anySubmitted() {
        return attempts.stream().anyMatch(AttemptRecord::submitted);
    }

    /** The best submitted score in percent. */
    public OptionalDouble best() {
        return attempts.stream().map(AttemptRecord::percent).filter(OptionalDouble::isPresent)
                .mapToDouble(OptionalDouble::getAsDouble).max();
    }

    /** The latest submitted score in percent. */
    public OptionalDouble last() {
        return attempts.stream().filter(AttemptRecord::submitted).reduce((a, b) -> b)
                .map(AttemptRecord::percent).orElse(OptionalDouble.empty());
    }

    /** The attempt to open first: the one that counts (the first of them for an average), else the latest. */
    public Optional<AttemptRecord> toReview() {
        return attempts.stream().filter(AttemptRecord::counts).findFirst()
                .or(() -> attempts.stream().reduce((a, b) -> b));
    }
}
