package org.lectern.attempt.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import org.lectern.attempt.LessonCard;
import org.lectern.attempt.LessonStatus;
import org.lectern.base.ui.Dates;

/** One assigned lesson on the start page: where the student stands and the one button that carries on. */
class LessonCardView extends Div {

    LessonCardView(LessonCard card, Instant now, ZoneId zone) {
        addClassNames("stu-lesson", "stu-status-" + card.status().name().toLowerCase().replace('_', '-'));
        var course = new Span(card.courseTitle());
        course.addClassName("stu-course");
        var title = new H3(card.lessonTitle());
        var status = new Span(statusText(card));
        status.addClassNames("stu-badge", "stu-badge-" + card.status().name().toLowerCase().replace('_', '-'));
        var due = new Span((card.overdue(now) ? "Overdue: was due " : "Due ") + Dates.relative(card.dueAt(), now)
                + " · " + Dates.when(card.dueAt(), zone));
        due.addClassName(card.overdue(now) ? "stu-due-overdue" : "stu-due");
        if (card.status() == LessonStatus.NOT_OPEN) {
            due.setText("Opens " + Dates.relative(card.opensAt(), now) + " · " + Dates.when(card.opensAt(), zone));
        }
        var facts = new Div(status, due, new Span(attempts(card)));
        facts.addClassName("stu-facts");
        add(course, title, facts, actions(card));
    }

    private static String statusText(LessonCard card) {
        if (card.status() == LessonStatus.DONE && card.score().isPresent()) {
            return "Done · " + Math.round(card.score().getAsDouble()) + "%";
        }
        return card.status().label();
    }

    private static String attempts(LessonCard card) {
        if (card.attemptsLeft().isEmpty()) {
            return "Unlimited attempts";
        }
        var left = card.attemptsLeft().getAsInt();
        return left == 0 ? "No attempts left" : left + " attempt" + (left == 1 ? "" : "s") + " left";
    }

    /** The main button continues where the student left off; reading stays one click away. */
    private static Div actions(LessonCard card) {
        var reader = "student/lessons/" + card.assignedLessonId();
        var box = new Div();
        box.addClassName("stu-actions");
        if (card.openAttemptId().isPresent()) {
            box.add(primary("Continue quiz", "student/attempts/" + card.openAttemptId().getAsLong()),
                    secondary("Reread lesson", reader));
        } else if (card.canStartQuiz()) {
            box.add(primary(card.attemptsUsed() == 0 ? "Start quiz" : "Try again", reader + "/quiz"),
                    secondary(card.read() ? "Reread lesson" : "Read lesson", reader));
        } else if (card.status() == LessonStatus.DONE) {
            box.add(primary("See result", reader + "/result"), secondary("Reread lesson", reader));
        } else {
            box.add(primary(card.status() == LessonStatus.READING ? "Continue reading" : "Read lesson", reader));
        }
        return box;
    }

    private static Anchor primary(String text, String href) {
        var link = new Anchor(href, text);
        link.addClassNames("stu-button", "stu-button-primary");
        return link;
    }

    private static Anchor secondary(String text, String href) {
        var link = new Anchor(href, text);
        link.addClassName("stu-button");
        return link;
    }
}
