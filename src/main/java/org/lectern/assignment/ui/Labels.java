package org.lectern.assignment.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.FeedbackTiming;

/** Words and date formats the assignment screens show, in one place so the list and the form agree. */
final class Labels {

    /** Day first and a 24-hour clock, like the date pickers, with the zone named so no one has to guess. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.ENGLISH);

    private Labels() {
    }

    static String counted(CountedAttempt counted) {
        return switch (counted) {
            case HIGHEST -> "Highest score";
            case LAST -> "Last attempt";
            case FIRST -> "First attempt";
            case AVERAGE -> "Average of all attempts";
        };
    }

    static String feedback(FeedbackTiming timing) {
        return switch (timing) {
            case AFTER_EACH_ANSWER -> "After each answer";
            case AFTER_SUBMISSION -> "After the quiz is submitted";
            case AFTER_DUE_DATE -> "After the due date";
        };
    }

    static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    /**
     * The browser's time zone when Vaadin has it, else the server's: dates are stored as instants and always shown
     * and entered in this one zone, which the page names.
     */
    static ZoneId zone(UI ui) {
        try {
            var id = ui.getPage().getExtendedClientDetails().getTimeZoneId();
            if (id != null && !id.isBlank()) {
                return ZoneId.of(id);
            }
        } catch (RuntimeException unavailable) {
            // No client details yet (or an unknown zone id): fall through to the server's zone.
        }
        return ZoneId.systemDefault();
    }
}
