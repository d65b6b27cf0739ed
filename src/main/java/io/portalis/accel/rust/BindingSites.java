package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a function body binds a name: how many statements assign it and whether one of them
 * is in a loop. A closure may copy a captured variable only when nothing rebinds it after the
 * closure is made; Python's closures see the variable, not the value it had.
 */
record BindingSites(int count, boolean inLoop) {

    /** The binding sites of {@code name} in {@code body}, not looking into nested functions. */
    static BindingSites of(List<Stmt> body, String name) {
        int[] count = {0};
        boolean[] loop = {false};
        walk(body, name, false, count, loop);
        return new BindingSites(count[0], loop[0]);
    }

    private static void walk(List<Stmt> body, String name, boolean inLoop, int[] count, boolean[] loop) {
        for (Stmt s : body) {
            Set<String> bound = new HashSet<>();
            if (s instanceof Stmt.Assign a) {
                a.targets().forEach(t -> DeclarationPlanner.targetNames(t, bound));
            } else if (s instanceof Stmt.AnnAssign a && a.value() != null) {
                DeclarationPlanner.targetNames(a.target(), bound);
            } else if (s instanceof Stmt.AugAssign a) {
                DeclarationPlanner.targetNames(a.target(), bound);
            } else if (s instanceof Stmt.For f) {
                DeclarationPlanner.targetNames(f.target(), bound);
            } else if (s instanceof Stmt.With w) {
                w.items().stream().filter(i -> i.optional_vars() != null)
                        .forEach(i -> DeclarationPlanner.targetNames(i.optional_vars(), bound));
            } else if (s instanceof Stmt.Delete d) {
                d.targets().forEach(t -> DeclarationPlanner.targetNames(t, bound));
            } else if (s instanceof Stmt.FunctionDef f) {
                bound.add(f.name());
            } else if (s instanceof Stmt.ClassDef c) {
                bound.add(c.name());
            }
            if (bound.contains(name)) {
                count[0]++;
                loop[0] |= inLoop || s instanceof Stmt.For;
            }
            if (s instanceof Stmt.If i) {
                walk(i.body(), name, inLoop, count, loop);
                walk(i.orelse(), name, inLoop, count, loop);
            } else if (s instanceof Stmt.For f) {
                walk(f.body(), name, true, count, loop);
                walk(f.orelse(), name, inLoop, count, loop);
            } else if (s instanceof Stmt.While w) {
                walk(w.body(), name, true, count, loop);
                walk(w.orelse(), name, inLoop, count, loop);
            } else if (s instanceof Stmt.With w) {
                walk(w.body(), name, inLoop, count, loop);
            } else if (s instanceof Stmt.Try t) {
                walk(t.body(), name, inLoop, count, loop);
                for (ExceptHandler h : t.handlers()) {
                    if (name.equals(h.name())) {
                        count[0]++;
                        loop[0] |= inLoop;
                    }
                    walk(h.body(), name, inLoop, count, loop);
                }
                walk(t.orelse(), name, inLoop, count, loop);
                walk(t.finalbody(), name, inLoop, count, loop);
            }
        }
    }
}
