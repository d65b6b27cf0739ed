package io.portalis.accel.strategy;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CPU path: a task function and the size of the worker pool that runs it. A task that throws
 * (or overflows its stack, or runs out of heap) becomes one failed {@link TaskResult}; it never fails
 * the batch. After an {@link OutOfMemoryError} the task's garbage is unreachable, so the JVM can go on
 * with the next task. The worker threads are kept from batch to batch (see {@link #close}).
 *
 * @param <T> the task type
 * @param <R> the result type
 */
public final class CpuExecutor<T, R> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CpuExecutor.class);

    /** The work of one task. */
    @FunctionalInterface
    public interface TaskFunction<T, R> {
        R apply(T task) throws Exception;
    }

    private final TaskFunction<T, R> function;
    private final int threads;
    private final long stackBytes;
    private ThreadPoolExecutor pool;
    private boolean closed;

    /** How long an idle worker thread waits for the next batch before it ends. */
    static final long IDLE_SECONDS = 30;

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

    /**
     * The worker pool, started on first use and kept for every later batch, so a batch pays no
     * thread start-up. Its threads are daemons and end after {@value #IDLE_SECONDS} s without work,
     * so an executor nobody closes keeps neither the JVM alive nor threads around; {@link #close}
     * ends them at once.
     */
    private ThreadPoolExecutor pool() {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("this CPU executor is closed");
            }
            if (pool == null) {
                AtomicInteger n = new AtomicInteger();
                ThreadFactory factory = r -> {
                    Thread t = new Thread(null, r, "portalis-cpu-" + n.incrementAndGet(), stackBytes);
                    t.setDaemon(true);
                    return t;
                };
                pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS, TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(), factory);
                pool.allowCoreThreadTimeOut(true);
            }
            return pool;
        }
    }

    /** Ends the worker threads once the work already started is done; the executor takes no more. */
    @Override
    public void close() {
        ThreadPoolExecutor p;
        synchronized (this) {
            closed = true;
            p = pool;
            pool = null;
        }
        if (p != null) {
            p.shutdown();
        }
    }

    /**
     * Starts {@code count} tasks on the workers: task {@code k} (0 &le; k &lt; count) is
     * {@code tasks.get(indices == null ? from + k : indices[k])}. Each of at most {@link #threads()}
     * workers takes the next {@code k} from one shared counter until none is left, so tasks start in
     * that order, each exactly once; every result goes to {@code record}, from the worker thread.
     */
    Part start(List<T> tasks, int from, int[] indices, int count, ExecutorKind kind, Consumer<TaskResult<R>> record) {
        AtomicInteger next = new AtomicInteger();
        Feed feed = new Feed() {
            @Override
            public int next(int worker) {
                int k = next.getAndIncrement();
                return k < count ? (indices == null ? from + k : indices[k]) : -1;
            }

            @Override
            public ExecutorKind kind(int index) {
                return kind;
            }

            @Override
            public void stop() {
                next.set(count);
            }
        };
        return start(tasks, feed, Math.min(threads, count), record);
    }

    /**
     * Where pulling workers get their tasks: {@link #next} blocks until there is a task for that
     * worker (its index) or none will come ({@code -1}); {@link #finished} hears of each result
     * before the next pull.
     */
    interface Feed {
        int next(int worker);

        ExecutorKind kind(int index);

        /** Lets no further task start (after an interrupt). */
        void stop();

        default void finished(int worker, int index) {}
    }

    /** Starts {@code workers} workers that pull their tasks from {@code feed} until it has none. */
    Part start(List<T> tasks, Feed feed, int workers, Consumer<TaskResult<R>> record) {
        Part part = new Part(tasks, feed, record, Math.min(threads, workers));
        if (part.workers > 0) {
            ThreadPoolExecutor p = pool();
            for (int w = 0; w < part.workers; w++) {
                p.execute(part);
            }
        }
        return part;
    }

    /** One part of a batch running on the workers; {@link #await} waits for all of it. */
    final class Part implements Runnable {
        private final List<T> tasks;
        private final Feed feed;
        private final Consumer<TaskResult<R>> record;
        private final int workers;
        private final AtomicInteger workerIds = new AtomicInteger();
        private final CountDownLatch done;
        private volatile Throwable broken;

        private Part(List<T> tasks, Feed feed, Consumer<TaskResult<R>> record, int workers) {
            this.tasks = tasks;
            this.feed = feed;
            this.record = record;
            this.workers = Math.max(0, workers);
            this.done = new CountDownLatch(this.workers);
        }

        @Override
        public void run() {
            int worker = workerIds.getAndIncrement();
            try {
                for (int index = feed.next(worker); index >= 0; index = feed.next(worker)) {
                    record.accept(runOne(index, tasks.get(index), feed.kind(index)));
                    feed.finished(worker, index);
                }
            } catch (Throwable t) {
                broken = t;
            } finally {
                done.countDown();
            }
        }

        /**
         * Waits until every task of the part has its result. Interrupted, it lets no further task
         * start (those running finish) and fails; a worker that broke outside its task fails it too.
         */
        void await() {
            try {
                done.await();
            } catch (InterruptedException e) {
                feed.stop();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for CPU tasks", e);
            }
            Throwable t = broken;
            if (t != null) {
                throw new IllegalStateException("CPU worker failed outside its task", t);
            }
        }
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
            String why = TaskResult.describe(e);
            LOG.error("task {} failed: {}", index, why);
            LOG.debug("task {} failure detail", index, e);
            return TaskResult.failure(index, why, kind, dt);
        }
    }
}
