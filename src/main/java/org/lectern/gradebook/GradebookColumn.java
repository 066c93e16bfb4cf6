package org.lectern.gradebook;

import java.time.Instant;
import java.util.OptionalDouble;
import org.lectern.assignment.CountedAttempt;

/**
 * An assigned lesson as a gradebook column, under its assignment.
 *
 * @param average the mean of the counting scores shown in this column; empty when no one has a score
 * @param scored  how many students the average is over
 */
public record GradebookColumn(long assignedLessonId, long assignmentId, String assignmentTitle, long courseId,
                              String courseTitle, String lessonTitle, CountedAttempt countedAttempt, Instant dueAt,
                              OptionalDouble average, int scored) {

    /** "Assignment / Lesson", or the lesson alone when the assignment is named after it. */
    public String title() {
        return assignmentTitle.equals(lessonTitle) ? lessonTitle : assignmentTitle + " / " + lessonTitle;
    }
}
