package io.portalis.accel.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch of tasks with a strategy: chooses it (for {@code auto}), splits the tasks between
 * the CPU pool and the GPU path, runs both parts at once, falls back from GPU failures, and merges
 * the results in task order.
 *
 * <p>Three ways to make one: {@link #cpuOnly}, {@link #withAutoStrategy} and {@link #withStrategy}.
 * {@link #withWeigher} gives each task its weight in bytes and {@link #withRates} the measured rates:
 * with rates for both units, {@code auto} is planned by {@link MakespanPlanner} (rule
 * {@code measured}), and a plan that shares the batch runs from one {@link SharedQueue} the CPU
 * workers and the GPU path both pull from ({@link SharedRun}). {@code hybrid:N} runs from the same
 * queue with N% of the weight as the GPU's target share: the GPU takes the lightest tasks in
 * sub-batches sized from its rate and {@link GpuExecutor#maxBatchBytes}, the CPU workers the
 * heaviest, until one side has taken its share; then the rates decide the rest, so both finish
 * together (a share that holds no task at all gives the GPU nothing). GpuOnly gives the GPU path
 * every task in one call: it is the way to have the device lex every file.
 *
 * <p>Guarantees: every task has exactly one result; a task that fails is one failed result; on a
 * typed GPU failure every result the GPU already completed is kept and only the tasks it never
 * completed run on the CPU, each once (a completion the GPU reports after it failed is ignored).
 * With fallback disabled (strict mode) the unfinished tasks are not run ({@link TaskResult#notRun})
 * and the result says the run failed. A GPU failure reported after every GPU task had finished moves
 * nothing: it records no {@link FallbackEvent}, only an error line.
 *
 * @param <T> the task type
 * @param <R> the result type
 */
public final class StrategyManager<T, R> {
    private static final Logger LOG = LoggerFactory.getLogger(StrategyManager.class);

    private static final int PENDING = 0;
    private static final int DONE = 1;
    private static final int TAKEN_BACK = 2;

    private final CpuExecutor<T, R> cpu;
    private final GpuExecutor<T, R> gpu;
    private final ExecutionStrategy requested;
    private final HardwareCapabilities hardware;
    private final Supplier<SystemLoad> loadSampler;
    private final boolean fallbackEnabled;
    private final Consumer<TaskResult<R>> progress;
    private final Measuring<T> measuring;

    /**
     * How tasks are weighed and timed: each task's weight in bytes (1 each unless the caller knows),
     * the meter that holds the measured rates and learns from this run, and whether the GPU path
     * runs on the host's own cores (an OpenCL CPU device), which the planner must know.
     */
    private record Measuring<T>(ToLongFunction<T> weigher, RateMeter rates, boolean gpuSharesCpu) {
        static <T> Measuring<T> none() {
            return new Measuring<>(t -> 1, RateMeter.unknown(), false);
        }
    }

    private StrategyManager(CpuExecutor<T, R> cpu, GpuExecutor<T, R> gpu, ExecutionStrategy requested,
            HardwareCapabilities hardware, Supplier<SystemLoad> loadSampler, boolean fallbackEnabled,
            Consumer<TaskResult<R>> progress, Measuring<T> measuring) {
        this.cpu = Objects.requireNonNull(cpu, "cpu");
        this.gpu = gpu;
        this.requested = Objects.requireNonNull(requested, "requested");
        this.hardware = hardware;
        this.loadSampler = loadSampler;
        this.fallbackEnabled = fallbackEnabled;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.measuring = measuring;
    }

    /** Everything on the CPU pool; no GPU path at all. */
    public static <T, R> StrategyManager<T, R> cpuOnly(CpuExecutor<T, R> cpu) {
        return new StrategyManager<>(cpu, null, new ExecutionStrategy.CpuOnly(), null, null, true, r -> {},
                Measuring.none());
    }

    /** CPU and GPU paths, the strategy chosen per batch by {@link StrategySelector}. */
    public static <T, R> StrategyManager<T, R> withAutoStrategy(CpuExecutor<T, R> cpu, GpuExecutor<T, R> gpu,
            HardwareCapabilities hardware, Supplier<SystemLoad> loadSampler) {
        return withStrategy(cpu, gpu, new ExecutionStrategy.Auto(), hardware, loadSampler);
    }

    /**
     * CPU and GPU paths with a strategy fixed by the caller ({@code auto} is allowed and selects per
     * batch). A GPU strategy runs the GPU executor even when {@code hardware} reports no GPU, so its
     * typed failure (e.g. {@link GpuUnavailable}) is what the fallback reports.
     */
    public static <T, R> StrategyManager<T, R> withStrategy(CpuExecutor<T, R> cpu, GpuExecutor<T, R> gpu,
            ExecutionStrategy strategy, HardwareCapabilities hardware, Supplier<SystemLoad> loadSampler) {
        Objects.requireNonNull(gpu, "gpu (use GpuExecutor.unavailable(reason) when there is none)");
        Objects.requireNonNull(hardware, "hardware");
        Objects.requireNonNull(loadSampler, "loadSampler");
        return new StrategyManager<>(cpu, gpu, strategy, hardware, loadSampler, true, r -> {}, Measuring.none());
    }

    /** The same manager with GPU-to-CPU fallback on ({@code true}, the default) or off (strict mode). */
    public StrategyManager<T, R> withFallback(boolean enabled) {
        return new StrategyManager<>(cpu, gpu, requested, hardware, loadSampler, enabled, progress, measuring);
    }

    /**
     * The same manager reporting each accepted task result to {@code listener} as it arrives (from
     * worker threads, so the listener must be thread-safe). Used for progress display.
     */
    public StrategyManager<T, R> withProgress(Consumer<TaskResult<R>> listener) {
        return new StrategyManager<>(cpu, gpu, requested, hardware, loadSampler, fallbackEnabled, listener, measuring);
    }

    /**
     * The same manager weighing each task with {@code weigher} (its bytes): a {@code hybrid:N} split
     * gives the GPU N% of the weight, the CPU workers take the heaviest task first, and rates are
     * per byte. Without it every task weighs 1.
     */
    public StrategyManager<T, R> withWeigher(ToLongFunction<T> weigher) {
        return new StrategyManager<>(cpu, gpu, requested, hardware, loadSampler, fallbackEnabled, progress,
                new Measuring<>(Objects.requireNonNull(weigher, "weigher"), measuring.rates(), measuring.gpuSharesCpu()));
    }

    /**
     * The same manager planning {@code auto} from {@code rates} when they hold both units' priors
     * (rule {@code measured}; the decision tree otherwise), and recording into them every CPU task
     * and every GPU call of its runs. {@code gpuSharesCpu}: the GPU path runs on the host's cores.
     */
    public StrategyManager<T, R> withRates(RateMeter rates, boolean gpuSharesCpu) {
        return new StrategyManager<>(cpu, gpu, requested, hardware, loadSampler, fallbackEnabled, progress,
                new Measuring<>(measuring.weigher(), Objects.requireNonNull(rates, "rates"), gpuSharesCpu));
    }

    /** The meter this manager plans with and records into. */
    public RateMeter rates() {
        return measuring.rates();
    }

    public ExecutionStrategy requested() {
        return requested;
    }

    /**
     * Runs the batch.
     *
     * @param tasks   the tasks, in the order their results come back
     * @param profile the batch as the selector sees it (used for {@code auto})
     */
    public ExecutionResult<R> execute(List<T> tasks, WorkloadProfile profile) {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(profile, "profile");
        SystemLoad load = loadSampler == null ? null : loadSampler.get();
        long t0 = System.nanoTime();
        long[] weights = new long[tasks.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(0, measuring.weigher().applyAsLong(tasks.get(i)));
        }
        Selection selection = select(profile, load, weights);
        if ("small_workload".equals(selection.rule())) {
            LOG.debug("small workload: {}", selection.reason());
        }
        LOG.debug("strategy {} for {} tasks ({})", selection.strategy().label(), tasks.size(), selection.reason());

        Batch batch = new Batch(tasks, weights, t0);
        double share = targetShare(selection.strategy());
        if (selection.shared() && gpu != null) {
            new SharedRun<>(this, batch, Double.NaN).run();
        } else if (gpu != null && share > 0 && SharedQueue.shareHoldsATask(weights, share)) {
            new SharedRun<>(this, batch, share).run();
        } else {
            runSplit(batch, selection);
        }

        List<TaskResult<R>> results = new ArrayList<>(tasks.size());
        int gpuDone = 0;
        for (int i = 0; i < tasks.size(); i++) {
            TaskResult<R> r = batch.results.get(i);
            if (r == null) {
                throw new IllegalStateException("task " + i + " has no result; this is a bug in the manager");
            }
            if (r.executor() == ExecutorKind.GPU) {
                gpuDone++;
            }
            results.add(r);
        }
        ExecutionStrategy used = selection.strategy();
        // an event exists only where work moved to the CPU (fallback) or was left undone (strict mode)
        boolean fallback = batch.events.stream().anyMatch(e -> e.to().equals("cpu"));
        boolean strictFailure = batch.events.stream().anyMatch(e -> e.to().equals("none"));
        if (fallback && gpuDone == 0) {
            used = new ExecutionStrategy.CpuOnly();
        }
        long elapsed = System.nanoTime() - t0;
        if (LOG.isDebugEnabled()) {
            LOG.debug("completed {} tasks in {} ms with strategy {} (fallback: {})",
                    tasks.size(), String.format(java.util.Locale.ROOT, "%.1f", elapsed / 1e6), used.label(), fallback);
        }
        return new ExecutionResult<>(requested, selection, used, results, elapsed, fallback,
                batch.events, batch.errors, load, strictFailure);
    }

    private Selection select(WorkloadProfile profile, SystemLoad load, long[] weights) {
        if (requested instanceof ExecutionStrategy.Auto) {
            Selection tree = StrategySelector.select(profile, hardware, load);
            if (!hardware.gpuAvailable() || !measuring.rates().calibrated() || "small_workload".equals(tree.rule())) {
                return tree;
            }
            return MakespanPlanner.select(weights, cpu.threads(), measuring.rates(), measuring.gpuSharesCpu(), load,
                    gpu.maxBatchBytes());
        }
        if (gpu == null) {
            return new Selection(requested, "cpu_only_manager", "this run has no GPU path; every task runs on the CPU");
        }
        return new Selection(requested, "requested", "strategy " + requested.label() + " was requested");
    }

    /** The GPU's target share of the weight under {@code hybrid:N} (N / 100), 0 for every other strategy. */
    private static double targetShare(ExecutionStrategy strategy) {
        return strategy instanceof ExecutionStrategy.Hybrid h ? h.gpuPercent() / 100.0 : 0;
    }

    /**
     * Whether {@code strategy} gives the GPU path any of tasks of these weights: GpuOnly always (with
     * a task), {@code hybrid:N} when N% of the weight holds the lightest task, nothing else.
     */
    public static boolean givesTheGpuATask(ExecutionStrategy strategy, long[] weights) {
        if (strategy instanceof ExecutionStrategy.GpuOnly) {
            return weights.length > 0;
        }
        double share = targetShare(strategy);
        return share > 0 && SharedQueue.shareHoldsATask(weights, share);
    }

    /**
     * A split without a shared queue: GpuOnly gives every task to the GPU path in one call; cpu (and
     * a {@code hybrid:N} whose share holds no task) gives every task to the CPU workers, heaviest first.
     */
    private void runSplit(Batch batch, Selection selection) {
        int n = batch.tasks.size();
        int gpuCount = gpuCount(selection.strategy(), batch.weights);
        if (LOG.isDebugEnabled()) {
            LOG.debug("split: {} tasks to the GPU path{}, {} to {} CPU worker(s)", gpuCount,
                    gpu == null ? "" : " (" + gpu.name() + ")", n - gpuCount, cpu.threads());
        }
        int[] cpuOrder = heaviestFirst(batch.weights, gpuCount, n);
        CpuExecutor<T, R>.Part cpuPart = cpu.start(batch.tasks, 0, cpuOrder, cpuOrder.length, ExecutorKind.CPU,
                batch::record);
        if (gpuCount > 0 && cpuOrder.length > 0) {
            measuring.rates().markTogether();
        }
        if (gpuCount > 0) {
            int[] all = new int[gpuCount];
            for (int i = 0; i < gpuCount; i++) {
                all[i] = i;
            }
            GpuCall call = runOnGpu(batch, all);
            if (call.failure() == null) {
                measuring.rates().recordGpu(call.bytes(), call.nanos());
            } else {
                GpuFailure failure = reportFailure(batch, call, gpuCount);
                if (fallbackEnabled) {
                    CpuExecutor<T, R>.Part rerunPart = cpu.start(batch.tasks, 0, call.unfinished(),
                            call.unfinished().length, ExecutorKind.CPU_FALLBACK, batch::record);
                    rerunPart.await();
                } else {
                    notRun(batch, call.unfinished(), failure);
                }
            }
        }
        cpuPart.await();
    }

    /** Positions {@code from..to-1}, heaviest first (ties in task order). */
    private static int[] heaviestFirst(long[] weights, int from, int to) {
        Integer[] boxed = new Integer[to - from];
        for (int i = from; i < to; i++) {
            boxed[i - from] = i;
        }
        java.util.Arrays.sort(boxed, (a, b) -> weights[a] != weights[b] ? Long.compare(weights[b], weights[a])
                : Integer.compare(a, b));
        int[] out = new int[boxed.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = boxed[k];
        }
        return out;
    }

    /** GpuOnly: all; anything else that reaches the split (cpu, a hybrid share holding no task): none. */
    private static int gpuCount(ExecutionStrategy strategy, long[] weights) {
        return strategy instanceof ExecutionStrategy.GpuOnly ? weights.length : 0;
    }

    /**
     * How one call of the GPU path went: the tasks it never completed (taken back, so a late
     * completion is ignored), and the typed failure, {@code null} when it completed all.
     */
    record GpuCall(int[] unfinished, GpuFailure failure, Throwable detail, long bytes, long nanos) {}

    /** Runs the tasks at {@code indices} as one call of the GPU path on the calling thread. */
    GpuCall runOnGpu(Batch batch, int[] indices) {
        int count = indices.length;
        List<T> view = new java.util.AbstractList<>() {
            @Override
            public T get(int local) {
                return batch.tasks.get(indices[local]);
            }

            @Override
            public int size() {
                return count;
            }
        };
        long bytes = 0;
        for (int index : indices) {
            bytes += batch.weights[index];
        }
        long gpuStart = System.nanoTime();
        TaskSink<R> sink = new TaskSink<>() {
            @Override
            public void complete(int local, R value) {
                long dt = System.nanoTime() - gpuStart;
                accept(local, value == null
                        ? TaskResult.failure(0, "GPU path returned no result", ExecutorKind.GPU, dt)
                        : TaskResult.success(0, value, ExecutorKind.GPU, dt));
            }

            @Override
            public void fail(int local, String error) {
                LOG.error("task {} failed on the GPU path: {}", local < 0 || local >= count ? local : indices[local], error);
                accept(local, TaskResult.failure(0, error, ExecutorKind.GPU, System.nanoTime() - gpuStart));
            }

            private void accept(int local, TaskResult<R> r) {
                if (local < 0 || local >= count) {
                    batch.error("GPU executor " + gpu.name() + " reported task index " + local
                            + " outside its " + count + " tasks; ignored");
                    return;
                }
                int index = indices[local];
                if (batch.state.compareAndSet(index, PENDING, DONE)) {
                    TaskResult<R> global = new TaskResult<>(index, r.value(), r.error(), r.executor(), r.timeNanos());
                    batch.results.set(index, global);
                    progress.accept(global);
                } else {
                    LOG.warn("GPU executor {} reported task {} again or after failing; the first outcome stands",
                            gpu.name(), index);
                }
            }
        };
        GpuFailure failure = null;
        Throwable detail = null;
        try {
            gpu.execute(Collections.unmodifiableList(view), sink);
        } catch (GpuFailureException e) {
            failure = e.failure();
            detail = e;
        } catch (RuntimeException | Error e) {
            failure = new GpuDriverError("unexpected " + e.getClass().getSimpleName() + " in GPU executor "
                    + gpu.name() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            detail = e;
        }
        long nanos = System.nanoTime() - gpuStart;
        int[] unfinished = new int[count];
        int unfinishedCount = 0;
        for (int index : indices) {
            if (batch.state.compareAndSet(index, PENDING, TAKEN_BACK)) {
                unfinished[unfinishedCount++] = index;
            }
        }
        if (failure == null && unfinishedCount > 0) {
            failure = new GpuDriverError("GPU executor " + gpu.name() + " returned without completing "
                    + unfinishedCount + " of its " + count + " tasks");
        }
        return new GpuCall(java.util.Arrays.copyOf(unfinished, unfinishedCount), failure, detail, bytes, nanos);
    }

    /** Records a GPU failure as the batch's fallback event and error; the caller reruns or drops the tasks. */
    GpuFailure reportFailure(Batch batch, GpuCall call, int gpuTasks) {
        GpuFailure failure = call.failure();
        int unfinishedCount = call.unfinished().length;
        if (unfinishedCount == 0) {
            // every task of the call had already finished: nothing moves and nothing is lost, so this is
            // no fallback; the failure is still a run-level problem worth telling
            LOG.warn("GPU failure ({}) after the GPU path had finished all {} of its tasks: {}; nothing to rerun",
                    failure.cause(), gpuTasks, failure.message());
            batch.error("GPU failure (" + failure.cause() + ") after all " + gpuTasks
                    + " GPU task(s) had finished: " + failure.message() + "; nothing was rerun");
            if (call.detail() != null) {
                LOG.debug("GPU failure detail", call.detail());
            }
            return failure;
        }
        long atMs = (System.nanoTime() - batch.startNanos) / 1_000_000;
        String to = fallbackEnabled ? "cpu" : "none";
        int rerun = fallbackEnabled ? unfinishedCount : 0;
        batch.events.add(new FallbackEvent("gpu", to, failure.cause(), failure.message(), rerun, atMs));
        if (fallbackEnabled) {
            LOG.warn("GPU failure ({}): {}; {} unfinished of {} GPU tasks rerun on the CPU",
                    failure.cause(), failure.message(), unfinishedCount, gpuTasks);
            batch.error("GPU failure (" + failure.cause() + "): " + failure.message() + "; "
                    + unfinishedCount + " task(s) rerun on the CPU");
            if (call.detail() != null) {
                LOG.debug("GPU failure detail", call.detail());
            }
        } else {
            LOG.error("GPU failure ({}): {}; fallback is disabled, {} task(s) not run",
                    failure.cause(), failure.message(), unfinishedCount);
            batch.error("GPU failure (" + failure.cause() + "): " + failure.message()
                    + "; fallback is disabled (--no-fallback), " + unfinishedCount + " task(s) not run");
        }
        return failure;
    }

    /** Strict mode: the tasks the failed GPU left get a "not run" result. */
    void notRun(Batch batch, int[] unfinished, GpuFailure failure) {
        for (int index : unfinished) {
            batch.results.set(index, TaskResult.notRun(index,
                    "not run: the GPU path failed (" + failure.cause() + ") and fallback is disabled"));
        }
    }

    CpuExecutor<T, R> cpu() {
        return cpu;
    }

    GpuExecutor<T, R> gpu() {
        return gpu;
    }

    RateMeter meter() {
        return measuring.rates();
    }

    boolean fallbackEnabled() {
        return fallbackEnabled;
    }

    /** The mutable state of one {@link #execute} call. */
    final class Batch {
        final List<T> tasks;
        final long[] weights;
        final long startNanos;
        final AtomicReferenceArray<TaskResult<R>> results;
        final AtomicIntegerArray state;
        final List<FallbackEvent> events = Collections.synchronizedList(new ArrayList<>());
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());

        Batch(List<T> tasks, long[] weights, long startNanos) {
            this.tasks = tasks;
            this.weights = weights;
            this.startNanos = startNanos;
            this.results = new AtomicReferenceArray<>(tasks.size());
            this.state = new AtomicIntegerArray(tasks.size());
        }

        /** Records a CPU result; the CPU only runs tasks nobody else can complete. */
        void record(TaskResult<R> r) {
            measuring.rates().recordCpu(weights[r.index()], r.timeNanos());
            state.set(r.index(), DONE);
            results.set(r.index(), r);
            progress.accept(r);
        }

        void error(String message) {
            errors.add(message);
        }
    }
}
