package org.lectern.assignment.domain;

/** A lesson to assign, as the course module describes it; titles are kept for lists that show many lessons. */
public record LessonRef(long courseId, long lessonId, String courseTitle, String lessonTitle) {
}
