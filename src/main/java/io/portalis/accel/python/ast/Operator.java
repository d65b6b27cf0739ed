package io.portalis.accel.python.ast;

/** CPython's operator (binary arithmetic and bitwise); constant names are the Python class names. */
public enum Operator {
    Add("+"),
    Sub("-"),
    Mult("*"),
    MatMult("@"),
    Div("/"),
    Mod("%"),
    Pow("**"),
    LShift("<<"),
    RShift(">>"),
    BitOr("|"),
    BitXor("^"),
    BitAnd("&"),
    FloorDiv("//");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source ({@code +}, {@code //}, ...). */
    public String symbol() {
        return symbol;
    }
}
