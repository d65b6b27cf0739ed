package io.portalis.accel.python.semantics;

/**
 * The kinds of block that own names, as CPython's compiler sees them. A lambda and each
 * comprehension are function blocks of their own (CPython 3.11 runs a comprehension as a nested
 * function called at once). An annotation scope exists only under
 * {@code from __future__ import annotations}: every function signature and every annotated
 * assignment's annotation gets one, detached from the tree (not among its parent's children, and
 * affecting no other scope), as CPython 3.11's symbol table does with annotations that never run.
 */
public enum ScopeKind {
    MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION, ANNOTATION;

    /** Function-like blocks: their bindings are fast locals, visible to nested functions as cells. */
    public boolean isFunctionLike() {
        return this == FUNCTION || this == LAMBDA || this == COMPREHENSION;
    }
}
