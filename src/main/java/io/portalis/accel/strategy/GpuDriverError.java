package io.portalis.accel.strategy;

import java.util.Objects;

/** The OpenCL driver reported an error, or a kernel failed to build. */
public record GpuDriverError(String message) implements GpuFailure {
    public GpuDriverError {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String cause() {
        return "driver_error";
    }
}
