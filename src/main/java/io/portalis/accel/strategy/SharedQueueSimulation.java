package io.portalis.accel.strategy;

import java.util.Arrays;

/**
 * Runs the {@link SharedQueue} policy in virtual time: W CPU workers and one GPU path whose true
 * costs are given (and may differ from what the queue believes), optionally with the GPU failing at
 * a given moment. Used by {@link MakespanPlanner} to predict the shared finishing time from the
 * measured rates, and by tests to check the policy against the offline optimum without wall-clock
 * timing.
 */
final class SharedQueueSimulation {
    /** Who ran a task in the simulation. */
    enum Ran { NOBODY, CPU, GPU, CPU_FALLBACK }

    /**
     * The true costs: one task on one CPU worker, one GPU sub-batch (its tasks finish one after the
     * other inside it), and the moment the GPU fails ({@code Double.POSITIVE_INFINITY} for never).
     */
    record Truth(UnitRate cpu, UnitRate gpu, double gpuFailsAtNanos, double cpuSlowdown, double cpuSlowdownAtNanos) {
        Truth {
            if (!(cpuSlowdown > 0) || Double.isInfinite(cpuSlowdown)) {
                throw new IllegalArgumentException("cpuSlowdown must be finite and > 0: " + cpuSlowdown);
            }
        }

        Truth(UnitRate cpu, UnitRate gpu, double gpuFailsAtNanos) {
            this(cpu, gpu, gpuFailsAtNanos, 1, Double.POSITIVE_INFINITY);
        }

        static Truth of(UnitRate cpu, UnitRate gpu) {
            return new Truth(cpu, gpu, Double.POSITIVE_INFINITY);
        }

        /**
         * When a CPU task of true cost {@code nanos} (at the rate before any slowdown) started at
         * {@code start} ends: the part of it past {@code cpuSlowdownAtNanos} takes {@code cpuSlowdown}
         * times as long (the load on the host changed mid-run, as it does on a shared machine).
         */
        double cpuEnd(double start, double nanos) {
            double fastEnd = start + nanos;
            if (fastEnd <= cpuSlowdownAtNanos) {
                return fastEnd;
            }
            double from = Math.max(start, cpuSlowdownAtNanos);
            return from + (fastEnd - from) * cpuSlowdown;
        }
    }

    /**
     * @param makespanNanos when the last task finished
     * @param gpuBytes      bytes the GPU finished
     * @param ran           who ran each task
     * @param runs          how often each task was run to its end
     * @param gpuBatches    sub-batches the GPU took
     */
    record Outcome(double makespanNanos, long gpuBytes, Ran[] ran, int[] runs, int gpuBatches) {}

    private SharedQueueSimulation() {}

    /**
     * @param weights  task weights in bytes
     * @param workers  CPU workers
     * @param believed the rates the queue plans with; it learns from every simulated call, as in a run
     * @param truth    what the calls really cost
     * @param maxBatch the most bytes of one GPU sub-batch
     * @param gpu      whether there is a GPU path at all
     */
    static Outcome run(long[] weights, int workers, RateMeter believed, Truth truth, long maxBatch, boolean gpu) {
        return run(weights, workers, believed, truth, maxBatch, gpu, Double.NaN);
    }

    /**
     * As {@link #run(long[], int, RateMeter, Truth, long, boolean)}, with the GPU's target share of
     * the bytes (an explicit {@code hybrid:N}, 0..1), or NaN for none.
     */
    static Outcome run(long[] weights, int workers, RateMeter believed, Truth truth, long maxBatch, boolean gpu,
            double gpuShare) {
        int n = weights.length;
        SharedQueue q = new SharedQueue(weights, workers, believed, maxBatch, gpu, gpuShare);
        Ran[] ran = new Ran[n];
        Arrays.fill(ran, Ran.NOBODY);
        int[] runs = new int[n];
        int[] workerTask = new int[workers];
        double[] workerEnd = new double[workers];
        double[] workerStart = new double[workers];
        Arrays.fill(workerTask, -1);
        int[] batch = null;
        double[] itemEnd = null;
        double batchStart = 0;
        double batchEnd = 0;
        boolean batchFails = false;
        long gpuBytes = 0;
        double now = 0;
        double last = 0;
        while (true) {
            boolean progressed = true;
            while (progressed) {
                progressed = false;
                for (int w = 0; w < workers; w++) {
                    if (workerTask[w] < 0) {
                        int index = q.cpuTake(w, now);
                        if (index >= 0) {
                            workerTask[w] = index;
                            workerStart[w] = now;
                            workerEnd[w] = truth.cpuEnd(now, truth.cpu().predictNanos(weights[index]));
                            progressed = true;
                        }
                    }
                }
                if (gpu && batch == null && !q.gpuFinished()) {
                    int[] b = q.gpuTake(now);
                    if (b.length > 0) {
                        batch = b;
                        itemEnd = new double[b.length];
                        double t = now + truth.gpu().fixedNanos();
                        for (int k = 0; k < b.length; k++) {
                            t += truth.gpu().nanosPerByte() * weights[b[k]];
                            itemEnd[k] = t;
                        }
                        batchStart = now;
                        batchFails = truth.gpuFailsAtNanos() < t;
                        batchEnd = batchFails ? Math.max(now, truth.gpuFailsAtNanos()) : t;
                        progressed = true;
                    }
                }
            }
            double next = Double.POSITIVE_INFINITY;
            for (int w = 0; w < workers; w++) {
                if (workerTask[w] >= 0) {
                    next = Math.min(next, workerEnd[w]);
                }
            }
            if (batch != null) {
                next = Math.min(next, batchEnd);
            }
            if (next == Double.POSITIVE_INFINITY) {
                if (!q.drained()) {
                    throw new IllegalStateException("shared queue stalled with work left; this is a bug in the policy");
                }
                break;
            }
            now = next;
            for (int w = 0; w < workers; w++) {
                if (workerTask[w] >= 0 && workerEnd[w] <= now) {
                    int index = workerTask[w];
                    runs[index]++;
                    ran[index] = q.isFallback(index) ? Ran.CPU_FALLBACK : Ran.CPU;
                    believed.recordCpu(weights[index], Math.round(workerEnd[w] - workerStart[w]));
                    q.cpuDone(w, now);
                    workerTask[w] = -1;
                    last = Math.max(last, now);
                }
            }
            if (batch != null && batchEnd <= now) {
                long bytes = 0;
                int unfinished = 0;
                int[] rest = new int[batch.length];
                for (int k = 0; k < batch.length; k++) {
                    if (itemEnd[k] <= batchEnd) {
                        runs[batch[k]]++;
                        ran[batch[k]] = Ran.GPU;
                        bytes += weights[batch[k]];
                    } else {
                        rest[unfinished++] = batch[k];
                    }
                }
                gpuBytes += bytes;
                last = Math.max(last, now);
                if (batchFails) {
                    q.gpuFailed(Arrays.copyOf(rest, unfinished), true);
                } else {
                    believed.recordGpu(bytes, Math.round(batchEnd - batchStart));
                    q.gpuDone(now);
                }
                batch = null;
            }
        }
        return new Outcome(last, gpuBytes, ran, runs, q.gpuBatches());
    }
}
