package io.portalis.accel.strategy;

import java.util.Locale;

/** Which path finished a task. */
public enum ExecutorKind {
    /** The CPU worker pool, as planned. */
    CPU,
    /** The GPU path. */
    GPU,
    /** The CPU worker pool, rerunning a task the GPU path left unfinished. */
    CPU_FALLBACK,
    /** Nobody: the GPU failed, fallback was disabled, and the task was never run. */
    NONE;

    /** The report's spelling: {@code cpu}, {@code gpu}, {@code cpu_fallback}, {@code none}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
