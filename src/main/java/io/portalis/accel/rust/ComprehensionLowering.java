package io.portalis.accel.rust;

import static io.portalis.accel.rust.ExpressionLowering.settleElement;
import static io.portalis.accel.rust.LoopLowering.elementOf;

import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.LoopCtx;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lowers comprehensions and generator expressions: eager list/set/dict comprehensions and lazy
 * generator expressions consumed at once or kept. Shares the function's state through {@code ft}.
 */
final class ComprehensionLowering {
    private final FunctionTranslator ft;

    ComprehensionLowering(FunctionTranslator ft) {
        this.ft = ft;
    }

    /** A value for a consumer that takes items one at a time: a generator expression runs lazily. */
    Val lazyOperand(Expr e, boolean consumedHere) {
        if (e instanceof Expr.GeneratorExp g) {
            return hoisted(lazyGenerator(g, consumedHere));
        }
        return IoModule.asLines(ft, ft.expr(e, null)); // a text file steps through its lines
    }

    /** A lazy generator made by a statement of its own, before the one that uses it. */
    Val hoisted(Val generator) {
        Local l = ft.tempLocal("generator", generator.type());
        ft.out.add(new RStmt.Let(l, false, generator.code()));
        return new Val(new RExpr.Atom(l.rust()), generator.type(), Kind.OWNED);
    }

    /**
     * A generator expression that runs lazily, as Python's does: a {@code py::Gen} over an async
     * block. The outermost iterable is evaluated now, as in Python; the element and the
     * conditions at each step. The block holds copies of the locals it reads, so those must not
     * change later (checked at the end of the function), nor, unless the generator is consumed
     * by the statement that makes it ({@code consumedHere}), be loop variables.
     */
    Val lazyGenerator(Expr.GeneratorExp g, boolean consumedHere) {
        if (!WalrusTargets.of(g).isEmpty()) {
            throw Unsupported.construct("assignment expression (:=) in a generator expression kept for later "
                    + "(it binds its name in the function each time the generator steps)", g);
        }
        Comprehension first = g.generators().get(0);
        if (first.is_async() != 0) {
            throw Unsupported.construct("async comprehension", first);
        }
        Val source = IterableObjects.iterated(ft, ft.expr(first.iter(), null));
        PyType firstElem = elementOf(source.type(), first.iter());
        boolean stepped = source.type() instanceof PyType.GenT;
        RExpr items;
        if (stepped) {
            items = ft.owned(source);
        } else if (source.type() instanceof PyType.ListT) {
            items = RExpr.method(source.code(), "iter"); // live, as Python's list iterator
        } else if (source.type() instanceof PyType.DictT) {
            throw Unsupported.construct("lazy generator expression over a dict", first.iter());
        } else {
            items = ft.iterVec(source, first.iter());
        }
        List<RStmt> setup = new ArrayList<>();
        Local itemsLocal = ft.tempLocal("items", null);
        itemsLocal.type(new PyType.Prim("items", "_", false));
        setup.add(new RStmt.Let(itemsLocal, false, items));
        // The locals the block reads, copied in (handles share their object, as in Python).
        Set<String> reads = new java.util.TreeSet<>(DeclarationPlanner.reads(g.elt()));
        Set<String> own = new HashSet<>();
        for (int i = 0; i < g.generators().size(); i++) {
            Comprehension c = g.generators().get(i);
            if (i > 0) {
                reads.addAll(DeclarationPlanner.reads(c.iter()));
            }
            c.ifs().forEach(x -> reads.addAll(DeclarationPlanner.reads(x)));
            DeclarationPlanner.targetNames(c.target(), own);
        }
        reads.removeAll(own);
        if (reads.contains("self") && ft.cls != null) {
            throw Unsupported.construct("lazy generator expression reading self", g);
        }
        for (String name : reads) {
            Local l = ft.lookupLocal(name);
            if (l == null) {
                continue;
            }
            if (!l.rust().matches("(r#)?[A-Za-z_][A-Za-z0-9_]*")) {
                throw Unsupported.construct("lazy generator expression reading the narrowed Optional '" + name + "'", g);
            }
            if (!consumedHere && ft.loopBound.contains(l)) {
                throw Unsupported.construct("generator expression kept beyond its statement reading the loop variable '"
                        + name + "' (Python reads its latest value at each step)", g);
            }
            ft.lazyReads.putIfAbsent(l, g);
            if (!l.type().copy()) {
                Local copy = new Local(name, l.rust(), l.type());
                copy.assigned();
                setup.add(new RStmt.Let(copy, false, RExpr.method(new RExpr.Atom(l.rust()), "clone")));
            }
        }
        // The block: the loops of the expression, yielding at the innermost.
        List<RStmt> savedOut = ft.out;
        String savedError = ft.errorLabel;
        String savedReturn = ft.returnLabel;
        int savedDepth = ft.labeledDepth;
        Deque<LoopCtx> savedLoops = new ArrayDeque<>(ft.loops);
        ft.out = new ArrayList<>();
        ft.errorLabel = null;
        ft.returnLabel = null;
        ft.labeledDepth = 0;
        ft.loops.clear();
        PyType[] itemType = new PyType[1];
        RStmt loop;
        ft.scopes.push(new HashMap<>());
        try {
            RStmt.Pat pattern = ft.loopLowering.bindTarget(first.target(), firstElem);
            List<RStmt> prefix = ft.loopLowering.takeTargetPrefix();
            List<RStmt> body = new ArrayList<>();
            if (stepped) {
                String step = ft.fresh("step");
                body.add(new RStmt.LetPattern(pattern, ft.tryOf(new RExpr.Atom(step))));
                pattern = () -> step;
            }
            body.addAll(prefix);
            body.addAll(compLoopWithIfs(first.ifs(), 0, g.generators(), 0, () -> {
                Val v = ft.expr(g.elt(), null);
                itemType[0] = settleElement(ft, v.type(), g.elt());
                RExpr give = RExpr.method(new RExpr.Atom("yielder"), "give", ft.owned(ft.coerce(v, itemType[0], g.elt())));
                ft.out.add(new RStmt.Expr(ft.tryOf(new RExpr.Field(give, "await"))));
            }));
            loop = new RStmt.For(null, pattern, new RExpr.Atom(itemsLocal.rust()), body);
        } finally {
            ft.scopes.pop();
            ft.out = savedOut;
            ft.errorLabel = savedError;
            ft.returnLabel = savedReturn;
            ft.labeledDepth = savedDepth;
            ft.loops.addAll(savedLoops);
        }
        Local yielder = new Local("", "yielder", null);
        yielder.assigned();
        Local body = ft.tempLocal("body", null);
        RExpr async = new RExpr.Block("async move", List.of(loop), new RExpr.Atom("Ok(())"));
        RExpr bodyBlock = new RExpr.Block(null, List.of(
                new RStmt.Let(yielder, false, RExpr.method(new RExpr.Atom("yielder"), "clone"))), async);
        List<RStmt> stmts = new ArrayList<>();
        stmts.add(new RStmt.Let(yielder, false, RExpr.call("py::Yielder::new")));
        stmts.addAll(setup);
        stmts.add(new RStmt.Let(body, false, bodyBlock));
        RExpr gen = RExpr.call("py::Gen::new", new RExpr.Atom("\"<genexpr>\""), new RExpr.Atom("yielder"),
                new RExpr.Atom(body.rust()));
        return new Val(new RExpr.Block(null, stmts, gen), new PyType.GenT(itemType[0]), Kind.OWNED);
    }

    /**
     * A comprehension becomes a loop that fills a Vec, emitted before the statement that uses it;
     * the value is that Vec (a generator), or a list, set or dict made from it.
     */
    Val comprehension(List<Comprehension> gens, Expr elt, Expr value, String kind, Node at) {
        Local acc = ft.tempLocal(kind.equals("dict") ? "pairs" : "items", null);
        acc.assigned();
        acc.type(new PyType.Prim("vec", "Vec", false));
        ft.out.add(new RStmt.Let(acc, false, RExpr.call("Vec::new")));
        List<RStmt> saved = ft.out;
        ft.scopes.push(new HashMap<>());
        PyType[] result = new PyType[2];
        List<RStmt> loop = compLoop(gens, 0, () -> {
            Val k = ft.expr(elt, null);
            result[0] = settleElement(ft, k.type(), elt);
            RExpr pushed;
            if (value != null) {
                Val v = ft.expr(value, null);
                result[1] = settleElement(ft, v.type(), value);
                pushed = new RExpr.Tuple(List.of(ft.owned(ft.coerce(k, result[0], elt)), ft.owned(ft.coerce(v, result[1], value))));
            } else {
                pushed = ft.owned(ft.coerce(k, result[0], elt));
            }
            ft.out.add(new RStmt.Expr(RExpr.method(new RExpr.Atom(acc.rust()), "push", pushed)));
        }, null);
        ft.scopes.pop();
        ft.out = saved;
        ft.out.addAll(loop);
        RExpr vec = new RExpr.Atom(acc.rust());
        return switch (kind) {
            case "list" -> new Val(RExpr.call("py::List::from", vec), new PyType.ListT(result[0]), Kind.OWNED);
            case "set" -> {
                PyType.requireSetElement(result[0], at);
                yield new Val(RExpr.call("py::Set::from", vec), new PyType.SetT(result[0]), Kind.OWNED);
            }
            case "dict" -> {
                if (!PyType.hashable(result[0])) {
                    throw Unsupported.construct("dict keyed by " + result[0].python(), at);
                }
                yield new Val(RExpr.call("py::Dict::from", vec), new PyType.DictT(result[0], result[1]), Kind.OWNED);
            }
            default -> new Val(vec, new PyType.IterT(result[0]), Kind.OWNED);
        };
    }

    List<RStmt> compLoop(List<Comprehension> gens, int index, Runnable innermost, String label) {
        List<RStmt> saved = ft.out;
        ft.out = new ArrayList<>();
        try {
            if (index == gens.size()) {
                innermost.run();
                return ft.out;
            }
            Comprehension g = gens.get(index);
            if (g.is_async() != 0) {
                throw Unsupported.construct("async comprehension", g);
            }
            RExpr dictIter = ft.loopLowering.steppedIterable(g.iter());
            RExpr iter = dictIter != null ? dictIter : ft.loopLowering.loopIterable(g.iter());
            PyType elem = ft.loopLowering.elementType(g.iter());
            ft.scopes.push(new HashMap<>());
            RStmt.Pat pattern = ft.loopLowering.bindTarget(g.target(), elem);
            List<RStmt> prefix = ft.loopLowering.takeTargetPrefix();
            List<RStmt> body = new ArrayList<>();
            if (dictIter != null) {
                String step = ft.fresh("step");
                body.add(new RStmt.LetPattern(pattern, ft.tryOf(new RExpr.Atom(step))));
                pattern = () -> step;
            }
            body.addAll(prefix);
            List<RStmt> inner = compLoopWithIfs(g.ifs(), 0, gens, index, innermost);
            body.addAll(inner);
            ft.scopes.pop();
            ft.out.add(new RStmt.For(index == 0 ? label : null, pattern, iter, body));
            return ft.out;
        } finally {
            ft.out = saved;
        }
    }

    private List<RStmt> compLoopWithIfs(List<Expr> ifs, int i, List<Comprehension> gens, int index, Runnable innermost) {
        if (i == ifs.size()) {
            return compLoop(gens, index + 1, innermost, null);
        }
        List<RStmt> saved = ft.out;
        ft.out = new ArrayList<>();
        try {
            RExpr cond = ft.truthy(ft.operatorLowering.test(ifs.get(i), PyType.BOOL), ifs.get(i));
            List<RStmt> body = compLoopWithIfs(ifs, i + 1, gens, index, innermost);
            ft.out.add(new RStmt.If(List.of(new RStmt.Branch(cond, body))));
            return ft.out;
        } finally {
            ft.out = saved;
        }
    }
}
