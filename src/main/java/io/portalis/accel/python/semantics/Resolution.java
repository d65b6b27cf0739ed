package io.portalis.accel.python.semantics;

/**
 * What one {@code Name} node refers to.
 *
 * @param kind       where the value lives at run time
 * @param symbol     the name's entry in the table of the scope the node appears in (never null)
 * @param definition the entry of the scope that binds the name: the same symbol for a local,
 *                   the enclosing function's for a free name, the module's for a global; null
 *                   for a builtin, for a name bound nowhere, and for a global bound only through
 *                   {@code global} statements of functions
 */
public record Resolution(NameKind kind, Symbol symbol, Symbol definition) {

    /** The name is a parameter of the function that binds it. */
    public boolean isParameter() {
        return definition != null && definition.isParameter();
    }

    /** The name is bound by an import statement of the scope that binds it. */
    public boolean isImport() {
        return definition != null && definition.isImported();
    }
}
