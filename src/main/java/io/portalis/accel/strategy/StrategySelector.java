package io.portalis.accel.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
    private static final String PRESSURE_LIMIT_PERCENT = String.format(Locale.ROOT, "%.0f", PRESSURE_LIMIT * 100);
    private static final String PARALLELIZATION_LIMIT_TEXT = String.format(Locale.ROOT, "%.1f", PARALLELIZATION_LIMIT);

    private StrategySelector() {}

    public static Selection select(WorkloadProfile workload, HardwareCapabilities hardware, SystemLoad load) {
        if (!hardware.gpuAvailable()) {
            return new Selection(new ExecutionStrategy.CpuOnly(), "no_gpu",
                    "no usable GPU was detected, so every task runs on the CPU");
        }
        int n = workload.taskCount();
        if (n < MIN_GPU_TASKS) {
            return new Selection(new ExecutionStrategy.CpuOnly(), "small_workload", n + (n == 1 ? " task" : " tasks")
                    + " is fewer than " + MIN_GPU_TASKS
                    + ": the GPU's fixed costs outweigh its gain, so the CPU runs them");
        }
        Double pressure = load.gpuMemoryPressure();
        if (pressure != null && pressure > PRESSURE_LIMIT) {
            return new Selection(ExecutionStrategy.Hybrid.ofGpuPercent(60), "gpu_memory_pressure",
                    "GPU memory pressure " + fixed(pressure * 100, 1) + "% is above " + PRESSURE_LIMIT_PERCENT
                    + "%: 60% of the tasks go to the GPU, 40% to the CPU");
        }
        if (n >= LARGE_BATCH_TASKS && workload.parallelization() > PARALLELIZATION_LIMIT) {
            return new Selection(new ExecutionStrategy.GpuOnly(), "large_parallel_batch", n + " tasks (at least "
                    + LARGE_BATCH_TASKS + ") with parallelization " + fixed(workload.parallelization(), 3)
                    + " (above " + PARALLELIZATION_LIMIT_TEXT + "): the whole batch goes to the GPU");
        }
        String why = n < LARGE_BATCH_TASKS
                ? n + " tasks is fewer than " + LARGE_BATCH_TASKS
                : "parallelization " + fixed(workload.parallelization(), 3) + " is not above " + PARALLELIZATION_LIMIT_TEXT;
        return new Selection(ExecutionStrategy.Hybrid.ofGpuPercent(70), "default_hybrid",
                why + ": 70% of the tasks go to the GPU, 30% to the CPU, both at once");
    }

    /**
     * {@code value} with {@code digits} decimals, the same text as {@code String.format(Locale.ROOT,
     * "%.Nf", value)} (half-up on the shortest decimal form) at a fraction of its cost: the selector
     * runs per batch and its target is under a microsecond.
     */
    static String fixed(double value, int digits) {
        if (!Double.isFinite(value) || Math.copySign(1.0, value) < 0) { // rare: let Formatter handle the sign
            return String.format(Locale.ROOT, "%." + digits + "f", value);
        }
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).toPlainString();
    }
}
