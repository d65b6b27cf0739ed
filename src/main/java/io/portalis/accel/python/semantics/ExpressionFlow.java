package io.portalis.accel.python.semantics;

import static io.portalis.accel.python.semantics.NameFlow.deferred;
import static io.portalis.accel.python.semantics.NameFlow.unbind;

import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of {@link NameFlow} that follows names through expressions (reads, lambdas,
 * comprehensions with their own scopes) and through assignment and {@code del} targets (binds and
 * unbinds). Reached through {@code flow}, whose state it shares.
 */
final class ExpressionFlow {
    private final NameFlow flow;
    private final Map<Node, Scope> scopes;
    private final IdentityHashMap<Expr.Name, Resolution> facts;

    ExpressionFlow(NameFlow flow) {
        this.flow = flow;
        this.scopes = flow.scopes;
        this.facts = flow.facts;
    }

    // ---- targets ----------------------------------------------------------------------------

    void target(Expr t, FlowFrame f) {
        if (t instanceof Expr.Name n) {
            flow.store(n, f);
        } else if (t instanceof Expr.Tuple tu) {
            for (Expr e : tu.elts()) {
                target(e, f);
            }
        } else if (t instanceof Expr.List l) {
            for (Expr e : l.elts()) {
                target(e, f);
            }
        } else if (t instanceof Expr.Starred s) {
            target(s.value(), f);
        } else {
            targetParts(t, f);
        }
    }

    /** The reads of an attribute or subscript target: its object (and index). */
    void targetParts(Expr t, FlowFrame f) {
        if (t instanceof Expr.Attribute a) {
            expr(a.value(), f);
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value(), f);
            expr(s.slice(), f);
        } else {
            expr(t, f);
        }
    }

    void delete(Expr t, FlowFrame f) {
        if (t instanceof Expr.Name n) {
            flow.load(n, f, true);
            unbind(facts.get(n).symbol(), f);
        } else if (t instanceof Expr.Tuple tu) {
            for (Expr e : tu.elts()) {
                delete(e, f);
            }
        } else if (t instanceof Expr.List l) {
            for (Expr e : l.elts()) {
                delete(e, f);
            }
        } else {
            targetParts(t, f);
        }
    }

    // ---- expressions ------------------------------------------------------------------------

    void exprs(List<Expr> es, FlowFrame f) {
        for (int i = 0, n = es.size(); i < n; i++) {
            expr(es.get(i), f);
        }
    }

    void expr(Expr e, FlowFrame f) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Name n) {
            if (n.ctx() == ExprContext.Load) {
                flow.load(n, f, false);
            } else if (n.ctx() == ExprContext.Store) {
                flow.store(n, f);
            } else {
                delete(n, f);
            }
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value(), f);
        } else if (e instanceof Expr.Constant) {
            return;
        } else if (e instanceof Expr.Call c) {
            expr(c.func(), f);
            exprs(c.args(), f);
            for (Keyword k : c.keywords()) {
                expr(k.value(), f);
            }
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value(), f);
            expr(s.slice(), f);
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left(), f);
            expr(b.right(), f);
        } else if (e instanceof Expr.Tuple t) {
            exprs(t.elts(), f);
        } else if (e instanceof Expr.List l) {
            exprs(l.elts(), f);
        } else if (e instanceof Expr.Compare c) {
            expr(c.left(), f);
            exprs(c.comparators(), f);
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values(), f);
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand(), f);
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values(), f);
        } else if (e instanceof Expr.FormattedValue v) {
            expr(v.value(), f);
            expr(v.format_spec(), f);
        } else if (e instanceof Expr.Dict d) {
            for (int i = 0, n = d.values().size(); i < n; i++) {
                expr(d.keys().get(i), f);
                expr(d.values().get(i), f);
            }
        } else if (e instanceof Expr.Set s) {
            exprs(s.elts(), f);
        } else if (e instanceof Expr.Starred s) {
            expr(s.value(), f);
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test(), f);
            expr(i.body(), f);
            expr(i.orelse(), f);
        } else if (e instanceof Expr.Slice s) {
            expr(s.lower(), f);
            expr(s.upper(), f);
            expr(s.step(), f);
        } else if (e instanceof Expr.Lambda l) {
            exprs(l.args().defaults(), f);
            for (Expr d : l.args().kw_defaults()) {
                expr(d, f);
            }
            FlowFrame inner = deferred(scopes.get(l), l.args(), f);
            int saved = flow.guarded;
            flow.guarded = 0;
            expr(l.body(), inner);
            flow.guarded = saved;
        } else if (e instanceof Expr.ListComp c) {
            comprehension(c, c.generators(), c.elt(), null, f);
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(c, c.generators(), c.elt(), null, f);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(c, c.generators(), c.elt(), null, f);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(c, c.generators(), c.key(), c.value(), f);
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value(), f);
            target(n.target(), f);
        } else if (e instanceof Expr.Await a) {
            expr(a.value(), f);
        } else if (e instanceof Expr.Yield y) {
            expr(y.value(), f);
        } else if (e instanceof Expr.YieldFrom y) {
            expr(y.value(), f);
        }
    }

    /** A comprehension runs at once, in its own scope; its first iterable is evaluated outside it. */
    private void comprehension(Expr node, List<Comprehension> gens, Expr elt, Expr value, FlowFrame f) {
        expr(gens.get(0).iter(), f);
        Scope scope = scopes.get(node);
        FlowFrame c = new FlowFrame(scope, f, f.state == null ? null : new BitSet(scope.symbols().size()), false);
        for (int i = 0, n = gens.size(); i < n; i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter(), c);
            }
            target(g.target(), c);
            exprs(g.ifs(), c);
        }
        expr(elt, c);
        expr(value, c);
    }
}
