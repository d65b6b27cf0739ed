package io.portalis.accel.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.accel.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commonest main block of real modules in the crate layout, through the real CLI: {@code import
 * doctest} (or {@code from doctest import testmod}) inside {@code if __name__ == "__main__":}, doctest
 * examples that assign a variable of the module (in their copy of its globals) and import standard
 * modules; {@code --verify} runs the mains and the doctests both ways. An import in the main block
 * whose name a function reads is refused at the import's line.
 */
class MainBlockDoctestTest {
    @TempDir
    Path tmp;

    @Test
    void mainBlockImportsAndDoctestNamespacesBehaveAsCpython() throws Exception {
        assumeTrue(ProjectCrateTest.available("cargo"), "cargo not found on PATH");
        assumeTrue(ProjectCrateTest.available("python3"), "python3 not found on PATH");
        Path src = tmp.resolve("proj");
        Files.createDirectories(src.resolve("geo"));
        Files.writeString(src.resolve("geo/__init__.py"), "");
        Files.writeString(src.resolve("geo/scale.py"), """
                factor: int = 3


                def scaled(n: int) -> int:
                    \"\"\"
                    >>> factor
                    3
                    >>> factor = 10
                    >>> scaled(2), factor
                    (6, 10)
                    >>> from math import isqrt
                    >>> isqrt(factor * 10)
                    10
                    \"\"\"
                    return n * factor


                def floor_root(n: int) -> int:
                    \"\"\"
                    >>> import math
                    >>> math.floor(floor_root(10) * 1.5)
                    4
                    >>> factor
                    3
                    \"\"\"
                    return int(n ** 0.5)


                if __name__ == "__main__":
                    from doctest import testmod

                    testmod()
                    import math

                    print(scaled(4), math.gcd(12, 18))
                """);
        Files.writeString(src.resolve("app.py"), """
                from geo.scale import scaled


                def shout(word: str) -> str:
                    \"\"\"
                    >>> shout("hi")
                    'HI!'
                    >>> result = shout("no")
                    >>> result
                    'no'
                    \"\"\"
                    return word.upper() + "!"


                if __name__ == "__main__":
                    import doctest

                    print(doctest.testmod())
                    result = shout("ok")
                    print(result, scaled(5))
                """);
        CliRun r = CliRun.of("-q", "transpile", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu",
                "--verify");
        // app.py's second example fails on purpose, the same way both ways: not a difference
        assertEquals(0, r.exitCode(), r.err() + r.out());
        JsonNode report = new ObjectMapper().readTree(r.out());
        for (JsonNode f : report.get("files")) {
            assertEquals("ok", f.get("status").asText(), f.toString());
        }
        JsonNode verification = report.get("project").get("verification");
        assertEquals(0, verification.get("summary").get("differs").asInt(), verification.toString());
        assertEquals(2, verification.get("summary").get("same").asInt(), verification.toString());
        JsonNode doctests = verification.get("doctests");
        assertEquals(0, doctests.get("summary").get("differs").asInt(), doctests.toString());
        assertTrue(doctests.get("summary").get("same").asInt() >= 2, doctests.toString());
    }

    @Test
    void anImportInTheMainBlockThatAFunctionReadsIsRefusedAtItsLine() throws Exception {
        Path src = tmp.resolve("bad");
        Files.createDirectories(src);
        Files.writeString(src.resolve("circle.py"), """
                def area(r: float) -> float:
                    return math.pi * r * r


                if __name__ == "__main__":
                    import math

                    print(area(2.0))
                """);
        CliRun r = CliRun.of("-q", "transpile", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu");
        assertEquals(1, r.exitCode(), r.err());
        JsonNode file = new ObjectMapper().readTree(r.out()).get("files").get(0);
        assertEquals("failed", file.get("status").asText());
        JsonNode d = file.get("diagnostics").get(0);
        assertEquals(6, d.get("line").asInt(), d.toString());
        assertTrue(d.get("message").asText().contains("'math' is used where the import may not have run"), d.toString());
    }
    @Test
    void doctestsReadWhatTheModulesTopLevelComputedAsAnImportWouldHaveRunIt() throws Exception {
        // CPython's doctest imports the module first: a variable its top level computes is bound when
        // the examples read it, in the crate's doctest binary and its cargo tests too
        assumeTrue(ProjectCrateTest.available("cargo"), "cargo not found on PATH");
        assumeTrue(ProjectCrateTest.available("python3"), "python3 not found on PATH");
        Path src = tmp.resolve("computed");
        Files.createDirectories(src);
        Files.writeString(src.resolve("codes.py"), """
                table = {c: i for i, c in enumerate("abc")}
                print("loading codes")


                def code(s: str) -> int:
                    \"\"\"
                    >>> code("b")
                    1
                    >>> code("z")
                    Traceback (most recent call last):
                    KeyError: 'z'
                    \"\"\"
                    return table[s]


                if __name__ == "__main__":
                    print(code("c"))
                """);
        CliRun r = CliRun.of("-q", "transpile", src.toString(), "-o", tmp.resolve("out-computed").toString(), "--strategy",
                "cpu", "--verify");
        assertEquals(0, r.exitCode(), r.err() + r.out());
        JsonNode doctests = new ObjectMapper().readTree(r.out()).get("project").get("verification").get("doctests");
        assertEquals(1, doctests.get("summary").get("same").asInt(), doctests.toString());
        assertEquals(2, doctests.get("files").get(0).get("rust").get("attempted").asInt(), doctests.toString());
    }
}
