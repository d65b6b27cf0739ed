package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ast} subcommand: one file, many files with --out, --check, and usage errors. */
class AstCommandTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/parser");

    @TempDir
    Path tmp;

    @Test
    void oneFilePrintsExactlyWhatAstDumpPrints() throws IOException {
        CliRun run = CliRun.of("ast", GOLDEN.resolve("statements.py").toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(Files.readString(GOLDEN.resolve("statements.ast"), StandardCharsets.UTF_8), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aFileThatDoesNotParseGivesCompilerStyleDiagnosticsAndExitOne() {
        String path = GOLDEN.resolve("err_missing_colon.py").toString();
        CliRun run = CliRun.of("ast", path);
        assertEquals(ExitCodes.FILES_FAILED, run.exitCode());
        assertEquals("", run.out());
        assertEquals(path + ":1:5: error: expected ':'\nif x\n    ^\n", run.err());
    }

    @Test
    void outWritesOneAstOrErrFilePerInputAtItsRelativePath() throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("pkg"));
        Files.writeString(src.resolve("pkg/good.py"), "x = 1\n");
        Files.writeString(src.resolve("bad.py"), "x = = 1\n");
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("ast", "--out", out.toString(), src.toString());
        assertEquals(ExitCodes.FILES_FAILED, run.exitCode());
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n",
                Files.readString(out.resolve("pkg/good.py.ast")));
        String err = Files.readString(out.resolve("bad.py.err"));
        assertTrue(err.startsWith(src.resolve("bad.py") + ":1:5: error: invalid syntax"), err);
        assertFalse(Files.exists(out.resolve("bad.py.ast")));
        assertFalse(Files.exists(out.resolve("pkg/good.py.err")));
        assertTrue(run.err().contains("2 file(s): 1 parsed, 1 failed"), run.err());
    }

    @Test
    void checkOnlyParsesAndSaysWhetherEverythingParsed() throws IOException {
        Path good = tmp.resolve("good.py");
        Files.writeString(good, "def f(x: int) -> int:\n    return x\n");
        CliRun ok = CliRun.of("ast", "--check", good.toString());
        assertEquals(ExitCodes.OK, ok.exitCode(), ok.err());
        assertEquals("", ok.out());
        Path bad = tmp.resolve("bad.py");
        Files.writeString(bad, "def f(:\n");
        CliRun failed = CliRun.of("ast", "--check", good.toString(), bad.toString());
        assertEquals(ExitCodes.FILES_FAILED, failed.exitCode());
        assertTrue(failed.err().contains(bad + ":1:"), failed.err());
    }

    @Test
    void usageErrors() throws IOException {
        assertEquals(ExitCodes.USAGE, CliRun.of("ast").exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("ast", tmp.resolve("missing.py").toString()).exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("ast", tmp.toString()).exitCode(), "a directory needs --out or --check");
        Path f = tmp.resolve("a.py");
        Files.writeString(f, "pass\n");
        assertEquals(ExitCodes.USAGE, CliRun.of("ast", "--out", tmp.resolve("o").toString(), "--check", f.toString()).exitCode());
        assertEquals(ExitCodes.USAGE, CliRun.of("ast", f.toString(), f.toString()).exitCode());
    }
}
