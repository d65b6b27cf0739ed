package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Operator;
import java.math.BigInteger;

/**
 * Which expressions CPython 3.11's AST optimizer turns into constants before compiling. It
 * matters where the compiler treats an all-constant display differently: a set display of
 * three or more constants becomes a frozenset constant, whose table order the set then
 * inherits.
 */
final class ConstantFolding {
    /** The optimizer leaves a str repeat longer than this unfolded. */
    private static final long MAX_STR_SIZE = 4096;
    /** ... and an int power or shift whose result could exceed this many bits. */
    private static final long MAX_INT_BITS = 128;

    private ConstantFolding() {}

    static boolean isConstant(Expr e) {
        if (e instanceof Expr.Constant) {
            return true;
        }
        if (e instanceof Expr.UnaryOp u) {
            return isConstant(u.operand());
        }
        if (e instanceof Expr.Tuple t) {
            return t.elts().stream().allMatch(ConstantFolding::isConstant);
        }
        if (e instanceof Expr.BinOp b) {
            return isConstant(b.left()) && isConstant(b.right()) && withinLimits(b);
        }
        return false;
    }

    /** False for the folds the optimizer declines because the result would be too large. */
    private static boolean withinLimits(Expr.BinOp b) {
        if (b.op() == Operator.Mult) {
            Long text = strLength(b.left()) != null ? strLength(b.left()) : strLength(b.right());
            BigInteger times = intValue(strLength(b.left()) != null ? b.right() : b.left());
            if (text != null && times != null) {
                return text == 0 || (times.signum() >= 0 && times.compareTo(BigInteger.valueOf(MAX_STR_SIZE / text)) <= 0);
            }
        }
        if (b.op() == Operator.Pow || b.op() == Operator.LShift) {
            BigInteger base = intValue(b.left());
            BigInteger exponent = intValue(b.right());
            if (base != null && exponent != null && base.signum() != 0 && exponent.signum() > 0) {
                long bits = base.abs().bitLength();
                long amount = exponent.min(BigInteger.valueOf(MAX_INT_BITS + 1)).longValue();
                return b.op() == Operator.Pow ? bits <= MAX_INT_BITS / amount : bits + amount <= MAX_INT_BITS;
            }
        }
        return true;
    }

    private static Long strLength(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str s
                ? (long) s.value().codePointCount(0, s.value().length()) : null;
    }

    private static BigInteger intValue(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Int i ? i.value() : null;
    }
}
