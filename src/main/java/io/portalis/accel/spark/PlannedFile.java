package io.portalis.accel.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input file as the driver's walk found it.
 *
 * @param index        its position in the walk's order (the report's order), 0-based
 * @param location     where a task reads it: a Hadoop path URI ({@code hdfs://nn/src/pkg/mod.py}), or for a
 *                     local run the local file's URI (the link target for a link inside SRC)
 * @param relativePath its path relative to SRC, {@code /}-separated; the output mirrors it
 * @param size         its size in bytes when the walk saw it (what the partitions are balanced by)
 */
public record PlannedFile(int index, String location, String relativePath, long size) implements Serializable {
    private static final long serialVersionUID = 1L;

    public PlannedFile {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(relativePath, "relativePath");
        if (index < 0 || size < 0) {
            throw new IllegalArgumentException("index and size must not be negative");
        }
    }
}
