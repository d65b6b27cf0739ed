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
 * An int result of math beyond 64 bits: where the module's ints are {@code int::Int} (the
 * {@code --ints auto} choice for a module that calls factorial, comb, perm or prod) it is printed
 * as CPython prints it; where they stay 64-bit (floor, lcm and gcd do not switch a module), the
 * translated program ends the way the rest of its int arithmetic does: OverflowError naming the
 * function, status 1, and nothing wrapped or printed wrongly before it.
 */
class MathOverflowTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "math.factorial(21)|factorial|51090942171709440000",
        "math.comb(100, 50)|comb|100891344545564193334812497256",
        "math.perm(30, 20)|perm|73096577329197271449600000",
        "math.floor(1e300)|floor|",
        "math.prod([2 ** 40, 2 ** 30])|prod|1180591620717411303424",
        "math.lcm(2 ** 40, 2 ** 40 - 1)|lcm|",
        "math.gcd(-9223372036854775807 - 1)|gcd|"})
    void anIntResultBeyond64BitsIsPrintedOrStopsWithOverflowError(String call, String function, String printed,
            @TempDir Path work)
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
        if (printed != null) {
            assertEquals("before\n" + printed + "\nafter\n", run.stdout());
            assertEquals(0, run.exit(), run.stderr());
            return;
        }
        assertEquals("before\n", run.stdout());
        assertEquals("OverflowError: integer result of math." + function + "() does not fit in 64 bits\n", run.stderr());
        assertEquals(1, run.exit());
    }
}
