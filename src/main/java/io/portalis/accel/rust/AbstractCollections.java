package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Parameters annotated with an abstract collection ({@code Iterable}, {@code Collection},
 * {@code Container}, {@code Sequence}, {@code Reversible}, from typing or collections.abc), and
 * the concrete values a call may pass there.
 *
 * <p>The lowering, per parameter, from how the function's body uses it:
 * <ul>
 *   <li><b>single pass</b>: an {@code Iterable[T]} the body iterates exactly once, at a place that
 *       runs once per call (a {@code for}, a comprehension's first iterable, or a consumer such as
 *       {@code sum}, {@code list} or {@code str.join}). The parameter is a {@code py::Gen<T>}: a
 *       generator argument is passed as it is and consumed as Python consumes it (lazily, once);
 *       a list through a live iterator, as Python's list iterator; a str, tuple or range over
 *       its fixed items; a set or dict (its keys) that nothing else can reach (a display, a
 *       comprehension or a local variable) over a snapshot of its items.</li>
 *   <li><b>read only</b>: otherwise, the parameter is a {@code py::List<T>} as before, and a list
 *       argument shares its handle. Where every use of the parameter is one a copy cannot tell
 *       from the original (iterating, consumers, {@code len}, {@code in}, truth tests; for a
 *       Sequence also {@code reversed}), a tuple, str
 *       or range, and for Iterable/Collection/Container a set or dict as above, is passed as a
 *       new list of its items (in its iteration order). Printing, comparing, returning, storing
 *       or slicing the parameter shows which type it is, so there only lists are accepted.</li>
 * </ul>
 * Indexing ({@code count()}, {@code index()}) a converted argument is refused: the IndexError
 * or ValueError would name a list where CPython names the tuple, str or range.
 * Monomorphised copies of the function per argument type were the alternative: they keep every
 * use but duplicate the body per call shape, and the uses above are what typed programs do.
 */
final class AbstractCollections {
    private AbstractCollections() {}

    /** The abstract collection an annotation names. */
    enum Abc {
        ITERABLE, COLLECTION, CONTAINER, SEQUENCE, REVERSIBLE;

        boolean sequence() {
            return this == SEQUENCE || this == REVERSIBLE;
        }

        static Abc of(String name) {
            return switch (name) {
                case "Iterable" -> ITERABLE;
                case "Collection" -> COLLECTION;
                case "Container" -> CONTAINER;
                case "Sequence" -> SEQUENCE;
                case "Reversible" -> REVERSIBLE;
                default -> null;
            };
        }
    }

    /** How a parameter of an abstract collection type is lowered. */
    record Lowering(Abc abc, boolean singlePass, boolean readOnly) {}

    private enum Use { ITER, CONSUME, REVERSED, LEN, IN, TRUTH, INDEX, SEQUENCE_METHOD, OTHER }

    private static final Set<String> CONSUMERS = Set.of(
            "sum", "min", "max", "sorted", "list", "tuple", "set", "any", "all", "enumerate", "zip", "frozenset");

    /**
     * The type of a parameter annotated with an abstract collection ({@code declared}, as the
     * annotation reader read it: a list, or a generator for Iterable), recording its lowering in
     * {@code scope}; any other parameter's type unchanged.
     */
    static PyType parameter(ModuleScope scope, Stmt.FunctionDef f, Arg arg, PyType declared,
            java.util.function.Consumer<Lowering> record) {
        if (arg.annotation() == null || !(AnnotationForms.unqualified(arg.annotation(), scope.typingModules)
                instanceof Expr.Subscript s)) {
            return declared;
        }
        Expr head = AnnotationForms.unqualified(s.value(), scope.typingModules);
        Abc abc = head instanceof Expr.Name n ? Abc.of(n.id()) : null;
        if (abc == null) {
            return declared;
        }
        PyType elem = declared instanceof PyType.GenT g ? g.elem() : declared instanceof PyType.ListT l ? l.elem() : null;
        if (elem == null) {
            return declared;
        }
        List<Occurrence> uses = new ArrayList<>();
        walk(f.body(), arg.arg(), new ArrayList<>(), false, uses);
        boolean singlePass = abc == Abc.ITERABLE && uses.size() == 1 && !uses.get(0).repeated()
                && EnumSet.of(Use.ITER, Use.CONSUME).contains(uses.get(0).use());
        EnumSet<Use> allowed = EnumSet.of(Use.ITER, Use.CONSUME, Use.TRUTH);
        if (abc != Abc.ITERABLE) {
            allowed.addAll(List.of(Use.LEN, Use.IN));
        }
        if (abc.sequence()) {
            // Not indexing, count() or index(): their errors name the type ("tuple index out of
            // range"), which a list standing for a tuple, str or range would not.
            allowed.add(Use.REVERSED);
        }
        boolean readOnly = uses.stream().allMatch(u -> allowed.contains(u.use()));
        record.accept(new Lowering(abc, singlePass, readOnly));
        return singlePass ? new PyType.GenT(elem) : new PyType.ListT(elem);
    }

    /**
     * An argument for a parameter lowered as {@code how} (null for any other parameter): the value
     * converted to the parameter's type where the lowering allows it, else the ordinary coercion.
     */
    static Val argument(FunctionTranslator ft, Lowering how, Val v, PyType to, Expr e) {
        if (how == null || v.type().equals(to)) {
            return ft.coerce(v, to, e);
        }
        PyType t = v.type();
        if (how.singlePass() && to instanceof PyType.GenT g) {
            boolean fixed = immutable(t);
            if (t instanceof PyType.ListT l && l.elem().equals(g.elem())) {
                return new Val(RExpr.call("py::Gen::over_list", ft.owned(v)), to, Kind.OWNED);
            }
            if ((fixed || unreachable(ft, t, e)) && sameItems(t, g.elem(), e)) {
                return new Val(RExpr.call("py::Gen::over", ft.iterVecOf(v, e)), to, Kind.OWNED);
            }
        }
        if (how.readOnly() && to instanceof PyType.ListT l) {
            boolean fixed = immutable(t);
            boolean copyable = fixed || (!how.abc().sequence() && unreachable(ft, t, e));
            if (copyable && sameItems(t, l.elem(), e)) {
                return new Val(RExpr.call("py::List::from", ft.iterVecOf(v, e)), to, Kind.OWNED);
            }
        }
        return ft.coerce(v, to, e);
    }

    /** Whether a value of this type can never change: a str, a tuple or a range. */
    private static boolean immutable(PyType t) {
        return t == PyType.STR || t instanceof PyType.TupleT || t instanceof PyType.VarTupleT
                || (t instanceof PyType.IterT i && i.object().equals("range"));
    }

    /**
     * Whether a set or dict argument is one that nothing but the call can change while the
     * function runs (a display, a comprehension, or a local variable of the caller), so a
     * snapshot of its items iterates as the object would.
     */
    private static boolean unreachable(FunctionTranslator ft, PyType t, Expr e) {
        if (!(t instanceof PyType.SetT || t instanceof PyType.DictT)) {
            return false;
        }
        if (e instanceof Expr.Set || e instanceof Expr.Dict || e instanceof Expr.SetComp || e instanceof Expr.DictComp) {
            return true;
        }
        return e instanceof Expr.Name n && ft.isLocal(n.id()) && !ft.module.globals.containsKey(n.id())
                && !ft.module.constants.containsKey(n.id());
    }

    /** Whether iterating a value of type {@code t} gives items of exactly type {@code elem}. */
    private static boolean sameItems(PyType t, PyType elem, Node at) {
        if (t instanceof PyType.TupleT tt) {
            return !tt.elems().isEmpty() && tt.elems().stream().allMatch(elem::equals);
        }
        if (t instanceof PyType.DictT d) {
            return d.key().equals(elem);
        }
        if (t == PyType.STR) {
            return elem == PyType.STR;
        }
        if (t instanceof PyType.SetT || t instanceof PyType.VarTupleT || t instanceof PyType.IterT) {
            return FunctionTranslator.elementOf(t, at).equals(elem);
        }
        return false;
    }

    // ------------------------------------------------------------------ the body's uses

    private record Occurrence(Use use, boolean repeated) {}

    private static void walk(List<Stmt> body, String name, List<Node> path, boolean repeated, List<Occurrence> out) {
        for (Stmt s : body) {
            walk(s, name, path, repeated, out);
        }
    }

    /**
     * Records each read of {@code name} under {@code node}, with its use and whether it runs more
     * than once per call (in a loop's body, a comprehension's element or inner loops).
     */
    private static void walk(Node node, String name, List<Node> path, boolean repeated, List<Occurrence> out) {
        if (node instanceof Expr.Name n && n.id().equals(name)) {
            out.add(new Occurrence(n.ctx() == ExprContext.Load ? use(n, path) : Use.OTHER, repeated));
            return;
        }
        if (node instanceof Stmt.FunctionDef || node instanceof Expr.Lambda || node instanceof Stmt.ClassDef
                || node instanceof Stmt.AsyncFunctionDef || node instanceof Stmt.Global || node instanceof Stmt.Nonlocal) {
            // A nested scope may keep the parameter: every read there counts as another use.
            List<Occurrence> inner = new ArrayList<>();
            for (Node child : NodeChildren.of(node)) {
                walk(child, name, path, true, inner);
            }
            boolean names = node instanceof Stmt.Global g ? g.names().contains(name)
                    : node instanceof Stmt.Nonlocal nl && nl.names().contains(name);
            if (!inner.isEmpty() || names) {
                out.add(new Occurrence(Use.OTHER, true));
            }
            return;
        }
        path.add(node);
        try {
            if (node instanceof Stmt.For f) {
                walk(f.iter(), name, path, repeated, out);
                walk(f.target(), name, path, true, out);
                walk(f.body(), name, path, true, out);
                walk(f.orelse(), name, path, true, out);
                return;
            }
            if (node instanceof Stmt.While w) {
                walk(w.test(), name, path, true, out);
                walk(w.body(), name, path, true, out);
                walk(w.orelse(), name, path, true, out);
                return;
            }
            List<Comprehension> gens = generators(node);
            if (gens != null) {
                for (Node child : NodeChildren.of(node)) {
                    if (child == gens.get(0)) {
                        path.add(child);
                        walk(gens.get(0).iter(), name, path, repeated, out);
                        path.remove(path.size() - 1);
                        walk(gens.get(0).target(), name, path, true, out);
                        gens.get(0).ifs().forEach(x -> walk(x, name, path, true, out));
                    } else {
                        walk(child, name, path, true, out);
                    }
                }
                return;
            }
            for (Node child : NodeChildren.of(node)) {
                walk(child, name, path, repeated, out);
            }
        } finally {
            path.remove(path.size() - 1);
        }
    }

    private static List<Comprehension> generators(Node node) {
        if (node instanceof Expr.ListComp c) {
            return c.generators();
        }
        if (node instanceof Expr.SetComp c) {
            return c.generators();
        }
        if (node instanceof Expr.GeneratorExp c) {
            return c.generators();
        }
        if (node instanceof Expr.DictComp c) {
            return c.generators();
        }
        return null;
    }

    /** How the read {@code n} is used, from the nodes around it ({@code path}, innermost last). */
    private static Use use(Expr.Name n, List<Node> path) {
        Node parent = path.isEmpty() ? null : path.get(path.size() - 1);
        Node grand = path.size() < 2 ? null : path.get(path.size() - 2);
        if (parent instanceof Stmt.For f && f.iter() == n || parent instanceof Comprehension c && c.iter() == n) {
            return Use.ITER;
        }
        if (parent instanceof Expr.Call c && c.args().contains(n)) {
            if (c.func() instanceof Expr.Name f && c.args().size() == 1 && f.id().equals("len")) {
                return Use.LEN;
            }
            if (c.func() instanceof Expr.Name f && c.args().size() == 1 && f.id().equals("reversed")) {
                return Use.REVERSED;
            }
            if (c.func() instanceof Expr.Name f && CONSUMERS.contains(f.id())) {
                return Use.CONSUME;
            }
            if (c.func() instanceof Expr.Attribute a && a.attr().equals("join") && a.value() instanceof Expr.Constant
                    && c.args().size() == 1) {
                return Use.CONSUME;
            }
            return Use.OTHER;
        }
        if (parent instanceof Expr.Compare c) {
            int i = c.comparators().indexOf(n);
            if (i >= 0 && (c.ops().get(i) == CmpOp.In || c.ops().get(i) == CmpOp.NotIn)) {
                return Use.IN;
            }
            return Use.OTHER;
        }
        if (parent instanceof Expr.Subscript s && s.value() == n && !(s.slice() instanceof Expr.Slice)
                && s.ctx() == ExprContext.Load) {
            return Use.INDEX;
        }
        if (parent instanceof Expr.Attribute a && (a.attr().equals("count") || a.attr().equals("index"))
                && grand instanceof Expr.Call c && c.func() == a) {
            return Use.SEQUENCE_METHOD;
        }
        if (parent instanceof Stmt.If i && i.test() == n || parent instanceof Stmt.While w && w.test() == n
                || parent instanceof Expr.IfExp x && x.test() == n || parent instanceof Stmt.Assert a && a.test() == n
                || parent instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not) {
            return Use.TRUTH;
        }
        return Use.OTHER;
    }
}
