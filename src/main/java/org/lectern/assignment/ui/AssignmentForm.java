package org.lectern.assignment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.lectern.assignment.AssignmentDetails;
import org.lectern.assignment.AssignmentRequest;
import org.lectern.assignment.AssignmentRules;
import org.lectern.assignment.Recipients;
import org.lectern.classroom.Classes;
import org.lectern.course.Courses;
import org.lectern.course.LessonSummary;

/** The whole assignment form: what, for whom, when and how. Every mistake is shown under its field at once. */
class AssignmentForm extends Div {

    final LessonPicker what;
    final RecipientPicker forWhom;
    final ScheduleFields when;
    final QuizFields how = new QuizFields();

    AssignmentForm(Courses courses, Classes classes, long instructorId, ZoneId zone) {
        addClassName("asg-form");
        what = new LessonPicker(courses, instructorId);
        forWhom = new RecipientPicker(classes, instructorId);
        when = new ScheduleFields(zone);
        add(new H3("What"), what, new H3("For whom"), forWhom, new H3("When"), when, new H3("Quiz"), how);
    }

    /** A new assignment's starting values: shuffled, all questions, reading first, due a week after it opens. */
    void showDefaults(Instant opensAt, Instant dueAt) {
        var defaults = AssignmentRules.defaults(opensAt, dueAt);
        when.show(defaults.opensAt(), defaults.dueAt());
        how.show(defaults);
    }

    void show(AssignmentDetails existing) {
        what.show(existing.lessons());
        forWhom.show(existing.recipients());
        when.show(existing.rules().opensAt(), existing.rules().dueAt());
        how.show(existing.rules());
    }

    /** The request, or empty when a field is wrong; every field is checked so all mistakes show together. */
    Optional<AssignmentRequest> read() {
        var lessons = what.read();
        Optional<Recipients> recipients = forWhom.read();
        var schedule = when.read();
        var rules = schedule.flatMap(s -> how.read(s, lessons.orElse(List.of())));
        if (lessons.isEmpty() || recipients.isEmpty() || rules.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssignmentRequest(lessons.get().stream().map(LessonSummary::id).toList(),
                recipients.get(), rules.get()));
    }
}
