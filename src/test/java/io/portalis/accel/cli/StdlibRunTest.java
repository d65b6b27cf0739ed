package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portalis.accel.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole CPython standard library through {@code transpile}: nearly two thousand real files,
 * many outside the translator's subset, a few deliberately broken. Every file is reported exactly
 * once, none fails inside the tool ({@code E-INTERNAL}), every failure says why, each ok file has
 * exactly one output, and the exit code matches the failures.
 */
class StdlibRunTest {
    @TempDir
    Path tmp;

    private static Path stdlib() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? Path.of(out) : null;
    }

    /** The .py files the walk must find, by a separate rule-by-rule filter over Files.walk. */
    private static List<String> expected(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".py"))
                    .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p))
                    .filter(rel -> {
                        for (int i = 0; i < rel.getNameCount() - 1; i++) {
                            String d = rel.getName(i).toString();
                            if (d.startsWith(".") || d.equals("__pycache__") || d.equals("site-packages")
                                    || Files.exists(root.resolve(rel.subpath(0, i + 1)).resolve("pyvenv.cfg"))) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .map(rel -> rel.toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyStdlibFileOnceNoInternalErrors() throws Exception {
        Path lib = stdlib();
        Assumptions.assumeTrue(lib != null && Files.isDirectory(lib), "python3's stdlib is needed");
        CliRun r = CliRun.of("transpile", "--layout", "files", lib.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "hybrid:50");
        JsonNode report = ReportJson.mapper().readTree(r.out());
        List<String> paths = new ArrayList<>();
        int failed = 0;
        for (JsonNode f : report.get("files")) {
            paths.add(f.get("path").asText());
            if (f.get("status").asText().equals("failed")) {
                failed++;
                assertFalse(f.get("diagnostics").isEmpty(), "a failed file says why: " + f);
            }
            for (JsonNode d : f.get("diagnostics")) {
                assertFalse(d.get("code").asText().equals("E-INTERNAL"), f.toString());
            }
        }
        List<String> want = expected(lib);
        assertTrue(want.size() > 1000, "a real corpus: " + want.size());
        assertEquals(want, paths);
        assertEquals(failed > 0 ? ExitCodes.FILES_FAILED : ExitCodes.OK, r.exitCode(), r.err());
        int ok = report.get("summary").get("ok").asInt();
        assertEquals(paths.size() - failed, ok);
        try (Stream<Path> written = Files.walk(tmp.resolve("out"))) {
            assertEquals(ok, written.filter(Files::isRegularFile).count(), "exactly one output per ok file");
        } catch (java.nio.file.NoSuchFileException e) {
            assertEquals(0, ok);
        }
    }
}
