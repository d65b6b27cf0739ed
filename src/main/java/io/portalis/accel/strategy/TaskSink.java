package io.portalis.accel.strategy;

/**
 * Where a {@link GpuExecutor} hands each finished task. Safe to call from any thread.
 *
 * @param <R> the result type
 */
public interface TaskSink<R> {
    /**
     * Records the result of one task.
     *
     * @param index  the task's position in the list given to {@link GpuExecutor#execute}
     * @param result its result
     */
    void complete(int index, R result);

    /**
     * Records that one task failed on its own (its work threw, as a bug would), while the GPU path
     * itself is fine: that task gets one failed result, as on the CPU, and is not rerun. A failure of
     * the GPU path is a {@link GpuFailureException} thrown from {@link GpuExecutor#execute} instead.
     *
     * @param index the task's position in the list given to {@link GpuExecutor#execute}
     * @param error why it failed, in words
     */
    void fail(int index, String error);
}
