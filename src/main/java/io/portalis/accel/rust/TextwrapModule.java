package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code textwrap} module (CPython 3.11): {@code wrap}, {@code fill} and {@code shorten}
 * with {@code TextWrapper}'s keyword arguments, {@code dedent}, and {@code indent} (its
 * {@code predicate} a lambda or function of a str returning a bool, int or str, tested for
 * truth), as calls of the runtime's {@code textwrap} module
 * ({@code src/main/resources/rust/textwrap.rs}). The keyword arguments
 * become a chain of builder calls on {@code textwrap::Options}, written in the call's order so
 * they are evaluated in Python's order. The class {@code TextWrapper} is refused.
 */
final class TextwrapModule implements StdlibModule {

    /** Each function's named parameters, in order; the wrapping ones also take the options. */
    private static final Map<String, List<String>> PARAMETERS = Map.of(
            "wrap", List.of("text", "width"),
            "fill", List.of("text", "width"),
            "shorten", List.of("text", "width"),
            "dedent", List.of("text"),
            "indent", List.of("text", "prefix", "predicate"));

    private static final Set<String> WRAPPING = Set.of("wrap", "fill", "shorten");
    private static final Set<String> STR_OPTIONS = Set.of("initial_indent", "subsequent_indent", "placeholder");
    private static final Set<String> BOOL_OPTIONS = Set.of("expand_tabs", "replace_whitespace",
            "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens");
    private static final Set<String> INT_OPTIONS = Set.of("width", "tabsize");

    @Override
    public String name() {
        return "textwrap";
    }

    @Override
    public boolean has(String member) {
        return PARAMETERS.containsKey(member) || member.equals("TextWrapper");
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (member.equals("TextWrapper")) {
            throw Unsupported.construct("textwrap.TextWrapper", at);
        }
        if (has(member)) {
            throw Unsupported.construct("textwrap." + member + " used as a value (call it, or wrap it in a lambda)", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (member.equals("TextWrapper")) {
            throw Unsupported.construct("textwrap.TextWrapper", c);
        }
        List<String> params = PARAMETERS.get(member);
        if (params == null) {
            throw noAttribute(member, c.func());
        }
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                throw Unsupported.construct("*arguments in a call of textwrap." + member + "()", a);
            }
        }
        if (c.args().size() > params.size()) {
            throw Unsupported.type(member + "() takes at most " + params.size() + " positional arguments but "
                    + c.args().size() + " were given", c);
        }
        Map<String, Expr> named = new LinkedHashMap<>();
        for (int i = 0; i < c.args().size(); i++) {
            named.put(params.get(i), c.args().get(i));
        }
        List<Keyword> options = new ArrayList<>();
        int lastParam = c.args().size() - 1;
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                throw Unsupported.construct("**arguments in a call of textwrap." + member + "()", k);
            }
            int index = params.indexOf(k.arg());
            boolean option = WRAPPING.contains(member) && (STR_OPTIONS.contains(k.arg())
                    || BOOL_OPTIONS.contains(k.arg()) || k.arg().equals("tabsize") || k.arg().equals("max_lines"));
            if (k.arg().equals("width") && WRAPPING.contains(member) && !named.containsKey("width")) {
                option = true;
            } else if (index >= 0) {
                if (named.containsKey(k.arg())) {
                    throw Unsupported.type(member + "() got multiple values for argument '" + k.arg() + "'", k);
                }
                if (index < lastParam || !options.isEmpty()) {
                    throw Unsupported.construct("textwrap." + member + "() with keyword arguments out of "
                            + "parameter order", k);
                }
                named.put(k.arg(), k.value());
                lastParam = index;
                continue;
            }
            if (!option) {
                String owner = WRAPPING.contains(member) ? "TextWrapper.__init__" : member;
                throw Unsupported.type(owner + "() got an unexpected keyword argument '" + k.arg() + "'", k);
            }
            if (member.equals("shorten") && k.arg().equals("max_lines")) {
                throw Unsupported.type("TextWrapper.__init__() got multiple values for keyword argument "
                        + "'max_lines'", k);
            }
            if (options.stream().anyMatch(o -> o.arg().equals(k.arg()))) {
                throw Unsupported.type("keyword argument repeated: " + k.arg(), k);
            }
            options.add(k);
        }
        boolean widthGiven = named.containsKey("width") || options.stream().anyMatch(k -> k.arg().equals("width"));
        if (!named.containsKey("text") || (member.equals("indent") && !named.containsKey("prefix"))
                || (member.equals("shorten") && !widthGiven)) {
            throw Unsupported.type(member + "() is missing a required argument", c);
        }
        RExpr text = str(ft, named.get("text"), member);
        return switch (member) {
            case "dedent" -> owned(RExpr.call("textwrap::dedent", text), PyType.STR);
            case "indent" -> {
                RExpr prefix = str(ft, named.get("prefix"), member);
                Expr predE = named.get("predicate");
                if (predE == null || isNone(predE)) {
                    yield owned(RExpr.call("textwrap::indent", text, prefix), PyType.STR);
                }
                FunctionTranslator.Val pred = KeyFunctions.of(ft, predE, PyType.STR);
                PyType ret = ((PyType.FuncT) pred.type()).ret();
                if (ret != PyType.BOOL && ret != PyType.INT && ret != PyType.STR) {
                    throw Unsupported.construct("textwrap.indent() with a predicate returning " + ret.python()
                            + " (a bool, int or str expected)", predE);
                }
                yield owned(ft.tryOf(RExpr.call("textwrap::indent_by", text, prefix, ft.owned(pred))), PyType.STR);
            }
            default -> {
                RExpr opts = RExpr.call("textwrap::Options::new", named.containsKey("width")
                        ? integer(ft, named.get("width"), "width") : new RExpr.Atom("70"));
                for (Keyword k : options) {
                    opts = RExpr.method(opts, k.arg(), option(ft, k));
                }
                PyType type = member.equals("wrap") ? new PyType.ListT(PyType.STR) : PyType.STR;
                yield owned(ft.tryOf(RExpr.call("textwrap::" + member, text, opts)), type);
            }
        };
    }

    /** One keyword argument of TextWrapper as the Rust value its builder method takes. */
    private static RExpr option(FunctionTranslator ft, Keyword k) {
        String name = k.arg();
        Expr e = k.value();
        if (INT_OPTIONS.contains(name)) {
            return integer(ft, e, name);
        }
        if (STR_OPTIONS.contains(name)) {
            FunctionTranslator.Val v = ft.expr(e, PyType.STR);
            if (v.type() != PyType.STR) {
                throw Unsupported.type("textwrap " + name + "= of " + v.type().python() + " (a str expected)", e);
            }
            return ft.owned(v);
        }
        if (BOOL_OPTIONS.contains(name)) {
            FunctionTranslator.Val v = ft.expr(e, PyType.BOOL);
            if (v.type() != PyType.BOOL) {
                throw Unsupported.construct("textwrap " + name + "= of " + v.type().python() + " (a bool expected)", e);
            }
            return ft.owned(v);
        }
        // max_lines: None or an int.
        if (isNone(e)) {
            return new RExpr.Atom("None");
        }
        FunctionTranslator.Val v = ft.expr(e, PyType.INT);
        if (v.type() instanceof PyType.OptionalT o && o.inner() == PyType.INT) {
            return ft.owned(v);
        }
        RExpr asInt = BoolNumbers.intArgument(ft, v);
        if (asInt == null) {
            throw Unsupported.type("textwrap max_lines= of " + v.type().python() + " (an int or None expected)", e);
        }
        return RExpr.call("Some", asInt);
    }

    private static RExpr integer(FunctionTranslator ft, Expr e, String name) {
        FunctionTranslator.Val v = ft.expr(e, PyType.INT);
        RExpr asInt = BoolNumbers.intArgument(ft, v);
        if (asInt == null) {
            throw Unsupported.type("textwrap " + name + "= of " + v.type().python() + " (an int expected)", e);
        }
        return asInt;
    }

    private static RExpr str(FunctionTranslator ft, Expr e, String member) {
        FunctionTranslator.Val v = ft.expr(e, PyType.STR);
        if (v.type() != PyType.STR) {
            throw Unsupported.type("textwrap." + member + "() of " + v.type().python() + " (a str expected)", e);
        }
        return ft.strRef(v);
    }

    private static FunctionTranslator.Val owned(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None;
    }
}
