package io.portalis.accel.strategy;

import java.util.Locale;

/**
 * The decision tree for {@code auto}, as a pure function of the workload, the hardware and the load:
 * <ol>
 *   <li>no usable GPU → CpuOnly ({@code no_gpu});</li>
 *   <li>fewer than {@value #MIN_GPU_TASKS} tasks → CpuOnly ({@code small_workload});</li>
 *   <li>GPU memory pressure above 80% → Hybrid 60/40 ({@code gpu_memory_pressure}); an unknown
 *       pressure does not fire this rule;</li>
 *   <li>{@value #LARGE_BATCH_TASKS} or more tasks and parallelization above 0.7 → GpuOnly
 *       ({@code large_parallel_batch});</li>
 *   <li>otherwise → Hybrid 70/30 ({@code default_hybrid}).</li>
 * </ol>
 */
public final class StrategySelector {
    public static final int MIN_GPU_TASKS = 10;
    public static final int LARGE_BATCH_TASKS = 50;
    public static final double PRESSURE_LIMIT = 0.80;
    public static final double PARALLELIZATION_LIMIT = 0.7;

    private StrategySelector() {}

    public static Selection select(WorkloadProfile workload, HardwareCapabilities hardware, SystemLoad load) {
        if (!hardware.gpuAvailable()) {
            return new Selection(new ExecutionStrategy.CpuOnly(), "no_gpu",
                    "no usable GPU was detected, so every task runs on the CPU");
        }
        int n = workload.taskCount();
        if (n < MIN_GPU_TASKS) {
            return new Selection(new ExecutionStrategy.CpuOnly(), "small_workload", String.format(Locale.ROOT,
                    "%d task%s is fewer than %d: the GPU's fixed costs outweigh its gain, so the CPU runs them",
                    n, n == 1 ? "" : "s", MIN_GPU_TASKS));
        }
        Double pressure = load.gpuMemoryPressure();
        if (pressure != null && pressure > PRESSURE_LIMIT) {
            return new Selection(ExecutionStrategy.Hybrid.ofGpuPercent(60), "gpu_memory_pressure", String.format(Locale.ROOT,
                    "GPU memory pressure %.1f%% is above %.0f%%: 60%% of the tasks go to the GPU, 40%% to the CPU",
                    pressure * 100, PRESSURE_LIMIT * 100));
        }
        if (n >= LARGE_BATCH_TASKS && workload.parallelization() > PARALLELIZATION_LIMIT) {
            return new Selection(new ExecutionStrategy.GpuOnly(), "large_parallel_batch", String.format(Locale.ROOT,
                    "%d tasks (at least %d) with parallelization %.3f (above %.1f): the whole batch goes to the GPU",
                    n, LARGE_BATCH_TASKS, workload.parallelization(), PARALLELIZATION_LIMIT));
        }
        String why = n < LARGE_BATCH_TASKS
                ? String.format(Locale.ROOT, "%d tasks is fewer than %d", n, LARGE_BATCH_TASKS)
                : String.format(Locale.ROOT, "parallelization %.3f is not above %.1f", workload.parallelization(), PARALLELIZATION_LIMIT);
        return new Selection(ExecutionStrategy.Hybrid.ofGpuPercent(70), "default_hybrid",
                why + ": 70% of the tasks go to the GPU, 30% to the CPU, both at once");
    }
}
