package org.lectern.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One attempt as the records keep it.
 *
 * @param submittedAt empty while the attempt is in progress
 * @param endedBy     who or what ended it; empty while in progress
 * @param score       right answers; empty while in progress
 * @param percent     the score in percent; empty while in progress
 * @param counts      whether this attempt makes the lesson's score under the assignment's rule (every submitted
 *                    attempt does when the rule is the average)
 * @param answers     the questions with the answers given; empty where the caller asked for scores only
 */
public record AttemptRecord(long id, long studentId, long assignedLessonId, int number, Instant startedAt,
                            Optional<Instant> submittedAt, Optional<EndedBy> endedBy, OptionalInt score, int maxScore,
                            OptionalDouble percent, boolean counts, List<AnswerRecord> answers) {

    public AttemptRecord {
        answers = List.copyOf(answers);
    }

    public boolean submitted() {
        return submittedAt.isPresent();
    }

    public Optional<Duration> timeTaken() {
        return submittedAt.map(end -> Duration.between(startedAt, end));
    }
}
