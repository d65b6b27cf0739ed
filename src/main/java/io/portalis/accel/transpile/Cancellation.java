package io.portalis.accel.transpile;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A cooperative stop for a run (an interrupt): once {@link #cancel} is called, files not yet started
 * come out {@code skipped} with the reason, and files already being processed finish normally (their
 * outputs are still written atomically). Thread-safe; cancelling twice keeps the first reason.
 */
public final class Cancellation {
    private final AtomicReference<String> reason = new AtomicReference<>();

    /** Asks the run to stop; {@code why} says what stopped it (e.g. "interrupted by SIGINT"). */
    public void cancel(String why) {
        reason.compareAndSet(null, why);
    }

    public boolean cancelled() {
        return reason.get() != null;
    }

    /** Why the run was stopped, or {@code null} while it was not. */
    public String reason() {
        return reason.get();
    }
}
