package io.portalis.accel.python.semantics;

/**
 * One name of one scope: what the scope does with it (the flags) and where it lives there (the
 * {@link Binding}). The name is as CPython stores it, so a private name {@code __x} inside a
 * class body or method of class {@code C} is {@code _C__x}. Immutable.
 */
public final class Symbol {
    /** Named in a {@code global} statement of the scope. */
    public static final int DECLARED_GLOBAL = 1;
    /** Assigned, deleted, bound by a def/class statement, a loop, a with, an except handler or a pattern. */
    public static final int ASSIGNED = 1 << 1;
    /** A parameter of the function or lambda. */
    public static final int PARAMETER = 1 << 2;
    /** Named in a {@code nonlocal} statement of the scope (or a comprehension's walrus target). */
    public static final int DECLARED_NONLOCAL = 1 << 3;
    /** Read somewhere in the scope. */
    public static final int USED = 1 << 4;
    /** Bound by an import. */
    public static final int IMPORTED = 1 << 5;
    /** The target of an annotated assignment. */
    public static final int ANNOTATED = 1 << 6;
    /** A comprehension's iteration variable. */
    public static final int ITERATION = 1 << 7;
    /** A class-scope name that a method also reads as a free variable of an enclosing function. */
    public static final int FREE_IN_CLASS = 1 << 8;
    /** Bound by a {@code def} statement. */
    public static final int FUNCTION_DEF = 1 << 9;
    /** Bound by a {@code class} statement. */
    public static final int CLASS_DEF = 1 << 10;
    /** A local that a nested scope rebinds through {@code nonlocal} or a comprehension's walrus. */
    public static final int BOUND_BY_NESTED = 1 << 11;

    /** The flags that bind a name in its scope (CPython's DEF_BOUND). */
    static final int BINDS = ASSIGNED | PARAMETER | IMPORTED;

    private final String name;
    private final Scope scope;
    private final Binding binding;
    private final int flags;
    private final int index;

    Symbol(String name, Scope scope, Binding binding, int flags, int index) {
        this.name = name;
        this.scope = scope;
        this.binding = binding;
        this.flags = flags;
        this.index = index;
    }

    public String name() {
        return name;
    }

    public Scope scope() {
        return scope;
    }

    public Binding binding() {
        return binding;
    }

    public int flags() {
        return flags;
    }

    /** The symbol's position in its scope's table (the order CPython's table lists names in). */
    public int index() {
        return index;
    }

    /**
     * The name as the source writes it: a private name mangled in a class ({@code _C__x}) comes
     * back as {@code __x}. (CPython treats a literal {@code _C__x} there as the same variable.)
     */
    public String identifier() {
        String priv = scope.privateName();
        if (priv == null || name.endsWith("__")) {
            return name;
        }
        int i = 0;
        while (i < priv.length() && priv.charAt(i) == '_') {
            i++;
        }
        String prefix = "_" + priv.substring(i) + "__";
        return i < priv.length() && name.startsWith(prefix) ? name.substring(prefix.length() - 2) : name;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** The scope binds this name itself (assignment, parameter, import, def, class...). */
    public boolean isBoundHere() {
        return (flags & BINDS) != 0;
    }

    public boolean isParameter() {
        return has(PARAMETER);
    }

    public boolean isImported() {
        return has(IMPORTED);
    }

    public boolean isReferenced() {
        return has(USED);
    }

    @Override
    public String toString() {
        return scope.name() + "." + name + "(" + binding.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
