package io.portalis.accel.strategy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One batch run from a {@link SharedQueue} (a measured {@code auto} plan that shares, and every
 * {@code hybrid:N} with a share that holds a task): the CPU workers pull single tasks (heaviest first) and
 * the calling thread runs the GPU path on the sub-batches the queue sizes for it, until the queue is
 * drained. A typed GPU failure keeps every finished result; the unfinished tasks of the failed
 * sub-batch go back to the CPU workers first, each once, and the GPU takes no more.
 */
final class SharedRun<T, R> {
    private static final Logger LOG = LoggerFactory.getLogger(SharedRun.class);
    /** The longest a unit waits before asking again (it is woken at every finish anyway). */
    private static final long WAIT_MILLIS = 20;

    private final StrategyManager<T, R> manager;
    private final StrategyManager<T, R>.Batch batch;
    private final SharedQueue queue;
    private volatile boolean stopped;

    /**
     * @param gpuShare the GPU's target share of the bytes (an explicit {@code hybrid:N}, 0..1), or NaN
     *                 when the measured rates alone decide
     */
    SharedRun(StrategyManager<T, R> manager, StrategyManager<T, R>.Batch batch, double gpuShare) {
        this.manager = manager;
        this.batch = batch;
        this.queue = new SharedQueue(batch.weights, manager.cpu().threads(), manager.meter(),
                manager.gpu().maxBatchBytes(), true, gpuShare);
    }

    private double now() {
        return System.nanoTime() - batch.startNanos;
    }

    void run() {
        manager.meter().markTogether();
        CpuExecutor<T, R>.Part part = manager.cpu().start(batch.tasks, new CpuExecutor.Feed() {
            @Override
            public int next(int worker) {
                return cpuNext(worker);
            }

            @Override
            public ExecutorKind kind(int index) {
                synchronized (queue) {
                    return queue.isFallback(index) ? ExecutorKind.CPU_FALLBACK : ExecutorKind.CPU;
                }
            }

            @Override
            public void stop() {
                stopped = true;
                synchronized (queue) {
                    queue.notifyAll();
                }
            }

            @Override
            public void finished(int worker, int index) {
                synchronized (queue) {
                    queue.cpuDone(worker, now());
                    queue.notifyAll();
                }
            }
        }, manager.cpu().threads(), batch::record);
        int gpuTasks = 0;
        int batches = 0;
        try {
            for (int[] sub = gpuNext(); sub.length > 0; sub = gpuNext()) {
                gpuTasks += sub.length;
                batches++;
                StrategyManager.GpuCall call = manager.runOnGpu(batch, sub);
                synchronized (queue) {
                    if (call.failure() == null) {
                        manager.meter().recordGpu(call.bytes(), call.nanos());
                        queue.gpuDone(now());
                    } else {
                        GpuFailure failure = manager.reportFailure(batch, call, gpuTasks);
                        if (!manager.fallbackEnabled()) {
                            manager.notRun(batch, call.unfinished(), failure);
                        }
                        queue.gpuFailed(call.unfinished(), manager.fallbackEnabled());
                    }
                    queue.notifyAll();
                }
                if (call.failure() != null) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
            synchronized (queue) {
                queue.gpuFailed(new int[0], false);
                queue.notifyAll();
            }
        }
        part.await();
        if (LOG.isDebugEnabled()) {
            LOG.debug("shared queue: {} sub-batch(es), {} task(s), {} bytes on the GPU path", batches, gpuTasks,
                    queue.gpuBytes());
        }
    }

    private int cpuNext(int worker) {
        synchronized (queue) {
            while (!stopped) {
                int index = queue.cpuTake(worker, now());
                if (index != SharedQueue.WAIT) {
                    return index;
                }
                try {
                    queue.wait(WAIT_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
            return -1;
        }
    }

    private int[] gpuNext() throws InterruptedException {
        synchronized (queue) {
            while (!stopped && !queue.gpuFinished()) {
                int[] sub = queue.gpuTake(now());
                if (sub.length > 0) {
                    return sub;
                }
                queue.wait(WAIT_MILLIS);
            }
            return new int[0];
        }
    }
}
