package org.lectern.gradebook.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lectern.base.ui.Page;
import org.lectern.gradebook.ItemStatistics;
import org.lectern.gradebook.StatisticsReport;
import org.lectern.gradebook.chart.FacilityBar;
import org.lectern.gradebook.chart.FacilityChart;
import org.lectern.gradebook.chart.ScoreHistogram;
import org.lectern.gradebook.statistics.AttemptSelection;
import org.lectern.gradebook.statistics.QuizStatistics;
import org.lectern.gradebook.statistics.StatFormat;
import org.lectern.gradebook.statistics.StatText;
import org.lectern.security.AppRoles;
import org.lectern.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Item statistics of one assigned lesson's quiz, the way Moodle's quiz statistics report computes them: the quiz's
 * figures, the score distribution, facility per question, and per question its figures and how many chose each option.
 */
@Route("instructor/gradebook/lessons/:assignedLessonId/statistics")
@PageTitle("Item statistics · Lectern")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class ItemStatisticsView extends Page implements BeforeEnterObserver {

    private final ItemStatistics statistics;
    private final CurrentUser currentUser;
    private final Select<AttemptSelection> selection = new Select<>();
    private final Div body = new Div();
    private long assignedLessonId;

    public ItemStatisticsView(ItemStatistics statistics, CurrentUser currentUser) {
        this.statistics = statistics;
        this.currentUser = currentUser;
        addClassName("gb-stats-page");
        selection.setLabel("Attempts counted");
        selection.setItems(AttemptSelection.values());
        selection.setItemLabelGenerator(ItemStatisticsView::label);
        selection.setValue(AttemptSelection.FIRST);
        selection.addValueChangeListener(change -> show());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("assignedLessonId");
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        assignedLessonId = id.get();
        try {
            show();
        } catch (AccessDeniedException none) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show() {
        var report = statistics.of(assignedLessonId, selection.getValue(), currentUser.require().accountId());
        removeAll();
        body.removeAll();
        var back = new Anchor("instructor/gradebook", "‹ Gradebook");
        back.addClassName("gb-back");
        var lesson = report.lesson();
        // A whole course assigned at once is named after the course: say it once.
        var assignment = report.assignmentTitle();
        var where = new Paragraph(assignment.equals(lesson.courseTitle()) || assignment.equals(lesson.lessonTitle())
                ? lesson.courseTitle() : lesson.courseTitle() + " · " + assignment);
        where.addClassName("page-lead");
        add(back, new H1("Item statistics: " + lesson.lessonTitle()), where, selection, body);
        var quiz = report.analysis().quiz();
        if (quiz.attempts() == 0) {
            body.add(new Paragraph("No attempt is submitted yet."));
            return;
        }
        body.add(new H2("The quiz"), quizFigures(quiz));
        var charts = new Div(new Chart(ScoreHistogram.render("Score distribution", report.scores())),
                new Chart(FacilityChart.render("Facility per question", bars(report))));
        charts.addClassName("gb-stats-charts");
        body.add(charts, new H2("Questions"));
        var note = new Paragraph("Flagged: facility outside 10–90% or discriminative efficiency under 15%. "
                + "Figures a quiz this small cannot support show “—”.");
        note.addClassName("gb-stats-note");
        body.add(note);
        for (int i = 0; i < report.questions().size(); i++) {
            var question = report.questions().get(i);
            var figures = report.analysis().question(question.id());
            if (figures.isPresent()) {
                body.add(new QuestionStatisticsCard(i + 1, question, figures.get(), lesson.lessonId()));
            }
        }
    }

    private static Div quizFigures(QuizStatistics quiz) {
        var box = new Div(
                figure("Attempts", new StatText(String.valueOf(quiz.attempts()), String.valueOf(quiz.attempts()),
                        false)),
                figure("Marks per attempt", StatFormat.marks(quiz.maxTotal())),
                figure("Mean", StatFormat.marks(quiz.mean())),
                figure("Median", StatFormat.marks(quiz.median())),
                figure("Standard deviation", StatFormat.marks(quiz.standardDeviation())),
                figure("Skewness", StatFormat.number(quiz.skewness(), 4)),
                figure("Kurtosis", StatFormat.number(quiz.kurtosis(), 4)),
                figure("Internal consistency (CIC)", StatFormat.percent(quiz.coefficientOfInternalConsistency())),
                figure("Error ratio", StatFormat.percent(quiz.errorRatio())),
                figure("Standard error", StatFormat.marks(quiz.standardError())));
        box.addClassName("gb-stats-figures");
        return box;
    }

    static Div figure(String label, StatText value) {
        var name = new Span(label);
        name.addClassName("gb-figure-label");
        var box = new Div(name, new StatLabel(value));
        box.addClassName("gb-figure");
        return box;
    }

    private static java.util.List<FacilityBar> bars(StatisticsReport report) {
        var bars = new java.util.ArrayList<FacilityBar>();
        for (int i = 0; i < report.questions().size(); i++) {
            var number = i + 1;
            var question = report.questions().get(i);
            report.analysis().question(question.id())
                    .ifPresent(s -> bars.add(FacilityBar.of(number + ". " + question.stem(), s)));
        }
        return bars;
    }

    private static String label(AttemptSelection selection) {
        return switch (selection) {
            case FIRST -> "First attempts";
            case HIGHEST -> "Highest-scoring attempts";
            case LAST -> "Last attempts";
            case ALL -> "All attempts";
        };
    }
}
