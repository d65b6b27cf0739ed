package io.portalis.accel.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An int result of math beyond 64 bits, which CPython would print, ends the translated program
 * the way the rest of its int arithmetic does: OverflowError naming the function, status 1, and
 * nothing wrapped or printed wrongly before it. (Not a differential program: CPython succeeds.)
 */
class MathOverflowTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "math.factorial(21)|factorial",
        "math.comb(100, 50)|comb",
        "math.perm(30, 20)|perm",
        "math.floor(1e300)|floor",
        "math.prod([2 ** 40, 2 ** 30])|prod",
        "math.lcm(2 ** 40, 2 ** 40 - 1)|lcm",
        "math.gcd(-9223372036854775807 - 1)|gcd"})
    void anIntResultBeyond64BitsStopsWithOverflowError(String call, String function, @TempDir Path work)
            throws Exception {
        Path py = work.resolve("big.py");
        Files.writeString(py, "import math\n\nprint(\"before\")\nprint(" + call + ")\nprint(\"after\")\n");
        Translation t = RustGoldenTest.translate(py, "big.py");
        assertTrue(t.rust() != null, () -> "translated: " + t.diagnostics());
        assumeTrue(RustDifferentialTest.available("rustc"), "rustc not found on PATH");
        Path rs = work.resolve("big.rs");
        Files.writeString(rs, t.rust());
        RustDifferentialTest.Run compile = RustDifferentialTest.run(180, work, "rustc", "--edition", "2021",
                "-C", "opt-level=0", "-o", work.resolve("big").toString(), rs.toString());
        assertEquals(0, compile.exit(), compile.stderr());
        RustDifferentialTest.Run run = RustDifferentialTest.run(30, work, work.resolve("big").toString());
        assertEquals("before\n", run.stdout());
        assertEquals("OverflowError: integer result of math." + function + "() does not fit in 64 bits\n", run.stderr());
        assertEquals(1, run.exit());
    }
}
