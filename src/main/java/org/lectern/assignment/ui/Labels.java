package org.lectern.assignment.ui;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import org.lectern.assignment.CountedAttempt;
import org.lectern.assignment.FeedbackTiming;
import org.lectern.base.ui.Dates;

/** Words and date formats the assignment screens show, in one place so the list and the form agree. */
final class Labels {

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
        return Dates.when(instant, zone);
    }

    static ZoneId zone(UI ui) {
        return Dates.zone(ui);
    }
}
