package io.portalis.accel.strategy;

import java.util.List;

/**
 * The GPU path of the executor. An implementation runs the tasks as batches, calls
 * {@link TaskSink#complete} once for each task as soon as that task is finished, and throws a
 * {@link GpuFailureException} on a typed GPU failure. The {@link StrategyManager} keeps every
 * completed result and reruns only the tasks never completed, on the CPU, each once.
 *
 * @param <T> the task type
 * @param <R> the result type
 */
public interface GpuExecutor<T, R> {
    /** A short name for logs and reports, e.g. the device name. */
    String name();

    void execute(List<T> tasks, TaskSink<R> sink);

    /**
     * The run that called {@link #execute} (once or once per sub-batch) has ended, however it ended:
     * release what was kept between its calls (an OpenCL context and built program). A later call opens
     * afresh. The {@link StrategyManager} calls it once at the end of each run; nothing to do by default.
     */
    default void endRun() {
    }

    /**
     * The most bytes of task weight one call should be given, e.g. what the device's free memory
     * holds; the shared queue sizes its sub-batches below it. Unlimited unless the executor knows.
     */
    default long maxBatchBytes() {
        return Long.MAX_VALUE;
    }

    /**
     * The GPU path of a machine that has none: it completes nothing and fails every call with
     * {@link GpuUnavailable} carrying {@code reason}, so forced GPU strategies fall back with the
     * true cause.
     */
    static <T, R> GpuExecutor<T, R> unavailable(String reason) {
        return new GpuExecutor<>() {
            @Override
            public String name() {
                return "none";
            }

            @Override
            public void execute(List<T> tasks, TaskSink<R> sink) {
                throw new GpuFailureException(new GpuUnavailable(reason));
            }
        };
    }
}
