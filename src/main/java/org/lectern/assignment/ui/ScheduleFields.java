package org.lectern.assignment.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** When an assignment opens and when it is due, entered and shown in one named time zone. */
class ScheduleFields extends Div {

    /** Both ends of the schedule, read together because one is only valid against the other. */
    record Schedule(Instant opensAt, Instant dueAt) {
    }

    private final ZoneId zone;
    final DateTimePicker opens = new DateTimePicker("Opens");
    final DateTimePicker due = new DateTimePicker("Due");

    ScheduleFields(ZoneId zone) {
        this.zone = zone;
        var note = new Paragraph("Times are in " + zone.getId() + ".");
        note.addClassName("asg-zone");
        for (var picker : new DateTimePicker[] {opens, due}) {
            picker.setManualValidation(true);
            picker.setStep(Duration.ofMinutes(15));
            // Day first and a 24-hour clock, as the assignment list shows dates.
            picker.setLocale(Locale.UK);
            picker.setWidthFull();
        }
        add(opens, due, note);
    }

    void show(Instant opensAt, Instant dueAt) {
        opens.setValue(opensAt.atZone(zone).toLocalDateTime());
        due.setValue(dueAt.atZone(zone).toLocalDateTime());
    }

    Optional<Schedule> read() {
        opens.setInvalid(false);
        due.setInvalid(false);
        if (opens.getValue() == null) {
            return refuse(opens, "Choose when the assignment opens.");
        }
        if (due.getValue() == null) {
            return refuse(due, "Choose a due date.");
        }
        var opensAt = opens.getValue().atZone(zone).toInstant();
        var dueAt = due.getValue().atZone(zone).toInstant();
        if (!dueAt.isAfter(opensAt)) {
            return refuse(due, "The due date must be after the opening date.");
        }
        return Optional.of(new Schedule(opensAt, dueAt));
    }

    private static Optional<Schedule> refuse(DateTimePicker picker, String message) {
        picker.setErrorMessage(message);
        picker.setInvalid(true);
        return Optional.empty();
    }
}
