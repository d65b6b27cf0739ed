package io.portalis.accel.rust;

import static io.portalis.accel.rust.LineBreaks.breaksByWidth;
import static io.portalis.accel.rust.LineBreaks.canBreak;
import static io.portalis.accel.rust.LineBreaks.fits;
import static io.portalis.accel.rust.LineBreaks.overflows;
import static io.portalis.accel.rust.LineBreaks.packable;

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
    static final int CALL_WIDTH = 60;
    static final int CHAIN_WIDTH = 60;
    static final int ARRAY_WIDTH = 60;
    static final int IF_ELSE_WIDTH = 50;
    static final int SHORT_ELEMENT = 10;

    private final StringBuilder out = new StringBuilder();

    // The layout of method chains, sharing this printer.
    final ChainLayout chainLayout = new ChainLayout(this);

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
        if (f != null && fits(used, f, 1 + LineBreaks.trySlack(value)) && !breaksByWidth(value)) {
            line(indent, head + f + ";");
            return;
        }
        boolean nextLineFits = f != null && width(f) + indent + 4 + 1 + LineBreaks.trySlack(value) <= MAX_WIDTH
                && !breaksByWidth(value);
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

    /**
     * The expression laid out starting at column {@code used}, with continuation lines based on
     * {@code indent}, leaving {@code tail} columns for what follows it on its last line.
     */
    String expr(RExpr e, int indent, int used, int tail) {
        String f = flat(e);
        if (f != null && fits(used, f, tail + LineBreaks.trySlack(e)) && !breaksByWidth(e)) {
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
            return opening(indent, "if " + cond, i.cond()) + "\n" + inner.text() + " ".repeat(indent) + "} else {\n" + other.text()
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

    /** A method chain (behind {@code &} or {@code ?}) as a lone argument. */
    static boolean chainArgument(RExpr e) {
        if (e instanceof RExpr.Unary u) {
            return chainArgument(u.operand());
        }
        if (e instanceof RExpr.Try t && t.label() == null) {
            return chainArgument(t.inner());
        }
        return e instanceof RExpr.Method;
    }

    /**
     * rustfmt overflows a lone method-chain argument only while every chain in it stays on one
     * line (its last call's arguments may break); a chain broken before its dots goes on a line of its own.
     */
    static boolean verticalChain(String text) {
        return text.lines().anyMatch(l -> l.stripLeading().startsWith("."));
    }

    /** The width of the callee's name in a list's opening ({@code foo(}, {@code .bar(}); rustfmt lets a chain overflow a shorter one. */
    private static int calleeWidth(String open) {
        String name = open.startsWith(".") ? open.substring(1) : open;
        return width(name) - 1;
    }

    String list(String open, List<RExpr> items, String close, int indent, int used, int tail,
                        boolean trailingComma, boolean array) {
        if (items.size() == 1 && overflows(items.get(0))) {
            RExpr only = items.get(0);
            String inner = broken(only, indent, used + width(open), tail + close.length());
            String first = inner.lines().findFirst().orElse("");
            if (inner.contains("\n") && fits(used + width(open), first, 0) 
                    && !(chainArgument(only) && verticalChain(inner) && calleeWidth(open) >= 4)) {
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
            // rustfmt keeps a column for the separator after every item, the last one included
            sb.append(pad).append(expr(items.get(i), inner, inner, 1)).append(sep).append('\n');
        }
        return sb.append(" ".repeat(indent)).append(close).toString();
    }

    /** format!/println!: the format string first; simple arguments packed on the next line. */
    private String formatMacro(RExpr.Macro m, int indent, int used, int tail) {
        List<RExpr> args = m.args();
        boolean simple = args.size() > 1 && args.subList(1, args.size()).stream().allMatch(LineBreaks::simple);
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

    // Entry points kept for the other classes of the package.
    static String flat(RExpr e) {
        return FlatRust.flat(e);
    }

    static int width(String s) {
        return FlatRust.width(s);
    }

    String chain(RExpr e, int indent, int used, int tail) {
        return chainLayout.chain(e, indent, used, tail);
    }
}
