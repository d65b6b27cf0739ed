package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a translated value into the form its consumer needs: owned, borrowed, {@code ?}-unwrapped,
 * promoted or coerced to another type, truth-tested, or converted with {@code str()}/{@code repr()}.
 * Shares the function's state through {@code ft}.
 */
final class ValueConversions {
    private final FunctionTranslator ft;

    ValueConversions(FunctionTranslator ft) {
        this.ft = ft;
    }

    // ==================================================================== values

    RExpr owned(Val v) {
        if (v.kind() == Kind.STRLIT) {
            return RExpr.method(v.code(), "to_string");
        }
        if (v.kind() == Kind.PLACE && !v.type().copy()) {
            return RExpr.method(v.code(), "clone");
        }
        return v.code();
    }

    /** A {@code &str} of a str value. */
    RExpr strRef(Val v) {
        if (v.kind() == Kind.STRLIT) {
            return v.code();
        }
        return new RExpr.Unary("&", v.code());
    }

    /** A {@code &T} of a value. */
    RExpr ref(Val v) {
        if (v.kind() == Kind.STRLIT) {
            return new RExpr.Unary("&", RExpr.method(v.code(), "to_string"));
        }
        return new RExpr.Unary("&", v.code());
    }

    RExpr tryOf(RExpr fallible) {
        if (ft.errorLabel == null) {
            ft.mayRaise = true;
        }
        return new RExpr.Try(fallible, ft.errorLabel);
    }

    /**
     * Converts an int operand to the float an operation computes with ({@code i + f},
     * {@code float(i)}, {@code i / j}): the result is a float in Python too.
     */
    Val promote(Val v, Node at) {
        if (v.type() == PyType.NUM) {
            return NumericTower.toFloat(v);
        }
        if (v.type() == PyType.BIG) {
            return BigInts.toFloat(ft, v);
        }
        if (v.type() != PyType.INT) {
            return coerce(v, PyType.FLOAT, at);
        }
        if (v.code() instanceof RExpr.Atom a && a.text().matches("-?[0-9]+(_i64)?")) {
            return new Val(new RExpr.Atom(RustLiterals.intAsFloatLiteral(a.text())), PyType.FLOAT, Kind.OWNED);
        }
        return new Val(new RExpr.Cast(paren(v.code()), "f64"), PyType.FLOAT, Kind.OWNED);
    }

    /**
     * Converts a value to the type a context needs: T to Optional[T], a subclass to its base.
     * An int where a float slot is a {@code py::Num} becomes one ({@link NumericTower}); where the
     * slot is an {@code f64}, which cannot remember that its value was an int, it is refused, and
     * that refusal makes the module translate again with NUM float slots.
     */
    Val coerce(Val v, PyType to, Node at) {
        PyType from = v.type();
        if (to == null || from.equals(to)) {
            return v;
        }
        if (to == PyType.BIG && (from == PyType.INT || from == PyType.BOOL)) {
            return new Val(BigInts.owned(ft, v, at), PyType.BIG, Kind.OWNED);
        }
        if (from == PyType.BIG && to == PyType.INT) {
            throw Unsupported.construct("an arbitrary-precision int where the translation has a 64-bit int slot "
                    + "(a value of the standard library or a container of i64 items)", at);
        }
        if (ReModule.widens(from, to)) {
            return new Val(v.code(), to, v.kind());
        }
        if (NumericTower.coerces(from, to)) {
            return NumericTower.coerce(ft, v, to, at);
        }
        if (to instanceof PyType.OptionalT o) {
            if (from == PyType.NONE) {
                return new Val(new RExpr.Atom("None"), to, Kind.OWNED);
            }
            Val inner = coerce(v, o.inner(), at);
            return new Val(RExpr.call("Some", owned(inner)), to, Kind.OWNED);
        }
        if (from instanceof PyType.ClassT a && a.info().exception() && to == PyType.EXC) {
            return new Val(RExpr.call("py::raised", owned(v)), to, Kind.OWNED);
        }
        if (from instanceof PyType.ClassT a && to instanceof PyType.ClassT b && a.info().isSubclassOf(b.info())) {
            return new Val(v.code(), to, v.kind());
        }
        if (from instanceof PyType.TupleT ft && to instanceof PyType.TupleT tt && ft.elems().size() == tt.elems().size()
                && v.code() instanceof RExpr.Tuple code) {
            List<RExpr> items = new ArrayList<>();
            for (int i = 0; i < ft.elems().size(); i++) {
                Val item = new Val(code.elems().get(i), ft.elems().get(i), Kind.OWNED);
                items.add(owned(coerce(item, tt.elems().get(i), at)));
            }
            return new Val(new RExpr.Tuple(items), to, Kind.OWNED);
        }
        ReModule.refuseMixedPatterns(from, to, at);
        if (to instanceof PyType.VarTupleT vt && from instanceof PyType.TupleT ft && v.code() instanceof RExpr.Tuple code) {
            // A tuple display where a tuple of any length is wanted: the same items, in a py::Tuple.
            List<RExpr> items = new ArrayList<>();
            for (int i = 0; i < ft.elems().size(); i++) {
                items.add(owned(coerce(new Val(code.elems().get(i), ft.elems().get(i), Kind.OWNED), vt.elem(), at)));
            }
            return new Val(RExpr.call("py::Tuple", new RExpr.Macro("vec", items, true, false)), to, Kind.OWNED);
        }
        if (to instanceof PyType.UnionT u && UnionValues.accepts(u, from)) {
            return UnionValues.coerce(this, v, u);
        }
        if (!ft.module.intsInFloats && NumericTower.numInFloatSlot(from, to)) {
            // list[py::Num] (sum() of floats, a mixed display) where list[float] is declared: float slots must be NUM.
            throw NumericTower.refuseIntInFloatSlot(at);
        }
        throw Unsupported.type("expected " + to.python() + ", found " + from.python(), at);
    }

    static RExpr paren(RExpr e) {
        if (e instanceof RExpr.Atom || e instanceof RExpr.Call || e instanceof RExpr.Method || e instanceof RExpr.Field
                || e instanceof RExpr.Paren || e instanceof RExpr.Macro || e instanceof RExpr.Tuple
                || (e instanceof RExpr.Try t && t.label() == null)) {
            return e;
        }
        return new RExpr.Paren(e);
    }

    static RExpr not(RExpr cond) {
        if (cond instanceof RExpr.Unary u && u.op().equals("!")) {
            return u.operand() instanceof RExpr.Paren p ? p.inner() : u.operand();
        }
        return new RExpr.Unary("!", paren(cond));
    }

    /** Python's truth value of a value, as a Rust bool. */
    RExpr truthy(Val v, Node at) {
        PyType t = v.type();
        if (t == PyType.BOOL) {
            return v.code();
        }
        if (t == PyType.INT) {
            return new RExpr.Binary(paren(v.code()), "!=", new RExpr.Atom("0"));
        }
        if (t == PyType.FLOAT) {
            return new RExpr.Binary(paren(v.code()), "!=", new RExpr.Atom("0.0"));
        }
        if (t == PyType.NUM) {
            return NumericTower.truthy(v);
        }
        if (t == PyType.BIG) {
            return BigInts.truthy(v);
        }
        if (t == PyType.STR) {
            return new RExpr.Unary("!", RExpr.method(v.code(), "is_empty"));
        }
        if (DatetimeModule.isValue(t)) {
            return DatetimeOperators.truthy(v);
        }
        if (FractionsModule.isFraction(t)) {
            return FractionOperators.truthy(v);
        }
        if (ReModule.isRe(t)) {
            // A Match or Pattern object is always true.
            return new RExpr.Atom("true");
        }
        if (t instanceof PyType.ListT || t instanceof PyType.DictT || t instanceof PyType.SetT
                || t instanceof PyType.VarTupleT || (t instanceof PyType.LibT l && l.container())) {
            return new RExpr.Binary(RExpr.method(v.code(), "len"), "!=", new RExpr.Atom("0"));
        }
        if (t instanceof PyType.OptionalT o && (o.inner() instanceof PyType.ClassT c && c.info().family().stream()
                .noneMatch(k -> k.resolve("__len__") != null || k.resolve("__bool__") != null))) {
            return RExpr.method(v.code(), "is_some");
        }
        if (t instanceof PyType.OptionalT o && o.inner() instanceof PyType.ClassT) {
            return new ObjectOperators(ft).optionalTruthy(v, o.inner(), at);
        }
        if (t instanceof PyType.OptionalT o && !(o.inner() instanceof PyType.ClassT) && !(o.inner() instanceof PyType.OptionalT)) {
            // None is false; a present value is as true as the value itself.
            Val inner = new Val(new RExpr.Atom(o.inner().copy() ? "*v" : "v"), o.inner(), Kind.PLACE);
            RExpr test = truthy(inner, at);
            return RExpr.method(RExpr.method(v.code(), "as_ref"), "is_some_and",
                    new RExpr.Atom("|v| " + RustPrinter.flat(test)));
        }
        if (t instanceof PyType.ClassT) {
            return new ObjectOperators(ft).truthy(v);
        }
        throw Unsupported.construct("truth value of " + t.python(), at);
    }

    /** {@code str(v)} as a String value. */
    Val str(Val v) {
        if (v.type() == PyType.STR) {
            return v;
        }
        if (v.type() == PyType.INT) {
            return new Val(RExpr.method(v.code(), "to_string"), PyType.STR, Kind.OWNED);
        }
        requirePrintable(v.type(), true, null);
        return new Val(RExpr.method(v.code(), "str"), PyType.STR, Kind.OWNED);
    }

    RExpr repr(Val v) {
        requirePrintable(v.type(), false, null);
        if (v.kind() == Kind.STRLIT) {
            return RExpr.call("py::repr_str", v.code());
        }
        return RExpr.method(v.code(), "repr");
    }

    private void requirePrintable(PyType t, boolean asStr, Node at) {
        ft.noteSetOrder(t);
        if (t instanceof PyType.ClassT c) {
            boolean ok = c.info().exception() || c.info().enumInfo() != null || (asStr ? c.info().family().stream().allMatch(k -> k.resolve("__str__") != null
                    || k.resolve("__repr__") != null) : c.info().hierarchyHas("__repr__"));
            if (!ok) {
                throw Unsupported.construct("printing a " + c.info().name() + " without __str__ or __repr__ "
                        + "(Python shows its memory address)", at == null ? c.info().def() : at);
            }
            return;
        }
        if (t == PyType.EXC) {
            return;
        }
        if (!PyType.printable(t)) {
            throw Unsupported.construct("printing a " + t.python(), at == null ? new Stmt.Pass(0, 0) : at);
        }
    }
}
