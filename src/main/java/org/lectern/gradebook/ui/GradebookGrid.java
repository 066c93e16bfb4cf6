package org.lectern.gradebook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lectern.gradebook.GradebookCell;
import org.lectern.gradebook.GradebookColumn;
import org.lectern.gradebook.GradebookRow;
import org.lectern.gradebook.GradebookSheet;
import org.lectern.gradebook.Percent;

/**
 * The gradebook's grid: a frozen student column, then a column per assigned lesson under its assignment, each
 * sortable, with the average in the footer. Columns keep a fixed width so a phone scrolls them sideways.
 */
class GradebookGrid extends Grid<GradebookRow> {

    /** Day and month are enough to tell apart two assignments of the same lesson. */
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    GradebookGrid(GradebookSheet sheet, ZoneId zone) {
        addClassName("gb-grid");
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        var byClass = sheet.filter().classId().isPresent();
        addColumn(GradebookRow::name).setKey("student").setHeader("Student").setFrozen(true)
                .setComparator(Comparator.comparing(GradebookRow::name, String.CASE_INSENSITIVE_ORDER))
                .setWidth("11rem").setFlexGrow(0).setFooter(byClass ? "Class average" : "Average");
        addColumn(row -> String.join(", ", row.classes())).setKey("classes").setHeader("Class")
                .setSortable(true).setWidth("8rem").setFlexGrow(0);
        var lessonColumns = new ArrayList<Column<GradebookRow>>();
        for (var column : sheet.columns()) {
            lessonColumns.add(addComponentColumn(row -> cell(row, column)).setKey(key(column.assignedLessonId()))
                    .setHeader(header(column)).setComparator(byScore(column)).setWidth("10.5rem").setFlexGrow(0)
                    .setFooter(column.average().isPresent() ? Percent.of(column.average().getAsDouble())
                            + " · " + column.scored() + " scored" : "—"));
        }
        groupByAssignment(sheet.columns(), lessonColumns, zone);
        setItems(sheet.rows());
    }

    /** The key of an assigned lesson's column. */
    static String key(long assignedLessonId) {
        return "lesson-" + assignedLessonId;
    }

    private void groupByAssignment(List<GradebookColumn> columns, List<Column<GradebookRow>> grid, ZoneId zone) {
        var top = prependHeaderRow();
        int start = 0;
        while (start < columns.size()) {
            int end = start;
            var assignmentId = columns.get(start).assignmentId();
            while (end + 1 < columns.size() && columns.get(end + 1).assignmentId() == assignmentId) {
                end++;
            }
            var cell = end > start ? top.join(grid.subList(start, end + 1).toArray(Column[]::new))
                    : top.getCell(grid.get(start));
            var first = columns.get(start);
            cell.setText(first.assignmentTitle() + " · due " + DUE.format(first.dueAt().atZone(zone)));
            start = end + 1;
        }
    }

    private static Component header(GradebookColumn column) {
        var title = new Span(column.lessonTitle());
        title.addClassName("gb-lesson");
        var rule = new Span("counts: " + column.countedAttempt().label());
        rule.addClassName("gb-rule");
        var statistics = new Anchor("instructor/gradebook/lessons/" + column.assignedLessonId() + "/statistics",
                "Item statistics");
        statistics.addClassName("gb-stats-link");
        var box = new Div(title, rule, statistics);
        box.addClassName("gb-header");
        box.setTitle(column.courseTitle() + " · " + column.lessonTitle());
        return box;
    }

    private static Component cell(GradebookRow row, GradebookColumn column) {
        var cell = row.cell(column.assignedLessonId());
        if (cell.reviewAttempt().isEmpty()) {
            var status = new Span(cell.text());
            status.addClassNames("gb-cell", "gb-" + cell.status().name().toLowerCase().replace('_', '-'));
            return status;
        }
        var open = new Button(cell.text(), click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(
                AttemptReviewView.class, new RouteParameters("attemptId",
                        String.valueOf(cell.reviewAttempt().getAsLong())))));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        open.addClassNames("gb-cell", "gb-open", "gb-" + cell.status().name().toLowerCase().replace('_', '-'));
        open.setAriaLabel(row.name() + ", " + column.lessonTitle() + ": " + cell.text() + ". " + attempts(cell)
                + ". Open the review.");
        open.setTooltipText(attempts(cell));
        return open;
    }

    private static String attempts(GradebookCell cell) {
        return cell.attempts() == 1 ? "1 attempt" : cell.attempts() + " attempts";
    }

    /** By counting score; a cell without one sorts below every score. */
    private static Comparator<GradebookRow> byScore(GradebookColumn column) {
        return Comparator.comparingDouble(row -> {
            var cell = row.cell(column.assignedLessonId());
            return cell.score().isPresent() ? cell.score().getAsDouble() : -1.0 - cell.status().ordinal();
        });
    }
}
