package io.portalis.accel.strategy;

import java.util.Objects;

/** The GPU path did not finish within its time limit. */
public record GpuTimeout(String message) implements GpuFailure {
    public GpuTimeout {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String cause() {
        return "timeout";
    }
}
