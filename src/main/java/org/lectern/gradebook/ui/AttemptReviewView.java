package org.lectern.gradebook.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.lectern.attempt.AttemptRecord;
import org.lectern.attempt.EndedBy;
import org.lectern.attempt.LessonAttempts;
import org.lectern.base.ui.Dates;
import org.lectern.base.ui.Page;
import org.lectern.gradebook.Gradebook;
import org.lectern.gradebook.Percent;
import org.lectern.gradebook.ReviewPage;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * One attempt for its instructor: every question with the answer chosen, the correct option and when it was
 * answered, beside the student's other attempts at the lesson and which of them count.
 */
@Route("instructor/gradebook/attempts/:attemptId")
@PageTitle("Attempt review · Lectern")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class AttemptReviewView extends Page implements BeforeEnterObserver {

    private final Gradebook gradebook;
    private final CurrentUser currentUser;

    public AttemptReviewView(Gradebook gradebook, CurrentUser currentUser) {
        this.gradebook = gradebook;
        this.currentUser = currentUser;
        addClassName("gb-review-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = event.getRouteParameters().getLong("attemptId")
                    .orElseThrow(() -> new AccessDeniedException("no id"));
            show(gradebook.review(id, currentUser.require().accountId()), Dates.zone(event.getUI()));
        } catch (AccessDeniedException notTheirs) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(ReviewPage page, ZoneId zone) {
        removeAll();
        var lesson = page.review().lesson();
        var shown = page.review().shown();
        var back = new Anchor("instructor/gradebook", "‹ Gradebook");
        back.addClassName("gb-back");
        var assigned = lesson.lesson();
        // A whole course assigned is named after the course, a single lesson after the lesson, some lessons as
        // "4 lessons of <course>": say each name once.
        var title = lesson.assignmentTitle();
        var course = assigned.courseTitle();
        var named = title.equals(assigned.lessonTitle()) || title.equals(course);
        var where = new Paragraph(named ? course + " · " + assigned.lessonTitle()
                : title.contains(course) ? title + " · " + assigned.lessonTitle()
                : title + " · " + course + " · " + assigned.lessonTitle());
        where.addClassName("gb-where");
        add(back, new H1(page.studentName() + ", attempt " + shown.number()), where);
        add(new H2("Attempts"), new AttemptList(lesson, shown.id(), zone), counting(lesson));
        add(facts(shown, zone), new H2("Answers"));
        shown.answers().forEach(answer -> add(new ReviewedAnswer(answer, shown.startedAt())));
        if (shown.answers().isEmpty()) {
            add(new Paragraph("This attempt has no questions."));
        }
    }

    private static Paragraph counting(LessonAttempts lesson) {
        var rule = "Counts: the " + lesson.countedAttempt().label();
        var note = new Paragraph(lesson.countingScore().isPresent()
                ? rule + ", " + Percent.of(lesson.countingScore().getAsDouble()) + "."
                : rule + "; nothing is submitted yet.");
        note.addClassName("gb-counting");
        return note;
    }

    private static Div facts(AttemptRecord attempt, ZoneId zone) {
        var box = new Div(fact("Started", Dates.when(attempt.startedAt(), zone)),
                fact("Submitted", attempt.submittedAt().map(at -> Dates.when(at, zone)).orElse("In progress")),
                fact("Ended by", attempt.endedBy().map(EndedBy::label).orElse("—")),
                fact("Score", attempt.score().isPresent() ? attempt.score().getAsInt() + " / " + attempt.maxScore()
                        + " (" + Percent.of(attempt.percent().orElse(0)) + ")" : "—"),
                fact("Time taken", attempt.timeTaken().map(Dates::length).orElse("—")));
        box.addClassName("gb-facts");
        return box;
    }

    private static Div fact(String label, String value) {
        var name = new Span(label);
        name.addClassName("gb-fact-label");
        var box = new Div(name, new Span(value));
        box.addClassName("gb-fact");
        return box;
    }
}
