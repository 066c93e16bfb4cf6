package org.lectern.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.base.ui.Page;
import org.lectern.classroom.ClassSummary;
import org.lectern.classroom.Classes;
import org.lectern.classroom.Enrolment;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;

/** A student already signed up joins another class with its code; the classes they are in are listed below. */
@Route("student/join")
@PageTitle("Join a class · Lectern")
@RolesAllowed(AppRoles.STUDENT)
public class JoinClassView extends Page {

    private final Enrolment enrolment;
    private final Classes classes;
    private final long studentId;
    private final JoinCodeField code = new JoinCodeField();
    private final Div joined = new Div();
    private final UnorderedList mine = new UnorderedList();
    private final Paragraph none = new Paragraph("You are not in any class yet.");

    JoinClassView(Enrolment enrolment, Classes classes, CurrentUser currentUser) {
        super("Join a class", "Enter the code your instructor gave you to join another class.");
        this.enrolment = enrolment;
        this.classes = classes;
        this.studentId = currentUser.require().accountId();

        var join = new Button("Join class", click -> join());
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        var row = new Div(code, join);
        row.addClassName("signup-join-row");
        joined.addClassName("signup-joined");
        joined.getElement().setAttribute("role", "status");
        joined.setVisible(false);
        mine.addClassName("signup-classes");
        none.addClassName("signup-muted");
        var heading = new H2("Your classes");
        heading.addClassName("signup-classes-heading");
        add(row, joined, heading, mine, none, new Anchor("student", "Back to my lessons"));
        refresh();
    }

    private void join() {
        code.setInvalid(false);
        joined.setVisible(false);
        try {
            var room = enrolment.joinAnother(code.getValue(), studentId);
            code.clear();
            var message = new Span("You joined " + room.name() + ".");
            message.addClassName("signup-joined-text");
            joined.removeAll();
            joined.add(message, new Anchor("student", "Go to my lessons"));
            joined.setVisible(true);
            refresh();
        } catch (IllegalArgumentException refused) {
            code.setErrorMessage(refused.getMessage());
            code.setInvalid(true);
        }
    }

    private void refresh() {
        var classesOf = classes.classesOf(studentId);
        mine.removeAll();
        classesOf.stream().map(ClassSummary::name).map(ListItem::new).forEach(mine::add);
        mine.setVisible(!classesOf.isEmpty());
        none.setVisible(classesOf.isEmpty());
    }
}
