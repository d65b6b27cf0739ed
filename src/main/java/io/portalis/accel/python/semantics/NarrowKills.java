package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Pattern;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** What a piece of code may rebind, and so what narrowing facts it kills wherever it might have run. */
final class NarrowKills {
    private NarrowKills() {}

    /** Forgets every name and attribute the statements may bind anywhere inside them. */
    static NarrowState kill(NarrowState s, List<? extends Node> nodes) {
        List<Node> all = new ArrayList<>();
        for (Node n : nodes) {
            all.addAll(walk(n));
        }
        return killNodes(s, all);
    }

    static NarrowState killNodes(NarrowState s, List<Node> nodes) {
        for (Node n : nodes) {
            if (n instanceof Expr.Name name && name.ctx() != ExprContext.Load) {
                s = s.killPath(name.id());
            } else if (n instanceof Expr.Attribute a && a.ctx() != ExprContext.Load) {
                s = s.killAttribute(a.attr());
            } else if (n instanceof Stmt.FunctionDef f) {
                s = s.killPath(f.name());
            } else if (n instanceof Stmt.AsyncFunctionDef f) {
                s = s.killPath(f.name());
            } else if (n instanceof Stmt.ClassDef c) {
                s = s.killPath(c.name());
            } else if (n instanceof ExceptHandler h && h.name() != null) {
                s = s.killPath(h.name());
            } else if (n instanceof Alias a) {
                String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                s = s.killPath(bound);
            } else if (n instanceof Pattern) {
                return s.unreachable() ? s : NarrowState.EMPTY; // a pattern binds names this pass does not list
            }
        }
        return s;
    }

    /** Every node under {@code root}, itself included. */
    static List<Node> walk(Node root) {
        List<Node> out = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            out.add(n);
            for (Node c : NodeChildren.of(n)) {
                todo.push(c);
            }
        }
        return out;
    }
}
