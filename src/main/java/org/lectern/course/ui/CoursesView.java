package org.lectern.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lectern.base.ui.Page;
import org.lectern.course.CourseSummary;
import org.lectern.course.Courses;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;

/** The instructor's courses, each built from an imported article. */
@Route("instructor/courses")
@PageTitle("Courses · Lectern")
@Menu(title = "Courses", order = 10, icon = "vaadin:book")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class CoursesView extends Page {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    public CoursesView(Courses courses, CurrentUser currentUser) {
        super("Courses", "Your courses and their lessons, built from the articles you import.");
        var importButton = new Button("Import an article", VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("instructor/import")));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClassName("page-action");
        add(importButton);

        var mine = courses.ownedBy(currentUser.require().accountId());
        if (mine.isEmpty()) {
            addEmptyState("No course yet. Import an article to turn it into a course.");
            return;
        }
        var list = new Div();
        list.addClassName("card-list");
        mine.forEach(course -> list.add(card(course)));
        add(list);
    }

    private static Div card(CourseSummary course) {
        var title = new H2(new RouterLink(course.title(), CourseView.class,
                new RouteParameters("courseId", String.valueOf(course.id()))));
        var byline = new Paragraph(course.author().isBlank() ? "Author unknown" : course.author());
        byline.addClassName("card-byline");
        var facts = new Div(fact(course.lessons() + " lessons"),
                fact(course.approvedQuestions() + " of " + course.questions() + " questions approved"),
                fact("version " + course.version()), fact("imported " + DATE.format(course.importedAt())));
        facts.addClassName("card-facts");
        var card = new Div(title, byline, facts);
        card.addClassName("card");
        return card;
    }

    private static Span fact(String text) {
        var span = new Span(text);
        span.addClassName("fact");
        return span;
    }
}
