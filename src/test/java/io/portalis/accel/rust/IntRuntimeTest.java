package io.portalis.accel.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The int runtime ({@code src/main/resources/rust/int.rs}) against CPython: {@code rust-int/int_table.rs}
 * computes, with {@code int::Int}, the table that {@code rust-int/int_table.py} computes with Python's
 * int (random operands across the 64-bit boundary from the same seeded LCG, every operation on them);
 * the Rust program is cut from the prelude as a translation is, compiled with rustc, and its output
 * must equal python3's line for line.
 */
class IntRuntimeTest {

    @Test
    void theIntRuntimeComputesCPythonsTable(@TempDir Path work) throws Exception {
        assumeTrue(RustDifferentialTest.available("rustc"), "rustc not found on PATH");
        assumeTrue(RustDifferentialTest.available("python3"), "python3 not found on PATH");
        String driver = resource("int_table.rs");
        PreludeShaker.Shaken cut = PreludeShaker.standard().shake(driver, List.of());
        assertTrue(cut.text().contains("mod int {"), "the driver reaches the int runtime");
        Path rs = work.resolve("int_table.rs");
        Files.writeString(rs, "#![allow(dead_code, unused_imports)]\n" + cut.text() + "\n" + driver);
        RustDifferentialTest.Run compile = RustDifferentialTest.run(300, work, "rustc", "--edition", "2021",
                "-C", "opt-level=1", "-o", work.resolve("int_table").toString(), rs.toString());
        assertEquals(0, compile.exit(), compile.stderr());
        Path py = work.resolve("int_table.py");
        Files.writeString(py, resource("int_table.py"));
        RustDifferentialTest.Run expected = RustDifferentialTest.run(120, work, "python3", py.toString());
        assertEquals(0, expected.exit(), expected.stderr());
        RustDifferentialTest.Run actual = RustDifferentialTest.run(120, work, work.resolve("int_table").toString());
        assertEquals(0, actual.exit(), actual.stderr());
        String[] want = expected.stdout().split("\n", -1);
        String[] got = actual.stdout().split("\n", -1);
        for (int i = 0; i < Math.min(want.length, got.length); i++) {
            int line = i;
            assertEquals(want[i], got[i], () -> "line " + (line + 1) + " of the table");
        }
        assertEquals(want.length, got.length, "lines in the table");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IntRuntimeTest.class.getResourceAsStream("/rust-int/" + name)) {
            assertTrue(in != null, name + " on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
