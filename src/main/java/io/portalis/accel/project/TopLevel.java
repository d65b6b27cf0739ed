package io.portalis.accel.project;

import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.LinkedHashSet;
import java.util.Set;

/** The names a module's top-level statement binds when the module is loaded (the main guard binds none then). */
final class TopLevel {
    private TopLevel() {
    }

    static Set<String> binds(Stmt s) {
        Set<String> out = new LinkedHashSet<>();
        if (s instanceof Stmt.FunctionDef f) {
            out.add(f.name());
        } else if (s instanceof Stmt.ClassDef c) {
            out.add(c.name());
        } else if (s instanceof Stmt.Assign a) {
            a.targets().forEach(t -> targets(t, out));
        } else if (s instanceof Stmt.AnnAssign a && a.value() != null) {
            targets(a.target(), out);
        } else if (s instanceof Stmt.ImportFrom imp) {
            for (Alias a : imp.names()) {
                out.add(a.asname() == null ? a.name() : a.asname());
            }
        } else if (s instanceof Stmt.Import imp) {
            for (Alias a : imp.names()) {
                out.add(a.asname() == null ? a.name().split("\\.")[0] : a.asname());
            }
        }
        return out;
    }

    private static void targets(Expr t, Set<String> out) {
        if (t instanceof Expr.Name n) {
            out.add(n.id());
        } else if (t instanceof Expr.Tuple tu) {
            tu.elts().forEach(e -> targets(e, out));
        } else if (t instanceof Expr.List l) {
            l.elts().forEach(e -> targets(e, out));
        }
    }
}
