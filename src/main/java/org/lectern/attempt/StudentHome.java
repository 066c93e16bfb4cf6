package org.lectern.attempt;

import java.util.List;

/** A student's start page: their assigned lessons, progress per course and how many practice questions are due. */
public record StudentHome(List<LessonCard> lessons, List<CourseProgress> courses, int practiceDue) {

    public StudentHome {
        lessons = List.copyOf(lessons);
        courses = List.copyOf(courses);
    }
}
