package io.portalis.accel.rust;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.math.BigInteger;

/**
 * The lowering of Python ints to the arbitrary-precision runtime ({@code int::Int},
 * {@code src/main/resources/rust/int.rs}) in a module whose ints may leave 64 bits
 * ({@link IntRepresentation}). There every {@code int} slot (annotation, settled variable, display
 * element, literal) is a {@link PyType#BIG}; {@code i64} values still come from the places that
 * make them (len(), a range's items, the standard library's functions) and become {@code Int}s
 * with {@code From} where they meet a BIG. Where a value must be index-sized (an index, a slice
 * bound, a range bound, a repeat count, a standard-library argument) a BIG converts back with
 * {@code to_index()}, CPython's OverflowError when it does not fit.
 *
 * <p>BIG is deliberately not {@link PyType#isNumeric}: every path of the translator that handles
 * {@code i64} ints tests {@code PyType.INT}, so a construct this class does not lower for a BIG
 * meets that path's refusal instead of {@code i64} code.
 */
final class BigInts {
    private BigInts() {}

    /** Whether the module's int slots are BIG. */
    static boolean on(FunctionTranslator ft) {
        return ft.module.bigInts;
    }

    /** Whether a value of this type is an int that a BIG operation takes (BIG, i64 int or bool). */
    static boolean intLike(PyType t) {
        return t == PyType.BIG || t == PyType.INT || t == PyType.BOOL;
    }

    /** Whether an operation on these types is one of BIG's. */
    static boolean involved(PyType a, PyType b) {
        return (a == PyType.BIG && (intLike(b) || b == PyType.FLOAT)) || (b == PyType.BIG && (intLike(a) || a == PyType.FLOAT));
    }

    /** An int literal as an {@code Int}. */
    static Val literal(BigInteger value) {
        if (value.bitLength() <= 63) {
            return new Val(RExpr.call("int::Int::from", new RExpr.Atom(RustLiterals.intLiteral(value))), PyType.BIG, Kind.OWNED);
        }
        return new Val(RExpr.call("int::Int::lit", new RExpr.Atom("\"" + value + "\"")), PyType.BIG, Kind.OWNED);
    }

    /** An int, bool or BIG as an owned {@code Int}. */
    static RExpr owned(FunctionTranslator ft, Val v, Node at) {
        if (v.type() == PyType.BIG) {
            return ft.owned(v);
        }
        if (v.type() == PyType.INT) {
            if (v.code() instanceof RExpr.Atom a && a.text().matches("-?[0-9]+(_i64)?")) {
                return RExpr.call("int::Int::from", new RExpr.Atom(a.text().matches("-?[0-9]+") && a.text().length() > 9
                        ? a.text() + "_i64" : a.text()));
            }
            return RExpr.call("int::Int::from", ft.owned(v));
        }
        if (v.type() == PyType.BOOL) {
            return RExpr.call("int::Int::from", ft.owned(v));
        }
        throw Unsupported.type("expected int, found " + v.type().python(), at);
    }

    /**
     * Whether the right operand assigns a variable ({@code y + (y := 10)}): the left one, read
     * first in Python, is then copied rather than borrowed.
     */
    private static boolean assignsIn(Val r) {
        return RustPrinter.flat(r.code()).contains("walrus!");
    }

    /** A {@code &Int} of an int, bool or BIG operand. */
    private static RExpr ref(FunctionTranslator ft, Val v, Node at) {
        if (v.type() == PyType.BIG && v.kind() == Kind.PLACE) {
            return new RExpr.Unary("&", v.code());
        }
        return new RExpr.Unary("&", owned(ft, v, at));
    }

    /** The receiver of a method call on an Int. */
    private static RExpr recv(FunctionTranslator ft, Val v, Node at) {
        if (v.type() == PyType.BIG) {
            return ValueConversions.paren(v.code());
        }
        return owned(ft, v, at);
    }

    /** A BIG as the {@code i64} an index-sized slot needs: CPython's OverflowError when it does not fit. */
    static Val toIndex(FunctionTranslator ft, Val v) {
        return new Val(ft.tryOf(RExpr.method(ValueConversions.paren(v.code()), "to_index")), PyType.INT, Kind.OWNED);
    }

    /** An int (of either representation) as the float an operation with a float computes with. */
    static Val toFloat(FunctionTranslator ft, Val v) {
        String digits = literalText(v);
        if (digits != null) {
            // A literal's float is the nearest double, as Rust's float literal is.
            return new Val(new RExpr.Atom(RustLiterals.intAsFloatLiteral(digits)), PyType.FLOAT, Kind.OWNED);
        }
        return new Val(ft.tryOf(RExpr.method(ValueConversions.paren(v.code()), "to_f64")), PyType.FLOAT, Kind.OWNED);
    }

    /** A binary operation with a BIG operand (the other an int, bool, BIG or float). */
    static Val binary(FunctionTranslator ft, Operator op, Val l, Val r, Node at) {
        if (l.type() == PyType.FLOAT || r.type() == PyType.FLOAT) {
            // CPython converts the int to a float (OverflowError past the float range) and computes in floats.
            Val a = l.type() == PyType.BIG ? toFloat(ft, l) : l;
            Val b = r.type() == PyType.BIG ? toFloat(ft, r) : r;
            return ft.binary(op, a, b, at);
        }
        RExpr a = assignsIn(r) ? ValueConversions.paren(owned(ft, l, at)) : recv(ft, l, at);
        RExpr b = ref(ft, r, at);
        return switch (op) {
            case Add -> big(RExpr.method(a, "add", b));
            case Sub -> big(RExpr.method(a, "sub", b));
            case Mult -> big(RExpr.method(a, "mul", b));
            case FloorDiv -> big(ft.tryOf(RExpr.method(a, "floordiv", b)));
            case Mod -> big(ft.tryOf(RExpr.method(a, "modulo", b)));
            case Div -> new Val(ft.tryOf(RExpr.method(a, "truediv", b)), PyType.FLOAT, Kind.OWNED);
            case Pow -> pow(ft, l, r, a, b, at);
            case BitAnd -> big(RExpr.method(a, "and", b));
            case BitOr -> big(RExpr.method(a, "or", b));
            case BitXor -> big(RExpr.method(a, "xor", b));
            case LShift -> big(ft.tryOf(RExpr.method(a, "shl", b)));
            case RShift -> big(ft.tryOf(RExpr.method(a, "shr", b)));
            case MatMult -> throw Unsupported.construct("@ operator", at);
        };
    }

    /**
     * {@code a ** b} of two 64-bit ints (range items, say) where the module's ints are arbitrary
     * precision and the exponent is a non-negative literal or proven non-negative: the power as a
     * BIG, since CPython's int power never overflows. Null otherwise (the caller's lowering stands).
     */
    static Val smallPow(FunctionTranslator ft, Val l, Val r, Node at) {
        if (!ft.module.bigInts) {
            return null;
        }
        String exponent = literalText(r);
        if (exponent != null ? exponent.startsWith("-") : !NonNegativeInts.proven(ft, exponentOf(at))) {
            return null;
        }
        return binary(ft, Operator.Pow, asBig(ft, l, at), r, at);
    }

    private static Val pow(FunctionTranslator ft, Val l, Val r, RExpr a, RExpr b, Node at) {
        String exponent = literalText(r);
        if (exponent != null && exponent.startsWith("-")) {
            // A negative exponent makes a float.
            return ft.binary(Operator.Pow, toFloat(ft, asBig(ft, l, at)), toFloat(ft, asBig(ft, r, at)), at);
        }
        if (exponent == null && !NonNegativeInts.proven(ft, exponentOf(at))) {
            throw Unsupported.construct("int ** int with an exponent that may be negative (an int or a float) where "
                    + "ints are arbitrary precision; assign the result to a variable annotated ': int', or write the "
                    + "exponent as a literal, a range loop variable or x % k", at);
        }
        return big(ft.tryOf(RExpr.method(a, "pow", b)));
    }

    /** The exponent's expression of {@code a ** b}, {@code a **= b} or {@code pow(a, b)}, or null. */
    private static io.portalis.accel.python.ast.Expr exponentOf(Node at) {
        if (at instanceof io.portalis.accel.python.ast.Expr.BinOp b) {
            return b.right();
        }
        if (at instanceof io.portalis.accel.python.ast.Stmt.AugAssign a) {
            return a.value();
        }
        if (at instanceof io.portalis.accel.python.ast.Expr.Call c && c.args().size() >= 2) {
            return c.args().get(1);
        }
        return null;
    }

    /** {@code a ** b} where an int is needed: a negative exponent raises (the value would be a float). */
    static Val intPow(FunctionTranslator ft, Val l, Val r, Node at) {
        return big(ft.tryOf(RExpr.method(recv(ft, l, at), "pow", ref(ft, r, at))));
    }

    /** The digits of an int literal operand (through {@code int::Int::from}), or null. */
    private static String literalText(Val v) {
        RExpr c = v.code();
        if (c instanceof RExpr.Call call && call.callee().equals("int::Int::from") && call.args().size() == 1
                && call.args().get(0) instanceof RExpr.Atom a) {
            c = a;
        }
        if (c instanceof RExpr.Atom a && a.text().matches("-?[0-9]+(_i64)?")) {
            return a.text().replace("_i64", "");
        }
        return null;
    }

    private static Val asBig(FunctionTranslator ft, Val v, Node at) {
        return v.type() == PyType.BIG ? v : new Val(owned(ft, v, at), PyType.BIG, Kind.OWNED);
    }

    private static Val big(RExpr code) {
        return new Val(code, PyType.BIG, Kind.OWNED);
    }

    /** {@code -x}, {@code ~x}, {@code +x} of a BIG. */
    static Val unary(FunctionTranslator ft, UnaryOperator op, Val v, Node at) {
        String digits = literalText(v);
        if (op == UnaryOperator.USub && digits != null) {
            return literal(new BigInteger(digits).negate());
        }
        return switch (op) {
            case USub -> big(RExpr.method(ValueConversions.paren(v.code()), "neg"));
            case Invert -> big(RExpr.method(ValueConversions.paren(v.code()), "invert"));
            case UAdd -> v;
            case Not -> throw new IllegalStateException("not is lowered by truth value");
        };
    }

    /** A comparison with a BIG operand: exact against another int, and against a float as CPython compares. */
    static RExpr compare(FunctionTranslator ft, CmpOp op, Val l, Val r, Node at) {
        String sym = op.symbol();
        if (!(op == CmpOp.Eq || op == CmpOp.NotEq || op == CmpOp.Lt || op == CmpOp.LtE || op == CmpOp.Gt || op == CmpOp.GtE)) {
            throw Unsupported.construct("comparison " + sym + " of ints", at);
        }
        if (l.type() == PyType.FLOAT || r.type() == PyType.FLOAT) {
            boolean bigLeft = l.type() == PyType.BIG;
            Val i = bigLeft ? l : r;
            Val f = bigLeft ? r : l;
            // cmp_f64 is None against a NaN: every comparison but != is false.
            RExpr cmp = RExpr.method(ValueConversions.paren(i.code()), "cmp_f64", ft.owned(f));
            String ord = switch (op) {
                case Eq -> "Some(std::cmp::Ordering::Equal)";
                case NotEq -> "Some(std::cmp::Ordering::Equal)";
                case Lt -> bigLeft ? "Some(std::cmp::Ordering::Less)" : "Some(std::cmp::Ordering::Greater)";
                case Gt -> bigLeft ? "Some(std::cmp::Ordering::Greater)" : "Some(std::cmp::Ordering::Less)";
                case LtE -> bigLeft ? "Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)"
                        : "Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)";
                default -> bigLeft ? "Some(std::cmp::Ordering::Greater | std::cmp::Ordering::Equal)"
                        : "Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)";
            };
            RExpr test = new RExpr.Macro("matches", java.util.List.of(cmp, new RExpr.Atom(ord)), false, false);
            return op == CmpOp.NotEq ? ValueConversions.not(test) : test;
        }
        RExpr a = assignsIn(r) ? new RExpr.Unary("&", owned(ft, l, at)) : ref(ft, l, at);
        RExpr b = ref(ft, r, at);
        return new RExpr.Binary(a, sym, b);
    }

    /** {@code int(v)} where ints are BIG: an int as it is, a float truncated, a str parsed as CPython's int() does. */
    static Val intCall(FunctionTranslator ft, Val v, io.portalis.accel.python.ast.Expr.Call c) {
        if (c.args().size() == 2) {
            if (v.type() != PyType.STR) {
                throw Unsupported.type("int() can't convert non-string with explicit base", c.args().get(0));
            }
            Val base = ft.index(ft.expr(c.args().get(1), PyType.INT), c.args().get(1));
            return big(ft.tryOf(RExpr.call("int::Int::parse", ft.strRef(v), base.code())));
        }
        if (intLike(v.type())) {
            return new Val(owned(ft, v, c), PyType.BIG, Kind.OWNED);
        }
        if (v.type() == PyType.FLOAT) {
            return big(ft.tryOf(RExpr.call("int::Int::from_f64", ft.owned(v))));
        }
        if (v.type() == PyType.STR) {
            return big(ft.tryOf(RExpr.call("int::Int::parse", ft.strRef(v), new RExpr.Atom("10"))));
        }
        throw Unsupported.type("int() of " + v.type().python() + " where ints are arbitrary precision", c);
    }

    /** {@code divmod(a, b)} of ints, one of them BIG. */
    static Val divmod(FunctionTranslator ft, Val a, Val b, Node at) {
        if (!intLike(a.type()) || !intLike(b.type())) {
            throw Unsupported.construct("divmod() of floats", at);
        }
        return new Val(ft.tryOf(RExpr.method(recv(ft, a, at), "divmod", ref(ft, b, at))),
                new PyType.TupleT(java.util.List.of(PyType.BIG, PyType.BIG)), Kind.OWNED);
    }

    /** {@code pow(a, b, m)} of ints. */
    static Val powMod(FunctionTranslator ft, io.portalis.accel.python.ast.Expr.Call c) {
        Val[] v = new Val[3];
        for (int i = 0; i < 3; i++) {
            v[i] = ft.expr(c.args().get(i), null);
            if (!intLike(v[i].type())) {
                throw Unsupported.type("pow() 3rd argument not allowed unless all arguments are integers", c.args().get(i));
            }
        }
        return big(ft.tryOf(RExpr.method(recv(ft, v[0], c), "pow_mod", ref(ft, v[1], c), ref(ft, v[2], c))));
    }

    /** Python's truth value of a BIG. */
    static RExpr truthy(Val v) {
        return new RExpr.Unary("!", RExpr.method(ValueConversions.paren(v.code()), "is_zero"));
    }
}
