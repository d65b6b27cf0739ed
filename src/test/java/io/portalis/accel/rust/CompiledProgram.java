package io.portalis.accel.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** One Python program translated, compiled with rustc and run, for tests about how a program ends. */
final class CompiledProgram {
    private CompiledProgram() {}

    /**
     * Translates {@code py} (which must translate), compiles it in {@code work} (skipping the test
     * where rustc is missing) and runs it: its stdout, stderr and exit status.
     */
    static RustDifferentialTest.Run run(Path work, Path py) throws Exception {
        String name = py.getFileName().toString().replaceFirst("\\.py$", "");
        Translation t = RustGoldenTest.translate(py, py.getFileName().toString());
        assertTrue(t.rust() != null, () -> "translated: " + t.diagnostics());
        assumeTrue(RustDifferentialTest.available("rustc"), "rustc not found on PATH");
        Path rs = work.resolve(name + ".rs");
        Files.writeString(rs, t.rust());
        RustDifferentialTest.Run compile = RustDifferentialTest.run(180, work, "rustc", "--edition", "2021",
                "-C", "opt-level=0", "-o", work.resolve(name).toString(), rs.toString());
        assertEquals(0, compile.exit(), compile.stderr());
        return RustDifferentialTest.run(30, work, work.resolve(name).toString());
    }
}
