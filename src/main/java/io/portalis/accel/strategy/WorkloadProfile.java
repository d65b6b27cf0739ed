package io.portalis.accel.strategy;

/**
 * What a batch looks like to the selector.
 *
 * @param taskCount       number of tasks
 * @param memoryPerTask   bytes one task needs on average (an estimate; the caller documents its formula)
 * @param complexity      relative cost per task, 0 for trivial work; no upper bound
 * @param parallelization how evenly the work spreads over tasks, 0..1 (1 = many equal tasks,
 *                        near 0 = one task holds nearly all of the work)
 */
public record WorkloadProfile(int taskCount, long memoryPerTask, double complexity, double parallelization) {
    public WorkloadProfile {
        if (taskCount < 0) {
            throw new IllegalArgumentException("taskCount < 0: " + taskCount);
        }
        if (memoryPerTask < 0) {
            throw new IllegalArgumentException("memoryPerTask < 0: " + memoryPerTask);
        }
        if (!(complexity >= 0) || Double.isInfinite(complexity)) {
            throw new IllegalArgumentException("complexity must be finite and >= 0: " + complexity);
        }
        if (!(parallelization >= 0 && parallelization <= 1)) {
            throw new IllegalArgumentException("parallelization must be in 0..1: " + parallelization);
        }
    }
}
