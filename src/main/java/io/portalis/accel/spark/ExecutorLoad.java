package io.portalis.accel.spark;

import io.portalis.accel.strategy.SystemLoad;
import java.util.function.Supplier;

/**
 * The system load as the tasks of one executor see it. The strategy manager samples the load once
 * per batch, and a sample watches the CPU for 200 ms; with hundreds of short Spark tasks per executor
 * that was most of each task's fixed cost (bench/README.md, "Spark engine"). Tasks on one executor
 * share one machine, so a sample younger than {@link #MAX_AGE_NANOS} serves them all.
 */
final class ExecutorLoad {
    static final long MAX_AGE_NANOS = 2_000_000_000L;

    private static SystemLoad last;
    private static long takenAt;

    private ExecutorLoad() {}

    /** {@code live}, reusing this executor's last sample while it is younger than two seconds. */
    static Supplier<SystemLoad> shared(Supplier<SystemLoad> live) {
        return () -> {
            synchronized (ExecutorLoad.class) {
                long now = System.nanoTime();
                if (last == null || now - takenAt > MAX_AGE_NANOS) {
                    last = live.get();
                    takenAt = System.nanoTime();
                }
                return last;
            }
        };
    }
}
