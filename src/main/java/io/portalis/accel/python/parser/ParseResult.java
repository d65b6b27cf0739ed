package io.portalis.accel.python.parser;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.Severity;
import io.portalis.accel.python.ast.Mod;
import java.util.List;

/**
 * What parsing one file gives: the module ({@code null} when the file does not parse) and every
 * diagnostic found, the lexer's included.
 */
public record ParseResult(Mod.Module module, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** This result with its module rewritten by {@code f} (unchanged when the file did not parse). */
    public ParseResult withModule(java.util.function.UnaryOperator<Mod.Module> f) {
        return module == null ? this : new ParseResult(f.apply(module), diagnostics);
    }

    public boolean ok() {
        return module != null && diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    }
}
