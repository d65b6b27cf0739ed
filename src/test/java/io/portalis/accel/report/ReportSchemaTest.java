package io.portalis.accel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.portalis.accel.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real reports, from real runs, against src/main/resources/report.schema.json; plus the counting invariants. */
class ReportSchemaTest {
    @TempDir
    Path tmp;

    private static JsonSchema schema() throws IOException {
        try (InputStream in = ReportSchemaTest.class.getResourceAsStream("/report.schema.json")) {
            JsonNode node = ReportJson.mapper().readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, config);
        }
    }

    private static JsonNode validReport(CliRun run) throws IOException {
        JsonNode report = ReportJson.mapper().readTree(run.out());
        Set<ValidationMessage> errors = schema().validate(report);
        assertTrue(errors.isEmpty(), errors + "\n" + run.out());
        // every file once, and the summary adds up
        Set<String> paths = new HashSet<>();
        int ok = 0, failed = 0, skipped = 0, notRun = 0;
        long in = 0, out = 0;
        int warnings = 0;
        for (JsonNode f : report.get("files")) {
            for (JsonNode d : f.get("diagnostics")) {
                warnings += d.get("severity").asText().equals("warning") ? 1 : 0;
            }
            assertTrue(paths.add(f.get("path").asText()), "listed twice: " + f.get("path"));
            switch (f.get("status").asText()) {
                case "ok" -> ok++;
                case "failed" -> failed++;
                case "skipped" -> skipped++;
                case "not_run" -> notRun++;
                default -> throw new AssertionError("status " + f.get("status"));
            }
            in += f.get("bytes_in").asLong();
            out += f.get("bytes_out").asLong();
        }
        JsonNode s = report.get("summary");
        assertEquals(report.get("files").size(), s.get("files").asInt());
        assertEquals(ok, s.get("ok").asInt());
        assertEquals(failed, s.get("failed").asInt());
        assertEquals(skipped, s.get("skipped").asInt());
        assertEquals(notRun, s.get("not_run").asInt());
        assertEquals(in, s.get("bytes_in").asLong());
        assertEquals(out, s.get("bytes_out").asLong());
        assertEquals(warnings, report.get("warnings").asInt());
        assertTrue(java.time.Instant.parse(report.get("finished_at").asText())
                .compareTo(java.time.Instant.parse(report.get("started_at").asText())) >= 0);
        return report;
    }

    @Test
    void reportsOfEveryStrategyMatchTheSchema() throws IOException {
        for (String strategy : new String[] {"cpu", "auto", "gpu", "hybrid:70"}) {
            CliRun r = CliRun.of("transpile", "--layout", "files", "examples", "-o", tmp.resolve("out").toString(), "--strategy", strategy);
            validReport(r);
        }
    }

    @Test
    void aReportWithFailedAndSkippedFilesMatchesTheSchema() throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("fine.py"), "x: int = 1\n");
        Files.write(src.resolve("latin1.py"), new byte[] {'s', '=', '\'', (byte) 0xE9, '\'', '\n'});
        Path outside = tmp.resolve("elsewhere.py");
        Files.writeString(outside, "y = 2\n");
        Files.createSymbolicLink(src.resolve("link.py"), outside);
        CliRun r = CliRun.of("transpile", "--layout", "files", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu");
        assertEquals(1, r.exitCode(), r.err());
        JsonNode report = validReport(r);
        assertEquals(1, report.get("summary").get("skipped").asInt());
        assertEquals(1, report.get("warnings").asInt(), "the skipped link's W-SKIPPED");
        assertEquals(1, report.get("summary").get("failed").asInt());
        assertEquals("E-ENCODING", report.get("files").get(1).get("diagnostics").get(0).get("code").asText());
    }

    @Test
    void aStrictModeReportWithFilesNotRunMatchesTheSchema() throws IOException {
        // the GPU path fails before its first file (no device, or the injected fault): nothing runs
        CliRun r = CliRun.of("transpile", "--layout", "files", "examples", "-o", tmp.resolve("out").toString(), "--strategy", "gpu",
                "--no-fallback", "--inject-gpu-fault", "driver");
        assertEquals(3, r.exitCode(), r.err());
        JsonNode report = validReport(r);
        assertEquals("failed", report.get("status").asText());
        assertEquals(report.get("summary").get("files").asInt(), report.get("summary").get("not_run").asInt());
        assertFalse(report.get("fallback_occurred").asBoolean());
        for (JsonNode f : report.get("files")) {
            assertEquals("none", f.get("executor").asText());
            assertEquals(0, f.get("diagnostics").size(), "no invented position: " + f);
        }
    }

    @Test
    void aCrateReportWithItsVerificationMatchesTheSchema() throws IOException {
        // the default layout; --verify adds the verification (its runs are not_run where cargo or python3 is missing)
        CliRun r = CliRun.of("transpile", "src/test/resources/project-crate", "-o", tmp.resolve("out").toString(),
                "--strategy", "cpu", "--verify");
        JsonNode report = validReport(r);
        JsonNode project = report.get("project");
        assertEquals("crate", project.get("layout").asText());
        assertEquals(4, project.get("binaries").size());
        assertEquals(4, project.get("verification").get("files").size());
        CliRun files = CliRun.of("transpile", "--layout", "files", "examples", "-o", tmp.resolve("out2").toString(), "--strategy", "cpu");
        assertEquals("files", validReport(files).get("project").get("layout").asText());
    }

    @Test
    void theSchemaRejectsABrokenReport() throws IOException {
        CliRun r = CliRun.of("transpile", "--layout", "files", "examples", "-o", tmp.resolve("out").toString(), "--strategy", "cpu");
        com.fasterxml.jackson.databind.node.ObjectNode report =
                (com.fasterxml.jackson.databind.node.ObjectNode) ReportJson.mapper().readTree(r.out());
        report.remove("summary");
        ((com.fasterxml.jackson.databind.node.ObjectNode) report.get("strategy")).put("used", "turbo");
        assertEquals(2, schema().validate(report).size());
    }
}
