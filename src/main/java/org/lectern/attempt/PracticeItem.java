package org.lectern.attempt;

import java.time.Instant;

/** A question on a student's practice schedule, for lists. */
public record PracticeItem(String questionId, String lessonTitle, String stem, int box, Instant dueAt) {
}
