package io.portalis.accel.transpile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTreeTest {
    @TempDir
    Path tmp;

    @Test
    void mirrorsThePythonPath() {
        assertEquals("pkg/mod.rs", OutputTree.rustPathFor("pkg/mod.py"));
        assertEquals("a.rs", OutputTree.rustPathFor("a.py"));
    }

    @Test
    void writesAtomicallyAndLeavesNoTemporaryFile() throws IOException {
        OutputTree out = new OutputTree(tmp.resolve("out"));
        byte[] first = "fn main() {}\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(first.length, out.write("pkg/deep/mod.rs", first));
        byte[] second = "fn main() { println!(\"hi\"); }\n".getBytes(StandardCharsets.UTF_8);
        out.write("pkg/deep/mod.rs", second);
        assertArrayEquals(second, Files.readAllBytes(tmp.resolve("out/pkg/deep/mod.rs")));
        try (Stream<Path> all = Files.walk(tmp.resolve("out"))) {
            assertEquals(List.of("mod.rs"), all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void outputsAreReadableByOthersAsFilesAreByDefault() throws IOException {
        OutputTree out = new OutputTree(tmp.resolve("out"));
        out.write("mod.rs", "fn main() {}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"),
                Files.getPosixFilePermissions(tmp.resolve("out/mod.rs")));
    }

    @Test
    void refusesToWriteOutsideTheRoot() {
        OutputTree out = new OutputTree(tmp.resolve("out"));
        assertThrows(IllegalArgumentException.class, () -> out.write("../escape.rs", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> out.write("a/../../escape.rs", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> out.write("/etc/x.rs", new byte[0]));
        assertEquals(false, Files.exists(tmp.resolve("escape.rs")));
    }
}
