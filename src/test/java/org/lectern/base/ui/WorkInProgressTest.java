package org.lectern.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lectern.support.HeldWork;
import org.lectern.support.PendingAccess;

/** The page's side of slow work, without Spring: a held pool lets the test look at the page while work runs. */
class WorkInProgressTest extends BrowserlessTest {

    final HeldWork pool = new HeldWork();
    final List<Object> results = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();
    WorkInProgress progress;
    Button start;
    Div page;

    @BeforeEach
    void aPageWithWork() {
        progress = new WorkInProgress(new SlowWork(pool));
        start = new Button("Start");
        page = new Div(start, progress);
        UI.getCurrent().add(page);
        pool.hold();
    }

    @Test
    void theResultArrivesInThePageAndEverythingIsAsBeforeAgain() {
        progress.start("Counting…", () -> 42, results::add, failures::add, start);

        assertThat(progress.running()).isTrue();
        assertThat(progress.isVisible()).isTrue();
        assertThat(start.isEnabled()).isFalse();
        assertThat(results).isEmpty();

        pool.release();
        PendingAccess.run();

        assertThat(results).containsExactly(42);
        assertThat(failures).isEmpty();
        assertThat(progress.isVisible()).isFalse();
        assertThat(start.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aFailureOfTheTaskReachesThePageAsItself() {
        progress.start("Failing…", () -> {
            throw new IllegalStateException("the disk is full");
        }, results::add, failures::add, start);

        pool.release();
        PendingAccess.run();

        assertThat(failures).hasSize(1);
        assertThat(failures.getFirst()).isInstanceOf(IllegalStateException.class).hasMessage("the disk is full");
        assertThat(results).isEmpty();
        assertThat(start.isEnabled()).isTrue();
        assertThat(progress.isVisible()).isFalse();
    }

    @Test
    void aFullPoolIsAFailureBeforeAnythingChanges() {
        pool.refuse();

        progress.start("Counting…", () -> 42, results::add, failures::add, start);

        assertThat(failures).hasSize(1);
        assertThat(failures.getFirst()).isInstanceOf(SlowWork.Busy.class).hasMessage(SlowWork.BUSY_MESSAGE);
        assertThat(progress.running()).isFalse();
        assertThat(progress.isVisible()).isFalse();
        assertThat(start.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aResultForAPageThatWasLeftIsDropped() {
        progress.start("Counting…", () -> 42, results::add, failures::add, start);

        UI.getCurrent().remove(page);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        pool.release();
        PendingAccess.run();

        assertThat(results).isEmpty();
        assertThat(failures).isEmpty();
        assertThat(progress.running()).isFalse();
    }

    @Test
    void workAlreadyRunningIsNotStartedTwice() {
        progress.start("Counting…", () -> 1, results::add, failures::add, start);
        progress.start("Counting…", () -> 2, results::add, failures::add, start);

        assertThat(pool.waiting()).isEqualTo(1);
    }
}
