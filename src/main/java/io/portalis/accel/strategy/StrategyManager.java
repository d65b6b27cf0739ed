package io.portalis.accel.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch of tasks with a strategy: chooses it (for {@code auto}), splits the tasks between
 * the CPU pool and the GPU path, runs both parts at once, falls back from GPU failures, and merges
 * the results in task order.
 *
 * <p>Three ways to make one: {@link #cpuOnly}, {@link #withAutoStrategy} and {@link #withStrategy}.
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

    private StrategyManager(CpuExecutor<T, R> cpu, GpuExecutor<T, R> gpu, ExecutionStrategy requested,
            HardwareCapabilities hardware, Supplier<SystemLoad> loadSampler, boolean fallbackEnabled,
            Consumer<TaskResult<R>> progress) {
        this.cpu = Objects.requireNonNull(cpu, "cpu");
        this.gpu = gpu;
        this.requested = Objects.requireNonNull(requested, "requested");
        this.hardware = hardware;
        this.loadSampler = loadSampler;
        this.fallbackEnabled = fallbackEnabled;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Everything on the CPU pool; no GPU path at all. */
    public static <T, R> StrategyManager<T, R> cpuOnly(CpuExecutor<T, R> cpu) {
        return new StrategyManager<>(cpu, null, new ExecutionStrategy.CpuOnly(), null, null, true, r -> {});
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
        return new StrategyManager<>(cpu, gpu, strategy, hardware, loadSampler, true, r -> {});
    }

    /** The same manager with GPU-to-CPU fallback on ({@code true}, the default) or off (strict mode). */
    public StrategyManager<T, R> withFallback(boolean enabled) {
        return new StrategyManager<>(cpu, gpu, requested, hardware, loadSampler, enabled, progress);
    }

    /**
     * The same manager reporting each accepted task result to {@code listener} as it arrives (from
     * worker threads, so the listener must be thread-safe). Used for progress display.
     */
    public StrategyManager<T, R> withProgress(Consumer<TaskResult<R>> listener) {
        return new StrategyManager<>(cpu, gpu, requested, hardware, loadSampler, fallbackEnabled, listener);
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
        Selection selection = select(profile, load);
        if ("small_workload".equals(selection.rule())) {
            LOG.debug("small workload: {}", selection.reason());
        }
        LOG.debug("strategy {} for {} tasks ({})", selection.strategy().label(), tasks.size(), selection.reason());

        Batch batch = new Batch(tasks, t0);
        int gpuCount = gpuCount(selection.strategy(), tasks.size());
        if (LOG.isDebugEnabled()) {
            LOG.debug("split: {} tasks to the GPU path{}, {} to {} CPU worker(s)", gpuCount,
                    gpu == null ? "" : " (" + gpu.name() + ")", tasks.size() - gpuCount, cpu.threads());
        }

        CpuExecutor<T, R>.Part cpuPart = cpu.start(tasks, gpuCount, null, tasks.size() - gpuCount, ExecutorKind.CPU,
                batch::record);
        if (gpuCount > 0) {
            runGpuPart(batch, gpuCount);
        }
        cpuPart.await();

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

    private Selection select(WorkloadProfile profile, SystemLoad load) {
        if (requested instanceof ExecutionStrategy.Auto) {
            return StrategySelector.select(profile, hardware, load);
        }
        if (gpu == null) {
            return new Selection(requested, "cpu_only_manager", "this run has no GPU path; every task runs on the CPU");
        }
        return new Selection(requested, "requested", "strategy " + requested.label() + " was requested");
    }

    /** GpuOnly: all to the GPU. Hybrid: the first floor(n * gpu% / 100) tasks to the GPU, the rest to the CPU. */
    private static int gpuCount(ExecutionStrategy strategy, int n) {
        if (strategy instanceof ExecutionStrategy.GpuOnly) {
            return n;
        } else if (strategy instanceof ExecutionStrategy.Hybrid h) {
            return h.gpuShare(n);
        }
        return 0;
    }

    /**
     * Runs the GPU part, tasks 0 to {@code gpuCount - 1}, on the calling thread (the CPU part is
     * already running on the workers), then handles a failure.
     */
    private void runGpuPart(Batch batch, int gpuCount) {
        List<T> view = Collections.unmodifiableList(batch.tasks.subList(0, gpuCount));
        long gpuStart = System.nanoTime();
        TaskSink<R> sink = new TaskSink<>() {
            @Override
            public void complete(int local, R value) {
                long dt = System.nanoTime() - gpuStart;
                accept(local, value == null
                        ? TaskResult.failure(local, "GPU path returned no result", ExecutorKind.GPU, dt)
                        : TaskResult.success(local, value, ExecutorKind.GPU, dt));
            }

            @Override
            public void fail(int local, String error) {
                LOG.error("task {} failed on the GPU path: {}", local, error);
                accept(local, TaskResult.failure(local, error, ExecutorKind.GPU, System.nanoTime() - gpuStart));
            }

            private void accept(int index, TaskResult<R> r) {
                if (index < 0 || index >= gpuCount) {
                    batch.error("GPU executor " + gpu.name() + " reported task index " + index
                            + " outside its " + gpuCount + " tasks; ignored");
                } else if (batch.state.compareAndSet(index, PENDING, DONE)) {
                    batch.results.set(index, r);
                    progress.accept(r);
                } else {
                    LOG.warn("GPU executor {} reported task {} again or after failing; the first outcome stands",
                            gpu.name(), index);
                }
            }
        };
        GpuFailure failure = null;
        Throwable detail = null;
        try {
            gpu.execute(view, sink);
        } catch (GpuFailureException e) {
            failure = e.failure();
            detail = e;
        } catch (RuntimeException | Error e) {
            failure = new GpuDriverError("unexpected " + e.getClass().getSimpleName() + " in GPU executor "
                    + gpu.name() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            detail = e;
        }

        int[] unfinished = new int[gpuCount];
        int unfinishedCount = 0;
        for (int index = 0; index < gpuCount; index++) {
            if (batch.state.compareAndSet(index, PENDING, TAKEN_BACK)) {
                unfinished[unfinishedCount++] = index;
            }
        }
        if (failure == null && unfinishedCount == 0) {
            return;
        }
        if (unfinishedCount == 0) {
            // every GPU task had already finished: nothing moves and nothing is lost, so this is no
            // fallback; the failure is still a run-level problem worth telling
            LOG.warn("GPU failure ({}) after the GPU path had finished all {} of its tasks: {}; nothing to rerun",
                    failure.cause(), gpuCount, failure.message());
            batch.error("GPU failure (" + failure.cause() + ") after all " + gpuCount
                    + " GPU task(s) had finished: " + failure.message() + "; nothing was rerun");
            if (detail != null) {
                LOG.debug("GPU failure detail", detail);
            }
            return;
        }
        if (failure == null) {
            failure = new GpuDriverError("GPU executor " + gpu.name() + " returned without completing "
                    + unfinishedCount + " of its " + gpuCount + " tasks");
        }
        long atMs = (System.nanoTime() - batch.startNanos) / 1_000_000;
        String to = fallbackEnabled ? "cpu" : "none";
        int rerun = fallbackEnabled ? unfinishedCount : 0;
        batch.events.add(new FallbackEvent("gpu", to, failure.cause(), failure.message(), rerun, atMs));
        if (fallbackEnabled) {
            // the workers start on the reruns first; the log lines are written while they run
            CpuExecutor<T, R>.Part rerunPart = cpu.start(batch.tasks, 0, unfinished, unfinishedCount,
                    ExecutorKind.CPU_FALLBACK, batch::record);
            LOG.warn("GPU failure ({}): {}; {} unfinished of {} GPU tasks rerun on the CPU",
                    failure.cause(), failure.message(), unfinishedCount, gpuCount);
            batch.error("GPU failure (" + failure.cause() + "): " + failure.message() + "; "
                    + unfinishedCount + " task(s) rerun on the CPU");
            if (detail != null) {
                LOG.debug("GPU failure detail", detail);
            }
            rerunPart.await();
        } else {
            LOG.error("GPU failure ({}): {}; fallback is disabled, {} task(s) not run",
                    failure.cause(), failure.message(), unfinishedCount);
            batch.error("GPU failure (" + failure.cause() + "): " + failure.message()
                    + "; fallback is disabled (--no-fallback), " + unfinishedCount + " task(s) not run");
            for (int k = 0; k < unfinishedCount; k++) {
                int index = unfinished[k];
                batch.results.set(index, TaskResult.notRun(index,
                        "not run: the GPU path failed (" + failure.cause() + ") and fallback is disabled"));
            }
        }
    }

    /** The mutable state of one {@link #execute} call. */
    private final class Batch {
        final List<T> tasks;
        final long startNanos;
        final AtomicReferenceArray<TaskResult<R>> results;
        final AtomicIntegerArray state;
        final List<FallbackEvent> events = Collections.synchronizedList(new ArrayList<>());
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());

        Batch(List<T> tasks, long startNanos) {
            this.tasks = tasks;
            this.startNanos = startNanos;
            this.results = new AtomicReferenceArray<>(tasks.size());
            this.state = new AtomicIntegerArray(tasks.size());
        }

        /** Records a CPU result; the CPU only runs tasks nobody else can complete. */
        void record(TaskResult<R> r) {
            state.set(r.index(), DONE);
            results.set(r.index(), r);
            progress.accept(r);
        }

        void error(String message) {
            errors.add(message);
        }
    }
}
