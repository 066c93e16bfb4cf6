package org.lectern.classroom.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.base.ui.Confirm;
import org.lectern.base.ui.Page;
import org.lectern.classroom.ClassSummary;
import org.lectern.classroom.Classes;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;

/** Your classes, their join codes and their students. */
@Route("instructor/classes")
@PageTitle("Classes · Lectern")
@Menu(title = "Classes", order = 20, icon = "vaadin:users")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class ClassesView extends Page {

    private final Classes classes;
    private final long instructorId;
    private final Grid<ClassSummary> grid = new Grid<>();
    private final Checkbox showArchived = new Checkbox("Show archived classes");
    private final Div empty = new Div(new Paragraph("No class yet. Create one and give its join code to your "
            + "students."));

    public ClassesView(Classes classes, CurrentUser currentUser) {
        super("Classes", "Your classes, their join codes and their students.");
        this.classes = classes;
        this.instructorId = currentUser.require().accountId();

        var create = new Button("New class", new Icon(VaadinIcon.PLUS), click -> new ClassNameDialog("New class",
                "", "Create class", name -> classes.create(name, instructorId), created -> {
                    Confirm.done("Class " + created.name() + " created.");
                    refresh();
                    open(created);
                }).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showArchived.addValueChangeListener(change -> refresh());
        var toolbar = new Div(create, showArchived);
        toolbar.addClassName("cls-toolbar");

        grid.addComponentColumn(ClassesView::summaryCell).setHeader("Class").setFlexGrow(1);
        grid.addComponentColumn(this::manageButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addClassName("cls-grid");
        empty.addClassName("empty-state");
        add(toolbar, empty, grid);
        refresh();
    }

    private void refresh() {
        var shown = classes.ownedBy(instructorId, showArchived.getValue());
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
    }

    private void open(ClassSummary summary) {
        new ClassDialog(classes, instructorId, summary, this::refresh).open();
    }

    private Component manageButton(ClassSummary summary) {
        var manage = new Button("Manage", click -> open(summary));
        manage.addThemeVariants(ButtonVariant.LUMO_SMALL);
        manage.setAriaLabel("Manage " + summary.name());
        return manage;
    }

    private static Component summaryCell(ClassSummary summary) {
        var name = new Span(summary.name());
        name.addClassName("cls-name");
        var cell = new Div(name);
        if (summary.archived()) {
            var badge = new Span("Archived");
            badge.addClassName("cls-badge");
            cell.add(badge);
        }
        var students = summary.students() == 1 ? "1 student" : summary.students() + " students";
        var meta = new Span(students + " · code " + summary.joinCode());
        meta.addClassName("cls-muted");
        cell.add(meta);
        cell.addClassName("cls-cell");
        return cell;
    }
}
