package io.portalis.accel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portalis.accel.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, load: 20,000 small files in one run of a real process with a 64 MB heap. The run streams
 * (no file's source or output is kept past its own task), so it finishes, lists every file once,
 * and writes every ok file's output. One file in ten is a valid program (each output embeds the
 * parts of the runtime prelude it uses, about 20 KB for these); the rest stop at the parser, which keeps the test's disk use modest.
 */
class ManyFilesTest {
    private static final int FILES = 20_000;
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path tmp;

    @Test
    void twentyThousandFilesInASmallHeap() throws Exception {
        Path src = tmp.resolve("src");
        Set<String> expected = new TreeSet<>();
        int valid = 0;
        for (int i = 0; i < FILES; i++) {
            String rel = String.format("d%02d/m%05d.py", i / 1000, i);
            Path p = src.resolve(rel);
            if (i % 1000 == 0) {
                Files.createDirectories(p.getParent());
            }
            boolean ok = i % 10 == 0;
            valid += ok ? 1 : 0;
            Files.writeString(p, ok ? "def f(x: int) -> int:\n    return x + " + i + "\n\nprint(f(1))\n"
                    : "def f(x: int) -> int:\n    return (x + " + i + "\n");
            expected.add(rel);
        }
        Path out = tmp.resolve("out");
        Path stdout = tmp.resolve("report.json");
        Path stderr = tmp.resolve("stderr.txt");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "-q", "transpile", "--layout", "files", src.toString(), "-o", out.toString(), "--strategy", "cpu");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            assertTrue(p.waitFor(240, TimeUnit.SECONDS), "the run did not finish");
        } finally {
            p.destroyForcibly();
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err.length() > 2000 ? err.substring(err.length() - 2000) : err);
        JsonNode report = Reports.parse(Files.readString(stdout, StandardCharsets.UTF_8));
        Reports.assertAccountedFor(report, expected);
        assertEquals(valid, report.get("summary").get("ok").asInt());
        assertEquals(FILES - valid, report.get("summary").get("failed").asInt());
        assertEquals(valid, Reports.tree(out).size());
    }
}
