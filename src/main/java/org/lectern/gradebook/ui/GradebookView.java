package org.lectern.gradebook.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.OptionalLong;
import org.lectern.base.ui.Dates;
import org.lectern.base.ui.Page;
import org.lectern.gradebook.Gradebook;
import org.lectern.gradebook.GradebookExports;
import org.lectern.gradebook.GradebookFilter;
import org.lectern.gradebook.GradebookSheet;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** Students against assigned lessons: status and counting score per cell, read fresh on opening and on Refresh. */
@Route("instructor/gradebook")
@PageTitle("Gradebook · Lectern")
@Menu(title = "Gradebook", order = 40, icon = "vaadin:table")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class GradebookView extends Page {

    private final Gradebook gradebook;
    private final long instructorId;
    private final FilterBox classFilter = new FilterBox("Class", "All classes");
    private final FilterBox courseFilter = new FilterBox("Course", "All courses");
    private final CsvLinks downloads;
    private final Div toolbar = new Div();
    private final Div content = new Div();
    private boolean loading;

    public GradebookView(Gradebook gradebook, GradebookExports exports, CurrentUser currentUser) {
        super("Gradebook", "How your students are doing, assignment by assignment.");
        this.gradebook = gradebook;
        this.instructorId = currentUser.require().accountId();
        this.downloads = new CsvLinks(exports, instructorId);
        addClassName("gb-page");
        var refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> load());
        // A stable id for the load benchmark (src/load), which presses Refresh as an instructor would.
        refresh.setId("gradebook-refresh");
        toolbar.add(classFilter, courseFilter, refresh, downloads);
        toolbar.addClassName("gb-toolbar");
        classFilter.addValueChangeListener(change -> load());
        courseFilter.addValueChangeListener(change -> load());
        add(toolbar, content);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        load();
    }

    private void load() {
        if (loading) {
            return;
        }
        loading = true;
        try {
            show(read());
        } finally {
            loading = false;
        }
    }

    private GradebookSheet read() {
        try {
            return gradebook.sheet(instructorId, new GradebookFilter(classFilter.chosenId(), courseFilter.chosenId()));
        } catch (AccessDeniedException classArchivedMeanwhile) {
            classFilter.clear();
            return gradebook.sheet(instructorId, new GradebookFilter(OptionalLong.empty(), courseFilter.chosenId()));
        }
    }

    private void show(GradebookSheet sheet) {
        classFilter.choices(sheet.classes());
        courseFilter.choices(sheet.courses());
        downloads.show(sheet.filter());
        content.removeAll();
        toolbar.setVisible(sheet.anyAssignment());
        if (!sheet.anyClass() && sheet.rows().isEmpty()) {
            content.add(empty("You have no classes yet. Create a class and give its join code to your students; "
                    + "their scores appear here.", "instructor/classes", "Go to Classes"));
        } else if (!sheet.anyAssignment()) {
            content.add(empty("Nothing assigned yet. Each lesson you assign becomes a column here.",
                    "instructor/assignments", "Go to Assignments"));
        } else if (sheet.rows().isEmpty() || sheet.columns().isEmpty()) {
            content.add(empty(sheet.rows().isEmpty() ? "No students in this class yet."
                    : sheet.filter().courseId().isPresent()
                    ? "None of these students has a lesson of this course assigned."
                    : "Nothing is assigned to these students yet.", null, null));
        } else {
            if (!sheet.anyAttempt()) {
                var none = new Paragraph("No attempts yet: cells fill in as students take their quizzes.");
                none.addClassName("gb-note");
                content.add(none);
            }
            content.add(new GradebookGrid(sheet, Dates.zone(UI.getCurrent())));
        }
    }

    private static Component empty(String message, String link, String linkText) {
        var box = new Div(new Paragraph(message));
        if (link != null) {
            box.add(new Anchor(link, linkText));
        }
        box.addClassName("empty-state");
        return box;
    }
}
