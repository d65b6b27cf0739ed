package io.portalis.accel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricsProcessor;
import org.hawkular.agent.prometheus.types.Gauge;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.hawkular.agent.prometheus.walkers.CollectorPrometheusMetricsWalker;
import org.junit.jupiter.api.Test;

/** Label escaping, statuses beyond the summary's three, and plain decimals, read back by a Prometheus text parser. */
class PrometheusMetricsTest {
    @Test
    void labelValuesAreEscapedAndEveryFileStatusIsCounted() throws Exception {
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("lex", 0.000123);
        stages.put("parse", 1234.5);
        List<Report.FileEntry> files = List.of(
                new Report.FileEntry("a.py", "ok", "cpu", 1, 2, 0, "a.rs", List.of(), List.of()),
                new Report.FileEntry("b.py", "not_run", "none", 0, 0, 0, null, List.of(), List.of()));
        Report report = new Report(Report.SCHEMA_VERSION, new Report.Tool("portalis-accel", "1.0 \"q\" \\ \nx"), "/s", "/o",
                "2026-12-07T10:00:00.5Z", "2026-12-07T10:00:01.25Z", "failed",
                new Report.StrategyInfo("gpu", "gpu", "cpu", "requested", "asked"),
                new Report.Hardware(2, false, null, null, null, List.of(), 1L), new Report.Gpu(false, "x", "y", null),
                new Report.Workload(2, 1, 0, 0), null, 750.25, stages, false, List.of(), List.of(), 0, files,
                new Report.Summary(2, 1, 0, 0, 0, 1, 2));
        StringWriter w = new StringWriter();
        PrometheusMetrics.write(report, w);
        String text = w.toString();
        assertEquals(true, text.contains("version=\"1.0 \\\"q\\\" \\\\ \\nx\""), text);
        assertEquals(true, text.contains("portalis_accel_last_run_stage_seconds{stage=\"lex\"} 0.000000123\n"), text);
        assertEquals(true, text.contains("portalis_accel_last_run_started_timestamp_seconds 1796637600.5\n"), text);

        CollectorPrometheusMetricsWalker walker = new CollectorPrometheusMetricsWalker();
        new TextPrometheusMetricsProcessor(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), walker).walk();
        Map<String, Double> files2 = new LinkedHashMap<>();
        String version = null;
        for (MetricFamily f : walker.getAllMetricFamilies()) {
            if (f.getName().equals("portalis_accel_last_run_files")) {
                f.getMetrics().forEach(m -> files2.put(m.getLabels().get("status"), ((Gauge) m).getValue()));
            }
            if (f.getName().equals("portalis_accel_last_run_info")) {
                version = f.getMetrics().get(0).getLabels().get("version");
            }
            if (f.getName().equals("portalis_accel_last_run_stage_seconds")) {
                assertEquals(1.2345, ((Gauge) f.getMetrics().get(1)).getValue(), 1e-12);
            }
        }
        assertEquals(Map.of("ok", 1.0, "failed", 0.0, "skipped", 0.0, "not_run", 1.0), files2);
        assertEquals("1.0 \"q\" \\ \nx", version);
    }
}
