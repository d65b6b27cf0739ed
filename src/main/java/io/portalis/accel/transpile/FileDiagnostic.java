package io.portalis.accel.transpile;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.SourceMap;
import java.util.Objects;

/**
 * A diagnostic placed in its file: 1-based line and column, and the compiler-style rendering
 * ({@code path:line:col: error: message}, source line, caret) for stderr.
 */
public record FileDiagnostic(String severity, String code, String message, int line, int column, String rendered)
        implements java.io.Serializable {
    public FileDiagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rendered, "rendered");
    }

    public static FileDiagnostic of(String path, SourceMap map, Diagnostic d) {
        SourceMap.LineCol lc = map.at(d.start());
        return new FileDiagnostic(d.severity().word(), d.code(), d.message(), lc.line(), lc.column(), map.render(path, d));
    }

    /** A problem with the file as a whole (it could not be read, or was skipped): line 1, column 1. */
    public static FileDiagnostic whole(String path, String severity, String code, String message) {
        return new FileDiagnostic(severity, code, message, 1, 1, path + ":1:1: " + severity + ": " + message);
    }
}
