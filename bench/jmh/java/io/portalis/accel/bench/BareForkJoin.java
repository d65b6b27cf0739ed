package io.portalis.accel.bench;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * The baseline of the executor-overhead comparison: each task submitted to a long-lived
 * {@link ForkJoinPool} as its own ForkJoinTask, then joined in task order into an array. Per-task
 * submission, not a parallel stream: a stream cuts the range into a few large chunks, and on a
 * machine where other processes take a worker away now and then, one stalled chunk holds the whole
 * batch back, which would credit the manager's per-task queue with a gain that is not overhead.
 */
final class BareForkJoin {
    private BareForkJoin() {}

    static long[] run(ForkJoinPool pool, List<Integer> tasks, long rounds) {
        int n = tasks.size();
        @SuppressWarnings("unchecked")
        ForkJoinTask<Long>[] futures = new ForkJoinTask[n];
        for (int i = 0; i < n; i++) {
            int seed = tasks.get(i);
            futures[i] = pool.submit(() -> Spin.run(rounds, seed));
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = futures[i].join();
        }
        return out;
    }
}
