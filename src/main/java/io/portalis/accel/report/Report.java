package io.portalis.accel.report;

import java.util.List;
import java.util.Map;

/**
 * The JSON report of one {@code transpile} run (serialised in snake_case by {@link ReportJson}).
 * Its shape is {@code src/main/resources/report.schema.json}. {@code status} is {@code completed} (every
 * file reached), {@code failed} (the run itself failed, e.g. a GPU failure in strict mode) or
 * {@code interrupted} (stopped by a signal; the files not reached are {@code skipped}). A file's
 * status is {@code ok}, {@code failed}, {@code skipped} or {@code not_run} (strict mode only: the GPU
 * path failed before it got to the file).
 * {@code warnings} counts the warning diagnostics of all files (what {@code --fail-on warning} fails on).
 * The CI outputs ({@link SarifWriter}, {@link JUnitXmlWriter}, {@link GithubAnnotations},
 * {@link PrometheusMetrics}) are all written from this one value.
 */
public record Report(
        int schemaVersion,
        Tool tool,
        String source,
        String output,
        String startedAt,
        String finishedAt,
        String status,
        StrategyInfo strategy,
        Hardware hardware,
        Gpu gpu,
        Workload workload,
        Load systemLoad,
        double executionTimeMs,
        Map<String, Double> stageTimesMs,
        boolean fallbackOccurred,
        List<Fallback> fallbackEvents,
        List<String> errors,
        int warnings,
        List<FileEntry> files,
        Summary summary,
        Project project) {

    public static final int SCHEMA_VERSION = 2;

    /** A report of a run that made no crate and verified nothing ({@code project} null). */
    public Report(int schemaVersion, Tool tool, String source, String output, String startedAt, String finishedAt,
            String status, StrategyInfo strategy, Hardware hardware, Gpu gpu, Workload workload, Load systemLoad,
            double executionTimeMs, Map<String, Double> stageTimesMs, boolean fallbackOccurred,
            List<Fallback> fallbackEvents, List<String> errors, int warnings, List<FileEntry> files, Summary summary) {
        this(schemaVersion, tool, source, output, startedAt, finishedAt, status, strategy, hardware, gpu, workload,
                systemLoad, executionTimeMs, stageTimesMs, fallbackOccurred, fallbackEvents, errors, warnings, files,
                summary, null);
    }

    /** This report with the project section set. */
    public Report withProject(Project p) {
        return new Report(schemaVersion, tool, source, output, startedAt, finishedAt, status, strategy, hardware, gpu,
                workload, systemLoad, executionTimeMs, stageTimesMs, fallbackOccurred, fallbackEvents, errors, warnings,
                files, summary, p);
    }

    /**
     * This report with the files rustc rejected in the crate's build (source path → their errors) failed:
     * status {@code failed}, no output, the errors added to their diagnostics, the summary counted again.
     */
    public Report withFailedAfterBuild(Map<String, List<DiagnosticEntry>> failed) {
        if (failed.isEmpty()) {
            return this;
        }
        List<FileEntry> out = new java.util.ArrayList<>();
        int moved = 0;
        long unwritten = 0;
        for (FileEntry f : files) {
            List<DiagnosticEntry> errors = failed.get(f.path());
            if (errors == null || !f.status().equals("ok")) {
                out.add(f);
                continue;
            }
            List<DiagnosticEntry> ds = new java.util.ArrayList<>(f.diagnostics());
            ds.addAll(errors);
            out.add(new FileEntry(f.path(), "failed", f.executor(), f.bytesIn(), 0, f.timeMs(), null, f.stages(), ds));
            moved++;
            unwritten += f.bytesOut();
        }
        Summary s = new Summary(summary.files(), summary.ok() - moved, summary.failed() + moved, summary.skipped(),
                summary.notRun(), summary.bytesIn(), summary.bytesOut() - unwritten);
        return new Report(schemaVersion, tool, source, output, startedAt, finishedAt, status, strategy, hardware, gpu,
                workload, systemLoad, executionTimeMs, stageTimesMs, fallbackOccurred, fallbackEvents, errors, warnings,
                out, s, project);
    }

    /**
     * The output's layout and, for a crate, where it is, its binaries and (with {@code --verify})
     * the verification against CPython.
     *
     * @param layout       {@code crate} or {@code files}
     * @param crate        the crate's folder (holding Cargo.toml), absolute; null for {@code files}
     * @param indexMs      the project index phase (parse, check and translate every module together)
     * @param binaries     one per main module
     * @param verification null unless {@code --verify} was given
     */
    public record Project(String layout, String crate, double indexMs, List<Binary> binaries, Verification verification) {}

    /** A main module's binary: its name, the dotted module, the source file. */
    public record Binary(String name, String module, String source) {}

    /**
     * What {@code --verify} found.
     *
     * @param build   {@code ok}, {@code failed} or {@code not_run}; {@code buildMessage} says why when not ok
     * @param python  the python3 used, or null when none was found (then nothing ran)
     * @param files   one per main module
     */
    public record Verification(String build, String buildMessage, double buildMs, String python, List<Verified> files,
            VerificationSummary summary, Doctests doctests) {
        public Verification(String build, String buildMessage, double buildMs, String python, List<Verified> files,
                VerificationSummary summary) {
            this(build, buildMessage, buildMs, python, files, summary, null);
        }

        /** The same verification with the doctests' results. */
        public Verification withDoctests(Doctests d) {
            return new Verification(build, buildMessage, buildMs, python, files, summary, d);
        }
    }

    /** The modules' doctests run both ways (CPython's doctest and the crate's), one entry per module with examples. */
    public record Doctests(List<DoctestFile> files, VerificationSummary summary) {}

    /**
     * One module's doctests: {@code status} is {@code same} (every docstring failed and tried as many
     * examples both ways), {@code differs} or {@code not_run}; the counts are null where that side did not run.
     */
    public record DoctestFile(String path, String module, String status, String reason, DoctestCounts python,
            DoctestCounts rust) {}

    /** Failed and attempted examples, as doctest's TestResults. */
    public record DoctestCounts(int failed, int attempted) {}

    /**
     * One main module run both ways: {@code status} is {@code same}, {@code differs} or {@code not_run};
     * {@code reason} says how it differs or why it did not run.
     */
    public record Verified(String path, String binary, String status, String reason, Integer pythonExit,
            Integer rustExit, double timeMs) {}

    public record VerificationSummary(int same, int differs, int notRun) {}

    public record Tool(String name, String version) {}

    /**
     * requested / selected / used strategy labels, the selector's rule and its reason, and for rule
     * {@code measured} the prediction it rests on ({@code null} for every other rule).
     */
    public record StrategyInfo(String requested, String selected, String used, String rule, String reason,
            Measured measured) {
        public StrategyInfo(String requested, String selected, String used, String rule, String reason) {
            this(requested, selected, used, rule, reason, null);
        }
    }

    /**
     * What {@code auto} predicted from the measured rates, and what happened.
     *
     * @param predictedMs    the chosen plan's predicted finishing time
     * @param actualMs       the batch's actual wall time (the same as {@code execution_time_ms})
     * @param cpuMs          predicted for the CPU workers alone
     * @param gpuMs          predicted for the GPU path alone
     * @param sharedMs       predicted for both sharing one queue, {@code null} when not considered
     * @param gpuByteShare   the chosen plan's share of the bytes on the GPU, 0..1
     * @param loadFactor     the multiplier applied to CPU-bound costs for the load now
     * @param cpu            the rate of one task on one CPU worker
     * @param gpu            the rate of one GPU sub-batch
     */
    public record Measured(double predictedMs, double actualMs, double cpuMs, double gpuMs, Double sharedMs,
            double gpuByteShare, double loadFactor, Rate cpu, Rate gpu) {}

    /** A unit's rate: {@code fixed_ms + ns_per_byte * bytes} per call, from {@code samples} calls. */
    public record Rate(double fixedMs, double nsPerByte, long samples) {}

    public record Hardware(int cpuCores, boolean gpuAvailable, Long gpuMemoryBytes, String gpuName, String gpuVendor,
            List<String> cpuSimdSupport, long systemMemoryBytes) {}

    /** What the GPU probe said: {@code available}, and when not, its code and reason. */
    public record Gpu(boolean available, String code, String reason, String device) {}

    public record Workload(int taskCount, long memoryPerTask, double complexity, double parallelization) {}

    public record Load(Double cpuUtilization, long memoryAvailableBytes, long memoryTotalBytes, Double gpuMemoryPressure) {}

    public record Fallback(String from, String to, String cause, String message, int tasksRerun, long atMs) {}

    public record FileEntry(String path, String status, String executor, long bytesIn, long bytesOut, double timeMs,
            String output, List<String> stages, List<DiagnosticEntry> diagnostics) {}

    public record DiagnosticEntry(String severity, String code, String message, int line, int column) {}

    /** Counts by file status (they add up to {@code files}) and bytes. */
    public record Summary(int files, int ok, int failed, int skipped, int notRun, long bytesIn, long bytesOut) {}
}
