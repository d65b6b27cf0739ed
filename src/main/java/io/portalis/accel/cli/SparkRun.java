package io.portalis.accel.cli;

import io.portalis.accel.spark.SparkTranspiler;
import io.portalis.accel.transpile.Cancellation;
import io.portalis.accel.transpile.FileDiagnostic;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FileStatus;
import io.portalis.accel.transpile.PathFilter;
import io.portalis.accel.transpile.SkippedFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * {@code transpile --engine spark}: hands the command's options to the Spark driver
 * ({@link SparkTranspiler}) and prints its merged report as the local run prints its own. Spark is a
 * provided dependency: the launcher ({@code bin/portalis-accel}) or spark-submit puts its jars on the
 * class path; without them this is a clear error, not a stack trace.
 */
final class SparkRun {
    private static final Logger LOG = LoggerFactory.getLogger(SparkRun.class);

    private SparkRun() {}

    static int run(TranspileCommand cmd) {
        CommandLine cl = cmd.spec.commandLine();
        if (!sparkOnClassPath()) {
            throw new RunFailedException("--engine spark needs Spark's jars on the class path: run through "
                    + "bin/portalis-accel (which adds those listed in target/spark-classpath.txt by the build) or "
                    + "spark-submit --class io.portalis.accel.cli.SparkMain");
        }
        if (cmd.engineOptions.partitions != null && cmd.engineOptions.partitions < 1) {
            throw new CommandLine.ParameterException(cl, "--partitions must be at least 1");
        }
        if (cmd.threads != null && cmd.threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be at least 1, got " + cmd.threads);
        }
        PathFilter filter = cmd.pathFilter(cl);
        String source = cmd.spec.positionalParameters().get(0).originalStringValues().get(0);
        List<String> outs = cmd.spec.findOption("--output").originalStringValues();
        String output = outs.isEmpty() ? cmd.output.toString() : outs.get(outs.size() - 1);
        SparkTranspiler.Request request = new SparkTranspiler.Request(source, output, cmd.engineOptions.master,
                cmd.engineOptions.partitions, filter, cmd.strategy, cmd.threads, !cmd.noFallback,
                cmd.gpuRunOptions.settings(), cmd.deviceOptions.device, cmd.deviceOptions.openclCpu);

        Cancellation cancellation = new Cancellation();
        try (InterruptGuard guard = InterruptGuard.install(cancellation, () -> { })) {
            SparkTranspiler.Outcome outcome;
            try {
                outcome = SparkTranspiler.run(request, cancellation, VersionInfo.version());
            } catch (SparkTranspiler.UsageException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            } catch (IOException e) {
                throw new RunFailedException("the Spark run failed: " + e.getMessage(), e);
            }
            new DiagnosticPrinter(cl.getErr(), new DisplayPaths(java.nio.file.Path.of(source)))
                    .printRun(outcome.outcomes(), outcome.skipped());
            writeReport(cmd, cl.getOut(), outcome);
            cmd.ciOutputs.write(outcome.report(), cl.getErr());
            var s = outcome.report().summary();
            LOG.info("{} files: {} ok, {} failed, {} skipped; engine spark", s.files(), s.ok(), s.failed(), s.skipped());
            if (outcome.interruption() != null) {
                LOG.warn("{}; the files not reached are listed as skipped", outcome.interruption());
                return ExitCodes.INTERRUPTED;
            }
            if (outcome.runFailed()) {
                cl.getErr().println("portalis-accel: run failed: " + String.join("; ", outcome.report().errors()));
                cl.getErr().flush();
                return ExitCodes.RUN_FAILED;
            }
            return s.failed() > 0 ? ExitCodes.FILES_FAILED : ExitCodes.OK;
        }
    }

    static boolean sparkOnClassPath() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkRun.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** To stdout, to a local --report FILE (atomically, as locally), or to a Hadoop URI. */
    private static void writeReport(TranspileCommand cmd, PrintWriter out, SparkTranspiler.Outcome outcome) {
        List<String> raw = cmd.spec.findOption("--report").originalStringValues();
        String target = raw.isEmpty() ? null : raw.get(raw.size() - 1);
        try {
            if (target != null && target.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*") && !target.startsWith("file:")) {
                StringWriter w = new StringWriter();
                io.portalis.accel.report.ReportJson.write(outcome.json(), w);
                SparkTranspiler.writeReport(target, w.toString().getBytes(StandardCharsets.UTF_8), outcome.hadoop());
            } else {
                java.nio.file.Path file = target == null || target.equals("-") ? null
                        : target.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(target)) // picocli read it as a relative path
                        : cmd.reportFile;
                new ReportDestination(file).write(outcome.json(), out);
            }
        } catch (IOException e) {
            throw new RunFailedException("cannot write the report to '" + target + "': " + e.getMessage(), e);
        }
    }
}
