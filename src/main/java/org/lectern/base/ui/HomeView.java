package org.lectern.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.lectern.security.CurrentUser;
import org.lectern.security.Role;

/** The root address sends each signed-in person to their role's start page. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    static final String INSTRUCTOR_HOME = "instructor/courses";
    static final String STUDENT_HOME = "student";

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var role = currentUser.get().map(user -> user.role()).orElse(Role.STUDENT);
        // Spring's saved request adds "?continue" after sign-in; the start page's address should not carry it.
        event.forwardTo(role == Role.INSTRUCTOR ? INSTRUCTOR_HOME : STUDENT_HOME, QueryParameters.empty());
    }
}
