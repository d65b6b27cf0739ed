package io.portalis.accel.strategy;

import java.util.Locale;

/**
 * {@code auto} by predicted makespan: from the measured rates (a {@link RateMeter} with priors for
 * both units), the task weights, the worker count and the load now, predicts when the batch would
 * finish on the CPU alone (the workers taking the heaviest task first), on the GPU path alone (one
 * call) and shared through one {@link SharedQueue} (simulated in virtual time), and picks the
 * soonest. A plan that uses the GPU must beat the CPU's prediction by {@value #GPU_MARGIN_PERCENT}%
 * or more, so a near tie stays on the path with no device start-up to lose. A GPU that shares the
 * host's cores (an OpenCL CPU device) is never shared with the CPU workers: both would split the same
 * cores, so only cpu and gpu are compared.
 */
public final class MakespanPlanner {
    public static final String RULE = "measured";
    static final int GPU_MARGIN_PERCENT = 3;
    private static final double MIN_LOAD_FACTOR = 0.5;
    private static final double MAX_LOAD_FACTOR = 3;

    /**
     * What the planner predicted and used.
     *
     * @param predictedNanos the predicted finishing time of the chosen plan
     * @param cpuNanos       predicted on the CPU workers alone
     * @param gpuNanos       predicted on the GPU path alone
     * @param sharedNanos    predicted with both sharing one queue, {@code null} when not considered
     * @param gpuByteShare   the share of the bytes the chosen plan gives the GPU, 0..1
     * @param cpuRate        one task on one CPU worker, as used (after the load correction)
     * @param gpuRate        one GPU sub-batch, as used (after the load correction)
     * @param loadFactor     the multiplier applied to CPU-bound costs for the load now (1 = none)
     * @param shared         whether the batch runs from one shared queue
     */
    public record Plan(double predictedNanos, double cpuNanos, double gpuNanos, Double sharedNanos,
            double gpuByteShare, UnitRate cpuRate, UnitRate gpuRate, double loadFactor, boolean shared)
            implements java.io.Serializable {}

    private MakespanPlanner() {}

    /**
     * @param weights       the tasks' weights in bytes
     * @param workers       CPU worker threads
     * @param rates         the measured rates; {@link RateMeter#calibrated()} must be true
     * @param gpuSharesCpu  whether the GPU path runs on the host's own cores
     * @param load          the load now, {@code null} when not sampled
     * @param maxBatchBytes the most bytes of one GPU sub-batch
     */
    public static Selection select(long[] weights, int workers, RateMeter rates, boolean gpuSharesCpu,
            SystemLoad load, long maxBatchBytes) {
        if (!rates.calibrated()) {
            throw new IllegalArgumentException("the planner needs measured rates for both units");
        }
        double factor = loadFactor(rates.priorLoad(), load == null ? null : load.cpuUtilization());
        UnitRate cpu = rates.cpuPrior().scaled(factor);
        UnitRate gpu = gpuSharesCpu ? rates.gpuPrior().scaled(factor) : rates.gpuPrior();
        long total = 0;
        for (long w : weights) {
            total += w;
        }
        double cpuNanos = SharedQueueSimulation.run(weights, workers, new RateMeter(cpu, gpu),
                SharedQueueSimulation.Truth.of(cpu, gpu), maxBatchBytes, false).makespanNanos();
        double gpuNanos = weights.length == 0 ? 0 : gpu.predictNanos(total);
        Double sharedNanos = null;
        double sharedShare = 0;
        if (!gpuSharesCpu && weights.length > 0) {
            SharedQueueSimulation.Outcome o = SharedQueueSimulation.run(weights, workers, new RateMeter(cpu, gpu),
                    SharedQueueSimulation.Truth.of(cpu, gpu), maxBatchBytes, true);
            sharedNanos = o.makespanNanos();
            sharedShare = total == 0 ? 0 : (double) o.gpuBytes() / total;
        }
        double keep = 1 - GPU_MARGIN_PERCENT / 100.0;
        ExecutionStrategy chosen = new ExecutionStrategy.CpuOnly();
        double predicted = cpuNanos;
        double share = 0;
        boolean shared = false;
        if (gpuNanos < cpuNanos * keep && (sharedNanos == null || gpuNanos <= sharedNanos)) {
            chosen = new ExecutionStrategy.GpuOnly();
            predicted = gpuNanos;
            share = 1;
        } else if (sharedNanos != null && sharedNanos < cpuNanos * keep) {
            int percent = (int) Math.max(0, Math.min(100, Math.round(sharedShare * 100)));
            chosen = ExecutionStrategy.Hybrid.ofGpuPercent(percent);
            predicted = sharedNanos;
            share = sharedShare;
            shared = true;
        }
        Plan plan = new Plan(predicted, cpuNanos, gpuNanos, sharedNanos, share, cpu, gpu, factor, shared);
        return new Selection(chosen, RULE, reason(chosen, plan, gpuSharesCpu), plan);
    }

    /** How much costlier CPU work is now than when the rates were measured, from the two utilizations. */
    static double loadFactor(Double then, Double now) {
        if (then == null || now == null) {
            return 1;
        }
        double f = (1 - then) / Math.max(0.05, 1 - now);
        return Math.max(MIN_LOAD_FACTOR, Math.min(MAX_LOAD_FACTOR, f));
    }

    private static String reason(ExecutionStrategy chosen, Plan p, boolean gpuSharesCpu) {
        StringBuilder sb = new StringBuilder("predicted from measured rates: cpu ").append(ms(p.cpuNanos()))
                .append(", gpu ").append(ms(p.gpuNanos()));
        if (p.sharedNanos() != null) {
            sb.append(", shared ").append(ms(p.sharedNanos()));
        } else if (gpuSharesCpu) {
            sb.append(" (the OpenCL device runs on the host's cores, so the two are not shared)");
        }
        if (p.loadFactor() != 1) {
            sb.append(String.format(Locale.ROOT, "; CPU costs x%.2f for the load now", p.loadFactor()));
        }
        sb.append(": ");
        if (chosen instanceof ExecutionStrategy.CpuOnly) {
            sb.append("no plan with the GPU beats the CPU by ").append(GPU_MARGIN_PERCENT).append("%, so the CPU runs all");
        } else if (chosen instanceof ExecutionStrategy.GpuOnly) {
            sb.append("the GPU path alone finishes first");
        } else {
            sb.append(String.format(Locale.ROOT, "CPU and GPU share one queue (GPU about %.0f%% of the bytes)",
                    p.gpuByteShare() * 100));
        }
        return sb.toString();
    }

    private static String ms(double nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
