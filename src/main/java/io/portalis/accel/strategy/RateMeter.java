package io.portalis.accel.strategy;

/**
 * The rates of the two processing units as this run knows them: the priors (kept between runs by
 * the caller, or {@code null} when never measured) refined by what this run observes. The manager
 * records every CPU task and every GPU sub-batch here; the caller reads {@link #observedCpu()} and
 * {@link #observedGpu()} after the run to keep them. Thread-safe.
 */
public final class RateMeter {
    /** How many observed calls of this run weigh as much as the prior. */
    private static final double CPU_PRIOR_CALLS = 8;
    private static final double GPU_PRIOR_CALLS = 0.5;
    /** An observed per-byte cost this many times off the prior replaces the prior outright. */
    private static final double SURPRISE = 2;

    private final UnitRate cpuPrior;
    private final UnitRate gpuPrior;
    private final Double priorLoad;
    private final RateFit cpuRun = new RateFit();
    private final RateFit gpuRun = new RateFit();
    private volatile boolean together;

    /**
     * @param cpuPrior the cost of one task on one CPU worker, {@code null} when unknown
     * @param gpuPrior the cost of one GPU sub-batch, {@code null} when unknown
     */
    public RateMeter(UnitRate cpuPrior, UnitRate gpuPrior) {
        this(cpuPrior, gpuPrior, null);
    }

    /**
     * @param priorLoad the system CPU utilization (0..1) under which the priors were measured, so a
     *                  plan can correct them for the load now; {@code null} when unknown
     */
    public RateMeter(UnitRate cpuPrior, UnitRate gpuPrior, Double priorLoad) {
        if (priorLoad != null && !(priorLoad >= 0 && priorLoad <= 1)) {
            throw new IllegalArgumentException("priorLoad must be in 0..1: " + priorLoad);
        }
        this.cpuPrior = cpuPrior;
        this.gpuPrior = gpuPrior;
        this.priorLoad = priorLoad;
    }

    /** The CPU utilization the priors were measured under, {@code null} when unknown. */
    public Double priorLoad() {
        return priorLoad;
    }

    /** A meter that knows nothing yet (auto then uses the decision tree), but learns this run. */
    public static RateMeter unknown() {
        return new RateMeter(null, null);
    }

    public UnitRate cpuPrior() {
        return cpuPrior;
    }

    public UnitRate gpuPrior() {
        return gpuPrior;
    }

    /** Whether both units have a rate to plan with before the run starts. */
    public boolean calibrated() {
        return cpuPrior != null && gpuPrior != null;
    }

    /** Notes that CPU workers and the GPU path ran at the same time in this run. */
    void markTogether() {
        together = true;
    }

    /**
     * Whether the CPU workers and the GPU path ran at the same time in this run: then each unit's
     * observations include the other's competition for cores, memory and bus (the GPU path's later
     * stages run on CPU threads), so they describe this run, not the unit alone, and are not the
     * rates to keep.
     */
    public boolean ranTogether() {
        return together;
    }

    void recordCpu(long bytes, long nanos) {
        cpuRun.add(bytes, nanos);
    }

    void recordGpu(long bytes, long nanos) {
        gpuRun.add(bytes, nanos);
    }

    long gpuRunSamples() {
        return gpuRun.samples();
    }

    /** What this run measured on the CPU (one task on one worker), {@code null} when nothing ran there. */
    public UnitRate observedCpu() {
        return cpuRun.fit(cpuPrior);
    }

    /** What this run measured on the GPU path (one sub-batch), {@code null} when nothing ran there. */
    public UnitRate observedGpu() {
        return gpuRun.fit(gpuPrior);
    }

    /** The CPU rate to plan with now: the prior moved towards this run's observations. */
    public UnitRate cpu() {
        return blend(cpuPrior, observedCpu(), CPU_PRIOR_CALLS);
    }

    /** The GPU rate to plan with now: the prior moved towards this run's observations. */
    public UnitRate gpu() {
        return blend(gpuPrior, observedGpu(), GPU_PRIOR_CALLS);
    }

    private static UnitRate blend(UnitRate prior, UnitRate observed, double priorCalls) {
        if (observed == null) {
            return prior;
        }
        if (prior == null) {
            return observed;
        }
        double ratio = observed.nanosPerByte() / Math.max(prior.nanosPerByte(), 1e-12);
        if (ratio > SURPRISE || ratio < 1 / SURPRISE) {
            return observed; // the unit is not what the prior says (another machine, a new load): re-learn
        }
        double w = observed.samples() / (observed.samples() + priorCalls);
        return prior.towards(observed, w);
    }
}
