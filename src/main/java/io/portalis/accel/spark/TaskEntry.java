package io.portalis.accel.spark;

import io.portalis.accel.report.Report;
import io.portalis.accel.strategy.FallbackEvent;
import java.util.List;

/**
 * One Spark task in the merged report ({@code tasks[]}): where it ran, the GPU it was given and
 * opened, the strategy its manager chose and used, and its fallbacks.
 *
 * @param gpuAddress the GPU address Spark assigned, {@code null} when none
 * @param gpuDevice  the OpenCL device the task opened, {@code null} when none
 * @param gpuReason  why the task had no GPU, {@code null} when it had one
 */
public record TaskEntry(
        int partition,
        int attempt,
        String host,
        String executorId,
        String gpuAddress,
        String gpuDevice,
        String gpuReason,
        int files,
        long bytesIn,
        String selected,
        String used,
        String rule,
        boolean fallbackOccurred,
        List<Report.Fallback> fallbackEvents,
        double executionTimeMs) {

    static TaskEntry of(PartitionResult r, long bytesIn) {
        String device = r.gpu() instanceof io.portalis.accel.hardware.GpuProbeResult.Available a ? a.device().name() : null;
        String reason = r.gpu() instanceof io.portalis.accel.hardware.GpuProbeResult.Unavailable u ? u.reason() : null;
        List<Report.Fallback> events = r.fallbackEvents().stream().map(TaskEntry::fallback).toList();
        return new TaskEntry(r.partition(), r.attempt(), r.host(), r.executorId(), r.gpuAddress(), device, reason,
                r.files().size(), bytesIn, r.selection().strategy().label(), r.used().label(), r.selection().rule(),
                r.fallbackOccurred(), events, Math.round(r.executionNanos() / 1e3) / 1e3);
    }

    static Report.Fallback fallback(FallbackEvent e) {
        return new Report.Fallback(e.from(), e.to(), e.cause(), e.message(), e.tasksRerun(), e.atMs());
    }
}
