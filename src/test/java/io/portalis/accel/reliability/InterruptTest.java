package io.portalis.accel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portalis.accel.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, interrupt: a real process gets SIGINT or SIGTERM in the middle of a run. It still prints
 * its report (status interrupted, every file listed once, the unreached ones skipped), leaves no
 * temporary or partial file, keeps an output exactly for each ok file, and exits 130 or 143.
 */
class InterruptTest {
    private static final int FILES = 1500;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "SIG{0}, --strategy {2}")
    @CsvSource({"INT, 130, cpu", "TERM, 143, cpu", "TERM, 143, gpu"})
    void aSignalMidRunStillPrintsTheReportAndLeavesNoPartialOutput(String signal, int expectedExit, String strategy)
            throws Exception {
        Path src = tmp.resolve("src");
        Path out = tmp.resolve("out");
        Files.createDirectories(src);
        String program = Files.readString(Path.of("examples/text/caesar.py"));
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < FILES; i++) {
            String name = String.format("m%04d.py", i);
            Files.writeString(src.resolve(name), program);
            expected.add(name);
        }
        List<String> cmd = new ArrayList<>(List.of(
                // a process started in the background may inherit SIGINT as ignored; give it back its default
                "env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "transpile", "--layout", "files", src.toString(), "-o", out.toString(), "--strategy", strategy, "--threads", "1"));
        Path stdout = tmp.resolve("stdout.json");
        Path stderr = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (outputs(out) < 3) { // the run is under way: some files are written
                assertTrue(p.isAlive(), "the run ended before it could be interrupted: " + Files.readString(stderr));
                assertTrue(System.nanoTime() < deadline, "no output appeared");
                Thread.sleep(20);
            }
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor());
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the interrupted run did not stop");
        } finally {
            p.destroyForcibly();
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(expectedExit, p.exitValue(), err);

        JsonNode report = Reports.parse(Files.readString(stdout, StandardCharsets.UTF_8));
        assertEquals("interrupted", report.get("status").asText(), err);
        Reports.assertAccountedFor(report, expected);
        int skipped = report.get("summary").get("skipped").asInt();
        assertTrue(skipped > 0 && skipped < FILES, "skipped " + skipped + " of " + FILES);

        Set<String> okOutputs = new TreeSet<>();
        for (Map.Entry<String, JsonNode> e : Reports.byPath(report).entrySet()) {
            String status = e.getValue().get("status").asText();
            if (status.equals("ok")) {
                okOutputs.add(e.getValue().get("output").asText());
            } else {
                assertEquals("skipped", status, e.getKey());
                assertTrue(e.getValue().get("diagnostics").get(0).get("message").asText().contains("interrupted"));
            }
        }
        assertEquals(okOutputs, Reports.tree(out).keySet(), "OUT holds exactly the ok files' outputs");
        assertTrue(Reports.temporaryFiles(out).isEmpty());
        String written = Files.readString(out.resolve(okOutputs.iterator().next()));
        assertTrue(written.endsWith("}\n"), "a complete program");
    }

    private static long outputs(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(f -> f.toString().endsWith(".rs")).count();
        }
    }
}
