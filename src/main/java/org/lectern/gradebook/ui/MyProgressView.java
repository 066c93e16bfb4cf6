package org.lectern.gradebook.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.lectern.attempt.AttemptRecord;
import org.lectern.attempt.AttemptRecords;
import org.lectern.attempt.LessonAttempts;
import org.lectern.attempt.Practice;
import org.lectern.base.ui.Dates;
import org.lectern.base.ui.Page;
import org.lectern.base.ui.PageHeader;
import org.lectern.gradebook.chart.ScoreTimeline;
import org.lectern.gradebook.chart.TimelinePoint;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;

/** The student's own scores: over time, per lesson with the score that counts, and the questions due to practise. */
@Route("student/progress")
@PageTitle("My progress · Lectern")
@Menu(title = "My progress", order = 20, icon = "vaadin:chart-line")
@RolesAllowed(AppRoles.STUDENT)
public class MyProgressView extends Page {

    static final String CHART_TITLE = "Your scores over time";

    private final AttemptRecords records;
    private final Practice practice;
    private final CurrentUser currentUser;
    private final Clock clock;

    public MyProgressView(AttemptRecords records, Practice practice, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.practice = practice;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("gb-progress-page");
    }

    /** Read on every visit, so a quiz just finished is already here. */
    @Override
    protected void onAttach(AttachEvent event) {
        removeAll();
        add(new PageHeader("My progress", "Your scores over time and the questions to practise."));
        var studentId = currentUser.require().accountId();
        var zone = Dates.zone(event.getUI());
        var tried = records.forStudent(studentId).stream().filter(l -> !l.attempts().isEmpty()).toList();
        if (tried.isEmpty()) {
            addEmptyState("No scores yet. Finish a quiz to see your progress.");
        } else {
            add(new H2(CHART_TITLE), new Chart(ScoreTimeline.render(CHART_TITLE, points(tried), zone)));
            var lessons = new Div();
            lessons.addClassName("gb-lesson-scores");
            tried.forEach(lesson -> lessons.add(new LessonScores(lesson, zone)));
            add(new H2("By lesson"), lessons);
        }
        add(new H2("Practice"), new PracticeDue(practice.dueCount(studentId), practice.schedule(studentId),
                clock.instant()));
        if (tried.isEmpty()) {
            var hint = new Paragraph("Questions you miss in a quiz come back here for practice.");
            hint.addClassName("gb-note");
            add(hint);
        }
    }

    /** A point per submitted attempt, labelled with its lesson. */
    static List<TimelinePoint> points(List<LessonAttempts> tried) {
        return tried.stream().flatMap(lesson -> lesson.attempts().stream().filter(AttemptRecord::submitted)
                .map(a -> new TimelinePoint(a.submittedAt().orElseThrow(), a.percent().orElse(0),
                        lesson.lesson().lessonTitle() + ", attempt " + a.number()))).toList();
    }
}
