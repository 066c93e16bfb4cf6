package org.lectern.assignment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lectern.assignment.AssignmentDetails;
import org.lectern.assignment.Assignments;
import org.lectern.base.ui.Page;
import org.lectern.classroom.ClassSummary;
import org.lectern.classroom.Classes;
import org.lectern.course.Courses;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;

/** Lessons you have given your classes, with their due dates. */
@Route("instructor/assignments")
@PageTitle("Assignments · Lectern")
@Menu(title = "Assignments", order = 30, icon = "vaadin:calendar-clock")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class AssignmentsView extends Page {

    private final Assignments assignments;
    private final Courses courses;
    private final Classes classes;
    private final Clock clock;
    private final long instructorId;
    private final Grid<AssignmentDetails> grid = new Grid<>();
    private final Div empty = new Div(new Paragraph("No assignment yet. Assign lessons or a whole course to a "
            + "class or to chosen students."));
    private ZoneId zone = ZoneId.systemDefault();
    private Map<Long, String> classNames = Map.of();

    public AssignmentsView(Assignments assignments, Courses courses, Classes classes, Clock clock,
                           CurrentUser currentUser) {
        super("Assignments", "Lessons you have given your classes, with their due dates.");
        this.assignments = assignments;
        this.courses = courses;
        this.classes = classes;
        this.clock = clock;
        this.instructorId = currentUser.require().accountId();

        var create = new Button("New assignment", new Icon(VaadinIcon.PLUS), click -> openNew());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var toolbar = new Div(create);
        toolbar.addClassName("asg-toolbar");
        grid.addComponentColumn(a -> new AssignmentCell(a, classNames, zone)).setHeader("Assignment").setFlexGrow(1);
        grid.addComponentColumn(this::editButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addClassName("asg-grid");
        empty.addClassName("empty-state");
        add(toolbar, empty, grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        zone = Labels.zone(attachEvent.getUI());
        refresh();
    }

    private void refresh() {
        classNames = classes.ownedBy(instructorId, true).stream()
                .collect(Collectors.toMap(ClassSummary::id, ClassSummary::name));
        var shown = assignments.ownedBy(instructorId);
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
    }

    private AssignmentForm form() {
        return new AssignmentForm(courses, classes, instructorId, zone);
    }

    private void openNew() {
        var form = form();
        var opens = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        form.showDefaults(opens, opens.plus(Duration.ofDays(7)));
        new AssignmentDialog(assignments, instructorId, form, Optional.empty(), this::refresh).open();
    }

    private void openExisting(AssignmentDetails assignment) {
        var current = assignments.get(assignment.id(), instructorId);
        var form = form();
        form.show(current);
        new AssignmentDialog(assignments, instructorId, form, Optional.of(current), this::refresh).open();
    }

    private Component editButton(AssignmentDetails assignment) {
        var edit = new Button("Edit", click -> openExisting(assignment));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + assignment.title());
        return edit;
    }
}
