package io.portalis.accel.cli;

import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.hardware.HardwareProbe;
import io.portalis.accel.report.Report;
import io.portalis.accel.report.ReportAssembler;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.strategy.Futures;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.strategy.WorkloadProfile;
import io.portalis.accel.transpile.Cancellation;
import io.portalis.accel.transpile.BatchSettings;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FilePipeline;
import io.portalis.accel.transpile.GpuBackend;
import io.portalis.accel.transpile.OutputTree;
import io.portalis.accel.transpile.PathFilter;
import io.portalis.accel.transpile.SourceFile;
import io.portalis.accel.transpile.SourceWalker;
import io.portalis.accel.transpile.WorkloadProfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code portalis-accel transpile SRC}: walks SRC, runs every file's pipeline through the strategy manager, reports. */
@Command(name = "transpile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Transpiles every *.py file under SRC (deterministic order; hidden folders, __pycache__ and virtual "
                    + "environments skipped) and prints the JSON report to stdout.",
            "Each file goes through the pipeline stages that exist in this build; the report lists them per file."
        })
final class TranspileCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(TranspileCommand.class);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SRC", description = "The source folder.")
    Path source;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "rust-out",
            description = "Output folder; each .py becomes a .rs at the mirrored path (default: ${DEFAULT-VALUE}, "
                    + "relative to the current folder). Never read back, even inside SRC.")
    Path output;

    @Option(names = {"-s", "--strategy"}, paramLabel = "S", defaultValue = "auto", converter = StrategyConverter.class,
            completionCandidates = StrategyConverter.Candidates.class,
            description = "auto | cpu | gpu | hybrid | hybrid:N (N = GPU share in percent, 0..100; hybrid = hybrid:70). "
                    + "Default: ${DEFAULT-VALUE}.")
    ExecutionStrategy strategy;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "CPU worker threads (default: the number of available processors).")
    Integer threads;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Write the JSON report to FILE (atomically) instead of stdout; - is stdout.")
    Path reportFile;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only take files matching GLOB (repeatable; default *.py). A glob without / matches the "
                    + "file name at any depth, one with / the path relative to SRC.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out files matching GLOB (repeatable).")
    List<String> excludes = new ArrayList<>();

    @picocli.CommandLine.Mixin
    DeviceOptions deviceOptions = new DeviceOptions();

    @picocli.CommandLine.Mixin
    GpuRunOptions gpuRunOptions = new GpuRunOptions();

    @picocli.CommandLine.Mixin
    CiOutputOptions ciOutputs = new CiOutputOptions();

    @Option(names = "--no-calibration",
            description = "Neither read nor write the measured rates (reproducible CI runs): auto then uses its decision "
                    + "tree.")
    boolean noCalibration;

    @Option(names = "--no-fallback",
            description = "Strict mode: a GPU failure fails the run (exit 3) instead of moving work to the CPU.")
    boolean noFallback;

    @picocli.CommandLine.Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Option(names = "--layout", paramLabel = "L",
            description = "crate (default): a Cargo crate, one module per Python module and one binary per main module; "
                    + "files: one standalone rustc program per file (the only layout of --engine spark).")
    ProjectOutput.Layout layout;

    @Option(names = "--ints", paramLabel = "I", defaultValue = "auto", converter = IntsConverter.class,
            description = "How Python's ints become Rust: auto (default; arbitrary precision in a module with **, pow, <<, "
                    + "math.factorial/comb/perm/prod or a literal beyond 64 bits, i64 elsewhere), big (arbitrary precision "
                    + "everywhere), fixed (i64; OverflowError past 64 bits).")
    io.portalis.accel.rust.IntRepresentation ints;

    @Option(names = "--verify", description = "After translating, cargo build the crate and run each main module both "
            + "ways (python3 -m and the binary), comparing stdout and exit status; a difference is exit 1.")
    boolean verify;

    @Override
    public Integer call() {
        Instant startedAt = Instant.now();
        CommandLine cl = spec.commandLine();
        if (engineOptions.spark()) {
            if (layout == ProjectOutput.Layout.crate || verify) {
                throw new CommandLine.ParameterException(cl, "--engine spark writes --layout files only (no crate, no --verify)");
            }
            return SparkRun.run(this);
        }
        ProjectOutput.Layout chosen = layout == null ? ProjectOutput.Layout.crate : layout;
        if (verify && chosen != ProjectOutput.Layout.crate) {
            throw new CommandLine.ParameterException(cl, "--verify needs --layout crate");
        }
        if (engineOptions.master != null || engineOptions.partitions != null) {
            throw new CommandLine.ParameterException(cl, "--master and --partitions need --engine spark");
        }
        if (!Files.exists(source)) {
            throw new CommandLine.ParameterException(cl, "source folder '" + source + "' does not exist");
        }
        if (!Files.isDirectory(source)) {
            throw new CommandLine.ParameterException(cl, "source '" + source + "' is not a folder");
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, got " + workers);
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(cl, "output '" + output + "' exists and is not a folder");
        }
        PathFilter filter = pathFilter(cl);
        Path srcAbs = realPath(source);
        Path outAbs = output.toAbsolutePath().normalize();
        if (outAbs.equals(srcAbs)) {
            throw new CommandLine.ParameterException(cl, "the output folder must not be the source folder");
        }

        ciOutputs.checkBeforeWork(cl, reportFile);
        checkWritable(outAbs);
        ReportDestination reportDestination = new ReportDestination(
                reportFile == null || CiOutputOptions.isStdout(reportFile) ? null : reportFile);

        // the OpenCL scan and OSHI's first calls cost over a second each when cold: both run beside the walk
        GpuBackend backend = new GpuBackend(deviceOptions.choice());
        FutureTask<GpuProbeResult> gpuProbe = inBackground("portalis-probe-opencl", () -> backend.probe().probe());
        FutureTask<HardwareProbe> hardwareProbeTask = inBackground("portalis-probe-oshi", () -> {
            HardwareProbe probe = new HardwareProbe();
            probe.cpuName(); // OSHI's processor facts are read once and kept: read them here, off the main path
            return probe;
        });
        SourceWalker.Walk walk;
        try {
            walk = new SourceWalker(filter).walk(source, output);
        } catch (IOException e) {
            throw new RunFailedException("cannot walk '" + source + "': " + e.getMessage(), e);
        }
        List<SourceFile> files = walk.files();
        LOG.debug("found {} files under {} ({} skipped)", files.size(), srcAbs, walk.skipped().size());
        EmptyInput.check(walk, source, filter, cl);
        gpuRunOptions.requireFaultCanFire(strategy, files, cl);

        GpuProbeResult gpu = Futures.join(gpuProbe, "waiting for the hardware probes");
        deviceOptions.requireListed(gpu);
        HardwareProbe hardwareProbe = Futures.join(hardwareProbeTask, "waiting for the hardware probes");
        HardwareCapabilities hardware = hardwareProbe.capabilities(gpu);
        WorkloadProfile profile = WorkloadProfiles.ofFiles(files);

        Cancellation cancellation = new Cancellation();
        ProjectOutput project = ProjectOutput.prepare(chosen, files, workers, srcAbs, ints);
        FilePipeline pipeline = new FilePipeline(new OutputTree(outAbs), cancellation, project.translations());
        StrategyManager<SourceFile, FileOutcome> manager = new BatchSettings(strategy, workers, !noFallback,
                gpuRunOptions.settings()).manager(pipeline, backend, gpu, hardwareProbe, hardware);
        io.portalis.accel.calibration.RunCalibration calibration = RunRates.open(noCalibration, hardwareProbe.cpuName(),
                workers, gpu);
        manager = manager.withRates(calibration.meter(), RunRates.sharesCpu(gpu));
        ProgressLine progress = null;
        if (!Logging.isQuiet() && Terminal.stderrIsTerminal() && !files.isEmpty()) {
            progress = new ProgressLine(files, cl.getErr());
            manager = manager.withProgress(progress);
        }
        ExecutionResult<FileOutcome> result;
        Runnable clearProgress = progress == null ? () -> { } : progress::stop;
        try (InterruptGuard guard = InterruptGuard.install(cancellation, clearProgress)) {
            try {
                result = manager.execute(files, profile);
            } finally {
                if (progress != null) {
                    progress.finish();
                }
            }
            gpuRunOptions.warnIfFaultCouldNotFire(result);
            if (!cancellation.cancelled()) {
                calibration.save(result.systemLoad() == null ? null : result.systemLoad().cpuUtilization(), Instant.now());
            }
            new DiagnosticPrinter(cl.getErr(), new DisplayPaths(source))
                    .printRun(ReportAssembler.outcomes(files, result), walk.skipped());
            Report report = ReportAssembler.assemble(new ReportAssembler.Inputs(VersionInfo.version(), srcAbs.toString(),
                    outAbs.toString(), startedAt, hardware, gpu, profile, files, walk.skipped(), result),
                    cancellation.reason());
            if (!cancellation.cancelled()) {
                report = project.finish(report, outAbs, srcAbs, verify, workers, cl.getErr(), new DisplayPaths(source));
            }
            reportDestination.write(report, cl.getOut());
            ciOutputs.write(report, cl.getErr());
            cl.getErr().println(RunSummary.line(report, new DisplayPaths(output).root(),
                    java.time.Duration.between(startedAt, Instant.now())));
            cl.getErr().flush();
            if (cancellation.cancelled()) {
                LOG.warn("{}; the files not reached are listed as skipped", cancellation.reason());
                return ExitCodes.INTERRUPTED;
            }
            return exitCode(cl, result, report, ciOutputs.failsOnWarnings(report) || ProjectOutput.failed(report.project()));
        }
    }

    /** Starts {@code work} on a daemon thread of its own. */
    private static <V> FutureTask<V> inBackground(String name, Callable<V> work) {
        FutureTask<V> task = new FutureTask<>(work);
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static int exitCode(CommandLine cl, ExecutionResult<FileOutcome> result, Report report,
            boolean failOnWarnings) {
        Report.Summary s = report.summary();
        if (result.runFailed()) {
            cl.getErr().println("portalis-accel: run failed: " + String.join("; ", result.errors()));
            cl.getErr().flush();
            return ExitCodes.RUN_FAILED;
        }
        return s.failed() > 0 || failOnWarnings ? ExitCodes.FILES_FAILED : ExitCodes.OK;
    }

    /**
     * Makes sure OUT exists and takes new files before any work starts (a file created and removed
     * again); a run that could write nothing fails at once with exit 3.
     */
    private static void checkWritable(Path out) {
        try {
            Files.createDirectories(out);
            Path probe = Files.createTempFile(out, ".portalis-write-check.", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new RunFailedException("output folder '" + out + "' is not writable (" + why + ")", e);
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** The {@code --include}/{@code --exclude} filter (local and Spark runs alike); a bad glob is a usage error. */
    PathFilter pathFilter(CommandLine cl) {
        try {
            return new PathFilter(includes, excludes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }
}
