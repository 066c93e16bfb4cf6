package org.lectern.attempt.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.attempt.QuizAttempts;
import org.lectern.attempt.QuizException;
import com.vaadin.flow.router.NotFoundException;
import org.lectern.base.ui.Page;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Starts a lesson's quiz, or continues the attempt in progress, and goes to it; "See result" goes to the latest
 * result. When the quiz cannot start the page says why.
 */
@Route("student/lessons/:assignedLessonId/:action(quiz|result)")
@PageTitle("Quiz · Lectern")
@RolesAllowed(AppRoles.STUDENT)
public class QuizStartView extends Page implements BeforeEnterObserver {

    private final QuizAttempts quizzes;
    private final CurrentUser currentUser;

    public QuizStartView(QuizAttempts quizzes, CurrentUser currentUser) {
        super("Quiz", "");
        this.quizzes = quizzes;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var lessonId = event.getRouteParameters().getLong("assignedLessonId");
        if (lessonId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var studentId = currentUser.require().accountId();
        try {
            if ("result".equals(event.getRouteParameters().get("action").orElse(""))) {
                var last = quizzes.lastSubmitted(studentId, lessonId.get());
                if (last.isPresent()) {
                    event.forwardTo(ResultView.class, new RouteParameters("attemptId",
                            String.valueOf(last.getAsLong())));
                    return;
                }
                throw new QuizException("No attempt of this quiz is submitted yet.");
            }
            var attemptId = quizzes.start(studentId, lessonId.get());
            event.forwardTo(QuizView.class, new RouteParameters("attemptId", String.valueOf(attemptId)));
        } catch (AccessDeniedException notTheirs) {
            event.rerouteToError(NotFoundException.class);
        } catch (QuizException cannotStart) {
            var message = new Paragraph(cannotStart.getMessage());
            message.addClassName("stu-message");
            add(message, new Anchor("student/lessons/" + lessonId.get(), "Open the lesson"),
                    new Paragraph(new Anchor("student", "Back to my lessons")));
        }
    }
}
