package io.portalis.accel.python.ast;

/** CPython's unaryop; constant names are the Python class names. */
public enum UnaryOperator {
    Invert("~"),
    Not("not"),
    UAdd("+"),
    USub("-");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }
}
