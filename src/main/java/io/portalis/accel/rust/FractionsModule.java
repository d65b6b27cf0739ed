package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.List;

/**
 * Python's {@code fractions} module (CPython 3.11): the class {@code Fraction}, a
 * {@link PyType.LibT} over the runtime's {@code fractions::Fraction}
 * ({@code src/main/resources/rust/fractions.rs}), made from nothing, an int, two ints or
 * Fractions, a str or a float, with {@code numerator}, {@code denominator},
 * {@code limit_denominator}, {@code as_integer_ratio} and {@code Fraction.from_float}; its
 * operators and conversions are {@link FractionOperators}. Fractions print as CPython's
 * ({@code 3/4}, {@code Fraction(3, 4)}) and may key a dict (equal fractions have equal parts);
 * sets of them are refused (their order needs CPython's hash of a Fraction).
 */
final class FractionsModule implements StdlibModule {

    static final PyType.LibT FRACTION = new PyType.LibT("fractions", "Fraction", List.of(), null);

    @Override
    public String name() {
        return "fractions";
    }

    @Override
    public boolean has(String member) {
        return member.equals("Fraction") || member.equals("Fraction.from_float");
    }

    static boolean isFraction(PyType t) {
        return FRACTION.equals(t);
    }

    @Override
    public boolean printable(PyType.LibT type) {
        return true;
    }

    @Override
    public Val value(String member, Node at) {
        if (has(member)) {
            throw Unsupported.construct("fractions." + member + " used as a value (call it)", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public PyType annotation(String member, List<PyType> args, Node at) {
        if (!member.equals("Fraction")) {
            throw noAttribute(member, at);
        }
        if (!args.isEmpty()) {
            throw Unsupported.type("Fraction takes no type arguments", at);
        }
        return FRACTION;
    }

    @Override
    public Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (member.equals("Fraction.from_float")) {
            if (c.args().size() != 1 || !c.keywords().isEmpty() || c.args().get(0) instanceof Expr.Starred) {
                throw Unsupported.type("Fraction.from_float() takes exactly one argument", c);
            }
            Val v = ft.expr(c.args().get(0), null);
            if (BigInts.intLike(v.type())) {
                return fraction(RExpr.call("fractions::Fraction::from_int", BigInts.owned(ft, v, c)));
            }
            if (v.type() != PyType.FLOAT) {
                throw Unsupported.type("Fraction.from_float() only takes floats, not " + v.type().python(), c);
            }
            return fraction(ft.tryOf(RExpr.call("fractions::Fraction::from_f64", ft.owned(v))));
        }
        if (!member.equals("Fraction")) {
            throw noAttribute(member, c.func());
        }
        if (c.args().size() > 2 || c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.type("Fraction() takes at most 2 positional arguments", c);
        }
        Expr[] bound = new Expr[2];
        for (int i = 0; i < c.args().size(); i++) {
            bound[i] = c.args().get(i);
        }
        List<String> params = List.of("numerator", "denominator");
        for (Keyword k : c.keywords()) {
            int i = params.indexOf(k.arg());
            if (i < 0 || bound[i] != null) {
                throw Unsupported.type("Fraction() got an unexpected or repeated keyword argument '" + k.arg() + "'", k);
            }
            if (i == 0 && !c.keywords().isEmpty() && c.keywords().get(0) != k) {
                throw Unsupported.construct("Fraction() with keyword arguments out of parameter order", k);
            }
            bound[i] = k.value();
        }
        if (bound[0] == null) {
            if (bound[1] != null) {
                throw Unsupported.construct("Fraction(denominator=...) without a numerator", c);
            }
            return fraction(RExpr.call("fractions::Fraction::from_int", RExpr.call("int::Int::from", new RExpr.Atom("0"))));
        }
        Val a = ft.expr(bound[0], null);
        if (bound[1] == null || isNone(bound[1])) {
            return single(ft, a, bound[0]);
        }
        Val b = ft.expr(bound[1], null);
        if (BigInts.intLike(a.type()) && BigInts.intLike(b.type())) {
            return fraction(ft.tryOf(RExpr.call("fractions::Fraction::new", BigInts.owned(ft, a, bound[0]),
                    BigInts.owned(ft, b, bound[1]))));
        }
        if (rational(a.type()) && rational(b.type())) {
            return fraction(ft.tryOf(RExpr.call("fractions::Fraction::of_pair",
                    new RExpr.Unary("&", FractionOperators.asFraction(ft, a, bound[0])),
                    new RExpr.Unary("&", FractionOperators.asFraction(ft, b, bound[1])))));
        }
        throw Unsupported.type("both arguments should be Rational instances (Fraction() of " + a.type().python()
                + " and " + b.type().python() + ")", c);
    }

    /** {@code Fraction(x)} of one value: an int, a Fraction, a float (exact) or a str. */
    private static Val single(FunctionTranslator ft, Val a, Expr at) {
        if (BigInts.intLike(a.type())) {
            return fraction(RExpr.call("fractions::Fraction::from_int", BigInts.owned(ft, a, at)));
        }
        if (isFraction(a.type())) {
            return fraction(ft.owned(a));
        }
        if (a.type() == PyType.FLOAT) {
            return fraction(ft.tryOf(RExpr.call("fractions::Fraction::from_f64", ft.owned(a))));
        }
        if (a.type() == PyType.STR) {
            return fraction(ft.tryOf(RExpr.call("fractions::Fraction::from_str", ft.strRef(a))));
        }
        throw Unsupported.type("argument should be a string or a Rational instance (Fraction() of "
                + a.type().python() + ")", at);
    }

    private static boolean rational(PyType t) {
        return BigInts.intLike(t) || isFraction(t);
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant k && k.value() instanceof io.portalis.accel.python.ast.ConstantValue.None;
    }

    static Val fraction(RExpr code) {
        return new Val(code, FRACTION, Kind.OWNED);
    }

    /**
     * An {@code int::Int} result as the module's int: itself where ints are BIG, else an i64; past
     * 64 bits the program stops with OverflowError, as the module's own i64 arithmetic does.
     */
    static Val intResult(FunctionTranslator ft, RExpr big) {
        if (BigInts.on(ft)) {
            return new Val(big, PyType.BIG, Kind.OWNED);
        }
        return new Val(RExpr.call("fractions::small", big), PyType.INT, Kind.OWNED);
    }

    @Override
    public Val method(FunctionTranslator ft, Val recv, PyType.LibT type, String method, Expr.Call c) {
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.construct("*arguments in a call of Fraction." + method + "()", c);
        }
        RExpr r = FunctionTranslator.paren(recv.code());
        switch (method) {
            case "limit_denominator" -> {
                Expr max = c.args().isEmpty() ? null : c.args().get(0);
                for (Keyword k : c.keywords()) {
                    if (!"max_denominator".equals(k.arg()) || max != null) {
                        throw Unsupported.type("limit_denominator() got an unexpected keyword argument '" + k.arg() + "'", k);
                    }
                    max = k.value();
                }
                if (c.args().size() > 1) {
                    throw Unsupported.type("limit_denominator() takes from 1 to 2 positional arguments", c);
                }
                RExpr bound = max == null ? RExpr.call("int::Int::from", new RExpr.Atom("1000000"))
                        : BigInts.owned(ft, ft.expr(max, null), max);
                return fraction(ft.tryOf(RExpr.method(r, "limit_denominator", new RExpr.Unary("&", bound))));
            }
            case "as_integer_ratio" -> {
                if (!c.args().isEmpty() || !c.keywords().isEmpty()) {
                    throw Unsupported.type("as_integer_ratio() takes no arguments", c);
                }
                Val n = intResult(ft, RExpr.method(r, "numerator"));
                Val d = intResult(ft, RExpr.method(r, "denominator"));
                return new Val(new RExpr.Tuple(List.of(n.code(), d.code())), new PyType.TupleT(List.of(n.type(), d.type())),
                        Kind.OWNED);
            }
            default -> throw Unsupported.construct("method '" + method + "' of Fraction", c);
        }
    }

    @Override
    public Val attribute(FunctionTranslator ft, Val recv, PyType.LibT type, String attr, Node at) {
        if (attr.equals("numerator") || attr.equals("denominator")) {
            return intResult(ft, RExpr.method(FunctionTranslator.paren(recv.code()), attr));
        }
        throw Unsupported.construct("attribute '" + attr + "' of Fraction", at);
    }
}
