package org.lectern.gradebook;

import java.util.Objects;
import java.util.OptionalLong;

/** What the gradebook is narrowed to: one class's students, one course's lessons, or everything. */
public record GradebookFilter(OptionalLong classId, OptionalLong courseId) {

    public GradebookFilter {
        classId = Objects.requireNonNullElse(classId, OptionalLong.empty());
        courseId = Objects.requireNonNullElse(courseId, OptionalLong.empty());
    }

    public static GradebookFilter all() {
        return new GradebookFilter(OptionalLong.empty(), OptionalLong.empty());
    }
}
