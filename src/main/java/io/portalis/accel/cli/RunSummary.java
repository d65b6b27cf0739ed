package io.portalis.accel.cli;

import io.portalis.accel.report.Report;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one line a run ends with on stderr, kept by {@code -q}: the counts, the top causes of failure,
 * where the output went, how long it took, the strategy used, and whether work fell back, e.g.
 * {@code portalis-accel: 18 files: 16 ok, 2 failed (E-UNSUPPORTED 2); output in rust-out; 1.4 s;
 * strategy cpu (requested auto); no fallback}.
 */
final class RunSummary {
    /** How many failure codes the line names. */
    static final int TOP_CAUSES = 3;

    private RunSummary() {}

    static String line(Report report, String outputShown, Duration elapsed) {
        Report.Summary s = report.summary();
        StringBuilder sb = new StringBuilder("portalis-accel: ");
        if (report.status().equals("interrupted")) {
            sb.append("interrupted: ");
        }
        sb.append(s.files()).append(" file").append(s.files() == 1 ? "" : "s").append(": ").append(s.ok()).append(" ok, ")
                .append(s.failed()).append(" failed");
        Map<String, Integer> causes = failureCauses(report);
        if (!causes.isEmpty()) {
            sb.append(" (").append(DiagnosticPrinter.tally(causes, TOP_CAUSES)).append(')');
        }
        if (s.skipped() > 0) {
            sb.append(", ").append(s.skipped()).append(" skipped");
        }
        if (s.notRun() > 0) {
            sb.append(", ").append(s.notRun()).append(" not run");
        }
        sb.append("; output in ").append(outputShown);
        sb.append("; ").append(String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0));
        Report.StrategyInfo st = report.strategy();
        sb.append("; strategy ").append(st.used());
        if (!st.requested().equals(st.used())) {
            boolean chosen = !st.selected().equals(st.requested()) && !st.selected().equals(st.used());
            sb.append(" (requested ").append(st.requested()).append(chosen ? ", selected " + st.selected() : "")
                    .append(')');
        }
        sb.append("; ").append(fallback(report));
        return sb.toString();
    }

    /** What became of GPU failures, in words that never say "fell back" unless work moved. */
    private static String fallback(Report report) {
        List<String> parts = new ArrayList<>();
        for (Report.Fallback e : report.fallbackEvents()) {
            if (e.to().equals("cpu")) {
                parts.add("fell back to the CPU after a GPU " + e.cause() + " (" + e.tasksRerun() + " file"
                        + (e.tasksRerun() == 1 ? "" : "s") + " rerun)");
            } else {
                parts.add("GPU " + e.cause() + " with --no-fallback: the files it had not finished were not run");
            }
        }
        if (parts.isEmpty()) {
            boolean lateGpuFailure = report.errors().stream().anyMatch(m -> m.startsWith("GPU failure"));
            return lateGpuFailure ? "a GPU failure after every GPU file had finished (nothing rerun)" : "no fallback";
        }
        return String.join("; ", parts);
    }

    /** Error codes of the failed files, counted once per file and code. */
    private static Map<String, Integer> failureCauses(Report report) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Report.FileEntry f : report.files()) {
            if (!f.status().equals("failed")) {
                continue;
            }
            f.diagnostics().stream().filter(d -> d.severity().equals("error")).map(Report.DiagnosticEntry::code)
                    .distinct().forEach(c -> counts.merge(c, 1, Integer::sum));
        }
        return counts;
    }
}
