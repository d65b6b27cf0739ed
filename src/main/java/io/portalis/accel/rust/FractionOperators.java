package io.portalis.accel.rust;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;

/**
 * The operators and conversions of {@code fractions.Fraction} as Lib/fractions.py defines them:
 * {@code + - * / // % **} between Fractions and ints (an int operand is {@code Fraction(n)}; a
 * float operand makes the Fraction a float and the float operator runs, as CPython's fallback
 * does), {@code **} of an int exponent, the comparisons (exact against ints, Fractions and
 * floats), unary {@code - +}, {@code abs}, truth, {@code float()}, {@code int()},
 * {@code round()}, {@code math.floor/ceil/trunc}. Where CPython's result type depends on the
 * values ({@code int ** Fraction}, {@code Fraction ** Fraction}) or the result may be complex
 * ({@code Fraction ** float}) the translation refuses.
 */
final class FractionOperators {

    private FractionOperators() {
    }

    static boolean involved(PyType l, PyType r) {
        return FractionsModule.isFraction(l) || FractionsModule.isFraction(r);
    }

    /** A Fraction or an int (of either representation, or a bool) as an owned Fraction. */
    static RExpr asFraction(FunctionTranslator ft, Val v, Node at) {
        if (FractionsModule.isFraction(v.type())) {
            return ft.owned(v);
        }
        return RExpr.call("fractions::Fraction::from_int", BigInts.owned(ft, v, at));
    }

    private static RExpr ref(FunctionTranslator ft, Val v, Node at) {
        if (FractionsModule.isFraction(v.type()) && v.kind() == Kind.PLACE) {
            return new RExpr.Unary("&", v.code());
        }
        return new RExpr.Unary("&", asFraction(ft, v, at));
    }

    private static RExpr recv(FunctionTranslator ft, Val v, Node at) {
        if (FractionsModule.isFraction(v.type())) {
            return FunctionTranslator.paren(v.code());
        }
        return asFraction(ft, v, at);
    }

    /** A Fraction as the float CPython's fallback computes with ({@code float(a)}). */
    static Val toFloat(FunctionTranslator ft, Val v) {
        return new Val(ft.tryOf(RExpr.method(FunctionTranslator.paren(v.code()), "to_f64")), PyType.FLOAT, Kind.OWNED);
    }

    private static Unsupported unsupported(String op, PyType l, PyType r, Node at) {
        return Unsupported.type("unsupported operand type(s) for " + op + ": '" + l.python() + "' and '" + r.python()
                + "'", at);
    }

    static Val binary(FunctionTranslator ft, Operator op, Val l, Val r, Node at) {
        PyType lt = l.type();
        PyType rt = r.type();
        boolean lf = FractionsModule.isFraction(lt);
        boolean rf = FractionsModule.isFraction(rt);
        if ((lf && rt == PyType.FLOAT) || (rf && lt == PyType.FLOAT)) {
            if (op == Operator.Pow) {
                throw Unsupported.construct("** between a Fraction and a float (a negative base gives a complex)", at);
            }
            if (!arithmetic(op)) {
                throw unsupported(op.symbol(), lt, rt, at);
            }
            return ft.binary(op, lf ? toFloat(ft, l) : l, rf ? toFloat(ft, r) : r, at);
        }
        if (!(lf || BigInts.intLike(lt)) || !(rf || BigInts.intLike(rt))) {
            throw unsupported(op.symbol(), lt, rt, at);
        }
        if (op == Operator.Pow) {
            if (!lf || rf) {
                throw Unsupported.construct("** with a Fraction exponent (its result's type depends on the value)", at);
            }
            return FractionsModule.fraction(ft.tryOf(RExpr.method(recv(ft, l, at), "pow",
                    new RExpr.Unary("&", BigInts.owned(ft, r, at)))));
        }
        RExpr a = recv(ft, l, at);
        RExpr b = ref(ft, r, at);
        return switch (op) {
            case Add -> FractionsModule.fraction(RExpr.method(a, "add", b));
            case Sub -> FractionsModule.fraction(RExpr.method(a, "sub", b));
            case Mult -> FractionsModule.fraction(RExpr.method(a, "mul", b));
            case Div -> FractionsModule.fraction(ft.tryOf(RExpr.method(a, "truediv", b)));
            case Mod -> FractionsModule.fraction(ft.tryOf(RExpr.method(a, "modulo", b)));
            case FloorDiv -> FractionsModule.intResult(ft, ft.tryOf(RExpr.method(a, "floordiv", b)));
            default -> throw unsupported(op.symbol(), lt, rt, at);
        };
    }

    private static boolean arithmetic(Operator op) {
        return op == Operator.Add || op == Operator.Sub || op == Operator.Mult || op == Operator.Div
                || op == Operator.Mod || op == Operator.FloorDiv;
    }

    /** A comparison with a Fraction on either side, or null for an operator that is not an order or equality. */
    static RExpr compare(FunctionTranslator ft, CmpOp op, Val l, Val r, Node at) {
        String sym = switch (op) {
            case Lt -> "<";
            case LtE -> "<=";
            case Gt -> ">";
            case GtE -> ">=";
            case Eq -> "==";
            case NotEq -> "!=";
            default -> null;
        };
        if (sym == null) {
            return null;
        }
        PyType lt = l.type();
        PyType rt = r.type();
        RExpr order;
        if (FractionsModule.isFraction(lt) && rt == PyType.FLOAT) {
            order = RExpr.method(recv(ft, l, at), "cmp_f64", ft.owned(r));
        } else if (lt == PyType.FLOAT && FractionsModule.isFraction(rt)) {
            // x < f is f > x.
            sym = mirrored(sym);
            order = RExpr.method(recv(ft, r, at), "cmp_f64", ft.owned(l));
            if (!(l.code() instanceof RExpr.Atom)) {
                throw Unsupported.construct("a float expression compared with a Fraction on its right (name it first)", at);
            }
        } else if ((FractionsModule.isFraction(lt) || BigInts.intLike(lt)) && (FractionsModule.isFraction(rt) || BigInts.intLike(rt))) {
            order = RExpr.call("Some", RExpr.method(recv(ft, l, at), "cmp_fraction", ref(ft, r, at)));
        } else {
            if (op == CmpOp.Eq || op == CmpOp.NotEq) {
                throw Unsupported.construct("'" + sym + "' between " + lt.python() + " and " + rt.python(), at);
            }
            throw Unsupported.type("'" + sym + "' not supported between instances of '" + lt.python() + "' and '"
                    + rt.python() + "'", at);
        }
        return RExpr.call("fractions::test", order, new RExpr.Atom("\"" + sym + "\""));
    }

    private static String mirrored(String sym) {
        return switch (sym) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> sym;
        };
    }

    static Val unary(FunctionTranslator ft, UnaryOperator op, Val v, Node at) {
        return switch (op) {
            case USub -> FractionsModule.fraction(RExpr.method(recv(ft, v, at), "neg"));
            case UAdd -> FractionsModule.fraction(ft.owned(v));
            default -> throw Unsupported.type("bad operand type for unary ~: 'Fraction'", at);
        };
    }

    static Val abs(FunctionTranslator ft, Val v, Node at) {
        return FractionsModule.fraction(RExpr.method(recv(ft, v, at), "abs"));
    }

    static RExpr truthy(Val v) {
        return new RExpr.Unary("!", RExpr.method(FunctionTranslator.paren(v.code()), "is_zero"));
    }

    /** {@code int(a)}, {@code round(a)}, {@code math.floor(a)}, {@code math.ceil(a)}, {@code math.trunc(a)}: an int. */
    static Val toInt(FunctionTranslator ft, String how, Val v, Node at) {
        return FractionsModule.intResult(ft, RExpr.method(recv(ft, v, at), how));
    }

    /** {@code round(a, ndigits)}: a Fraction. */
    static Val roundTo(FunctionTranslator ft, Val v, Val digits, Node at) {
        return FractionsModule.fraction(ft.tryOf(RExpr.method(recv(ft, v, at), "round_to", digits.code())));
    }
}
