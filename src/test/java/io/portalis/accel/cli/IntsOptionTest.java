package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code transpile --ints auto|big|fixed} through the real CLI: which modules get
 * arbitrary-precision int slots ({@code int::Int}), auto's fallback to {@code i64} where the
 * {@code int::Int} translation refuses a construct, and the option's usage error.
 */
class IntsOptionTest {
    @TempDir
    Path tmp;

    private static final String PRONE = "def main() -> None:\n    x = 2 ** 100\n    print(x, x + 1)\n\n\n"
            + "if __name__ == \"__main__\":\n    main()\n";
    private static final String PLAIN = "def main() -> None:\n    s = 0\n    for i in range(10):\n        s += i\n"
            + "    print(s)\n\n\nif __name__ == \"__main__\":\n    main()\n";
    /** Prone (**), with an int stored in a float slot, which the int::Int translation refuses. */
    private static final String PRONE_REFUSED = "def main() -> None:\n    y: float = 2 ** 3\n    print(y)\n\n\n"
            + "if __name__ == \"__main__\":\n    main()\n";

    private Path source(String name, String text) throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src-" + name));
        Files.writeString(src.resolve(name + ".py"), text);
        return src;
    }

    private String translate(String name, String text, String ints, int expectedExit) throws Exception {
        Path src = source(name, text);
        Path out = tmp.resolve("out-" + name + "-" + ints);
        CliRun run = CliRun.of("transpile", src.toString(), "-o", out.toString(), "-s", "cpu", "--layout", "files",
                "--ints", ints);
        assertEquals(expectedExit, run.exitCode(), run.err());
        Path rs = out.resolve(name + ".rs");
        return Files.exists(rs) ? Files.readString(rs) : null;
    }

    @Test
    void autoUsesBigIntsOnlyWhereIntsAreProneToGrow() throws Exception {
        assertTrue(translate("prone", PRONE, "auto", 0).contains("int::Int"));
        assertFalse(translate("plain", PLAIN, "auto", 0).contains("int::Int"));
    }

    @Test
    void bigAndFixedForceTheRepresentation() throws Exception {
        assertTrue(translate("plain", PLAIN, "big", 0).contains("int::Int"));
        assertFalse(translate("prone", PRONE, "fixed", 0).contains("int::Int"));
    }

    @Test
    void autoFallsBackToI64WhereTheBigIntTranslationRefuses() throws Exception {
        String auto = translate("refused", PRONE_REFUSED, "auto", 0);
        assertFalse(auto.contains("int::Int"));
        Path src = source("refused2", PRONE_REFUSED);
        CliRun big = CliRun.of("transpile", src.toString(), "-o", tmp.resolve("out-refused-big").toString(), "-s", "cpu",
                "--layout", "files", "--ints", "big");
        assertEquals(1, big.exitCode(), big.err());
        assertTrue(big.err().contains("expected float, found int"), big.err());
    }

    @Test
    void theCrateLayoutDecidesForTheProject() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("crate-src"));
        Files.writeString(src.resolve("util.py"), "def double(n: int) -> int:\n    return n * 2\n");
        Files.writeString(src.resolve("main.py"), "from util import double\n\n\n" + PRONE.replace("print(x, x + 1)",
                "print(double(x))"));
        Path out = tmp.resolve("crate-out");
        CliRun run = CliRun.of("transpile", src.toString(), "-o", out.toString(), "-s", "cpu");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("src/util.rs")).contains("int::Int"), "util.rs takes main's int::Int");
    }

    @Test
    void anUnknownValueIsAUsageError() throws Exception {
        Path src = source("plain", PLAIN);
        CliRun run = CliRun.of("transpile", src.toString(), "-o", tmp.resolve("o").toString(), "--ints", "huge");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("expected auto, big or fixed"), run.err());
    }
}
