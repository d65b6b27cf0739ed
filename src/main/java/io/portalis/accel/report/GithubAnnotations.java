package io.portalis.accel.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands that turn each diagnostic into an annotation on the file and line:
 * {@code ::error file=pkg/mod.py,line=3,col=5,title=E-SYNTAX::message}. The runner reads these commands
 * from a step's stdout and stderr alike; the report owns stdout, so they are printed on stderr.
 *
 * <p>Paths are given as the workflow sees them: relative to {@code base} (the workspace, or the current
 * folder) when the file lies below it, absolute otherwise. Values are escaped as the runner unescapes
 * them: in the message {@code %}, CR and LF become {@code %25}, {@code %0D}, {@code %0A}; in a property
 * value also {@code :} and {@code ,} become {@code %3A} and {@code %2C}.
 */
public final class GithubAnnotations {
    private GithubAnnotations() {}

    /** One workflow command per diagnostic (files in report order), then one per run-level error. */
    public static List<String> lines(Report report, Path base) {
        Path root = Path.of(report.source());
        Path baseAbs = base.toAbsolutePath().normalize();
        List<String> lines = new ArrayList<>();
        for (Report.FileEntry f : report.files()) {
            String file = workflowPath(root.resolve(f.path()).normalize(), baseAbs);
            for (Report.DiagnosticEntry d : f.diagnostics()) {
                lines.add("::" + command(d.severity()) + " file=" + property(file) + ",line=" + d.line() + ",col="
                        + d.column() + ",title=" + property(d.code()) + "::" + data(d.message()));
            }
        }
        String runLevel = "completed".equals(report.status()) ? "warning" : "error";
        for (String e : report.errors()) {
            lines.add("::" + runLevel + " title=" + property("portalis-accel") + "::" + data(e));
        }
        return lines;
    }

    public static void write(Report report, Path base, PrintWriter err) {
        for (String line : lines(report, base)) {
            err.println(line);
        }
        err.flush();
    }

    private static String command(String severity) {
        return switch (severity) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "notice";
        };
    }

    private static String workflowPath(Path file, Path base) {
        if (file.startsWith(base)) {
            return base.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        }
        return file.toString();
    }

    /** The command's message (after the second {@code ::}). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value ({@code file=}, {@code title=}). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
