package org.lectern.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.lectern.assignment.CountedAttempt;

/**
 * A submitted attempt as its result page shows it.
 *
 * @param items           the questions, with feedback only when it is due
 * @param feedbackFrom    when answers will be shown, if not yet (feedback after the due date)
 * @param countingScore   the score that counts for the lesson, in percent, by the assignment's rule
 * @param attemptsLeft    empty when attempts are unlimited
 * @param canTryAgain     a new attempt may start now
 */
public record AttemptResult(long attemptId, long assignedLessonId, String courseTitle, String lessonTitle, int number,
                            int score, int maxScore, Duration timeTaken, String endedBy, boolean feedbackShown,
                            Optional<Instant> feedbackFrom, List<QuizItem> items, CountedAttempt countedAttempt,
                            OptionalDouble countingScore, OptionalInt attemptsLeft, boolean canTryAgain) {

    public AttemptResult {
        items = List.copyOf(items);
    }

    public double percent() {
        return maxScore == 0 ? 0 : 100.0 * score / maxScore;
    }
}
