package io.portalis.accel.bench;

import io.portalis.accel.strategy.CpuExecutor;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.strategy.GpuDriverError;
import io.portalis.accel.strategy.GpuExecutor;
import io.portalis.accel.strategy.GpuFailureException;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.strategy.SystemLoad;
import io.portalis.accel.strategy.TaskSink;
import io.portalis.accel.strategy.WorkloadProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Fallback cost: the time from a GPU failure to the CPU starting the first unfinished task, with
 * the rerun work itself left out (the tasks are trivial and the clock stops when the first one
 * starts).
 *
 * <p>The GPU executor is a test double: it completes the first half of its tasks through the sink,
 * reads the clock and throws a typed {@link GpuDriverError}. The strategy is GpuOnly, so the CPU
 * runs nothing but the fallback, and the first CPU task to start marks the end of the gap. The
 * gap's mean (in ns) is the secondary result {@code gapNanos / fallbacks} ({@code jmh-ratios.py}
 * divides them); each iteration also prints the gap's percentiles.
 *
 * <p>Side by side: the whole batch with that failure ({@code gpuFailsHalfway}) against the same
 * batch the GPU double completes ({@code gpuCompletesAll}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dportalis.log.level=ERROR", "-Xmx1g"})
public class FallbackBenchmark {
    @Param({"1000"})
    public int tasks;

    @Param("0")
    public int threads;

    private List<Integer> input;
    private WorkloadProfile profile;
    private StrategyManager<Integer, Integer> failing;
    private StrategyManager<Integer, Integer> completing;
    private final AtomicLong failedAt = new AtomicLong();
    private final AtomicLong firstCpuStart = new AtomicLong();
    private long[] gaps = new long[1024];
    private int gapCount;

    /** Sums across an iteration; the mean gap is gapNanos / fallbacks. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Gap {
        public long gapNanos;
        public long fallbacks;

        @Setup(Level.Iteration)
        public void clear() {
            gapNanos = 0;
            fallbacks = 0;
        }
    }

    /** Completes tasks [0, completeCount) and then, when told to, fails like a broken driver. */
    private final class GpuDouble implements GpuExecutor<Integer, Integer> {
        private final boolean fail;

        GpuDouble(boolean fail) {
            this.fail = fail;
        }

        @Override
        public String name() {
            return fail ? "failing double" : "completing double";
        }

        @Override
        public void execute(List<Integer> batch, TaskSink<Integer> sink) {
            int complete = fail ? batch.size() / 2 : batch.size();
            for (int i = 0; i < complete; i++) {
                sink.complete(i, batch.get(i));
            }
            if (fail) {
                failedAt.set(System.nanoTime());
                throw new GpuFailureException(new GpuDriverError("injected by the benchmark"));
            }
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        input = new ArrayList<>(tasks);
        for (int i = 0; i < tasks; i++) {
            input.add(i);
        }
        profile = new WorkloadProfile(tasks, 0, 1.0, 1.0);
        HardwareCapabilities hw = new HardwareCapabilities(workers, true, 1L << 30, "double", "bench",
                List.of(), 8L << 30);
        SystemLoad load = new SystemLoad(0.1, 4L << 30, 8L << 30, 0.1);
        CpuExecutor<Integer, Integer> cpu = new CpuExecutor<>(t -> {
            firstCpuStart.compareAndSet(0, System.nanoTime());
            return t;
        }, workers);
        failing = StrategyManager.withStrategy(cpu, new GpuDouble(true), new ExecutionStrategy.GpuOnly(), hw, () -> load);
        completing = StrategyManager.withStrategy(cpu, new GpuDouble(false), new ExecutionStrategy.GpuOnly(), hw,
                () -> load);
    }

    @Setup(Level.Iteration)
    public void clearGaps() {
        gapCount = 0;
    }

    @TearDown(Level.Iteration)
    public void printGaps() {
        if (gapCount == 0) {
            return;
        }
        long[] g = Arrays.copyOf(gaps, gapCount);
        Arrays.sort(g);
        System.out.printf(Locale.ROOT, "%n  fallback gap over %d batches: p50 %.1f us, p90 %.1f us, p99 %.1f us, max %.1f us%n",
                g.length, g[g.length / 2] / 1e3, g[(int) (g.length * 0.9)] / 1e3, g[(int) (g.length * 0.99)] / 1e3,
                g[g.length - 1] / 1e3);
    }

    @Benchmark
    public ExecutionResult<Integer> gpuFailsHalfway(Gap gap) {
        failedAt.set(0);
        firstCpuStart.set(0);
        ExecutionResult<Integer> result = failing.execute(input, profile);
        long failed = failedAt.get();
        long started = firstCpuStart.get();
        int rerun = result.fallbackEvents().isEmpty() ? -1 : result.fallbackEvents().get(0).tasksRerun();
        if (failed == 0 || started == 0 || rerun != tasks - tasks / 2 || result.okCount() != tasks) {
            throw new IllegalStateException("the fallback did not happen as staged: rerun " + rerun
                    + ", ok " + result.okCount() + " of " + tasks);
        }
        long d = started - failed;
        gap.gapNanos += d;
        gap.fallbacks++;
        if (gapCount == gaps.length) {
            gaps = Arrays.copyOf(gaps, gaps.length * 2);
        }
        gaps[gapCount++] = d;
        return result;
    }

    @Benchmark
    public ExecutionResult<Integer> gpuCompletesAll() {
        ExecutionResult<Integer> result = completing.execute(input, profile);
        if (result.fallbackOccurred() || result.okCount() != tasks) {
            throw new IllegalStateException("the completing double fell back");
        }
        return result;
    }
}
