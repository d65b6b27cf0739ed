package io.portalis.accel.python.lexer;

import io.portalis.accel.diagnostic.Diagnostic;
import java.util.List;

/**
 * What lexing one file gives: the source bytes the offsets refer to, the token stream (always
 * ending with ENDMARKER) and the diagnostics found on the way. Lexing never throws on bad input.
 */
public record LexResult(byte[] source, List<Token> tokens, List<Diagnostic> diagnostics) {
    public LexResult {
        tokens = List.copyOf(tokens);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(d -> d.severity() == io.portalis.accel.diagnostic.Severity.ERROR);
    }
}
