package org.lectern.attempt;

/**
 * One attempt opened for review by its instructor, among the student's other attempts at the same lesson.
 *
 * @param lesson  all the student's attempts at the lesson, answers only for {@code shown}
 * @param shown   the attempt under review, with its answers
 */
public record AttemptReview(LessonAttempts lesson, AttemptRecord shown) {
}
