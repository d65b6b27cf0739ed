package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Stmt;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names assignment expressions ({@code :=}) bind. PEP 572: a walrus binds in the scope
 * that holds the expression, and one inside a comprehension binds in the function around it,
 * so comprehensions are searched; a lambda is a scope of its own and is not.
 */
final class WalrusTargets {
    private WalrusTargets() {}

    /** The names the walruses of an expression bind. */
    static Set<String> of(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        collect(e, out);
        return out;
    }

    /** The names the walruses in a statement's own expressions bind (not in its nested statements). */
    static Set<String> ofStatement(Stmt s) {
        Set<String> out = new LinkedHashSet<>();
        if (s instanceof Stmt.FunctionDef || s instanceof Stmt.ClassDef) {
            return out; // their defaults and decorators are refused with a walrus elsewhere
        }
        for (Node child : NodeChildren.of(s)) {
            if (child instanceof Expr x) {
                collect(x, out);
            }
        }
        return out;
    }

    private static void collect(Node n, Set<String> out) {
        if (n instanceof Expr.Lambda) {
            return;
        }
        if (n instanceof Expr.NamedExpr ne && ne.target() instanceof Expr.Name t) {
            out.add(t.id());
        }
        for (Node child : NodeChildren.of(n)) {
            if (!(child instanceof Stmt)) {
                collect(child, out);
            }
        }
    }
}
