package io.portalis.accel.rust;

import static io.portalis.accel.rust.ChainLayout.chainTooWide;
import static io.portalis.accel.rust.FlatRust.flat;
import static io.portalis.accel.rust.FlatRust.flatList;
import static io.portalis.accel.rust.FlatRust.width;
import static io.portalis.accel.rust.RustPrinter.ARRAY_WIDTH;
import static io.portalis.accel.rust.RustPrinter.CALL_WIDTH;
import static io.portalis.accel.rust.RustPrinter.IF_ELSE_WIDTH;
import static io.portalis.accel.rust.RustPrinter.MAX_WIDTH;
import static io.portalis.accel.rust.RustPrinter.SHORT_ELEMENT;

import io.portalis.accel.rust.ChainLayout.Chain;
import io.portalis.accel.rust.ChainLayout.Segment;
import java.util.List;

/**
 * Decides, as rustfmt's defaults do, whether an expression fits where it stands and how it breaks:
 * calls and macros by argument width, chains, overflowing last arguments, packed short array elements.
 * Used by {@link RustPrinter}.
 */
final class LineBreaks {
    private LineBreaks() {
    }

    static boolean fits(int used, String text, int tail) {
        return used + width(text) + tail <= MAX_WIDTH;
    }

    /**
     * The column rustfmt keeps free after an expression that ends in a method chain ending in
     * {@code ?}: it counts the chain's {@code ?} twice, so such a chain needs one column more
     * than its width (a plain {@code x?} does not).
     */
    static int trySlack(RExpr e) {
        if (e instanceof RExpr.Try t && t.label() == null) {
            RExpr inner = t.inner();
            while (inner instanceof RExpr.Try it && it.label() == null) {
                inner = it.inner();
            }
            return inner instanceof RExpr.Method || inner instanceof RExpr.Field ? 1 : trySlack(inner);
        }
        if (e instanceof RExpr.Binary b) {
            return trySlack(b.right());
        }
        if (e instanceof RExpr.Unary u) {
            return trySlack(u.operand());
        }
        if (e instanceof RExpr.Paren p) {
            return trySlack(p.inner());
        }
        if (e instanceof RExpr.Cast c) {
            return trySlack(c.operand());
        }
        if (e instanceof RExpr.Call c && !c.args().isEmpty()) {
            return trySlack(c.args().get(c.args().size() - 1));
        }
        if (e instanceof RExpr.Macro m && !m.args().isEmpty() && !m.format()) {
            return trySlack(m.args().get(m.args().size() - 1));
        }
        if (e instanceof RExpr.Tuple t && !t.elems().isEmpty()) {
            return trySlack(t.elems().get(t.elems().size() - 1));
        }
        return 0;
    }

    /** Whether rustfmt's width heuristics break this expression although it fits the line. */
    static boolean breaksByWidth(RExpr e) {
        if (e instanceof RExpr.Try t && t.label() != null) {
            return false;
        }
        if (e instanceof RExpr.Call c) {
            return argsTooWide(c.args(), CALL_WIDTH) || c.args().stream().anyMatch(LineBreaks::breaksByWidth);
        }
        if (e instanceof RExpr.Macro m) {
            return argsTooWide(m.args(), m.brackets() ? ARRAY_WIDTH : CALL_WIDTH)
                    || m.args().stream().anyMatch(LineBreaks::breaksByWidth);
        }
        if (e instanceof RExpr.Tuple t) {
            return argsTooWide(t.elems(), CALL_WIDTH) || t.elems().stream().anyMatch(LineBreaks::breaksByWidth);
        }
        if (e instanceof RExpr.Method || e instanceof RExpr.Field || e instanceof RExpr.Try) {
            Chain ch = Chain.of(e);
            if (ch.calls() > 1 && chainTooWide(ch)) {
                return true;
            }
            if (breaksByWidth(ch.root)) {
                return true;
            }
            for (Segment s : ch.segments) {
                if (s.args() != null && (argsTooWide(s.args(), CALL_WIDTH) || s.args().stream().anyMatch(LineBreaks::breaksByWidth))) {
                    return true;
                }
            }
            return false;
        }
        if (e instanceof RExpr.Binary b) {
            return breaksByWidth(b.left()) || breaksByWidth(b.right());
        }
        if (e instanceof RExpr.Unary u) {
            return breaksByWidth(u.operand());
        }
        if (e instanceof RExpr.Paren p) {
            return breaksByWidth(p.inner());
        }
        if (e instanceof RExpr.Cast c) {
            return breaksByWidth(c.operand());
        }
        if (e instanceof RExpr.If i) {
            String f = flat(i);
            return f == null || width(f) > IF_ELSE_WIDTH || breaksByWidth(i.cond());
        }
        if (e instanceof RExpr.Closure c) {
            return c.body().size() != 1 || !(c.body().get(0) instanceof RStmt.Tail t) || breaksByWidth(t.expr());
        }
        return false;
    }

    static boolean argsTooWide(List<RExpr> args, int limit) {
        String f = flatList(args);
        if (f == null) {
            return true;
        }
        if (args.size() == 1 && (chainLike(args.get(0)) || args.get(0) instanceof RExpr.Binary)) {
            // A lone method-chain argument is measured by the chain's own rule, not the call's;
            // a lone operator expression stays on the call's line whenever it fits.
            return false;
        }
        return width(f) > limit;
    }

    private static boolean chainLike(RExpr e) {
        if (e instanceof RExpr.Unary u) {
            return chainLike(u.operand());
        }
        if (e instanceof RExpr.Try t && t.label() == null) {
            return chainLike(t.inner());
        }
        return e instanceof RExpr.Method || e instanceof RExpr.Field;
    }

    static boolean canBreak(RExpr e) {
        if (e instanceof RExpr.Try t) {
            return t.label() == null && canBreak(t.inner());
        }
        if (e instanceof RExpr.Call c) {
            return !c.args().isEmpty();
        }
        if (e instanceof RExpr.Macro m) {
            return !m.args().isEmpty();
        }
        if (e instanceof RExpr.Method || e instanceof RExpr.Field) {
            return true;
        }
        if (e instanceof RExpr.Tuple || e instanceof RExpr.Binary || e instanceof RExpr.If || e instanceof RExpr.Block
                || e instanceof RExpr.Closure) {
            return true;
        }
        if (e instanceof RExpr.Paren p) {
            return canBreak(p.inner());
        }
        if (e instanceof RExpr.Unary u) {
            return canBreak(u.operand());
        }
        return false;
    }

    /** Whether a lone argument may overflow its call's parentheses instead of going on its own line. */
    static boolean overflows(RExpr e) {
        if (e instanceof RExpr.Call c) {
            return !c.args().isEmpty();
        }
        if (e instanceof RExpr.Macro m) {
            return !m.args().isEmpty();
        }
        if (e instanceof RExpr.Try t && t.label() == null) {
            return overflows(t.inner()) || t.inner() instanceof RExpr.Method;
        }
        if (e instanceof RExpr.Method) {
            return true;
        }
        if (e instanceof RExpr.Unary u && u.op().equals("&")) {
            return overflows(u.operand()) && !(u.operand() instanceof RExpr.Method);
        }
        if (e instanceof RExpr.Tuple) {
            return true;
        }
        return e instanceof RExpr.Block || e instanceof RExpr.If;
    }

    static boolean packable(List<RExpr> items) {
        for (RExpr e : items) {
            String f = flat(e);
            if (f == null || width(f) > SHORT_ELEMENT || !(e instanceof RExpr.Atom || e instanceof RExpr.Unary)) {
                return false;
            }
        }
        return items.size() > 1;
    }

    static boolean simple(RExpr e) {
        if (e instanceof RExpr.Atom) {
            return true;
        }
        if (e instanceof RExpr.Unary u) {
            return simple(u.operand());
        }
        if (e instanceof RExpr.Field f) {
            return simple(f.receiver());
        }
        if (e instanceof RExpr.Paren p) {
            return simple(p.inner());
        }
        if (e instanceof RExpr.Cast c) {
            return simple(c.operand());
        }
        return false;
    }
}
