package org.lectern.attempt.ui;

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
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.lectern.attempt.AnswerSaved;
import org.lectern.attempt.QuizAttempts;
import org.lectern.attempt.QuizException;
import org.lectern.attempt.QuizItem;
import org.lectern.attempt.QuizPage;
import org.lectern.base.ui.Confirm;
import org.lectern.base.ui.Dates;
import com.vaadin.flow.router.NotFoundException;
import org.lectern.base.ui.Page;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * A quiz attempt, one question at a time. Each choice is saved on the server at once and the page says so; a timed
 * attempt shows the time left by the server's clock and goes to its result when the time is up.
 */
@Route("student/attempts/:attemptId")
@PageTitle("Quiz · Lectern")
@RolesAllowed(AppRoles.STUDENT)
public class QuizView extends Page implements BeforeEnterObserver {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final QuizAttempts quizzes;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div question = new Div();
    private final Span saved = new Span();
    private long attemptId;
    private long studentId;
    private QuizPage page;
    private List<QuizItem> items;
    private int current;
    private QuestionNav nav;

    public QuizView(QuizAttempts quizzes, CurrentUser currentUser, Clock clock) {
        this.quizzes = quizzes;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("stu-quiz-page");
        saved.addClassName("stu-saved");
        saved.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("attemptId");
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        attemptId = id.get();
        studentId = currentUser.require().accountId();
        try {
            page = quizzes.page(attemptId, studentId);
        } catch (AccessDeniedException notTheirs) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (page.submitted()) {
            event.forwardTo(ResultView.class, new RouteParameters("attemptId", String.valueOf(attemptId)));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        items = new ArrayList<>(page.items());
        var back = new Anchor("student", "‹ My lessons");
        back.addClassName("stu-back");
        var course = new Span(page.courseTitle() + " · attempt " + page.number());
        course.addClassName("stu-course");
        var top = new Div(back, course, new H1(page.lessonTitle()));
        top.addClassName("stu-quiz-top");
        page.deadline().ifPresent(deadline -> top.add(new Countdown(deadline, clock, this::submit)));
        nav = new QuestionNav(items.size(), this::go);
        question.addClassName("stu-question");
        var previous = new Button("Previous", click -> go(current - 1));
        var next = new Button("Next", click -> go(current + 1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Stable ids for the load benchmark (src/load), which clicks these by the node the server gives them.
        next.setId("quiz-next");
        var submit = new Button("Submit quiz", click -> confirmSubmit());
        submit.addClassName("stu-submit");
        submit.setId("quiz-submit");
        var buttons = new Div(previous, next, submit);
        buttons.addClassName("stu-quiz-buttons");
        add(top, nav, question, saved, buttons);
        current = items.stream().filter(i -> !i.answered()).findFirst().map(QuizItem::position).orElse(0);
        go(current);
    }

    private void go(int position) {
        if (position < 0 || position >= items.size()) {
            return;
        }
        current = position;
        question.removeAll();
        question.add(new QuestionPanel(items.get(position), items.size(), lessonLink(items.get(position)),
                option -> save(position, option)));
        nav.show(items, current);
        // On a phone "Next" sits below the options: bring the new question's top back into view.
        question.getElement().executeJs("if (this.getBoundingClientRect().top < 0) this.scrollIntoView({block: 'start'})");
    }

    private void save(int position, int option) {
        try {
            AnswerSaved answer = quizzes.answer(attemptId, studentId, position, option);
            var item = items.get(position);
            items.set(position, new QuizItem(position, item.stem(), item.options(),
                    OptionalInt.of(answer.chosen()), answer.feedback()));
            saved.setText("✓ Answer saved at " + SAVED_AT.format(answer.savedAt().atZone(Dates.zone(getUI()
                    .orElseThrow()))));
            saved.removeClassName("stu-saved-error");
            if (answer.feedback().isPresent()) {
                go(position);
            } else {
                nav.show(items, current);
            }
        } catch (QuizException refused) {
            saved.setText(refused.getMessage());
            saved.addClassName("stu-saved-error");
            reload();
        }
    }

    private void confirmSubmit() {
        var open = items.stream().filter(i -> !i.answered()).count();
        if (open == 0) {
            submit();
            return;
        }
        Confirm.ask("Submit with " + open + " unanswered?", open + " of " + items.size()
                + " questions have no answer yet. Unanswered questions score nothing.", "Submit quiz", false,
                this::submit).open();
    }

    private void submit() {
        quizzes.submit(attemptId, studentId);
        toResult();
    }

    private void reload() {
        page = quizzes.page(attemptId, studentId);
        if (page.submitted()) {
            toResult();
            return;
        }
        items = new ArrayList<>(page.items());
        go(current);
    }

    private void toResult() {
        getUI().ifPresent(ui -> ui.navigate(ResultView.class, new RouteParameters("attemptId",
                String.valueOf(attemptId))));
    }

    private String lessonLink(QuizItem item) {
        return item.feedback().map(f -> "student/lessons/" + page.assignedLessonId() + "?paragraph="
                + f.paragraph()).orElse(null);
    }
}
