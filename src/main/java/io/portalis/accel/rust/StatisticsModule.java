package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code statistics} module (CPython 3.11), its averages and spreads: calls of the
 * runtime's {@code statistics} module ({@code src/main/resources/rust/statistics.rs}), which
 * computes exactly and rounds once as Lib/statistics.py does. Int data make int-or-float
 * results ({@code mean([2, 4])} is {@code 3}, {@code mean([1, 2])} is {@code 1.5}), so their
 * type is {@link PyType#NUM}; float data make floats. {@code StatisticsError} is a ValueError.
 */
final class StatisticsModule implements StdlibModule {

    private static final Set<String> FUNCTIONS = Set.of("mean", "fmean", "median", "median_low", "median_high",
            "mode", "multimode", "variance", "pvariance", "stdev", "pstdev", "quantiles");

    /** CPython 3.11's other public names, refused by name. */
    private static final Set<String> REFUSED = Set.of("NormalDist", "correlation", "covariance", "geometric_mean",
            "harmonic_mean", "linear_regression", "median_grouped");

    @Override
    public String name() {
        return "statistics";
    }

    @Override
    public boolean has(String member) {
        return FUNCTIONS.contains(member) || REFUSED.contains(member) || member.equals("StatisticsError");
    }

    /**
     * The base class of the module's exception, {@code StatisticsError} is a {@code ValueError},
     * for the program's table of exception bases where the module imports statistics; else none.
     */
    static Map<String, String> exceptionBases(StdlibImports imports) {
        return imports.uses("statistics") ? Map.of("StatisticsError", "ValueError") : Map.of();
    }

    /** Whether the member is the module's exception class, caught by {@code except StatisticsError}. */
    static boolean exception(StdlibImports.Member m, String boundAs) {
        return m != null && m.module() instanceof StatisticsModule && m.member().equals("StatisticsError")
                && boundAs.equals("StatisticsError");
    }

    /**
     * {@code except statistics.StatisticsError} (the module imported under any name) as the
     * bare class name the handlers test; any other except-clause type as it is.
     */
    static Expr handlerName(FunctionTranslator ft, Expr te) {
        if (te instanceof Expr.Attribute a && a.attr().equals("StatisticsError")
                && ft.importedModule(a.value()) instanceof StatisticsModule) {
            return new Expr.Name("StatisticsError", io.portalis.accel.python.ast.ExprContext.Load, a.start(), a.end());
        }
        return te;
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (FUNCTIONS.contains(member)) {
            throw Unsupported.construct("statistics." + member + " used as a value (call it, or wrap it in a lambda)", at);
        }
        if (has(member)) {
            throw Unsupported.construct("statistics." + member, at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (!FUNCTIONS.contains(member)) {
            throw has(member) ? Unsupported.construct("statistics." + member, c.func()) : noAttribute(member, c.func());
        }
        String fn = member + "()";
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.construct("*arguments in a call of statistics." + fn, c);
        }
        String second = switch (member) {
            case "fmean" -> "weights";
            case "variance", "stdev" -> "xbar";
            case "pvariance", "pstdev" -> "mu";
            default -> null;
        };
        List<String> params = member.equals("quantiles") ? List.of("data", "n", "method")
                : second == null ? List.of("data") : List.of("data", second);
        int positional = member.equals("quantiles") ? 1 : params.size();
        if (c.args().size() > positional) {
            throw Unsupported.type(fn + " takes " + positional + " positional argument" + (positional == 1 ? "" : "s")
                    + " but " + c.args().size() + " were given", c);
        }
        Map<String, Expr> args = new LinkedHashMap<>();
        for (int i = 0; i < c.args().size(); i++) {
            args.put(params.get(i), c.args().get(i));
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null || !params.contains(k.arg())) {
                throw Unsupported.type(fn + " got an unexpected keyword argument '" + k.arg() + "'", k);
            }
            if (args.put(k.arg(), k.value()) != null) {
                throw Unsupported.type(fn + " got multiple values for argument '" + k.arg() + "'", k);
            }
        }
        Expr dataExpr = args.get("data");
        if (dataExpr == null) {
            throw Unsupported.type(fn + " missing 1 required positional argument: 'data'", c);
        }
        ft.markConsumedAtOnce(dataExpr);
        FunctionTranslator.Val data = ft.expr(dataExpr, null);
        PyType elem = FunctionTranslator.iterElement(data.type());
        if (data.type() instanceof PyType.DictT d) {
            elem = d.key();
        }
        if (elem == null) {
            throw Unsupported.type("statistics." + fn + " of " + data.type().python() + " (an iterable expected)", dataExpr);
        }
        RExpr items = data.type() instanceof PyType.SetT ? RExpr.method(data.code(), "items") : ft.iterVecOf(data, dataExpr);
        boolean numeric = elem == PyType.INT || elem == PyType.FLOAT || elem == PyType.BOOL || elem == PyType.NUM;
        PyType exact = elem == PyType.FLOAT ? PyType.FLOAT : PyType.NUM;
        switch (member) {
            case "median_low", "median_high" -> {
                if (!PyType.orderable(elem)) {
                    throw Unsupported.type("statistics." + fn + " of " + elem.python() + " items ('<' needed)", dataExpr);
                }
                RExpr low = new RExpr.Atom(member.equals("median_low") ? "true" : "false");
                return val(ft.tryOf(RExpr.call("statistics::median_side", items, low)), elem);
            }
            case "mode", "multimode" -> {
                String fnName = "statistics::" + member;
                if (elem == PyType.FLOAT) {
                    fnName += "_float";
                } else if (!PyType.hashable(elem)) {
                    throw Unsupported.type("statistics." + fn + " of " + elem.python() + " items", dataExpr);
                }
                RExpr call = RExpr.call(fnName, items);
                return member.equals("mode") ? val(ft.tryOf(call), elem) : val(call, new PyType.ListT(elem));
            }
            default -> { }
        }
        if (!numeric) {
            throw Unsupported.type("statistics." + fn + " of " + elem.python() + " items (numbers expected)", dataExpr);
        }
        return switch (member) {
            case "mean" -> exactResult(ft.tryOf(RExpr.call("statistics::mean", items)), exact);
            case "fmean" -> {
                Expr weights = args.get("weights");
                if (weights != null && !isNone(weights)) {
                    throw Unsupported.construct("statistics.fmean() with weights", weights);
                }
                yield val(ft.tryOf(RExpr.call("statistics::fmean", items)), PyType.FLOAT);
            }
            case "quantiles" -> {
                RExpr n = new RExpr.Atom("4");
                if (args.containsKey("n")) {
                    FunctionTranslator.Val v = ft.expr(args.get("n"), PyType.INT);
                    n = BoolNumbers.intArgument(ft, v);
                    if (n == null) {
                        throw Unsupported.type("statistics.quantiles() needs an int n, not " + v.type().python(), args.get("n"));
                    }
                }
                RExpr method = new RExpr.Atom("\"exclusive\"");
                if (args.containsKey("method")) {
                    FunctionTranslator.Val v = ft.expr(args.get("method"), PyType.STR);
                    if (v.type() != PyType.STR) {
                        throw Unsupported.type("statistics.quantiles() method of " + v.type().python(), args.get("method"));
                    }
                    method = ft.strRef(v);
                }
                yield val(ft.tryOf(RExpr.call("statistics::quantiles", items, n, method)), new PyType.ListT(PyType.FLOAT));
            }
            case "median" -> {
                if (elem == PyType.BOOL) {
                    throw Unsupported.construct("statistics.median() of bools (CPython returns the middle bool itself)", dataExpr);
                }
                yield exactResult(ft.tryOf(RExpr.call("statistics::median", items)), exact);
            }
            default -> {
                RExpr center = center(ft, args.get(second), second, fn);
                RExpr call = ft.tryOf(RExpr.call("statistics::" + member, items, center));
                yield member.endsWith("stdev") ? val(call, PyType.FLOAT) : exactResult(call, exact);
            }
        };
    }

    /** An exact result: a float for float data, else the int-or-float {@code py::Num}. */
    private static FunctionTranslator.Val exactResult(RExpr num, PyType type) {
        return type == PyType.FLOAT ? val(RExpr.method(num, "f"), PyType.FLOAT) : val(num, PyType.NUM);
    }

    /** xbar / mu: None or absent, else a number. */
    private static RExpr center(FunctionTranslator ft, Expr e, String name, String fn) {
        if (e == null || isNone(e)) {
            return new RExpr.Atom("None::<f64>");
        }
        FunctionTranslator.Val v = ft.expr(e, PyType.FLOAT);
        if (!PyType.isNumeric(v.type())) {
            throw Unsupported.type("statistics." + fn + " needs a number for '" + name + "', not " + v.type().python(), e);
        }
        return RExpr.call("Some", ft.owned(v));
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None;
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }
}
