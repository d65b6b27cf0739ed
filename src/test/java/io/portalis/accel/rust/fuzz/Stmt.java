package io.portalis.accel.rust.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated statement: a head line (a template over {@link #exprs}, as in {@link Expr}) and, for
 * compound statements, blocks, each under its own header ({@code else:}, {@code except ...:}; the
 * first block's header is the head itself). Everything is mutable so the minimiser can delete a
 * statement or simplify an expression and undo it. A statement marked {@code keep} (a function's
 * final return, a field set in {@code __init__}) is never deleted: without it the program would no
 * longer be well-typed.
 */
final class Stmt {
    record Block(String header, List<Stmt> body) {}

    final String head;
    final List<Expr> exprs;
    final List<Block> blocks = new ArrayList<>();
    final boolean keep;

    Stmt(String head, List<Expr> exprs, boolean keep) {
        this.head = head;
        this.exprs = new ArrayList<>(exprs);
        this.keep = keep;
    }

    static Stmt simple(String template, Expr... exprs) {
        Expr shape = Expr.of(Ty.BOOL, 0, template, exprs);
        return new Stmt(shape.template, List.of(exprs), false);
    }

    static Stmt kept(String template, Expr... exprs) {
        Expr shape = Expr.of(Ty.BOOL, 0, template, exprs);
        return new Stmt(shape.template, List.of(exprs), true);
    }

    Stmt block(String header, List<Stmt> body) {
        blocks.add(new Block(header, new ArrayList<>(body)));
        return this;
    }

    String headText() {
        return new Expr(Ty.BOOL, head, exprs, 0).render();
    }

    void render(StringBuilder out, int indent) {
        String pad = "    ".repeat(indent);
        out.append(pad).append(headText()).append('\n');
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (i > 0) {
                out.append(pad).append(b.header()).append('\n');
            }
            if (b.body().isEmpty()) {
                out.append(pad).append("    pass\n");
            }
            for (Stmt s : b.body()) {
                s.render(out, indent + 1);
            }
        }
    }

    static String render(List<Stmt> program) {
        StringBuilder out = new StringBuilder();
        for (Stmt s : program) {
            s.render(out, 0);
        }
        return out.toString();
    }
}
