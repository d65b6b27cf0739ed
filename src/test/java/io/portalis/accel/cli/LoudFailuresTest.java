package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portalis.accel.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What used to fail silently (exit 0, or a stack trace) and now stops with a one-line message and
 * the right exit code, through the real CLI. The ones that need a process of their own (stdout to
 * /dev/full, an environment variable) are in {@link ProcessTest}.
 */
class LoudFailuresTest {
    @TempDir
    Path tmp;

    private static final Path EXAMPLES = Path.of("examples");

    private static void assertUsageError(CliRun r, String... words) {
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertEquals("", r.out(), "no report on a usage error");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        for (String w : words) {
            assertTrue(r.err().contains(w), w + " in " + r.err());
        }
    }

    private static List<Path> rsFiles(Path out) throws IOException {
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".rs")).toList();
        }
    }

    @Test
    void aReportFolderThatIsAFileIsAUsageErrorBeforeAnyWork() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("plain-file"), "x");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", out.toString(), "--strategy", "cpu",
                "--report", notAFolder.resolve("r.json").toString());
        assertUsageError(r, "--report", "plain-file", "not a folder");
        assertEquals(List.of(), rsFiles(out), "nothing was transpiled");

        Path aFolder = Files.createDirectories(tmp.resolve("a-folder"));
        assertUsageError(CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", out.toString(), "--report", aFolder.toString()),
                "--report", "is a folder");
    }

    @Test
    void aReportFileThatFailsAtTheEndIsARunFailure() throws IOException {
        // the check before the work passes; then the folder is replaced by a file, as a disk or a
        // concurrent job could do, and the write at the end must not pass in silence
        Path dir = Files.createDirectories(tmp.resolve("reports"));
        ReportDestination d = new ReportDestination(dir.resolve("r.json"));
        assertNull(OutputFileCheck.problem(dir.resolve("r.json").toAbsolutePath()));
        Files.delete(dir);
        Files.writeString(dir, "now a file");
        RunFailedException e = assertThrows(RunFailedException.class, () -> d.write(Map.of("a", 1), null));
        assertTrue(e.getMessage().contains("cannot write the report to"), e.getMessage());
    }

    @Test
    void anEmptySourceOrAnIncludeMatchingNothingIsAUsageErrorNamingSrcAndTheFilters() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty-src"));
        assertUsageError(CliRun.of("transpile", "--layout", "files", empty.toString(), "-o", tmp.resolve("o1").toString()),
                "no input files", "empty-src", "*.py");
        assertUsageError(CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("o2").toString(),
                "--include", "nothing_*.py", "--exclude", "tests"), "no input files", "examples", "nothing_*.py", "tests");
        // a source whose only files are all excluded says so too
        assertUsageError(CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("o3").toString(),
                "--exclude", "*.py"), "no input files", "exclude *.py");
    }

    @Test
    void excludeNameLeavesOutThatFolderAtAnyDepth() throws IOException {
        Path src = tmp.resolve("src");
        for (String rel : List.of("a/y.py", "a/tests/x.py", "a/tests/deep/z.py", "tests/t.py", "test_w.py", "b.py")) {
            Files.createDirectories(src.resolve(rel).getParent());
            Files.writeString(src.resolve(rel), "print(1)\n");
        }
        CliRun r = CliRun.of("transpile", "--layout", "files", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu",
                "--exclude", "tests", "--exclude", "test_*.py");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode rep = ReportJson.mapper().readTree(r.out());
        List<String> paths = new ArrayList<>();
        rep.get("files").forEach(f -> paths.add(f.get("path").asText()));
        assertEquals(List.of("a/y.py", "b.py"), paths);
    }

    @Test
    void aDeviceThatDoesNotExistIsAUsageError() {
        assertUsageError(CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("o").toString(),
                "--device", "999"), "--device 999", "no such OpenCL device");
        assertUsageError(CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("o").toString(),
                "--device", "-1"), "--device", "-1");
    }

    @Test
    void aFaultInjectionThatCannotFireIsAUsageError() throws IOException {
        assertUsageError(CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("o").toString(),
                "--strategy", "cpu", "--inject-gpu-fault", "oom"), "--inject-gpu-fault oom", "can never fire", "cpu");
        assertUsageError(CliRun.of("transpile", "--layout", "files", EXAMPLES.toString(), "-o", tmp.resolve("o").toString(),
                "--strategy", "hybrid:0", "--inject-gpu-fault", "driver:after=1"), "can never fire", "hybrid:0");
        Path src = tmp.resolve("three");
        Files.createDirectories(src);
        for (String n : List.of("a.py", "b.py", "c.py")) {
            Files.writeString(src.resolve(n), "print(1)\n");
        }
        // 10% of three files rounds down to none
        assertUsageError(CliRun.of("transpile", "--layout", "files", src.toString(), "-o", tmp.resolve("o").toString(),
                "--strategy", "hybrid:10", "--inject-gpu-fault", "timeout"), "can never fire", "3 file");
    }
}
