package io.portalis.accel.bench;

import io.portalis.accel.strategy.CpuExecutor;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.strategy.WorkloadProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
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
 * Executor overhead: one batch through {@code StrategyManager.cpuOnly} against the same tasks on a
 * bare {@link ForkJoinPool} of the same size ({@link BareForkJoin}: one ForkJoinTask per task, the
 * same granularity as the manager's one future per task), close to the least a batch of
 * independent tasks can cost. Overhead = manager / bare - 1, computed by
 * {@code bench/jmh-ratios.py}.
 *
 * <p>The manager's figure includes everything one {@code execute} call does: its fresh worker pool,
 * one future and one {@code TaskResult} per task, the task-order merge. The bare pool is created
 * once per trial, so its figure holds only the tasks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dportalis.log.level=ERROR", "-Xmx1g"})
public class ExecutorOverheadBenchmark {
    /** COUNTxCOST; 100000x10ms (over 8 minutes a batch on 2 cores) is left out on purpose. */
    @Param({"10x1us", "1000x1us", "100000x1us", "10x100us", "1000x100us", "100000x100us", "10x10ms", "1000x10ms"})
    public String shape;

    /** Worker threads on both sides; defaults to this machine's processors. */
    @Param("0")
    public int threads;

    private List<Integer> tasks;
    private WorkloadProfile profile;
    private StrategyManager<Integer, Long> manager;
    private ForkJoinPool bare;
    private long rounds;
    private int n;

    @Setup(Level.Trial)
    public void setUp() {
        TaskShape s = TaskShape.parse(shape);
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        n = s.tasks();
        rounds = s.rounds();
        tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tasks.add(i);
        }
        profile = new WorkloadProfile(n, 0, 1.0, 1.0);
        long r = rounds;
        manager = StrategyManager.cpuOnly(new CpuExecutor<Integer, Long>(i -> Spin.run(r, i), workers));
        bare = new ForkJoinPool(workers);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        bare.shutdownNow();
    }

    @Benchmark
    public ExecutionResult<Long> manager() {
        ExecutionResult<Long> result = manager.execute(tasks, profile);
        if (result.okCount() != n) {
            throw new IllegalStateException("manager lost tasks: " + result.okCount() + " of " + n);
        }
        return result;
    }

    @Benchmark
    public long[] bareForkJoin() {
        return BareForkJoin.run(bare, tasks, rounds);
    }
}
