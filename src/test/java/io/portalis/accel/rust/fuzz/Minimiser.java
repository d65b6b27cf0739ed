package io.portalis.accel.rust.fuzz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shrinks a program that shows a difference while the difference persists: deletes runs of
 * statements (halves first, then single ones), replaces a compound statement by its first block,
 * replaces expressions by one of their children of the same type or by the simplest value of their
 * type. A candidate counts only if CPython still exits as before (so no deleted definition is
 * missed: a {@code NameError} changes the exit) and the translation fails the same way: the same
 * {@link Differential.Kind}, and for rustc the same first error line's code.
 */
final class Minimiser {
    private final Differential differential;
    private final Differential.Outcome original;
    private final Map<String, Boolean> tried = new HashMap<>();
    private final long deadlineNanos;
    private int checks;

    Minimiser(Differential differential, Differential.Outcome original, long budgetSeconds) {
        this.differential = differential;
        this.original = original;
        this.deadlineNanos = System.nanoTime() + budgetSeconds * 1_000_000_000L;
    }

    int checks() {
        return checks;
    }

    /** Shrinks {@code program} in place; returns the last outcome that still shows the difference. */
    Differential.Outcome minimise(List<Stmt> program) throws IOException, InterruptedException {
        Differential.Outcome best = original;
        boolean progress = true;
        while (progress && !late()) {
            progress = false;
            for (List<Stmt> body : bodies(program)) {
                for (int size = Math.max(1, body.size() / 2); size >= 1 && !late(); size /= 2) {
                    for (int i = body.size() - size; i >= 0 && !late(); i--) {
                        if (i + size > body.size() || body.subList(i, i + size).stream().anyMatch(st -> st.keep)) {
                            continue;
                        }
                        List<Stmt> removed = new ArrayList<>(body.subList(i, i + size));
                        body.subList(i, i + size).clear();
                        Differential.Outcome o = interesting(program);
                        if (o != null) {
                            best = o;
                            progress = true;
                        } else {
                            body.addAll(i, removed);
                        }
                    }
                }
            }
            for (List<Stmt> body : bodies(program)) {
                for (int i = 0; i < body.size() && !late(); i++) {
                    Stmt st = body.get(i);
                    if (st.blocks.isEmpty() || st.keep) {
                        continue;
                    }
                    body.remove(i);
                    body.addAll(i, st.blocks.get(0).body());
                    Differential.Outcome o = interesting(program);
                    if (o != null) {
                        best = o;
                        progress = true;
                    } else {
                        body.subList(i, i + st.blocks.get(0).body().size()).clear();
                        body.add(i, st);
                    }
                }
            }
            for (List<Expr> holder : exprLists(program)) {
                for (int i = 0; i < holder.size() && !late(); i++) {
                    Differential.Outcome o = simplify(program, holder, i);
                    if (o != null) {
                        best = o;
                        progress = true;
                    }
                }
            }
        }
        return best;
    }

    private Differential.Outcome simplify(List<Stmt> program, List<Expr> holder, int i)
            throws IOException, InterruptedException {
        Expr e = holder.get(i);
        List<Expr> candidates = new ArrayList<>();
        for (Expr k : e.kids) {
            if (k.ty.equals(e.ty)) {
                candidates.add(k);
            }
        }
        Expr simplest = ExprGenerator.simplest(e.ty, null);
        if (simplest != null && !e.render().equals(simplest.render())) {
            candidates.add(simplest);
        }
        for (Expr c : candidates) {
            holder.set(i, c);
            Differential.Outcome o = interesting(program);
            if (o != null) {
                return o;
            }
        }
        holder.set(i, e);
        return null;
    }

    private boolean late() {
        return System.nanoTime() > deadlineNanos;
    }

    private Differential.Outcome interesting(List<Stmt> program) throws IOException, InterruptedException {
        String source = Stmt.render(program);
        if (tried.containsKey(source)) {
            return null;
        }
        checks++;
        Differential.Outcome o = differential.check(source);
        boolean same = o.kind() == original.kind() && o.python().exit() == original.python().exit()
                && (o.kind() != Differential.Kind.RUSTC || code(o.detail()).equals(code(original.detail())));
        tried.put(source, same);
        return same ? o : null;
    }

    private static String code(String rustcError) {
        int open = rustcError.indexOf('[');
        int close = rustcError.indexOf(']');
        return open >= 0 && close > open ? rustcError.substring(open, close) : rustcError;
    }

    /** Every statement list in the program, outermost first. */
    private static List<List<Stmt>> bodies(List<Stmt> program) {
        List<List<Stmt>> out = new ArrayList<>();
        out.add(program);
        for (int i = 0; i < out.size(); i++) {
            for (Stmt s : out.get(i)) {
                for (Stmt.Block b : s.blocks) {
                    out.add(b.body());
                }
            }
        }
        return out;
    }

    /** Every list that holds expressions: statements' expression lists and expressions' children. */
    private static List<List<Expr>> exprLists(List<Stmt> program) {
        List<List<Expr>> out = new ArrayList<>();
        for (List<Stmt> body : bodies(program)) {
            for (Stmt s : body) {
                out.add(s.exprs);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            for (Expr e : out.get(i)) {
                out.add(e.kids);
            }
        }
        return out;
    }
}
