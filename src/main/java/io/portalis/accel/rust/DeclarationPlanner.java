package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.semantics.NameResolution;
import io.portalis.accel.python.semantics.Scope;
import io.portalis.accel.python.semantics.ScopeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides where each local variable of a function is declared in Rust. Python scopes a local
 * to the whole function; Rust to a block. A variable is declared in the innermost block that
 * holds every use of it: with {@code let} at its first assignment when that assignment is a
 * statement of that block, otherwise by a {@code let mut name: T;} just before the first
 * statement of that block that touches it.
 */
final class DeclarationPlanner {

    /** Where each name goes. */
    static final class Plan {
        /** Names whose first assignment, this statement, declares them with {@code let}. */
        final Map<Stmt, Set<String>> letHere = new IdentityHashMap<>();
        /** Names to declare, without a value, just before this statement. */
        final Map<Stmt, List<String>> hoistBefore = new IdentityHashMap<>();
        /** For statements whose target names live only in the loop: the loop binds them. */
        final Set<Stmt> loopBinds = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        /**
         * Statements that bind a name in full again ({@link Rebinding}): a value of the variable's
         * type is stored in it, a value of another type starts a new variable.
         */
        final Map<Stmt, Set<String>> rebinds = new IdentityHashMap<>();

        boolean rebinds(Stmt s, String name) {
            Set<String> names = rebinds.get(s);
            return names != null && names.contains(name);
        }

        boolean letHere(Stmt s, String name) {
            Set<String> names = letHere.get(s);
            return names != null && names.contains(name);
        }
    }

    record Step(int block, int index, Stmt stmt) {}

    record Occurrence(List<Step> path, boolean directAssign, boolean loopTarget, boolean store) {}

    private final Map<String, List<Occurrence>> occurrences = new LinkedHashMap<>();
    private final Set<String> excluded;
    private final Set<String> checked;
    /** The check stage's scopes: what a nested function captures from this one. */
    private final NameResolution names;
    private int nextBlock;

    private DeclarationPlanner(Set<String> excluded, Set<String> checked, NameResolution names) {
        this.excluded = excluded;
        this.checked = checked;
        this.names = names;
    }

    /**
     * Plans a function body whose {@code checked} names may be read unbound: each of those is
     * declared ahead (unbound) outside every loop around its uses, so that what one iteration
     * assigns, the next still sees. {@code params} (and other names bound outside) are left alone.
     */
    static Plan plan(List<Stmt> body, Set<String> params, Set<String> checked, NameResolution names) {
        DeclarationPlanner p = new DeclarationPlanner(params, checked, names);
        p.block(body, new ArrayList<>());
        return p.decide();
    }

    private void block(List<Stmt> body, List<Step> path) {
        int id = nextBlock++;
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            List<Step> here = new ArrayList<>(path);
            here.add(new Step(id, i, s));
            stmt(s, here);
        }
    }

    private void stmt(Stmt s, List<Step> here) {
        if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) {
                target(t, here, a.targets().size() == 1 && (t instanceof Expr.Name || t instanceof Expr.Tuple));
            }
            expr(a.value(), here);
        } else if (s instanceof Stmt.AnnAssign a) {
            target(a.target(), here, a.value() != null && a.target() instanceof Expr.Name);
            if (a.value() != null) {
                expr(a.value(), here);
            }
        } else if (s instanceof Stmt.AugAssign a) {
            target(a.target(), here, false);
            expr(a.value(), here);
        } else if (s instanceof Stmt.For f) {
            loopTarget(f.target(), here);
            expr(f.iter(), here);
            block(f.body(), here);
            block(f.orelse(), here);
        } else if (s instanceof Stmt.While w) {
            expr(w.test(), here);
            block(w.body(), here);
            block(w.orelse(), here);
        } else if (s instanceof Stmt.If i) {
            expr(i.test(), here);
            block(i.body(), here);
            block(i.orelse(), here);
        } else if (s instanceof Stmt.With w) {
            // Only the first item's target is bound before the block the later items open.
            for (io.portalis.accel.python.ast.WithItem item : w.items()) {
                expr(item.context_expr(), here);
                if (item.optional_vars() != null) {
                    target(item.optional_vars(), here, item == w.items().get(0) && item.optional_vars() instanceof Expr.Name);
                }
            }
            block(w.body(), here);
        } else if (s instanceof Stmt.Try t) {
            block(t.body(), here);
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type(), here);
                }
                block(h.body(), here);
            }
            block(t.orelse(), here);
            block(t.finalbody(), here);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                expr(r.value(), here);
            }
        } else if (s instanceof Stmt.Expr e) {
            expr(e.value(), here);
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc(), here);
            }
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test(), here);
            if (a.msg() != null) {
                expr(a.msg(), here);
            }
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                expr(t, here);
            }
        } else if (s instanceof Stmt.FunctionDef f) {
            // A nested function binds its name here and captures its free names when it is made.
            add(f.name(), here, true, false, true);
            for (String captured : captured(names.scopeOf(f))) {
                add(captured, here, false, false);
            }
        }
    }

    /**
     * The variables of the body being planned that a nested function (or anything nested in it)
     * uses: its free names when the body is a function's; when it is the module's code (whose
     * variables are Python globals), every global name read or bound in the nested scopes.
     */
    private static Set<String> captured(Scope nested) {
        return nested.parent().kind() == ScopeKind.MODULE ? nested.globalIdentifiers()
                : new LinkedHashSet<>(nested.freeIdentifiers());
    }

    private void target(Expr t, List<Step> here, boolean direct) {
        if (t instanceof Expr.Name n) {
            add(n.id(), here, direct, false, true);
        } else if (t instanceof Expr.Tuple tu) {
            boolean names = tu.elts().stream().allMatch(e -> e instanceof Expr.Name
                    || (e instanceof Expr.Starred st && st.value() instanceof Expr.Name));
            for (Expr e : tu.elts()) {
                target(e, here, names && direct);
            }
        } else if (t instanceof Expr.Starred st && st.value() instanceof Expr.Name) {
            target(st.value(), here, direct);
        } else if (t instanceof Expr.List l) {
            for (Expr e : l.elts()) {
                target(e, here, false);
            }
        } else {
            expr(t, here);
        }
    }

    private void loopTarget(Expr t, List<Step> here) {
        if (t instanceof Expr.Name n) {
            add(n.id(), here, false, true);
        } else if (t instanceof Expr.Tuple tu) {
            for (Expr e : tu.elts()) {
                loopTarget(e, here);
            }
        } else {
            expr(t, here);
        }
    }

    private void add(String name, List<Step> path, boolean direct, boolean loop) {
        add(name, path, direct, loop, false);
    }

    private void add(String name, List<Step> path, boolean direct, boolean loop, boolean store) {
        if (excluded.contains(name)) {
            return;
        }
        occurrences.computeIfAbsent(name, k -> new ArrayList<>())
                .add(new Occurrence(List.copyOf(path), direct, loop, store || direct || loop));
    }

    /** Names read in an expression; names bound by comprehensions and lambdas are their own. */
    private void expr(Expr e, List<Step> here) {
        Set<String> bound = new HashSet<>();
        names(e, bound, name -> add(name, here, false, false));
        for (String target : WalrusTargets.of(e)) {
            add(target, here, false, false, true); // declared ahead of the statement holding the walrus
        }
    }

    private interface Sink {
        void name(String n);
    }

    private static void names(Expr e, Set<String> bound, Sink sink) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Name n) {
            if (!bound.contains(n.id())) {
                sink.name(n.id());
            }
        } else if (e instanceof Expr.ListComp c) {
            comp(c.generators(), List.of(c.elt()), bound, sink);
        } else if (e instanceof Expr.SetComp c) {
            comp(c.generators(), List.of(c.elt()), bound, sink);
        } else if (e instanceof Expr.GeneratorExp c) {
            comp(c.generators(), List.of(c.elt()), bound, sink);
        } else if (e instanceof Expr.DictComp c) {
            comp(c.generators(), List.of(c.key(), c.value()), bound, sink);
        } else if (e instanceof Expr.Lambda l) {
            Set<String> inner = new HashSet<>(bound);
            l.args().args().forEach(a -> inner.add(a.arg()));
            names(l.body(), inner, sink);
        } else if (e instanceof Expr.BinOp b) {
            names(b.left(), bound, sink);
            names(b.right(), bound, sink);
        } else if (e instanceof Expr.BoolOp b) {
            b.values().forEach(v -> names(v, bound, sink));
        } else if (e instanceof Expr.UnaryOp u) {
            names(u.operand(), bound, sink);
        } else if (e instanceof Expr.IfExp i) {
            names(i.test(), bound, sink);
            names(i.body(), bound, sink);
            names(i.orelse(), bound, sink);
        } else if (e instanceof Expr.Dict d) {
            d.keys().forEach(k -> names(k, bound, sink));
            d.values().forEach(v -> names(v, bound, sink));
        } else if (e instanceof Expr.Set s) {
            s.elts().forEach(v -> names(v, bound, sink));
        } else if (e instanceof Expr.List l) {
            l.elts().forEach(v -> names(v, bound, sink));
        } else if (e instanceof Expr.Tuple t) {
            t.elts().forEach(v -> names(v, bound, sink));
        } else if (e instanceof Expr.Compare c) {
            names(c.left(), bound, sink);
            c.comparators().forEach(v -> names(v, bound, sink));
        } else if (e instanceof Expr.Call c) {
            names(c.func(), bound, sink);
            c.args().forEach(v -> names(v, bound, sink));
            for (Keyword k : c.keywords()) {
                names(k.value(), bound, sink);
            }
        } else if (e instanceof Expr.FormattedValue f) {
            names(f.value(), bound, sink);
            names(f.format_spec(), bound, sink);
        } else if (e instanceof Expr.JoinedStr j) {
            j.values().forEach(v -> names(v, bound, sink));
        } else if (e instanceof Expr.Attribute a) {
            names(a.value(), bound, sink);
        } else if (e instanceof Expr.Subscript s) {
            names(s.value(), bound, sink);
            names(s.slice(), bound, sink);
        } else if (e instanceof Expr.Slice s) {
            names(s.lower(), bound, sink);
            names(s.upper(), bound, sink);
            names(s.step(), bound, sink);
        } else if (e instanceof Expr.Starred s) {
            names(s.value(), bound, sink);
        } else if (e instanceof Expr.Yield y) {
            names(y.value(), bound, sink);
        } else if (e instanceof Expr.YieldFrom y) {
            names(y.value(), bound, sink);
        } else if (e instanceof Expr.NamedExpr n) {
            names(n.target(), bound, sink);
            names(n.value(), bound, sink);
        }
    }

    private static void comp(List<Comprehension> gens, List<Expr> results, Set<String> outer, Sink sink) {
        Set<String> bound = new HashSet<>(outer);
        for (Comprehension g : gens) {
            names(g.iter(), bound, sink);
            targetNames(g.target(), bound);
            g.ifs().forEach(i -> names(i, bound, sink));
        }
        results.forEach(r -> names(r, bound, sink));
    }

    static void targetNames(Expr t, Set<String> out) {
        if (t instanceof Expr.Name n) {
            out.add(n.id());
        } else if (t instanceof Expr.Tuple tu) {
            tu.elts().forEach(e -> targetNames(e, out));
        } else if (t instanceof Expr.List l) {
            l.elts().forEach(e -> targetNames(e, out));
        } else if (t instanceof Expr.Starred st) {
            targetNames(st.value(), out);
        }
    }

    /** Every name an expression reads (outside comprehensions' own variables). */
    static Set<String> reads(Expr e) {
        Set<String> out = new HashSet<>();
        names(e, new HashSet<>(), out::add);
        return out;
    }

    private Plan decide() {
        Plan plan = new Plan();
        Map<Stmt, List<String>> hoists = new HashMap<>();
        for (Map.Entry<String, List<Occurrence>> entry : occurrences.entrySet()) {
            String name = entry.getKey();
            if (entry.getValue().stream().noneMatch(Occurrence::store)) {
                continue;
            }
            List<List<Occurrence>> webs = checked.contains(name) ? List.of(entry.getValue())
                    : Rebinding.webs(entry.getValue(), name);
            for (List<Occurrence> occ : webs) {
                decideOne(name, occ, plan, hoists, occ != webs.get(0));
            }
        }
        plan.hoistBefore.putAll(hoists);
        return plan;
    }

    private void decideOne(String name, List<Occurrence> occ, Plan plan, Map<Stmt, List<String>> hoists,
            boolean rebind) {
        {
            // The deepest block that holds every occurrence: descend while all share one statement.
            int level = 0;
            while (true) {
                Stmt shared = occ.get(0).path.get(level).stmt();
                int lv = level;
                boolean deeper = occ.stream().allMatch(o -> o.path.get(lv).stmt() == shared && o.path.size() > lv + 1
                        && o.path.get(lv + 1).block() == occ.get(0).path.get(Math.min(lv + 1, occ.get(0).path.size() - 1)).block());
                if (!deeper || occ.get(0).path.size() <= lv + 1) {
                    break;
                }
                level++;
            }
            Occurrence first = null;
            for (Occurrence o : occ) {
                if (first == null || o.path.get(level).index() < first.path.get(level).index()
                        || (o.path.get(level).index() == first.path.get(level).index()
                            && o.path.size() == level + 1 && first.path.size() > level + 1)) {
                    first = o;
                }
            }
            final int lvl = level;
            Step step = first.path.get(level);
            boolean atThisLevel = first.path.size() == level + 1;
            if (checked.contains(name)) {
                Step at = step;
                for (int i = level - 1; i >= 0; i--) {
                    Stmt outer = first.path.get(i).stmt();
                    if (outer instanceof Stmt.For || outer instanceof Stmt.While) {
                        at = first.path.get(i);
                    }
                }
                hoists.computeIfAbsent(at.stmt(), k -> new ArrayList<>()).add(name);
            } else if (atThisLevel && first.directAssign) {
                plan.letHere.computeIfAbsent(step.stmt(), k -> new HashSet<>()).add(name);
                if (rebind) {
                    plan.rebinds.computeIfAbsent(step.stmt(), k -> new HashSet<>()).add(name);
                }
            } else if (atThisLevel && first.loopTarget && occ.stream().allMatch(o -> o.path.get(lvl).stmt() == step.stmt())) {
                plan.loopBinds.add(step.stmt());
                plan.letHere.computeIfAbsent(step.stmt(), k -> new HashSet<>()).add(name);
            } else {
                hoists.computeIfAbsent(step.stmt(), k -> new ArrayList<>()).add(name);
            }
        }
    }

}
