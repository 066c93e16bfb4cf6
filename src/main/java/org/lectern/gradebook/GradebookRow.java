package org.lectern.gradebook;

import java.util.List;
import java.util.Map;

/**
 * A student's row.
 *
 * @param classes the names of the instructor's classes the student is in
 * @param cells   by assigned lesson id; a lesson not given to the student has no entry
 */
public record GradebookRow(long studentId, String name, String username, List<String> classes,
                           Map<Long, GradebookCell> cells) {

    public GradebookRow {
        classes = List.copyOf(classes);
        cells = Map.copyOf(cells);
    }

    public GradebookCell cell(long assignedLessonId) {
        return cells.getOrDefault(assignedLessonId, GradebookCell.NOT_ASSIGNED);
    }
}
