package io.portalis.accel.rust;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a Rust expression on one line, and measures a rendered line's width in columns, for
 * {@link RustPrinter}'s decisions on where to break.
 */
final class FlatRust {
    private FlatRust() {
    }

    // ------------------------------------------------------------------ expressions

    /** The expression on one line, or null when it must span lines (a block). */
    static String flat(RExpr e) {
        if (e instanceof RExpr.Atom a) {
            return a.text();
        }
        if (e instanceof RExpr.Lazy l) {
            return l.text().get();
        }
        if (e instanceof RExpr.Call c) {
            String args = flatList(c.args());
            return args == null ? null : c.callee() + "(" + args + ")";
        }
        if (e instanceof RExpr.Macro m) {
            String args = flatList(m.args());
            if (args == null) {
                return null;
            }
            return m.name() + "!" + (m.brackets() ? "[" + args + "]" : "(" + args + ")");
        }
        if (e instanceof RExpr.Method m) {
            String recv = flat(m.receiver());
            String args = flatList(m.args());
            return recv == null || args == null ? null : recv + "." + m.name() + "(" + args + ")";
        }
        if (e instanceof RExpr.Field f) {
            String recv = flat(f.receiver());
            if (recv == null) {
                return null;
            }
            // rustfmt writes `t.1 .0`: a tuple index after a tuple index gets a space.
            boolean afterIndex = f.receiver() instanceof RExpr.Field inner && isIndex(inner.name());
            return recv + (afterIndex && isIndex(f.name()) ? " ." : ".") + f.name();
        }
        if (e instanceof RExpr.Try t) {
            String inner = flat(t.inner());
            if (inner == null) {
                return null;
            }
            return t.label() == null ? inner + "?" : "attempt!(" + inner + ", " + t.label() + ")";
        }
        if (e instanceof RExpr.Binary b) {
            String l = flat(b.left());
            String r = flat(b.right());
            if (l == null || r == null) {
                return null;
            }
            return b.op().equals("..") ? l + ".." + r : l + " " + b.op() + " " + r;
        }
        if (e instanceof RExpr.Unary u) {
            String inner = flat(u.operand());
            return inner == null ? null : u.op() + inner;
        }
        if (e instanceof RExpr.Cast c) {
            String inner = flat(c.operand());
            return inner == null ? null : inner + " as " + c.type();
        }
        if (e instanceof RExpr.Paren p) {
            String inner = flat(p.inner());
            return inner == null ? null : "(" + inner + ")";
        }
        if (e instanceof RExpr.Tuple t) {
            String inner = flatList(t.elems());
            if (inner == null) {
                return null;
            }
            return t.elems().size() == 1 ? "(" + inner + ",)" : "(" + inner + ")";
        }
        if (e instanceof RExpr.If i) {
            String c = flat(i.cond());
            String a = flat(i.then());
            String b = flat(i.otherwise());
            if (c == null || a == null || b == null) {
                return null;
            }
            return "if " + c + " { " + a + " } else { " + b + " }";
        }
        if (e instanceof RExpr.Closure c && c.body().size() == 1 && c.body().get(0) instanceof RStmt.Tail t) {
            // rustfmt keeps a closure whose body is one expression on one line when it fits.
            String body = flat(t.expr());
            return body == null ? null : c.head() + " { " + body + " }";
        }
        return null;
    }

    static boolean isIndex(String name) {
        return !name.isEmpty() && Character.isDigit(name.charAt(0));
    }

    static String flatList(List<RExpr> items) {
        List<String> parts = new ArrayList<>();
        for (RExpr a : items) {
            String f = flat(a);
            if (f == null) {
                return null;
            }
            parts.add(f);
        }
        return String.join(", ", parts);
    }

    static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
