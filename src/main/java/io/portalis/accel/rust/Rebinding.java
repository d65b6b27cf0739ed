package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A name rebound in full is a new variable from that point, as pyright treats it: {@code row} may
 * be a {@code str} in one loop and a {@code list[int]} in the next, and {@code _} anything in each
 * loop. The occurrences of one name in a function split into webs at the statements of their
 * common block that bind the name before anything there reads it (an assignment, or a loop whose
 * target it is), so each web gets a Rust variable of its own (the later one shadows the earlier).
 * A web opened by a loop must end with the loop: after it, Python's name holds either the last
 * item or the value before the loop (an empty loop), which would be two variables. An annotated
 * name keeps its declared type and is never split.
 */
final class Rebinding {
    private Rebinding() {}

    static List<List<DeclarationPlanner.Occurrence>> webs(List<DeclarationPlanner.Occurrence> occ, String name) {
        for (DeclarationPlanner.Occurrence o : occ) {
            Stmt last = o.path().get(o.path().size() - 1).stmt();
            if (last instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && n.id().equals(name)) {
                return List.of(occ);
            }
        }
        int level = sharedLevel(occ);
        TreeMap<Integer, List<DeclarationPlanner.Occurrence>> byStmt = new TreeMap<>();
        for (DeclarationPlanner.Occurrence o : occ) {
            byStmt.computeIfAbsent(o.path().get(level).index(), k -> new ArrayList<>()).add(o);
        }
        if (byStmt.size() < 2 || !binds(byStmt.firstEntry().getValue(), level)) {
            return List.of(occ);
        }
        List<List<DeclarationPlanner.Occurrence>> webs = new ArrayList<>();
        List<DeclarationPlanner.Occurrence> current = null;
        boolean currentIsLoop = false;
        for (List<DeclarationPlanner.Occurrence> group : byStmt.values()) {
            boolean split = current == null || (binds(group, level) && (!currentIsLoop || current.isEmpty()));
            if (split) {
                current = new ArrayList<>(group);
                currentIsLoop = group.get(0).path().get(level).stmt() instanceof Stmt.For;
                webs.add(current);
                // A loop's web holds nothing past the loop: later groups must open a web of their own.
                if (currentIsLoop) {
                    current = new ArrayList<>();
                    webs.add(current);
                }
            } else if (currentIsLoop) {
                return List.of(occ); // a read after a loop that bound the name: one variable
            } else {
                current.addAll(group);
            }
        }
        webs.removeIf(List::isEmpty);
        return webs;
    }

    /**
     * The statement binds the name in full, and reads it (if at all) only before the binding: in
     * the value of {@code name = value}, or in a loop's iterable when its target is plain names.
     */
    private static boolean binds(List<DeclarationPlanner.Occurrence> group, int level) {
        Stmt s = group.get(0).path().get(level).stmt();
        boolean readsFirst = (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name)
                || (s instanceof Stmt.For f && plainNames(f.target()));
        int bindings = 0;
        for (DeclarationPlanner.Occurrence o : group) {
            if (o.path().size() == level + 1) {
                if (o.directAssign() || o.loopTarget()) {
                    bindings++;
                } else if (!readsFirst) {
                    return false;
                }
            }
        }
        // `x, _, _ = t` binds `_` twice in one pattern: that stays one variable.
        return (s instanceof Stmt.Assign && bindings == 1) || (s instanceof Stmt.For && bindings >= 1);
    }

    private static boolean plainNames(Expr target) {
        if (target instanceof Expr.Name) {
            return true;
        }
        if (target instanceof Expr.Tuple t) {
            return t.elts().stream().allMatch(Rebinding::plainNames);
        }
        return target instanceof Expr.List l && l.elts().stream().allMatch(Rebinding::plainNames);
    }

    /** The depth of the deepest block that holds every occurrence. */
    private static int sharedLevel(List<DeclarationPlanner.Occurrence> occ) {
        int level = 0;
        while (true) {
            final int lv = level;
            DeclarationPlanner.Occurrence first = occ.get(0);
            if (first.path().size() <= lv + 1) {
                return level;
            }
            Stmt shared = first.path().get(lv).stmt();
            int block = first.path().get(lv + 1).block();
            boolean deeper = occ.stream().allMatch(o -> o.path().get(lv).stmt() == shared && o.path().size() > lv + 1
                    && o.path().get(lv + 1).block() == block);
            if (!deeper) {
                return level;
            }
            level++;
        }
    }
}
