package io.portalis.accel.bench;

import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.Selection;
import io.portalis.accel.strategy.StrategySelector;
import io.portalis.accel.strategy.SystemLoad;
import io.portalis.accel.strategy.WorkloadProfile;
import java.util.List;
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

/**
 * Selection latency: {@link StrategySelector#select} with the workload, hardware and load snapshot
 * already in hand, once for each rule of the decision tree. Sampled call by call, so the median
 * holds even when other processes preempt the benchmark now and then (the mean does not). The hardware probe that produces the
 * snapshot is measured on its own ({@link HardwareProbeBenchmark}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dportalis.log.level=ERROR")
public class SelectionBenchmark {
    /** The rule the inputs make fire; checked in setup so a changed tree cannot go unnoticed. */
    @Param({"no_gpu", "small_workload", "gpu_memory_pressure", "large_parallel_batch", "default_hybrid"})
    public String rule;

    private WorkloadProfile workload;
    private HardwareCapabilities hardware;
    private SystemLoad load;

    @Setup(Level.Trial)
    public void setUp() {
        HardwareCapabilities withGpu = new HardwareCapabilities(16, true, 8L << 30, "bench device", "bench vendor",
                List.of("sse4_2", "avx2"), 64L << 30);
        SystemLoad calm = new SystemLoad(0.25, 32L << 30, 64L << 30, 0.10);
        hardware = withGpu;
        load = calm;
        switch (rule) {
            case "no_gpu" -> {
                hardware = withGpu.withoutGpu();
                workload = new WorkloadProfile(1000, 4096, 1.0, 0.9);
            }
            case "small_workload" -> workload = new WorkloadProfile(5, 4096, 1.0, 0.9);
            case "gpu_memory_pressure" -> {
                workload = new WorkloadProfile(1000, 4096, 1.0, 0.9);
                load = new SystemLoad(0.25, 32L << 30, 64L << 30, 0.95);
            }
            case "large_parallel_batch" -> workload = new WorkloadProfile(1000, 4096, 1.0, 0.9);
            case "default_hybrid" -> workload = new WorkloadProfile(20, 4096, 1.0, 0.9);
            default -> throw new IllegalArgumentException("unknown rule " + rule);
        }
        String fired = StrategySelector.select(workload, hardware, load).rule();
        if (!fired.equals(rule)) {
            throw new IllegalStateException("inputs for " + rule + " made " + fired + " fire");
        }
    }

    @Benchmark
    public Selection select() {
        return StrategySelector.select(workload, hardware, load);
    }
}
