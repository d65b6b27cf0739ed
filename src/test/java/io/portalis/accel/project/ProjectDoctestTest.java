package io.portalis.accel.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.accel.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doctests of src/test/resources/project-crate through the real CLI: tools/stats.py runs
 * {@code doctest.testmod()} over examples that pass, raise as expected, use directives and one
 * that fails on purpose; its binary prints CPython's doctest report byte for byte; the crate's
 * {@code cargo test} runs one test per docstring (the failing one fails); an example the
 * translator cannot translate fails the module at that example's line.
 */
class ProjectDoctestTest {
    private static final Path PROJECT = Path.of("src/test/resources/project-crate");

    @TempDir
    Path tmp;

    private Path copyProject() throws IOException {
        Path src = tmp.resolve("shopproject");
        try (Stream<Path> all = Files.walk(PROJECT)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".py")).toList()) {
                Path to = src.resolve(PROJECT.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        return src;
    }

    private record Ran(int exit, String stdout) {}

    private static Ran run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        return new Ran(p.exitValue(), out);
    }

    @Test
    void testmodPrintsCpythonsReportAndCargoTestRunsEachDocstring() throws Exception {
        assumeTrue(ProjectCrateTest.available("cargo"), "cargo not found on PATH");
        assumeTrue(ProjectCrateTest.available("python3"), "python3 not found on PATH");
        Path src = copyProject();
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("-q", "transpile", src.toString(), "-o", out.toString(), "--strategy", "cpu", "--verify");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode doctests = new ObjectMapper().readTree(r.out()).get("project").get("verification").get("doctests");
        JsonNode stats = null;
        for (JsonNode f : doctests.get("files")) {
            if (f.get("path").asText().equals("tools/stats.py")) {
                stats = f;
            }
        }
        assertEquals("same", stats.get("status").asText(), doctests.toString());
        assertEquals(7, stats.get("rust").get("attempted").asInt(), stats.toString());
        assertEquals(1, stats.get("rust").get("failed").asInt(), stats.toString());
        assertEquals(0, doctests.get("summary").get("differs").asInt(), doctests.toString());

        Ran py = run(src, "python3", "-m", "tools.stats");
        Ran rs = run(src, out.resolve("target/debug/tools-stats").toString());
        assertTrue(py.stdout().contains("***Test Failed*** 1 failures.\nTestResults(failed=1, attempted=7)\n"), py.stdout());
        assertEquals(py.stdout(), rs.stdout());
        assertEquals(py.exit(), rs.exit());

        Ran tests = run(out, "cargo", "test", "--offline", "--quiet", "--", "--test-threads=2");
        assertEquals(101, tests.exit(), tests.stdout());
        assertTrue(tests.stdout().contains("test result: FAILED. 2 passed; 1 failed"), tests.stdout());
        assertTrue(tests.stdout().contains("tools::stats::portalis_doctests::doctest_mean"), tests.stdout());
    }

    @Test
    void anExampleTheTranslatorCannotTranslateFailsTheModuleAtItsLine() throws Exception {
        Path src = tmp.resolve("bad");
        Files.createDirectories(src);
        // the module runs its doctests (a module that never does is translated without them: SkippedDoctestsTest)
        Files.writeString(src.resolve("calc.py"), """
                import doctest
                def twice(x: int) -> int:
                    \"\"\"Twice x.

                    >>> twice(2)
                    4
                    >>> twice(undefined_name)
                    0
                    \"\"\"
                    return 2 * x
                if __name__ == "__main__":
                    doctest.testmod()
                """);
        CliRun r = CliRun.of("-q", "transpile", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu");
        assertEquals(1, r.exitCode(), r.err());
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertEquals("failed", file.get("status").asText());
        JsonNode d = file.get("diagnostics").get(0);
        assertEquals(7, d.get("line").asInt(), d.toString());
        assertTrue(d.get("message").asText().contains("in a doctest example"), d.toString());
    }
}
