package io.portalis.accel.rust;

import static io.portalis.accel.rust.Calls.val;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code t.count(x)} and {@code t.index(x)} of a tuple. Python compares {@code x} with each item
 * ({@code x is item or x == item}), so a fixed-shape tuple compares item by item with each item's
 * own {@code ==} ({@code (1.0, 2.0).count(1)} is 1); a tuple of any length compares items of one
 * type. A float's identity can differ from its equality (a NaN is itself but not equal to
 * itself), and the translation keeps no identity of floats: looking for a value that holds a
 * float is refused.
 */
final class TupleMethods {
    private TupleMethods() {}

    static Val call(FunctionTranslator ft, Calls calls, Val recv, String name, Expr.Call c) {
        if (!Set.of("count", "index").contains(name)) {
            throw Unsupported.construct("method '" + name + "' of " + recv.type().python(), c);
        }
        calls.arity(c, 1, 1, "tuple." + name);
        calls.keywords(c, Set.of());
        Expr xE = c.args().get(0);
        PyType elemHint = recv.type() instanceof PyType.VarTupleT v ? v.elem() : null;
        Val x = ft.expr(xE, elemHint);
        boolean literal = xE instanceof Expr.Constant || xE instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant;
        if (holdsFloat(x.type()) && !literal) { // a float literal is never a NaN
            throw Unsupported.construct("tuple." + name + "() of a " + x.type().python()
                    + " (Python matches a float by identity too: a NaN is found in a tuple holding it)", xE);
        }
        if (recv.type() instanceof PyType.VarTupleT v) {
            if (PyType.holdsFunction(v.elem()) || PyType.holdsUnion(v.elem()) || Dunders.hasUserEq(v.elem())) {
                throw Unsupported.construct("tuple." + name + "() on a " + v.python(), c);
            }
            x = ft.coerce(x, v.elem(), xE);
            if (!x.type().equals(v.elem())) {
                throw Unsupported.type("tuple." + name + "() of " + x.type().python() + " in " + v.python(), xE);
            }
            RExpr call = RExpr.method(recv.code(), name, ft.ref(x));
            return val(name.equals("index") ? ft.tryOf(call) : call, PyType.INT);
        }
        PyType.TupleT tt = (PyType.TupleT) recv.type();
        List<RStmt> made = new ArrayList<>();
        List<Val> items = new ArrayList<>();
        if (recv.code() instanceof RExpr.Tuple display && display.elems().stream().allMatch(e -> e instanceof RExpr.Atom)) {
            // (a, b, c).count(x): the names themselves.
            for (int i = 0; i < tt.elems().size(); i++) {
                items.add(new Val(display.elems().get(i), tt.elems().get(i), Kind.PLACE));
            }
        } else {
            RExpr tuple = recv.code();
            if (!(tuple instanceof RExpr.Atom)) {
                Local held = ft.tempLocal("tuple", tt);
                made.add(new RStmt.Let(held, false, ft.ref(recv)));
                tuple = new RExpr.Atom(held.rust());
            }
            for (int i = 0; i < tt.elems().size(); i++) {
                items.add(new Val(new RExpr.Field(tuple, String.valueOf(i)), tt.elems().get(i), Kind.PLACE));
            }
        }
        Val wanted = x;
        if (!(x.code() instanceof RExpr.Atom)) {
            Local item = ft.tempLocal("item", x.type());
            made.add(new RStmt.Let(item, false, ft.owned(x)));
            wanted = new Val(new RExpr.Atom(item.rust()), x.type(), Kind.PLACE);
        }
        List<RExpr> tests = new ArrayList<>();
        for (Val each : items) {
            tests.add(ft.operatorLowering.comparison(CmpOp.Eq, each, wanted, c));
        }
        RExpr result;
        if (name.equals("count")) {
            result = tests.isEmpty() ? new RExpr.Atom("0_i64") : null;
            for (RExpr test : tests) {
                RExpr one = new RExpr.Cast(FunctionTranslator.paren(test), "i64");
                result = result == null ? one : new RExpr.Binary(result, "+", one);
            }
        } else {
            result = ft.tryOf(RExpr.call("py::raise::<i64>", new RExpr.Atom("\"ValueError\""),
                    new RExpr.Atom("\"tuple.index(x): x not in tuple\"")));
            for (int i = tests.size() - 1; i >= 0; i--) {
                result = new RExpr.If(tests.get(i), new RExpr.Atom(i + "_i64"), result);
            }
        }
        Expr recvE = ((Expr.Attribute) c.func()).value();
        if (made.isEmpty()) {
            return val(result, PyType.INT);
        }
        if (!ft.orderSensitive(recvE) && !ft.orderSensitive(xE)) {
            ft.out.addAll(made); // nothing else in the statement can see when these run
            return val(result, PyType.INT);
        }
        return val(new RExpr.Block(null, made, result), PyType.INT);
    }

    /**
     * {@code tuple(iterable)}: a tuple of any length holding the iterable's items in its order
     * (a dict's keys); a tuple is returned as it is, as CPython returns the same object.
     */
    static Val build(FunctionTranslator ft, Calls calls, Expr.Call c, PyType expected) {
        calls.arity(c, 0, 1, "tuple");
        calls.keywords(c, Set.of());
        if (c.args().isEmpty()) {
            if (!(expected instanceof PyType.VarTupleT)) {
                throw Unsupported.type("cannot settle the element type of tuple(); annotate it", c);
            }
            return val(RExpr.call("py::Tuple", RExpr.call("Vec::new")), expected);
        }
        Expr arg = c.args().get(0);
        ft.markConsumedAtOnce(arg);
        Val v = ft.expr(arg, null);
        if (v.type() instanceof PyType.TupleT || v.type() instanceof PyType.VarTupleT) {
            return v;
        }
        PyType elem = FunctionTranslator.elementOf(v.type(), arg);
        return val(RExpr.call("py::Tuple", ft.iterVecOf(v, arg)), new PyType.VarTupleT(elem));
    }

    /** Whether a value of this type is or holds a float (inside a tuple, a container or an Optional). */
    static boolean holdsFloat(PyType t) {
        if (t == PyType.FLOAT || t == PyType.NUM || t instanceof PyType.UnionT) {
            return true;
        }
        if (t instanceof PyType.TupleT tt) {
            return tt.elems().stream().anyMatch(TupleMethods::holdsFloat);
        }
        if (t instanceof PyType.ListT l) {
            return holdsFloat(l.elem());
        }
        if (t instanceof PyType.SetT s) {
            return holdsFloat(s.elem());
        }
        if (t instanceof PyType.DictT d) {
            return holdsFloat(d.key()) || holdsFloat(d.value());
        }
        if (t instanceof PyType.VarTupleT v) {
            return holdsFloat(v.elem());
        }
        return t instanceof PyType.OptionalT o && holdsFloat(o.inner());
    }
}
