package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portalis.accel.report.Report;
import io.portalis.accel.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool as a separate process: exit codes, stdout holding only the report, logs on stderr; the launcher. */
class ProcessTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        return run(command, env, null);
    }

    /** Runs {@code command}; with {@code stdout} given, its standard output goes there instead of being kept. */
    private static Result run(List<String> command, Map<String, String> env, java.io.File stdout)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Path out = Files.createTempFile("portalis-out", ".txt");
        Path err = Files.createTempFile("portalis-err", ".txt");
        try {
            pb.redirectOutput(stdout != null ? stdout : out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("process did not finish: " + command);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static List<String> java(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the test classpath carries logback-test.xml (WARN); ask for the tool's own INFO level
                "-Dportalis.log.level=INFO", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void stdoutCarriesOnlyTheReportAndLogsGoToStderr() throws Exception {
        Result r = run(java("transpile", "--layout", "files", "examples", "-o", tmp.resolve("out").toString(), "--strategy", "cpu"), Map.of());
        assertEquals(0, r.code(), r.err());
        JsonNode report = ReportJson.mapper().readTree(r.out());
        assertEquals(Report.SCHEMA_VERSION, report.get("schema_version").asInt());
        assertTrue(r.err().contains("portalis-accel: 18 files: 18 ok"), "the summary is on stderr: " + r.err());
        assertFalse(r.out().contains("portalis-accel:"));
    }

    @Test
    void logLinesAreForPeopleByDefaultAndDetailedUnderVerbose() throws Exception {
        // an unavailable GPU always logs a warning: the fallback
        List<String> args = List.of("transpile", "--layout", "files", "examples", "-o", tmp.resolve("out").toString(), "--strategy", "gpu",
                "--inject-gpu-fault", "unavailable");
        Result plain = run(java(args.toArray(String[]::new)), Map.of());
        assertEquals(0, plain.code(), plain.err());
        java.util.regex.Pattern time = java.util.regex.Pattern.compile("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}");
        assertTrue(plain.err().contains("portalis-accel: warning: GPU failure (unavailable)"), plain.err());
        assertFalse(time.matcher(plain.err()).find(), "no timestamps by default: " + plain.err());
        for (String cls : List.of("StrategyManager", "HardwareProbe", "TranspileCommand", "WARN", "INFO")) {
            assertFalse(plain.err().contains(cls), cls + " by default: " + plain.err());
        }
        List<String> verbose = new ArrayList<>(List.of("-v"));
        verbose.addAll(args);
        Result v = run(java(verbose.toArray(String[]::new)), Map.of());
        assertEquals(0, v.code(), v.err());
        assertTrue(time.matcher(v.err()).find(), "timestamps under -v: " + v.err());
        assertTrue(v.err().contains("WARN  StrategyManager - GPU failure (unavailable)"), v.err());
        assertTrue(v.err().contains("DEBUG HardwareProbe - hardware:"), v.err());
    }

    @Test
    void usageAndRunFailuresAreOneLineExitCodes() throws Exception {
        Result bogus = run(java("transpile", "--layout", "files", "examples", "--strategy", "bogus"), Map.of());
        assertEquals(2, bogus.code());
        assertEquals(1, bogus.err().strip().lines().count(), bogus.err());
        assertEquals("", bogus.out());

        Result missing = run(java("transpile", "--layout", "files", tmp.resolve("missing").toString()), Map.of());
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());

        Result strict = run(java("-q", "transpile", "--layout", "files", "examples", "-o", tmp.resolve("out").toString(), "--strategy", "gpu",
                "--no-fallback", "--inject-gpu-fault", "timeout"), Map.of());
        assertEquals(3, strict.code(), strict.err());
        assertFalse(strict.err().contains("\tat "), "no stack trace: " + strict.err());
    }

    @Test
    void aReportThatCannotBeWrittenToStdoutIsARunFailure() throws Exception {
        java.io.File full = new java.io.File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full here");
        Result r = run(java("-q", "transpile", "--layout", "files", "examples", "-o", tmp.resolve("out").toString(), "--strategy", "cpu"),
                Map.of(), full);
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("cannot print the report to standard output"), r.err());
        assertTrue(r.err().contains("No space left on device"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void aFaultThatAutoLeftNoFileToFireOnIsTold() throws Exception {
        Path src = tmp.resolve("small");
        Files.createDirectories(src);
        for (String n : List.of("a.py", "b.py", "c.py")) {
            Files.writeString(src.resolve(n), "print(1)\n");
        }
        // three files: auto always chooses the CPU (no GPU, or a small workload), so the fault cannot fire
        Result r = run(java("transpile", "--layout", "files", src.toString(), "-o", tmp.resolve("out").toString(), "--inject-gpu-fault",
                "oom"), Map.of());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("portalis-accel: warning: --inject-gpu-fault oom did not fire: auto selected cpu"),
                r.err());
    }

    @Test
    void aDeviceIndexInTheEnvironmentThatIsNoNumberIsAUsageError() throws Exception {
        Result r = run(java("-q", "transpile", "--layout", "files", "examples", "-o", tmp.resolve("out").toString()),
                Map.of("PORTALIS_OPENCL_DEVICE", "abc"));
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("PORTALIS_OPENCL_DEVICE") && r.err().contains("'abc'"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void launcherWithoutAJarSaysHowToBuildIt() throws Exception {
        Path root = tmp.resolve("checkout");
        Files.createDirectories(root.resolve("bin"));
        Path launcher = root.resolve("bin/portalis-accel");
        Files.copy(Path.of("bin/portalis-accel"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Result r = run(List.of("bash", launcher.toString(), "--version"), Map.of("PORTALIS_NO_BUILD", "1"));
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("./mvnw -B -DskipTests package"), r.err());
    }
}
