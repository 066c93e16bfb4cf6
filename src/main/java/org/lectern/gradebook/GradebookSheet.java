package org.lectern.gradebook;

import java.util.List;

/**
 * The gradebook as read at one moment: students against assigned lessons, narrowed by a filter, with the choices
 * the filters offer.
 *
 * @param anyAssignment whether the instructor has assigned anything at all, whatever the filter
 * @param anyAttempt    whether any student has started an attempt at what is shown
 */
public record GradebookSheet(List<FilterChoice> classes, List<FilterChoice> courses, GradebookFilter filter,
                             boolean anyAssignment, boolean anyAttempt, List<GradebookColumn> columns,
                             List<GradebookRow> rows) {

    public GradebookSheet {
        classes = List.copyOf(classes);
        courses = List.copyOf(courses);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean anyClass() {
        return !classes.isEmpty();
    }
}
