package io.portalis.accel.rust.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator itself: deterministic per seed, and every program valid Python that CPython runs. */
class ProgramGeneratorTest {
    private static final String RUN_ALL = String.join("\n",
            "import contextlib, io, runpy, sys",
            "bad = []",
            "for f in sys.argv[1:]:",
            "    try:",
            "        with contextlib.redirect_stdout(io.StringIO()):",
            "            runpy.run_path(f, run_name='__main__')",
            "    except (SyntaxError, TypeError, NameError, AttributeError, RecursionError) as e:",
            "        bad.append(f + ': ' + type(e).__name__ + ': ' + str(e))",
            "    except Exception:",
            "        pass",
            "print('\\n'.join(bad))",
            "");

    @Test
    void aSeedAlwaysGivesTheSameProgramAndSeedsDiffer() {
        String a = Stmt.render(ProgramGenerator.generate(42, Features.SUITE));
        assertEquals(a, Stmt.render(ProgramGenerator.generate(42, Features.SUITE)));
        assertNotEquals(a, Stmt.render(ProgramGenerator.generate(43, Features.SUITE)));
    }

    @Test
    void everyProgramParsesWithTheProjectsParser() {
        for (long seed = 0; seed < 200; seed++) {
            byte[] source = Stmt.render(ProgramGenerator.generate(seed, Features.ALL)).getBytes(StandardCharsets.UTF_8);
            ParseResult parsed = PythonParser.parse(source);
            long s = seed;
            assertNotNull(parsed.module(), () -> "seed " + s + ": " + parsed.diagnostics());
        }
    }

    @Test
    void cpythonRunsEveryProgramWithoutATypeOrNameError(@TempDir Path dir) throws Exception {
        assumeTrue(FuzzDifferentialTest.available("python3"), "python3 not found on PATH");
        List<String> command = new ArrayList<>(List.of("python3", "-W", "error::SyntaxWarning", "-c", RUN_ALL));
        for (long seed = 0; seed < 150; seed++) {
            Path py = dir.resolve("p" + seed + ".py");
            Files.writeString(py, Stmt.render(ProgramGenerator.generate(seed, seed % 2 == 0 ? Features.SUITE : Features.ALL)));
            command.add(py.toString());
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PYTHONHASHSEED", "0");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.isBlank(), () -> "programs CPython rejects:\n" + out);
    }
}
