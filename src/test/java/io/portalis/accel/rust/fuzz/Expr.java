package io.portalis.accel.rust.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated expression: a text template whose holes ({@code \u0001} followed by the child's
 * index) are filled by its children, its static type and an upper bound of its magnitude (ints and
 * floats: absolute value; str and containers: length). The children are mutable so the minimiser
 * can swap one for a simpler expression of the same type and put it back.
 */
final class Expr {
    static final char HOLE = '\u0001';

    final Ty ty;
    final String template;
    final List<Expr> kids;
    final double bound;

    Expr(Ty ty, String template, List<Expr> kids, double bound) {
        this.ty = ty;
        this.template = template;
        this.kids = new ArrayList<>(kids);
        this.bound = bound;
    }

    static Expr leaf(Ty ty, String text, double bound) {
        return new Expr(ty, text, List.of(), bound);
    }

    /** A template over children: {@code "$0 + $1"} ({@code $i} marks child i). */
    static Expr of(Ty ty, double bound, String template, Expr... kids) {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                t.append(HOLE).append(template.charAt(i + 1));
                i++;
            } else {
                t.append(c);
            }
        }
        return new Expr(ty, t.toString(), List.of(kids), bound);
    }

    boolean isLeaf() {
        return kids.isEmpty();
    }

    String render() {
        if (kids.isEmpty()) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == HOLE) {
                out.append(kids.get(template.charAt(i + 1) - '0').render());
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
