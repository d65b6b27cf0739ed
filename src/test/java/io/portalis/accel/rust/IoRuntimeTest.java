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
 * The text-file runtime ({@code src/main/resources/rust/io.rs}) against CPython on bytes a text
 * program cannot write: each line of {@code rust-io/decode_cases.txt} is a file's bytes, read back
 * as text by {@code rust-io/decode_table.rs} through {@code io::read_text} and by
 * {@code rust-io/decode_table.py} through {@code open().read()}; the text (universal newlines,
 * a BOM kept) or the UnicodeDecodeError message must be the same line for line.
 */
class IoRuntimeTest {

    @Test
    void readingDecodesAsCPythonDoes(@TempDir Path work) throws Exception {
        assumeTrue(RustDifferentialTest.available("rustc"), "rustc not found on PATH");
        assumeTrue(RustDifferentialTest.available("python3"), "python3 not found on PATH");
        String driver = resource("decode_table.rs");
        PreludeShaker.Shaken cut = PreludeShaker.standard().shake(driver, List.of());
        assertTrue(cut.text().contains("mod io {"), "the driver reaches the io runtime");
        Path rs = work.resolve("decode_table.rs");
        Files.writeString(rs, "#![allow(dead_code, unused_imports)]\n" + cut.text() + "\n" + driver);
        RustDifferentialTest.Run compile = RustDifferentialTest.run(300, work, "rustc", "--edition", "2021",
                "-o", work.resolve("decode_table").toString(), rs.toString());
        assertEquals(0, compile.exit(), compile.stderr());
        Path cases = work.resolve("decode_cases.txt");
        Files.writeString(cases, resource("decode_cases.txt"));
        Path py = work.resolve("decode_table.py");
        Files.writeString(py, resource("decode_table.py"));
        Path pyDir = Files.createDirectories(work.resolve("python"));
        Path rsDir = Files.createDirectories(work.resolve("rust"));
        RustDifferentialTest.Run expected = RustDifferentialTest.run(60, pyDir, "python3", py.toString(), cases.toString());
        assertEquals(0, expected.exit(), expected.stderr());
        RustDifferentialTest.Run actual = RustDifferentialTest.run(60, rsDir, work.resolve("decode_table").toString(),
                cases.toString());
        assertEquals(0, actual.exit(), actual.stderr());
        assertTrue(expected.stdout().lines().count() >= 17, expected.stdout());
        assertEquals(expected.stdout(), actual.stdout());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IoRuntimeTest.class.getResourceAsStream("/rust-io/" + name)) {
            assertTrue(in != null, name + " on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
