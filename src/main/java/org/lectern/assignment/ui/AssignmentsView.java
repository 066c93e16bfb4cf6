package org.lectern.assignment.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.base.ui.Page;
import org.lectern.security.AppRoles;

/** Lessons you have given your classes, with their due dates. */
@Route("instructor/assignments")
@PageTitle("Assignments · Lectern")
@Menu(title = "Assignments", order = 30, icon = "vaadin:calendar-clock")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class AssignmentsView extends Page {

    public AssignmentsView() {
        super("Assignments", "Lessons you have given your classes, with their due dates.");
        addEmptyState("No assignment yet.");
    }
}
