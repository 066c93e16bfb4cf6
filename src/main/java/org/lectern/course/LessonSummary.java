package org.lectern.course;

/** A lesson of a course with how many of its questions are ready for students. */
public record LessonSummary(long id, long courseId, int ordinal, String title, int questions, int approvedQuestions) {
}
