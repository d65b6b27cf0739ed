package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Operator;

/**
 * bool is a subclass of int in Python: in arithmetic, {@code True} is the int 1 and {@code False}
 * the int 0 ({@code True + True == 2}, {@code -True == -1}, {@code sum(flags)} counts them,
 * {@code True & 5 == 1}). Only {@code &}, {@code |} and {@code ^} of two bools give a bool.
 */
final class BoolNumbers {
    private BoolNumbers() {}

    /** Whether the operator computes with a bool operand as the int it equals. */
    static boolean asInts(Operator op, PyType left, PyType right) {
        if (left != PyType.BOOL && right != PyType.BOOL) {
            return false;
        }
        if (!PyType.isNumeric(left) || !PyType.isNumeric(right)) {
            return false;
        }
        boolean bitwise = op == Operator.BitAnd || op == Operator.BitOr || op == Operator.BitXor;
        return !(bitwise && left == PyType.BOOL && right == PyType.BOOL);
    }

    /** The value as an int when it is a bool; else unchanged. */
    static FunctionTranslator.Val asInt(FunctionTranslator.Val v) {
        if (v.type() != PyType.BOOL) {
            return v;
        }
        return new FunctionTranslator.Val(RExpr.call("i64::from", v.code()), PyType.INT, FunctionTranslator.Kind.OWNED);
    }

    /**
     * An argument a function needs as an int ({@code v}, evaluated with int expected): an int as
     * it is, a bool as the int it equals; null for any other type, which the caller refuses in
     * its function's words.
     */
    static RExpr intArgument(FunctionTranslator ft, FunctionTranslator.Val v) {
        if (v.type() == PyType.INT) {
            return ft.owned(v);
        }
        if (v.type() == PyType.BOOL) {
            return new RExpr.Cast(FunctionTranslator.paren(v.code()), "i64");
        }
        if (v.type() == PyType.BIG) {
            return ft.index(v, null).code(); // the runtime's i64 argument: OverflowError past 64 bits
        }
        return null;
    }

    /** A Vec of bools as the Vec of the ints they equal. */
    static RExpr asIntVec(RExpr bools) {
        return RExpr.method(RExpr.method(RExpr.method(bools, "into_iter"), "map", new RExpr.Atom("i64::from")),
                "collect::<Vec<i64>>");
    }
}
