package io.portalis.accel.rust;

import io.portalis.accel.diagnostic.Diagnostic;
import java.util.List;

/**
 * The result of translating one Python module.
 *
 * @param rust        the Rust program, or null when the module could not be translated
 * @param diagnostics what stopped the translation (errors), or warnings about a program that
 *                    was made, in source order
 */
public record Translation(String rust, List<Diagnostic> diagnostics) {
    public Translation {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return rust != null;
    }
}
