package io.portalis.accel.transpile;

import java.util.Locale;

/** How one input file ended. */
public enum FileStatus {
    /** Every stage that exists ran without an error. */
    OK,
    /** A stage reported an error diagnostic; no output was written for the file. */
    FAILED,
    /** The file was found but not read (see its diagnostic). */
    SKIPPED,
    /**
     * The file was never run: the GPU path failed with fallback disabled ({@code --no-fallback}) before
     * it got to it. The run's error says why; the file has no diagnostic of its own.
     */
    NOT_RUN;

    /** The report's spelling: {@code ok}, {@code failed}, {@code skipped}, {@code not_run}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
