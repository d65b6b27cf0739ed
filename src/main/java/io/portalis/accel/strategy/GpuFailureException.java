package io.portalis.accel.strategy;

import java.util.Objects;

/** Carries a {@link GpuFailure} out of a {@link GpuExecutor}. */
public final class GpuFailureException extends RuntimeException {
    private final transient GpuFailure failure;

    public GpuFailureException(GpuFailure failure) {
        super(Objects.requireNonNull(failure, "failure").cause() + ": " + failure.message());
        this.failure = failure;
    }

    public GpuFailureException(GpuFailure failure, Throwable cause) {
        super(Objects.requireNonNull(failure, "failure").cause() + ": " + failure.message(), cause);
        this.failure = failure;
    }

    public GpuFailure failure() {
        return failure;
    }
}
