package org.lectern.assignment;

/** One lesson of an assignment; {@code id} is what a student's attempts will refer to. */
public record AssignedLesson(long id, long courseId, long lessonId, String courseTitle, String lessonTitle) {
}
