package io.portalis.accel.strategy;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CPU path: a task function and the size of the worker pool that runs it. A task that throws
 * (or overflows its stack, or runs out of heap) becomes one failed {@link TaskResult}; it never fails
 * the batch. After an {@link OutOfMemoryError} the task's garbage is unreachable, so the JVM can go on
 * with the next task.
 *
 * @param <T> the task type
 * @param <R> the result type
 */
public final class CpuExecutor<T, R> {
    private static final Logger LOG = LoggerFactory.getLogger(CpuExecutor.class);

    /** The work of one task. */
    @FunctionalInterface
    public interface TaskFunction<T, R> {
        R apply(T task) throws Exception;
    }

    private final TaskFunction<T, R> function;
    private final int threads;
    private final long stackBytes;

    /**
     * @param function   what one task does
     * @param threads    worker threads (at least 1)
     * @param stackBytes stack size of each worker thread, 0 for the JVM's default
     */
    public CpuExecutor(TaskFunction<T, R> function, int threads, long stackBytes) {
        this.function = Objects.requireNonNull(function, "function");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (stackBytes < 0) {
            throw new IllegalArgumentException("stackBytes < 0");
        }
        this.threads = threads;
        this.stackBytes = stackBytes;
    }

    public CpuExecutor(TaskFunction<T, R> function, int threads) {
        this(function, threads, 0);
    }

    public int threads() {
        return threads;
    }

    /** A fresh pool of {@link #threads()} daemon workers; the caller shuts it down. */
    ExecutorService newPool() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(null, r, "portalis-cpu-" + n.incrementAndGet(), stackBytes);
            t.setDaemon(true);
            return t;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }

    /** Runs one task on the calling thread and says how it went. */
    TaskResult<R> runOne(int index, T task, ExecutorKind kind) {
        long t0 = System.nanoTime();
        try {
            R value = function.apply(task);
            long dt = System.nanoTime() - t0;
            if (value == null) {
                return TaskResult.failure(index, "task returned no result", kind, dt);
            }
            return TaskResult.success(index, value, kind, dt);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            long dt = System.nanoTime() - t0;
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.error("task {} failed: {}", index, why);
            LOG.debug("task {} failure detail", index, e);
            return TaskResult.failure(index, why, kind, dt);
        }
    }
}
