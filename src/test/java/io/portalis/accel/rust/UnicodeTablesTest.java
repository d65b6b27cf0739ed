package io.portalis.accel.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The prelude's Unicode tables are what {@code tools/gen_unicode_tables.py} writes from
 * CPython 3.11's unicodedata (Unicode 14.0.0). Skipped, with a message, where python3 has another
 * Unicode version or rustfmt (which lays the tables out) is absent.
 */
class UnicodeTablesTest {

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        return p.exitValue() + "\n" + out;
    }

    @Test
    void thePreludeTablesAreTheGeneratorsOutput() throws Exception {
        assumeTrue(RustDifferentialTest.available("rustfmt"), "rustfmt not found on PATH");
        assumeTrue(RustDifferentialTest.available("python3"), "python3 not found on PATH");
        String version = run("python3", "-c", "import unicodedata; print(unicodedata.unidata_version)");
        boolean unicode14 = version.equals("0\n14.0.0\n");
        if (!unicode14) {
            System.err.println("UnicodeTablesTest: python3 is not on Unicode 14.0.0 (" + version.strip() + "); skipping");
        }
        assumeTrue(unicode14, "python3 with Unicode 14.0.0 (CPython 3.11)");
        assertEquals("0\n", run("python3", "tools/gen_unicode_tables.py", "--check"));
    }
}
