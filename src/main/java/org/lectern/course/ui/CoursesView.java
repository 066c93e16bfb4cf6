package org.lectern.course.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.base.ui.Page;
import org.lectern.security.AppRoles;

/** Your courses and their lessons, built from the articles you import. */
@Route("instructor/courses")
@PageTitle("Courses · Lectern")
@Menu(title = "Courses", order = 10, icon = "vaadin:book")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class CoursesView extends Page {

    public CoursesView() {
        super("Courses", "Your courses and their lessons, built from the articles you import.");
        addEmptyState("No course yet. Imported articles will appear here as courses.");
    }
}
