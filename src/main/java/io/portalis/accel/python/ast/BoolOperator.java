package io.portalis.accel.python.ast;

/** CPython's boolop; constant names are the Python class names. */
public enum BoolOperator {
    And,
    Or
}
