package org.lectern.assignment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Map;
import org.lectern.assignment.AssignmentDetails;

/** An assignment in the list: its title, for whom, when it is due and how many lessons; short enough for a phone. */
class AssignmentCell extends Div {

    AssignmentCell(AssignmentDetails assignment, Map<Long, String> classNames, ZoneId zone) {
        addClassName("cls-cell");
        var title = new Span(assignment.title());
        title.addClassName("cls-name");
        var recipients = assignment.recipients();
        var chosen = recipients.studentIds().size();
        var forWhom = new Span("For " + (recipients.classId().isPresent()
                ? classNames.getOrDefault(recipients.classId().getAsLong(), "a class")
                : chosen + " chosen student" + (chosen == 1 ? "" : "s")));
        var lessons = assignment.lessons().size();
        var due = new Span("Due " + Labels.when(assignment.rules().dueAt(), zone) + " · " + lessons + " lesson"
                + (lessons == 1 ? "" : "s"));
        forWhom.addClassName("cls-muted");
        due.addClassName("cls-muted");
        add(title, forWhom, due);
    }
}
