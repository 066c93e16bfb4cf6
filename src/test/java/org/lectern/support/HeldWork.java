package org.lectern.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import org.springframework.core.task.TaskRejectedException;

/**
 * The pool of slow work as view tests want it: by default each task runs at once on the test's thread; after
 * {@link #hold()} tasks wait until {@link #release()} runs them, so a test can look at the page while work is under
 * way; after {@link #refuse()} every task is refused as a full pool refuses it. No threads, no waiting.
 */
public final class HeldWork implements Executor {

    private enum Mode { RUN_AT_ONCE, HOLD, REFUSE }

    private final Deque<Runnable> held = new ArrayDeque<>();
    private Mode mode = Mode.RUN_AT_ONCE;

    @Override
    public synchronized void execute(Runnable task) {
        switch (mode) {
            case RUN_AT_ONCE -> task.run();
            case HOLD -> held.add(task);
            case REFUSE -> throw new TaskRejectedException("the test's pool is full");
        }
    }

    public synchronized void hold() {
        mode = Mode.HOLD;
    }

    public synchronized void refuse() {
        mode = Mode.REFUSE;
    }

    /** Back to running each task at once, with nothing held: for the next test. */
    public synchronized void reset() {
        mode = Mode.RUN_AT_ONCE;
        held.clear();
    }

    public synchronized int waiting() {
        return held.size();
    }

    /** Runs the held tasks, in order, on this thread. */
    public void release() {
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
        }
    }

    private synchronized Runnable poll() {
        return held.poll();
    }
}
