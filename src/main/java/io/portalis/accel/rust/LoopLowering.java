package io.portalis.accel.rust;

import static io.portalis.accel.rust.StatementLowering.isTrue;
import static io.portalis.accel.rust.StatementLowering.noneTest;
import static io.portalis.accel.rust.ValueConversions.not;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.LoopCtx;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

/**
 * Lowers {@code while} and {@code for} loops (with their {@code else}), the loop targets, and
 * what a loop iterates: the Rust iterable of a Python iterable and the type of its items.
 * Shares the function's state through {@code ft}.
 */
final class LoopLowering {
    private final FunctionTranslator ft;

    LoopLowering(FunctionTranslator ft) {
        this.ft = ft;
    }

    void whileStmt(Stmt.While w) {
        String label = "'" + ft.fresh("loop").replace("loop_", "loop");
        String elseLabel = w.orelse().isEmpty() ? null : "'" + ft.fresh("no_break").replace("no_break_", "no_break");
        LoopCtx loop = new LoopCtx(label, elseLabel, ft.labeledDepth + (elseLabel == null ? 0 : 1));
        if (elseLabel != null) {
            ft.labeledDepth++;
        }
        ft.loops.push(loop);
        List<RStmt> stmts;
        RStmt loopStmt;
        String present = noneTest(w.test(), CmpOp.IsNot);
        Local opt = present == null ? null : ft.lookupLocal(present);
        if (opt != null && opt.type() instanceof PyType.OptionalT o) {
            ft.scopes.push(new HashMap<>());
            Local inner = ft.narrow(present, opt, o.inner(), w.body());
            inner.assigned();
            stmts = ft.block(w.body());
            ft.scopes.pop();
            ft.loops.pop();
            RExpr value = ft.assignmentLowering.localValue(opt);
            loopStmt = new RStmt.While(loop.labelUsed ? label : null, value,
                    () -> "Some(" + (inner.mutable() ? "mut " : "") + inner.rust() + ")", stmts);
        } else if (isTrue(w.test())) {
            stmts = ft.block(w.body());
            ft.loops.pop();
            loopStmt = new RStmt.Loop(loop.labelUsed ? label : null, stmts);
        } else {
            List<RStmt> saved = ft.out;
            ft.out = new ArrayList<>();
            RExpr cond = ft.truthy(ft.operatorLowering.test(w.test(), PyType.BOOL), w.test());
            List<RStmt> pre = ft.out;
            ft.out = saved;
            stmts = ft.block(w.body());
            ft.loops.pop();
            if (pre.isEmpty()) {
                loopStmt = new RStmt.While(loop.labelUsed ? label : null, cond, stmts);
            } else {
                List<RStmt> body = new ArrayList<>(pre);
                body.add(new RStmt.If(List.of(new RStmt.Branch(not(cond), List.of(new RStmt.Jump("break", null, null))))));
                body.addAll(stmts);
                loopStmt = new RStmt.Loop(loop.labelUsed ? label : null, body);
            }
        }
        finishLoop(loopStmt, elseLabel, w.orelse());
    }

    private void finishLoop(RStmt loopStmt, String elseLabel, List<Stmt> orelse) {
        if (elseLabel == null) {
            ft.out.add(loopStmt);
            return;
        }
        List<RStmt> inner = new ArrayList<>();
        inner.add(loopStmt);
        // the else body runs inside the labelled block too: a break or continue there that
        // leaves an outer loop must name that loop (Rust rejects an unlabelled one)
        inner.addAll(ft.block(orelse));
        ft.labeledDepth--;
        ft.out.add(new RStmt.Expr(new RExpr.Block(elseLabel, inner, null)));
    }

    void forStmt(Stmt.For f) {
        RExpr dictIter = steppedIterable(f.iter());
        RExpr iter = dictIter != null ? dictIter : loopIterable(f.iter());
        PyType elem = elementType(f.iter());
        String label = "'" + ft.fresh("loop").replace("loop_", "loop");
        String elseLabel = f.orelse().isEmpty() ? null : "'" + ft.fresh("no_break").replace("no_break_", "no_break");
        LoopCtx loop = new LoopCtx(label, elseLabel, ft.labeledDepth + (elseLabel == null ? 0 : 1));
        if (elseLabel != null) {
            ft.labeledDepth++;
        }
        ft.scopes.push(new HashMap<>());
        RStmt.Pat pattern;
        List<RStmt> prefix = new ArrayList<>();
        if (ft.plan.loopBinds.contains(f)) {
            pattern = bindTarget(f.target(), elem);
            prefix.addAll(takeTargetPrefix());
        } else {
            Local item = ft.tempLocal("item", elem);
            pattern = item::rust;
            Val v = new Val(new RExpr.Atom(item.rust()), elem, Kind.OWNED);
            List<RStmt> saved = ft.out;
            ft.out = prefix;
            assignLoopTarget(f.target(), v);
            ft.out = saved;
        }
        ft.loops.push(loop);
        List<RStmt> body = ft.block(f.body());
        ft.loops.pop();
        ft.scopes.pop();
        List<RStmt> all = new ArrayList<>();
        if (dictIter != null) {
            // Each step of a live dict or set iteration may raise (the body changed its size).
            String step = ft.fresh("step");
            all.add(new RStmt.LetPattern(pattern, ft.tryOf(new RExpr.Atom(step))));
            pattern = () -> step;
        }
        all.addAll(prefix);
        all.addAll(body);
        finishLoop(new RStmt.For(loop.labelUsed ? label : null, pattern, iter, all), elseLabel, f.orelse());
    }

    /**
     * A {@code for} over a dict, its keys, values or items, or over a set, iterates the
     * container itself, as Python does, rather than a snapshot: each step may raise Python's
     * RuntimeError after a body that changed it (see the prelude's DictIter and SetIter).
     * Null when the iterable is not one of these.
     */
    private RExpr liveDictIterable(Expr iter) {
        String method = "iter_keys";
        Expr dict = iter;
        if (iter instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && c.args().isEmpty()
                && c.keywords().isEmpty() && Set.of("keys", "values", "items").contains(a.attr())) {
            method = "iter_" + a.attr();
            dict = a.value();
        }
        PyType type;
        try {
            type = ft.assignmentLowering.exprProbe(dict).type();
        } catch (Unsupported notAValue) {
            return null; // e.g. a class's own items(): the ordinary path settles it
        }
        if (type instanceof PyType.SetT && dict == iter) {
            ft.noteSetOrder(type);
            RExpr set = ft.expr(dict, null).code();
            if (iter instanceof Expr.Set display && display.elts().stream().allMatch(ConstantFolding::isConstant)
                    && set instanceof RExpr.Call call) {
                // CPython's optimizer makes a loop over a display of constants loop over a
                // frozenset constant instead, whatever the number of items.
                RExpr rebuilds = new RExpr.Atom(String.valueOf(ft.module.frozensets.rebuilds(display.elts())));
                Local constant = ft.tempLocal("constants", type);
                constant.assigned();
                ft.out.add(new RStmt.Let(constant, false, RExpr.call("py::Set::frozen_constant", call.args().get(0), rebuilds)));
                set = new RExpr.Atom(constant.rust());
            }
            return RExpr.method(set, "iter");
        }
        if (!(type instanceof PyType.DictT)) {
            return null;
        }
        return RExpr.method(ft.expr(dict, null).code(), method);
    }

    /**
     * An iterable whose every step may raise, so a loop over it unwraps each step: a live
     * dict iteration, or a generator (its body runs between the steps). Null for others.
     */
    RExpr steppedIterable(Expr iter) {
        RExpr dict = liveDictIterable(iter);
        if (dict != null) {
            return dict;
        }
        if (iter instanceof Expr.GeneratorExp g) {
            return ft.comprehensionLowering.hoisted(ft.comprehensionLowering.lazyGenerator(g, true)).code();
        }
        PyType type;
        try {
            type = ft.assignmentLowering.exprProbe(iter).type();
        } catch (Unsupported notAValue) {
            return null;
        }
        if (type instanceof PyType.GenT || IterableObjects.iterable(type)) {
            return ft.owned(IterableObjects.iterated(ft, ft.expr(iter, null)));
        }
        if (type instanceof PyType.LibT && !ReModule.isRe(type)) {
            // A live iteration of a standard-library container: a step after a change raises.
            return RExpr.method(ft.expr(iter, null).code(), "iter");
        }
        return null;
    }

    /** Declares the loop's target names in the current scope and gives the Rust pattern. */
    private static List<String> targetNamesInOrder(Expr target, List<String> into) {
        if (target instanceof Expr.Name n) {
            into.add(n.id());
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(x -> targetNamesInOrder(x, into));
        }
        return into;
    }

    RStmt.Pat bindTarget(Expr target, PyType elem) {
        if (target instanceof Expr.Name n) {
            Local l = ft.declare(n.id(), elem);
            l.assigned();
            ft.loopBound.add(l);
            return () -> (l.mutable() ? "mut " : "") + l.rust();
        }
        if (target instanceof Expr.Tuple t && NamedTuples.is(elem)) {
            return NamedTupleViews.loopTarget(this, ft, t, elem, targetPrefix);
        }
        if (target instanceof Expr.Tuple t && !(elem instanceof PyType.TupleT) && SequenceUnpacking.applies(elem)) {
            return countedTarget(t, elem);
        }
        if (target instanceof Expr.Tuple t) {
            if (!(elem instanceof PyType.TupleT tt) || tt.elems().size() != t.elts().size()) {
                throw Unsupported.type("cannot unpack " + elem.python() + " into " + t.elts().size() + " names", target);
            }
            List<RStmt.Pat> parts = new ArrayList<>();
            List<String> later = new ArrayList<>();
            t.elts().forEach(x -> targetNamesInOrder(x, later));
            for (int i = 0; i < t.elts().size(); i++) {
                Expr part = t.elts().get(i);
                targetNamesInOrder(part, new ArrayList<>()).forEach(later::remove);
                if (part instanceof Expr.Name n && later.contains(n.id())) {
                    // `for a, _, _ in ...`: a later place binds the name again, and the last one wins.
                    parts.add(() -> "_");
                    continue;
                }
                parts.add(bindTarget(part, tt.elems().get(i)));
            }
            return () -> {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < parts.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(parts.get(i).render());
                }
                return sb.append(parts.size() == 1 ? ",)" : ")").toString();
            };
        }
        throw Unsupported.construct("this loop target", target);
    }

    /**
     * Statements a loop body must start with: the unpacking of items whose length is known only at
     * run time ({@link #countedTarget}) and of NamedTuple items ({@link NamedTupleViews#loopTarget}),
     * an outer target's before the nested ones that need its names.
     */
    private final List<RStmt> targetPrefix = new ArrayList<>();

    /** The statements {@link #bindTarget} left for the start of the loop body (then forgotten). */
    List<RStmt> takeTargetPrefix() {
        List<RStmt> out = new ArrayList<>(targetPrefix);
        targetPrefix.clear();
        return out;
    }

    /**
     * {@code for k, v in pairs} over items that are lists or strs: each item is bound whole, then
     * counted and unpacked at the start of the body ({@link SequenceUnpacking}), with CPython's
     * ValueError when its length does not fit.
     */
    private RStmt.Pat countedTarget(Expr.Tuple t, PyType elem) {
        Local item = ft.tempLocal("item", elem);
        List<RStmt> saved = ft.out;
        ft.out = new ArrayList<>();
        try {
            SequenceUnpacking.AsTuple counted = SequenceUnpacking.of(ft,
                    new Val(new RExpr.Atom(item.rust()), elem, Kind.OWNED), t.elts(), t);
            Expr names = new Expr.Tuple(counted.targets(), t.ctx(), t.start(), t.end());
            int mark = targetPrefix.size();
            RStmt.Pat inner = bindTarget(names, counted.value().type());
            List<RStmt> nested = new ArrayList<>(targetPrefix.subList(mark, targetPrefix.size()));
            targetPrefix.subList(mark, targetPrefix.size()).clear();
            ft.out.add(new RStmt.LetPattern(inner, counted.value().code()));
            targetPrefix.addAll(ft.out);
            targetPrefix.addAll(nested); // a nested target's unpacking needs this one's names first
        } finally {
            ft.out = saved;
        }
        return item::rust;
    }

    private void assignLoopTarget(Expr target, Val v) {
        if (target instanceof Expr.Name n && ft.globalsHere.contains(n.id())) {
            Val c = ft.coerce(v, ft.assignmentLowering.global(n).type(), target);
            ft.out.add(new RStmt.Expr(ft.assignmentLowering.global(n).store(ft.owned(c))));
            return;
        }
        if (target instanceof Expr.Name n) {
            Local l = ft.lookupLocal(n.id());
            if (l == null) {
                throw Unsupported.construct("loop variable '" + n.id() + "' outside its function", target);
            }
            if (l.type() == null) {
                l.type(v.type());
            }
            l.assigned();
            ft.loopBound.add(l);
            ft.out.add(ft.assignmentLowering.assignLocal(l, ft.owned(ft.coerce(v, l.type(), target))));
            return;
        }
        if (target instanceof Expr.Tuple) {
            v = NamedTuples.asTuple(v);
        }
        if (target instanceof Expr.Tuple t && v.type() instanceof PyType.TupleT tt && tt.elems().size() == t.elts().size()) {
            for (int i = 0; i < t.elts().size(); i++) {
                Val item = new Val(new RExpr.Field(v.code(), String.valueOf(i)), tt.elems().get(i), Kind.PLACE);
                assignLoopTarget(t.elts().get(i), item);
            }
            return;
        }
        throw Unsupported.construct("this loop target", target);
    }

    /** The Rust iterable for a {@code for} loop over the expression. */
    RExpr loopIterable(Expr iter) {
        if (iter instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
                && ft.lookupLocal("range") == null && c.keywords().isEmpty() && (c.args().size() == 1 || c.args().size() == 2)) {
            RExpr start = c.args().size() == 1 ? new RExpr.Atom("0")
                    : ft.index(ft.expr(c.args().get(0), PyType.INT), c.args().get(0)).code();
            Expr stopE = c.args().get(c.args().size() - 1);
            RExpr stop = ft.index(ft.expr(stopE, PyType.INT), stopE).code();
            return new RExpr.Binary(start, "..", stop);
        }
        Val v = ft.expr(iter, null);
        if (v.type() instanceof PyType.ListT) {
            if (v.code() instanceof RExpr.Call call && call.callee().equals("py::List::from") && call.args().size() == 1
                    && !PyType.holdsFunction(v.type())) {
                // A list display no one else can see: loop over its items directly.
                return call.args().get(0);
            }
            return RExpr.method(v.code(), "iter");
        }
        return iterVec(v, iter);
    }

    PyType elementType(Expr iter) {
        Val v = ft.assignmentLowering.exprProbe(iter);
        return elementOf(v.type(), iter);
    }

    /** The type of an iterable's items. */
    static PyType elementOf(PyType t, Node at) {
        PyType e = iterElement(t);
        if (e == null) {
            throw Unsupported.type("cannot iterate over " + t.python(), at);
        }
        return e;
    }

    /** The type of the items of {@code t} when the translation can iterate it, else null. */
    static PyType iterElement(PyType t) {
        if (IterableObjects.iterable(t)) {
            return IterableObjects.element(t); // a class whose __iter__ is a generator
        }
        if (t instanceof PyType.ListT l) {
            return l.elem();
        }
        if (t instanceof PyType.VarTupleT v) {
            return v.elem();
        }
        if (t instanceof PyType.IterT i) {
            return i.elem();
        }
        if (t instanceof PyType.GenT g) {
            return g.elem();
        }
        if (t instanceof PyType.LibT l) {
            // re's Pattern and Match are not iterable (their elem is the groups' types).
            return ReModule.isRe(t) ? null : l.elem();
        }
        if (t == PyType.STR) {
            return PyType.STR;
        }
        if (t instanceof PyType.DictT d) {
            return d.key();
        }
        if (t instanceof PyType.SetT s) {
            return s.elem();
        }
        if (t instanceof PyType.TupleT tt && !tt.elems().isEmpty() && tt.elems().stream().allMatch(e -> e.equals(tt.elems().get(0)))) {
            return tt.elems().get(0);
        }
        if (NamedTuples.tupleType(t) != null) {
            return iterElement(NamedTuples.tupleType(t));
        }
        if (FlagClasses.is(t)) {
            return t; // a Flag value iterates over its canonical members
        }
        return null;
    }

    /** The items of an iterable as a Rust {@code Vec}, in Python's iteration order. */
    RExpr iterVec(Val v, Node at) {
        if (FlagClasses.members(v) != null) {
            return FlagClasses.members(v);
        }
        v = NamedTuples.asTuple(v);
        if (IterableObjects.iterable(v.type())) {
            v = IterableObjects.iterated(ft, v);
        }
        PyType t = v.type();
        if (t instanceof PyType.ListT) {
            return RExpr.method(v.code(), "items");
        }
        if (t instanceof PyType.IterT) {
            return ft.owned(v);
        }
        if (t instanceof PyType.VarTupleT || t instanceof PyType.LibT) {
            if (IoModule.isFile(t)) {
                return iterVec(IoModule.asLines(ft, v), at); // read to its end, as list(f) does
            }
            return RExpr.method(v.code(), "items");
        }
        if (t instanceof PyType.GenT) {
            // Runs the generator to its end: for consumers that take every item anyway.
            return ft.tryOf(RExpr.call("py::remaining", ft.owned(v)));
        }
        if (t == PyType.STR) {
            return RExpr.call("py::chars", ft.strRef(v));
        }
        if (t instanceof PyType.DictT) {
            return RExpr.method(v.code(), "keys");
        }
        if (t instanceof PyType.SetT) {
            ft.noteSetOrder(t);
            return RExpr.method(v.code(), "items");
        }
        if (t instanceof PyType.TupleT tt) {
            elementOf(t, at);
            // A computed tuple is made once, into a temporary, and its fields are moved out of it.
            Local made = v.code() instanceof RExpr.Atom ? null : ft.tempLocal("tuple", t);
            RExpr tuple = made == null ? v.code() : new RExpr.Atom(made.rust());
            List<RExpr> items = new ArrayList<>();
            for (int i = 0; i < tt.elems().size(); i++) {
                items.add(ft.owned(new Val(new RExpr.Field(tuple, String.valueOf(i)), tt.elems().get(i),
                        made == null ? v.kind() : Kind.OWNED)));
            }
            RExpr vec = new RExpr.Macro("vec", items, true, false);
            return made == null ? vec : new RExpr.Block(null, List.of(new RStmt.Let(made, false, ft.owned(v))), vec);
        }
        throw Unsupported.type("cannot iterate over " + t.python(), at);
    }

    /** Like {@link #iterVec} but also allows sets, for uses whose result does not depend on order. */
    private RExpr orderFreeVec(Val v, Node at) {
        if (v.type() instanceof PyType.SetT) {
            return RExpr.method(v.code(), "items");
        }
        return iterVec(v, at);
    }
}
