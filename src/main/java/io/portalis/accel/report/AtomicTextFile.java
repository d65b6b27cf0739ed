package io.portalis.accel.report;

import io.portalis.accel.transpile.OutputTree;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one UTF-8 text file atomically: into a temporary file beside the target, then renamed over
 * it, so a reader (a CI upload step, the node_exporter textfile collector) never sees a partial file.
 */
public final class AtomicTextFile {
    private AtomicTextFile() {}

    /** What fills the file. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code body} to {@code target}, creating its parent folders; the temporary file never outlives the call. */
    public static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        Path tmp = OutputTree.newTempBeside(abs);
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                body.writeTo(w);
            }
            OutputTree.moveIntoPlace(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
