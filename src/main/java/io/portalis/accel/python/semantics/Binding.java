package io.portalis.accel.python.semantics;

/**
 * Where a name of one scope lives, in the five classes of CPython's symbol table
 * ({@code symtable.Symbol}: local, declared global, implicit global, free, cell).
 */
public enum Binding {
    /** Bound in this scope and not captured by a nested one (a module's own names are LOCAL to it). */
    LOCAL,
    /** Named in a {@code global} statement of this scope (or bound by a comprehension's walrus at module level). */
    GLOBAL_EXPLICIT,
    /** Not bound in this scope nor in an enclosing function: looked up in the module, then in builtins. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function scope (or named in a {@code nonlocal} statement). */
    FREE,
    /** Bound in this function scope and read by a nested scope. */
    CELL;

    public boolean isGlobal() {
        return this == GLOBAL_EXPLICIT || this == GLOBAL_IMPLICIT;
    }

    /** This scope holds the value (LOCAL or CELL). */
    public boolean isOwn() {
        return this == LOCAL || this == CELL;
    }
}
