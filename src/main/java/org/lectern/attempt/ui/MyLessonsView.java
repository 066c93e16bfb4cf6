package org.lectern.attempt.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.lectern.attempt.CourseProgress;
import org.lectern.attempt.StudentHome;
import org.lectern.attempt.StudentLessons;
import org.lectern.base.ui.Dates;
import org.lectern.base.ui.Page;
import org.lectern.base.ui.PageHeader;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;

/** The student's start page: what is assigned, what is due, how far each course has come, and practice due. */
@Route("student")
@PageTitle("My lessons · Lectern")
@Menu(title = "My lessons", order = 10, icon = "vaadin:open-book")
@RolesAllowed(AppRoles.STUDENT)
public class MyLessonsView extends Page implements BeforeEnterObserver {

    private final StudentLessons lessons;
    private final CurrentUser currentUser;
    private final Clock clock;

    public MyLessonsView(StudentLessons lessons, CurrentUser currentUser, Clock clock) {
        this.lessons = lessons;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("student-home");
    }

    /** Reads fresh data on every visit, also when the student is already on this page. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var home = lessons.home(currentUser.require().accountId());
        add(new PageHeader("My lessons", "The lessons you have been given, with what is due next."));
        add(shortcuts(home));
        if (home.lessons().isEmpty()) {
            addEmptyState("Nothing assigned yet. When your instructor assigns a lesson, it appears here. "
                    + "Have a class code? Join the class with it.");
            return;
        }
        home.courses().forEach(course -> add(progress(course)));
        var list = new Div();
        list.addClassName("stu-lesson-list");
        var zone = Dates.zone(event.getUI());
        home.lessons().forEach(card -> list.add(new LessonCardView(card, clock.instant(), zone)));
        add(new H2("Assigned lessons"), list);
    }

    private static Div shortcuts(StudentHome home) {
        var bar = new Div();
        bar.addClassName("stu-shortcuts");
        if (home.practiceDue() > 0) {
            var practice = new Anchor("student/practice", "Practise " + home.practiceDue() + " missed question"
                    + (home.practiceDue() == 1 ? "" : "s") + " now");
            practice.addClassNames("stu-practice-due");
            bar.add(practice);
        } else {
            var none = new Span("No practice due");
            none.addClassName("stu-practice-none");
            bar.add(none);
        }
        var join = new Anchor("student/join", "Join a class with a code");
        join.addClassName("stu-join");
        bar.add(join);
        return bar;
    }

    private static Div progress(CourseProgress course) {
        var bar = new ProgressBar(0, 1, course.fraction());
        bar.getElement().setAttribute("aria-label", course.courseTitle() + ": " + course.done() + " of "
                + course.assigned() + " lessons done");
        var label = new Div(new Span(course.courseTitle()),
                new Span(course.done() + " of " + course.assigned() + " lesson" + (course.assigned() == 1 ? "" : "s")
                        + " done"));
        label.addClassName("stu-progress-label");
        var box = new Div(label, bar);
        box.addClassName("stu-progress");
        return box;
    }
}
