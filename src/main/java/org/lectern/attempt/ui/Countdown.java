package org.lectern.attempt.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;

/** The time left on a timed attempt, as the server's clock sees it; the page refreshes it every second. */
class Countdown extends Span {

    private final Instant deadline;

    Countdown(Instant deadline) {
        this.deadline = deadline;
        addClassName("stu-countdown");
        getElement().setAttribute("role", "timer");
    }

    /** Shows the time left and says whether any is. */
    boolean update(Instant now) {
        var left = Duration.between(now, deadline);
        if (left.isNegative() || left.isZero()) {
            setText("Time is up");
            addClassName("stu-countdown-low");
            return false;
        }
        var seconds = left.toSeconds();
        setText("Time left " + (seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds % 3600 / 60,
                seconds % 60) : "%d:%02d".formatted(seconds / 60, seconds % 60)));
        if (seconds < 60) {
            addClassName("stu-countdown-low");
        }
        return true;
    }
}
