package org.lectern.attempt.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.attempt.AttemptResult;
import org.lectern.attempt.QuizAttempts;
import org.lectern.attempt.QuizException;
import org.lectern.base.ui.Dates;
import com.vaadin.flow.router.NotFoundException;
import org.lectern.base.ui.Page;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** A submitted attempt: score, time taken, the score that counts, and a review as far as feedback allows. */
@Route("student/attempts/:attemptId/result")
@PageTitle("Result · Lectern")
@RolesAllowed(AppRoles.STUDENT)
public class ResultView extends Page implements BeforeEnterObserver {

    private final QuizAttempts quizzes;
    private final CurrentUser currentUser;

    public ResultView(QuizAttempts quizzes, CurrentUser currentUser) {
        this.quizzes = quizzes;
        this.currentUser = currentUser;
        addClassName("stu-result-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("attemptId");
        try {
            show(quizzes.result(id.orElseThrow(() -> new AccessDeniedException("no id")),
                    currentUser.require().accountId()));
            // Coming from the last question of a long quiz, the page would otherwise open scrolled down.
            getElement().executeJs("this.scrollIntoView({block: 'start'})");
        } catch (AccessDeniedException | QuizException notThere) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(AttemptResult result) {
        removeAll();
        var back = new Anchor("student", "‹ My lessons");
        back.addClassName("stu-back");
        var course = new Span(result.courseTitle() + " · attempt " + result.number());
        course.addClassName("stu-course");
        var score = new Div(new Span(result.score() + " / " + result.maxScore()),
                new Span(Math.round(result.percent()) + "%"));
        score.addClassName("stu-score");
        var facts = new Div(fact("Time taken", Dates.length(result.timeTaken())), fact("Ended", result.endedBy()),
                fact("Counts for the lesson", counting(result)), fact("Attempts left", result.attemptsLeft().isEmpty()
                        ? "Unlimited" : String.valueOf(result.attemptsLeft().getAsInt())));
        facts.addClassName("stu-result-facts");
        add(back, course, new H1(result.lessonTitle()), score, facts);
        var actions = new Div();
        actions.addClassName("stu-actions");
        if (result.canTryAgain()) {
            var again = new Anchor("student/lessons/" + result.assignedLessonId() + "/quiz", "Try again");
            again.addClassNames("stu-button", "stu-button-primary");
            actions.add(again);
        }
        var reread = new Anchor("student/lessons/" + result.assignedLessonId(), "Reread the lesson");
        reread.addClassName("stu-button");
        actions.add(reread);
        add(actions, new H2("Your answers"));
        result.feedbackFrom().ifPresent(from -> add(note("Which answers were right is shown after the due date, "
                + Dates.when(from, Dates.zone(getUI().orElse(com.vaadin.flow.component.UI.getCurrent()))) + ".")));
        result.items().forEach(item -> add(new ReviewItem(item, result.assignedLessonId())));
    }

    private static String counting(AttemptResult result) {
        var rule = result.countedAttempt().label();
        return result.countingScore().isPresent()
                ? Math.round(result.countingScore().getAsDouble()) + "% (" + rule + ")" : "—";
    }

    private static Div fact(String label, String value) {
        var name = new Span(label);
        name.addClassName("stu-fact-label");
        var box = new Div(name, new Span(value));
        box.addClassName("stu-fact");
        return box;
    }

    private static Paragraph note(String text) {
        var note = new Paragraph(text);
        note.addClassName("stu-message");
        return note;
    }
}
