package io.portalis.accel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report is written without jackson-databind; its text must be the one databind wrote. */
class RecordJsonTest {
    private static Report report(Double pressure, List<Report.FileEntry> files) {
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("read", 1.25);
        stages.put("lex", 0.0);
        stages.put("translate", 1e-7);
        return new Report(Report.SCHEMA_VERSION, new Report.Tool("portalis-accel", "0.1.0"), "/src \"quoted\"", "/out",
                "2026-11-27T04:58:14.656100615Z", "2026-11-27T04:58:16.222491Z", "completed",
                new Report.StrategyInfo("auto", "hybrid:70", "cpu", "default_hybrid", "49 tasks is fewer than 50: ü ∑ \u0001"),
                new Report.Hardware(2, pressure != null, pressure == null ? null : 8L << 30, pressure == null ? null : "GPU",
                        null, List.of("avx", "sse4_2"), 25276026880L),
                new Report.Gpu(false, "no_usable_device", "none\nat all", null),
                new Report.Workload(5, 39576, 0.402441, 0.939699),
                new Report.Load(null, 23045107712L, 25276026880L, pressure),
                1566.391, stages, pressure != null,
                pressure == null ? List.of() : List.of(new Report.Fallback("gpu", "cpu", "timeout", "5 s", 7, 12)),
                List.of("GPU failure (timeout): 5 s"), 1, files, new Report.Summary(files.size(), 1, 1, 0, 0, 123, 456));
    }

    private static String databind(Object value) throws Exception {
        return ReportJson.mapper().writeValueAsString(value);
    }

    private static String ours(Object value) throws Exception {
        StringWriter w = new StringWriter();
        RecordJson.write(value, w);
        return w.toString();
    }

    @Test
    void writesWhatDatabindWrote() throws Exception {
        List<Report.FileEntry> files = List.of(
                new Report.FileEntry("a.py", "ok", "cpu", 10, 20, 0.5, "a.rs", List.of("read", "lex"), List.of()),
                new Report.FileEntry("b/c.py", "failed", "cpu_fallback", 10, 0, Double.NaN, null, List.of("read"),
                        List.of(new Report.DiagnosticEntry("error", "E-UNSUPPORTED", "unsupported: 'yield'", 3, 7))));
        for (Report r : List.of(report(null, List.of()), report(0.85, files))) {
            assertEquals(databind(r), ours(r));
            assertEquals(databind(r) + "\n", ReportJson.toJson(r));
        }
    }

    @Test
    void snakeCaseAsDatabind() {
        assertEquals("cpu_simd_support", RecordJson.snakeCase("cpuSimdSupport"));
        assertEquals("schema_version", RecordJson.snakeCase("schemaVersion"));
        assertEquals("errors", RecordJson.snakeCase("errors"));
        assertEquals("stage_times_ms", RecordJson.snakeCase("stageTimesMs"));
    }
}
