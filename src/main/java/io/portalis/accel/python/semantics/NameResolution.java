package io.portalis.accel.python.semantics;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The scopes of one module and what every {@code Name} node of it refers to, with the E-NAME
 * diagnostics. Facts are keyed by node identity (AST nodes are records, so two nodes with equal
 * fields would be equal keys in a hash map); ask with the nodes of the tree that was checked.
 * Immutable.
 */
public final class NameResolution {
    private final Scope module;
    private final Map<Node, Scope> scopes;
    private final Map<Expr.Name, Resolution> names;
    private final List<Diagnostic> diagnostics;
    private final boolean postponedAnnotations;
    private final boolean dynamicNames;
    private final NarrowingFacts narrowing;

    NameResolution(Scope module, Map<Node, Scope> scopes, Map<Expr.Name, Resolution> names,
            List<Diagnostic> diagnostics, boolean postponedAnnotations, boolean dynamicNames,
            NarrowingFacts narrowing) {
        this.module = module;
        this.scopes = Collections.unmodifiableMap(scopes);
        this.names = Collections.unmodifiableMap(names);
        this.diagnostics = List.copyOf(diagnostics);
        this.postponedAnnotations = postponedAnnotations;
        this.dynamicNames = dynamicNames;
        this.narrowing = narrowing;
    }

    /** What the tests that reach each read of a name or member access path proved about its value. */
    public NarrowingFacts narrowing() {
        return narrowing;
    }

    public Scope module() {
        return module;
    }

    /**
     * The scope a node opens: a module, def, class, lambda or comprehension node; under postponed
     * annotations also a def's {@code Arguments} (its signature's annotation scope) and an
     * annotated assignment's annotation. Null for any other node.
     */
    public Scope scopeOf(Node node) {
        return scopes.get(node);
    }

    /** What {@code name}, a node of the checked tree, refers to; null for a node of another tree. */
    public Resolution resolve(Expr.Name name) {
        return names.get(name);
    }

    /** The number of Name nodes resolved. */
    public int nameCount() {
        return names.size();
    }

    /** E-NAME errors, and E-SYNTAX for what CPython's symbol table refuses, by position. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The module starts with {@code from __future__ import annotations}. */
    public boolean postponedAnnotations() {
        return postponedAnnotations;
    }

    /**
     * The module may bind names no statement shows (a star import, {@code globals()}, {@code exec},
     * ...): no global is reported undefined.
     */
    public boolean dynamicNames() {
        return dynamicNames;
    }
}
