package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.Comprehension;
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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pass 1: the scope tree and what each scope does with each name, visiting the tree in the order
 * and with the rules of CPython 3.11's symbol table: default values, decorators, base classes and
 * (unless annotations are postponed) parameter annotations belong to the enclosing scope; a
 * comprehension's first iterable is evaluated outside it; a walrus inside a comprehension binds
 * in the nearest enclosing function or module; {@code super} in a function reads {@code __class__}.
 */
final class SymbolTableBuilder {
    /** The scope each scope-opening node opens: defs, classes, lambdas, comprehensions; for annotation scopes, the annotation (or the def's arguments). */
    final Map<Node, ScopeBuilder> scopeOf = new IdentityHashMap<>();
    final ScopeBuilder module;
    /** Annotation scopes (postponed annotations only): CPython keeps them out of the scope tree. */
    final List<ScopeBuilder> detached = new java.util.ArrayList<>();
    /** {@code from __future__ import annotations}: annotations are never evaluated. */
    final boolean postponedAnnotations;
    /**
     * The module may bind names no statement shows: a star import, {@code globals()},
     * {@code vars()}, {@code locals()}, {@code exec}/{@code eval}, {@code __builtins__},
     * {@code sys.modules}, {@code x.__dict__}, enum's {@code global_enum} and {@code _convert_} (which
     * copy members into a module's namespace), or importing {@code builtins}/{@code gettext} (which
     * can add builtins).
     */
    boolean dynamicNames;
    /** The SyntaxErrors CPython's symbol table raises (E-SYNTAX), with CPython's messages. */
    final List<io.portalis.accel.diagnostic.Diagnostic> syntaxErrors = new java.util.ArrayList<>();
    /** The first nonlocal statement naming each (scope, name), to place "no binding" errors. */
    final Map<ScopeBuilder, Map<String, Node>> nonlocalAt = new IdentityHashMap<>();
    /** How many Name nodes the module has (to size the fact table once). */
    int nameCount;
    private ScopeBuilder cur;
    /** The parameter being declared (for a duplicate-argument error). */
    private Node paramAt;
    /** Inside a comprehension's target: its names are iteration variables. */
    private boolean iterationTarget;

    private SymbolTableBuilder(Mod.Module m) {
        postponedAnnotations = futureAnnotations(m.body());
        module = new ScopeBuilder(ScopeKind.MODULE, "top", m, null, null);
        scopeOf.put(m, module);
        cur = module;
    }

    static SymbolTableBuilder build(Mod.Module m) {
        SymbolTableBuilder b = new SymbolTableBuilder(m);
        b.stmts(m.body());
        return b;
    }

    private static boolean futureAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
                for (Alias a : f.names()) {
                    if (a.name().equals("annotations")) {
                        return true;
                    }
                }
            } else if (!(s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant)) {
                return false; // future imports come first (after the docstring)
            }
        }
        return false;
    }

    private void syntaxError(String message, Node at) {
        syntaxErrors.add(io.portalis.accel.diagnostic.Diagnostic.error("E-SYNTAX", message, at.start(), at.end()));
    }

    private void def(String id, int flag) {
        String name = cur.mangle(id);
        if ((flag & Symbol.PARAMETER) != 0 && (cur.flagsOf(name) & Symbol.PARAMETER) != 0 && paramAt != null) {
            syntaxError("duplicate argument '" + id + "' in function definition", paramAt);
        }
        cur.add(name, flag);
        if ((flag & Symbol.DECLARED_GLOBAL) != 0 && cur != module) {
            module.add(name, Symbol.DECLARED_GLOBAL); // as CPython: a global statement anywhere marks the module's name
        }
    }

    private ScopeBuilder enter(ScopeKind kind, String name, Node node) {
        String priv = kind == ScopeKind.CLASS ? name : cur.privateName;
        ScopeBuilder b = new ScopeBuilder(kind, name, node, cur, priv);
        scopeOf.put(node, b);
        if (kind == ScopeKind.ANNOTATION) {
            detached.add(b);
        }
        cur = b;
        return b;
    }

    private void exit() {
        cur = cur.parent;
    }

    private void stmts(List<Stmt> body) {
        for (int i = 0, n = body.size(); i < n; i++) {
            stmt(body.get(i));
        }
    }

    private void exprs(List<Expr> es) {
        for (int i = 0, n = es.size(); i < n; i++) {
            expr(es.get(i));
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Expr e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            exprs(a.targets());
            expr(a.value());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof Stmt.Return r) {
            expr(r.value());
        } else if (s instanceof Stmt.FunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns());
        } else if (s instanceof Stmt.AsyncFunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns());
        } else if (s instanceof Stmt.ClassDef c) {
            def(c.name(), Symbol.ASSIGNED | Symbol.CLASS_DEF);
            exprs(c.bases());
            keywords(c.keywords());
            exprs(c.decorator_list());
            enter(ScopeKind.CLASS, c.name(), c);
            stmts(c.body());
            exit();
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.For f) {
            expr(f.target());
            expr(f.iter());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.AsyncFor f) {
            expr(f.target());
            expr(f.iter());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orelse());
        } else if (s instanceof Stmt.With w) {
            withItems(w.items());
            stmts(w.body());
        } else if (s instanceof Stmt.AsyncWith w) {
            withItems(w.items());
            stmts(w.body());
        } else if (s instanceof Stmt.Try t) {
            tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.TryStar t) {
            tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
        } else if (s instanceof Stmt.Raise r) {
            expr(r.exc());
            expr(r.cause());
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            expr(a.msg());
        } else if (s instanceof Stmt.Delete d) {
            exprs(d.targets());
        } else if (s instanceof Stmt.Import im) {
            for (Alias a : im.names()) {
                alias(a);
                if (a.name().equals("builtins") || a.name().equals("gettext")) {
                    dynamicNames = true;
                }
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            for (Alias a : im.names()) {
                if (a.name().equals("*")) {
                    dynamicNames = true;
                    if (cur != module) {
                        syntaxError("import * only allowed at module level", s);
                    }
                } else {
                    alias(a);
                }
            }
        } else if (s instanceof Stmt.Global g) {
            for (String n : g.names()) {
                declaration(n, "global", s);
                def(n, Symbol.DECLARED_GLOBAL);
            }
        } else if (s instanceof Stmt.Nonlocal g) {
            for (String n : g.names()) {
                declaration(n, "nonlocal", s);
                def(n, Symbol.DECLARED_NONLOCAL);
                nonlocalAt.computeIfAbsent(cur, k -> new java.util.HashMap<>()).putIfAbsent(cur.mangle(n), s);
            }
        } else if (s instanceof Stmt.Match m) {
            expr(m.subject());
            for (MatchCase c : m.cases()) {
                pattern(c.pattern());
                expr(c.guard());
                stmts(c.body());
            }
        }
        // Pass, Break, Continue: no names
    }

    /** A global or nonlocal statement after the scope already used, bound or annotated the name. */
    private void declaration(String id, String what, Stmt at) {
        int f = cur.flagsOf(cur.mangle(id));
        if ((f & Symbol.PARAMETER) != 0) {
            syntaxError("name '" + id + "' is parameter and " + what, at);
        } else if ((f & Symbol.USED) != 0) {
            syntaxError("name '" + id + "' is used prior to " + what + " declaration", at);
        } else if ((f & Symbol.ANNOTATED) != 0) {
            syntaxError("annotated name '" + id + "' can't be " + what, at);
        } else if ((f & Symbol.ASSIGNED) != 0) {
            syntaxError("name '" + id + "' is assigned to before " + what + " declaration", at);
        }
    }

    private void alias(Alias a) {
        String n = a.asname() != null ? a.asname() : a.name();
        int dot = n.indexOf('.');
        def(dot < 0 ? n : n.substring(0, dot), Symbol.IMPORTED);
    }

    private void function(Node f, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns) {
        def(name, Symbol.ASSIGNED | Symbol.FUNCTION_DEF);
        exprs(args.defaults());
        for (Expr d : args.kw_defaults()) {
            expr(d);
        }
        if (postponedAnnotations) {
            enter(ScopeKind.ANNOTATION, "_annotation", args);
        }
        argAnnotations(args.posonlyargs());
        argAnnotations(args.args());
        if (args.vararg() != null) {
            expr(args.vararg().annotation());
        }
        argAnnotations(args.kwonlyargs());
        if (args.kwarg() != null) {
            expr(args.kwarg().annotation());
        }
        expr(returns);
        if (postponedAnnotations) {
            exit();
        }
        exprs(decorators);
        enter(ScopeKind.FUNCTION, name, f);
        parameters(args);
        stmts(body);
        exit();
    }

    private void argAnnotations(List<Arg> args) {
        for (int i = 0, n = args.size(); i < n; i++) {
            expr(args.get(i).annotation());
        }
    }

    private void parameters(Arguments args) {
        for (Arg a : args.posonlyargs()) {
            parameter(a);
        }
        for (Arg a : args.args()) {
            parameter(a);
        }
        if (args.vararg() != null) {
            parameter(args.vararg());
        }
        for (Arg a : args.kwonlyargs()) {
            parameter(a);
        }
        if (args.kwarg() != null) {
            parameter(args.kwarg());
        }
    }

    private void parameter(Arg a) {
        paramAt = a;
        def(a.arg(), Symbol.PARAMETER);
        paramAt = null;
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int f = cur.flagsOf(cur.mangle(n.id()));
            if (cur != module && a.simple() != 0 && (f & (Symbol.DECLARED_GLOBAL | Symbol.DECLARED_NONLOCAL)) != 0) {
                syntaxError("annotated name '" + n.id() + "' can't be "
                        + ((f & Symbol.DECLARED_GLOBAL) != 0 ? "global" : "nonlocal"), n);
            }
            if (a.simple() != 0) {
                def(n.id(), Symbol.ASSIGNED | Symbol.ANNOTATED);
            } else if (a.value() != null) {
                def(n.id(), Symbol.ASSIGNED);
            }
        } else {
            expr(a.target());
        }
        if (postponedAnnotations) {
            enter(ScopeKind.ANNOTATION, "_annotation", a.annotation());
            expr(a.annotation());
            exit();
        } else {
            expr(a.annotation());
        }
        expr(a.value());
    }

    private void withItems(List<WithItem> items) {
        for (WithItem w : items) {
            expr(w.context_expr());
            expr(w.optional_vars());
        }
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        stmts(body);
        stmts(orelse);
        for (ExceptHandler h : handlers) {
            expr(h.type());
            if (h.name() != null) {
                def(h.name(), Symbol.ASSIGNED);
            }
            stmts(h.body());
        }
        stmts(finalbody);
    }

    private void keywords(List<Keyword> ks) {
        for (int i = 0, n = ks.size(); i < n; i++) {
            expr(ks.get(i).value());
        }
    }

    private void pattern(Pattern p) {
        if (p instanceof Pattern.MatchAs m) {
            if (m.pattern() != null) {
                pattern(m.pattern());
            }
            if (m.name() != null) {
                def(m.name(), Symbol.ASSIGNED);
            }
        } else if (p instanceof Pattern.MatchValue m) {
            expr(m.value());
        } else if (p instanceof Pattern.MatchSequence m) {
            m.patterns().forEach(this::pattern);
        } else if (p instanceof Pattern.MatchMapping m) {
            exprs(m.keys());
            m.patterns().forEach(this::pattern);
            if (m.rest() != null) {
                def(m.rest(), Symbol.ASSIGNED);
            }
        } else if (p instanceof Pattern.MatchClass m) {
            expr(m.cls());
            m.patterns().forEach(this::pattern);
            m.kwd_patterns().forEach(this::pattern);
        } else if (p instanceof Pattern.MatchStar m) {
            if (m.name() != null) {
                def(m.name(), Symbol.ASSIGNED);
            }
        } else if (p instanceof Pattern.MatchOr m) {
            m.patterns().forEach(this::pattern);
        }
        // MatchSingleton: no names
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Name n) {
            name(n);
        } else if (e instanceof Expr.Attribute a) {
            switch (a.attr()) {
                case "modules" -> dynamicNames |= a.value() instanceof Expr.Name v && v.id().equals("sys");
                case "__dict__" -> dynamicNames |= !(a.value() instanceof Expr.Name v
                        && (v.id().equals("self") || v.id().equals("cls")));
                case "global_enum", "_convert_" -> dynamicNames = true;
                default -> { }
            }
            expr(a.value());
        } else if (e instanceof Expr.Constant) {
            return;
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            keywords(c.keywords());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.Tuple t) {
            exprs(t.elts());
        } else if (e instanceof Expr.List l) {
            exprs(l.elts());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            expr(f.format_spec());
        } else if (e instanceof Expr.Dict d) {
            for (Expr k : d.keys()) {
                expr(k);
            }
            exprs(d.values());
        } else if (e instanceof Expr.Set s) {
            exprs(s.elts());
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Slice s) {
            expr(s.lower());
            expr(s.upper());
            expr(s.step());
        } else if (e instanceof Expr.Lambda l) {
            exprs(l.args().defaults());
            for (Expr d : l.args().kw_defaults()) {
                expr(d);
            }
            enter(ScopeKind.LAMBDA, "lambda", l);
            parameters(l.args());
            expr(l.body());
            exit();
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, "listcomp", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, "genexpr", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, "setcomp", c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, "dictcomp", c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.NamedExpr n) {
            namedExpr(n);
        } else if (e instanceof Expr.Await a) {
            expr(a.value());
        } else if (e instanceof Expr.Yield y) {
            expr(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            expr(y.value());
        }
    }

    private void name(Expr.Name n) {
        nameCount++;
        if (n.ctx() == ExprContext.Load) {
            def(n.id(), Symbol.USED);
            if (cur.kind.isFunctionLike() && n.id().equals("super")) {
                cur.add("__class__", Symbol.USED);
            }
            switch (n.id()) {
                case "globals", "vars", "locals", "exec", "eval", "__builtins__", "global_enum" -> dynamicNames = true;
                default -> { }
            }
        } else {
            def(n.id(), iterationTarget ? Symbol.ASSIGNED | Symbol.ITERATION : Symbol.ASSIGNED);
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        cur.iterableDepth++;
        expr(gens.get(0).iter());
        cur.iterableDepth--;
        enter(ScopeKind.COMPREHENSION, name, node);
        for (int i = 0, n = gens.size(); i < n; i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                cur.iterableDepth++;
                expr(g.iter());
                cur.iterableDepth--;
            }
            iterationTarget = true;
            expr(g.target());
            iterationTarget = false;
            exprs(g.ifs());
        }
        expr(elt);
        expr(value);
        exit();
    }

    /** A walrus in a comprehension binds in the nearest enclosing function or module scope. */
    private void namedExpr(Expr.NamedExpr n) {
        if (cur.iterableDepth > 0) {
            syntaxError("assignment expression cannot be used in a comprehension iterable expression", n);
        }
        if (cur.kind == ScopeKind.COMPREHENSION && n.target() instanceof Expr.Name t) {
            String id = cur.mangle(t.id());
            ScopeBuilder owner = cur;
            while (owner.kind == ScopeKind.COMPREHENSION) {
                if ((owner.flagsOf(id) & Symbol.ITERATION) != 0) {
                    syntaxError("assignment expression cannot rebind comprehension iteration variable '" + t.id() + "'", n);
                }
                owner = owner.parent;
            }
            if (owner.kind == ScopeKind.CLASS) {
                syntaxError("assignment expression within a comprehension cannot be used in a class body", n);
            }
            if (owner.kind.isFunctionLike()) {
                def(t.id(), (owner.flagsOf(id) & Symbol.DECLARED_GLOBAL) != 0
                        ? Symbol.DECLARED_GLOBAL : Symbol.DECLARED_NONLOCAL);
                owner.add(id, Symbol.ASSIGNED);
            } else if (owner.kind == ScopeKind.MODULE) {
                def(t.id(), Symbol.DECLARED_GLOBAL);
            }
            // in a class body it is a SyntaxError, which CPython's compiler reports
        }
        expr(n.value());
        expr(n.target());
    }
}
