package io.portalis.accel.cli;

import io.portalis.accel.opencl.FaultInjection;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.strategy.ExecutionStrategy;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** How the OpenCL path runs: {@code --gpu-timeout}, {@code --inject-gpu-fault}. */
final class GpuRunOptions {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GpuRunOptions.class);

    @Option(names = "--gpu-timeout", paramLabel = "TIME", converter = DurationConverter.class,
            description = "Watchdog for each OpenCL wait, e.g. 500ms, 30s, 2m (default 60s); past it the GPU path "
                    + "fails with cause timeout and falls back.")
    Duration gpuTimeout;

    @Option(names = "--inject-gpu-fault", paramLabel = "FAULT", converter = FaultConverter.class,
            description = "Make the OpenCL path fail on purpose: oom|driver|unavailable|timeout, optionally "
                    + ":after=N (after N sub-batches) or :after=results; default point: before the first upload. A fault that cannot fire (--strategy cpu, hybrid:0) is a usage error.")
    FaultInjection fault;

    @Option(names = "--gpu-sub-batch-bytes", paramLabel = "BYTES", hidden = true,
            description = "Bytes per OpenCL sub-batch (default: sized to the device); for tests and benchmarks.")
    Long subBatchBytes;

    /**
     * Fails with a usage error when {@code --inject-gpu-fault} was given but {@code strategy} gives the
     * GPU path none of the {@code files}, so the fault could never fire ({@code cpu}, {@code hybrid:0},
     * or a share of the bytes too small to hold even the smallest file). {@code auto} decides at run
     * time and passes.
     */
    void requireFaultCanFire(ExecutionStrategy strategy, java.util.List<io.portalis.accel.transpile.SourceFile> files,
            CommandLine cl) {
        if (fault == null || strategy instanceof ExecutionStrategy.Auto) {
            return;
        }
        long[] weights = files.stream().mapToLong(io.portalis.accel.transpile.SourceFile::size).toArray();
        if (!io.portalis.accel.strategy.StrategyManager.givesTheGpuATask(strategy, weights)) {
            throw new CommandLine.ParameterException(cl, "--inject-gpu-fault " + fault + " can never fire: --strategy "
                    + strategy.label() + " gives the GPU path none of the " + files.size() + " file(s); use --strategy gpu "
                    + "or hybrid:N with a larger N");
        }
    }

    /**
     * With {@code auto}, whether the fault could fire is known only once the run is over: says so on
     * stderr when the GPU path was given no file.
     */
    void warnIfFaultCouldNotFire(io.portalis.accel.strategy.ExecutionResult<?> result) {
        ExecutionStrategy selected = result.selection().strategy();
        // the GPU path ran when a file finished there, moved from it or was left by it, or it reported a failure
        boolean gpuRan = result.results().stream().anyMatch(r -> r.executor() != io.portalis.accel.strategy.ExecutorKind.CPU)
                || !result.errors().isEmpty() || !result.fallbackEvents().isEmpty();
        if (fault != null && !gpuRan) {
            LOG.warn("--inject-gpu-fault {} did not fire: {} selected {} ({}), which gives the GPU path no file",
                    fault, result.requested().label(), selected.label(), result.selection().rule());
        }
    }

    OpenClLexer.Settings settings() {
        OpenClLexer.Settings s = OpenClLexer.Settings.defaults().withFault(fault);
        if (subBatchBytes != null) {
            if (subBatchBytes < 1) {
                throw new IllegalArgumentException("--gpu-sub-batch-bytes must be positive");
            }
            s = s.withChunk(Math.min(s.chunkBytes(), (int) Math.min(Integer.MAX_VALUE, subBatchBytes)), subBatchBytes);
        }
        return gpuTimeout == null ? s : s.withTimeout(gpuTimeout);
    }

    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            try {
                Duration d;
                if (v.endsWith("ms")) {
                    d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                } else if (v.endsWith("s")) {
                    d = Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
                } else if (v.endsWith("m")) {
                    d = Duration.ofSeconds(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 60));
                } else {
                    d = Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
                }
                if (d.isZero() || d.isNegative()) {
                    throw new IllegalArgumentException("must be positive");
                }
                return d;
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("bad duration '" + value
                        + "': use e.g. 500ms, 30s or 2m");
            }
        }
    }

    static final class FaultConverter implements ITypeConverter<FaultInjection> {
        @Override
        public FaultInjection convert(String value) {
            try {
                return FaultInjection.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
