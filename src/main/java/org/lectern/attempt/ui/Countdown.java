package org.lectern.attempt.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.lectern.attempt.QuizAttempts;

/**
 * The time left on a timed attempt, as the server's clock sees it, refreshed every second while shown. Once the time
 * and its grace are over it calls {@code timeUp}; the server's deadline job would end the attempt anyway.
 */
class Countdown extends Span {

    private final Instant deadline;
    private final Clock clock;
    private final Runnable timeUp;
    private Registration polling;

    Countdown(Instant deadline, Clock clock, Runnable timeUp) {
        this.deadline = deadline;
        this.clock = clock;
        this.timeUp = timeUp;
        addClassName("stu-countdown");
        getElement().setAttribute("role", "timer");
        update(clock.instant());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(1000);
        polling = event.getUI().addPollListener(poll -> tick());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            event.getUI().setPollInterval(-1);
        }
    }

    private void tick() {
        var now = clock.instant();
        if (!update(now) && now.isAfter(deadline.plus(QuizAttempts.GRACE))) {
            timeUp.run();
        }
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
