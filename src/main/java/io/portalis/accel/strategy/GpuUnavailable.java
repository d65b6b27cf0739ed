package io.portalis.accel.strategy;

import java.util.Objects;

/** There is no GPU path to run on: no OpenCL library, no platform, no device, or no GPU executor. */
public record GpuUnavailable(String message) implements GpuFailure {
    public GpuUnavailable {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String cause() {
        return "unavailable";
    }
}
