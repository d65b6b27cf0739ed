package io.portalis.accel.strategy;

import java.util.Objects;

/**
 * One move of work from the GPU path to the CPU.
 *
 * @param from       the path that failed ({@code gpu})
 * @param to         where its unfinished tasks went ({@code cpu}), or {@code none} when fallback was disabled
 * @param cause      {@link GpuFailure#cause()} of the failure
 * @param message    {@link GpuFailure#message()} of the failure
 * @param tasksRerun how many unfinished tasks were handed to the CPU (0 when fallback was disabled)
 * @param atMs       milliseconds since the batch started when the failure was seen
 */
public record FallbackEvent(String from, String to, String cause, String message, int tasksRerun, long atMs)
        implements java.io.Serializable {
    public FallbackEvent {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(message, "message");
    }
}
