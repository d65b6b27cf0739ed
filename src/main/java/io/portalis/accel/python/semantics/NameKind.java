package io.portalis.accel.python.semantics;

/** Where a name, read or bound at one place, finds its value at run time. */
public enum NameKind {
    /** A fast local of the function, lambda or comprehension the name appears in. */
    LOCAL,
    /** A local of the function it appears in, which a nested scope also reads (a cell). */
    CELL,
    /** A local of an enclosing function (reached through a cell); {@code nonlocal} names too. */
    FREE,
    /** A name of the class body's namespace. */
    CLASS_MEMBER,
    /** A module global: bound by the module's own code, or by a {@code global} statement elsewhere. */
    GLOBAL,
    /** Not bound in the module; one of CPython 3.11's builtins. */
    BUILTIN,
    /** Bound nowhere this module can see, and not a builtin. */
    UNDEFINED
}
