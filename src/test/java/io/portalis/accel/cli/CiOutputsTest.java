package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.portalis.accel.report.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricsProcessor;
import org.hawkular.agent.prometheus.types.Metric;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.hawkular.agent.prometheus.types.MetricType;
import org.hawkular.agent.prometheus.walkers.CollectorPrometheusMetricsWalker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sarif}, {@code --junit}, {@code --metrics} and {@code --github} through the real CLI, each output
 * read back by what consumes it: the SARIF 2.1.0 JSON schema, Maven Surefire's JUnit XML parser, a
 * Prometheus text-format parser, and the workflow-command syntax of GitHub Actions.
 */
class CiOutputsTest {
    @TempDir
    Path tmp;

    Path src;

    /** One ok file, a syntax error, a type error, a name with {@code , : %} in it, a link that is skipped. */
    @BeforeEach
    void project() throws IOException {
        src = tmp.resolve("src");
        Files.createDirectories(src.resolve("pkg"));
        Files.writeString(src.resolve("fine.py"), "x: int = 1\nprint(x)\n");
        Files.writeString(src.resolve("pkg/bad.py"), "def f(:\n    pass\n");
        Files.writeString(src.resolve("pkg/typ.py"), "y: int = \"s\"\n");
        Files.writeString(src.resolve("we,ird:na%me 1.py"), "z = (1,\n");
        Path outside = tmp.resolve("elsewhere.py");
        Files.writeString(outside, "w = 2\n");
        Files.createSymbolicLink(src.resolve("link.py"), outside);
    }

    private CliRun run(String... extra) {
        List<String> args = new ArrayList<>(List.of("-q", "transpile", "--layout", "files", src.toString(), "-o", tmp.resolve("out").toString(),
                "--strategy", "cpu"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Every diagnostic of the report as "path|line|col|severity|code|message". */
    private static List<String> diagnostics(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("files")) {
            for (JsonNode d : f.get("diagnostics")) {
                out.add(f.get("path").asText() + "|" + d.get("line").asInt() + "|" + d.get("column").asInt() + "|"
                        + d.get("severity").asText() + "|" + d.get("code").asText() + "|" + d.get("message").asText());
            }
        }
        return out;
    }

    private static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = CiOutputsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonNode node = ReportJson.mapper().readTree(in);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(node, config);
        }
    }

    @Test
    void sarifMatchesTheSarif210SchemaWithOneResultPerDiagnostic() throws IOException {
        Path sarifFile = tmp.resolve("ci/scan.sarif");
        CliRun r = run("--sarif", sarifFile.toString());
        assertEquals(1, r.exitCode(), r.err());
        JsonNode report = ReportJson.mapper().readTree(r.out());
        JsonNode sarif = ReportJson.mapper().readTree(sarifFile.toFile());
        Set<ValidationMessage> errors = sarifSchema().validate(sarif);
        assertTrue(errors.isEmpty(), errors + "\n" + sarif.toPrettyString());

        assertEquals("2.1.0", sarif.get("version").asText());
        JsonNode run = sarif.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("portalis-accel", driver.get("name").asText());
        assertEquals(report.get("tool").get("version").asText(), driver.get("version").asText());
        URI base = URI.create(run.get("originalUriBaseIds").get("SRCROOT").get("uri").asText());
        assertEquals(src.toRealPath(), Path.of(base));
        assertTrue(base.toString().endsWith("/"));

        List<String> fromSarif = new ArrayList<>();
        JsonNode rules = driver.get("rules");
        for (JsonNode res : run.get("results")) {
            String ruleId = res.get("ruleId").asText();
            assertEquals(ruleId, rules.get(res.get("ruleIndex").asInt()).get("id").asText());
            JsonNode loc = res.get("locations").get(0).get("physicalLocation");
            assertEquals("SRCROOT", loc.get("artifactLocation").get("uriBaseId").asText());
            String uri = loc.get("artifactLocation").get("uri").asText();
            assertFalse(URI.create(uri).isAbsolute(), uri);
            Path file = Path.of(base.resolve(URI.create(uri)));
            assertTrue(Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS), file.toString());
            fromSarif.add(URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8) + "|"
                    + loc.get("region").get("startLine").asInt() + "|" + loc.get("region").get("startColumn").asInt()
                    + "|" + res.get("level").asText() + "|" + ruleId + "|" + res.get("message").get("text").asText());
        }
        List<String> expected = diagnostics(report);
        assertEquals(expected, fromSarif);
        Set<String> codes = new HashSet<>();
        expected.forEach(d -> codes.add(d.split("\\|")[4]));
        assertTrue(codes.containsAll(Set.of("E-SYNTAX", "E-TYPE", "W-SKIPPED")), codes.toString());
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(rule -> ruleIds.add(rule.get("id").asText()));
        assertEquals(codes, ruleIds);
        assertTrue(fromSarif.stream().anyMatch(d -> d.startsWith("we,ird:na%me 1.py|")), fromSarif.toString());
    }

    @Test
    void theSarifSchemaRejectsABrokenLog() throws IOException {
        Path sarifFile = tmp.resolve("scan.sarif");
        run("--sarif", sarifFile.toString());
        ObjectNode sarif = (ObjectNode) ReportJson.mapper().readTree(sarifFile.toFile());
        sarif.put("version", "2.0.0");
        ObjectNode region = (ObjectNode) sarif.get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("region");
        region.put("startLine", 0);
        assertEquals(2, sarifSchema().validate(sarif).size());
    }

    @Test
    void junitXmlIsReadByMavenSurefiresReportParser() throws Exception {
        Path xml = tmp.resolve("junit/TEST-portalis.xml");
        CliRun r = run("--junit", xml.toString());
        assertEquals(1, r.exitCode(), r.err());
        JsonNode report = ReportJson.mapper().readTree(r.out());
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        List<ReportTestSuite> suites = parser.parse(xml.toString());
        assertTrue(parser.isValid());
        // Surefire groups the cases by class name, as its own reports are one file per test class
        int tests = 0, failures = 0, skipped = 0, errors = 0;
        Map<String, ReportTestCase> byName = new HashMap<>();
        for (ReportTestSuite suite : suites) {
            tests += suite.getNumberOfTests();
            failures += suite.getNumberOfFailures();
            skipped += suite.getNumberOfSkipped();
            errors += suite.getNumberOfErrors();
            suite.getTestCases().forEach(c -> assertTrue(byName.put(c.getName(), c) == null, c.getName()));
        }
        JsonNode summary = report.get("summary");
        assertEquals(summary.get("files").asInt(), tests);
        assertEquals(summary.get("failed").asInt(), failures);
        assertEquals(summary.get("skipped").asInt(), skipped);
        assertEquals(0, errors);
        assertEquals(summary.get("files").asInt(), byName.size());
        for (JsonNode f : report.get("files")) {
            String path = f.get("path").asText();
            ReportTestCase c = byName.get(path);
            assertNotNull(c, path + " in " + byName.keySet());
            assertEquals(path.replaceAll("\\.py$", "").replace('/', '.'), c.getFullClassName());
            switch (f.get("status").asText()) {
                case "ok" -> assertTrue(c.isSuccessful(), path);
                case "skipped" -> assertTrue(c.hasSkipped(), path);
                default -> {
                    assertTrue(c.hasFailure(), path);
                    JsonNode d = f.get("diagnostics").get(0);
                    assertEquals(d.get("code").asText(), c.getFailureType());
                    assertEquals(d.get("code").asText() + ": " + d.get("message").asText(), c.getFailureMessage());
                    assertTrue(c.getFailureDetail().contains(path + ":" + d.get("line").asInt() + ":"
                            + d.get("column").asInt() + ": error[" + d.get("code").asText() + "]"), c.getFailureDetail());
                }
            }
        }
        assertEquals("pkg.bad", byName.get("pkg/bad.py").getFullClassName());

        // the counts and the time on the testsuite element itself (what GitLab and Jenkins show as totals)
        org.w3c.dom.Element ts = (org.w3c.dom.Element) javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(xml.toFile()).getElementsByTagName("testsuite").item(0);
        assertEquals(summary.get("files").asText(), ts.getAttribute("tests"));
        assertEquals(summary.get("failed").asText(), ts.getAttribute("failures"));
        assertEquals(summary.get("skipped").asText(), ts.getAttribute("skipped"));
        assertEquals("0", ts.getAttribute("errors"));
        assertEquals(report.get("execution_time_ms").asDouble() / 1000, Double.parseDouble(ts.getAttribute("time")), 1e-3);
        assertEquals(report.get("started_at").asText(), ts.getAttribute("timestamp"));
        assertEquals(summary.get("files").asInt(), ts.getElementsByTagName("testcase").getLength());
    }

    /** The exposition format's sample line: name, optional labels, value (no timestamp). */
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\[\\\\\"n]|[^\\\\\"\\n])*\","
                    + "?)*\\})? (-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?|NaN|[+-]Inf)");

    @Test
    void metricsAreParsedByAPrometheusTextFormatParser() throws IOException {
        Path prom = tmp.resolve("textfile/portalis.prom");
        CliRun r = run("--metrics", prom.toString());
        assertEquals(1, r.exitCode(), r.err());
        JsonNode report = ReportJson.mapper().readTree(r.out());
        String text = Files.readString(prom);

        // the grammar, line by line: HELP and TYPE before each family's samples, gauges only
        Set<String> typed = new HashSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# HELP ")) {
                continue;
            }
            Matcher type = Pattern.compile("# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) gauge").matcher(line);
            if (type.matches()) {
                assertTrue(typed.add(type.group(1)), "typed twice: " + line);
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertTrue(m.matches(), "not a sample line: " + line);
            assertTrue(typed.contains(m.group(1)), "sample before its TYPE: " + line);
        }

        CollectorPrometheusMetricsWalker walker = new CollectorPrometheusMetricsWalker();
        new TextPrometheusMetricsProcessor(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), walker).walk();
        Map<String, MetricFamily> families = new HashMap<>();
        for (MetricFamily f : walker.getAllMetricFamilies()) {
            assertEquals(MetricType.GAUGE, f.getType(), f.getName());
            assertFalse(f.getHelp() == null || f.getHelp().isBlank(), f.getName());
            families.put(f.getName(), f);
        }
        assertEquals(typed, families.keySet());
        JsonNode s = report.get("summary");
        assertEquals(s.get("ok").asDouble(), value(families, "portalis_accel_last_run_files", "status", "ok"));
        assertEquals(s.get("failed").asDouble(), value(families, "portalis_accel_last_run_files", "status", "failed"));
        assertEquals(s.get("skipped").asDouble(), value(families, "portalis_accel_last_run_files", "status", "skipped"));
        assertEquals(s.get("bytes_in").asDouble(), value(families, "portalis_accel_last_run_input_bytes", null, null));
        assertEquals(s.get("bytes_out").asDouble(), value(families, "portalis_accel_last_run_output_bytes", null, null));
        assertEquals(report.get("warnings").asDouble(),
                value(families, "portalis_accel_last_run_diagnostics", "severity", "warning"));
        assertEquals(report.get("stage_times_ms").get("parse").asDouble() / 1000,
                value(families, "portalis_accel_last_run_stage_seconds", "stage", "parse"), 1e-9);
        assertEquals(report.get("execution_time_ms").asDouble() / 1000,
                value(families, "portalis_accel_last_run_execution_seconds", null, null), 1e-9);
        assertEquals(0.0, value(families, "portalis_accel_last_run_fallbacks", null, null));
        Metric info = families.get("portalis_accel_last_run_info").getMetrics().get(0);
        assertEquals(1.0, ((org.hawkular.agent.prometheus.types.Gauge) info).getValue());
        assertEquals("cpu", info.getLabels().get("strategy_used"));
        assertEquals("completed", info.getLabels().get("status"));
        assertEquals(java.time.Instant.parse(report.get("finished_at").asText()).toEpochMilli() / 1000.0,
                value(families, "portalis_accel_last_run_finished_timestamp_seconds", null, null), 1e-3);
    }

    private static double value(Map<String, MetricFamily> families, String name, String label, String labelValue) {
        MetricFamily f = families.get(name);
        assertNotNull(f, name + " in " + families.keySet());
        for (Metric m : f.getMetrics()) {
            if (label == null || labelValue.equals(m.getLabels().get(label))) {
                return ((org.hawkular.agent.prometheus.types.Gauge) m).getValue();
            }
        }
        throw new AssertionError("no " + name + "{" + label + "=" + labelValue + "}");
    }

    /** GitHub's documented form: {@code ::error file={name},line={line},col={col},title={title}::{message}}. */
    private static final Pattern ANNOTATION = Pattern.compile(
            "::(error|warning|notice) file=([^,:\\r\\n]+),line=([0-9]+),col=([0-9]+),title=([^,:\\r\\n]+)::([^\\r\\n]*)");

    /** What the Actions runner does to a property value (and, without the two last, to the message). */
    private static String unescape(String s) {
        return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
    }

    @Test
    void githubAnnotationsFollowTheWorkflowCommandSyntaxWithPathsAsTheWorkflowSeesThem() throws IOException {
        // SRC below the current folder: the annotation paths are relative to it, as in a checked-out repository
        Files.createDirectories(Path.of("target"));
        Path here = Files.createTempDirectory(Path.of("target"), "ci-annotations-");
        try {
            Path local = here.resolve("src");
            Files.createDirectories(local.resolve("pkg"));
            Files.writeString(local.resolve("pkg/bad.py"), "def f(:\n    pass\n");
            Files.writeString(local.resolve("a,b:c%d.py"), "y: int = \"s\"\n");
            Files.writeString(local.resolve("fine.py"), "x = 1\n");
            CliRun r = CliRun.of("-q", "transpile", "--layout", "files", local.toString(), "-o", tmp.resolve("out").toString(),
                    "--strategy", "cpu", "--github");
            assertEquals(1, r.exitCode(), r.err());
            assertFalse(r.out().contains("::error"), "the report owns stdout");
            JsonNode report = ReportJson.mapper().readTree(r.out());
            String prefix = here.toString().replace('\\', '/') + "/src/";
            List<String> fromAnnotations = new ArrayList<>();
            for (String line : r.err().split("\n")) {
                if (!line.startsWith("::")) {
                    continue;
                }
                Matcher m = ANNOTATION.matcher(line);
                assertTrue(m.matches(), "not a workflow command: " + line);
                String file = unescape(m.group(2));
                assertTrue(file.startsWith(prefix), file);
                assertTrue(Files.exists(Path.of(file)), file);
                fromAnnotations.add(file.substring(prefix.length()) + "|" + m.group(3) + "|" + m.group(4) + "|"
                        + m.group(1) + "|" + unescape(m.group(5)) + "|" + unescape(m.group(6)));
            }
            assertEquals(diagnostics(report), fromAnnotations);
            assertTrue(r.err().contains("file=" + prefix + "a%2Cb%3Ac%25d.py,line=1,col=10,title=E-TYPE::"), r.err());
        } finally {
            try (Stream<Path> s = Files.walk(here)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyOutputInOneRunBesideTheReportFileAndNoTemporaryFileLeft() throws IOException {
        Path dir = tmp.resolve("ci");
        CliRun r = run("--report", dir.resolve("report.json").toString(), "--sarif", dir.resolve("scan.sarif").toString(),
                "--junit", dir.resolve("junit.xml").toString(), "--metrics", dir.resolve("run.prom").toString(),
                "--github");
        assertEquals(1, r.exitCode(), r.err());
        assertEquals("", r.out());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("junit.xml", "report.json", "run.prom", "scan.sarif"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        JsonNode report = ReportJson.mapper().readTree(dir.resolve("report.json").toFile());
        assertEquals(diagnostics(report).size(), r.err().lines().filter(l -> l.startsWith("::")).count());
        JsonNode sarif = ReportJson.mapper().readTree(dir.resolve("scan.sarif").toFile());
        assertEquals(diagnostics(report).size(), sarif.get("runs").get(0).get("results").size());
    }
}
