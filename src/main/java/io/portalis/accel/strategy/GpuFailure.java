package io.portalis.accel.strategy;

/**
 * A typed reason why the GPU path could not finish its tasks. Each is a value; it crosses call
 * boundaries inside a {@link GpuFailureException}.
 */
public sealed interface GpuFailure permits GpuOutOfMemory, GpuDriverError, GpuUnavailable, GpuTimeout {
    /** What happened, in words. */
    String message();

    /** The stable cause name: {@code out_of_memory}, {@code driver_error}, {@code unavailable} or {@code timeout}. */
    String cause();
}
