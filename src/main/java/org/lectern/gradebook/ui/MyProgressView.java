package org.lectern.gradebook.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.base.ui.Page;
import org.lectern.security.AppRoles;

/** Your scores over time and the questions to practise. */
@Route("student/progress")
@PageTitle("My progress · Lectern")
@Menu(title = "My progress", order = 20, icon = "vaadin:chart-line")
@RolesAllowed(AppRoles.STUDENT)
public class MyProgressView extends Page {

    public MyProgressView() {
        super("My progress", "Your scores over time and the questions to practise.");
        addEmptyState("No scores yet. Finish a quiz to see your progress.");
    }
}
