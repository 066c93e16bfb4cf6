package org.lectern.base.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Slow work a page starts (reading an article, writing its questions) runs here, on a small pool of its own, off the
 * request thread and outside the user's session lock, so the page stays responsive and other users' clicks are not
 * held up. The pool and its queue are bounded: when both are full the work is refused at once with {@link Busy}
 * instead of waiting unseen behind everyone else's. Plain Java: the executor is injected, so tests can hold tasks or
 * run them on their own thread.
 */
public class SlowWork {

    public static final String BUSY_MESSAGE = "Lectern is busy, try again in a minute.";

    private final Executor executor;

    public SlowWork(Executor executor) {
        this.executor = executor;
    }

    /**
     * Starts the task; the future completes on a pool thread with its result or its failure.
     *
     * @throws Busy when the pool and its queue are full; the task is not run
     */
    public <T> CompletableFuture<T> start(Callable<T> task) {
        var future = new CompletableFuture<T>();
        try {
            executor.execute(() -> {
                try {
                    future.complete(task.call());
                } catch (Exception | Error e) {
                    future.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException full) {
            throw new Busy();
        }
        return future;
    }

    /** The pool is full: the user should try again later; nothing was started. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super(BUSY_MESSAGE);
        }
    }
}
