package io.portalis.accel.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun into the same OUT after a module was renamed or deleted removes the files an earlier run
 * wrote for it (and only those: what the manifest lists, unedited), through the real CLI; cargo
 * then builds the crate without them.
 */
class StaleOutputTest {
    @TempDir
    Path tmp;

    private CliRun transpile(Path src, Path out) {
        return CliRun.of("-q", "transpile", src.toString(), "-o", out.toString(), "--strategy", "cpu");
    }

    @Test
    void aRenamedOrDeletedModulesFilesGoAndNothingElse() throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("pkg"));
        Files.writeString(src.resolve("pkg/__init__.py"), "");
        Files.writeString(src.resolve("pkg/helpers.py"), "def twice(x: int) -> int:\n    return 2 * x\n");
        Files.writeString(src.resolve("pkg/old.py"), "def one() -> int:\n    return 1\n");
        Files.writeString(src.resolve("pkg/gone.py"), "def two() -> int:\n    return 2\n");
        Files.writeString(src.resolve("report.py"), "from pkg.helpers import twice\n\nif __name__ == \"__main__\":\n"
                + "    print(twice(21))\n");
        Path out = tmp.resolve("out");
        assertEquals(0, transpile(src, out).exitCode());
        assertTrue(Files.exists(out.resolve("src/pkg/old.rs")));
        assertTrue(Files.exists(out.resolve("bin/report.rs")));
        assertTrue(Files.readString(out.resolve(OutputManifest.FILE)).contains(" src/pkg/gone.rs\n"));
        // someone's own files in OUT, and an edited output of a module that goes
        Files.writeString(out.resolve("NOTES.md"), "mine\n");
        Files.writeString(out.resolve("src/pkg/gone.rs"), Files.readString(out.resolve("src/pkg/gone.rs")) + "// edited\n");

        Files.move(src.resolve("pkg/old.py"), src.resolve("pkg/renamed.py"));
        Files.move(src.resolve("report.py"), src.resolve("summary.py"));
        Files.delete(src.resolve("pkg/gone.py"));
        CliRun r = CliRun.of("transpile", src.toString(), "-o", out.toString(), "--strategy", "cpu");
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(Files.exists(out.resolve("src/pkg/old.rs")), "the renamed module's old file is removed");
        assertFalse(Files.exists(out.resolve("bin/report.rs")), "the renamed main module's old binary is removed");
        assertTrue(Files.exists(out.resolve("src/pkg/renamed.rs")));
        assertTrue(Files.exists(out.resolve("bin/summary.rs")));
        assertTrue(r.err().contains("removed 3 file(s)"), r.err());
        assertTrue(r.err().contains("warning: kept src/pkg/gone.rs"), r.err());
        assertTrue(Files.exists(out.resolve("src/pkg/gone.rs")), "an edited file is kept");
        assertEquals("mine\n", Files.readString(out.resolve("NOTES.md")), "a file the tool did not write is left alone");
        String manifest = Files.readString(out.resolve(OutputManifest.FILE));
        assertFalse(manifest.contains("old.rs") || manifest.contains("report.rs") || manifest.contains("gone.rs"), manifest);
        assertFalse(Files.readString(out.resolve("Cargo.toml")).contains("report"));

        if (ProjectCrateTest.available("cargo")) {
            Process p = new ProcessBuilder("cargo", "build", "--offline", "--quiet").directory(out.toFile())
                    .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(300, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), log);
            Process run = new ProcessBuilder(out.resolve("target/debug/summary").toString()).start();
            assertEquals("42\n", new String(run.getInputStream().readAllBytes()));
        }
    }

    @Test
    void aFolderWithoutAManifestLosesNothing() throws IOException {
        Path src = tmp.resolve("src2");
        Files.createDirectories(src);
        Files.writeString(src.resolve("app.py"), "if __name__ == \"__main__\":\n    print(1)\n");
        Path out = tmp.resolve("out2");
        Files.createDirectories(out.resolve("src"));
        Files.writeString(out.resolve("src/other.rs"), "// someone's\n");
        assertEquals(0, transpile(src, out).exitCode());
        assertEquals(0, transpile(src, out).exitCode());
        assertTrue(Files.exists(out.resolve("src/other.rs")));
    }
}
