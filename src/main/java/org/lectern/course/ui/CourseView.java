package org.lectern.course.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.base.ui.Page;
import org.lectern.base.ui.PageHeader;
import org.lectern.course.CourseOutline;
import org.lectern.course.Courses;
import org.lectern.course.LessonSummary;
import org.lectern.course.QuestionExports;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/** One course: its summary and its lessons, each with how far its questions are reviewed. */
@Route("instructor/courses/:courseId")
@PageTitle("Course · Lectern")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class CourseView extends Page implements BeforeEnterObserver {

    private final Courses courses;
    private final QuestionExports exports;
    private final CurrentUser currentUser;

    public CourseView(Courses courses, QuestionExports exports, CurrentUser currentUser) {
        this.courses = courses;
        this.exports = exports;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("courseId");
        try {
            var instructorId = currentUser.require().accountId();
            show(courses.outline(id.orElseThrow(() -> new AccessDeniedException("no id")), instructorId),
                    instructorId);
        } catch (AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(CourseOutline course, long instructorId) {
        removeAll();
        add(new Breadcrumb(new RouterLink("Courses", CoursesView.class)));
        add(new PageHeader(course.title(),
                (course.author().isBlank() ? "" : "By " + course.author() + " · ") + "version " + course.version()));
        if (!course.summary().isBlank()) {
            var summary = new Paragraph(course.summary());
            summary.addClassName("course-summary");
            add(summary);
        }
        var approved = course.lessons().stream().mapToInt(LessonSummary::approvedQuestions).sum();
        add(new ExportLinks("the course's approved questions", approved,
                format -> exports.course(course.id(), format, instructorId)));
        var list = new Div();
        list.addClassName("lesson-list");
        course.lessons().forEach(lesson -> list.add(row(lesson)));
        add(list);
    }

    private static Div row(LessonSummary lesson) {
        var number = new Span(String.valueOf(lesson.ordinal() + 1));
        number.addClassName("lesson-number");
        var title = new RouterLink(lesson.title(), LessonReviewView.class,
                new RouteParameters("lessonId", String.valueOf(lesson.id())));
        title.addClassName("lesson-title");
        var progress = new Span(lesson.questions() == 0 ? "no questions"
                : lesson.approvedQuestions() + " of " + lesson.questions() + " approved");
        progress.addClassNames("fact", lesson.questions() > 0 && lesson.approvedQuestions() == lesson.questions()
                ? "fact-done" : "fact-open");
        var row = new Div(number, title, progress);
        row.addClassName("lesson-row");
        return row;
    }
}
