package io.portalis.accel.strategy;

import java.util.Objects;

/** The device or host ran out of memory for the GPU path (allocation failure, out of resources). */
public record GpuOutOfMemory(String message) implements GpuFailure {
    public GpuOutOfMemory {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String cause() {
        return "out_of_memory";
    }
}
