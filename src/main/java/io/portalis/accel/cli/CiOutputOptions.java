package io.portalis.accel.cli;

import io.portalis.accel.report.AtomicTextFile;
import io.portalis.accel.report.GithubAnnotations;
import io.portalis.accel.report.JUnitXmlWriter;
import io.portalis.accel.report.PrometheusMetrics;
import io.portalis.accel.report.Report;
import io.portalis.accel.report.SarifWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The CI outputs of {@code transpile}: {@code --sarif}, {@code --junit}, {@code --metrics} (files, each
 * written atomically after the report), {@code --github} (workflow annotations on stderr) and
 * {@code --fail-on}. The writers live in the {@code report} package; this class only wires them.
 */
final class CiOutputOptions {
    /** What makes the exit code 1. */
    enum FailOn {
        ERROR, WARNING;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Option(names = "--sarif", paramLabel = "FILE",
            description = "Also write the diagnostics as SARIF 2.1.0 to FILE (for code scanning), atomically.")
    Path sarif;

    @Option(names = "--junit", paramLabel = "FILE",
            description = "Also write JUnit XML to FILE (one test case per input file), atomically.")
    Path junit;

    @Option(names = "--metrics", paramLabel = "FILE",
            description = "Also write the run's metrics in the Prometheus text format to FILE (for the node_exporter "
                    + "textfile collector), atomically.")
    Path metrics;

    @Option(names = "--github",
            description = "Print each diagnostic as a GitHub Actions annotation (::error file=,line=,col=::) on stderr.")
    boolean github;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = FailOnConverter.class,
            completionCandidates = FailOnCandidates.class,
            description = "error (default): exit 1 when a file failed; warning: also when there is any warning.")
    FailOn failOn = FailOn.ERROR;

    /**
     * Checks every file the run will write (the report's too, unless it goes to stdout) before any
     * work starts: a usage error (exit 2) names the option and the reason. Missing parent folders are
     * created here.
     */
    void checkBeforeWork(CommandLine cl, Path reportFile) {
        Map<String, Path> outputs = new LinkedHashMap<>();
        if (reportFile != null && !isStdout(reportFile)) {
            outputs.put("--report", reportFile);
        }
        for (Map.Entry<String, Path> e : files().entrySet()) {
            if (isStdout(e.getValue())) {
                throw new CommandLine.ParameterException(cl, e.getKey()
                        + " needs a file name: only --report can be - (stdout)");
            }
            outputs.put(e.getKey(), e.getValue());
        }
        Map<Path, String> seen = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : outputs.entrySet()) {
            Path abs = e.getValue().toAbsolutePath().normalize();
            String other = seen.putIfAbsent(abs, e.getKey());
            if (other != null) {
                throw new CommandLine.ParameterException(cl, other + " and " + e.getKey() + " name the same file '"
                        + e.getValue() + "'");
            }
            String problem = OutputFileCheck.problem(abs);
            if (problem != null) {
                throw new CommandLine.ParameterException(cl, e.getKey() + " '" + e.getValue() + "': " + problem);
            }
        }
    }

    /** Writes the requested CI outputs of a finished run; a file that cannot be written fails the run (exit 3). */
    void write(Report report, PrintWriter err) {
        for (Map.Entry<String, Path> e : files().entrySet()) {
            Path target = e.getValue();
            try {
                switch (e.getKey()) {
                    case "--sarif" -> AtomicTextFile.write(target, w -> SarifWriter.write(report, w));
                    case "--junit" -> AtomicTextFile.write(target, w -> JUnitXmlWriter.write(report, w));
                    case "--metrics" -> AtomicTextFile.write(target, w -> PrometheusMetrics.write(report, w));
                    default -> throw new IllegalStateException(e.getKey());
                }
            } catch (IOException ex) {
                throw new RunFailedException("cannot write " + e.getKey() + " '" + target + "': " + ex.getMessage(), ex);
            }
        }
        if (github) {
            GithubAnnotations.write(report, workflowBase(), err);
        }
    }

    /** Whether {@code --fail-on warning} turns this report's warnings into exit 1. */
    boolean failsOnWarnings(Report report) {
        return failOn == FailOn.WARNING && report.warnings() > 0;
    }

    private Map<String, Path> files() {
        Map<String, Path> m = new LinkedHashMap<>();
        if (sarif != null) {
            m.put("--sarif", sarif);
        }
        if (junit != null) {
            m.put("--junit", junit);
        }
        if (metrics != null) {
            m.put("--metrics", metrics);
        }
        return m;
    }

    static boolean isStdout(Path p) {
        return p.toString().equals("-");
    }

    /** Where annotation paths are relative to: the Actions workspace (the repository) when set, else the current folder. */
    private static Path workflowBase() {
        String ws = System.getenv("GITHUB_WORKSPACE");
        Path base = ws != null && !ws.isBlank() && Files.isDirectory(Path.of(ws)) ? Path.of(ws) : Path.of("");
        try {
            return base.toRealPath();
        } catch (IOException e) {
            return base.toAbsolutePath().normalize();
        }
    }

    static final class FailOnConverter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            for (FailOn f : FailOn.values()) {
                if (f.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not error or warning");
        }
    }

    static final class FailOnCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("error", "warning").iterator();
        }
    }
}
