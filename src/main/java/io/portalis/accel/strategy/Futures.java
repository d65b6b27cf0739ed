package io.portalis.accel.strategy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work started on another thread, with what it threw rethrown as it was. */
public final class Futures {
    private Futures() {}

    /**
     * The task's value. An unchecked exception or an error the task threw is rethrown
     * unchanged, a checked one wrapped; an interrupt while waiting stays set on this thread and
     * ends the wait with an {@link IllegalStateException} saying "interrupted while
     * {@code doing}".
     */
    public static <V> V join(Future<V> task, String doing) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
