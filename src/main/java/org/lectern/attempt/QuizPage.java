package org.lectern.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lectern.assignment.FeedbackTiming;

/**
 * An attempt in progress as the quiz page shows it.
 *
 * @param deadline when answers stop being taken: the time limit or the due date, whichever comes first; empty for
 *                 an untimed quiz
 * @param timed    whether the assignment sets a time limit (a countdown is shown)
 */
public record QuizPage(long attemptId, long assignedLessonId, String courseTitle, String lessonTitle, int number,
                       FeedbackTiming feedback, boolean timed, Optional<Instant> deadline, boolean submitted,
                       List<QuizItem> items) {

    public QuizPage {
        items = List.copyOf(items);
    }

    public long answeredCount() {
        return items.stream().filter(QuizItem::answered).count();
    }
}
