package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.List;

/**
 * Iterable unpacking inside a display or a {@code print()} call: {@code [a, *xs, b]},
 * {@code {*s, x}}, {@code (*t, x)} and {@code print(*xs, sep=", ")}. Python evaluates the items
 * left to right and runs each starred iterable to its end where it stands; here each starred
 * value becomes the vector of its items at that place, and the display is those vectors
 * concatenated. A list or set of a starred value must have the display's element type (no
 * conversion of a whole iterable); a tuple over fixed-length tuples keeps each item's type.
 */
final class StarredItems {
    private final FunctionTranslator ft;

    StarredItems(FunctionTranslator ft) {
        this.ft = ft;
    }

    static boolean any(List<Expr> items) {
        return items.stream().anyMatch(e -> e instanceof Expr.Starred);
    }

    /** {@code [a, *xs]} ({@code set} false) or {@code {a, *xs}} ({@code set} true). */
    Val collection(List<Expr> elts, PyType elem, boolean set, Expr at) {
        List<Val> vals = new ArrayList<>();
        PyType first = elem;
        for (Expr x : elts) {
            Val v = x instanceof Expr.Starred s ? ft.expr(s.value(), null) : ft.expr(x, first);
            if (first == null) {
                first = x instanceof Expr.Starred ? FunctionTranslator.elementOf(v.type(), x)
                        : ExpressionLowering.settleElement(ft, v.type(), x);
            }
            vals.add(v);
        }
        Val items = concatenated(elts, vals, elem, set ? "set" : "list");
        PyType t = ((PyType.ListT) items.type()).elem();
        if (set) {
            PyType.requireSetElement(t, at);
            return new Val(RExpr.call("py::Set::from", items.code()), new PyType.SetT(t), Kind.OWNED);
        }
        return new Val(RExpr.call("py::List::from", items.code()), items.type(), Kind.OWNED);
    }

    /**
     * {@code (a, *t)}: over tuples of known length a tuple of every item with its own type (each
     * starred tuple is bound once, in Python's order, then taken apart); over a list or another
     * iterable, a tuple of a length known only when run, of one element type.
     */
    Val tuple(Expr.Tuple t, PyType expected) {
        boolean fixed = true;
        List<Val> vals = new ArrayList<>();
        for (Expr x : t.elts()) {
            Val v = ft.expr(x instanceof Expr.Starred s ? s.value() : x, null);
            vals.add(v);
            fixed &= !(x instanceof Expr.Starred) || v.type() instanceof PyType.TupleT;
        }
        if (!fixed) {
            PyType elem = expected instanceof PyType.VarTupleT vt ? vt.elem() : null;
            Val list = concatenated(t.elts(), vals, elem, "tuple");
            return new Val(RExpr.call("py::Tuple", list.code()), new PyType.VarTupleT(((PyType.ListT) list.type()).elem()),
                    Kind.OWNED);
        }
        List<RStmt> lets = new ArrayList<>();
        List<RExpr> items = new ArrayList<>();
        List<PyType> types = new ArrayList<>();
        for (int i = 0; i < t.elts().size(); i++) {
            Val v = vals.get(i);
            Local held = ft.temp(t.elts().get(i) instanceof Expr.Starred ? "spread" : "item", v.type());
            lets.add(new RStmt.Let(held, false, ft.owned(v)));
            if (t.elts().get(i) instanceof Expr.Starred) {
                List<PyType> parts = ((PyType.TupleT) v.type()).elems();
                for (int k = 0; k < parts.size(); k++) {
                    items.add(new RExpr.Atom(held.rust() + "." + k));
                    types.add(parts.get(k));
                }
            } else {
                items.add(new RExpr.Atom(held.rust()));
                types.add(v.type());
            }
        }
        if (items.isEmpty() || items.size() > 6) {
            throw Unsupported.construct("tuple of " + items.size() + " items", t);
        }
        return new Val(new RExpr.Block(null, lets, new RExpr.Tuple(items)), new PyType.TupleT(types), Kind.OWNED);
    }

    /**
     * The vector of a display's items, whose values are lowered already, typed as their list: the
     * first item settles the element type unless {@code elem} is given, and a starred value must
     * have items of exactly that type.
     */
    private Val concatenated(List<Expr> elts, List<Val> vals, PyType elem, String what) {
        List<RExpr> parts = new ArrayList<>();
        List<RExpr> run = new ArrayList<>();
        for (int i = 0; i < elts.size(); i++) {
            Val v = vals.get(i);
            Expr x = elts.get(i);
            if (elem == null) {
                elem = x instanceof Expr.Starred ? FunctionTranslator.elementOf(v.type(), x)
                        : ExpressionLowering.settleElement(ft, v.type(), x);
            }
            if (!(x instanceof Expr.Starred s)) {
                run.add(ft.owned(ft.coerce(v, elem, x)));
                continue;
            }
            if (!FunctionTranslator.elementOf(v.type(), x).equals(elem)) {
                throw Unsupported.type("*" + v.type().python() + " in a " + what + " of " + elem.python(), x);
            }
            if (!run.isEmpty()) {
                parts.add(new RExpr.Macro("vec", run, true, false));
                run = new ArrayList<>();
            }
            parts.add(spreadCode(v, s));
        }
        if (!run.isEmpty()) {
            parts.add(new RExpr.Macro("vec", run, true, false));
        }
        RExpr items = parts.size() == 1 ? parts.get(0) : RExpr.method(new RExpr.Macro("vec", parts, true, false), "concat");
        return new Val(items, new PyType.ListT(elem), Kind.OWNED);
    }

    /**
     * {@code print(a, *xs, sep=s, end=e)}: every argument's text, the starred ones item by item,
     * joined by {@code sep}. The texts are made as the arguments are evaluated, so an argument
     * whose text could change is refused when a later argument could change it.
     */
    Val print(Expr.Call c, String sep, String end, boolean toStderr) {
        List<RExpr> parts = new ArrayList<>();
        List<RExpr> run = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            Expr a = c.args().get(i);
            boolean laterRuns = c.args().subList(i + 1, c.args().size()).stream().anyMatch(ft::orderSensitive);
            if (a instanceof Expr.Starred s) {
                Val v = ft.expr(s.value(), null);
                PyType elem = FunctionTranslator.elementOf(v.type(), s.value());
                refuseUnshowable(elem, laterRuns, s);
                String x = ft.freshName("shown");
                RExpr text = ft.displayArg(new Val(new RExpr.Atom(x), elem, Kind.OWNED));
                RExpr shown = new RExpr.Closure("|" + x + "|", List.of(new RStmt.Tail(
                        new RExpr.Macro("format", List.of(new RExpr.Atom("\"{}\""), text), false, true))));
                if (!run.isEmpty()) {
                    parts.add(new RExpr.Macro("vec", run, true, false));
                    run = new ArrayList<>();
                }
                parts.add(RExpr.method(RExpr.method(RExpr.method(spreadCode(v, s), "into_iter"), "map", shown),
                        "collect::<Vec<String>>"));
            } else {
                Val v = ft.expr(a, null);
                if (!(a instanceof Expr.Constant)) {
                    refuseUnshowable(v.type(), laterRuns, a);
                }
                run.add(new RExpr.Macro("format", List.of(new RExpr.Atom("\"{}\""), ft.displayArg(v)), false, true));
            }
        }
        if (!run.isEmpty() || parts.isEmpty()) {
            parts.add(new RExpr.Macro("vec", run, true, false));
        }
        RExpr all = parts.size() == 1 ? parts.get(0) : RExpr.method(new RExpr.Macro("vec", parts, true, false), "concat");
        RExpr joined = RExpr.method(all, "join", new RExpr.Atom(RustLiterals.string(sep)));
        String fmt = "\"{}" + RustLiterals.formatText(end) + "\"";
        return new Val(new RExpr.Macro(toStderr ? "eprint" : "print", List.of(new RExpr.Atom(fmt), joined), false, true),
                PyType.NONE, Kind.OWNED);
    }

    private static void refuseUnshowable(PyType t, boolean laterRuns, Expr at) {
        if (PyType.holdsFunction(t) || t instanceof PyType.GenT || t instanceof PyType.IterT || t == PyType.NONE) {
            throw Unsupported.construct("printing a " + (t == PyType.NONE ? "function's None result"
                    : t.python() + " (Python shows its address)"), at);
        }
        if (laterRuns && !(t instanceof PyType.Prim)) {
            throw Unsupported.construct("print() of a starred item whose text a later argument could change", at);
        }
    }

    /** The items of a starred value as a vector, made where it stands in Python's order. */
    private RExpr spreadCode(Val v, Expr at) {
        int before = ft.out.size();
        RExpr items = ft.iterVec(v, at);
        if (ft.out.size() > before && ft.inlineBefore != null && ft.inlineList == ft.out) {
            // Taking the value apart needed a statement, and an item to its left stays inline.
            throw new FunctionTranslator.OutOfOrder();
        }
        return items;
    }
}
