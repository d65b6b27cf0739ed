package io.portalis.accel.rust;

import static io.portalis.accel.rust.FlatRust.flat;
import static io.portalis.accel.rust.FlatRust.flatList;
import static io.portalis.accel.rust.FlatRust.isIndex;
import static io.portalis.accel.rust.FlatRust.width;
import static io.portalis.accel.rust.LineBreaks.argsTooWide;
import static io.portalis.accel.rust.LineBreaks.fits;
import static io.portalis.accel.rust.RustPrinter.CALL_WIDTH;
import static io.portalis.accel.rust.RustPrinter.CHAIN_WIDTH;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out method chains the way rustfmt does: on one line when they fit, otherwise broken before
 * each dot, or with the last call's arguments overflowing. Part of {@link RustPrinter}, reached
 * through {@code printer}.
 */
final class ChainLayout {
    private final RustPrinter printer;

    ChainLayout(RustPrinter printer) {
        this.printer = printer;
    }

    // ------------------------------------------------------------------ method chains

    record Segment(String text, String name, List<RExpr> args, boolean isTry, String label) {}

    static final class Chain {
        RExpr root;
        final List<Segment> segments = new ArrayList<>();

        static Chain of(RExpr e) {
            Chain ch = new Chain();
            List<Segment> rev = new ArrayList<>();
            RExpr cur = e;
            while (true) {
                if (cur instanceof RExpr.Method m) {
                    rev.add(new Segment(null, m.name(), m.args(), false, null));
                    cur = m.receiver();
                } else if (cur instanceof RExpr.Field f) {
                    boolean afterIndex = f.receiver() instanceof RExpr.Field inner && isIndex(inner.name());
                    rev.add(new Segment((afterIndex && isIndex(f.name()) ? " ." : ".") + f.name(), null, null, false, null));
                    cur = f.receiver();
                } else if (cur instanceof RExpr.Try t && t.label() == null) {
                    rev.add(new Segment("?", null, null, true, null));
                    cur = t.inner();
                } else {
                    break;
                }
            }
            ch.root = cur;
            for (int i = rev.size() - 1; i >= 0; i--) {
                ch.segments.add(rev.get(i));
            }
            return ch;
        }

        int calls() {
            int n = 0;
            for (Segment s : segments) {
                if (s.name != null || (s.text != null && !s.isTry)) {
                    n++;
                }
            }
            return n;
        }
    }

    private static String flatSegment(Segment s) {
        if (s.text != null) {
            return s.text;
        }
        String args = flatList(s.args);
        return args == null ? null : "." + s.name + "(" + args + ")";
    }

    static boolean chainTooWide(Chain ch) {
        StringBuilder sb = new StringBuilder(flat(ch.root) == null ? "" : flat(ch.root));
        for (Segment s : ch.segments) {
            String f = flatSegment(s);
            if (f == null) {
                return true;
            }
            sb.append(f);
        }
        return width(sb.toString()) > CHAIN_WIDTH;
    }

    String chain(RExpr e, int indent, int used, int tail) {
        if (e instanceof RExpr.Try t && t.label() != null) {
            return "attempt!(" + printer.expr(t.inner(), indent, used + 9, tail + t.label().length() + 3) + ", " + t.label() + ")";
        }
        Chain ch = Chain.of(e);
        String rootFlat = flat(ch.root);
        String rootText = printer.expr(ch.root, indent, used, 0);
        if (rootText.contains("\n")) {
            // A root that spans lines puts each link of the chain on a line of its own.
            // rustfmt keeps the links at the root's indent after a root ending in a call's or macro's
            // closing bracket, one indent further after a parenthesised expression or a tuple.
            int childIndent = blockLike(ch.root) ? indent : indent + 4;
            StringBuilder sb = new StringBuilder(rootText);
            for (Segment s : ch.segments) {
                String f = flatSegment(s);
                if (s.isTry) {
                    sb.append("?");
                } else {
                    sb.append('\n').append(" ".repeat(childIndent)).append(f);
                }
            }
            return sb.toString();
        }
        if (ch.calls() <= 1 || rootFlat == null) {
            // One call: keep it on the root's line and break its arguments.
            StringBuilder sb = new StringBuilder(rootText);
            int col = lastLineWidth(sb.toString(), used);
            for (int i = 0; i < ch.segments.size(); i++) {
                Segment s = ch.segments.get(i);
                int rest = trailing(ch.segments, i + 1) + tail;
                if (s.text != null) {
                    sb.append(s.text);
                    col += width(s.text);
                } else {
                    String piece = printer.list("." + s.name + "(", s.args, ")", indent, col, rest, true, false);
                    String f = flatSegment(s);
                    if (f != null && fits(col, f, rest) && !argsTooWide(s.args, CALL_WIDTH)
                            && s.args.stream().noneMatch(LineBreaks::breaksByWidth)) {
                        piece = f;
                    }
                    sb.append(piece);
                    col = lastLineWidth(piece, col);
                }
            }
            String vertical = lastOnItsOwnLine(ch, rootText, sb.toString(), indent, tail);
            return vertical != null ? vertical : sb.toString();
        }
        String overflowed = overflowLast(ch, rootFlat, indent, used, tail);
        if (overflowed != null) {
            Segment last = lastCall(ch);
            String alone = flatSegment(last);
            boolean aloneFits = alone != null && fits(indent + 4, alone, tail) && !argsTooWide(last.args, CALL_WIDTH)
                    && last.args.stream().noneMatch(LineBreaks::breaksByWidth);
            if (!aloneFits) {
                return overflowed;
            }
        }
        int cont = indent + 4;
        StringBuilder sb = new StringBuilder(printer.expr(ch.root, indent, used, 0));
        int col = -1;
        // A statement's chain keeps links on the root's line while the root is no wider than an indent.
        int joined = 0;
        if (used - indent < 4) {
            // rustfmt joins links to a root no wider than what is left of an indent after the line's start
            int room = 4 - (used - indent);
            String root = sb.toString();
            while (joined < ch.segments.size() && width(root) <= room && !root.contains("\n")) {
                Segment s = ch.segments.get(joined);
                String f = flatSegment(s);
                if (s.text == null && (f == null || !fits(used + width(root), f, 0) || argsTooWide(s.args, CALL_WIDTH)
                        || s.args.stream().anyMatch(LineBreaks::breaksByWidth))) {
                    // rustfmt joins the link to the short root even when its arguments must break.
                    root = root + printer.list("." + s.name + "(", s.args, ")", indent, used + width(root), 0, true, false);
                    joined++;
                    break;
                }
                if (f == null) {
                    break;
                }
                root = root + f;
                joined++;
            }
            while (joined < ch.segments.size() && ch.segments.get(joined).isTry) {
                root = root + "?";
                joined++;
            }
            sb = new StringBuilder(root);
            col = lastLineWidth(root, used);
            if (root.contains("\n") && closersOnly(root)) {
                cont = indent; // the links follow a root that ends in a closing bracket at its indent
            }
        }
        for (int i = joined; i < ch.segments.size(); i++) {
            Segment s = ch.segments.get(i);
            if (s.isTry || (s.text != null && col >= 0 && isTupleField(s.text))) {
                sb.append(s.text);
                col += width(s.text);
                continue;
            }
            sb.append('\n').append(" ".repeat(cont));
            col = cont;
            if (s.text != null) {
                sb.append(s.text);
                col += width(s.text);
            } else {
                int rest = trailingTries(ch.segments, i + 1) + (i == ch.segments.size() - 1 ? tail : 0);
                String f = flatSegment(s);
                String piece = f != null && fits(col, f, rest) && !argsTooWide(s.args, CALL_WIDTH)
                        && s.args.stream().noneMatch(LineBreaks::breaksByWidth)
                        ? f
                        : printer.list("." + s.name + "(", s.args, ")", cont, col, rest, true, false);
                sb.append(piece);
                col = lastLineWidth(piece, col);
            }
        }
        return sb.toString();
    }

    /**
     * rustfmt keeps a chain on one line when only its last call must break: everything before
     * that call fits, and the call's arguments go one per line.
     */
    private String overflowLast(Chain ch, String rootFlat, int indent, int used, int tail) {
        int last = ch.segments.size() - 1;
        while (last >= 0 && ch.segments.get(last).isTry) {
            last--;
        }
        if (last < 0 || ch.segments.get(last).name == null || ch.segments.get(last).args.isEmpty()) {
            return null;
        }
        StringBuilder prefix = new StringBuilder(rootFlat);
        for (int i = 0; i < last; i++) {
            String f = flatSegment(ch.segments.get(i));
            if (f == null) {
                return null;
            }
            prefix.append(f);
        }
        Segment s = ch.segments.get(last);
        String head = prefix + "." + s.name + "(";
        if (!fits(used, head, 0) || width(prefix.toString()) > CHAIN_WIDTH) {
            return null;
        }
        int tries = ch.segments.size() - 1 - last;
        String args = printer.list("", s.args, ")", indent, used + width(head), tail + tries, true, false);
        return head + args + "?".repeat(tries);
    }

    /**
     * rustfmt's choice for a chain of one call after a one-line root: when the call's arguments
     * overflow onto fewer than five lines but the call fits a line of its own, the call goes on
     * the next line, one indent further. Null when the overflowed layout stands.
     */
    private static String lastOnItsOwnLine(Chain ch, String rootText, String overflowed, int indent, int tail) {
        if (!overflowed.contains("\n") || overflowed.lines().count() >= 5 || rootText.contains("\n")
                || width(rootText) <= 4) {
            return null;
        }
        StringBuilder links = new StringBuilder();
        String root = rootText;
        int first = 0;
        while (first < ch.segments.size() && ch.segments.get(first).isTry) {
            root = root + "?"; // rustfmt keeps a `?` on its root's line
            first++;
        }
        for (Segment s : ch.segments.subList(first, ch.segments.size())) {
            String f = flatSegment(s);
            if (f == null || (s.args != null && (argsTooWide(s.args, CALL_WIDTH)
                    || s.args.stream().anyMatch(LineBreaks::breaksByWidth)))) {
                return null;
            }
            links.append(f);
        }
        if (!fits(indent + 4, links.toString(), tail)) {
            return null;
        }
        return root + "\n" + " ".repeat(indent + 4) + links;
    }

    /** Whether a root spanning lines ends in a call's, macro's or block's closing bracket (rustfmt's block-like parent). */
    private static boolean blockLike(RExpr root) {
        if (root instanceof RExpr.Unary u) {
            return !u.op().startsWith("&") && blockLike(u.operand()); // a borrow is not a unary operator to rustfmt
        }
        if (root instanceof RExpr.Try t) {
            return blockLike(t.inner());
        }
        if (root instanceof RExpr.Paren p) {
            return blockLike(p.inner());
        }
        if (root instanceof RExpr.Binary b) {
            return blockLike(b.right());
        }
        return root instanceof RExpr.Call || root instanceof RExpr.Macro || root instanceof RExpr.Method
                || root instanceof RExpr.Block || root instanceof RExpr.If || root instanceof RExpr.Closure;
    }

    private static boolean closersOnly(String text) {
        // `)`, `])?`, `])?)?`: closing brackets, each perhaps followed by a `?`.
        return text.substring(text.lastIndexOf('\n') + 1).trim().matches("([)\\]}]\\??)+");
    }

    private static Segment lastCall(Chain ch) {
        int last = ch.segments.size() - 1;
        while (last >= 0 && ch.segments.get(last).isTry) {
            last--;
        }
        return ch.segments.get(last);
    }

    private static boolean isTupleField(String text) {
        return text.length() > 1 && Character.isDigit(text.charAt(1));
    }

    private static int trailing(List<Segment> segs, int from) {
        int n = 0;
        for (int i = from; i < segs.size(); i++) {
            String f = flatSegment(segs.get(i));
            n += f == null ? 0 : width(f);
        }
        return n;
    }

    private static int trailingTries(List<Segment> segs, int from) {
        int n = 0;
        for (int i = from; i < segs.size() && segs.get(i).isTry; i++) {
            n++;
        }
        return n;
    }

    private static int lastLineWidth(String text, int startCol) {
        int nl = text.lastIndexOf('\n');
        return nl < 0 ? startCol + width(text) : width(text.substring(nl + 1));
    }
}
