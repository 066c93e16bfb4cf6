package org.lectern.attempt;

/** How much of a course's assigned lessons a student has done (a submitted quiz counts a lesson as done). */
public record CourseProgress(long courseId, String courseTitle, int done, int assigned) {

    public double fraction() {
        return assigned == 0 ? 0 : (double) done / assigned;
    }
}
