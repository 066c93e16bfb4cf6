package org.lectern.course.export;

import java.util.List;

/**
 * What an export holds: a course's (or one lesson's) approved questions, lesson by lesson.
 *
 * @param name a name for the whole set, unique enough for a package identifier: "course-12" or "lesson-40"
 */
public record ExportSet(String name, String courseTitle, int courseVersion, List<ExportLesson> lessons) {

    public ExportSet {
        lessons = List.copyOf(lessons);
    }

    public int questionCount() {
        return lessons.stream().mapToInt(l -> l.questions().size()).sum();
    }
}
