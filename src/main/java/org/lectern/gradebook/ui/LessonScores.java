package org.lectern.gradebook.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.OptionalDouble;
import org.lectern.attempt.AttemptRecord;
import org.lectern.attempt.LessonAttempts;
import org.lectern.base.ui.Dates;
import org.lectern.gradebook.Percent;

/** One lesson on the progress page: best, last and counting score (naming the rule), and each attempt. */
class LessonScores extends Div {

    LessonScores(LessonAttempts lesson, ZoneId zone) {
        addClassName("gb-lesson-card");
        var course = new Span(lesson.lesson().courseTitle());
        course.addClassName("gb-course");
        var summary = new Div(figure("Best", lesson.best()), figure("Last", lesson.last()),
                figure("Counts (" + lesson.countedAttempt().label() + ")", lesson.countingScore()));
        summary.addClassName("gb-figures");
        var list = new UnorderedList();
        list.addClassName("gb-attempts");
        lesson.attempts().forEach(attempt -> list.add(item(attempt, zone)));
        add(course, new H3(lesson.lesson().lessonTitle()), summary, list);
    }

    private static Div figure(String label, OptionalDouble value) {
        var name = new Span(label);
        name.addClassName("gb-figure-label");
        var number = new Span(value.isPresent() ? Percent.of(value.getAsDouble()) : "—");
        number.addClassName("gb-figure-value");
        var box = new Div(name, number);
        box.addClassName("gb-figure");
        return box;
    }

    private static ListItem item(AttemptRecord attempt, ZoneId zone) {
        if (!attempt.submitted()) {
            return new ListItem(new Anchor("student/attempts/" + attempt.id(),
                    "Attempt " + attempt.number() + " · in progress: continue"));
        }
        var text = "Attempt " + attempt.number() + " · " + attempt.score().orElse(0) + "/" + attempt.maxScore()
                + " (" + Percent.of(attempt.percent().orElse(0)) + ") · "
                + Dates.when(attempt.submittedAt().orElseThrow(), zone);
        var item = new ListItem(new Anchor("student/attempts/" + attempt.id() + "/result", text));
        if (attempt.counts()) {
            var counts = new Span("counts");
            counts.addClassName("gb-counts");
            item.add(counts);
        }
        return item;
    }
}
