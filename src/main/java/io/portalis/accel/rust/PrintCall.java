package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code print(...)} as one {@code println!}/{@code print!}: string literals and f-string pieces
 * go into the format string, every other argument is shown with its {@code str()}.
 *
 * <p>CPython evaluates all the arguments first and only then converts each to text, so
 * {@code print(xs, xs.pop())} shows the list after the pop. Rust evaluates the format arguments
 * in order, converting each as it goes; where an argument whose text can change (a list, dict,
 * set or object) has an argument to its right that could change it, every computed argument is
 * first bound to a temporary in Python's order (an f-string's temporary is its text), and the
 * print converts the temporaries and names afterwards (a list's name shows it after the change).
 */
final class PrintCall {
    private final FunctionTranslator ft;

    PrintCall(FunctionTranslator ft) {
        this.ft = ft;
    }

    FunctionTranslator.Val print(Map<String, Expr> kw, Expr.Call c) {
        String sep = kw.containsKey("sep") ? literal(kw.get("sep"), "sep") : " ";
        String end = kw.containsKey("end") ? literal(kw.get("end"), "end") : "\n";
        Expr file = kw.get("file") != null && SysModule.stream(ft, kw.get("file")) == null ? kw.get("file") : null;
        boolean toStderr = kw.containsKey("file") && file == null && stderr(kw.get("file"));
        if (kw.containsKey("flush") && !(kw.get("flush") instanceof Expr.Constant k && k.value() instanceof ConstantValue.Bool)) {
            throw Unsupported.construct("flush= that is not True or False", kw.get("flush"));
        }
        if (StarredItems.any(c.args())) {
            if (file != null) {
                throw Unsupported.construct("print(*...) to a file", c);
            }
            return new StarredItems(ft).print(c, sep, end, toStderr);
        }
        List<FunctionTranslator.Val> vals = new ArrayList<>();
        boolean held = false;
        boolean rebinding = false;
        for (int i = 0; i < c.args().size(); i++) {
            FunctionTranslator.Val v = ft.expr(c.args().get(i), null);
            vals.add(v);
            if (!held && (!textFixed(v.type()) || v.code() instanceof RExpr.Atom) && laterRebinds(c.args(), i)) {
                // print(x, (x := 2)): the first argument shows x as it was (a format macro borrows it).
                held = true;
                rebinding = true;
                for (int k = 0; k < i; k++) {
                    vals.set(k, hold(vals.get(k), true));
                }
            }
            if (!held && !textFixed(v.type()) && laterMayChangeIt(c.args(), i)) {
                held = true;
                for (int k = 0; k < i; k++) {
                    vals.set(k, hold(vals.get(k)));
                }
            }
            if (held) {
                vals.set(i, hold(v, rebinding && laterRebinds(c.args(), i)));
            }
        }
        StringBuilder fmt = new StringBuilder();
        List<RExpr> args = new ArrayList<>();
        for (int i = 0; i < vals.size(); i++) {
            if (i > 0) {
                fmt.append(RustLiterals.formatText(sep));
            }
            Expr a = c.args().get(i);
            FunctionTranslator.Val v = vals.get(i);
            if (v.kind() == FunctionTranslator.Kind.STRLIT && v.code() instanceof RExpr.Atom lit
                    && lit.text().startsWith("\"")) {
                // A string literal goes into the format string; a str constant is a name, printed as a value.
                String text = lit.text().substring(1, lit.text().length() - 1);
                fmt.append(text.replace("{", "{{").replace("}", "}}"));
            } else if (v.code() instanceof RExpr.Macro m && m.name().equals("format") && m.format()
                    && m.args().get(0) instanceof RExpr.Atom f) {
                // An f-string argument: its pieces go straight into the print's format string.
                fmt.append(f.text(), 1, f.text().length() - 1);
                args.addAll(m.args().subList(1, m.args().size()));
            } else {
                if (PyType.holdsFunction(v.type())) {
                    throw Unsupported.construct("printing a function (Python shows its address)", a);
                }
                if (v.type() instanceof PyType.GenT || v.type() instanceof PyType.IterT) {
                    throw Unsupported.construct("printing a " + (v.type() instanceof PyType.GenT ? "generator" : "lazy iterable")
                            + " (Python shows its memory address)", a);
                }
                if (v.type() == PyType.NONE && !(a instanceof Expr.Constant)) {
                    throw Unsupported.construct("printing the result of a function returning None", a);
                }
                fmt.append("{}");
                args.add(ft.displayArg(v));
            }
        }
        if (file != null) {
            boolean flush = kw.get("flush") instanceof Expr.Constant k && k.value() instanceof ConstantValue.Bool b && b.value();
            return IoModule.print(ft, file, fmt.append(RustLiterals.formatText(end)).toString(), args, flush);
        }
        String macro;
        if (end.equals("\n")) {
            macro = "println";
        } else {
            macro = "print";
            fmt.append(RustLiterals.formatText(end));
        }
        if (toStderr) {
            macro = "e" + macro;
        }
        List<RExpr> all = new ArrayList<>();
        if (fmt.length() > 0 || !macro.endsWith("println")) {
            all.add(new RExpr.Atom("\"" + fmt + "\""));
        }
        all.addAll(args);
        return new FunctionTranslator.Val(new RExpr.Macro(macro, all, false, true), PyType.NONE,
                FunctionTranslator.Kind.OWNED);
    }

    /**
     * The argument computed now, into a temporary, so that the print converts it after the later
     * arguments ran. A name or literal stays (a list's name shows the list as it is at the print;
     * an assignment expression in a later argument holds names too).
     */
    private FunctionTranslator.Val hold(FunctionTranslator.Val v) {
        return hold(v, false);
    }

    private FunctionTranslator.Val hold(FunctionTranslator.Val v, boolean names) {
        if (v.code() instanceof RExpr.Atom a && !(names && !a.text().startsWith("\""))) {
            return v;
        }
        Local tmp = ft.temp("shown", v.type());
        ft.emit(new RStmt.Let(tmp, false, ft.owned(v)));
        return new FunctionTranslator.Val(new RExpr.Atom(tmp.rust()), v.type(), FunctionTranslator.Kind.PLACE);
    }

    /** Whether an argument after the {@code i}th holds an assignment expression (which rebinds a name). */
    private static boolean laterRebinds(List<Expr> args, int i) {
        for (int j = i + 1; j < args.size(); j++) {
            if (!WalrusTargets.of(args.get(j)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an argument after the {@code i}th could run code that changes what it shows. */
    private boolean laterMayChangeIt(List<Expr> args, int i) {
        for (int j = i + 1; j < args.size(); j++) {
            if (ft.orderSensitive(args.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value of this type shows the same text whatever code runs after it is made. */
    private static boolean textFixed(PyType t) {
        if (t instanceof PyType.Prim) {
            return true;
        }
        if (t instanceof PyType.OptionalT o) {
            return textFixed(o.inner());
        }
        if (t instanceof PyType.VarTupleT v) {
            return textFixed(v.elem());
        }
        return t instanceof PyType.TupleT tt && tt.elems().stream().allMatch(PrintCall::textFixed);
    }

    /**
     * Whether {@code file=} names stderr; stdout prints as print() does without it (the two
     * streams' interleaving is not kept). Any other file is refused.
     */
    private boolean stderr(Expr file) {
        String stream = SysModule.stream(ft, file);
        if ("stdout".equals(stream) || "stderr".equals(stream)) {
            return stream.equals("stderr");
        }
        throw Unsupported.construct("print(file=...) to anything but sys.stdout or sys.stderr", file);
    }

    private static String literal(Expr e, String what) {
        if (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str s) {
            return s.value();
        }
        throw Unsupported.construct(what + "= that is not a string literal", e);
    }
}
