package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Node;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One block that owns names: the module, a class body, a function, a lambda, a comprehension,
 * or (under postponed annotations) an annotation block; its symbols in CPython's table order and
 * its child scopes in source order. Built once by {@link NameChecker}, then never changed.
 */
public final class Scope {
    private final ScopeKind kind;
    private final String name;
    private final Node node;
    private final Scope parent;
    private final List<Scope> children;
    private final String privateName;
    private Map<String, Symbol> symbols = Map.of();
    private List<Symbol> ordered = List.of();

    Scope(ScopeKind kind, String name, Node node, Scope parent, List<Scope> children, String privateName) {
        this.kind = kind;
        this.privateName = privateName;
        this.name = name;
        this.node = node;
        this.parent = parent;
        this.children = Collections.unmodifiableList(children);
    }

    /** Set once, while the scope tree is frozen. */
    void symbols(Map<String, Symbol> byName, List<Symbol> inOrder) {
        this.symbols = byName; // never handed out: read through symbol() and symbols()
        this.ordered = Collections.unmodifiableList(inOrder);
    }

    /** The class whose name private names are mangled with here, or null. */
    String privateName() {
        return privateName;
    }

    /**
     * The source identifiers of the names this scope reads or binds in an enclosing function's
     * scope (its free names, those of its nested scopes included), in table order.
     */
    public java.util.List<String> freeIdentifiers() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Symbol s : ordered) {
            if (s.binding() == Binding.FREE) {
                out.add(s.identifier());
            }
        }
        return out;
    }

    /**
     * The source identifiers of the module globals this scope and every scope nested in it read
     * or bind (implicit or declared globals), in first-mention order.
     */
    public java.util.Set<String> globalIdentifiers() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        globalIdentifiers(this, out);
        return out;
    }

    private static void globalIdentifiers(Scope s, java.util.Set<String> out) {
        for (Symbol sym : s.ordered) {
            if (sym.binding().isGlobal()) {
                out.add(sym.identifier());
            }
        }
        for (Scope c : s.children) {
            globalIdentifiers(c, out);
        }
    }

    public ScopeKind kind() {
        return kind;
    }

    /** The def/class name, or CPython's block name: {@code top}, {@code lambda}, {@code listcomp}, {@code genexpr}... */
    public String name() {
        return name;
    }

    /** The node that opens the scope (the module, the def, class, lambda or comprehension, the annotation's owner). */
    public Node node() {
        return node;
    }

    /** The enclosing scope; null for the module. */
    public Scope parent() {
        return parent;
    }

    public List<Scope> children() {
        return children;
    }

    /** The symbol named {@code name} (already mangled), or null when the scope never mentions it. */
    public Symbol symbol(String name) {
        return symbols.get(name);
    }

    /** The symbol an identifier written in this scope stands for (private names mangled), or null. */
    public Symbol lookup(String identifier) {
        return symbols.get(ScopeBuilder.mangle(privateName, identifier));
    }

    /** Every symbol, in the order the scope first mentions them. */
    public List<Symbol> symbols() {
        return ordered;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name;
    }
}
