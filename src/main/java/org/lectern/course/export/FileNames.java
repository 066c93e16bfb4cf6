package org.lectern.course.export;

import org.lectern.course.ExportFormat;

/** File names for exports, made from the course title with safe characters only. */
public final class FileNames {

    private FileNames() {
    }

    public static String forCourse(String courseTitle, ExportFormat format) {
        return Text.slug(courseTitle) + format.extension();
    }

    public static String forLesson(String courseTitle, int lessonNumber, ExportFormat format) {
        return Text.slug(courseTitle) + "-lesson-" + lessonNumber + format.extension();
    }
}
