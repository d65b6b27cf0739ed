package io.portalis.accel.report;

import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.FallbackEvent;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.SystemLoad;
import io.portalis.accel.strategy.TaskResult;
import io.portalis.accel.strategy.WorkloadProfile;
import io.portalis.accel.transpile.FileDiagnostic;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FileStatus;
import io.portalis.accel.transpile.SkippedFile;
import io.portalis.accel.transpile.SourceFile;
import io.portalis.accel.transpile.Stage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link Report} of one run from what the walk, the probes and the manager produced. */
public final class ReportAssembler {
    private ReportAssembler() {}

    /** Everything a report is made of. */
    public record Inputs(
            String toolVersion,
            String source,
            String output,
            Instant startedAt,
            HardwareCapabilities hardware,
            GpuProbeResult gpu,
            WorkloadProfile workload,
            List<SourceFile> files,
            List<SkippedFile> skipped,
            ExecutionResult<FileOutcome> execution) {}

    public static Report assemble(Inputs in) {
        return assemble(in, null);
    }

    /**
     * The report of a run that may have been interrupted.
     *
     * @param interruption why the run was stopped before every file was reached ({@code null} when it
     *                     was not): the report's status is then {@code interrupted} and the reason is
     *                     one of its errors
     */
    public static Report assemble(Inputs in, String interruption) {
        ExecutionResult<FileOutcome> ex = in.execution();
        List<Report.FileEntry> entries = new ArrayList<>();
        Map<Stage, Long> stageNanos = new java.util.EnumMap<>(Stage.class);
        int ok = 0;
        int failed = 0;
        int skipped = in.skipped().size();
        int notRun = 0;
        long bytesIn = 0;
        long bytesOut = 0;
        for (TaskResult<FileOutcome> r : ex.results()) {
            SourceFile file = in.files().get(r.index());
            FileOutcome o = outcome(file, r);
            o.stageNanos().forEach((s, ns) -> stageNanos.merge(s, ns, Long::sum));
            if (o.status() == FileStatus.OK) {
                ok++;
            } else if (o.status() == FileStatus.SKIPPED) {
                skipped++;
            } else if (o.status() == FileStatus.NOT_RUN) {
                notRun++;
            } else {
                failed++;
            }
            bytesIn += o.bytesIn();
            bytesOut += o.bytesOut();
            double timeMs = r.ok() && o.timeNanos() > 0 ? ms(o.timeNanos()) : ms(r.timeNanos());
            entries.add(entry(o, r.executor().label(), timeMs));
        }
        for (SkippedFile s : in.skipped()) {
            entries.add(entry(FileOutcome.skipped(s), "none", 0));
        }
        entries.sort(Comparator.comparing(Report.FileEntry::path));

        Map<String, Double> stageMs = new LinkedHashMap<>();
        stageNanos.forEach((s, ns) -> stageMs.put(s.label(), ms(ns)));

        HardwareCapabilities hw = in.hardware();
        WorkloadProfile w = in.workload();
        SystemLoad load = ex.systemLoad();
        List<Report.Fallback> fallbacks = new ArrayList<>();
        for (FallbackEvent e : ex.fallbackEvents()) {
            fallbacks.add(new Report.Fallback(e.from(), e.to(), e.cause(), e.message(), e.tasksRerun(), e.atMs()));
        }
        List<String> errors = new ArrayList<>(ex.errors());
        if (interruption != null) {
            errors.add(interruption);
        }
        String status = interruption != null ? "interrupted" : ex.runFailed() ? "failed" : "completed";
        return new Report(
                Report.SCHEMA_VERSION,
                new Report.Tool("portalis-accel", in.toolVersion()),
                in.source(),
                in.output(),
                in.startedAt().toString(),
                Instant.now().toString(),
                status,
                new Report.StrategyInfo(ex.requested().label(), ex.selection().strategy().label(), ex.used().label(),
                        ex.selection().rule(), reason(ex, in.gpu()), measured(ex)),
                new Report.Hardware(hw.cpuCores(), hw.gpuAvailable(), hw.gpuMemoryBytes(), hw.gpuName(), hw.gpuVendor(),
                        hw.cpuSimdSupport(), hw.systemMemoryBytes()),
                gpu(in.gpu()),
                new Report.Workload(w.taskCount(), w.memoryPerTask(), round(w.complexity()), round(w.parallelization())),
                load == null ? null : new Report.Load(load.cpuUtilization() == null ? null : round(load.cpuUtilization()),
                        load.memoryAvailableBytes(), load.memoryTotalBytes(),
                        load.gpuMemoryPressure() == null ? null : round(load.gpuMemoryPressure())),
                ms(ex.executionNanos()),
                stageMs,
                ex.fallbackOccurred(),
                fallbacks,
                errors,
                warnings(entries),
                entries,
                new Report.Summary(entries.size(), ok, failed, skipped, notRun, bytesIn, bytesOut));
    }

    private static int warnings(List<Report.FileEntry> entries) {
        int n = 0;
        for (Report.FileEntry f : entries) {
            for (Report.DiagnosticEntry d : f.diagnostics()) {
                if (d.severity().equals("warning")) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The selector's reason; when it chose the CPU for want of a GPU, with the probe's exact reason. */
    private static Report.Measured measured(ExecutionResult<FileOutcome> ex) {
        io.portalis.accel.strategy.MakespanPlanner.Plan p = ex.selection().plan();
        if (p == null) {
            return null;
        }
        return new Report.Measured(round(p.predictedNanos() / 1e6), ms(ex.executionNanos()), round(p.cpuNanos() / 1e6),
                round(p.gpuNanos() / 1e6), p.sharedNanos() == null ? null : round(p.sharedNanos() / 1e6),
                round(p.gpuByteShare()), round(p.loadFactor()), rate(p.cpuRate()), rate(p.gpuRate()));
    }

    private static Report.Rate rate(io.portalis.accel.strategy.UnitRate r) {
        return new Report.Rate(round(r.fixedNanos() / 1e6), round(r.nanosPerByte()), r.samples());
    }

    private static String reason(ExecutionResult<FileOutcome> ex, GpuProbeResult gpu) {
        String reason = ex.selection().reason();
        if ("no_gpu".equals(ex.selection().rule()) && gpu instanceof GpuProbeResult.Unavailable u) {
            reason += " (" + u.code() + ": " + u.reason() + ")";
        }
        return reason;
    }

    private static Report.Gpu gpu(GpuProbeResult probe) {
        if (probe instanceof GpuProbeResult.Available a) {
            return new Report.Gpu(true, null, null, a.device().name());
        }
        GpuProbeResult.Unavailable u = (GpuProbeResult.Unavailable) probe;
        return new Report.Gpu(false, u.code(), u.reason(), null);
    }

    /**
     * A task's file outcome: its value; a file never run (strict mode) as {@code not_run} with no
     * diagnostic (nothing in the file is at fault, and it has no position to point at); a task that
     * threw as a failed file with an {@code E-INTERNAL} diagnostic.
     */
    private static FileOutcome outcome(SourceFile file, TaskResult<FileOutcome> r) {
        if (r.ok()) {
            return r.value();
        }
        if (r.notRun()) {
            return new FileOutcome(file.relativePath(), FileStatus.NOT_RUN, 0, 0, null, Map.of(), List.of());
        }
        return internalFailure(file, r.error());
    }

    /** A task that threw: a failed file with an {@code E-INTERNAL} diagnostic. */
    private static FileOutcome internalFailure(SourceFile file, String error) {
        String message = "internal error while processing the file: " + error;
        return new FileOutcome(file.relativePath(), FileStatus.FAILED, 0, 0, null, Map.of(),
                List.of(FileDiagnostic.whole(file.relativePath(), "error", "E-INTERNAL", message)));
    }

    private static Report.FileEntry entry(FileOutcome o, String executor, double timeMs) {
        List<Report.DiagnosticEntry> ds = new ArrayList<>();
        for (FileDiagnostic d : o.diagnostics()) {
            ds.add(new Report.DiagnosticEntry(d.severity(), d.code(), d.message(), d.line(), d.column()));
        }
        List<String> stages = o.stages().stream().map(Stage::label).toList();
        return new Report.FileEntry(o.path(), o.status().label(), executor, o.bytesIn(), o.bytesOut(), timeMs,
                o.output(), stages, ds);
    }

    /** The outcomes in task order with internal failures made explicit (for printing diagnostics). */
    public static List<FileOutcome> outcomes(List<SourceFile> files, ExecutionResult<FileOutcome> ex) {
        List<FileOutcome> out = new ArrayList<>();
        for (TaskResult<FileOutcome> r : ex.results()) {
            out.add(outcome(files.get(r.index()), r));
        }
        return out;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e3) / 1e3;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
