package io.portalis.accel.spark;

import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.strategy.FallbackEvent;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.Selection;
import io.portalis.accel.strategy.SystemLoad;
import io.portalis.accel.strategy.TaskResult;
import io.portalis.accel.transpile.FileOutcome;
import java.io.Serializable;
import java.util.List;

/**
 * What one Spark task sends back to the driver: where and how it ran, and each of its files'
 * results, indexed by the walk's order ({@link PlannedFile#index()}).
 *
 * @param gpuAddress the GPU address Spark assigned, {@code null} when none
 * @param gpu        what the task's OpenCL probe found (or why it did not probe)
 */
public record PartitionResult(
        int partition,
        int attempt,
        String host,
        String executorId,
        String gpuAddress,
        GpuProbeResult gpu,
        HardwareCapabilities hardware,
        ExecutionStrategy requested,
        Selection selection,
        ExecutionStrategy used,
        boolean fallbackOccurred,
        List<FallbackEvent> fallbackEvents,
        List<String> errors,
        SystemLoad systemLoad,
        boolean runFailed,
        long executionNanos,
        List<TaskResult<FileOutcome>> files) implements Serializable {
    private static final long serialVersionUID = 1L;

    public PartitionResult {
        fallbackEvents = List.copyOf(fallbackEvents);
        errors = List.copyOf(errors);
        files = List.copyOf(files);
    }
}
