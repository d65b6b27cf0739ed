package io.portalis.accel.transpile;

import java.util.Objects;

/**
 * A {@code .py} entry the walk found but will not read, and why (e.g. a symbolic link that leaves
 * the source root). It is listed in the report with status {@code skipped}.
 */
public record SkippedFile(String relativePath, String reason) {
    public SkippedFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(reason, "reason");
    }
}
