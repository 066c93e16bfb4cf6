package org.lectern.attempt;

import java.time.Instant;

/**
 * A practice answer's feedback and where the question went on the schedule.
 *
 * @param box      the box it is now in (1–3); {@code mastered} once a right answer left the last box
 * @param nextDue  when it comes back, unless mastered
 */
public record PracticeOutcome(boolean correct, int correctOption, String explanation, String sourceSentence, int box,
                              boolean mastered, Instant nextDue) {
}
