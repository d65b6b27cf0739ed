package io.portalis.accel.rust;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out Rust code the way rustfmt's default configuration does for the shapes the
 * translator produces: 100 columns, 4-space indents, calls and macros that fit within 60
 * columns of arguments stay on one line, otherwise one argument per line (a lone nested call
 * overflows instead), method chains longer than 60 columns break before each dot, binary
 * chains break before the operator, short array elements are packed.
 */
final class RustPrinter {
    static final int MAX_WIDTH = 100;
    private static final int CALL_WIDTH = 60;
    private static final int CHAIN_WIDTH = 60;
    private static final int ARRAY_WIDTH = 60;
    private static final int IF_ELSE_WIDTH = 50;
    private static final int SHORT_ELEMENT = 10;

    private final StringBuilder out = new StringBuilder();

    String text() {
        return out.toString();
    }

    void line(int indent, String text) {
        if (text.isEmpty()) {
            out.append('\n');
        } else {
            out.append(" ".repeat(indent)).append(text).append('\n');
        }
    }

    /** Appends already laid-out lines. */
    void raw(String text) {
        out.append(text);
    }

    void blank() {
        out.append('\n');
    }

    // ------------------------------------------------------------------ statements

    void stmts(List<RStmt> body, int indent) {
        for (RStmt s : body) {
            stmt(s, indent);
        }
    }

    void stmt(RStmt s, int indent) {
        if (s instanceof RStmt.Let let) {
            Local l = let.local();
            String head = "let " + (l.mutable() ? "mut " : "") + l.rust()
                    + (let.typed() ? ": " + l.rustType() : "");
            String lazy = let.value() instanceof RExpr.Lazy lz ? lz.text().get() : "";
            if (let.value() == null || lazy == null) {
                line(indent, head + ";");
            } else if (let.value() instanceof RExpr.Lazy) {
                line(indent, head + " = " + lazy + ";");
            } else {
                assignment(indent, head + " = ", let.value());
            }
        } else if (s instanceof RStmt.LetPattern lp) {
            assignment(indent, "let " + lp.pattern().render() + " = ", lp.value());
        } else if (s instanceof RStmt.LetElse le) {
            String head = "let " + le.pattern().render() + " = ";
            String value = expr(le.value(), indent, indent + head.length(), 7);
            line(indent, head + value + " else {");
            stmts(le.otherwise(), indent + 4);
            line(indent, "};");
        } else if (s instanceof RStmt.Expr e) {
            line(indent, expr(e.expr(), indent, indent, 1) + ";");
        } else if (s instanceof RStmt.Tail t) {
            line(indent, expr(t.expr(), indent, indent, 0));
        } else if (s instanceof RStmt.Assign a) {
            String target = flat(a.target());
            assignment(indent, target + " " + a.op() + " ", a.value());
        } else if (s instanceof RStmt.If i) {
            ifStmt(i, indent);
        } else if (s instanceof RStmt.While w) {
            String head = label(w.label()) + "while " + (w.pattern() == null ? "" : "let " + w.pattern().render() + " = ");
            block(indent, opening(indent, head + expr(w.cond(), indent, indent + head.length(), 2), w.cond()), w.body(), "}");
        } else if (s instanceof RStmt.Loop lp) {
            block(indent, label(lp.label()) + "loop {", lp.body(), "}");
        } else if (s instanceof RStmt.For f) {
            String head = label(f.label()) + "for " + f.pattern().render() + " in ";
            String flat = flat(f.iter());
            String same = expr(f.iter(), indent, indent + head.length(), 2);
            if (f.iter() instanceof RExpr.Try t && t.label() == null && flat != null && same.contains("\n")
                    && same.substring(0, same.indexOf('\n')).endsWith("(") && indent + 4 + width(flat) <= MAX_WIDTH) {
                // `for x in call(\n args,\n)? {`: rustfmt rather gives a fallible iterable that fits a line of its own.
                block(indent, head.stripTrailing() + "\n" + " ".repeat(indent + 4) + flat + "\n" + " ".repeat(indent) + "{",
                        f.body(), "}");
            } else {
                block(indent, opening(indent, head + same, f.iter()), f.body(), "}");
            }
        } else if (s instanceof RStmt.Scope sc) {
            block(indent, "{", sc.body(), "}");
        } else if (s instanceof RStmt.Jump j) {
            String head = j.keyword() + (j.label() == null ? "" : " " + j.label());
            if (j.value() == null) {
                line(indent, head + ";");
            } else {
                line(indent, head + " " + expr(j.value(), indent, indent + head.length() + 1, 1) + ";");
            }
        } else if (s instanceof RStmt.Comment c) {
            line(indent, "// " + c.text());
        } else if (s instanceof RStmt.Match m) {
            line(indent, "match " + expr(m.scrutinee(), indent, indent + 6, 2) + " {");
            for (RStmt.Arm arm : m.arms()) {
                if (arm.body().isEmpty()) {
                    line(indent + 4, arm.pattern() + " => {}");
                } else {
                    block(indent + 4, arm.pattern() + " => {", arm.body(), "}");
                }
            }
            line(indent, "}");
        } else {
            throw new IllegalStateException("statement " + s);
        }
    }

    /** The head of a block: {@code {} on the same line, or on its own line after a multi-line head. */
    private static String opening(int indent, String head, RExpr cond) {
        if (head.contains("\n")) {
            String last = head.substring(head.lastIndexOf('\n') + 1).trim();
            if (!last.matches("[)\\]}]+\\??") || cond instanceof RExpr.Binary) {
                return head + "\n" + " ".repeat(indent) + "{";
            }
        }
        return head + " {";
    }

    private static String label(String label) {
        return label == null ? "" : label + ": ";
    }

    private void block(int indent, String head, List<RStmt> body, String close) {
        if (body.isEmpty()) {
            line(indent, head + close);
            return;
        }
        line(indent, head);
        stmts(body, indent + 4);
        line(indent, close);
    }

    private void ifStmt(RStmt.If i, int indent) {
        StringBuilder pending = new StringBuilder();
        for (int k = 0; k < i.branches().size(); k++) {
            RStmt.Branch b = i.branches().get(k);
            String head;
            if (b.cond() == null) {
                head = "else {";
            } else {
                String kw = (k == 0 ? "if " : "else if ") + (b.pattern() == null ? "" : "let " + b.pattern().render() + " = ");
                int used = indent + pending.length() + kw.length();
                head = opening(indent, kw + expr(b.cond(), indent, used, 2), b.cond());
            }
            line(indent, pending + head);
            stmts(b.body(), indent + 4);
            pending.setLength(0);
            pending.append("} ");
        }
        line(indent, "}");
    }

    /** {@code head value;} — the value on the same line, or on the next one when it cannot break. */
    private void assignment(int indent, String head, RExpr value) {
        String f = flat(value);
        int used = indent + head.length();
        if (f != null && fits(used, f, 1) && !breaksByWidth(value)) {
            line(indent, head + f + ";");
            return;
        }
        boolean nextLineFits = f != null && width(f) + indent + 4 + 1 <= MAX_WIDTH && !breaksByWidth(value);
        if (f != null && !canBreak(value) && width(f) + indent + 4 + 1 <= MAX_WIDTH) {
            line(indent, head.stripTrailing());
            line(indent + 4, f + ";");
            return;
        }
        String same = expr(value, indent, used, 1);
        if (nextLineFits && same.contains("\n") && !(value instanceof RExpr.Block) && !(value instanceof RExpr.If)) {
            line(indent, head.stripTrailing());
            line(indent + 4, f + ";");
            return;
        }
        line(indent, head + same + ";");
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

    private static boolean isIndex(String name) {
        return !name.isEmpty() && Character.isDigit(name.charAt(0));
    }

    private static String flatList(List<RExpr> items) {
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

    private static boolean fits(int used, String text, int tail) {
        return used + width(text) + tail <= MAX_WIDTH;
    }

    /** Whether rustfmt's width heuristics break this expression although it fits the line. */
    private static boolean breaksByWidth(RExpr e) {
        if (e instanceof RExpr.Try t && t.label() != null) {
            return false;
        }
        if (e instanceof RExpr.Call c) {
            return argsTooWide(c.args(), CALL_WIDTH) || c.args().stream().anyMatch(RustPrinter::breaksByWidth);
        }
        if (e instanceof RExpr.Macro m) {
            return argsTooWide(m.args(), m.brackets() ? ARRAY_WIDTH : CALL_WIDTH)
                    || m.args().stream().anyMatch(RustPrinter::breaksByWidth);
        }
        if (e instanceof RExpr.Tuple t) {
            return argsTooWide(t.elems(), CALL_WIDTH) || t.elems().stream().anyMatch(RustPrinter::breaksByWidth);
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
                if (s.args != null && (argsTooWide(s.args, CALL_WIDTH) || s.args.stream().anyMatch(RustPrinter::breaksByWidth))) {
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

    private static boolean argsTooWide(List<RExpr> args, int limit) {
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

    private static boolean canBreak(RExpr e) {
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

    /**
     * The expression laid out starting at column {@code used}, with continuation lines based on
     * {@code indent}, leaving {@code tail} columns for what follows it on its last line.
     */
    String expr(RExpr e, int indent, int used, int tail) {
        String f = flat(e);
        if (f != null && fits(used, f, tail) && !breaksByWidth(e)) {
            return f;
        }
        if (e instanceof RExpr.Call c) {
            return list(c.callee() + "(", c.args(), ")", indent, used, tail, true, false);
        }
        if (e instanceof RExpr.Macro m) {
            if (m.brackets()) {
                return list(m.name() + "![", m.args(), "]", indent, used, tail, true, true);
            }
            if (m.format()) {
                return formatMacro(m, indent, used, tail);
            }
            return list(m.name() + "!(", m.args(), ")", indent, used, tail, false, false);
        }
        if (e instanceof RExpr.Tuple t) {
            String close = t.elems().size() == 1 ? ",)" : ")";
            return list("(", t.elems(), close, indent, used, tail, true, false);
        }
        if (e instanceof RExpr.Method || e instanceof RExpr.Field || e instanceof RExpr.Try) {
            return chain(e, indent, used, tail);
        }
        if (e instanceof RExpr.Binary b) {
            return binary(b, indent, used, tail);
        }
        if (e instanceof RExpr.Unary u) {
            return u.op() + expr(u.operand(), indent, used + u.op().length(), tail);
        }
        if (e instanceof RExpr.Paren p) {
            return "(" + expr(p.inner(), indent, used + 1, tail + 1) + ")";
        }
        if (e instanceof RExpr.Cast c) {
            return expr(c.operand(), indent, used, tail + 4 + c.type().length()) + " as " + c.type();
        }
        if (e instanceof RExpr.If i) {
            String cond = expr(i.cond(), indent, used + 3, 2);
            RustPrinter inner = new RustPrinter();
            inner.line(indent + 4, inner.expr(i.then(), indent + 4, indent + 4, 0));
            RustPrinter other = new RustPrinter();
            other.line(indent + 4, other.expr(i.otherwise(), indent + 4, indent + 4, 0));
            return "if " + cond + " {\n" + inner.text() + " ".repeat(indent) + "} else {\n" + other.text()
                    + " ".repeat(indent) + "}";
        }
        if (e instanceof RExpr.Block b) {
            RustPrinter inner = new RustPrinter();
            inner.stmts(b.stmts(), indent + 4);
            if (b.tail() != null) {
                inner.line(indent + 4, inner.expr(b.tail(), indent + 4, indent + 4, 0));
            }
            String open = b.label() == null ? "{" : b.label().startsWith("'") ? b.label() + ": {" : b.label() + " {";
            return open + "\n" + inner.text() + " ".repeat(indent) + "}";
        }
        if (e instanceof RExpr.Closure c) {
            RustPrinter inner = new RustPrinter();
            inner.stmts(c.body(), indent + 4);
            return c.head() + " {\n" + inner.text() + " ".repeat(indent) + "}";
        }
        return f == null ? "/* unprintable */" : f;
    }

    /** The expression laid out over several lines even if it would fit on one (an overflowed argument). */
    private String broken(RExpr e, int indent, int used, int tail) {
        if (e instanceof RExpr.Call c) {
            return list(c.callee() + "(", c.args(), ")", indent, used, tail, true, false);
        }
        if (e instanceof RExpr.Macro m && m.brackets()) {
            return list(m.name() + "![", m.args(), "]", indent, used, tail, true, true);
        }
        if (e instanceof RExpr.Macro m && !m.format()) {
            return list(m.name() + "!(", m.args(), ")", indent, used, tail, false, false);
        }
        if (e instanceof RExpr.Macro m) {
            return formatMacro(m, indent, used, tail);
        }
        if (e instanceof RExpr.Try t && t.label() == null && !(t.inner() instanceof RExpr.Method)) {
            return broken(t.inner(), indent, used, tail + 1) + "?";
        }
        if (e instanceof RExpr.Method || e instanceof RExpr.Try) {
            return chain(e, indent, used, tail);
        }
        if (e instanceof RExpr.Tuple t) {
            return list("(", t.elems(), t.elems().size() == 1 ? ",)" : ")", indent, used, tail, true, false);
        }
        if (e instanceof RExpr.Unary u) {
            return u.op() + broken(u.operand(), indent, used + u.op().length(), tail);
        }
        return expr(e, indent, used, tail);
    }

    /** Whether a lone argument may overflow its call's parentheses instead of going on its own line. */
    private static boolean overflows(RExpr e) {
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

    private String list(String open, List<RExpr> items, String close, int indent, int used, int tail,
                        boolean trailingComma, boolean array) {
        if (items.size() == 1 && overflows(items.get(0))) {
            RExpr only = items.get(0);
            String inner = broken(only, indent, used + width(open), tail + close.length());
            String first = inner.lines().findFirst().orElse("");
            if (inner.contains("\n") && fits(used + width(open), first, 0)) {
                return open + inner + close;
            }
        }
        int inner = indent + 4;
        String pad = " ".repeat(inner);
        StringBuilder sb = new StringBuilder(open).append('\n');
        if (array && packable(items)) {
            StringBuilder lineText = new StringBuilder();
            for (RExpr item : items) {
                String piece = flat(item) + ",";
                if (lineText.length() > 0 && inner + width(lineText.toString()) + 1 + width(piece) > MAX_WIDTH) {
                    sb.append(pad).append(lineText).append('\n');
                    lineText.setLength(0);
                }
                if (lineText.length() > 0) {
                    lineText.append(' ');
                }
                lineText.append(piece);
            }
            sb.append(pad).append(lineText).append('\n');
            return sb.append(" ".repeat(indent)).append(close).toString();
        }
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            String sep = last && !trailingComma ? "" : ",";
            sb.append(pad).append(expr(items.get(i), inner, inner, sep.length())).append(sep).append('\n');
        }
        return sb.append(" ".repeat(indent)).append(close).toString();
    }

    private static boolean packable(List<RExpr> items) {
        for (RExpr e : items) {
            String f = flat(e);
            if (f == null || width(f) > SHORT_ELEMENT || !(e instanceof RExpr.Atom || e instanceof RExpr.Unary)) {
                return false;
            }
        }
        return items.size() > 1;
    }

    /** format!/println!: the format string first; simple arguments packed on the next line. */
    private String formatMacro(RExpr.Macro m, int indent, int used, int tail) {
        List<RExpr> args = m.args();
        boolean simple = args.size() > 1 && args.subList(1, args.size()).stream().allMatch(RustPrinter::simple);
        if (!simple) {
            return list(m.name() + "!(", args, ")", indent, used, tail, false, false);
        }
        int inner = indent + 4;
        String pad = " ".repeat(inner);
        StringBuilder sb = new StringBuilder(m.name()).append("!(\n");
        sb.append(pad).append(flat(args.get(0))).append(",\n");
        StringBuilder lineText = new StringBuilder();
        for (int i = 1; i < args.size(); i++) {
            String piece = flat(args.get(i)) + (i == args.size() - 1 ? "" : ",");
            if (lineText.length() > 0 && inner + width(lineText.toString()) + 1 + width(piece) > MAX_WIDTH) {
                sb.append(pad).append(lineText.toString().stripTrailing()).append('\n');
                lineText.setLength(0);
            }
            if (lineText.length() > 0) {
                lineText.append(' ');
            }
            lineText.append(piece);
        }
        sb.append(pad).append(lineText).append('\n');
        return sb.append(" ".repeat(indent)).append(")").toString();
    }

    private static boolean simple(RExpr e) {
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

    private String binary(RExpr.Binary b, int indent, int used, int tail) {
        List<RExpr> operands = new ArrayList<>();
        collect(b, b.op(), operands);
        if (operands.get(operands.size() - 1) instanceof RExpr.Block block && block.label() == null) {
            // rustfmt keeps `a && b && {` on one line when the operands before a block fit there.
            List<String> flats = new ArrayList<>();
            for (RExpr operand : operands.subList(0, operands.size() - 1)) {
                flats.add(flat(operand));
            }
            if (!flats.contains(null)) {
                String prefix = String.join(" " + b.op() + " ", flats) + " " + b.op() + " ";
                if (fits(used, prefix + "{", 0)) {
                    return prefix + expr(block, indent, used + width(prefix), tail);
                }
            }
        }
        if (operands.size() == 2) {
            String lhs = flat(operands.get(0));
            // rustfmt keeps `lhs op` on the line only when the operand ends within the next
            // indent level, so that the operator line would not orphan it.
            if (lhs != null && width(lhs) < 4 && used + width(lhs) <= indent + 4) {
                String prefix = lhs + " " + b.op() + " ";
                String rhs = expr(operands.get(1), indent, used + width(prefix), tail);
                String first = rhs.lines().findFirst().orElse("");
                if (fits(used + width(prefix), first, 0)) {
                    return prefix + rhs;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        int cont = indent + 4;
        sb.append(expr(operands.get(0), indent, used, 0));
        for (int i = 1; i < operands.size(); i++) {
            String prefix = b.op() + " ";
            sb.append('\n').append(" ".repeat(cont)).append(prefix)
                    .append(expr(operands.get(i), cont, cont + prefix.length(), i == operands.size() - 1 ? tail : 0));
        }
        return sb.toString();
    }

    private static void collect(RExpr e, String op, List<RExpr> out) {
        if (e instanceof RExpr.Binary b && b.op().equals(op)) {
            collect(b.left(), op, out);
            out.add(b.right());
        } else {
            out.add(e);
        }
    }

    // ------------------------------------------------------------------ method chains

    private record Segment(String text, String name, List<RExpr> args, boolean isTry, String label) {}

    private static final class Chain {
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

    private static boolean chainTooWide(Chain ch) {
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

    private String chain(RExpr e, int indent, int used, int tail) {
        if (e instanceof RExpr.Try t && t.label() != null) {
            return "attempt!(" + expr(t.inner(), indent, used + 9, tail + t.label().length() + 3) + ", " + t.label() + ")";
        }
        Chain ch = Chain.of(e);
        String rootFlat = flat(ch.root);
        String rootText = expr(ch.root, indent, used, 0);
        if (rootText.contains("\n")) {
            // A root that spans lines puts each link of the chain on a line of its own.
            StringBuilder sb = new StringBuilder(rootText);
            for (Segment s : ch.segments) {
                String f = flatSegment(s);
                if (s.isTry) {
                    sb.append("?");
                } else {
                    sb.append('\n').append(" ".repeat(indent)).append(f);
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
                    String piece = list("." + s.name + "(", s.args, ")", indent, col, rest, true, false);
                    String f = flatSegment(s);
                    if (f != null && fits(col, f, rest) && !argsTooWide(s.args, CALL_WIDTH)
                            && s.args.stream().noneMatch(RustPrinter::breaksByWidth)) {
                        piece = f;
                    }
                    sb.append(piece);
                    col = lastLineWidth(piece, col);
                }
            }
            return sb.toString();
        }
        String overflowed = overflowLast(ch, rootFlat, indent, used, tail);
        if (overflowed != null) {
            Segment last = lastCall(ch);
            String alone = flatSegment(last);
            boolean aloneFits = alone != null && fits(indent + 4, alone, tail) && !argsTooWide(last.args, CALL_WIDTH);
            if (!aloneFits) {
                return overflowed;
            }
        }
        int cont = indent + 4;
        StringBuilder sb = new StringBuilder(expr(ch.root, indent, used, 0));
        int col = -1;
        // A statement's chain keeps links on the root's line while the root is no wider than an indent.
        int joined = 0;
        if (used == indent) {
            String root = sb.toString();
            while (joined < ch.segments.size() && width(root) <= 4 && !root.contains("\n")) {
                String f = flatSegment(ch.segments.get(joined));
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
            col = used + width(root);
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
                        ? f
                        : list("." + s.name + "(", s.args, ")", cont, col, rest, true, false);
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
        String args = list("", s.args, ")", indent, used + width(head), tail + tries, true, false);
        return head + args + "?".repeat(tries);
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
