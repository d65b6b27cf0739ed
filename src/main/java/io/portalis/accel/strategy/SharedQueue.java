package io.portalis.accel.strategy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one queue the CPU workers and the GPU path pull from under a measured plan, so both sides
 * finish together. Tasks are kept heaviest first. Each pull first estimates when the remaining work
 * would be done if every live unit kept busy (the "fluid" finish T from the current rates, never
 * before the heaviest task can be done on the unit fastest for it), then:
 * <ul>
 *   <li>a CPU worker takes the heaviest task it can finish by T and no later than the GPU could
 *       were that task its next call (so big tasks start early, the last ones are small, and a
 *       heavy task never goes to the CPU when the GPU would finish it first: when the CPU turns out
 *       slower than its rate, that task would set the makespan); when even the lightest would end
 *       after T it takes it only if the GPU could not finish everything left sooner, else it waits;</li>
 *   <li>the GPU takes one sub-batch: first the heavy tasks no CPU worker could finish by T and the
 *       GPU finishes sooner, then light tasks, up to half of the bytes it can do by T in all (a
 *       sixteenth for its first sub-batch of the run, which measures it: a heavy task bigger than that
 *       waits for the next one), later at least enough bytes that its
 *       per-batch cost stays under a twentieth of the batch, and never more than {@code maxBatchBytes};</li>
 *   <li>a GPU failure puts the unfinished tasks of its sub-batch in a fallback list that the CPU
 *       workers take first, each once, and the GPU takes no more.</li>
 * </ul>
 * Because each pull reads the rates afresh (the {@link RateMeter} learns from every finished call),
 * a GPU that turns out slower than expected gets smaller sub-batches at once and the CPU takes the
 * rest. The CPU's rate is also corrected by its unfinished tasks: a worker whose task has run longer
 * than the rate predicts shows the pool is slower now (the load rose since the rates were measured)
 * before that task ends, and every estimate uses the slower rate.
 *
 * <p>With a target GPU share (an explicit {@code hybrid:N}: N% of the bytes) the share is the plan:
 * the rates the rules above read are this run's own measurements only (the priors serve only to
 * split a unit's first calls into per-call and per-byte cost), and a unit not measured yet is taken
 * to be as fast as the share says (the GPU doing N% of the bytes in the time the pool does
 * 100 - N%). So the first sub-batches follow N; from then on what the run measures moves the work,
 * and both sides still finish together. While both sides have bytes left of their shares, the light
 * tasks of a GPU sub-batch stay within the GPU's share.
 *
 * <p>Time is whatever clock the caller passes ({@code now}, in nanoseconds from the batch start),
 * so the same policy runs on threads ({@link StrategyManager}) and in virtual time
 * ({@link SharedQueueSimulation}). Not thread-safe: the caller holds one lock around every call.
 */
final class SharedQueue {
    /** No task for this unit now; ask again after the next finish. */
    static final int WAIT = -2;
    /** Nothing left for this unit in this batch. */
    static final int DONE = -1;

    private static final double FIRST_BATCH_FRACTION = 1.0 / 16;
    private static final double BATCH_FRACTION = 1.0 / 2;
    /** The per-batch cost may be at most 1 / this of a sub-batch's time (below the fluid target). */
    private static final double MIN_BATCH_OVERHEAD_RATIO = 20;

    private final long[] weight;
    private final int[] order;
    private final long[] sortedWeight;
    private final int[] nextFree;
    private final boolean[] fallbackTask;
    private final ArrayDeque<Integer> fallback = new ArrayDeque<>();
    private final int n;
    private int tail;
    private long remainingBytes;
    private int remainingCount;

    private final int workers;
    private final boolean[] cpuBusy;
    private final double[] cpuFreeAt;
    private final double[] cpuStartAt;
    private final long[] cpuTaskBytes;
    /** The clock of the latest call, for the in-flight evidence on the CPU's rate. */
    private double clock;

    private final RateMeter rates;
    private final long maxBatchBytes;
    private boolean gpuAlive;
    private boolean gpuBusy;
    private double gpuFreeAt;
    private long gpuBytes;
    private int gpuBatches;

    /** The GPU's target share of the bytes (0..1), or NaN when the rates alone decide. */
    private final double share;
    private final long gpuQuota;
    private final long cpuQuota;
    private long cpuBytes;

    /**
     * @param weights       each task's weight in bytes (&ge; 0), by task index
     * @param workers       CPU workers pulling from the queue
     * @param rates         the current rates; read at every pull
     * @param maxBatchBytes the most bytes one GPU sub-batch may hold (e.g. from the device's free memory)
     * @param gpuPresent    whether a GPU path pulls at all
     */
    SharedQueue(long[] weights, int workers, RateMeter rates, long maxBatchBytes, boolean gpuPresent) {
        this(weights, workers, rates, maxBatchBytes, gpuPresent, Double.NaN);
    }

    /**
     * @param gpuShare the GPU's target share of the bytes, 0..1 (an explicit {@code hybrid:N}), or
     *                 NaN for none (the rates alone decide, as under a measured {@code auto})
     */
    SharedQueue(long[] weights, int workers, RateMeter rates, long maxBatchBytes, boolean gpuPresent, double gpuShare) {
        if (!Double.isNaN(gpuShare) && !(gpuShare >= 0 && gpuShare <= 1)) {
            throw new IllegalArgumentException("gpuShare must be in 0..1 or NaN: " + gpuShare);
        }
        this.share = gpuShare;
        this.n = weights.length;
        this.weight = weights.clone();
        this.workers = workers;
        this.rates = rates;
        this.maxBatchBytes = Math.max(1, maxBatchBytes);
        this.gpuAlive = gpuPresent;
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
            if (weights[i] < 0) {
                throw new IllegalArgumentException("task " + i + " has a negative weight");
            }
            remainingBytes += weights[i];
        }
        Arrays.sort(boxed, (a, b) -> weight[a] != weight[b] ? Long.compare(weight[b], weight[a]) : Integer.compare(a, b));
        this.order = new int[n];
        this.sortedWeight = new long[n];
        for (int p = 0; p < n; p++) {
            order[p] = boxed[p];
            sortedWeight[p] = weight[boxed[p]];
        }
        this.nextFree = new int[n + 1];
        for (int p = 0; p <= n; p++) {
            nextFree[p] = p;
        }
        this.fallbackTask = new boolean[n];
        this.tail = n - 1;
        this.remainingCount = n;
        this.cpuBusy = new boolean[workers];
        this.cpuFreeAt = new double[workers];
        this.cpuStartAt = new double[workers];
        this.cpuTaskBytes = new long[workers];
        if (Double.isNaN(gpuShare)) {
            this.gpuQuota = 0;
            this.cpuQuota = 0;
        } else {
            this.gpuQuota = (long) Math.floor(remainingBytes * gpuShare);
            this.cpuQuota = remainingBytes - gpuQuota;
        }
    }

    /** Whether both sides still have bytes left of their target shares (never without a target). */
    private boolean holdingShares() {
        return !Double.isNaN(share) && gpuAlive && gpuBytes < gpuQuota && cpuBytes < cpuQuota;
    }

    // ---- the CPU side ----

    /** The next task for worker {@code w}, or {@link #WAIT} or {@link #DONE}. */
    int cpuTake(int w, double now) {
        clock = Math.max(clock, now);
        if (!fallback.isEmpty()) {
            int index = fallback.poll();
            startCpu(w, index, now);
            return index;
        }
        if (remainingCount == 0) {
            return gpuBusy ? WAIT : DONE; // a running sub-batch may still fail and need the workers
        }
        int p;
        if (!gpuAlive) {
            p = find(0);
        } else {
            UnitRate cpu = cpuRate();
            UnitRate gpu = gpuRate();
            double t = estimateFinish(now, cpu, gpu);
            double budget = cpu.nanosPerByte() <= 0 ? Double.POSITIVE_INFINITY
                    : (t - now - cpu.fixedNanos()) / cpu.nanosPerByte();
            // never a task this worker would finish after the GPU could (were it the GPU's next call):
            // a heavy task started late on the slower side sets the makespan, and more so when the
            // CPU's rate turns out worse than measured
            double gpuBudget = cpu.nanosPerByte() <= gpu.nanosPerByte() ? Double.POSITIVE_INFINITY
                    : (gpuFree(now) + gpu.fixedNanos() - now - cpu.fixedNanos())
                            / (cpu.nanosPerByte() - gpu.nanosPerByte());
            budget = Math.min(budget, gpuBudget);
            p = budget < 0 ? n : find(firstAtMost(budget));
            if (p >= n) {
                int lightest = lastFree();
                double gpuAll = gpuFree(now) + gpu.predictNanos(remainingBytes);
                if (now + cpu.predictNanos(weightAt(lightest)) < gpuAll) {
                    p = lightest;
                } else {
                    return WAIT;
                }
            }
        }
        take(p);
        cpuBytes += sortedWeight[p];
        int index = order[p];
        startCpu(w, index, now);
        return index;
    }

    /** Whether {@code index} came back from a failed GPU sub-batch (its run is a fallback rerun). */
    boolean isFallback(int index) {
        return fallbackTask[index];
    }

    void cpuDone(int w, double now) {
        cpuBusy[w] = false;
        cpuFreeAt[w] = now;
    }

    private void startCpu(int w, int index, double now) {
        cpuBusy[w] = true;
        cpuStartAt[w] = now;
        cpuTaskBytes[w] = weight[index];
        cpuFreeAt[w] = now + cpuRate().predictNanos(weight[index]);
    }

    // ---- the GPU side ----

    /**
     * The GPU's next sub-batch (task indices, heaviest first), empty with {@link #WAIT} semantics
     * when {@link #gpuFinished()} is false, or empty and finished when nothing is left for it.
     */
    int[] gpuTake(double now) {
        clock = Math.max(clock, now);
        if (!gpuAlive || remainingCount == 0) {
            return new int[0];
        }
        UnitRate cpu = cpuRate();
        UnitRate gpu = gpuRate();
        double t = estimateFinish(now, cpu, gpu);
        double start = now + gpu.fixedNanos();
        double perByte = Math.max(gpu.nanosPerByte(), 1e-9);
        double target = (t - start) / perByte;
        double chunk;
        boolean probing = rates.gpuRunSamples() == 0 && gpuBatches == 0;
        if (probing) {
            chunk = target * FIRST_BATCH_FRACTION; // a probe: what the GPU really does this run is not known yet
        } else {
            double minBatch = MIN_BATCH_OVERHEAD_RATIO * gpu.fixedNanos() / perByte;
            chunk = Math.min(target, Math.max(target * BATCH_FRACTION, minBatch));
        }
        chunk = Math.min(chunk, maxBatchBytes);
        // while both sides have bytes left of their target shares, the light tasks of a sub-batch stay
        // within the GPU's
        if (holdingShares() && weightAt(lastFree()) <= gpuQuota - gpuBytes) {
            chunk = Math.min(chunk, gpuQuota - gpuBytes);
        }
        double cpuFreeFirst = Double.POSITIVE_INFINITY;
        for (int w = 0; w < workers; w++) {
            cpuFreeFirst = Math.min(cpuFreeFirst, cpuFree(w, now, cpu));
        }
        List<Integer> batch = new ArrayList<>();
        long bytes = 0;
        // heavy tasks that no worker would finish by t and the GPU would finish sooner, up to the chunk
        // (or the first such task alone, even past a target share; none while probing, if it is bigger
        // than the probe)
        double heavyLimit = probing ? chunk : Math.max(chunk, Math.min(sortedWeight[find(0)], maxBatchBytes));
        for (int p = find(0); p < n; p = find(0)) {
            long x = sortedWeight[p];
            double cpuBest = cpuFreeFirst + cpu.predictNanos(x);
            if (cpuBest <= t || start + perByte * (bytes + x) >= cpuBest || bytes + x > heavyLimit) {
                break;
            }
            take(p);
            batch.add(order[p]);
            bytes += x;
        }
        // then light tasks up to the chunk
        for (int p = lastFree(); p >= 0 && bytes + sortedWeight[p] <= chunk; p = lastFree()) {
            take(p);
            batch.add(order[p]);
            bytes += sortedWeight[p];
        }
        if (batch.isEmpty()) {
            int p = lastFree();
            boolean cpuWorking = false;
            for (int w = 0; w < workers; w++) {
                cpuWorking |= cpuBusy[w];
            }
            if (cpuWorking && start + perByte * sortedWeight[p] > t) {
                return new int[0];
            }
            take(p);
            batch.add(order[p]);
            bytes += sortedWeight[p];
        }
        return startGpu(batch, bytes, start, perByte);
    }

    private int[] startGpu(List<Integer> batch, long bytes, double start, double perByte) {
        gpuBusy = true;
        gpuFreeAt = start + perByte * bytes;
        gpuBytes += bytes;
        gpuBatches++;
        return batch.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the GPU's target share holds at least one task (always true without a target). */
    static boolean shareHoldsATask(long[] weights, double gpuShare) {
        if (Double.isNaN(gpuShare)) {
            return true;
        }
        long total = 0;
        long lightest = Long.MAX_VALUE;
        for (long w : weights) {
            total += w;
            lightest = Math.min(lightest, w);
        }
        return weights.length > 0 && gpuShare > 0 && lightest <= (long) Math.floor(total * gpuShare);
    }

    /** True when the GPU will get nothing more in this batch (none left, or it failed, or there is none). */
    boolean gpuFinished() {
        return !gpuAlive || remainingCount == 0;
    }

    void gpuDone(double now) {
        gpuBusy = false;
        gpuFreeAt = now;
    }

    /**
     * The GPU path failed: it takes nothing more; the unfinished tasks of its sub-batch are rerun by
     * the CPU workers first when {@code rerun}, or left out (strict mode) otherwise.
     */
    void gpuFailed(int[] unfinished, boolean rerun) {
        gpuAlive = false;
        gpuBusy = false;
        if (rerun) {
            for (int index : unfinished) {
                fallbackTask[index] = true;
                fallback.add(index);
            }
        }
    }

    /** Whether every task has been handed out and no fallback work is pending. */
    boolean drained() {
        return remainingCount == 0 && fallback.isEmpty();
    }

    long gpuBytes() {
        return gpuBytes;
    }

    int gpuBatches() {
        return gpuBatches;
    }

    // ---- the estimate ----

    /** The share a derived rate assumes: the target, kept off 0 and 1 so both speeds stay finite. */
    private double derivingShare() {
        return Math.max(0.01, Math.min(0.99, share));
    }

    /**
     * The CPU rate to plan with: the meter's (priors refined by this run) without a target share; with
     * one, only what this run measured, derived from the GPU's through the share until then, so an
     * explicit share is the plan until the run itself shows otherwise.
     */
    private UnitRate cpuRate() {
        UnitRate r = Double.isNaN(share) ? rates.cpu() : rates.observedCpu();
        if (r != null) {
            return r.scaled(overrun(r));
        }
        UnitRate gpu = Double.isNaN(share) ? null : rates.observedGpu();
        if (gpu != null) {
            // the pool as fast as 100 - N% of the bytes against the GPU's N%
            double s = derivingShare();
            return new UnitRate(0, Math.max(gpu.nanosPerByte(), 1e-9) * workers * s / (1 - s), 0);
        }
        return new UnitRate(0, 1, 0);
    }

    /**
     * How much slower than {@code r} the CPU workers are running now, as their unfinished tasks show
     * (1 when none has outrun its prediction): a worker's speed is known before its task finishes,
     * so a load that rises mid-run moves the plan at once rather than when the heavy task ends.
     */
    private double overrun(UnitRate r) {
        double worst = 1;
        for (int w = 0; w < workers; w++) {
            if (cpuBusy[w]) {
                double predicted = r.predictNanos(cpuTaskBytes[w]);
                if (predicted > 0) {
                    worst = Math.max(worst, (clock - cpuStartAt[w]) / predicted);
                }
            }
        }
        return worst;
    }

    /** The GPU rate to plan with, as {@link #cpuRate()}. */
    private UnitRate gpuRate() {
        UnitRate r = Double.isNaN(share) ? rates.gpu() : rates.observedGpu();
        if (r != null) {
            return r;
        }
        UnitRate cpu = cpuRate();
        if (Double.isNaN(share)) {
            return cpu;
        }
        // the GPU as fast as N% of the bytes against the pool's 100 - N%
        double s = derivingShare();
        return new UnitRate(0, Math.max(cpu.nanosPerByte(), 1e-9) / workers * (1 - s) / s, 0);
    }

    /** When worker {@code w} is free: its task's end by the rate now (never before {@code now}). */
    private double cpuFree(int w, double now, UnitRate cpu) {
        return cpuBusy[w] ? Math.max(now, Math.max(cpuFreeAt[w], cpuStartAt[w] + cpu.predictNanos(cpuTaskBytes[w]))) : now;
    }

    private double gpuFree(double now) {
        return gpuBusy ? Math.max(now, gpuFreeAt) : now;
    }

    /**
     * When the remaining bytes would be done if every live unit worked on them without a gap from
     * the moment it is free (water-filling over the units' free times), but never before the
     * heaviest remaining task could be done on the unit that finishes it first.
     */
    double estimateFinish(double now, UnitRate cpu, UnitRate gpu) {
        if (remainingCount == 0) {
            return now;
        }
        double meanTask = (double) remainingBytes / remainingCount;
        double cpuPerByte = cpu.nanosPerByte() + cpu.fixedNanos() / Math.max(1, meanTask);
        int units = workers + (gpuAlive ? 1 : 0);
        double[] free = new double[units];
        double[] speed = new double[units];
        double cpuFreeFirst = Double.POSITIVE_INFINITY;
        for (int w = 0; w < workers; w++) {
            free[w] = cpuFree(w, now, cpu);
            speed[w] = 1 / Math.max(cpuPerByte, 1e-9);
            cpuFreeFirst = Math.min(cpuFreeFirst, free[w]);
        }
        double gpuStart = Double.POSITIVE_INFINITY;
        if (gpuAlive) {
            gpuStart = gpuFree(now) + gpu.fixedNanos();
            free[workers] = gpuStart;
            speed[workers] = 1 / Math.max(gpu.nanosPerByte(), 1e-9);
        }
        Integer[] byFree = new Integer[units];
        for (int u = 0; u < units; u++) {
            byFree[u] = u;
        }
        Arrays.sort(byFree, (a, b) -> Double.compare(free[a], free[b]));
        double sumSpeed = 0;
        double sumSpeedFree = 0;
        double fluid = Double.POSITIVE_INFINITY;
        for (int k = 0; k < units; k++) {
            int u = byFree[k];
            sumSpeed += speed[u];
            sumSpeedFree += speed[u] * free[u];
            double t = (remainingBytes + sumSpeedFree) / sumSpeed;
            if (k == units - 1 || t <= free[byFree[k + 1]]) {
                fluid = t;
                break;
            }
        }
        long heaviest = sortedWeight[find(0)];
        double heaviestDone = cpuFreeFirst + cpu.predictNanos(heaviest);
        if (gpuAlive) {
            heaviestDone = Math.min(heaviestDone, gpuStart + gpu.nanosPerByte() * heaviest);
        }
        return Math.max(fluid, heaviestDone);
    }

    // ---- the sorted store ----

    private long weightAt(int p) {
        return sortedWeight[p];
    }

    /** The first position at or after {@code p} not yet taken ({@code n} if none). */
    private int find(int p) {
        int root = p;
        while (nextFree[root] != root) {
            root = nextFree[root];
        }
        while (nextFree[p] != root) {
            int next = nextFree[p];
            nextFree[p] = root;
            p = next;
        }
        return root;
    }

    /** The last position not yet taken, -1 if none. */
    private int lastFree() {
        while (tail >= 0 && nextFree[tail] != tail) {
            tail--;
        }
        return tail;
    }

    /** The first position whose weight is at most {@code bytes} ({@code n} if none). */
    private int firstAtMost(double bytes) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedWeight[mid] <= bytes) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private void take(int p) {
        nextFree[p] = p + 1;
        remainingBytes -= sortedWeight[p];
        remainingCount--;
    }
}
