package io.portalis.accel.python.ast;

/** CPython's expr_context; constant names are the Python class names. */
public enum ExprContext {
    Load,
    Store,
    Del
}
