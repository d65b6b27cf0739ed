package io.portalis.accel.strategy;

/**
 * The outcome of one task.
 *
 * @param index     the task's position in the batch
 * @param value     what the task returned, {@code null} when it failed
 * @param error     why the task failed, {@code null} when it succeeded
 * @param executor  the path that ran it
 * @param timeNanos on the CPU, the time the task itself took; on the GPU, the time from the start
 *                  of the GPU part to the moment the GPU path reported the task finished (tasks
 *                  run in batches there, so this is a latency, not a cost per task); 0 when never run
 * @param <R>       the result type
 */
public record TaskResult<R>(int index, R value, String error, ExecutorKind executor, long timeNanos)
        implements java.io.Serializable {
    public TaskResult {
        if ((value == null) == (error == null)) {
            throw new IllegalArgumentException("a task result has either a value or an error, not both or neither");
        }
    }

    public static <R> TaskResult<R> success(int index, R value, ExecutorKind executor, long timeNanos) {
        return new TaskResult<>(index, java.util.Objects.requireNonNull(value, "value"), null, executor, timeNanos);
    }

    public static <R> TaskResult<R> failure(int index, String error, ExecutorKind executor, long timeNanos) {
        return new TaskResult<>(index, null, java.util.Objects.requireNonNull(error, "error"), executor, timeNanos);
    }

    /**
     * A task nobody ran (the GPU path failed with fallback disabled): executor {@link ExecutorKind#NONE},
     * time 0, {@code reason} as its error.
     */
    public static <R> TaskResult<R> notRun(int index, String reason) {
        return failure(index, reason, ExecutorKind.NONE, 0);
    }

    /** Whether the task was never run ({@link #notRun}). */
    public boolean notRun() {
        return executor == ExecutorKind.NONE;
    }

    /** How a task's failure is told in its result: the exception's class and its message. */
    public static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    public boolean ok() {
        return error == null;
    }
}
