package io.portalis.accel.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link Report} in the Prometheus text exposition format (version 0.0.4), for the node_exporter
 * textfile collector: every family has its {@code # HELP} and {@code # TYPE} lines, every metric is a
 * gauge describing the last run (the file is replaced by each run, so nothing here is a counter), in
 * base units (seconds, bytes). The strategy is a label of an info gauge whose value is 1.
 */
public final class PrometheusMetrics {
    static final String PREFIX = "portalis_accel_";

    private PrometheusMetrics() {}

    public static void write(Report report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(2048);
        Report.Summary s = report.summary();

        Map<String, String> info = new LinkedHashMap<>();
        info.put("version", report.tool().version());
        info.put("status", report.status());
        info.put("strategy_requested", report.strategy().requested());
        info.put("strategy_selected", report.strategy().selected());
        info.put("strategy_used", report.strategy().used());
        info.put("rule", report.strategy().rule());
        family(b, "last_run_info", "The last transpile run: tool version, status and strategies, as labels.");
        sample(b, "last_run_info", info, 1);

        // ok, failed and skipped always (0 is a value a dashboard needs); any other status a file has, as it is
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String status : new String[] {"ok", "failed", "skipped"}) {
            byStatus.put(status, 0L);
        }
        for (Report.FileEntry f : report.files()) {
            byStatus.merge(f.status(), 1L, Long::sum);
        }
        family(b, "last_run_files", "Input files of the last run by status.");
        byStatus.forEach((status, n) -> sample(b, "last_run_files", Map.of("status", status), n));

        family(b, "last_run_input_bytes", "Bytes of Python read by the last run.");
        sample(b, "last_run_input_bytes", Map.of(), s.bytesIn());
        family(b, "last_run_output_bytes", "Bytes of Rust written by the last run.");
        sample(b, "last_run_output_bytes", Map.of(), s.bytesOut());

        int errors = 0;
        for (Report.FileEntry f : report.files()) {
            for (Report.DiagnosticEntry d : f.diagnostics()) {
                if (d.severity().equals("error")) {
                    errors++;
                }
            }
        }
        family(b, "last_run_diagnostics", "Diagnostics of the last run by severity.");
        sample(b, "last_run_diagnostics", Map.of("severity", "error"), errors);
        sample(b, "last_run_diagnostics", Map.of("severity", "warning"), report.warnings());

        family(b, "last_run_stage_seconds", "Time spent in each pipeline stage, summed over all files of the last run.");
        for (Map.Entry<String, Double> e : report.stageTimesMs().entrySet()) {
            sample(b, "last_run_stage_seconds", Map.of("stage", e.getKey()), seconds(e.getValue()));
        }

        family(b, "last_run_fallbacks", "GPU-to-CPU fallback events of the last run.");
        sample(b, "last_run_fallbacks", Map.of(), report.fallbackEvents().size());
        family(b, "last_run_tasks_rerun", "Files rerun on the CPU after a GPU failure in the last run.");
        long rerun = report.fallbackEvents().stream().mapToLong(Report.Fallback::tasksRerun).sum();
        sample(b, "last_run_tasks_rerun", Map.of(), rerun);

        family(b, "last_run_execution_seconds", "Wall time of the last run's batch.");
        sample(b, "last_run_execution_seconds", Map.of(), seconds(report.executionTimeMs()));
        family(b, "last_run_started_timestamp_seconds", "When the last run started, in seconds since the epoch.");
        sample(b, "last_run_started_timestamp_seconds", Map.of(), epochSeconds(report.startedAt()));
        family(b, "last_run_finished_timestamp_seconds", "When the last run finished, in seconds since the epoch.");
        sample(b, "last_run_finished_timestamp_seconds", Map.of(), epochSeconds(report.finishedAt()));

        out.write(b.toString());
        out.flush();
    }

    private static void family(StringBuilder b, String name, String help) {
        b.append("# HELP ").append(PREFIX).append(name).append(' ').append(escapeHelp(help)).append('\n');
        b.append("# TYPE ").append(PREFIX).append(name).append(" gauge\n");
    }

    private static void sample(StringBuilder b, String name, Map<String, String> labels, long value) {
        sample(b, name, labels, Long.toString(value));
    }

    private static void sample(StringBuilder b, String name, Map<String, String> labels, String value) {
        b.append(PREFIX).append(name);
        if (!labels.isEmpty()) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, String> l : labels.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                b.append(l.getKey()).append("=\"").append(escapeLabel(l.getValue() == null ? "" : l.getValue()))
                        .append('"');
            }
            b.append('}');
        }
        b.append(' ').append(value).append('\n');
    }

    /** Milliseconds (as the report gives them, to the microsecond) as a plain decimal of seconds. */
    private static String seconds(double ms) {
        return plain(BigDecimal.valueOf(ms).movePointLeft(3));
    }

    /** An ISO-8601 instant as plain decimal seconds since the epoch, to the nanosecond. */
    private static String epochSeconds(String instant) {
        Instant t = Instant.parse(instant);
        return plain(BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9)));
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** In a label value {@code \}, {@code "} and a line feed are escaped. */
    static String escapeLabel(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** In HELP text {@code \} and a line feed are escaped. */
    static String escapeHelp(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
