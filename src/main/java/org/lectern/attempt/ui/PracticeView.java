package org.lectern.attempt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.lectern.attempt.Practice;
import org.lectern.attempt.PracticeQuestion;
import org.lectern.attempt.QuizException;
import org.lectern.base.ui.Dates;
import org.lectern.base.ui.Page;
import org.lectern.base.ui.PageHeader;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** Practice of missed questions, one at a time, on a spaced schedule. Practice never changes a grade. */
@Route("student/practice")
@PageTitle("Practice · Lectern")
@Menu(title = "Practice", order = 15, icon = "vaadin:refresh")
@RolesAllowed(AppRoles.STUDENT)
public class PracticeView extends Page implements BeforeEnterObserver {

    private final Practice practice;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Div body = new Div();

    public PracticeView(Practice practice, CurrentUser currentUser, Clock clock) {
        this.practice = practice;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("stu-practice-page");
        add(new PageHeader("Practice", "Questions you missed come back after 1, 3 and 7 days until you know them. "
                + "Practice never changes your grades."), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next();
    }

    private void next() {
        body.removeAll();
        var studentId = currentUser.require().accountId();
        var question = practice.next(studentId);
        if (question.isEmpty()) {
            body.add(empty(studentId));
            return;
        }
        body.add(card(question.get(), studentId));
    }

    private Div card(PracticeQuestion question, long studentId) {
        var due = new Span(question.dueCount() + " due · box " + question.box() + " of 3 · " + question.lessonTitle());
        due.addClassName("stu-question-number");
        var stem = QuestionPanel.stem(question.stem());
        var options = QuestionPanel.options(question.options());
        var box = new Div(due, stem, options);
        box.addClassNames("stu-question-panel", "stu-practice-card");
        var check = new Button("Check answer");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setEnabled(false);
        options.addValueChangeListener(change -> check.setEnabled(change.getValue() != null));
        check.addClickListener(click -> {
            try {
                var outcome = practice.answer(studentId, question.questionId(), options.getValue());
                options.setReadOnly(true);
                check.setVisible(false);
                var where = outcome.mastered() ? "Mastered: it leaves your practice."
                        : "Back " + Dates.relative(outcome.nextDue(), clock.instant()) + " (box " + outcome.box() + ").";
                var next = new Button("Next question", go -> next());
                next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                box.add(new FeedbackPanel(outcome.correct(), question.options(), outcome.correctOption(),
                        outcome.explanation(), outcome.sourceSentence(), null), new Paragraph(where), next);
                next.focus();
            } catch (AccessDeniedException | QuizException gone) {
                box.add(new Paragraph(gone.getMessage()));
            }
        });
        box.add(check);
        return box;
    }

    private Div empty(long studentId) {
        var box = new Div(new Paragraph("Nothing to practise right now. Questions you miss in a quiz come here."));
        box.addClassName("empty-state");
        var schedule = practice.schedule(studentId);
        if (!schedule.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("stu-schedule");
            schedule.forEach(item -> list.add(new ListItem(item.stem() + " — back "
                    + Dates.relative(item.dueAt(), clock.instant()))));
            box.add(new H2("Coming back"), list);
        }
        return box;
    }
}
