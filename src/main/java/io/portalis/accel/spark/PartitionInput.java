package io.portalis.accel.spark;

import java.io.Serializable;
import java.util.List;

/** The files one Spark task transpiles, in walk order. */
public record PartitionInput(int partition, List<PlannedFile> files) implements Serializable {
    private static final long serialVersionUID = 1L;

    public PartitionInput {
        files = List.copyOf(files);
    }

    public long bytes() {
        return files.stream().mapToLong(PlannedFile::size).sum();
    }
}
