package org.lectern.attempt.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.base.ui.Page;
import org.lectern.security.AppRoles;

/** The lessons you have been given, with what is due next. */
@Route("student")
@PageTitle("My lessons · Lectern")
@Menu(title = "My lessons", order = 10, icon = "vaadin:open-book")
@RolesAllowed(AppRoles.STUDENT)
public class MyLessonsView extends Page {

    public MyLessonsView() {
        super("My lessons", "The lessons you have been given, with what is due next.");
        addEmptyState("Nothing assigned yet. When your instructor assigns a lesson, it appears here.");
    }
}
