package io.portalis.accel.diagnostic;

/** How bad a diagnostic is. */
public enum Severity {
    ERROR,
    WARNING;

    /** The lower-case word compilers print ({@code error}, {@code warning}). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
