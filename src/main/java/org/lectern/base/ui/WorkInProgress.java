package org.lectern.base.ui;

import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a page's slow work on {@link SlowWork} and brings the result back to the page. While the work runs, an
 * indeterminate progress bar says what is happening and the controls that would start it again are disabled; the
 * page polls the server twice a second until the result is in, then stops polling. Polling, not push: it needs no
 * WebSocket through a proxy and nothing beyond Vaadin's prebuilt client. A result that arrives after the user left
 * the page is dropped; whatever the work stored stays stored.
 */
public class WorkInProgress extends Div {

    private static final Logger log = LoggerFactory.getLogger(WorkInProgress.class);

    /** How often the page asks for the result while work runs, in milliseconds. */
    public static final int POLL_MILLIS = 500;

    private final SlowWork work;
    private final Span doing = new Span();
    private boolean running;

    public WorkInProgress(SlowWork work) {
        this.work = work;
        addClassName("work-progress");
        getElement().setAttribute("role", "status");
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        add(bar, doing);
        setVisible(false);
        // A page that rebuilds itself takes this away and puts it back: polling follows it.
        addAttachListener(back -> {
            if (running) {
                back.getUI().setPollInterval(POLL_MILLIS);
            }
        });
        addDetachListener(left -> {
            if (running) {
                left.getUI().setPollInterval(-1);
            }
        });
    }

    public boolean running() {
        return running;
    }

    /** What the bar says, such as "Reading the article…". */
    public String doing() {
        return doing.getText();
    }

    /**
     * Starts the task unless work is already running here. {@code done} gets the result and {@code failed} the
     * task's exception (or {@link SlowWork.Busy} when the pool is full, before anything changed), both in the UI.
     */
    public <T> void start(String what, Callable<T> task, Consumer<T> done, Consumer<Throwable> failed,
                          HasEnabled... controls) {
        if (running) {
            return;
        }
        var ui = getUI().orElseGet(UI::getCurrent);
        CompletableFuture<T> future;
        try {
            future = work.start(task);
        } catch (SlowWork.Busy busy) {
            failed.accept(busy);
            return;
        }
        running = true;
        var disabled = List.of(controls);
        disabled.forEach(c -> c.setEnabled(false));
        doing.setText(what);
        setVisible(true);
        if (future.isDone()) {
            finish(ui, future.handle((result, error) -> new Outcome<>(result, error)).join(), disabled, done,
                    failed);
            return;
        }
        ui.setPollInterval(POLL_MILLIS);
        future.whenComplete((result, error) -> {
            try {
                ui.access(() -> finish(ui, new Outcome<>(result, error), disabled, done, failed));
            } catch (UIDetachedException closed) {
                // The tab was closed: nobody is left to tell.
            } catch (RuntimeException e) {
                log.error("Could not bring the result of \"{}\" back to the page", what, e);
            }
        });
    }

    private <T> void finish(UI ui, Outcome<T> outcome, List<HasEnabled> disabled, Consumer<T> done,
                            Consumer<Throwable> failed) {
        running = false;
        setVisible(false);
        disabled.forEach(c -> c.setEnabled(true));
        if (!isAttached()) {
            return;
        }
        ui.setPollInterval(-1);
        if (outcome.error() == null) {
            done.accept(outcome.result());
        } else {
            failed.accept(outcome.error() instanceof CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : outcome.error());
        }
    }

    private record Outcome<T>(T result, Throwable error) {
    }
}
