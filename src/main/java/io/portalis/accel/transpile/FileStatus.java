package io.portalis.accel.transpile;

import java.util.Locale;

/** How one input file ended. */
public enum FileStatus {
    /** Every stage that exists ran without an error. */
    OK,
    /** A stage reported an error diagnostic; no output was written for the file. */
    FAILED,
    /** The file was found but not read (see its diagnostic). */
    SKIPPED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
