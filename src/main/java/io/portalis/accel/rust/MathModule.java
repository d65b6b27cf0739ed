package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code math} module (CPython 3.11): every constant and function, translated to calls
 * of the runtime's {@code math} module ({@code src/main/resources/rust/math.rs}), which follows
 * CPython's Modules/mathmodule.c. Arguments are typed as CPython converts them: a float
 * parameter takes an int or bool (converted as {@code float()} does), an int parameter refuses a
 * float (CPython's TypeError), and {@code floor}/{@code ceil}/{@code trunc} of an int give the int.
 */
final class MathModule implements StdlibModule {

    /** How a function's arguments and result are typed. */
    private enum Shape {
        /** float -> float. */
        FLOAT,
        /** float -> bool. */
        PREDICATE,
        /** (float, float) -> float. */
        FLOAT2,
        /** float -> int, an int argument returned as it is. */
        ROUNDING,
        /** log(x[, base]), log2(x), log10(x): int or float, an int checked before conversion. */
        LOG,
        /** int -> int. */
        INT,
        /** comb(n, k), perm(n[, k]). */
        CHOOSE,
        /** gcd(*integers), lcm(*integers). */
        INTS,
        /** hypot(*coordinates). */
        FLOATS,
        FREXP, MODF, LDEXP, ISCLOSE, FSUM, PROD, DIST
    }

    /** A function of the module: its shape and whether the runtime's version can raise. */
    private record Function(Shape shape, boolean fallible) {}

    private static final Map<String, String> CONSTANTS = Map.of(
            "pi", "std::f64::consts::PI",
            "e", "std::f64::consts::E",
            "tau", "std::f64::consts::TAU",
            "inf", "f64::INFINITY",
            "nan", "f64::NAN");

    private static final Map<String, Function> FUNCTIONS = new LinkedHashMap<>();

    static {
        for (String f : List.of("sqrt", "cbrt", "exp", "exp2", "expm1", "log1p", "sin", "cos", "tan", "asin",
                "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "gamma", "lgamma")) {
            FUNCTIONS.put(f, new Function(Shape.FLOAT, true));
        }
        for (String f : List.of("fabs", "degrees", "radians", "erf", "erfc", "ulp")) {
            FUNCTIONS.put(f, new Function(Shape.FLOAT, false));
        }
        for (String f : List.of("isfinite", "isinf", "isnan")) {
            FUNCTIONS.put(f, new Function(Shape.PREDICATE, false));
        }
        for (String f : List.of("atan2", "copysign", "fmod", "remainder", "pow")) {
            FUNCTIONS.put(f, new Function(Shape.FLOAT2, true));
        }
        FUNCTIONS.put("nextafter", new Function(Shape.FLOAT2, false));
        for (String f : List.of("floor", "ceil", "trunc")) {
            FUNCTIONS.put(f, new Function(Shape.ROUNDING, true));
        }
        for (String f : List.of("log", "log2", "log10")) {
            FUNCTIONS.put(f, new Function(Shape.LOG, true));
        }
        FUNCTIONS.put("factorial", new Function(Shape.INT, true));
        FUNCTIONS.put("isqrt", new Function(Shape.INT, true));
        FUNCTIONS.put("comb", new Function(Shape.CHOOSE, true));
        FUNCTIONS.put("perm", new Function(Shape.CHOOSE, true));
        FUNCTIONS.put("gcd", new Function(Shape.INTS, false));
        FUNCTIONS.put("lcm", new Function(Shape.INTS, false));
        FUNCTIONS.put("hypot", new Function(Shape.FLOATS, false));
        FUNCTIONS.put("frexp", new Function(Shape.FREXP, false));
        FUNCTIONS.put("modf", new Function(Shape.MODF, false));
        FUNCTIONS.put("ldexp", new Function(Shape.LDEXP, true));
        FUNCTIONS.put("isclose", new Function(Shape.ISCLOSE, true));
        FUNCTIONS.put("fsum", new Function(Shape.FSUM, true));
        FUNCTIONS.put("prod", new Function(Shape.PROD, false));
        FUNCTIONS.put("dist", new Function(Shape.DIST, true));
    }

    @Override
    public String name() {
        return "math";
    }


    @Override
    public boolean has(String member) {
        return CONSTANTS.containsKey(member) || FUNCTIONS.containsKey(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        String rust = CONSTANTS.get(member);
        if (rust != null) {
            return val(new RExpr.Atom(rust), PyType.FLOAT);
        }
        if (FUNCTIONS.containsKey(member)) {
            throw Unsupported.construct("math." + member + " used as a value (call it, or wrap it in a lambda)", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        Function f = FUNCTIONS.get(member);
        if (f == null) {
            if (CONSTANTS.containsKey(member)) {
                throw Unsupported.type("'float' object is not callable", c);
            }
            throw noAttribute(member, c.func());
        }
        if (BigInts.on(ft) && BigMath.handles(member)) {
            return BigMath.call(ft, member, c);
        }
        return new Call(ft, member, f, c).translate();
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }

    /** One call being translated. */
    private static final class Call {
        private final FunctionTranslator ft;
        private final String name;
        private final Function f;
        private final Expr.Call c;

        Call(FunctionTranslator ft, String name, Function f, Expr.Call c) {
            this.ft = ft;
            this.name = name;
            this.f = f;
            this.c = c;
        }

        FunctionTranslator.Val translate() {
            Set<String> keywords = switch (f.shape()) {
                case ISCLOSE -> Set.of("rel_tol", "abs_tol");
                case PROD -> Set.of("start");
                default -> Set.of();
            };
            for (Keyword k : c.keywords()) {
                if (!keywords.contains(k.arg())) {
                    throw Unsupported.type("math." + name + "() got an unexpected keyword argument '" + k.arg() + "'", k);
                }
            }
            for (Expr a : c.args()) {
                if (a instanceof Expr.Starred) {
                    throw Unsupported.construct("*arguments in a call of math." + name + "()", a);
                }
            }
            return switch (f.shape()) {
                case FLOAT -> {
                    arity(1, 1);
                    yield result(PyType.FLOAT, real(0));
                }
                case PREDICATE -> {
                    arity(1, 1);
                    yield result(PyType.BOOL, real(0));
                }
                case FLOAT2 -> {
                    arity(2, 2);
                    RExpr x = real(0);
                    yield result(PyType.FLOAT, x, real(1));
                }
                case ROUNDING -> rounding();
                case LOG -> log();
                case INT -> {
                    arity(1, 1);
                    yield result(PyType.INT, integer(0));
                }
                case CHOOSE -> choose();
                case INTS -> {
                    List<RExpr> items = new ArrayList<>();
                    for (int i = 0; i < c.args().size(); i++) {
                        items.add(integer(i));
                    }
                    yield result(PyType.INT, slice(items));
                }
                case FLOATS -> {
                    List<RExpr> items = new ArrayList<>();
                    for (int i = 0; i < c.args().size(); i++) {
                        items.add(real(i));
                    }
                    yield result(PyType.FLOAT, slice(items));
                }
                case FREXP -> {
                    arity(1, 1);
                    yield result(new PyType.TupleT(List.of(PyType.FLOAT, PyType.INT)), real(0));
                }
                case MODF -> {
                    arity(1, 1);
                    yield result(new PyType.TupleT(List.of(PyType.FLOAT, PyType.FLOAT)), real(0));
                }
                case LDEXP -> {
                    arity(2, 2);
                    RExpr x = real(0);
                    yield result(PyType.FLOAT, x, integer(1));
                }
                case ISCLOSE -> isclose();
                case FSUM -> {
                    arity(1, 1);
                    yield result(PyType.FLOAT, items(c.args().get(0)));
                }
                case PROD -> prod();
                case DIST -> {
                    arity(2, 2);
                    RExpr p = items(c.args().get(0));
                    yield result(PyType.FLOAT, p, items(c.args().get(1)));
                }
            };
        }

        private void arity(int min, int max) {
            int n = c.args().size();
            if (n < min || n > max) {
                String want = min == max ? (min == 1 ? "exactly one argument" : "exactly " + min + " arguments")
                        : "from " + min + " to " + max + " arguments";
                throw Unsupported.type("math." + name + "() takes " + want + " (" + n + " given)", c);
            }
        }

        /** The call of the runtime function of the same name, with the function's result type. */
        private FunctionTranslator.Val result(PyType type, RExpr... args) {
            return call("math::" + name, type, args);
        }

        private FunctionTranslator.Val call(String fn, PyType type, RExpr... args) {
            RExpr call = RExpr.call(fn, args);
            return val(f.fallible() ? ft.tryOf(call) : call, type);
        }

        /** A float argument: an int or bool converts as float() converts it. */
        private RExpr real(int i) {
            Expr e = c.args().get(i);
            FunctionTranslator.Val v = ft.expr(e, PyType.FLOAT);
            if (v.type() == PyType.FLOAT || v.type() == PyType.INT || v.type() == PyType.NUM || v.type() == PyType.BIG) {
                return ft.owned(ft.promote(v, e));
            }
            if (v.type() == PyType.BOOL) {
                return new RExpr.Cast(new RExpr.Cast(FunctionTranslator.paren(v.code()), "i64"), "f64");
            }
            throw Unsupported.type("math." + name + "() argument must be a real number, not " + v.type().python(), e);
        }

        /** An int argument: a bool is the int it is; a float is CPython's TypeError. */
        private RExpr integer(int i) {
            Expr e = c.args().get(i);
            FunctionTranslator.Val v = ft.expr(e, PyType.INT);
            RExpr asInt = BoolNumbers.intArgument(ft, v);
            if (asInt != null) {
                return asInt;
            }
            if (v.type() == PyType.FLOAT) {
                throw Unsupported.type(name.equals("ldexp") ? "Expected an int as second argument to ldexp."
                        : "'float' object cannot be interpreted as an integer", e);
            }
            throw Unsupported.type("math." + name + "() argument must be an int, not " + v.type().python(), e);
        }

        /** {@code &[a, b, ...]} for a variadic function. */
        private static RExpr slice(List<RExpr> items) {
            return new RExpr.Unary("&", new RExpr.Macro("vec", items, true, false));
        }

        /** floor/ceil/trunc: an int is its own result; a float may not be finite. */
        private FunctionTranslator.Val rounding() {
            arity(1, 1);
            Expr e = c.args().get(0);
            FunctionTranslator.Val v = ft.expr(e, null);
            if (v.type() == PyType.INT) {
                return val(ft.owned(v), PyType.INT);
            }
            if (v.type() == PyType.BOOL) {
                return val(new RExpr.Cast(FunctionTranslator.paren(v.code()), "i64"), PyType.INT);
            }
            if (v.type() == PyType.FLOAT) {
                return result(PyType.INT, ft.owned(v));
            }
            if (v.type() == PyType.NUM) {
                // An int is its own result; a float rounds as the float path does.
                return val(ft.tryOf(RExpr.method(v.code(), name)), PyType.INT);
            }
            if (FractionsModule.isFraction(v.type())) {
                return FractionOperators.toInt(ft, name, v, e);
            }
            throw Unsupported.type("math." + name + "() argument must be a real number, not " + v.type().python(), e);
        }

        /** An argument of log, log2 or log10, passed as it is: the runtime checks an int's sign first. */
        private RExpr logArg(int i) {
            Expr e = c.args().get(i);
            FunctionTranslator.Val v = ft.expr(e, null);
            if (v.type() == PyType.FLOAT || v.type() == PyType.INT || v.type() == PyType.BOOL) {
                return ft.owned(v);
            }
            if (v.type() == PyType.NUM) {
                return ft.owned(ft.promote(v, e));
            }
            throw Unsupported.type("math." + name + "() argument must be a real number, not " + v.type().python(), e);
        }

        private FunctionTranslator.Val log() {
            arity(1, name.equals("log") ? 2 : 1);
            RExpr x = logArg(0);
            if (c.args().size() == 2) {
                return call("math::log_base", PyType.FLOAT, x, logArg(1));
            }
            return result(PyType.FLOAT, x);
        }

        /** comb(n, k); perm(n, k); perm(n) is factorial(n). */
        private FunctionTranslator.Val choose() {
            arity(name.equals("perm") ? 1 : 2, 2);
            RExpr n = integer(0);
            if (c.args().size() == 1) {
                return call("math::factorial", PyType.INT, n);
            }
            return result(PyType.INT, n, integer(1));
        }

        /** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), keywords evaluated in the order written. */
        private FunctionTranslator.Val isclose() {
            arity(2, 2);
            RExpr a = real(0);
            RExpr b = real(1);
            Map<String, RExpr> tolerances = new LinkedHashMap<>();
            for (Keyword k : c.keywords()) {
                if (tolerances.containsKey(k.arg())) {
                    throw Unsupported.type("keyword argument repeated: " + k.arg(), k);
                }
                FunctionTranslator.Val v = ft.expr(k.value(), PyType.FLOAT);
                if (v.type() != PyType.FLOAT && v.type() != PyType.INT && v.type() != PyType.NUM) {
                    throw Unsupported.type("must be real number, not " + v.type().python(), k.value());
                }
                RExpr code = ft.owned(ft.promote(v, k.value()));
                tolerances.put(k.arg(), code);
            }
            List<String> order = new ArrayList<>(tolerances.keySet());
            if (order.equals(List.of("abs_tol", "rel_tol"))
                    && !(tolerances.get("abs_tol") instanceof RExpr.Atom && tolerances.get("rel_tol") instanceof RExpr.Atom)) {
                // Written abs_tol first: keep that order of evaluation.
                for (String key : order) {
                    Local tmp = ft.temp(key, PyType.FLOAT);
                    ft.emit(new RStmt.Let(tmp, false, tolerances.get(key)));
                    tolerances.put(key, new RExpr.Atom(tmp.rust()));
                }
            }
            RExpr rel = tolerances.getOrDefault("rel_tol", new RExpr.Atom("1e-09"));
            RExpr abs = tolerances.getOrDefault("abs_tol", new RExpr.Atom("0.0"));
            return result(PyType.BOOL, a, b, rel, abs);
        }

        /**
         * prod(iterable, *, start=1): ints from an int start; floats only from a float start, since
         * an empty product is the int start itself (prints 1, not 1.0).
         */
        private FunctionTranslator.Val prod() {
            arity(1, 1);
            Expr it = c.args().get(0);
            ft.markConsumedAtOnce(it);
            FunctionTranslator.Val v = ft.expr(it, null);
            PyType elem = element(v.type(), it);
            RExpr vec = vec(v, it);
            Keyword startKw = c.keywords().isEmpty() ? null : c.keywords().get(0);
            FunctionTranslator.Val start = startKw == null ? null : ft.expr(startKw.value(), null);
            if (elem == PyType.INT && (start == null || start.type() == PyType.INT)) {
                RExpr from = start == null ? new RExpr.Atom("1") : ft.owned(start);
                return call("math::prod_int", PyType.INT, vec, from);
            }
            if ((elem == PyType.INT || elem == PyType.FLOAT) && start != null && start.type() == PyType.FLOAT) {
                return call("math::prod_float", PyType.FLOAT, vec, ft.owned(start));
            }
            if (NumericTower.fitsNum(elem) && (start == null || NumericTower.fitsNum(start.type()))) {
                // From the int 1 when no start is given: an empty product of floats is the int 1.
                RExpr from = start == null ? RExpr.call("py::Num::I", new RExpr.Atom("1"))
                        : NumericTower.toNum(ft, start, startKw.value()).code();
                return val(RExpr.call("py::prod_num", vec, from), PyType.NUM);
            }
            throw Unsupported.type("math.prod() of " + elem.python()
                    + (start == null ? "" : " from " + start.type().python()), c);
        }

        /** The items of an iterable of numbers, as a {@code Vec} the runtime converts to floats. */
        private RExpr items(Expr it) {
            ft.markConsumedAtOnce(it);
            FunctionTranslator.Val v = ft.expr(it, null);
            PyType elem = element(v.type(), it);
            if (elem != PyType.FLOAT && elem != PyType.INT && elem != PyType.BOOL && elem != PyType.NUM) {
                throw Unsupported.type("math." + name + "() of " + v.type().python() + " (numbers expected)", it);
            }
            return vec(v, it);
        }

        /** The items as a {@code Vec}: a list display no one else sees gives its own. */
        private RExpr vec(FunctionTranslator.Val v, Node at) {
            if (v.code() instanceof RExpr.Call call && call.callee().equals("py::List::from") && call.args().size() == 1) {
                return call.args().get(0);
            }
            return ft.iterVecOf(v, at);
        }

        /** The items' type: a str or a dict (whose keys it would iterate) is no iterable of numbers here. */
        private PyType element(PyType t, Node at) {
            PyType e = t instanceof PyType.DictT || t == PyType.STR ? null : FunctionTranslator.iterElement(t);
            if (e == null) {
                throw Unsupported.type("math." + name + "() needs an iterable of numbers, not " + t.python(), at);
            }
            return e;
        }
    }
}
