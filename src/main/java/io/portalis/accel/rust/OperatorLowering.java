package io.portalis.accel.rust;

import static io.portalis.accel.rust.LoopLowering.elementOf;
import static io.portalis.accel.rust.StatementLowering.noneTest;
import static io.portalis.accel.rust.ValueConversions.not;
import static io.portalis.accel.rust.ValueConversions.paren;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Lowers operators: arithmetic and bitwise binary operators, unary operators, {@code and}/{@code or},
 * conditional expressions, comparisons (chained, identity, membership). Shares the function's
 * state through {@code ft}.
 */
final class OperatorLowering {
    private final FunctionTranslator ft;

    OperatorLowering(FunctionTranslator ft) {
        this.ft = ft;
    }

    // -------------------------------------------------------------------- operators

    Val binary(Operator op, Val l, Val r, Node at) {
        Val intFlag = FlagClasses.intFlagBinary(ft, op, l, r);
        if (intFlag != null) {
            return intFlag; // IntFlag | int is an IntFlag
        }
        l = EnumClasses.intValue(l); // an IntEnum member computes as its int
        r = EnumClasses.intValue(r);
        PyType lt = l.type();
        PyType rt = r.type();
        Val reflected = ReflectedOperators.binary(ft, op, l, r, at);
        if (reflected != null) {
            return reflected;
        }
        if (lt instanceof PyType.ClassT) {
            return new ObjectOperators(ft).binary(op, l, r, at);
        }
        if (DatetimeOperators.involved(lt, rt)) {
            return DatetimeOperators.binary(ft, op, l, r, at);
        }
        if (FractionOperators.involved(lt, rt)) {
            return FractionOperators.binary(ft, op, l, r, at);
        }
        if (CollectionsDicts.flavored(lt)) {
            return new CollectionsDicts(ft).binary(op, l, r, at);
        }
        if (PathlibModule.isPath(lt) || PathlibModule.isPath(rt)) {
            return PathlibModule.binary(ft, op, l, r, at);
        }
        if (BigInts.involved(lt, rt)) {
            return BigInts.binary(ft, op, l, r, at);
        }
        if (rt == PyType.BIG && op == Operator.Mult && (lt == PyType.STR || lt instanceof PyType.ListT)) {
            return binary(op, l, ft.index(r, at), at); // a repeat count is index-sized
        }
        if (BoolNumbers.asInts(op, lt, rt)) {
            return binary(op, BoolNumbers.asInt(l), BoolNumbers.asInt(r), at);
        }
        if (lt == PyType.STR && rt == PyType.STR && op == Operator.Add) {
            RExpr left = ft.owned(l);
            if (left instanceof RExpr.Binary b && b.op().equals("+")) {
                return new Val(new RExpr.Binary(left, "+", ft.strRef(r)), PyType.STR, Kind.OWNED);
            }
            return new Val(new RExpr.Binary(left, "+", ft.strRef(r)), PyType.STR, Kind.OWNED);
        }
        if (lt == PyType.STR && rt == PyType.INT && op == Operator.Mult) {
            return new Val(RExpr.call("py::str_repeat", ft.strRef(l), r.code()), PyType.STR, Kind.OWNED);
        }
        if (lt instanceof PyType.ListT && rt instanceof PyType.ListT && op == Operator.Add) {
            if (!lt.equals(rt)) {
                throw Unsupported.type("cannot add " + lt.python() + " and " + rt.python(), at);
            }
            return new Val(RExpr.method(l.code(), "concat", ft.ref(r)), lt, Kind.OWNED);
        }
        if (lt instanceof PyType.ListT && rt == PyType.INT && op == Operator.Mult) {
            return new Val(RExpr.method(l.code(), "repeat", r.code()), lt, Kind.OWNED);
        }
        if (lt instanceof PyType.SetT && lt.equals(rt)) {
            String m = switch (op) {
                case BitOr -> "union";
                case BitAnd -> "intersection";
                case Sub -> "difference";
                case BitXor -> "symmetric_difference";
                default -> null;
            };
            if (m != null) {
                return new Val(RExpr.method(l.code(), m, ft.ref(r)), lt, Kind.OWNED);
            }
        }
        if (lt == PyType.BOOL && rt == PyType.BOOL && (op == Operator.BitAnd || op == Operator.BitOr || op == Operator.BitXor)) {
            return new Val(new RExpr.Binary(paren(l.code()), op.symbol(), paren(r.code())), PyType.BOOL, Kind.OWNED);
        }
        if (NumericTower.involved(lt, rt)) {
            return NumericTower.binary(ft, op, l, r, at);
        }
        if ((lt != PyType.INT && lt != PyType.FLOAT) || (rt != PyType.INT && rt != PyType.FLOAT)) {
            throw Unsupported.type("unsupported operand types for " + op.symbol() + ": " + lt.python() + " and " + rt.python(), at);
        }
        if (lt == PyType.INT && rt == PyType.INT) {
            return switch (op) {
                case Add -> intOp("py::add", l, r);
                case Sub -> intOp("py::sub", l, r);
                case Mult -> intOp("py::mul", l, r);
                case FloorDiv -> new Val(ft.tryOf(RExpr.call("py::floordiv", l.code(), r.code())), PyType.INT, Kind.OWNED);
                case Mod -> new Val(ft.tryOf(RExpr.call("py::modulo", l.code(), r.code())), PyType.INT, Kind.OWNED);
                case Div -> new Val(ft.tryOf(RExpr.call("py::truediv", l.code(), r.code())), PyType.FLOAT, Kind.OWNED);
                case Pow -> {
                    Val widened = BigInts.smallPow(ft, l, r, at);
                    if (widened != null) {
                        yield widened;
                    }
                    if (r.code() instanceof RExpr.Atom a && a.text().startsWith("-")) {
                        yield new Val(ft.tryOf(RExpr.call("py::pow_float", asFloat(l, at), asFloat(r, at))), PyType.FLOAT, Kind.OWNED);
                    }
                    if (r.code() instanceof RExpr.Atom a && a.text().matches("[0-9]+")) {
                        yield intOp("py::pow_int", l, r);
                    }
                    // An exponent that may be negative makes a float in Python.
                    yield NumericTower.intPow(ft, l, r, at);
                }
                case BitAnd, BitOr, BitXor -> new Val(new RExpr.Binary(paren(l.code()), op.symbol(), paren(r.code())), PyType.INT, Kind.OWNED);
                case LShift -> new Val(ft.tryOf(RExpr.call("py::lshift", l.code(), r.code())), PyType.INT, Kind.OWNED);
                case RShift -> new Val(ft.tryOf(RExpr.call("py::rshift", l.code(), r.code())), PyType.INT, Kind.OWNED);
                case MatMult -> throw Unsupported.construct("@ operator", at);
            };
        }
        RExpr a = asFloat(l, at);
        RExpr b = asFloat(r, at);
        return switch (op) {
            case Add, Sub, Mult -> new Val(new RExpr.Binary(paren(a), op.symbol(), paren(b)), PyType.FLOAT, Kind.OWNED);
            case Div -> new Val(ft.tryOf(RExpr.call("py::float_div", a, b)), PyType.FLOAT, Kind.OWNED);
            case FloorDiv -> new Val(ft.tryOf(RExpr.call("py::float_floordiv", a, b)), PyType.FLOAT, Kind.OWNED);
            case Mod -> new Val(ft.tryOf(RExpr.call("py::float_mod", a, b)), PyType.FLOAT, Kind.OWNED);
            case Pow -> new Val(ft.tryOf(RExpr.call("py::pow_float", a, b)), PyType.FLOAT, Kind.OWNED);
            default -> throw Unsupported.type("unsupported operand types for " + op.symbol() + ": float", at);
        };
    }

    private static Val intOp(String fn, Val l, Val r) {
        return new Val(RExpr.call(fn, l.code(), r.code()), PyType.INT, Kind.OWNED);
    }

    /** An int literal of at most 2**53 in magnitude, which a float holds exactly. */
    private static boolean exactAsFloat(Val v) {
        return v.code() instanceof RExpr.Atom a && a.text().matches("-?[0-9]{1,15}")
                && Math.abs(Long.parseLong(a.text())) <= (1L << 53);
    }

    private RExpr asFloat(Val v, Node at) {
        return ft.promote(v, at).code();
    }

    Val unary(Expr.UnaryOp u) {
        if (u.op() == UnaryOperator.Not) {
            Val v = test(u.operand(), null);
            return new Val(not(ft.truthy(v, u.operand())), PyType.BOOL, Kind.OWNED);
        }
        Val operand = ft.expr(u.operand(), null);
        if (u.op() == UnaryOperator.Invert && FlagClasses.isIntFlag(operand.type())) {
            return FlagClasses.invertIntFlag(ft, operand);
        }
        Val v = EnumClasses.intValue(operand);
        if (v.type() instanceof PyType.ClassT) {
            return new ObjectOperators(ft).unary(u.op(), v, u);
        }
        if (DatetimeModule.isValue(v.type())) {
            return DatetimeOperators.unary(ft, u.op(), v, u);
        }
        if (FractionsModule.isFraction(v.type())) {
            return FractionOperators.unary(ft, u.op(), v, u);
        }
        if (CollectionsDicts.flavored(v.type())) {
            return new CollectionsDicts(ft).unary(u.op(), v, u);
        }
        if (v.type() == PyType.BIG) {
            return BigInts.unary(ft, u.op(), v, u);
        }
        v = BoolNumbers.asInt(v); // -True is -1, ~True is -2
        if (u.op() == UnaryOperator.UAdd && PyType.isNumeric(v.type()) && v.type() != PyType.BOOL) {
            return v;
        }
        if (u.op() == UnaryOperator.USub) {
            if (v.type() == PyType.INT) {
                if (v.code() instanceof RExpr.Atom a && a.text().matches("[0-9]+")) {
                    return new Val(new RExpr.Atom("-" + a.text()), PyType.INT, Kind.OWNED);
                }
                return new Val(RExpr.call("py::neg", v.code()), PyType.INT, Kind.OWNED);
            }
            if (v.type() == PyType.FLOAT) {
                return new Val(new RExpr.Unary("-", paren(v.code())), PyType.FLOAT, Kind.OWNED);
            }
            if (v.type() == PyType.NUM) {
                return NumericTower.negate(v);
            }
        }
        if (u.op() == UnaryOperator.Invert && v.type() == PyType.INT) {
            return new Val(new RExpr.Unary("!", paren(v.code())), PyType.INT, Kind.OWNED);
        }
        throw Unsupported.type("bad operand type for unary " + u.op().symbol() + ": " + v.type().python(), u);
    }

    Val boolOp(Expr.BoolOp b) {
        Val mixed = MixedBoolOps.orOfGuardedAnd(ft, b);
        if (mixed != null) {
            return mixed;
        }
        String op = b.op() == io.portalis.accel.python.ast.BoolOperator.And ? "&&" : "||";
        Val first = ft.expr(b.values().get(0), null);
        if (first.type() == PyType.BOOL) {
            RExpr acc = first.code();
            // `x is None or f(x)` and `x is not None and f(x)`: the check stage's narrowing facts
            // make x's reads on the right its inner value.
            for (int i = 1; i < b.values().size(); i++) {
                Val next = conditional(b.values().get(i), null);
                if (next.type() != PyType.BOOL) {
                    throw Unsupported.construct("'" + b.op().name().toLowerCase() + "' of bool and " + next.type().python(), b.values().get(i));
                }
                acc = new RExpr.Binary(acc, op, paren(next.code()));
            }
            return new Val(acc, PyType.BOOL, Kind.OWNED);
        }
        // `a or b` on other types yields an operand: a value-level if; `a or b or c` is
        // `a or (b or c)`, which yields the same operand.
        if (b.values().size() > 2) {
            Expr rest = new Expr.BoolOp(b.op(), b.values().subList(1, b.values().size()),
                    b.values().get(1).start(), b.end());
            b = new Expr.BoolOp(b.op(), List.of(b.values().get(0), rest), b.start(), b.end());
        }
        Local tmp = ft.tempLocal("value", first.type());
        ft.out.add(new RStmt.Let(tmp, false, ft.owned(first)));
        Val held = new Val(new RExpr.Atom(tmp.rust()), first.type(), Kind.PLACE);
        PyType type = first.type();
        Val right = conditional(b.values().get(1), first.type() instanceof PyType.OptionalT o ? o.inner() : first.type());
        if (op.equals("||") && first.type() instanceof PyType.OptionalT o && right.type() != PyType.NONE
                && !(right.type() instanceof PyType.OptionalT)) {
            // `name or "default"` with name Optional[T] and a T on the right is a T, as mypy types it:
            // the left operand is yielded only when it is true, so never when it is None.
            type = o.inner();
            held = new Val(RExpr.method(ft.owned(held), "unwrap"), type, Kind.OWNED);
        }
        Val second = ft.coerce(right, type, b.values().get(1));
        RExpr test = ft.truthy(new Val(new RExpr.Atom(tmp.rust()), first.type(), Kind.PLACE), b);
        RExpr then = op.equals("||") ? ft.owned(held) : ft.owned(second);
        RExpr other = op.equals("||") ? ft.owned(second) : ft.owned(held);
        if (!ft.pinning && ft.orderSensitive(b.values().get(1))) {
            // The left operand ran before the statement, the right one stays inline: an operand to
            // the right that needs statements of its own must not run before it.
            ft.inlineBefore = b;
            ft.inlineList = ft.out;
            ft.inlineSize = ft.out.size();
        }
        return new Val(new RExpr.If(test, then, other), type, Kind.OWNED);
    }

    /**
     * A value used only for its truth (a test of if, while, assert, not, a conditional
     * expression or a comprehension's if): there {@code and}/{@code or} may mix operands of any
     * type, since only whether the operand they yield is true matters.
     */
    Val test(Expr e, PyType expected) {
        if (!(e instanceof Expr.BoolOp b)) {
            return ft.expr(e, expected);
        }
        String op = b.op() == io.portalis.accel.python.ast.BoolOperator.And ? "&&" : "||";
        RExpr acc = ft.truthy(test(b.values().get(0), null), b.values().get(0));
        for (int i = 1; i < b.values().size(); i++) {
            Expr operand = b.values().get(i);
            List<RStmt> saved = ft.out;
            ft.out = new ArrayList<>();
            RExpr next = ft.truthy(test(operand, null), operand);
            List<RStmt> pre = ft.out;
            ft.out = saved;
            if (!pre.isEmpty()) {
                next = new RExpr.Block(null, pre, next);
            }
            acc = new RExpr.Binary(acc, op, paren(next));
        }
        return new Val(acc, PyType.BOOL, Kind.OWNED);
    }

    /** A value evaluated only sometimes: its statements stay inside a block of their own. */
    Val conditional(Expr e, PyType expected) {
        List<RStmt> saved = ft.out;
        ft.out = new ArrayList<>();
        Val v = ft.expr(e, expected);
        List<RStmt> pre = ft.out;
        ft.out = saved;
        if (pre.isEmpty()) {
            return v;
        }
        return new Val(new RExpr.Block(null, pre, ft.owned(v)), v.type(), Kind.OWNED);
    }

    Val ifExp(Expr.IfExp i, PyType expected) {
        RExpr test = ft.truthy(test(i.test(), PyType.BOOL), i.test());
        Val a = conditional(i.body(), expected);
        Val b = conditional(i.orelse(), expected == null ? a.type() : expected);
        PyType t = expected != null && !(expected instanceof PyType.OptionalT) ? expected : a.type();
        if (a.type() == PyType.NONE && b.type() != PyType.NONE) {
            t = new PyType.OptionalT(b.type());
        } else if (b.type() == PyType.NONE && a.type() != PyType.NONE) {
            t = new PyType.OptionalT(a.type());
        } else if (expected == null && NumericTower.join(a.type(), b.type()) == PyType.NUM) {
            t = PyType.NUM;
        } else if (expected instanceof PyType.OptionalT) {
            t = expected;
        }
        a = ft.coerce(a, t, i.body());
        b = ft.coerce(b, t, i.orelse());
        return new Val(new RExpr.If(test, ft.owned(a), ft.owned(b)), t, Kind.OWNED);
    }

    Val compare(Expr.Compare c) {
        Val exact = ExactTypes.compare(ft, c);
        if (exact != null) {
            return exact;
        }
        Val left = ft.expr(c.left(), null);
        return new Val(chain(c, 0, left), PyType.BOOL, Kind.OWNED);
    }

    /**
     * Link {@code i} of {@code a < b < c} and the links after it, as Python runs them: each
     * operand once, left to right, and nothing after the first false link. A computed middle
     * operand ({@code a < f(x) < b}) is made once into a temporary that both its links read.
     */
    private RExpr chain(Expr.Compare c, int from, Val first) {
        Val left = first;
        RExpr links = null;
        for (int i = from; i < c.ops().size(); i++) {
            Expr rightE = c.comparators().get(i);
            CmpOp op = c.ops().get(i);
            if ((op == CmpOp.In || op == CmpOp.NotIn) && rightE instanceof Expr.GeneratorExp) {
                throw Unsupported.construct("'in' on a generator expression (Python stops at the first match)", rightE);
            }
            boolean identity = op == CmpOp.Is || op == CmpOp.IsNot || op == CmpOp.In || op == CmpOp.NotIn;
            Expr leftE = i == 0 ? c.left() : c.comparators().get(i - 1);
            if ((op == CmpOp.In || op == CmpOp.NotIn) && !(left.code() instanceof RExpr.Atom)
                    && ft.orderSensitive(leftE) && ft.orderSensitive(rightE)) {
                // `x in c` asks the container, which Rust evaluates first: x is made before it, as in Python.
                Local item = ft.tempLocal("item", left.type());
                ft.out.add(new RStmt.Let(item, false, ft.owned(left)));
                left = new Val(new RExpr.Atom(item.rust()), left.type(), Kind.OWNED);
            }
            // The left operand's type is a hint for the right one (an empty display, None), not
            // a requirement: an int compares with a float, `n == (1.5 if c else 2.5)`.
            boolean hint = !identity && left.type() != PyType.INT && left.type() != PyType.BOOL && left.type() != PyType.BIG;
            // After the first link, an operand runs only when the links before it held.
            Val right = i == 0 ? ft.expr(rightE, hint ? left.type() : null) : conditional(rightE, hint ? left.type() : null);
            RExpr link;
            if (i == c.ops().size() - 1 || rightE instanceof Expr.Name || rightE instanceof Expr.Constant) {
                link = comparison(op, left, right, c);
                left = right;
            } else {
                List<RStmt> made = new ArrayList<>();
                if (!(left.code() instanceof RExpr.Atom)) {
                    // Python has the left operand before the middle one runs.
                    Local before = ft.tempLocal("left", left.type());
                    made.add(new RStmt.Let(before, false, ft.owned(left)));
                    left = new Val(new RExpr.Atom(before.rust()), left.type(), Kind.PLACE);
                }
                Local middle = ft.tempLocal("middle", right.type());
                made.add(new RStmt.Let(middle, false, ft.owned(right)));
                Val shared = new Val(new RExpr.Atom(middle.rust()), right.type(), Kind.PLACE);
                RExpr rest = new RExpr.Binary(comparison(op, left, shared, c), "&&", chain(c, i + 1, shared));
                link = new RExpr.Block(null, made, rest);
                links = links == null ? link : new RExpr.Binary(links, "&&", link);
                break;
            }
            links = links == null ? link : new RExpr.Binary(links, "&&", link);
        }
        return links;
    }

    /**
     * A comparison whose result the types settle: the operands still run, in order, for what
     * they do ({@code s.discard(1) is None} discards).
     */
    private static RExpr known(boolean result, Val l, Val r) {
        RExpr value = new RExpr.Atom(result ? "true" : "false");
        List<RStmt> run = new ArrayList<>();
        for (Val v : List.of(l, r)) {
            if (!(v.code() instanceof RExpr.Atom)) {
                run.add(new RStmt.LetPattern(() -> "_", v.code()));
            }
        }
        return run.isEmpty() ? value : new RExpr.Block(null, run, value);
    }

    RExpr comparison(CmpOp op, Val l, Val r, Node at) {
        boolean noneTest = (op == CmpOp.Is || op == CmpOp.IsNot) && l.type() instanceof PyType.OptionalT
                && r.type() == PyType.NONE;
        if (!noneTest && (PyType.holdsUnion(l.type()) || PyType.holdsUnion(r.type()))) {
            throw Unsupported.construct("'" + op.symbol() + "' between " + l.type().python() + " and " + r.type().python()
                    + " (a union value: narrow it with isinstance first)", at);
        }
        switch (op) {
            case In:
            case NotIn: {
                RExpr test = contains(r, l, at);
                return op == CmpOp.In ? test : not(test);
            }
            case Is:
            case IsNot: {
                RExpr test;
                if (r.type() == PyType.NONE) {
                    if (!(l.type() instanceof PyType.OptionalT)) {
                        test = known(l.type() == PyType.NONE, l, r);
                    } else {
                        test = RExpr.method(l.code(), "is_none");
                    }
                } else if (l.type() == PyType.BOOL && r.type() == PyType.BOOL) {
                    test = new RExpr.Binary(l.code(), "==", r.code()); // True and False are singletons
                } else if (l.type() instanceof PyType.FuncT && r.type() instanceof PyType.FuncT) {
                    test = RExpr.call("Rc::ptr_eq", ft.ref(l), ft.ref(r));
                } else if ((l.type() instanceof PyType.ClassT && r.type() instanceof PyType.ClassT)
                        || (l.type().equals(r.type()) && (l.type() instanceof PyType.ListT
                        || l.type() instanceof PyType.DictT || l.type() instanceof PyType.SetT))) {
                    test = RExpr.call("Rc::ptr_eq", new RExpr.Unary("&", new RExpr.Field(l.code(), "0")),
                            new RExpr.Unary("&", new RExpr.Field(r.code(), "0")));
                } else if (IoModule.isFile(l.type()) && l.type().equals(r.type())) {
                    test = RExpr.method(l.code(), "same_object", ft.ref(r));
                } else {
                    throw Unsupported.construct("'is' between " + l.type().python() + " and " + r.type().python(), at);
                }
                return op == CmpOp.Is ? test : not(test);
            }
            default:
                break;
        }
        l = EnumClasses.intValue(l); // an IntEnum member compares as its int
        r = EnumClasses.intValue(r);
        Val[] asTuples = NamedTuples.compareAsTuples(l, r);
        if (asTuples != null) {
            l = asTuples[0];
            r = asTuples[1];
        }
        RExpr dated = DatetimeOperators.involved(l.type(), r.type()) ? DatetimeOperators.compare(op, l, r, at) : null;
        if (dated != null) {
            return dated;
        }
        RExpr fraction = FractionOperators.involved(l.type(), r.type()) ? FractionOperators.compare(ft, op, l, r, at) : null;
        if (fraction != null) {
            return fraction;
        }
        if (l.type() instanceof PyType.ClassT || r.type() instanceof PyType.ClassT) {
            RExpr viaMethods = new ObjectOperators(ft).compare(op, l, r, at);
            if (viaMethods != null) {
                return viaMethods;
            }
        }
        String sym = op.symbol();
        PyType lt = l.type();
        PyType rt = r.type();
        if (BigInts.involved(lt, rt)) {
            return BigInts.compare(ft, op, l, r, at);
        }
        if (NumericTower.involved(lt, rt)) {
            return NumericTower.compare(ft, op, l, r, at);
        }
        if (PyType.isNumeric(lt) && PyType.isNumeric(rt) && lt != rt) {
            if (lt == PyType.BOOL || rt == PyType.BOOL) {
                throw Unsupported.construct("comparison of bool with a number", at);
            }
            if (!exactAsFloat(lt == PyType.INT ? l : r)) {
                // An int above 2**53 may not survive the conversion: CPython compares exactly.
                return lt == PyType.INT
                        ? new RExpr.Binary(RExpr.call("py::int_float_cmp", l.code(), r.code()), sym, new RExpr.Atom("0.0"))
                        : new RExpr.Binary(RExpr.call("py::float_int_cmp", l.code(), r.code()), sym, new RExpr.Atom("0.0"));
            }
            return new RExpr.Binary(paren(asFloat(l, at)), sym, paren(asFloat(r, at)));
        }
        if (lt instanceof PyType.OptionalT o && rt == PyType.NONE && (op == CmpOp.Eq || op == CmpOp.NotEq)) {
            RExpr test = RExpr.method(l.code(), "is_none");
            return op == CmpOp.Eq ? test : not(test);
        }
        if (lt instanceof PyType.OptionalT o && o.inner() == PyType.FLOAT && rt == PyType.INT) {
            r = ft.promote(r, at); // compared, not stored: the int's value as a float
            rt = PyType.FLOAT;
        }
        if (lt instanceof PyType.OptionalT && !rt.equals(lt)) {
            r = ft.coerce(r, lt, at);
            rt = lt;
        }
        CollectionsDicts.requireComparable(lt, rt, sym, at);
        if (!lt.equals(rt) && (lt instanceof PyType.VarTupleT || rt instanceof PyType.VarTupleT)) {
            throw Unsupported.construct("'" + sym + "' between " + lt.python() + " and " + rt.python(), at);
        }
        if (!lt.equals(rt)) {
            if (lt instanceof PyType.ClassT a && rt instanceof PyType.ClassT b
                    && a.info().root() == b.info().root()) {
                // Same Rust type.
            } else if ((op == CmpOp.Eq || op == CmpOp.NotEq) && NumericTower.numbersInside(lt, rt)) {
                // [1] == [1.0] is True: Python compares the numbers inside by value.
                throw Unsupported.construct("'" + sym + "' between " + lt.python() + " and " + rt.python()
                        + " (Python compares the ints and floats inside by value)", at);
            } else if (op == CmpOp.Eq || op == CmpOp.NotEq) {
                return known(op != CmpOp.Eq, l, r);
            } else {
                throw Unsupported.type("'" + sym + "' between " + lt.python() + " and " + rt.python(), at);
            }
        }
        if (op == CmpOp.Eq || op == CmpOp.NotEq) {
            if (lt instanceof PyType.LibT lib && StdlibModules.identityEquality(lib)) {
                // An object without __eq__ (random.Random) equals only itself.
                RExpr same = RExpr.method(l.code(), "same_object", ft.ref(r));
                return op == CmpOp.Eq ? same : not(same);
            }
            if (lt instanceof PyType.FuncT) {
                // A function equals only itself.
                RExpr same = RExpr.call("Rc::ptr_eq", ft.ref(l), ft.ref(r));
                return op == CmpOp.Eq ? same : not(same);
            }
            if (PyType.holdsFunction(lt)) {
                throw Unsupported.construct("'" + sym + "' between values holding functions", at);
            }
            if (lt == PyType.STR) {
                return new RExpr.Binary(strOperand(l), sym, strOperand(r));
            }
            if (lt.copy()) {
                return new RExpr.Binary(paren(l.code()), sym, paren(r.code()));
            }
            return new RExpr.Binary(paren(l.code()), sym, paren(r.code()));
        }
        if (!PyType.orderable(lt)) {
            throw Unsupported.type("'" + sym + "' not supported between instances of " + lt.python(), at);
        }
        if (lt == PyType.INT || lt == PyType.FLOAT || lt == PyType.BOOL) {
            return new RExpr.Binary(paren(l.code()), sym, paren(r.code()));
        }
        if (lt == PyType.STR) {
            if (l.kind() == Kind.STRLIT || r.kind() == Kind.STRLIT) {
                return new RExpr.Binary(asStr(l), sym, asStr(r));
            }
            return new RExpr.Binary(strOperand(l), sym, strOperand(r));
        }
        return switch (op) {
            case Lt -> RExpr.call("py::lt", ft.ref(l), ft.ref(r));
            case LtE -> RExpr.call("py::le", ft.ref(l), ft.ref(r));
            case Gt -> RExpr.call("py::lt", ft.ref(r), ft.ref(l));
            case GtE -> RExpr.call("py::le", ft.ref(r), ft.ref(l));
            default -> throw Unsupported.construct("comparison " + sym, at);
        };
    }

    /** A str operand as a {@code &str}, for ordering against a literal. */
    private static RExpr asStr(Val v) {
        if (v.kind() == Kind.STRLIT) {
            return v.code();
        }
        return RExpr.method(v.code(), "as_str");
    }

    /** A str operand of a comparison: a String place or a literal compare directly. */
    private RExpr strOperand(Val v) {
        if (v.kind() == Kind.STRLIT) {
            return v.code();
        }
        return paren(v.code());
    }

    private RExpr contains(Val container, Val item, Node at) {
        container = NamedTupleViews.sequence(ft, container, at);
        PyType t = container.type();
        if (PyType.holdsFunction(t)) {
            throw Unsupported.construct("'in' on " + t.python(), at);
        }
        if (t instanceof PyType.ClassT) {
            RExpr viaMethod = new ObjectOperators(ft).contains(container, item, at);
            if (viaMethod == null) {
                viaMethod = IterableObjects.contains(ft, container, item, at);
            }
            if (viaMethod == null) {
                throw Unsupported.type("argument of type '" + t.python() + "' is not iterable (no __contains__)", at);
            }
            return viaMethod;
        }
        if (t instanceof PyType.VarTupleT v) {
            return RExpr.method(container.code(), "contains", ft.ref(ft.coerce(item, v.elem(), at)));
        }
        if (t instanceof PyType.LibT l && !ReModule.isRe(t) && !IoModule.isFile(t) && PyType.orderable(l.elem())) {
            return RExpr.method(container.code(), "contains", ft.ref(ft.coerce(item, l.elem(), at)));
        }
        if (t instanceof PyType.ListT l && Dunders.hasUserEq(l.elem())) {
            return ft.tryOf(RExpr.method(container.code(), "contains_eq", ft.ref(ft.coerce(item, l.elem(), at))));
        }
        if (t == PyType.STR) {
            Val i = ft.coerce(item, PyType.STR, at);
            return RExpr.method(container.code(), "contains", ft.strRef(i));
        }
        if (t instanceof PyType.ListT l) {
            return RExpr.method(container.code(), "contains", ft.ref(ft.coerce(item, l.elem(), at)));
        }
        if (t instanceof PyType.SetT s) {
            return RExpr.method(container.code(), "contains", ft.ref(ft.coerce(item, s.elem(), at)));
        }
        if (t instanceof PyType.DictT d) {
            return RExpr.method(container.code(), "contains", ft.ref(ft.coerce(item, d.key(), at)));
        }
        if (t instanceof PyType.TupleT tt && container.code() instanceof RExpr.Tuple code) {
            elementOf(t, at);
            PyType elem = tt.elems().get(0);
            Val i = ft.coerce(item, elem, at);
            if (elem == PyType.STR) {
                List<RExpr> items = new ArrayList<>(code.elems().stream().map(OperatorLowering::unOwned).toList());
                return RExpr.method(new RExpr.Macro("vec", items, true, false), "contains",
                        i.kind() == Kind.STRLIT ? new RExpr.Unary("&", i.code()) : new RExpr.Unary("&", RExpr.method(i.code(), "as_str")));
            }
            return RExpr.method(new RExpr.Macro("vec", code.elems(), true, false), "contains", ft.ref(i));
        }
        if (t instanceof PyType.IterT it) {
            return RExpr.method(container.code(), "contains", ft.ref(ft.coerce(item, it.elem(), at)));
        }
        if (t instanceof PyType.GenT) {
            throw Unsupported.construct("'in' on a generator (it stops at the first match)", at);
        }
        throw Unsupported.type("'in' on " + t.python(), at);
    }

    /** {@code "x".to_string()} back to {@code "x"}. */
    static RExpr unOwned(RExpr e) {
        if (e instanceof RExpr.Method m && m.name().equals("to_string") && m.args().isEmpty()
                && m.receiver() instanceof RExpr.Atom a && a.text().startsWith("\"")) {
            return a;
        }
        return RExpr.method(e, "as_str");
    }
}
