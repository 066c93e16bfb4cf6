package org.lectern.attempt;

import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.lectern.assignment.CountedAttempt;

/**
 * One assigned lesson on a student's start page.
 *
 * @param attemptsLeft  empty when attempts are unlimited
 * @param score         the counting score in percent, by the assignment's rule; empty before a submitted attempt
 * @param openAttemptId the attempt in progress, to continue
 * @param canStartQuiz  a new attempt may start now (open, not due, attempts left, read when reading is required)
 */
public record LessonCard(long assignmentId, long assignedLessonId, String assignmentTitle, long courseId,
                         String courseTitle, long lessonId, String lessonTitle, Instant opensAt, Instant dueAt,
                         LessonStatus status, int attemptsUsed, OptionalInt attemptsLeft, CountedAttempt countedAttempt,
                         OptionalDouble score, OptionalLong openAttemptId, boolean requiresReading, boolean read,
                         boolean canStartQuiz) {

    public boolean overdue(Instant now) {
        return !now.isBefore(dueAt) && status != LessonStatus.DONE;
    }
}
