package io.portalis.accel.diagnostic;

import java.util.Objects;

/**
 * One problem found in one source file. Positions are byte offsets into the file's bytes
 * ({@code start} inclusive, {@code end} exclusive); they become line:column only for display,
 * through {@link SourceMap}.
 *
 * @param severity error or warning
 * @param code     a stable machine-readable code, e.g. {@code E-SYNTAX}, {@code E-UNSUPPORTED}
 * @param message  what is wrong, in words
 * @param start    byte offset of the first byte concerned
 * @param end      byte offset one past the last byte concerned ({@code >= start})
 */
public record Diagnostic(Severity severity, String code, String message, int start, int end) {
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public static Diagnostic error(String code, String message, int start, int end) {
        return new Diagnostic(Severity.ERROR, code, message, start, end);
    }

    public static Diagnostic error(String code, String message, int offset) {
        return new Diagnostic(Severity.ERROR, code, message, offset, offset);
    }
}
