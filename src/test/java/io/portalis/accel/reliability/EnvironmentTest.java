package io.portalis.accel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.portalis.accel.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, arguments, environment, file-system safety and determinism, through the real command in-process.
 */
class EnvironmentTest {
    @TempDir
    Path tmp;

    private Path copyOfExamples(Path dst) throws IOException {
        Path examples = Path.of("examples");
        try (Stream<Path> s = Files.walk(examples)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".py")).toList()) {
                Path target = dst.resolve(examples.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        Files.writeString(dst.resolve("broken.py"), "def f(:\n");
        return dst;
    }

    private static CliRun transpile(Path src, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("transpile", "--layout", "files", src.toString(), "-o", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void anOutputThatCannotBeCreatedFailsTheRunBeforeAnyWork() throws IOException {
        Path src = copyOfExamples(tmp.resolve("src"));
        Files.writeString(tmp.resolve("a-file"), "not a folder");
        CliRun r = transpile(src, tmp.resolve("a-file/out"));
        assertEquals(3, r.exitCode(), r.err());
        assertEquals("", r.out(), "no report: nothing was run");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("not writable"), r.err());
    }

    @Test
    void aReadOnlyOutputFailsTheRunBeforeAnyWork() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into any folder whatever its permissions");
        Path src = copyOfExamples(tmp.resolve("src"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        CliRun r = transpile(src, out);
        assertEquals(3, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("permission denied"), r.err());
    }

    @Test
    void aMissingSourceOrAFileAsSourceIsOneLineUsageError() throws IOException {
        Files.writeString(tmp.resolve("x.py"), "print(1)\n");
        for (Path bad : List.of(tmp.resolve("missing"), tmp.resolve("x.py"))) {
            CliRun r = transpile(bad, tmp.resolve("out"));
            assertEquals(2, r.exitCode(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(tmp.resolve("out")), "nothing created for a usage error");
        }
    }

    @Test
    void anOutputInsideTheSourceIsNeverReadBack() throws IOException {
        Path src = copyOfExamples(tmp.resolve("src"));
        Path out = src.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("planted.py"), "print('I live in OUT')\n"); // would be read if OUT were walked
        JsonNode first = Reports.parse(transpile(src, out, "--strategy", "cpu").out());
        JsonNode second = Reports.parse(transpile(src, out, "--strategy", "cpu").out());
        for (JsonNode report : List.of(first, second)) {
            report.get("files").forEach(f -> assertFalse(f.get("path").asText().startsWith("out/"), f.toString()));
        }
        assertEquals(Reports.withoutTimings(first), Reports.withoutTimings(second));
    }

    @Test
    void linkLoopsAndLinksLeavingTheSourceAreSkippedWithTheirReason() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("good.py"), "print(1)\n");
        Files.createSymbolicLink(src.resolve("loop"), src); // a folder link back to the root
        Files.createDirectories(src.resolve("sub"));
        Files.createSymbolicLink(src.resolve("sub/up"), Path.of("..")); // and one relative
        Files.createSymbolicLink(src.resolve("self.py"), Path.of("self.py"));
        Files.createSymbolicLink(src.resolve("ping.py"), Path.of("pong.py"));
        Files.createSymbolicLink(src.resolve("pong.py"), Path.of("ping.py"));
        Files.writeString(tmp.resolve("secret.py"), "print('outside')\n");
        Files.createSymbolicLink(src.resolve("escape.py"), tmp.resolve("secret.py"));
        Files.createSymbolicLink(src.resolve("inside.py"), Path.of("good.py"));

        CliRun r = transpile(src, tmp.resolve("out"), "--strategy", "cpu");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = Reports.parse(r.out());
        Reports.assertAccountedFor(report, Set.of("good.py", "inside.py", "self.py", "ping.py", "pong.py", "escape.py"));
        Map<String, JsonNode> files = Reports.byPath(report);
        for (String looped : List.of("self.py", "ping.py", "pong.py")) {
            assertEquals("skipped", files.get(looped).get("status").asText());
            assertTrue(files.get(looped).get("diagnostics").get(0).get("message").asText().contains("broken symbolic link"));
        }
        assertEquals("skipped", files.get("escape.py").get("status").asText());
        assertTrue(files.get("escape.py").get("diagnostics").get(0).get("message").asText().contains("outside the source root"));
        assertEquals("ok", files.get("inside.py").get("status").asText());
        assertEquals(Set.of("good.rs", "inside.rs"), Reports.tree(tmp.resolve("out")).keySet());
    }

    @Test
    void nothingIsWrittenOutsideTheOutputWhateverTheNames() throws IOException {
        Path src = Files.createDirectories(tmp.resolve("work/src"));
        List<String> names = List.of("with space.py", "ünïcødé.py", "..dots.py", "...py", "-dash.py", "a..b.py",
                "dir with space/ü ñ.py", "..x/y.py", "日本/語.py");
        for (String n : names) {
            Path p = src.resolve(n);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "print('" + n.length() + "')\n");
        }
        Path out = tmp.resolve("work/out");
        Set<String> before = Reports.tree(tmp).keySet();
        CliRun r = transpile(src, out, "--strategy", "cpu");
        assertEquals(0, r.exitCode(), r.err());
        Set<String> after = new TreeSet<>(Reports.tree(tmp).keySet());
        after.removeIf(p -> p.startsWith("work/out/"));
        assertEquals(before, after, "files appeared outside OUT");
        Set<String> expected = new TreeSet<>();
        for (String n : names) {
            if (!n.startsWith("..x/")) { // a hidden folder is not walked
                expected.add(n.replaceAll("\\.py$", ".rs"));
            }
        }
        assertEquals(expected, Reports.tree(out).keySet());
    }

    @Test
    void twoRunsIntoTheSameOutputAtOnceCorruptNothing() throws Exception {
        Path src = copyOfExamples(tmp.resolve("src"));
        CliRun alone = transpile(src, tmp.resolve("alone"), "--strategy", "cpu");
        Path shared = tmp.resolve("shared");
        CompletableFuture<CliRun> a = CompletableFuture.supplyAsync(() -> transpile(src, shared, "--strategy", "cpu", "-t", "2"));
        CompletableFuture<CliRun> b = CompletableFuture.supplyAsync(() -> transpile(src, shared, "--strategy", "cpu", "-t", "1"));
        for (CliRun r : List.of(a.get(), b.get())) {
            assertEquals(alone.exitCode(), r.exitCode(), r.err());
            JsonNode files = Reports.parse(r.out()).get("files");
            JsonNode expected = Reports.parse(alone.out()).get("files");
            assertEquals(outcomes(expected), outcomes(files));
        }
        assertEquals(Reports.tree(tmp.resolve("alone")), Reports.tree(shared));
        assertTrue(Reports.temporaryFiles(shared).isEmpty());
    }

    @Test
    void runsAreDeterministicWhateverTheThreadsOrStrategy() throws IOException {
        Path src = copyOfExamples(tmp.resolve("src"));
        JsonNode base = Reports.parse(transpile(src, tmp.resolve("o1"), "--strategy", "cpu", "-t", "1").out());
        JsonNode again = Reports.parse(transpile(src, tmp.resolve("o2"), "--strategy", "cpu", "-t", "1").out());
        assertEquals(Reports.withoutTimings(base), Reports.withoutTimings(again), "two equal runs, equal reports");
        Map<String, String> tree = Reports.tree(tmp.resolve("o1"));
        assertEquals(tree, Reports.tree(tmp.resolve("o2")));
        String[][] variants = {{"cpu", "4"}, {"hybrid:50", "3"}, {"gpu", "2"}, {"auto", "1"}};
        for (String[] v : variants) {
            Path out = tmp.resolve("o-" + v[0].replace(':', '-') + "-" + v[1]);
            JsonNode other = Reports.parse(transpile(src, out, "--strategy", v[0], "-t", v[1]).out());
            assertEquals(outcomes(base.get("files")), outcomes(other.get("files")), String.join(" ", v));
            assertEquals(base.get("summary"), other.get("summary"), String.join(" ", v));
            assertEquals(tree, Reports.tree(out), String.join(" ", v));
        }
    }

    /** Each file's entry without what names the executor or the time. */
    private static List<String> outcomes(JsonNode files) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : files) {
            ObjectNode c = f.deepCopy();
            c.remove(List.of("time_ms", "executor"));
            out.add(c.toString());
        }
        return out;
    }
}
