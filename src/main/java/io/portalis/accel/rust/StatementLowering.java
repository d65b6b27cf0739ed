package io.portalis.accel.rust;

import static io.portalis.accel.rust.LoopLowering.elementOf;
import static io.portalis.accel.rust.ValueConversions.not;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.rust.FunctionTranslator.LoopCtx;
import io.portalis.accel.rust.FunctionTranslator.OutOfOrder;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers one statement at a time: the dispatch over statement kinds, evaluation order of a
 * statement's operands, {@code if}, {@code return}, {@code yield}, and the facts about a block's
 * control flow (does it terminate, break, diverge). Shares the function's state through {@code ft}.
 */
final class StatementLowering {
    private final FunctionTranslator ft;

    StatementLowering(FunctionTranslator ft) {
        this.ft = ft;
    }

    void stmt(Stmt s) {
        Stmt outer = ft.statement;
        ft.statement = s;
        try {
            inOrder(s);
        } finally {
            ft.statement = outer;
        }
    }

    /**
     * Translates a statement. Where an operand needs statements of its own (a comprehension, a
     * key= function) to the right of one that stays inline, the statement is translated again
     * with each operand that could notice the difference in a temporary, in Python's order.
     */
    private void inOrder(Stmt s) {
        List<RStmt> list = ft.out;
        int mark = ft.out.size();
        int scopeDepth = ft.scopes.size();
        int loopDepth = ft.loops.size();
        int handlerDepth = ft.handlerVars.size();
        int narrowDepth = ft.narrowedGlobals.size();
        int savedLabeledDepth = ft.labeledDepth;
        String savedError = ft.errorLabel;
        String savedReturn = ft.returnLabel;
        Map<Local, Node> savedLazy = new java.util.IdentityHashMap<>(ft.lazyReads);
        Map<Local, Node> savedClosable = new java.util.LinkedHashMap<>(ft.closableVars);
        ft.inlineBefore = null;
        try {
            statementBody(s);
        } catch (OutOfOrder again) {
            if (ft.pinning) {
                throw again;
            }
            ft.out = list;
            ft.out.subList(mark, ft.out.size()).clear();
            while (ft.scopes.size() > scopeDepth) {
                ft.scopes.pop();
            }
            while (ft.loops.size() > loopDepth) {
                ft.loops.pop();
            }
            while (ft.handlerVars.size() > handlerDepth) {
                ft.handlerVars.pop();
            }
            while (ft.narrowedGlobals.size() > narrowDepth) {
                ft.narrowedGlobals.pop();
            }
            ft.labeledDepth = savedLabeledDepth;
            ft.errorLabel = savedError;
            ft.returnLabel = savedReturn;
            ft.lazyReads.clear();
            ft.lazyReads.putAll(savedLazy);
            ft.closableVars.clear();
            ft.closableVars.putAll(savedClosable);
            ft.inlineBefore = null;
            ft.pinning = true;
            try {
                statementBody(s);
            } finally {
                ft.pinning = false;
            }
        }
    }

    /**
     * Notes that the program's behaviour depends on the order of values of this type when it
     * holds a set of str: that order follows CPython's str hashes, which differ per process
     * unless PYTHONHASHSEED is set.
     */
    void noteSetOrder(PyType t) {
        if (showsStrSet(t)) {
            ft.module.noteStrSetOrder(ft.statement);
        }
    }

    private static boolean showsStrSet(PyType t) {
        if (t instanceof PyType.SetT s) {
            return PyType.hashesStr(s.elem());
        }
        if (t instanceof PyType.ListT l) {
            return showsStrSet(l.elem());
        }
        if (t instanceof PyType.DictT d) {
            return showsStrSet(d.key()) || showsStrSet(d.value());
        }
        if (t instanceof PyType.TupleT tt) {
            return tt.elems().stream().anyMatch(StatementLowering::showsStrSet);
        }
        if (t instanceof PyType.OptionalT o) {
            return showsStrSet(o.inner());
        }
        return false;
    }

    private void statementBody(Stmt s) {
        if (s instanceof Stmt.Expr e) {
            if (e.value() instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str) {
                return;
            }
            if (ft.yieldType != null && (e.value() instanceof Expr.Yield || e.value() instanceof Expr.YieldFrom)) {
                yieldStmt(e.value());
                return;
            }
            List<Expr> exitArgs = SysModule.exitArguments(ft, e.value());
            if (exitArgs != null) {
                // sys.exit(code) as a statement is `raise SystemExit(code)`: it ends the block in Rust too.
                ft.out.add(ft.exceptionLowering.raiseStmt(SysModule.systemExit(ft, exitArgs)));
                return;
            }
            Val v = ft.expr(e.value(), null);
            ft.out.add(new RStmt.Expr(v.code()));
        } else if (s instanceof Stmt.Assign a) {
            if (a.targets().size() != 1) {
                chainedAssign(a);
                return;
            }
            ft.assignmentLowering.assign(s, a.targets().get(0), a.value(), null);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null && ft.module.fromValue(a.annotation())) {
                ft.assignmentLowering.assign(s, a.target(), a.value(), null); // x: list = [1] / x: Final = 3: the value's type
                return;
            }
            PyType t = ft.module.annotation(a.annotation());
            if (a.value() == null) {
                if (a.target() instanceof Expr.Name n) {
                    Local l = ft.lookupLocal(n.id());
                    if (l != null && l.type() == null) {
                        l.type(t);
                    }
                    return;
                }
                throw Unsupported.construct("annotation without a value", s);
            }
            ft.assignmentLowering.assign(s, a.target(), a.value(), t);
        } else if (s instanceof Stmt.AugAssign a) {
            ft.assignmentLowering.augAssign(a);
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.While w) {
            ft.loopLowering.whileStmt(w);
        } else if (s instanceof Stmt.For f) {
            ft.loopLowering.forStmt(f);
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.Raise r) {
            ft.exceptionLowering.raise(r);
        } else if (s instanceof Stmt.Try t) {
            ft.exceptionLowering.tryStmt(t);
        } else if (s instanceof Stmt.Assert a) {
            RExpr cond = ft.truthy(ft.operatorLowering.test(a.test(), null), a.test());
            List<Expr> msg = a.msg() == null ? List.of() : List.of(a.msg());
            List<RStmt> body = List.of(ft.exceptionLowering.raiseStmt(ft.builtinException("AssertionError", msg)));
            ft.out.add(new RStmt.If(List.of(new RStmt.Branch(not(cond), body))));
        } else if (s instanceof Stmt.Pass) {
            return;
        } else if (s instanceof Stmt.Break b) {
            LoopCtx loop = ft.loops.peek();
            if (loop == null) {
                throw Unsupported.construct("break outside a loop", b);
            }
            if (loop.elseLabel != null) {
                ft.out.add(new RStmt.Jump("break", loop.elseLabel, null));
            } else {
                ft.out.add(new RStmt.Jump("break", loopLabel(loop), null));
            }
        } else if (s instanceof Stmt.Continue c) {
            LoopCtx loop = ft.loops.peek();
            if (loop == null) {
                throw Unsupported.construct("continue outside a loop", c);
            }
            ft.out.add(new RStmt.Jump("continue", loopLabel(loop), null));
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                ft.assignmentLowering.delete(t);
            }
        } else if (s instanceof Stmt.FunctionDef) {
            new Closures(ft, ft.module).nestedDef((Stmt.FunctionDef) s, ft.plan.letHere(s, ((Stmt.FunctionDef) s).name()));
        } else if (s instanceof Stmt.ClassDef) {
            throw Unsupported.construct("nested class", s);
        } else if (s instanceof Stmt.Global) {
            return; // settled before the body: see translate()
        } else if (s instanceof Stmt.Nonlocal) {
            throw Unsupported.construct("nonlocal statement", s);
        } else if (s instanceof Stmt.With w) {
            ft.withStatements.lower(w);
        } else if (s instanceof Stmt.Match) {
            throw ft.module.matches.refusal((Stmt.Match) s);
        } else if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) {
            throw Unsupported.construct("import inside a function", s);
        } else {
            throw Unsupported.construct(s.getClass().getSimpleName() + " statement", s);
        }
    }

    /**
     * {@code a = b[i] = value}: Python evaluates the value once and stores it into each target
     * from left to right. The first target is a name here, so each later target is stored from it
     * (reading a name has no effect and gives the value just stored): {@code x = y = []} shares one list.
     */
    private void chainedAssign(Stmt.Assign a) {
        if (!(a.targets().get(0) instanceof Expr.Name first)) {
            ChainedAssignment.throughTemporary(ft, a);
            return;
        }
        ft.assignmentLowering.assign(a, first, a.value(), null);
        for (int i = 1; i < a.targets().size(); i++) {
            ft.assignmentLowering.assign(a, a.targets().get(i), new Expr.Name(first.id(),
                    io.portalis.accel.python.ast.ExprContext.Load, first.start(), first.end()), null);
        }
    }

    private String loopLabel(LoopCtx loop) {
        if (ft.labeledDepth > loop.labeledDepth) {
            loop.labelUsed = true;
            return loop.label;
        }
        return null;
    }

    static boolean terminates(List<Stmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        Stmt last = body.get(body.size() - 1);
        if (last instanceof Stmt.Return || last instanceof Stmt.Raise || SysModule.isExitStatement(last)) {
            return true;
        }
        if (last instanceof Stmt.If i) {
            return terminates(i.body()) && terminates(i.orelse());
        }
        if (last instanceof Stmt.With w) {
            return WithStatements.closesFile(w) && terminates(w.body());
        }
        if (last instanceof Stmt.While w && isTrue(w.test())) {
            return !containsBreak(w.body());
        }
        if (last instanceof Stmt.Try t) {
            if (!t.finalbody().isEmpty() && terminates(t.finalbody())) {
                return true;
            }
            boolean handlers = t.handlers().stream().allMatch(h -> terminates(h.body()));
            boolean main = t.orelse().isEmpty() ? terminates(t.body()) : terminates(t.orelse());
            return handlers && main;
        }
        return false;
    }

    private static boolean diverges(List<Stmt> body) {
        if (body.isEmpty()) {
            return false;
        }
        Stmt last = body.get(body.size() - 1);
        return last instanceof Stmt.Return || last instanceof Stmt.Raise || last instanceof Stmt.Break
                || last instanceof Stmt.Continue;
    }

    private static boolean containsBreak(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Break) {
                return true;
            }
            if (s instanceof Stmt.With w && containsBreak(w.body())) {
                return true;
            }
            if (s instanceof Stmt.If i && (containsBreak(i.body()) || containsBreak(i.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.Try t && (containsBreak(t.body()) || containsBreak(t.orelse())
                    || containsBreak(t.finalbody()) || t.handlers().stream().anyMatch(h -> containsBreak(h.body())))) {
                return true;
            }
        }
        return false;
    }

    static boolean isTrue(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Bool b && b.value();
    }

    // -------------------------------------------------------------------- control flow

    private void ifStmt(Stmt.If i) {
        // `if x is None: <leave>` narrows x to its inner type for the rest of the block.
        String narrowed = noneTest(i.test(), CmpOp.Is);
        if (narrowed != null && i.orelse().isEmpty() && diverges(i.body())) {
            Local l = ft.lookupLocal(narrowed);
            if (l != null && l.type() instanceof PyType.OptionalT o) {
                List<RStmt> body = ft.block(i.body());
                Local inner = ft.declare(narrowed, o.inner());
                inner.assigned();
                RExpr value = ft.assignmentLowering.localValue(l);
                ft.out.add(new RStmt.LetElse(() -> "Some(" + (inner.mutable() ? "mut " : "") + inner.rust() + ")", value, body));
                return;
            }
        }
        List<RStmt.Branch> branches = new ArrayList<>();
        Stmt.If cur = i;
        List<RStmt> target = ft.out;
        while (true) {
            String present = noneTest(cur.test(), CmpOp.IsNot);
            Local opt = present == null ? null : ft.lookupLocal(present);
            if (opt != null && opt.type() instanceof PyType.OptionalT o) {
                ft.scopes.push(new HashMap<>());
                Local inner = ft.narrow(present, opt, o.inner(), cur.body());
                inner.assigned();
                List<RStmt> body = ft.block(cur.body());
                ft.scopes.pop();
                RExpr value = ft.assignmentLowering.localValue(opt);
                branches.add(new RStmt.Branch(value, () -> "Some(" + (inner.mutable() ? "mut " : "") + inner.rust() + ")", body));
            } else if (present != null && opt == null && ft.module.globals.get(present) != null
                    && ft.module.globals.get(present).type() instanceof PyType.OptionalT) {
                // A module variable stays one inside the block (any code there may rebind it):
                // each read takes its current value, which the test showed is not None.
                ModuleScope.Global g = ft.module.globals.get(present);
                RExpr cond = RExpr.method(ft.tryOf(g.load()), "is_some");
                ft.narrowedGlobals.push(present);
                List<RStmt> body;
                try {
                    body = ft.block(cur.body());
                } finally {
                    ft.narrowedGlobals.pop();
                }
                branches.add(new RStmt.Branch(cond, body));
            } else {
                List<RStmt> saved = ft.out;
                ft.out = new ArrayList<>();
                RExpr cond = ft.truthy(ft.operatorLowering.test(cur.test(), PyType.BOOL), cur.test());
                List<RStmt> pre = ft.out;
                ft.out = saved;
                if (!pre.isEmpty()) {
                    if (branches.isEmpty()) {
                        ft.out.addAll(pre);
                    } else {
                        // The test needs statements of its own: they run only when earlier tests failed.
                        List<RStmt> rest = new ArrayList<>(pre);
                        List<RStmt.Branch> inner = new ArrayList<>();
                        inner.add(new RStmt.Branch(cond, ft.block(cur.body())));
                        if (!cur.orelse().isEmpty()) {
                            inner.add(new RStmt.Branch(null, ft.block(cur.orelse())));
                        }
                        rest.add(new RStmt.If(inner));
                        branches.add(new RStmt.Branch(null, rest));
                        break;
                    }
                }
                Boolean known = pre.isEmpty() ? DeadBranches.constant(cond) : null;
                if (Boolean.TRUE.equals(known)) {
                    branches.add(new RStmt.Branch(null, ft.block(cur.body())));
                    break; // what follows in the chain never runs
                }
                if (known == null) {
                    branches.add(new RStmt.Branch(cond, ft.block(cur.body())));
                }
            }
            // An elif whose block holds declarations planned before it stays a nested if (it needs them first).
            if (cur.orelse().size() == 1 && cur.orelse().get(0) instanceof Stmt.If next && !ft.plan.hoistBefore.containsKey(next)) {
                cur = next;
                continue;
            }
            if (!cur.orelse().isEmpty()) {
                branches.add(new RStmt.Branch(null, ft.block(cur.orelse())));
            }
            break;
        }
        RStmt kept = DeadBranches.statement(branches);
        if (kept != null) {
            target.add(kept);
        }
    }

    /** The name tested by {@code name is None} (op Is) or {@code name is not None} (op IsNot). */
    static String noneTest(Expr test, CmpOp op) {
        if (test instanceof Expr.Compare c && c.ops().size() == 1 && c.ops().get(0) == op
                && c.left() instanceof Expr.Name n && c.comparators().get(0) instanceof Expr.Constant k
                && k.value() instanceof ConstantValue.None) {
            return n.id();
        }
        return null;
    }

    /**
     * {@code yield value}: hands the value to the consumer and suspends the body until the
     * next {@code next()}; resuming may raise GeneratorExit (the generator is being closed).
     * {@code yield from xs} yields each of xs's items, and passes a close on to a generator.
     */
    private void yieldStmt(Expr y) {
        RExpr await;
        if (y instanceof Expr.Yield one) {
            if (one.value() == null) {
                throw Unsupported.construct("bare yield (it yields None)", y);
            }
            Val v = ft.coerce(ft.expr(one.value(), ft.yieldType), ft.yieldType, one.value());
            await = RExpr.method(new RExpr.Atom("yielder"), "give", ft.owned(v));
        } else {
            Expr from = ((Expr.YieldFrom) y).value();
            // The body stays suspended in this statement, so its locals cannot change meanwhile.
            Val v = ft.lazyOperand(from, true);
            PyType elem = elementOf(v.type(), from);
            if (!elem.equals(ft.yieldType)) {
                throw Unsupported.type("yield from over " + elem.python() + " items in a generator of " + ft.yieldType.python(), from);
            }
            RExpr items = v.code() instanceof RExpr.Call call && call.callee().equals("py::List::from") && call.args().size() == 1
                    ? call.args().get(0) : v.type() instanceof PyType.GenT ? null : ft.iterVec(v, from);
            RExpr inner = items == null ? ft.owned(v) : RExpr.call("py::Gen::over", items);
            await = RExpr.call("py::delegate", new RExpr.Unary("&", new RExpr.Atom("yielder")), inner);
        }
        ft.out.add(new RStmt.Expr(ft.tryOf(new RExpr.Field(await, "await"))));
    }

    private void returnStmt(Stmt.Return r) {
        if (ft.sig == null) {
            throw Unsupported.construct("return outside a function", r);
        }
        if (ft.yieldType != null && r.value() != null) {
            throw Unsupported.construct("return with a value in a generator (the value rides on StopIteration)", r);
        }
        RExpr value;
        if (ft.returnTrial != null) {
            value = ft.returnTrial.returned(ft, r);
        } else if (r.value() == null) {
            if (ft.sig.returns() != PyType.NONE) {
                throw Unsupported.type("bare return in a function returning " + ft.sig.returns().python(), r);
            }
            value = new RExpr.Atom("()");
        } else {
            Val v = ft.expr(r.value(), ft.sig.returns());
            value = ft.owned(ft.coerce(v, ft.sig.returns(), r.value()));
        }
        if (ft.returnLabel != null) {
            ft.out.add(new RStmt.Jump("break", ft.returnLabel, RExpr.call("Ok", RExpr.call("Some", value))));
        } else {
            ft.out.add(new RStmt.Jump("return", null, RExpr.call("Ok", value)));
        }
    }
}
