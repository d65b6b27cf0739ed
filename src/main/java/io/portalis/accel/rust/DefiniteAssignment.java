package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which local variables of a function (or of the module's code) some read may find unbound:
 * a forward pass over the body that tracks the names assigned on every path so far. A read of
 * a name outside that set makes the name "checked": it keeps an unbound state in Rust, and its
 * reads raise Python's UnboundLocalError (NameError at module level) as CPython's would.
 * Every other local is provably assigned before each read and stays a plain Rust variable.
 *
 * <p>The pass is conservative where Python's control flow is: a loop body may run no times, an
 * exception may leave a try body before any of its assignments, a {@code finally} may run
 * after any of them.
 */
final class DefiniteAssignment {

    /** The names assigned on every path to here; null where no path reaches (after a return). */
    private Set<String> bound;
    private final Set<String> locals;
    private final Set<String> unsafe = new HashSet<>();
    private final Deque<List<Set<String>>> breaks = new ArrayDeque<>();

    private DefiniteAssignment(Set<String> locals, Set<String> initial) {
        this.locals = locals;
        this.bound = new HashSet<>(initial);
    }

    /**
     * The locals (names in {@code locals}) that some read, or some {@code del}, may find unbound,
     * given the names bound on entry (the parameters).
     */
    static Set<String> maybeUnbound(List<Stmt> body, Set<String> locals, Set<String> initial) {
        DefiniteAssignment d = new DefiniteAssignment(locals, initial);
        d.block(body);
        return d.unsafe;
    }

    private void block(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void read(Expr e) {
        if (e == null) {
            return;
        }
        if (WalrusTargets.of(e).isEmpty()) {
            for (String n : DeclarationPlanner.reads(e)) {
                read(n);
            }
            return;
        }
        flow(e);
    }

    /**
     * Reads and walrus bindings of an expression in Python's order of evaluation: an operand
     * that may not run ({@code and}/{@code or} after the first, a branch of a conditional
     * expression, a comprehension's body) binds nothing for what follows it.
     */
    private void flow(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Name n) {
            read(n.id());
        } else if (e instanceof Expr.NamedExpr ne) {
            flow(ne.value());
            bind(ne.target());
        } else if (e instanceof Expr.BoolOp b) {
            flow(b.values().get(0));
            Set<String> in = copy();
            b.values().subList(1, b.values().size()).forEach(this::flow);
            bound = in;
        } else if (e instanceof Expr.IfExp i) {
            flow(i.test());
            Set<String> in = copy();
            flow(i.body());
            Set<String> afterBody = bound;
            bound = in;
            flow(i.orelse());
            bound = meet(afterBody, bound);
        } else if (e instanceof Expr.Dict d) {
            for (int k = 0; k < d.keys().size(); k++) {
                flow(d.keys().get(k));
                flow(d.values().get(k));
            }
        } else if (e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                || e instanceof Expr.GeneratorExp || e instanceof Expr.Lambda) {
            // Runs zero or more times: its walrus targets are read there only after it binds them.
            Set<String> own = WalrusTargets.of(e);
            for (String n : DeclarationPlanner.reads(e)) {
                if (!own.contains(n)) {
                    read(n);
                }
            }
        } else {
            for (io.portalis.accel.python.ast.Node child : io.portalis.accel.python.ast.NodeChildren.of(e)) {
                if (child instanceof Expr x) {
                    flow(x);
                } else if (child instanceof io.portalis.accel.python.ast.Keyword k) {
                    flow(k.value());
                }
            }
        }
    }

    private void read(String n) {
        if (bound != null && locals.contains(n) && !bound.contains(n)) {
            unsafe.add(n);
        }
    }

    private void bind(Expr target) {
        if (target instanceof Expr.Name n) {
            if (bound != null) {
                bound.add(n.id());
            }
        } else if (target instanceof Expr.Tuple t) {
            t.elts().forEach(this::bind);
        } else if (target instanceof Expr.List l) {
            l.elts().forEach(this::bind);
        } else if (target instanceof Expr.Starred st) {
            bind(st.value());
        } else {
            read(target); // a subscript or attribute target reads its container
        }
    }

    private static Set<String> meet(Set<String> a, Set<String> b) {
        if (a == null) {
            return b == null ? null : new HashSet<>(b);
        }
        if (b == null) {
            return new HashSet<>(a);
        }
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }

    private Set<String> copy() {
        return bound == null ? null : new HashSet<>(bound);
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Expr e) {
            read(e.value());
        } else if (s instanceof Stmt.Assign a) {
            read(a.value());
            a.targets().forEach(this::bind);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                read(a.value());
                bind(a.target());
            }
        } else if (s instanceof Stmt.AugAssign a) {
            read(a.target());
            read(a.value());
            bind(a.target());
        } else if (s instanceof Stmt.Return r) {
            read(r.value());
            bound = null;
        } else if (s instanceof Stmt.Raise r) {
            read(r.exc());
            read(r.cause());
            bound = null;
        } else if (s instanceof Stmt.Assert a) {
            read(a.test());
            read(a.msg());
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                if (t instanceof Expr.Name n) {
                    read(n.id());
                    if (bound != null) {
                        bound.remove(n.id());
                    }
                } else {
                    read(t);
                }
            }
        } else if (s instanceof Stmt.Break) {
            if (!breaks.isEmpty() && bound != null) {
                breaks.peek().add(copy());
            }
            bound = null;
        } else if (s instanceof Stmt.Continue) {
            bound = null;
        } else if (s instanceof Stmt.If i) {
            read(i.test());
            Set<String> in = copy();
            block(i.body());
            Set<String> afterBody = bound;
            bound = in;
            block(i.orelse());
            bound = meet(afterBody, bound);
        } else if (s instanceof Stmt.While w) {
            read(w.test());
            boolean forever = w.test() instanceof Expr.Constant c
                    && c.value() instanceof io.portalis.accel.python.ast.ConstantValue.Bool b && b.value();
            loop(null, w.body(), w.orelse(), forever);
        } else if (s instanceof Stmt.For f) {
            read(f.iter());
            loop(f.target(), f.body(), f.orelse(), false);
        } else if (s instanceof Stmt.Try t) {
            tryStmt(t);
        } else {
            // Statements that bind nothing here (pass, global) or that the translation refuses.
            for (List<Stmt> inner : children(s)) {
                Set<String> in = copy();
                block(inner);
                bound = in;
            }
        }
    }

    private void loop(Expr target, List<Stmt> body, List<Stmt> orelse, boolean forever) {
        Set<String> in = copy();
        breaks.push(new ArrayList<>());
        if (target != null) {
            bind(target);
        }
        block(body);
        List<Set<String>> exits = breaks.pop();
        // The body may run no times (or stop at any iteration): the else block starts from `in`.
        bound = forever ? null : in;
        if (!forever) {
            block(orelse);
        }
        Set<String> out = bound;
        for (Set<String> b : exits) {
            out = out == null ? new HashSet<>(b) : meet(out, b);
        }
        bound = out;
    }

    private void tryStmt(Stmt.Try t) {
        Set<String> in = copy();
        block(t.body());
        block(t.orelse());
        Set<String> out = bound;
        for (ExceptHandler h : t.handlers()) {
            // An exception may leave the body before any of its assignments.
            bound = in == null ? null : new HashSet<>(in);
            if (h.name() != null && bound != null) {
                bound.add(h.name());
            }
            block(h.body());
            if (h.name() != null && bound != null) {
                bound.remove(h.name()); // Python deletes the name when the handler ends
            }
            out = meet(out, bound);
        }
        if (!t.finalbody().isEmpty()) {
            Set<String> before = out;
            // The finally block may run after an exception at any point of the body.
            bound = in == null ? null : new HashSet<>(in);
            block(t.finalbody());
            if (bound != null && before != null) {
                bound.addAll(before);
            } else if (bound != null) {
                bound = null; // every path through the try statement left it
            }
            return;
        }
        bound = out;
    }

    private static List<List<Stmt>> children(Stmt s) {
        List<List<Stmt>> out = new ArrayList<>();
        if (s instanceof Stmt.With w) {
            out.add(w.body());
        }
        return out;
    }

    /** Every name a function body stores to (its locals, before removing parameters and globals). */
    static Set<String> assigned(List<Stmt> body) {
        Set<String> out = new HashSet<>();
        collect(body, out);
        return out;
    }

    private static void collect(List<Stmt> body, Set<String> out) {
        for (Stmt s : body) {
            out.addAll(WalrusTargets.ofStatement(s));
            if (s instanceof Stmt.Assign a) {
                a.targets().forEach(t -> DeclarationPlanner.targetNames(t, out));
            } else if (s instanceof Stmt.AnnAssign a && a.value() != null) {
                DeclarationPlanner.targetNames(a.target(), out);
            } else if (s instanceof Stmt.AugAssign a) {
                DeclarationPlanner.targetNames(a.target(), out);
            } else if (s instanceof Stmt.For f) {
                DeclarationPlanner.targetNames(f.target(), out);
                collect(f.body(), out);
                collect(f.orelse(), out);
            } else if (s instanceof Stmt.While w) {
                collect(w.body(), out);
                collect(w.orelse(), out);
            } else if (s instanceof Stmt.If i) {
                collect(i.body(), out);
                collect(i.orelse(), out);
            } else if (s instanceof Stmt.Try t) {
                collect(t.body(), out);
                collect(t.orelse(), out);
                collect(t.finalbody(), out);
                t.handlers().forEach(h -> collect(h.body(), out));
            }
        }
    }
}
