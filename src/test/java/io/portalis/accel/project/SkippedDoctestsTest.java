package io.portalis.accel.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.accel.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docstring examples the translator cannot translate, through the real CLI: a module that never
 * calls doctest.testmod() is translated without its doctests, with a warning per example naming
 * file, line and why (an example importing a project module, which the examples cannot); a module that calls
 * testmod still fails.
 */
class SkippedDoctestsTest {
    @TempDir
    Path tmp;

    @Test
    void examplesOfAModuleThatNeverRunsThemAreWarningsAndOnesThatRunFail() throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("calc.py"), "\"\"\"Calculations.\n\n>>> import calc\n>>> add(1, 2)\n3\n\"\"\"\n\n\n"
                + "def add(a: int, b: int) -> int:\n    \"\"\"Adds.\n\n    >>> eval(\"1 + 1\")\n    2\n    \"\"\"\n"
                + "    return a + b\n");
        Files.writeString(src.resolve("run.py"), "from calc import add\n\nif __name__ == \"__main__\":\n    print(add(3, 4))\n");
        Files.writeString(src.resolve("loud.py"), "import doctest\n\n\ndef neg(a: int) -> int:\n    \"\"\"Negates.\n\n"
                + "    >>> eval(\"-1\")\n    -1\n    \"\"\"\n    return -a\n\n\nif __name__ == \"__main__\":\n"
                + "    print(doctest.testmod())\n");
        CliRun r = CliRun.of("transpile", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("calc.py:3:5: warning[W-DOCTEST-SKIPPED]: the module's doctests are left out (it never"
                + " calls doctest.testmod()), since this example cannot be translated: unsupported: import inside a function"),
                r.err());
        assertTrue(r.err().contains("calc.py:12:9: warning[W-DOCTEST-SKIPPED]"), r.err());
        assertTrue(r.err().contains("loud.py:7:9: error[E-UNSUPPORTED]: unsupported: eval() (in a doctest example)"), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        for (JsonNode f : report.get("files")) {
            String path = f.get("path").asText();
            assertEquals(path.equals("loud.py") ? "failed" : "ok", f.get("status").asText(), f.toString());
        }
        assertTrue(Files.readString(tmp.resolve("out/src/calc.rs")).contains("fn add("));
    }
}
