package io.portalis.accel.transpile;

import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.hardware.HardwareProbe;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.strategy.GpuExecutor;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.strategy.SystemLoad;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * How a batch of files runs through the {@link StrategyManager}: the one recipe that the CLI's local
 * run and each Spark task share, so both put the same kernels, fallback rule and load sampler together.
 *
 * @param strategy the requested strategy ({@code auto}, {@code cpu}, {@code gpu}, {@code hybrid:N})
 * @param threads  CPU worker threads (also the GPU path's finishing threads)
 * @param fallback whether a GPU failure moves the unfinished work to the CPU (false: strict mode)
 * @param gpu      how the OpenCL path runs (timeouts, sub-batches, injected faults)
 */
public record BatchSettings(ExecutionStrategy strategy, int threads, boolean fallback, OpenClLexer.Settings gpu) {
    public BatchSettings {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(gpu, "gpu");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /**
     * The manager for files that {@code pipeline} processes: the CPU kernel, the OpenCL kernel on the
     * device {@code backend} chose (or an unavailable GPU with the probe's reason), and the live load; tasks
     * weigh their bytes, so {@code hybrid:N} is N% of the bytes.
     */
    public StrategyManager<SourceFile, FileOutcome> manager(FilePipeline pipeline, GpuBackend backend,
            GpuProbeResult gpuProbed, HardwareProbe hardwareProbe, HardwareCapabilities hardware) {
        return manager(pipeline, backend, gpuProbed, hardwareProbe, hardware, UnaryOperator.identity());
    }

    /**
     * As {@link #manager(FilePipeline, GpuBackend, GpuProbeResult, HardwareProbe, HardwareCapabilities)}, with
     * the live load sampler passed
     * through {@code sampling}: many short batches in one process (Spark tasks) share recent samples.
     */
    public StrategyManager<SourceFile, FileOutcome> manager(FilePipeline pipeline, GpuBackend backend,
            GpuProbeResult gpuProbed, HardwareProbe hardwareProbe, HardwareCapabilities hardware,
            UnaryOperator<Supplier<SystemLoad>> sampling) {
        GpuExecutor<SourceFile, FileOutcome> gpuKernel = backend.kernel(pipeline, gpuProbed, gpu, threads);
        return StrategyManager
                .withStrategy(CpuKernel.executor(pipeline, threads), gpuKernel, strategy,
                        hardware, sampling.apply(backend.loadSampler(hardwareProbe, gpuProbed, gpuKernel)))
                .withFallback(fallback)
                .withWeigher(SourceFile::size);
    }
}
