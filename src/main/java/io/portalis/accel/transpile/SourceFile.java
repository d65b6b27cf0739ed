package io.portalis.accel.transpile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input file.
 *
 * @param path         where to read it (inside the source root, or a link target inside it)
 * @param relativePath its path relative to the source root, with {@code /} separators; the output
 *                     mirrors it
 * @param size         its size in bytes when it was found
 */
public record SourceFile(Path path, String relativePath, long size) {
    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")) {
            throw new IllegalArgumentException("bad relative path: " + relativePath);
        }
        if (size < 0) {
            throw new IllegalArgumentException("size < 0");
        }
    }
}
