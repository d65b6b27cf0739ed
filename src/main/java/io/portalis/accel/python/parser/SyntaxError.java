package io.portalis.accel.python.parser;

/**
 * Thrown inside the parser to abandon the current statement (or a speculative alternative); it
 * never leaves {@link PythonParser}, which turns it into a diagnostic. No stack trace is filled
 * in: it is control flow, not a bug report.
 */
final class SyntaxError extends RuntimeException {
    final String code;
    final int start;
    final int end;

    SyntaxError(String code, String message, int start, int end) {
        super(message, null, false, false);
        this.code = code;
        this.start = start;
        this.end = Math.max(start, end);
    }
}
