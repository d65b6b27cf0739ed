package io.portalis.accel.strategy;

/**
 * Where a {@link GpuExecutor} hands each finished task. Safe to call from any thread.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface TaskSink<R> {
    /**
     * Records the result of one task.
     *
     * @param index  the task's position in the list given to {@link GpuExecutor#execute}
     * @param result its result
     */
    void complete(int index, R result);
}
