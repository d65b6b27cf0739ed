package io.portalis.accel.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.accel.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --ints auto} in a project: a module refused for a reason of its own (an unsupported import)
 * must not cost an unrelated module its big ints. Before, any refusal made the whole project i64,
 * and fib(100) stopped with an OverflowError where CPython prints 354224848179261915075.
 */
class IntChoiceTest {
    @TempDir
    Path tmp;

    @Test
    void anUnrelatedRefusalKeepsBigIntsInTheOtherModules() throws Exception {
        assumeTrue(ProjectCrateTest.available("cargo"), "cargo not found on PATH");
        assumeTrue(ProjectCrateTest.available("python3"), "python3 not found on PATH");
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("fib.py"), "def fib(n: int) -> int:\n    a, b = 0, 1\n    for _ in range(n):\n"
                + "        a, b = b, a + b\n    return a\n\n\nif __name__ == \"__main__\":\n    print(fib(100))\n");
        Files.writeString(src.resolve("gui.py"), "import tkinter\n\n\ndef show() -> None:\n    print(tkinter.TkVersion)\n");
        CliRun r = CliRun.of("-q", "transpile", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu",
                "--verify");
        assertEquals(1, r.exitCode(), r.err()); // gui.py fails
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(1, report.get("summary").get("failed").asInt());
        JsonNode v = report.get("project").get("verification");
        assertEquals("same", v.get("files").get(0).get("status").asText(), v.toString());
    }
    @Test
    void anEmptyPackageInitDoesNotJoinItsModulesIntoOneGroup() throws Exception {
        // every module of a package depends on its __init__.py; an empty one shares no values, so
        // half.py (refused with big ints: an int where a float slot is needed) must not cost fib.py its
        // big ints through it
        assumeTrue(ProjectCrateTest.available("cargo"), "cargo not found on PATH");
        assumeTrue(ProjectCrateTest.available("python3"), "python3 not found on PATH");
        Path pkg = tmp.resolve("src").resolve("pkg");
        Files.createDirectories(pkg);
        Files.writeString(pkg.resolve("__init__.py"), "");
        Files.writeString(pkg.resolve("fib.py"), "def fib(n: int) -> int:\n    a, b = 0, 1\n    for _ in range(n):\n"
                + "        a, b = b, a + b\n    return a\n\n\nif __name__ == \"__main__\":\n    print(fib(100))\n");
        Files.writeString(pkg.resolve("half.py"), "def half(x: float) -> float:\n    return x / 2\n\n\n"
                + "if __name__ == \"__main__\":\n    print(half(3))\n");
        CliRun r = CliRun.of("-q", "transpile", tmp.resolve("src").toString(), "-o", tmp.resolve("out").toString(),
                "--strategy", "cpu", "--verify");
        JsonNode v = new ObjectMapper().readTree(r.out()).get("project").get("verification");
        assertEquals(0, r.exitCode(), r.err() + v);
        assertEquals(2, v.get("summary").get("same").asInt(), v.toString());
    }
}
