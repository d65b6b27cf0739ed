package io.portalis.accel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portalis.accel.cli.Main;
import io.portalis.accel.report.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGINT on the driver of a real {@code transpile --engine spark} process: the job is cancelled, the
 * report is still printed (status interrupted, every file once, the files of unfinished tasks
 * skipped), no temporary file is left, every ok file's output is there, and the exit code is 130.
 */
class SparkInterruptTest {
    private static final int FILES = 400;

    @TempDir
    Path tmp;

    @Test
    void sigintCancelsTheJobAndStillPrintsTheReport() throws Exception {
        Path src = tmp.resolve("src");
        Path out = tmp.resolve("out");
        Files.createDirectories(src);
        String program = Files.readString(Path.of("examples/text/caesar.py"));
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < FILES; i++) {
            String name = String.format("m%04d.py", i);
            Files.writeString(src.resolve(name), program);
            expected.add(name);
        }
        List<String> cmd = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        try (InputStream in = SparkInterruptTest.class.getResourceAsStream("/io/portalis/accel/spark/jvm-options.txt")) {
            cmd.addAll(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+")));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "-q", "transpile", "--layout", "files", src.toString(), "-o", out.toString(), "--strategy", "cpu",
                "--engine", "spark", "--master", "local[2]", "--partitions", "40"));
        Path stdout = tmp.resolve("stdout.json");
        Path stderr = tmp.resolve("stderr.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            // 40 tasks of 10 files on two slots: past 30 outputs at least one task has finished
            while (outputs(out) < 30) {
                assertTrue(p.isAlive(), "the run ended before it could be interrupted: " + Files.readString(stderr));
                assertTrue(System.nanoTime() < deadline, "no output appeared");
                Thread.sleep(20);
            }
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor());
            assertTrue(p.waitFor(90, TimeUnit.SECONDS), "the interrupted run did not stop");
        } finally {
            p.destroyForcibly();
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(130, p.exitValue(), err);
        JsonNode report = ReportJson.mapper().readTree(Files.readString(stdout, StandardCharsets.UTF_8));
        assertEquals("interrupted", report.get("status").asText(), err);
        Set<String> seen = new HashSet<>();
        int skipped = 0;
        for (JsonNode f : report.get("files")) {
            assertTrue(seen.add(f.get("path").asText()), "listed twice: " + f);
            if (f.get("status").asText().equals("ok")) {
                assertTrue(Files.readString(out.resolve(f.get("output").asText())).endsWith("}\n"), "a complete program");
            } else {
                assertEquals("skipped", f.get("status").asText(), f.toString());
                skipped++;
            }
        }
        assertEquals(expected, seen);
        assertTrue(skipped > 0 && skipped < FILES, "skipped " + skipped + " of " + FILES);
        try (Stream<Path> s = Files.walk(out)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "a temporary file was left");
        }
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
