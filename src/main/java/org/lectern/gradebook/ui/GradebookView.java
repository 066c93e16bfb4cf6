package org.lectern.gradebook.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.base.ui.Page;
import org.lectern.security.AppRoles;

/** How your students are doing, assignment by assignment. */
@Route("instructor/gradebook")
@PageTitle("Gradebook · Lectern")
@Menu(title = "Gradebook", order = 40, icon = "vaadin:table")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class GradebookView extends Page {

    public GradebookView() {
        super("Gradebook", "How your students are doing, assignment by assignment.");
        addEmptyState("No scores yet.");
    }
}
