package io.portalis.accel.python.ast;

/** CPython's cmpop; constant names are the Python class names. */
public enum CmpOp {
    Eq("=="),
    NotEq("!="),
    Lt("<"),
    LtE("<="),
    Gt(">"),
    GtE(">="),
    Is("is"),
    IsNot("is not"),
    In("in"),
    NotIn("not in");

    private final String symbol;

    CmpOp(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }
}
