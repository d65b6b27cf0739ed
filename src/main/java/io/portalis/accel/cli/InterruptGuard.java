package io.portalis.accel.cli;

import io.portalis.accel.transpile.Cancellation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns SIGINT / SIGTERM during a run into a clean stop. A shutdown hook cancels the run (files not
 * started come out skipped, files being processed finish and are written atomically) and holds the
 * JVM until the run has printed its report, so the report always comes out; the JVM then exits with
 * 128 + the signal number (130 for SIGINT, 143 for SIGTERM). Should the run not finish within
 * {@link #GRACE_SECONDS}, the JVM exits anyway. {@link #close} takes the hook away after a normal run.
 */
final class InterruptGuard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InterruptGuard.class);
    static final long GRACE_SECONDS = 60;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private InterruptGuard(Cancellation cancellation, Runnable clearTerminal) {
        this.hook = new Thread(() -> {
            cancellation.cancel("run interrupted (SIGINT or SIGTERM)");
            clearTerminal.run(); // the progress line goes first: the message gets a line of its own
            LOG.warn("interrupted: finishing the files in progress and printing the report");
            try {
                if (!finished.await(GRACE_SECONDS, TimeUnit.SECONDS)) {
                    LOG.error("the run did not stop within {} s; exiting without a report", GRACE_SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "portalis-interrupt");
    }

    /**
     * Registers the hook for the run that {@code cancellation} stops; {@code clearTerminal} takes away
     * whatever is drawn on stderr (the progress line) before the hook's message is written.
     */
    static InterruptGuard install(Cancellation cancellation, Runnable clearTerminal) {
        InterruptGuard g = new InterruptGuard(cancellation, clearTerminal);
        Runtime.getRuntime().addShutdownHook(g.hook);
        return g;
    }

    /** The run has printed its report: let a waiting hook go, and remove the hook when no shutdown is under way. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting because of a signal; the hook is running and now returns
        }
    }
}
