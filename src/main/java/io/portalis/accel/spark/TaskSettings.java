package io.portalis.accel.spark;

import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.transpile.BatchSettings;
import java.io.Serializable;
import java.util.Objects;

/**
 * What every Spark task needs to run its partition as {@code transpile} would: the options of the
 * command line, shipped to the executors.
 *
 * @param strategy         the requested strategy's label ({@code auto}, {@code cpu}, {@code gpu}, {@code hybrid:N})
 * @param threads          CPU worker threads per task (default: {@code spark.task.cpus})
 * @param fallback         false in strict mode ({@code --no-fallback})
 * @param gpu              the OpenCL path's settings ({@code --gpu-timeout}, {@code --inject-gpu-fault})
 * @param device           {@code --device N}: the OpenCL device a task uses when Spark assigned it no GPU;
 *                         {@code null} when not given
 * @param openclCpu        {@code --opencl-cpu}: a CPU OpenCL device (POCL) may serve as the GPU
 * @param failFirstAttempt a test-only fault: each task throws after its work on its first attempt
 *                         (set with {@code -Dportalis.spark.test.failFirstAttempt=true} on the driver),
 *                         so that the retry can be seen to leave the same tree
 */
public record TaskSettings(String strategy, int threads, boolean fallback, OpenClLexer.Settings gpu, Integer device,
        boolean openclCpu, boolean failFirstAttempt) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The driver-side switch of the test-only fault {@link #failFirstAttempt}. */
    public static final String FAIL_FIRST_ATTEMPT_PROPERTY = "portalis.spark.test.failFirstAttempt";

    public TaskSettings {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(gpu, "gpu");
        ExecutionStrategy.parse(strategy);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** The batch recipe the task hands to the strategy manager, the CLI's own. */
    public BatchSettings batch() {
        return new BatchSettings(ExecutionStrategy.parse(strategy), threads, fallback, gpu);
    }
}
