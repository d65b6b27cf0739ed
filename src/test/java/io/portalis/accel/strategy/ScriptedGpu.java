package io.portalis.accel.strategy;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A test double for the manager only: a GPU path that runs its tasks with a plain function, in
 * batches of {@code batchSize}, and on command fails with a given typed failure once it has completed
 * {@code failAfter} tasks over all its calls (a shared queue calls it once per sub-batch). It counts
 * every completion so tests can prove none is duplicated.
 */
final class ScriptedGpu<T, R> implements GpuExecutor<T, R> {
    private final Function<T, R> function;
    private final int batchSize;
    private volatile int failAfter = Integer.MAX_VALUE;
    private volatile GpuFailure failure;
    private volatile Runnable beforeFirstBatch = () -> {};
    final AtomicInteger completions = new AtomicInteger();
    final ConcurrentHashMap<T, Integer> completedTasks = new ConcurrentHashMap<>();

    ScriptedGpu(Function<T, R> function, int batchSize) {
        this.function = function;
        this.batchSize = batchSize;
    }

    ScriptedGpu<T, R> failAfter(int completed, GpuFailure f) {
        this.failAfter = completed;
        this.failure = f;
        return this;
    }

    ScriptedGpu<T, R> beforeFirstBatch(Runnable r) {
        this.beforeFirstBatch = r;
        return this;
    }

    @Override
    public String name() {
        return "scripted-gpu";
    }

    @Override
    public void execute(List<T> tasks, TaskSink<R> sink) {
        beforeFirstBatch.run();
        for (int start = 0; start < tasks.size(); start += batchSize) {
            int end = Math.min(tasks.size(), start + batchSize);
            for (int i = start; i < end; i++) {
                if (completions.get() >= failAfter) {
                    throw new GpuFailureException(failure);
                }
                R r = function.apply(tasks.get(i));
                sink.complete(i, r);
                completions.incrementAndGet();
                completedTasks.merge(tasks.get(i), 1, Integer::sum);
            }
        }
        if (failure != null && completions.get() >= failAfter) {
            throw new GpuFailureException(failure);
        }
    }
}
