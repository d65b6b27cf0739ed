package io.portalis.accel.python.semantics;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.MatchCase;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Pattern;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.WithItem;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 3: resolves every Name node and follows, through each block's control flow, which of its
 * names may be bound at each point (a may-analysis: the union over the paths that reach it).
 * A read is an E-NAME error only where CPython would certainly not find the name whenever the
 * read runs, and nothing could catch the error:
 * <ul>
 * <li>a read by code that runs when the module is imported (module body, class bodies,
 *     comprehensions there, decorators, defaults, base classes, evaluated annotations) where no
 *     path has bound the name yet and no builtin has it (NameError, or UnboundLocalError in such
 *     a comprehension), outside any {@code try} that may catch NameError;</li>
 * <li>a global read inside a function or lambda body, which runs at call time, only when no
 *     statement of the module binds it at all.</li>
 * </ul>
 * A function's local read before its assignment (UnboundLocalError) is not reported: a caller may
 * catch the error, and the back end raises it exactly as CPython does.
 * A read inside a loop that a later iteration may reach after the binding is judged at the end
 * of the outermost loop. Reads inside a {@code try} whose handlers may catch NameError, reads in
 * annotations CPython never evaluates, and globals of a module that may bind names dynamically
 * ({@link NameResolution#dynamicNames}) are never reported.
 */
final class NameFlow {
    private final Scope module;
    private final Resolver resolver;
    final Map<Node, Scope> scopes;
    private final boolean postponed;
    private final boolean dynamicNames;
    final IdentityHashMap<Expr.Name, Resolution> facts;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Module-level class names whose namespace is a plain dict (no metaclass keyword, plain bases). */
    private final Set<String> plainClasses = new HashSet<>();
    /** Inside annotations that never run. */
    private int unevaluated;
    /** Inside a try whose handlers may catch NameError, in the running code. */
    int guarded;

    // The flow through expressions and assignment targets, sharing this pass's state.
    final ExpressionFlow expressionFlow;

    NameFlow(Scope module, Map<Node, Scope> scopes, boolean postponed, boolean dynamicNames, int nameCount) {
        this.facts = new IdentityHashMap<>(nameCount);
        this.module = module;
        this.scopes = scopes;
        this.postponed = postponed;
        this.dynamicNames = dynamicNames;
        this.resolver = new Resolver(module);
        this.expressionFlow = new ExpressionFlow(this);
    }

    Map<Expr.Name, Resolution> facts() {
        return facts;
    }

    List<Diagnostic> diagnostics() {
        diagnostics.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return diagnostics;
    }

    void run(Mod.Module m) {
        FlowFrame f = new FlowFrame(module, null, new BitSet(), false);
        stmts(m.body(), f);
    }

    // ---- names ------------------------------------------------------------------------------

    private Resolution fact(Expr.Name n, FlowFrame f) {
        Symbol sym = f.scope.lookup(n.id());
        if (sym == null) {
            throw new IllegalStateException("no symbol for '" + n.id() + "' in " + f.scope + " at " + n.start());
        }
        Resolution r = resolver.resolve(sym);
        facts.put(n, r);
        return r;
    }

    private boolean checking(FlowFrame f) {
        return unevaluated == 0 && guarded == 0 && f.state != null;
    }

    /** A Name read (or a del, which fails the same way when the name is unbound). */
    void load(Expr.Name n, FlowFrame f, boolean delete) {
        Resolution r = fact(n, f);
        if (!checking(f)) {
            return;
        }
        Symbol sym = r.symbol();
        switch (r.kind()) {
            case FREE -> { }
            case LOCAL, CELL -> {
                // a function's locals: its caller may catch the UnboundLocalError (the back end
                // raises it as CPython does), so only a comprehension running at import time counts
                if (f.importTime() && !sym.has(Symbol.BOUND_BY_NESTED) && !f.state.get(sym.index())) {
                    unbound(f, n, sym.index(), delete
                            ? "cannot delete local variable '" + n.id() + "': it is not assigned here (UnboundLocalError in CPython)"
                            : "local variable '" + n.id() + "' is read before it is assigned (UnboundLocalError in CPython)");
                }
            }
            default -> {
                if (f.scope.kind() == ScopeKind.CLASS) {
                    if (!f.plainClass || dynamicNames || Builtins.isClassAttribute(sym.name())) {
                        return;
                    }
                    if (sym.binding().isOwn() && (f.state.get(sym.index()) || !f.loops.isEmpty())) {
                        return; // bound here, or maybe by a later iteration of a loop of the class body
                    }
                    if (delete) {
                        if (sym.binding().isOwn() && f.importTime()) {
                            unbound(f, n, sym.index(), "cannot delete '" + n.id()
                                    + "': the class body has not bound it here (NameError in CPython)");
                        }
                        return;
                    }
                }
                global(n, sym.name(), f, delete);
            }
        }
    }

    /** A module-global lookup of {@code name} (mangled) from the code of frame {@code f}. */
    private void global(Expr.Name n, String name, FlowFrame f, boolean delete) {
        if (dynamicNames || Builtins.isModuleAttribute(name) || resolver.boundByGlobalStatement(name)) {
            return;
        }
        boolean builtin = Builtins.isBuiltin(name);
        if (builtin && !delete) {
            return;
        }
        FlowFrame m = f;
        while (m != null && m.scope.kind() != ScopeKind.MODULE) {
            m = m.outer;
        }
        Symbol ms = module.symbol(name);
        boolean boundSomewhere = ms != null && ms.isBoundHere();
        if (m == null) {
            // runs at call time: only a name the module never binds is certainly missing
            if (!boundSomewhere && !builtin) {
                error(n, undefined(n.id()));
            }
            return;
        }
        if (boundSomewhere && m.state.get(ms.index())) {
            return;
        }
        if (!boundSomewhere) {
            error(n, delete ? "cannot delete '" + n.id() + "': the module never binds it (NameError in CPython)"
                    : undefined(n.id()));
        } else {
            unbound(m, n, ms.index(), delete
                    ? "cannot delete '" + n.id() + "': it is not bound here (NameError in CPython)"
                    : "name '" + n.id() + "' is read before the module binds it (NameError in CPython)");
        }
    }

    private static String undefined(String id) {
        String msg = "name '" + id + "' is not defined (NameError in CPython)";
        if (Builtins.isTypingName(id)) {
            msg += "; it is in typing: add 'from typing import " + id + "'";
        }
        return msg;
    }

    /** {@code index} of frame {@code f} is not bound at this read: an error now, or at the end of its loop. */
    private void unbound(FlowFrame f, Expr.Name n, int index, String message) {
        if (!f.loops.isEmpty()) {
            f.pending.add(new FlowFrame.Pending(n, index, message));
        } else {
            error(n, message);
        }
    }

    private void error(Expr.Name n, String message) {
        diagnostics.add(Diagnostic.error("E-NAME", message, n.start(), n.end()));
    }

    /** A Name bound (assigned, a loop or with target, a walrus). */
    void store(Expr.Name n, FlowFrame f) {
        Resolution r = fact(n, f);
        bind(r.symbol(), f);
    }

    private void bindName(String id, FlowFrame f) {
        Symbol sym = f.scope.lookup(id);
        if (sym != null) {
            bind(sym, f);
        }
    }

    private void bind(Symbol sym, FlowFrame f) {
        if (f.scope.kind() == ScopeKind.MODULE) {
            plainClasses.remove(sym.name());
        }
        if (f.state != null && (sym.binding().isOwn() || f.scope.kind() == ScopeKind.MODULE)) {
            f.state.set(sym.index());
            f.ever.set(sym.index());
        }
    }

    static void unbind(Symbol sym, FlowFrame f) {
        if (f.state != null && (sym.binding().isOwn() || f.scope.kind() == ScopeKind.MODULE)) {
            f.state.clear(sym.index());
        }
    }

    // ---- statements -------------------------------------------------------------------------

    private void stmts(List<Stmt> body, FlowFrame f) {
        for (int i = 0, n = body.size(); i < n; i++) {
            stmt(body.get(i), f);
        }
    }

    private void stmt(Stmt s, FlowFrame f) {
        if (s instanceof Stmt.Expr e) {
            expr(e.value(), f);
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value(), f);
            for (Expr t : a.targets()) {
                target(t, f);
            }
        } else if (s instanceof Stmt.If i) {
            ifStmt(i, f);
        } else if (s instanceof Stmt.Return r) {
            expr(r.value(), f);
            f.state = null;
        } else if (s instanceof Stmt.FunctionDef d) {
            function(d, d.name(), d.args(), d.body(), d.decorator_list(), d.returns(), f);
        } else if (s instanceof Stmt.AsyncFunctionDef d) {
            function(d, d.name(), d.args(), d.body(), d.decorator_list(), d.returns(), f);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c, f);
        } else if (s instanceof Stmt.AugAssign a) {
            if (a.target() instanceof Expr.Name n) {
                load(n, f, false);
                expr(a.value(), f);
                bind(facts.get(n).symbol(), f);
            } else {
                targetParts(a.target(), f);
                expr(a.value(), f);
            }
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a, f);
        } else if (s instanceof Stmt.For l) {
            expr(l.iter(), f);
            loop(l.target(), l.body(), l.orelse(), false, f);
        } else if (s instanceof Stmt.AsyncFor l) {
            expr(l.iter(), f);
            loop(l.target(), l.body(), l.orelse(), false, f);
        } else if (s instanceof Stmt.While w) {
            expr(w.test(), f);
            loop(null, w.body(), w.orelse(), truth(w.test()) == Boolean.TRUE, f);
        } else if (s instanceof Stmt.With w) {
            with(w.items(), w.body(), f);
        } else if (s instanceof Stmt.AsyncWith w) {
            with(w.items(), w.body(), f);
        } else if (s instanceof Stmt.Try t) {
            tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), f);
        } else if (s instanceof Stmt.TryStar t) {
            tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), f);
        } else if (s instanceof Stmt.Raise r) {
            expr(r.exc(), f);
            expr(r.cause(), f);
            f.state = null;
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test(), f);
            expr(a.msg(), f);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                delete(t, f);
            }
        } else if (s instanceof Stmt.Import im) {
            for (Alias a : im.names()) {
                alias(a, f);
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            for (Alias a : im.names()) {
                if (!a.name().equals("*")) {
                    alias(a, f);
                }
            }
        } else if (s instanceof Stmt.Match m) {
            match(m, f);
        } else if (s instanceof Stmt.Break) {
            FlowFrame.Loop l = f.loops.peek();
            if (l != null) {
                l.exits = FlowFrame.union(l.exits, f.state);
            }
            f.state = null;
        } else if (s instanceof Stmt.Continue) {
            FlowFrame.Loop l = f.loops.peek();
            if (l != null) {
                l.continues = FlowFrame.union(l.continues, f.state);
            }
            f.state = null;
        }
        // Global, Nonlocal, Pass: nothing runs
    }

    private void alias(Alias a, FlowFrame f) {
        String n = a.asname() != null ? a.asname() : a.name();
        int dot = n.indexOf('.');
        bindName(dot < 0 ? n : n.substring(0, dot), f);
    }

    private void ifStmt(Stmt.If i, FlowFrame f) {
        expr(i.test(), f);
        Boolean truth = truth(i.test());
        BitSet entry = f.state;
        f.state = truth == Boolean.FALSE ? null : FlowFrame.copy(entry);
        stmts(i.body(), f);
        BitSet afterBody = f.state;
        f.state = truth == Boolean.TRUE ? null : entry;
        stmts(i.orelse(), f);
        f.state = FlowFrame.union(afterBody, f.state);
    }

    /** The truth of a constant test ({@code while True}, {@code if 0}), or null. */
    private static Boolean truth(Expr test) {
        if (test instanceof Expr.Constant c) {
            ConstantValue v = c.value();
            if (v instanceof ConstantValue.Bool b) {
                return b.value();
            }
            if (v instanceof ConstantValue.None) {
                return Boolean.FALSE;
            }
            if (v instanceof ConstantValue.Int i) {
                return i.value().signum() != 0;
            }
        }
        return null;
    }

    private void loop(Expr target, List<Stmt> body, List<Stmt> orelse, boolean endless, FlowFrame f) {
        BitSet entry = f.state;
        FlowFrame.Loop l = new FlowFrame.Loop();
        f.loops.push(l);
        f.state = FlowFrame.copy(entry);
        if (target != null) {
            target(target, f);
        }
        stmts(body, f);
        f.loops.pop();
        // the state at the loop's head after any iteration
        BitSet again = FlowFrame.union(f.state, l.continues);
        f.state = endless ? null : FlowFrame.union(entry, again);
        stmts(orelse, f);
        // a break in a later iteration also sees what earlier iterations bound
        f.state = FlowFrame.union(f.state, l.exits == null ? null : FlowFrame.union(l.exits, again));
        if (f.loops.isEmpty() && !f.pending.isEmpty()) {
            for (FlowFrame.Pending p : f.pending) {
                if (!f.ever.get(p.index())) {
                    error(p.node(), p.message());
                }
            }
            f.pending.clear();
        }
    }

    private void with(List<WithItem> items, List<Stmt> body, FlowFrame f) {
        for (WithItem w : items) {
            expr(w.context_expr(), f);
            if (w.optional_vars() != null) {
                target(w.optional_vars(), f);
            }
        }
        BitSet entry = FlowFrame.copy(f.state);
        stmts(body, f);
        if (entry != null) {
            // a context manager that suppresses an exception resumes after the block
            entry.or(f.ever);
            f.state = FlowFrame.union(f.state, entry);
        }
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
            FlowFrame f) {
        BitSet entry = FlowFrame.copy(f.state);
        boolean guards = catchesNameError(handlers, f);
        if (guards) {
            guarded++;
        }
        stmts(body, f);
        if (guards) {
            guarded--;
        }
        stmts(orelse, f);
        BitSet normal = f.state;
        for (ExceptHandler h : handlers) {
            // an exception may leave the body after any of its bindings
            f.state = FlowFrame.union(entry, entry == null ? null : f.ever);
            expr(h.type(), f);
            Symbol name = h.name() == null ? null : f.scope.lookup(h.name());
            if (name != null) {
                bind(name, f);
            }
            stmts(h.body(), f);
            if (name != null) {
                unbind(name, f); // CPython deletes the name when the handler ends
            }
            normal = FlowFrame.union(normal, f.state);
        }
        if (!finalbody.isEmpty()) {
            f.state = entry == null ? null : FlowFrame.union(FlowFrame.union(entry, f.ever), normal);
            stmts(finalbody, f);
            if (normal == null) {
                f.state = null;
            }
        } else {
            f.state = normal;
        }
    }

    /** Some handler may catch a NameError: a bare except, or a class that is not certainly unrelated. */
    private boolean catchesNameError(List<ExceptHandler> handlers, FlowFrame f) {
        for (ExceptHandler h : handlers) {
            if (h.type() == null || mayBeNameErrorClass(h.type(), f)) {
                return true;
            }
        }
        return false;
    }

    private boolean mayBeNameErrorClass(Expr type, FlowFrame f) {
        if (type instanceof Expr.Tuple t) {
            for (Expr e : t.elts()) {
                if (mayBeNameErrorClass(e, f)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof Expr.Name n) {
            Symbol sym = f.scope.lookup(n.id());
            if (sym != null && resolver.resolve(sym).kind() == NameKind.BUILTIN) {
                return switch (n.id()) {
                    case "NameError", "UnboundLocalError", "Exception", "BaseException" -> true;
                    default -> false;
                };
            }
        }
        return true;
    }

    private void match(Stmt.Match m, FlowFrame f) {
        expr(m.subject(), f);
        BitSet entry = f.state;
        BitSet after = null;
        // captures of a case whose pattern or guard failed stay bound for the next cases
        BitSet tried = FlowFrame.copy(entry);
        for (MatchCase c : m.cases()) {
            f.state = FlowFrame.copy(tried);
            pattern(c.pattern(), f);
            expr(c.guard(), f);
            tried = FlowFrame.union(tried, f.state);
            stmts(c.body(), f);
            after = FlowFrame.union(after, f.state);
        }
        // no case matched: a failed pattern may still have bound some captures
        f.state = FlowFrame.union(after, entry == null ? null : FlowFrame.union(entry, f.ever));
    }

    private void pattern(Pattern p, FlowFrame f) {
        if (p instanceof Pattern.MatchAs m) {
            if (m.pattern() != null) {
                pattern(m.pattern(), f);
            }
            if (m.name() != null) {
                bindName(m.name(), f);
            }
        } else if (p instanceof Pattern.MatchValue m) {
            expr(m.value(), f);
        } else if (p instanceof Pattern.MatchSequence m) {
            for (Pattern q : m.patterns()) {
                pattern(q, f);
            }
        } else if (p instanceof Pattern.MatchMapping m) {
            exprs(m.keys(), f);
            for (Pattern q : m.patterns()) {
                pattern(q, f);
            }
            if (m.rest() != null) {
                bindName(m.rest(), f);
            }
        } else if (p instanceof Pattern.MatchClass m) {
            expr(m.cls(), f);
            for (Pattern q : m.patterns()) {
                pattern(q, f);
            }
            for (Pattern q : m.kwd_patterns()) {
                pattern(q, f);
            }
        } else if (p instanceof Pattern.MatchStar m) {
            if (m.name() != null) {
                bindName(m.name(), f);
            }
        } else if (p instanceof Pattern.MatchOr m) {
            for (Pattern q : m.patterns()) {
                pattern(q, f);
            }
        }
    }

    private void annAssign(Stmt.AnnAssign a, FlowFrame f) {
        expr(a.value(), f);
        if (a.target() instanceof Expr.Name n) {
            if (a.value() != null) {
                store(n, f);
            } else {
                fact(n, f); // `x: int` declares; it binds nothing
            }
        } else {
            targetParts(a.target(), f);
        }
        boolean evaluated = f.scope.kind() == ScopeKind.MODULE || f.scope.kind() == ScopeKind.CLASS;
        annotation(a.annotation(), a.annotation(), evaluated, f);
    }

    /** An annotation: evaluated in {@code f} when CPython evaluates it, else resolved only. */
    private void annotation(Node owner, Expr e, boolean evaluated, FlowFrame f) {
        if (e == null) {
            return;
        }
        if (postponed) {
            Scope s = scopes.get(owner);
            unevaluated++;
            expr(e, new FlowFrame(s, null, null, false));
            unevaluated--;
        } else if (evaluated) {
            expr(e, f);
        } else {
            unevaluated++;
            expr(e, f);
            unevaluated--;
        }
    }

    private void function(Node def, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
            Expr returns, FlowFrame f) {
        exprs(decorators, f);
        exprs(args.defaults(), f);
        for (Expr d : args.kw_defaults()) {
            expr(d, f);
        }
        if (postponed) {
            Scope s = scopes.get(args);
            FlowFrame af = new FlowFrame(s, null, null, false);
            unevaluated++;
            argAnnotations(args, returns, af);
            unevaluated--;
        } else {
            argAnnotations(args, returns, f);
        }
        bindName(name, f);
        Scope scope = scopes.get(def);
        FlowFrame inner = deferred(scope, args, f);
        int saved = guarded;
        guarded = 0;
        stmts(body, inner);
        guarded = saved;
    }

    /** The frame of a function or lambda body: it runs later, its parameters bound. */
    static FlowFrame deferred(Scope scope, Arguments args, FlowFrame definedIn) {
        BitSet state = null;
        if (definedIn.state != null) {
            state = new BitSet(scope.symbols().size());
            for (Symbol sym : scope.symbols()) {
                if (sym.isParameter()) {
                    state.set(sym.index());
                }
            }
        }
        return new FlowFrame(scope, null, state, false);
    }

    private void argAnnotations(Arguments args, Expr returns, FlowFrame f) {
        annotations(args.posonlyargs(), f);
        annotations(args.args(), f);
        if (args.vararg() != null) {
            expr(args.vararg().annotation(), f);
        }
        annotations(args.kwonlyargs(), f);
        if (args.kwarg() != null) {
            expr(args.kwarg().annotation(), f);
        }
        expr(returns, f);
    }

    private void annotations(List<Arg> args, FlowFrame f) {
        for (int i = 0, n = args.size(); i < n; i++) {
            expr(args.get(i).annotation(), f);
        }
    }

    private void classDef(Stmt.ClassDef c, FlowFrame f) {
        exprs(c.decorator_list(), f);
        exprs(c.bases(), f);
        for (Keyword k : c.keywords()) {
            expr(k.value(), f);
        }
        boolean plain = c.keywords().isEmpty();
        for (Expr b : c.bases()) {
            plain &= b instanceof Expr.Name n && (facts.get(n).kind() == NameKind.BUILTIN
                    || f.scope.kind() == ScopeKind.MODULE && plainClasses.contains(n.id()));
        }
        Scope scope = scopes.get(c);
        FlowFrame body = new FlowFrame(scope, f, f.state == null ? null : new BitSet(scope.symbols().size()), plain);
        stmts(c.body(), body);
        bindName(c.name(), f);
        if (plain && f.scope.kind() == ScopeKind.MODULE) {
            plainClasses.add(c.name());
        }
    }

    // Entry points into it for the statements above.
    void target(Expr t, FlowFrame f) {
        expressionFlow.target(t, f);
    }

    void targetParts(Expr t, FlowFrame f) {
        expressionFlow.targetParts(t, f);
    }

    void delete(Expr t, FlowFrame f) {
        expressionFlow.delete(t, f);
    }

    void exprs(List<Expr> es, FlowFrame f) {
        expressionFlow.exprs(es, f);
    }

    void expr(Expr e, FlowFrame f) {
        expressionFlow.expr(e, f);
    }

}
