package org.lectern.classroom.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.base.ui.Page;
import org.lectern.security.AppRoles;

/** Your classes, their join codes and their students. */
@Route("instructor/classes")
@PageTitle("Classes · Lectern")
@Menu(title = "Classes", order = 20, icon = "vaadin:users")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class ClassesView extends Page {

    public ClassesView() {
        super("Classes", "Your classes, their join codes and their students.");
        addEmptyState("No class yet.");
    }
}
