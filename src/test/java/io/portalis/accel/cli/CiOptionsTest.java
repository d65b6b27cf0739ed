package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portalis.accel.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --fail-on}, {@code --report -}, and every output file checked before any work starts. */
class CiOptionsTest {
    @TempDir
    Path tmp;

    Path src;
    Path out;

    /** Two ok files and a link leaving SRC (skipped, with a W-SKIPPED warning): no error, one warning. */
    @BeforeEach
    void project() throws IOException {
        src = tmp.resolve("src");
        out = tmp.resolve("out");
        Files.createDirectories(src);
        Files.writeString(src.resolve("a.py"), "x: int = 1\n");
        Files.writeString(src.resolve("b.py"), "print(2)\n");
        Path outside = tmp.resolve("elsewhere.py");
        Files.writeString(outside, "y = 2\n");
        Files.createSymbolicLink(src.resolve("link.py"), outside);
    }

    private CliRun run(String... extra) {
        List<String> args = new ArrayList<>(List.of("-q", "transpile", "--layout", "files", src.toString(), "-o", out.toString(),
                "--strategy", "cpu"));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void warningsCountInTheReportAndFailOnWarningMakesThemExitOne() throws IOException {
        CliRun byDefault = run();
        assertEquals(0, byDefault.exitCode(), byDefault.err());
        JsonNode report = ReportJson.mapper().readTree(byDefault.out());
        assertEquals(1, report.get("warnings").asInt());
        assertEquals(0, report.get("summary").get("failed").asInt());
        assertFalse(Instant.parse(report.get("finished_at").asText())
                .isBefore(Instant.parse(report.get("started_at").asText())));

        assertEquals(0, run("--fail-on", "error").exitCode());
        CliRun strict = run("--fail-on", "warning");
        assertEquals(1, strict.exitCode(), strict.err());
        assertEquals(1, ReportJson.mapper().readTree(strict.out()).get("warnings").asInt());
    }

    @Test
    void failOnWarningWithoutWarningsExitsZero() throws IOException {
        Files.delete(src.resolve("link.py"));
        CliRun r = run("--fail-on", "warning");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(0, ReportJson.mapper().readTree(r.out()).get("warnings").asInt());
    }

    @Test
    void aBadFailOnLevelIsAUsageError() {
        CliRun r = run("--fail-on", "never");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("'never' is not error or warning"), r.err());
        assertFalse(Files.exists(out), "no work before the usage error");
    }

    @Test
    void reportDashIsStdout() throws IOException {
        CliRun r = run("--report", "-");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(io.portalis.accel.report.Report.SCHEMA_VERSION,
                ReportJson.mapper().readTree(r.out()).get("schema_version").asInt());
        assertFalse(Files.exists(Path.of("-")), "no file named -");
    }

    /** Runs with {@code option target} and expects exit 2 naming the option, before any work (OUT not even made). */
    private void usageErrorBeforeWork(String option, Path target, String why) {
        CliRun r = run(option, target.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), option + " " + target + ": " + r.err());
        assertTrue(r.err().contains(option + " '" + target + "'") && r.err().contains(why), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(out), "the run did work before the usage error: " + option);
    }

    @Test
    void aFolderInTheWayIsAUsageErrorBeforeAnyWork() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("taken"));
        for (String option : List.of("--report", "--sarif", "--junit", "--metrics")) {
            usageErrorBeforeWork(option, folder, "is a folder");
        }
    }

    @Test
    void aParentThatIsAFileIsAUsageErrorBeforeAnyWork() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        for (String option : List.of("--report", "--sarif", "--junit", "--metrics")) {
            usageErrorBeforeWork(option, file.resolve("deeper/r.out"), "is not a folder");
        }
    }

    @Test
    void aParentThatCannotBeCreatedIsAUsageErrorBeforeAnyWork() {
        // /proc takes no new folders, even for root (a chmod'ed folder would not stop root)
        for (String option : List.of("--report", "--sarif", "--junit", "--metrics")) {
            usageErrorBeforeWork(option, Path.of("/proc/portalis-ci-test/r.out"), "cannot create the folder");
        }
    }

    @Test
    void aFolderThatTakesNoNewFilesIsAUsageErrorBeforeAnyWork() {
        // /proc/self exists and is a folder, but no file can be created in it, even by root
        usageErrorBeforeWork("--sarif", Path.of("/proc/self/portalis.sarif"), "is not writable");
    }

    @Test
    void aDeviceOrOtherNonRegularFileIsRefusedRatherThanReplaced() {
        usageErrorBeforeWork("--metrics", Path.of("/dev/null"), "not a regular file");
    }

    @Test
    void twoOutputsNamingOneFileIsAUsageError() {
        Path same = tmp.resolve("same.out");
        CliRun r = run("--sarif", same.toString(), "--junit", same.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("--sarif and --junit name the same file"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void onlyTheReportMayGoToStdout() {
        CliRun r = run("--sarif", "-");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("--sarif needs a file name: only --report can be - (stdout)"), r.err());
    }

    @Test
    void missingParentFoldersAreCreatedAndAnEarlierFileIsReplaced() throws IOException {
        Path sarif = tmp.resolve("a/b/c/scan.sarif");
        assertEquals(0, run("--sarif", sarif.toString()).exitCode());
        assertTrue(Files.readString(sarif).contains("W-SKIPPED"));
        Files.delete(src.resolve("link.py"));
        assertEquals(0, run("--sarif", sarif.toString()).exitCode());
        assertEquals(0, ReportJson.mapper().readTree(sarif.toFile()).get("runs").get(0).get("results").size());
        try (var files = Files.list(sarif.getParent())) {
            assertEquals(List.of("scan.sarif"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left beside it");
        }
    }
}
