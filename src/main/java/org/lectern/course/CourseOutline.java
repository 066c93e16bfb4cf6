package org.lectern.course;

import java.util.List;

/** A course with its lessons in order. */
public record CourseOutline(long id, String title, String author, String summary, int version,
                            List<LessonSummary> lessons) {

    public CourseOutline {
        lessons = List.copyOf(lessons);
    }
}
