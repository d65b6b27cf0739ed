package io.portalis.accel.python.doctest;

import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Stmt;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A docstring's examples run in a shallow copy of the module's globals ({@code doctest} copies
 * {@code module.__dict__} for each docstring), so an example that assigns a name of the module
 * rebinds it in that copy only: reads before the assignment see the module's value, the module's
 * own functions keep seeing the module's value, and the next docstring starts from the module's
 * value again. The examples of one docstring run as one function; such a name becomes a local of
 * that function under another name ({@link #local}), first bound to the module's value, and every
 * use of the name in the docstring's examples reads or binds that local.
 *
 * <p>Only a variable the module assigns at its top level (never through {@code global}) is read so;
 * it is bound in the examples by assignments (plain, annotated or augmented), {@code for} and
 * {@code with} targets. Other ways of binding it ({@code del}, {@code except ... as}, a {@code def}
 * or {@code class}, an import, a parameter of the same name, a use inside an f-string) keep the
 * example refused.
 */
final class DoctestNamespace {
    private static final String LOCAL_PREFIX = "__portalis_local_";

    private DoctestNamespace() {
    }

    /** The local that holds the docstring's copy of the module's {@code name}. */
    static String local(String name) {
        return LOCAL_PREFIX + name;
    }

    /** The module's variables a docstring's examples may rebind in their copy: assigned at the top level, never global. */
    static Set<String> copyable(Mod.Module module) {
        Set<String> assigned = new HashSet<>();
        Set<String> other = new HashSet<>();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.Assign a) {
                a.targets().forEach(t -> names(t, assigned));
            } else if (s instanceof Stmt.AnnAssign a && a.value() != null && a.target() instanceof Expr.Name n) {
                assigned.add(n.id());
            } else if (s instanceof Stmt.FunctionDef f) {
                other.add(f.name());
            } else if (s instanceof Stmt.ClassDef c) {
                other.add(c.name());
            } else if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) {
                for (Node a : NodeChildren.of(s)) {
                    if (a instanceof Alias al) {
                        other.add(al.asname() != null ? al.asname() : al.name().split("\\.")[0]);
                    }
                }
            }
        }
        globals(module, other);
        assigned.removeAll(other);
        return assigned;
    }

    /**
     * The names of the module that the examples (parsed, in order) bind in their namespace and that
     * can become the docstring's locals; the others stay refused where the examples bind them.
     */
    static Set<String> rebound(List<Mod.Module> examples, Set<String> copyable) {
        Set<String> bound = new LinkedHashSet<>();
        Set<String> refused = new HashSet<>();
        for (Mod.Module ex : examples) {
            for (Stmt s : ex.body()) {
                namespaceBindings(s, bound, refused, false);
            }
        }
        bound.retainAll(copyable);
        bound.removeAll(refused);
        return bound;
    }

    /**
     * Collects the names bound in the docstring's namespace by {@code n} ({@code nested}: inside a
     * function, class or comprehension, whose own names are not the namespace's) into
     * {@code bound}, and the names used in ways a renamed local cannot follow into {@code refused}.
     */
    private static void namespaceBindings(Node n, Set<String> bound, Set<String> refused, boolean nested) {
        if (n instanceof Expr.Name x) {
            if (x.ctx() == ExprContext.Del) {
                refused.add(x.id());
            } else if (x.ctx() == ExprContext.Store && !nested) {
                bound.add(x.id());
            }
            return;
        }
        if (n instanceof Expr.NamedExpr w && w.target() instanceof Expr.Name t) {
            refused.add(t.id()); // binds in the namespace even from a comprehension
        }
        if (n instanceof Arg a) {
            refused.add(a.arg());
        } else if (n instanceof ExceptHandler h && h.name() != null) {
            refused.add(h.name());
        } else if (n instanceof Stmt.FunctionDef f) {
            refused.add(f.name());
        } else if (n instanceof Stmt.AsyncFunctionDef f) {
            refused.add(f.name());
        } else if (n instanceof Stmt.ClassDef c) {
            refused.add(c.name());
        } else if (n instanceof Alias a) {
            refused.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
        } else if (n instanceof Stmt.Global g) {
            refused.addAll(g.names());
        } else if (n instanceof Stmt.Nonlocal g) {
            refused.addAll(g.names());
        } else if (n instanceof Expr.JoinedStr) {
            Set<String> inside = new HashSet<>();
            names(n, inside);
            refused.addAll(inside); // an f-string's `{name=}` shows the name as written
        }
        boolean inner = nested || n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef
                || n instanceof Stmt.ClassDef || n instanceof Expr.Lambda || n instanceof Comprehension;
        for (Node c : NodeChildren.of(n)) {
            namespaceBindings(c, bound, refused, inner);
        }
    }

    /** Every name (any context) under {@code n}. */
    private static void names(Node n, Set<String> out) {
        if (n instanceof Expr.Name x) {
            out.add(x.id());
        }
        for (Node c : NodeChildren.of(n)) {
            names(c, out);
        }
    }

    /** The names of every {@code global} statement under {@code n}. */
    private static void globals(Node n, Set<String> out) {
        if (n instanceof Stmt.Global g) {
            out.addAll(g.names());
        }
        for (Node c : NodeChildren.of(n)) {
            globals(c, out);
        }
    }

    /** The offsets [start, end) of every use of a renamed name in an example, in source order. */
    static void uses(Node n, Set<String> renamed, List<int[]> out) {
        if (n instanceof Expr.Name x && renamed.contains(x.id())) {
            out.add(new int[] {x.start(), x.end()});
        }
        for (Node c : NodeChildren.of(n)) {
            uses(c, renamed, out);
        }
    }
}
