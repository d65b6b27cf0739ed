package io.portalis.accel.rust;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.List;

/**
 * The operators of {@code datetime}'s values as CPython 3.11 defines them: date and datetime
 * plus or minus a timedelta, the difference of two dates or datetimes, timedelta arithmetic
 * (with ints and floats, rounded half to even to a microsecond), comparisons within one class,
 * {@code abs}, {@code divmod}, truth and {@code format(value, spec)}. Anything else raises
 * TypeError in CPython and is refused here.
 */
final class DatetimeOperators {

    private DatetimeOperators() {
    }

    static boolean involved(PyType l, PyType r) {
        return l instanceof PyType.LibT a && a.module().equals("datetime")
                || r instanceof PyType.LibT b && b.module().equals("datetime");
    }

    private static Val owned(RExpr code, PyType type) {
        return new Val(code, type, Kind.OWNED);
    }

    private static String name(PyType t) {
        return t instanceof PyType.LibT l && l.module().equals("datetime") ? "datetime." + l.name() : t.python();
    }

    private static Unsupported unsupported(Operator op, PyType l, PyType r, Node at) {
        return Unsupported.type("unsupported operand type(s) for " + op.symbol() + ": '" + name(l) + "' and '"
                + name(r) + "'", at);
    }

    static Val binary(FunctionTranslator ft, Operator op, Val l, Val r, Node at) {
        PyType lt = l.type();
        PyType rt = r.type();
        PyType td = DatetimeModule.TIMEDELTA;
        boolean dated = lt.equals(DatetimeModule.DATE) || lt.equals(DatetimeModule.DATETIME);
        RExpr a = FunctionTranslator.paren(l.code());
        if (op == Operator.Add && rt.equals(td) && (dated || lt.equals(td))) {
            return owned(ft.tryOf(RExpr.method(a, "add", ft.owned(r))), lt);
        }
        if (op == Operator.Add && lt.equals(td)
                && (rt.equals(DatetimeModule.DATE) || rt.equals(DatetimeModule.DATETIME))) {
            return owned(ft.tryOf(RExpr.method(FunctionTranslator.paren(r.code()), "add", ft.owned(l))), rt);
        }
        if (op == Operator.Sub && rt.equals(td) && (dated || lt.equals(td))) {
            return owned(ft.tryOf(RExpr.method(a, "sub", ft.owned(r))), lt);
        }
        if (op == Operator.Sub && dated && rt.equals(lt)) {
            return owned(RExpr.method(a, "diff", ft.owned(r)), td);
        }
        if (lt.equals(td) && rt.equals(td)) {
            return switch (op) {
                case Div -> owned(ft.tryOf(RExpr.method(a, "div", ft.owned(r))), PyType.FLOAT);
                case FloorDiv -> owned(ft.tryOf(RExpr.method(a, "floordiv", ft.owned(r))), PyType.INT);
                case Mod -> owned(ft.tryOf(RExpr.method(a, "rem", ft.owned(r))), td);
                default -> throw unsupported(op, lt, rt, at);
            };
        }
        if (lt.equals(td) || (rt.equals(td) && op == Operator.Mult)) {
            Val delta = lt.equals(td) ? l : r;
            Val number = lt.equals(td) ? r : l;
            RExpr d = FunctionTranslator.paren(delta.code());
            if (number.type() == PyType.FLOAT) {
                return switch (op) {
                    case Mult -> owned(ft.tryOf(RExpr.method(d, "mul_float", number.code())), td);
                    case Div -> owned(ft.tryOf(RExpr.method(d, "div_float", number.code())), td);
                    default -> throw unsupported(op, lt, rt, at);
                };
            }
            RExpr n = BoolNumbers.intArgument(ft, number);
            if (n == null) {
                throw unsupported(op, lt, rt, at);
            }
            return switch (op) {
                case Mult -> owned(ft.tryOf(RExpr.method(d, "mul_int", n)), td);
                case Div -> owned(ft.tryOf(RExpr.method(d, "div_int", n)), td);
                case FloorDiv -> owned(ft.tryOf(RExpr.method(d, "floordiv_int", n)), td);
                default -> throw unsupported(op, lt, rt, at);
            };
        }
        throw unsupported(op, lt, rt, at);
    }

    static Val unary(FunctionTranslator ft, UnaryOperator op, Val v, Node at) {
        if (v.type().equals(DatetimeModule.TIMEDELTA)) {
            if (op == UnaryOperator.USub) {
                return owned(ft.tryOf(RExpr.method(FunctionTranslator.paren(v.code()), "neg")), v.type());
            }
            if (op == UnaryOperator.UAdd) {
                return v;
            }
        }
        throw Unsupported.type("bad operand type for unary " + op.symbol() + ": '" + name(v.type()) + "'", at);
    }

    static Val abs(FunctionTranslator ft, Val v, Node at) {
        if (!v.type().equals(DatetimeModule.TIMEDELTA)) {
            throw Unsupported.type("bad operand type for abs(): '" + name(v.type()) + "'", at);
        }
        return owned(ft.tryOf(RExpr.method(FunctionTranslator.paren(v.code()), "abs")), v.type());
    }

    static Val divmod(FunctionTranslator ft, Val a, Val b, Node at) {
        if (!a.type().equals(DatetimeModule.TIMEDELTA) || !b.type().equals(DatetimeModule.TIMEDELTA)) {
            throw Unsupported.type("unsupported operand type(s) for divmod(): '" + name(a.type()) + "' and '"
                    + name(b.type()) + "'", at);
        }
        return owned(ft.tryOf(RExpr.method(FunctionTranslator.paren(a.code()), "divmod", ft.owned(b))),
                new PyType.TupleT(List.of(PyType.INT, DatetimeModule.TIMEDELTA)));
    }

    /**
     * A comparison where a side is a datetime value: within one class by value (the runtime's
     * types order as CPython's); an IsoCalendarDate against another type is refused (it is a
     * tuple, equal to the tuple of its fields); null where the general rules apply (a date never
     * equals a datetime, ordering across classes raises TypeError).
     */
    static RExpr compare(CmpOp op, Val l, Val r, Node at) {
        PyType lt = l.type();
        PyType rt = r.type();
        if (!lt.equals(rt)) {
            if (lt.equals(DatetimeModule.ISO_CALENDAR) || rt.equals(DatetimeModule.ISO_CALENDAR)) {
                throw Unsupported.construct("'" + op.symbol() + "' between " + lt.python() + " and " + rt.python()
                        + " (an IsoCalendarDate is a tuple: compare its fields)", at);
            }
            return null;
        }
        return switch (op) {
            case Eq, NotEq, Lt, LtE, Gt, GtE -> new RExpr.Binary(FunctionTranslator.paren(l.code()), op.symbol(),
                    FunctionTranslator.paren(r.code()));
            default -> null;
        };
    }

    /** An IsoCalendarDate as the tuple of its three ints, for unpacking; any other value as it is. */
    static Val asTuple(Val v) {
        if (!v.type().equals(DatetimeModule.ISO_CALENDAR)) {
            return v;
        }
        return owned(RExpr.method(FunctionTranslator.paren(v.code()), "tuple"),
                new PyType.TupleT(List.of(PyType.INT, PyType.INT, PyType.INT)));
    }

    /** {@code if delta:}: a timedelta is false when zero; the other classes are always true. */
    static RExpr truthy(Val v) {
        if (v.type().equals(DatetimeModule.TIMEDELTA)) {
            return RExpr.method(FunctionTranslator.paren(v.code()), "truthy");
        }
        return new RExpr.Atom("true");
    }

    /** {@code f"{d:%Y-%m-%d}"}: strftime for the dated and timed classes, str's format for a timedelta. */
    static RExpr format(FunctionTranslator ft, Val v, String spec, Node at) {
        if (!(v.type() instanceof PyType.LibT l) || !l.module().equals("datetime")
                || l.equals(DatetimeModule.ISO_CALENDAR)) {
            return null;
        }
        if (!l.name().equals("timedelta")) {
            DatetimeFormats.checkStrftime(spec, at);
        }
        return ft.tryOf(RExpr.method(FunctionTranslator.paren(v.code()), "format",
                new RExpr.Atom(RustLiterals.string(spec))));
    }
}
