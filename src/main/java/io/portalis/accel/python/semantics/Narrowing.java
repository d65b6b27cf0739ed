package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.BoolOperator;
import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.MatchCase;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.python.ast.WithItem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Flow-sensitive narrowing, the rules mypy and pyright document, computed once per module before
 * any Rust is written: which reads of a name or member access path ({@code x}, {@code self.head},
 * {@code node.next.value}) are proved not None, or an instance of a class, by the tests that reach
 * them on every path. Narrowing comes from {@code is None}, {@code is not None}, {@code == None},
 * {@code != None}, {@code isinstance} with a class or a tuple of classes, truthiness, {@code not},
 * {@code and}/{@code or}, conditional expressions, {@code assert}, branches that end in
 * {@code return}/{@code raise}/{@code continue}/{@code break}, loop conditions, the walrus
 * operator, and assignments of values that are never None.
 *
 * <p>A fact about a path dies with an assignment to the name or to any prefix of the path, and an
 * assignment to an attribute {@code a} of any object kills every path through an attribute
 * {@code a} (two paths may name one object). Pyright keeps member access narrowing across calls;
 * here any call, yield or await (and, where the module's classes define operator methods, any
 * operator) kills every volatile fact: member access paths, globals and closure variables, since
 * code run there may change them and a translated program must never act on a stale fact. A
 * module that defines a property narrows no member access at all. Subscripts are never narrowed
 * (pyright's rule too). Lambdas, generator expressions past their first iterable, and nested
 * functions start knowing nothing: they run later.
 *
 * <p>This class walks the statements and expressions and carries the state along; what each kind of
 * test proves is decided by its own class: {@link NoneNarrowing}, {@link InstanceNarrowing},
 * {@link TruthNarrowing}, {@link TypeGuards}; {@link NarrowKills} says what code may rebind, and
 * {@link InertConstructors} which constructor calls rebind nothing that existed before them.
 */
public final class Narrowing {
    /** Builtins that run no code of the program when the module's classes define no special methods. */
    private static final Set<String> INERT_BUILTINS = Set.of("len", "isinstance", "abs", "str", "int", "float",
            "bool", "round", "repr", "print", "chr", "ord", "hash", "range", "divmod", "pow", "format", "id",
            "issubclass", "callable", "bin", "hex", "oct");
    private static final int MAX_ROUNDS = 32;

    private final NarrowContext cx;
    private final IdentityHashMap<Expr, Narrowed> facts = new IdentityHashMap<>();
    /** The module's classes define special methods: operators, f-strings and truth tests may run its code. */
    private final boolean userOperators;
    private final InertConstructors constructors;
    private final NoneNarrowing none;
    private final InstanceNarrowing instances;
    private final TruthNarrowing truth;
    private final TypeGuards typeGuards;
    private Deque<Loop> loops = new ArrayDeque<>();
    /** The finally bodies around the current statement, innermost first. */
    private Deque<List<Stmt>> finallies = new ArrayDeque<>();

    private record Loop(List<NarrowState> breaks, List<NarrowState> continues, int finallyDepth) {}

    private Narrowing(Mod.Module module, Function<Expr.Name, Resolution> resolve) {
        this.cx = new NarrowContext(module, resolve);
        this.userOperators = cx.userOperators;
        this.constructors = new InertConstructors(module, cx);
        this.none = new NoneNarrowing(cx, constructors);
        this.instances = new InstanceNarrowing(cx);
        this.truth = new TruthNarrowing(cx);
        this.typeGuards = new TypeGuards(module, cx);
    }

    /** The narrowing facts of a module whose names {@code resolve} knows. */
    public static NarrowingFacts analyze(Mod.Module module, Function<Expr.Name, Resolution> resolve) {
        Narrowing n = new Narrowing(module, resolve);
        n.body(module.body());
        return new NarrowingFacts(n.facts);
    }

    // ------------------------------------------------------------------ scopes that run later

    /** A function, class or lambda body: it starts knowing nothing, with loops of its own. */
    private void body(List<Stmt> stmts) {
        Deque<Loop> savedLoops = loops;
        Deque<List<Stmt>> savedFinallies = finallies;
        loops = new ArrayDeque<>();
        finallies = new ArrayDeque<>();
        block(stmts, NarrowState.EMPTY);
        loops = savedLoops;
        finallies = savedFinallies;
    }

    // ------------------------------------------------------------------ statements

    private NarrowState block(List<Stmt> stmts, NarrowState s) {
        for (Stmt st : stmts) {
            s = stmt(st, s);
        }
        return s;
    }

    private NarrowState stmt(Stmt st, NarrowState s) {
        if (st instanceof Stmt.FunctionDef f) {
            return def(f.decorator_list(), f.args().defaults(), f.args().kw_defaults(), f.body(), f.name(), s);
        }
        if (st instanceof Stmt.AsyncFunctionDef f) {
            return def(f.decorator_list(), f.args().defaults(), f.args().kw_defaults(), f.body(), f.name(), s);
        }
        if (st instanceof Stmt.ClassDef c) {
            s = exprs(c.decorator_list(), s);
            s = exprs(c.bases(), s);
            for (Keyword k : c.keywords()) {
                s = expr(k.value(), s);
            }
            body(c.body());
            return s.killVolatile().killPath(c.name());
        }
        if (st instanceof Stmt.Return r) {
            if (r.value() != null) {
                expr(r.value(), s);
            }
            return NarrowState.UNREACHABLE;
        }
        if (st instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                s = expr(r.exc(), s);
            }
            if (r.cause() != null) {
                expr(r.cause(), s);
            }
            return NarrowState.UNREACHABLE;
        }
        if (st instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                s = assign(t, null, s);
            }
            return s;
        }
        if (st instanceof Stmt.Assign a) {
            s = expr(a.value(), s);
            for (Expr t : a.targets()) {
                s = assign(t, a.targets().size() == 1 ? a.value() : null, s);
            }
            return s;
        }
        if (st instanceof Stmt.AnnAssign a) {
            if (a.value() == null) {
                return a.target() instanceof Expr.Name ? s : assign(a.target(), null, s);
            }
            s = expr(a.value(), s);
            return assign(a.target(), a.value(), s);
        }
        if (st instanceof Stmt.AugAssign a) {
            s = targetParts(a.target(), s);
            s = expr(a.value(), s);
            if (userOperators) {
                s = s.killVolatile();
            }
            return assign(a.target(), null, s);
        }
        if (st instanceof Stmt.For f) {
            return forLoop(f.target(), f.iter(), f.body(), f.orelse(), s);
        }
        if (st instanceof Stmt.AsyncFor f) {
            return forLoop(f.target(), f.iter(), f.body(), f.orelse(), s);
        }
        if (st instanceof Stmt.While w) {
            return whileLoop(w, s);
        }
        if (st instanceof Stmt.If i) {
            Branches b = cond(i.test(), s);
            return NarrowState.join(block(i.body(), b.whenTrue()), block(i.orelse(), b.whenFalse()));
        }
        if (st instanceof Stmt.With w) {
            return with(w.items(), w.body(), s);
        }
        if (st instanceof Stmt.AsyncWith w) {
            return with(w.items(), w.body(), s);
        }
        if (st instanceof Stmt.Match m) {
            expr(m.subject(), s);
            for (MatchCase c : m.cases()) {
                NarrowState cs = NarrowState.EMPTY;
                if (c.guard() != null) {
                    cs = cond(c.guard(), cs).whenTrue();
                }
                block(c.body(), cs);
            }
            return s.unreachable() ? s : NarrowState.EMPTY;
        }
        if (st instanceof Stmt.Try t) {
            return tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), s);
        }
        if (st instanceof Stmt.TryStar t) {
            return tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), s);
        }
        if (st instanceof Stmt.Assert a) {
            Branches b = cond(a.test(), s);
            if (a.msg() != null) {
                expr(a.msg(), b.whenFalse());
            }
            return b.whenTrue();
        }
        if (st instanceof Stmt.Import || st instanceof Stmt.ImportFrom) {
            return NarrowKills.kill(s, List.of(st)).killVolatile();
        }
        if (st instanceof Stmt.Expr e) {
            return expr(e.value(), s);
        }
        if (st instanceof Stmt.Break) {
            Loop loop = loops.peek();
            if (loop != null) {
                loop.breaks().add(leaving(s, loop));
            }
            return NarrowState.UNREACHABLE;
        }
        if (st instanceof Stmt.Continue) {
            Loop loop = loops.peek();
            if (loop != null) {
                loop.continues().add(leaving(s, loop));
            }
            return NarrowState.UNREACHABLE;
        }
        return s; // pass, global, nonlocal
    }

    private NarrowState def(List<Expr> decorators, List<Expr> defaults, List<Expr> kwDefaults, List<Stmt> body,
            String name, NarrowState s) {
        s = exprs(decorators, s);
        s = exprs(defaults, s);
        for (Expr d : kwDefaults) {
            if (d != null) {
                s = expr(d, s);
            }
        }
        body(body);
        return (decorators.isEmpty() ? s : s.killVolatile()).killPath(name);
    }

    /** The state a break or continue takes to its loop: the finally bodies it runs first have run. */
    private NarrowState leaving(NarrowState s, Loop loop) {
        int depth = finallies.size();
        for (List<Stmt> fin : finallies) {
            if (depth-- <= loop.finallyDepth()) {
                break;
            }
            s = NarrowKills.kill(s, fin).killVolatile();
        }
        return s;
    }

    private NarrowState whileLoop(Stmt.While w, NarrowState entry) {
        NarrowState head = entry;
        for (int round = 0; ; round++) {
            Loop loop = new Loop(new ArrayList<>(), new ArrayList<>(), finallies.size());
            loops.push(loop);
            Branches b = cond(w.test(), head);
            NarrowState end = block(w.body(), b.whenTrue());
            loops.pop();
            NarrowState next = NarrowState.join(head, end);
            for (NarrowState c : loop.continues()) {
                next = NarrowState.join(next, c);
            }
            if (next.equals(head) || round >= MAX_ROUNDS) {
                if (!next.equals(head)) {
                    head = NarrowState.EMPTY; // never seen: give up what the loop knows, and go round once more
                    continue;
                }
                NarrowState exit = block(w.orelse(), b.whenFalse());
                for (NarrowState br : loop.breaks()) {
                    exit = NarrowState.join(exit, br);
                }
                return exit;
            }
            head = next;
        }
    }

    private NarrowState forLoop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, NarrowState entry) {
        NarrowState head = expr(iter, entry);
        // Taking the next item may run a generator's code, unless the loop counts over range().
        boolean inert = iter instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
                && cx.builtin(n);
        for (int round = 0; ; round++) {
            Loop loop = new Loop(new ArrayList<>(), new ArrayList<>(), finallies.size());
            loops.push(loop);
            NarrowState start = assign(target, null, inert ? head : head.killVolatile());
            NarrowState end = block(body, start);
            loops.pop();
            NarrowState next = NarrowState.join(head, end);
            for (NarrowState c : loop.continues()) {
                next = NarrowState.join(next, c);
            }
            if (next.equals(head) || round >= MAX_ROUNDS) {
                if (!next.equals(head)) {
                    head = NarrowState.EMPTY;
                    continue;
                }
                NarrowState exit = block(orelse, inert ? head : head.killVolatile());
                for (NarrowState br : loop.breaks()) {
                    exit = NarrowState.join(exit, br);
                }
                return exit;
            }
            head = next;
        }
    }

    private NarrowState with(List<WithItem> items, List<Stmt> body, NarrowState s) {
        for (WithItem w : items) {
            s = expr(w.context_expr(), s).killVolatile();
            if (w.optional_vars() != null) {
                s = assign(w.optional_vars(), null, s);
            }
        }
        NarrowState end = block(body, s);
        // A context manager may swallow an exception raised anywhere in the body.
        NarrowState swallowed = NarrowKills.kill(s, body);
        return NarrowState.join(end, swallowed).killVolatile();
    }

    private NarrowState tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, NarrowState s) {
        if (!finalbody.isEmpty()) {
            finallies.push(finalbody);
        }
        NarrowState bodyEnd = block(body, s);
        // An exception may leave the body anywhere: what held on entry and nothing there changed.
        NarrowState raised = NarrowKills.kill(s, body).killVolatile();
        NarrowState after = block(orelse, bodyEnd);
        List<Stmt> all = new ArrayList<>(body);
        all.addAll(orelse);
        for (ExceptHandler h : handlers) {
            NarrowState hs = h.type() == null ? raised : expr(h.type(), raised);
            if (h.name() != null) {
                hs = hs.killPath(h.name());
            }
            NarrowState end = block(h.body(), hs);
            all.addAll(h.body());
            after = NarrowState.join(after, h.name() == null ? end : end.killPath(h.name()));
        }
        if (finalbody.isEmpty()) {
            return after;
        }
        finallies.pop();
        // The finally body runs on every way out, an exception or a return included.
        NarrowState entered = NarrowState.join(after, NarrowKills.kill(s, all).killVolatile());
        NarrowState end = block(finalbody, entered);
        return after.unreachable() ? NarrowState.UNREACHABLE : end;
    }

    // ------------------------------------------------------------------ assignment

    /** Binds (or deletes, with a null value) a target; a value never None narrows the name or path it binds. */
    private NarrowState assign(Expr target, Expr value, NarrowState s) {
        if (target instanceof Expr.Name n) {
            s = s.killPath(n.id());
            Narrowed v = value == null ? null : none.valueFact(value, facts);
            return v == null ? s : s.with(n.id(), v, cx.volatileRoot(n));
        }
        if (target instanceof Expr.Attribute a) {
            s = expr(a.value(), s);
            if (userOperators) {
                s = s.killVolatile(); // __setattr__
            }
            Narrowed v = value == null ? null : none.valueFact(value, facts);
            s = s.assignAttribute(a.attr(), v);
            String path = cx.path(a);
            if (path != null) {
                s = s.killPath(path);
            }
            return v == null || path == null ? s : s.with(path, v, true);
        }
        if (target instanceof Expr.Subscript sub) {
            s = expr(sub.value(), s);
            s = expr(sub.slice(), s);
            return userOperators ? s.killVolatile() : s;
        }
        if (target instanceof Expr.Starred st) {
            return assign(st.value(), null, s);
        }
        if (target instanceof Expr.Tuple t) {
            for (Expr e : t.elts()) {
                s = assign(e, null, s);
            }
            return s;
        }
        if (target instanceof Expr.List l) {
            for (Expr e : l.elts()) {
                s = assign(e, null, s);
            }
            return s;
        }
        return expr(target, s);
    }

    /** The parts of an augmented assignment's target that are read before it is stored. */
    private NarrowState targetParts(Expr target, NarrowState s) {
        if (target instanceof Expr.Attribute a) {
            return expr(a.value(), s);
        }
        if (target instanceof Expr.Subscript sub) {
            return expr(sub.slice(), expr(sub.value(), s));
        }
        return s;
    }

    // ------------------------------------------------------------------ expressions

    private NarrowState exprs(List<Expr> es, NarrowState s) {
        for (Expr e : es) {
            s = expr(e, s);
        }
        return s;
    }

    /** Evaluates an expression for its value: records what each read in it is known to be. */
    private NarrowState expr(Expr e, NarrowState s) {
        if (e instanceof Expr.Name n) {
            if (n.ctx() == ExprContext.Load) {
                record(n, s);
            }
            return s;
        }
        if (e instanceof Expr.Attribute a) {
            s = expr(a.value(), s);
            if (a.ctx() == ExprContext.Load) {
                record(a, s);
            }
            return s;
        }
        if (e instanceof Expr.BoolOp || (e instanceof Expr.Compare c && c.ops().size() == 1)
                || (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not)) {
            return cond(e, s).either();
        }
        if (e instanceof Expr.IfExp i) {
            Branches b = cond(i.test(), s);
            return NarrowState.join(expr(i.body(), b.whenTrue()), expr(i.orelse(), b.whenFalse()));
        }
        if (e instanceof Expr.NamedExpr ne) {
            s = expr(ne.value(), s);
            return assign(ne.target(), ne.value(), s);
        }
        if (e instanceof Expr.Call c) {
            s = expr(c.func(), s);
            boolean starred = false;
            for (Expr a : c.args()) {
                s = expr(a, s);
                starred |= a instanceof Expr.Starred;
            }
            for (Keyword k : c.keywords()) {
                s = expr(k.value(), s);
                starred |= k.arg() == null;
            }
            boolean inert = !userOperators && !starred && c.func() instanceof Expr.Name f
                    && INERT_BUILTINS.contains(f.id()) && cx.builtin(f);
            inert |= !starred && constructors.inertCall(c);
            return inert ? s : s.killVolatile();
        }
        if (e instanceof Expr.Lambda l) {
            s = exprs(l.args().defaults(), s);
            for (Expr d : l.args().kw_defaults()) {
                if (d != null) {
                    s = expr(d, s);
                }
            }
            Deque<Loop> savedLoops = loops;
            loops = new ArrayDeque<>();
            expr(l.body(), NarrowState.EMPTY);
            loops = savedLoops;
            return s;
        }
        if (e instanceof Expr.ListComp c) {
            return comprehension(c.generators(), List.of(c.elt()), c, false, s);
        }
        if (e instanceof Expr.SetComp c) {
            return comprehension(c.generators(), List.of(c.elt()), c, false, s);
        }
        if (e instanceof Expr.DictComp c) {
            return comprehension(c.generators(), List.of(c.key(), c.value()), c, false, s);
        }
        if (e instanceof Expr.GeneratorExp c) {
            return comprehension(c.generators(), List.of(c.elt()), c, true, s);
        }
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom || e instanceof Expr.Await) {
            for (Node child : NodeChildren.of(e)) {
                s = expr((Expr) child, s);
            }
            return s.killVolatile();
        }
        boolean operator = e instanceof Expr.BinOp || e instanceof Expr.UnaryOp || e instanceof Expr.Subscript
                || e instanceof Expr.FormattedValue || e instanceof Expr.Compare;
        for (Node child : NodeChildren.of(e)) {
            if (child instanceof Expr x) {
                s = expr(x, s);
            }
        }
        return operator && userOperators ? s.killVolatile() : s;
    }

    private NarrowState comprehension(List<Comprehension> gens, List<Expr> elts, Expr whole, boolean lazy,
            NarrowState s) {
        List<Node> inside = NarrowKills.walk(whole);
        NarrowState inner = s;
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            inner = expr(g.iter(), i == 0 ? s : inner);
            if (i == 0) {
                s = inner;
                if (lazy) {
                    inner = NarrowState.EMPTY; // the rest runs when the generator is consumed
                }
            }
            // Each item may come after code of an earlier item ran: only this scope's own facts hold.
            inner = NarrowKills.killNodes(inner, inside).killVolatile();
            inner = assign(g.target(), null, inner);
            for (Expr test : g.ifs()) {
                inner = cond(test, inner).whenTrue();
            }
        }
        for (Expr elt : elts) {
            inner = expr(elt, inner);
        }
        return NarrowKills.killNodes(s, inside).killVolatile();
    }

    /** Evaluates a test: what holds when it is true and when it is false. */
    private Branches cond(Expr e, NarrowState s) {
        if (e instanceof Expr.BoolOp b) {
            boolean and = b.op() == BoolOperator.And;
            NarrowState cur = s;
            NarrowState exits = NarrowState.UNREACHABLE;
            for (Expr v : b.values()) {
                Branches r = cond(v, cur);
                exits = NarrowState.join(exits, and ? r.whenFalse() : r.whenTrue());
                cur = and ? r.whenTrue() : r.whenFalse();
            }
            return and ? new Branches(cur, exits) : new Branches(exits, cur);
        }
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not) {
            Branches r = cond(u.operand(), s);
            return new Branches(r.whenFalse(), r.whenTrue());
        }
        if (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Bool bool) {
            return bool.value() ? new Branches(s, NarrowState.UNREACHABLE) : new Branches(NarrowState.UNREACHABLE, s);
        }
        if (e instanceof Expr.Compare c && c.ops().size() == 1) {
            CmpOp op = c.ops().get(0);
            Expr left = c.left();
            Expr right = c.comparators().get(0);
            NarrowState after = expr(right, expr(left, s));
            boolean identity = op == CmpOp.Is || op == CmpOp.IsNot;
            if (userOperators && !identity) {
                after = after.killVolatile();
            }
            Branches typeIs = instances.typeIs(op, left, right, after);
            if (typeIs != null) {
                return typeIs;
            }
            Branches noneTest = none.compare(op, left, right, after);
            return noneTest != null ? noneTest : Branches.same(after);
        }
        if (instances.isIsinstance(e)) {
            return instances.isinstance((Expr.Call) e, expr(e, s));
        }
        if (typeGuards.isGuardCall(e)) {
            return typeGuards.test((Expr.Call) e, expr(e, s));
        }
        return truth.test(e, expr(e, s));
    }

    // ------------------------------------------------------------------ paths

    private void record(Expr read, NarrowState s) {
        String path = cx.path(read);
        Narrowed n = path == null || s.unreachable() ? null : s.get(path);
        if (n == null) {
            facts.remove(read);
        } else {
            facts.put(read, n);
        }
    }
}
