package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portalis.accel.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    static final Path EXAMPLES = Path.of("examples");

    static JsonNode json(String text) throws IOException {
        return ReportJson.mapper().readTree(text);
    }

    /** The examples' .py files, relative and sorted, found independently of the walker. */
    static List<String> examplePyFiles() throws IOException {
        try (Stream<Path> s = Files.walk(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !p.toString().contains("__pycache__"))
                    .map(p -> EXAMPLES.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    static List<String> field(JsonNode files, String name) {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.add(f.get(name).isNull() ? null : f.get(name).asText()));
        return out;
    }

    @Test
    void cpuAndAutoOnTheExamplesListExactlyTheirFilesWithTheSameOutputs() throws IOException {
        List<String> expected = examplePyFiles();
        assertTrue(expected.size() >= 10, "examples/ holds a realistic project");
        CliRun cpu = CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("out-cpu").toString(), "--strategy", "cpu");
        CliRun auto = CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("out-auto").toString(), "--strategy", "auto");
        assertEquals(0, cpu.exitCode(), cpu.err());
        assertEquals(0, auto.exitCode(), auto.err());
        JsonNode a = json(cpu.out());
        JsonNode b = json(auto.out());
        assertEquals(expected, field(a.get("files"), "path"));
        assertEquals(expected, field(b.get("files"), "path"));
        assertEquals(field(a.get("files"), "output"), field(b.get("files"), "output"));
        assertEquals(field(a.get("files"), "status"), field(b.get("files"), "status"));
        assertEquals("cpu", a.get("strategy").get("used").asText());
        assertEquals("auto", b.get("strategy").get("requested").asText());
        if (!b.get("gpu").get("available").asBoolean()) {
            assertEquals("no_gpu", b.get("strategy").get("rule").asText());
            assertTrue(b.get("strategy").get("reason").asText().contains(b.get("gpu").get("reason").asText()),
                    "auto says exactly why there is no GPU: " + b.get("strategy"));
        }
        assertEquals(expected.size(), a.get("summary").get("ok").asInt());
        for (JsonNode f : a.get("files")) {
            String out = f.get("output").asText();
            assertEquals(f.get("path").asText().replaceAll("\\.py$", ".rs"), out);
            byte[] viaCpu = Files.readAllBytes(tmp.resolve("out-cpu").resolve(out));
            assertEquals(f.get("bytes_out").asLong(), viaCpu.length);
            assertTrue(java.util.Arrays.equals(viaCpu, Files.readAllBytes(tmp.resolve("out-auto").resolve(out))), out);
        }
    }

    @Test
    void hybridWithoutAUsableGpuSaysItFellBackAndWhy() throws IOException {
        CliRun r = CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "hybrid:70");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rep = json(r.out());
        assertEquals("hybrid:70", rep.get("strategy").get("selected").asText());
        if (rep.get("gpu").get("available").asBoolean()) {
            // this machine lets the GPU path run (e.g. PORTALIS_OPENCL_CPU=1 with POCL): no fallback
            assertFalse(rep.get("fallback_occurred").asBoolean(), r.out());
            assertTrue(field(rep.get("files"), "executor").stream().anyMatch("gpu"::equals), r.out());
            return;
        }
        // the shared queue hands the GPU a first sub-batch; its failure moves those files, and the
        // CPU workers run the rest of the queue as their own
        long gpuPart = field(rep.get("files"), "executor").stream().filter("cpu_fallback"::equals).count();
        assertTrue(gpuPart >= 1 && gpuPart < examplePyFiles().size(), r.out());
        assertTrue(rep.get("fallback_occurred").asBoolean());
        JsonNode e = rep.get("fallback_events").get(0);
        assertEquals("unavailable", e.get("cause").asText());
        assertEquals("cpu", e.get("to").asText());
        assertEquals(rep.get("gpu").get("reason").asText(), e.get("message").asText(), "the fallback says why");
        assertEquals("cpu", rep.get("strategy").get("used").asText());
        assertEquals(gpuPart, e.get("tasks_rerun").asInt());
        assertTrue(r.err().strip().startsWith("portalis-accel: 18 files: 18 ok")
                && r.err().contains("fell back to the CPU after a GPU unavailable (" + gpuPart
                        + (gpuPart == 1 ? " file" : " files") + " rerun)"),
                "the command's err has the summary line only (logs go through logback): " + r.err());
    }

    @Test
    void anUnavailableGpuFallsBackOnEveryMachine() throws IOException {
        CliRun r = CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "gpu",
                "--inject-gpu-fault", "unavailable");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rep = json(r.out());
        assertTrue(rep.get("fallback_occurred").asBoolean());
        assertEquals("unavailable", rep.get("fallback_events").get(0).get("cause").asText());
        assertEquals("cpu", rep.get("strategy").get("used").asText());
        assertEquals(examplePyFiles().size(), rep.get("summary").get("ok").asInt());
    }

    @Test
    void noFallbackTurnsTheGpuFailureIntoAFailedRun() throws IOException {
        CliRun r = CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "gpu",
                "--no-fallback", "--inject-gpu-fault", "driver");
        assertEquals(ExitCodes.RUN_FAILED, r.exitCode());
        assertTrue(r.err().contains("run failed"), r.err());
        assertEquals(1, r.err().strip().lines().filter(l -> l.contains("run failed")).count(), r.err());
        JsonNode rep = json(r.out());
        assertEquals("none", rep.get("fallback_events").get(0).get("to").asText());
        assertTrue(field(rep.get("files"), "executor").contains("none"));
    }

    @Test
    void bogusStrategyIsOneLineUsageError() {
        for (String bad : List.of("bogus", "hybrid:150", "hybrid:x", "turbo")) {
            CliRun r = CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "--strategy", bad);
            assertEquals(ExitCodes.USAGE, r.exitCode());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains(bad), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void missingSourceIsOneLineUsageError() {
        CliRun r = CliRun.of("transpile", "--layout", "files", tmp.resolve("no-such-dir").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    @Test
    void badThreadsAndGlobsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "--threads", "0").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "--include", "[").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "--frobnicate").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of().exitCode());
    }

    @Test
    void aBadFileFailsThatFileAndExitsOne() throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("pkg"));
        Files.writeString(src.resolve("good.py"), "print('ok')\n");
        Files.write(src.resolve("pkg/bad.py"), new byte[] {'x', '=', (byte) 0xFF, '\n'});
        CliRun r = CliRun.of("transpile", "--layout", "files", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu",
                "--threads", "3");
        assertEquals(ExitCodes.FILES_FAILED, r.exitCode(), r.err());
        JsonNode rep = json(r.out());
        assertEquals(List.of("good.py", "pkg/bad.py"), field(rep.get("files"), "path"));
        assertEquals(List.of("ok", "failed"), field(rep.get("files"), "status"));
        assertTrue(r.err().contains(src.resolve("pkg/bad.py") + ":1:3: error[E-ENCODING]: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(1, rep.get("summary").get("failed").asInt());
    }

    @Test
    void reportCanGoToAFile() throws IOException {
        Path report = tmp.resolve("reports/run.json");
        CliRun r = CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("out").toString(), "--report", report.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertEquals(io.portalis.accel.report.Report.SCHEMA_VERSION, json(Files.readString(report)).get("schema_version").asInt());
    }

    @Test
    void versionHelpAndCompletion() {
        CliRun v = CliRun.of("--version");
        assertEquals(0, v.exitCode());
        assertTrue(v.out().startsWith("portalis-accel " + VersionInfo.version()), v.out());
        assertFalse(VersionInfo.version().equals("unknown"));

        CliRun h = CliRun.of("--help");
        assertEquals(0, h.exitCode());
        for (String word : List.of("transpile", "devices", "generate-completion", "Exit codes")) {
            assertTrue(h.out().contains(word), word + " in " + h.out());
        }
        CliRun th = CliRun.of("transpile", "--layout", "files", "--help");
        for (String opt : List.of("--strategy", "--threads", "--report", "--include", "--exclude", "--no-fallback", "-o")) {
            assertTrue(th.out().contains(opt), opt);
        }

        CliRun c = CliRun.of("generate-completion");
        assertEquals(0, c.exitCode());
        assertTrue(c.out().contains("complete") && c.out().contains("portalis-accel"), c.out());
    }

    @Test
    void devicesJsonTellsWhyThereIsNoGpu() throws IOException {
        CliRun r = CliRun.of("devices", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode d = json(r.out());
        assertTrue(d.get("hardware").get("cpu_cores").asInt() >= 1);
        JsonNode cl = d.get("opencl");
        if (!cl.get("available").asBoolean()) {
            assertFalse(cl.get("reason").asText().isBlank());
            assertFalse(cl.get("code").asText().isBlank());
        }
        CliRun text = CliRun.of("devices");
        assertEquals(0, text.exitCode());
        assertTrue(text.out().contains("OpenCL"), text.out());
    }

    @Test
    void progressLineText() {
        assertEquals("3/10 files  1.5 MB/s  0:02 left", ProgressLine.render(3, 10, 1_500_000, 5_000_000, 1_000_000_000L));
        assertEquals("10/10 files  5.0 MB/s  done", ProgressLine.render(10, 10, 5_000_000, 5_000_000, 1_000_000_000L));
    }
}
