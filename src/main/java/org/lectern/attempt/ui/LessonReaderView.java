package org.lectern.attempt.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.attempt.LessonCard;
import org.lectern.attempt.StudentLessons;
import com.vaadin.flow.router.NotFoundException;
import org.lectern.base.ui.Page;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * An assigned lesson set for reading. It counts as read when the student reaches its end (the browser reports it)
 * or presses "Mark as read"; then the quiz opens when the assignment waits for the reading.
 */
@Route("student/lessons/:assignedLessonId")
@PageTitle("Lesson · Lectern")
@RolesAllowed(AppRoles.STUDENT)
public class LessonReaderView extends Page implements BeforeEnterObserver {

    private final StudentLessons lessons;
    private final CurrentUser currentUser;
    private final Div end = new Div();
    private long assignedLessonId;
    private int highlighted = -1;

    public LessonReaderView(StudentLessons lessons, CurrentUser currentUser) {
        this.lessons = lessons;
        this.currentUser = currentUser;
        addClassName("stu-reader-page");
        // A stable id for the load benchmark (src/load), which reports the end reached as the browser does.
        setId("lesson-reader");
        end.addClassName("stu-reader-end");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("assignedLessonId");
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        assignedLessonId = id.get();
        // A paragraph to show, from a feedback link; anything else in the address is ignored.
        highlighted = event.getLocation().getQueryParameters().getSingleParameter("paragraph")
                .filter(p -> p.matches("\\d{1,6}")).map(Integer::parseInt).orElse(-1);
        try {
            show();
        } catch (AccessDeniedException notTheirs) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show() {
        removeAll();
        var page = lessons.open(currentUser.require().accountId(), assignedLessonId);
        var content = page.content();
        var back = new Anchor("student", "‹ My lessons");
        back.addClassName("stu-back");
        var course = new Span(content.courseTitle());
        course.addClassName("stu-course");
        var text = new ReadingText(content, highlighted);
        add(back, course, new H1(content.title()), text, end);
        showEnd(page.card());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Tells the server once the end of the lesson scrolls into view; the page works without it ("Mark as read").
        getElement().executeJs("""
                const view = this, end = this.querySelector('.stu-reader-end');
                if (!end || !('IntersectionObserver' in window)) return;
                const seen = new IntersectionObserver(entries => {
                  if (entries.some(e => e.isIntersecting)) { seen.disconnect(); view.$server.reachedEnd(); }
                });
                seen.observe(end);""");
    }

    @ClientCallable
    void reachedEnd() {
        markRead();
    }

    private void markRead() {
        showEnd(lessons.markRead(currentUser.require().accountId(), assignedLessonId));
    }

    private void showEnd(LessonCard card) {
        end.removeAll();
        if (!card.read()) {
            var mark = new Button("Mark as read", click -> markRead());
            mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            end.add(new Span("You have reached the end of the lesson."), mark);
            return;
        }
        var done = new Span("✓ Read");
        done.addClassName("stu-read-done");
        end.add(done);
        if (card.openAttemptId().isPresent()) {
            end.add(button("Continue the quiz", "student/attempts/" + card.openAttemptId().getAsLong()));
        } else if (card.canStartQuiz()) {
            end.add(button(card.attemptsUsed() == 0 ? "Take the quiz" : "Try the quiz again",
                    "student/lessons/" + assignedLessonId + "/quiz"));
        } else {
            end.add(new Anchor("student", "Back to my lessons"));
        }
    }

    private static Anchor button(String text, String href) {
        var link = new Anchor(href, text);
        link.addClassNames("stu-button", "stu-button-primary");
        return link;
    }
}
