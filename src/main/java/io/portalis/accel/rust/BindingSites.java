package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
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

    /** The names a nested function reads from its enclosing scopes: not its parameters or locals. */
    static Set<String> freeReads(Stmt.FunctionDef f) {
        Set<String> reads = new HashSet<>();
        Set<String> local = new HashSet<>();
        f.args().args().forEach(a -> local.add(a.arg()));
        f.args().kwonlyargs().forEach(a -> local.add(a.arg()));
        if (f.args().vararg() != null) {
            local.add(f.args().vararg().arg());
        }
        if (f.args().kwarg() != null) {
            local.add(f.args().kwarg().arg());
        }
        collect(f.body(), reads, local);
        reads.removeAll(local);
        return reads;
    }

    private static void collect(List<Stmt> body, Set<String> reads, Set<String> local) {
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDef f) {
                local.add(f.name());
                reads.addAll(freeReads(f));
                continue;
            }
            if (s instanceof Stmt.Assign a) {
                a.targets().forEach(t -> DeclarationPlanner.targetNames(t, local));
            } else if (s instanceof Stmt.AnnAssign a) {
                DeclarationPlanner.targetNames(a.target(), local);
            } else if (s instanceof Stmt.AugAssign a) {
                DeclarationPlanner.targetNames(a.target(), local);
            } else if (s instanceof Stmt.For fo) {
                DeclarationPlanner.targetNames(fo.target(), local);
            }
            for (Expr e : expressions(s)) {
                reads.addAll(DeclarationPlanner.reads(e));
            }
            if (s instanceof Stmt.If i) {
                collect(i.body(), reads, local);
                collect(i.orelse(), reads, local);
            } else if (s instanceof Stmt.For fo) {
                collect(fo.body(), reads, local);
                collect(fo.orelse(), reads, local);
            } else if (s instanceof Stmt.While w) {
                collect(w.body(), reads, local);
                collect(w.orelse(), reads, local);
            } else if (s instanceof Stmt.Try t) {
                collect(t.body(), reads, local);
                for (ExceptHandler h : t.handlers()) {
                    if (h.name() != null) {
                        local.add(h.name());
                    }
                    if (h.type() != null) {
                        reads.addAll(DeclarationPlanner.reads(h.type()));
                    }
                    collect(h.body(), reads, local);
                }
                collect(t.orelse(), reads, local);
                collect(t.finalbody(), reads, local);
            }
        }
    }

    private static List<Expr> expressions(Stmt s) {
        if (s instanceof Stmt.Assign a) {
            return concat(List.of(a.value()), a.targets());
        } else if (s instanceof Stmt.AnnAssign a && a.value() != null) {
            return List.of(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            return List.of(a.value(), a.target());
        } else if (s instanceof Stmt.Expr e) {
            return List.of(e.value());
        } else if (s instanceof Stmt.Return r && r.value() != null) {
            return List.of(r.value());
        } else if (s instanceof Stmt.If i) {
            return List.of(i.test());
        } else if (s instanceof Stmt.While w) {
            return List.of(w.test());
        } else if (s instanceof Stmt.For f) {
            return List.of(f.iter());
        } else if (s instanceof Stmt.Raise r && r.exc() != null) {
            return List.of(r.exc());
        } else if (s instanceof Stmt.Assert a) {
            return a.msg() == null ? List.of(a.test()) : List.of(a.test(), a.msg());
        } else if (s instanceof Stmt.Delete d) {
            return d.targets();
        }
        return List.of();
    }

    private static List<Expr> concat(List<Expr> a, List<Expr> b) {
        List<Expr> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
