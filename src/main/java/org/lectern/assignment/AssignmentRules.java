package org.lectern.assignment;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How an assigned lesson's quiz runs. An empty optional means "no limit": unlimited attempts, no time limit, all
 * questions. {@link Assignments} checks the values; the record only keeps them.
 *
 * @param opensAt             from when students may take the quiz
 * @param dueAt               when it is due; after {@code opensAt}
 * @param attemptsAllowed     how many attempts, at least 1; empty for unlimited
 * @param countedAttempt      which attempt makes the score
 * @param timeLimitMinutes    minutes per attempt, at least 1; empty for none
 * @param feedback            when answers are shown as right or wrong
 * @param shuffleQuestions    questions in a different order each attempt
 * @param shuffleOptions      options in a different order each attempt
 * @param questionsPerAttempt a random subset of this many approved questions; empty for all
 * @param requiresReading     the quiz opens only once the student has read the lesson
 */
public record AssignmentRules(Instant opensAt, Instant dueAt, OptionalInt attemptsAllowed,
                              CountedAttempt countedAttempt, OptionalInt timeLimitMinutes, FeedbackTiming feedback,
                              boolean shuffleQuestions, boolean shuffleOptions, OptionalInt questionsPerAttempt,
                              boolean requiresReading) {

    public AssignmentRules {
        attemptsAllowed = Objects.requireNonNullElse(attemptsAllowed, OptionalInt.empty());
        timeLimitMinutes = Objects.requireNonNullElse(timeLimitMinutes, OptionalInt.empty());
        questionsPerAttempt = Objects.requireNonNullElse(questionsPerAttempt, OptionalInt.empty());
        countedAttempt = Objects.requireNonNullElse(countedAttempt, CountedAttempt.HIGHEST);
        feedback = Objects.requireNonNullElse(feedback, FeedbackTiming.AFTER_SUBMISSION);
    }

    /** The settings a new assignment starts from: one attempt, shuffled, all questions, read first. */
    public static AssignmentRules defaults(Instant opensAt, Instant dueAt) {
        return new AssignmentRules(opensAt, dueAt, OptionalInt.of(1), CountedAttempt.HIGHEST, OptionalInt.empty(),
                FeedbackTiming.AFTER_SUBMISSION, true, true, OptionalInt.empty(), true);
    }
}
