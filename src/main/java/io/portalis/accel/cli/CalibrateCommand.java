package io.portalis.accel.cli;

import io.portalis.accel.calibration.CalibrationCorpus;
import io.portalis.accel.calibration.CalibrationFile;
import io.portalis.accel.calibration.RateEntry;
import io.portalis.accel.calibration.RunCalibration;
import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.hardware.HardwareProbe;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.strategy.GpuExecutor;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.strategy.SystemLoad;
import io.portalis.accel.strategy.UnitRate;
import io.portalis.accel.transpile.CpuKernel;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FilePipeline;
import io.portalis.accel.transpile.OutputTree;
import io.portalis.accel.transpile.PathFilter;
import io.portalis.accel.transpile.SourceFile;
import io.portalis.accel.transpile.SourceWalker;
import io.portalis.accel.transpile.WorkloadProfiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code portalis-accel calibrate}: measures the CPU pool and the OpenCL device on a built-in corpus,
 * keeps the rates in the calibration file (as {@code transpile} does after each run), prints the table.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Measures what one file costs on the CPU workers and what one sub-batch costs on the OpenCL device, on a "
                    + "built-in corpus (copies of example programs), and keeps the rates in "
                    + "$XDG_CACHE_HOME/portalis-accel/rates.json for transpile --strategy auto. Prints the table.",
            "transpile keeps learning after every run; --reset forgets everything."
        })
final class CalibrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--files", paramLabel = "N", defaultValue = "96",
            description = "Files in the corpus (default: ${DEFAULT-VALUE}).")
    int files;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "CPU worker threads, as transpile will use them (default: the number of available processors).")
    Integer threads;

    @Option(names = "--reset", description = "Delete the calibration file and measure nothing.")
    boolean reset;

    @picocli.CommandLine.Mixin
    DeviceOptions deviceOptions = new DeviceOptions();

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Optional<CalibrationFile> file = CalibrationFile.atDefaultLocation();
        if (file.isEmpty()) {
            throw new RunFailedException("there is no cache folder (" + CalibrationFile.CACHE_HOME_PROPERTY
                    + " is set to none), so there is no calibration file");
        }
        PrintWriter out = cl.getOut();
        if (reset) {
            boolean had = file.get().delete();
            out.println((had ? "deleted " : "there was no calibration file at ") + file.get().path());
            out.flush();
            return ExitCodes.OK;
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1 || files < 1) {
            throw new CommandLine.ParameterException(cl, "--threads and --files must be at least 1");
        }
        io.portalis.accel.transpile.GpuBackend backend = new io.portalis.accel.transpile.GpuBackend(deviceOptions.choice());
        GpuProbeResult gpu = backend.probe().probe();
        HardwareProbe probe = new HardwareProbe();
        HardwareCapabilities hardware = probe.capabilities(gpu);
        SystemLoad load = probe.sampleLoad(gpu);
        RunCalibration calibration = RunRates.open(false, probe.cpuName(), workers, gpu);
        Path tmp = Files.createTempDirectory("portalis-calibrate-");
        try {
            Path src = tmp.resolve("src");
            CalibrationCorpus.write(src, files);
            List<SourceFile> corpus = new SourceWalker(PathFilter.defaults()).walk(src, tmp.resolve("out")).files();
            FilePipeline pipeline = new FilePipeline(new OutputTree(tmp.resolve("out")));
            try (var cpu = CpuKernel.executor(pipeline, workers)) {
                GpuExecutor<SourceFile, FileOutcome> kernel = backend.kernel(pipeline, gpu, new GpuRunOptions().settings(), workers);
                // a round nobody records: the JIT compiles the pipeline first, so the rates are the steady state
                StrategyManager.cpuOnly(cpu).execute(corpus, WorkloadProfiles.ofFiles(corpus));
                run(cpu, kernel, new ExecutionStrategy.CpuOnly(), hardware, load, calibration, gpu, corpus);
                if (gpu instanceof GpuProbeResult.Available) {
                    // sub-batches of four sizes, so the per-batch cost and the per-byte cost can be told apart
                    for (int k : new int[] {8, 4, 2, 1}) {
                        List<SourceFile> part = corpus.subList(0, Math.max(1, corpus.size() / k));
                        ExecutionResult<FileOutcome> r = run(cpu, kernel, new ExecutionStrategy.GpuOnly(), hardware, load,
                                calibration, gpu, part);
                        if (r.fallbackOccurred()) {
                            cl.getErr().println("portalis-accel: the OpenCL device failed while calibrating: "
                                    + String.join("; ", r.errors()));
                            break;
                        }
                    }
                }
            }
            Instant now = Instant.now();
            Map<String, UnitRate> measured = calibration.save(load.cpuUtilization(), now);
            printTable(out, file.get(), measured, file.get().read(now));
            return ExitCodes.OK;
        } finally {
            deleteTree(tmp);
        }
    }

    private static ExecutionResult<FileOutcome> run(io.portalis.accel.strategy.CpuExecutor<SourceFile, FileOutcome> cpu,
            GpuExecutor<SourceFile, FileOutcome> kernel, ExecutionStrategy strategy, HardwareCapabilities hardware,
            SystemLoad load, RunCalibration calibration, GpuProbeResult gpu, List<SourceFile> files) {
        return StrategyManager.withStrategy(cpu, kernel, strategy, hardware, () -> load)
                .withWeigher(SourceFile::size).withRates(calibration.meter(), RunRates.sharesCpu(gpu))
                .execute(files, WorkloadProfiles.ofFiles(files));
    }

    private static void printTable(PrintWriter out, CalibrationFile file, Map<String, UnitRate> measured,
            Map<String, RateEntry> kept) {
        out.printf(Locale.ROOT, "%-12s %12s %10s %12s %8s  %s%n", "measured", "fixed ms", "ns/byte", "KB/s @4KB",
                "samples", "unit");
        for (Map.Entry<String, UnitRate> e : measured.entrySet()) {
            row(out, "now", e.getValue(), e.getKey());
        }
        for (Map.Entry<String, RateEntry> e : kept.entrySet()) {
            row(out, "kept", e.getValue().rate(), e.getKey() + "  (" + e.getValue().updatedAt() + ")");
        }
        out.println("calibration file: " + file.path());
        out.flush();
    }

    private static void row(PrintWriter out, String what, UnitRate r, String unit) {
        out.printf(Locale.ROOT, "%-12s %12.3f %10.1f %12.1f %8d  %s%n", what, r.fixedNanos() / 1e6, r.nanosPerByte(),
                r.bytesPerSecond(4096) / 1024, r.samples(), unit);
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is no failure of the calibration
        }
    }
}
