package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One call of a {@code random.Random} method, on the module's shared instance
 * ({@code random.randint(1, 6)}, receiver {@code random::inst()}) or on an instance
 * ({@code rng.randint(1, 6)}): its arguments bound to CPython 3.11's signature and typed as
 * Lib/random.py uses them (ints where it indexes or counts, any real number where it does float
 * arithmetic), then a call of the runtime's {@code random::Random} method. Wrong calls that
 * CPython rejects with a TypeError whatever the values are refused here; errors that depend on
 * the values (an empty range, an empty sequence) are raised by the runtime with CPython's words.
 */
final class RandomCalls {

    /** A method's parameters in order, how many are required, and which are keyword-only. */
    private record Sig(List<String> params, int required, Set<String> keywordOnly, boolean positionalOnly) {}

    private static final Map<String, Sig> SIGS = new LinkedHashMap<>();

    static {
        sig("seed", 0, "a", "version");
        sig("random", 0);
        SIGS.put("getrandbits", new Sig(List.of("k"), 1, Set.of(), true));
        sig("randrange", 1, "start", "stop", "step");
        sig("randint", 2, "a", "b");
        sig("choice", 1, "seq");
        SIGS.put("choices", new Sig(List.of("population", "weights", "cum_weights", "k"), 1, Set.of("cum_weights", "k"), false));
        sig("shuffle", 1, "x");
        SIGS.put("sample", new Sig(List.of("population", "k", "counts"), 2, Set.of("counts"), false));
        sig("uniform", 2, "a", "b");
        sig("triangular", 0, "low", "high", "mode");
        sig("normalvariate", 0, "mu", "sigma");
        sig("gauss", 0, "mu", "sigma");
        sig("lognormvariate", 2, "mu", "sigma");
        sig("expovariate", 1, "lambd");
        sig("vonmisesvariate", 2, "mu", "kappa");
        sig("gammavariate", 2, "alpha", "beta");
        sig("betavariate", 2, "alpha", "beta");
        sig("paretovariate", 1, "alpha");
        sig("weibullvariate", 2, "alpha", "beta");
    }

    private static void sig(String name, int required, String... params) {
        SIGS.put(name, new Sig(List.of(params), required, Set.of(), false));
    }

    /** The methods translated, each also a module-level function. */
    static final Set<String> METHODS = SIGS.keySet();

    private final FunctionTranslator ft;
    private final RExpr recv;
    private final String what;
    private final String name;
    private final Expr.Call c;
    private Map<String, Expr> args;

    RandomCalls(FunctionTranslator ft, RExpr recv, String what, String name, Expr.Call c) {
        this.ft = ft;
        this.recv = recv;
        this.what = what;
        this.name = name;
        this.c = c;
    }

    /** {@code random.Random()} / {@code random.Random(x)}: a generator of its own. */
    static FunctionTranslator.Val construct(FunctionTranslator ft, Expr.Call c) {
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type("Random() takes no keyword arguments", c.keywords().get(0));
        }
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.construct("*arguments in a call of random.Random()", c);
        }
        if (c.args().size() > 1) {
            throw Unsupported.type("Random() requires 0 or 1 argument", c);
        }
        RExpr made;
        if (c.args().isEmpty() || isNone(c.args().get(0))) {
            made = RExpr.call("random::Random::new");
        } else {
            made = RExpr.call("random::Random::seeded", seedValue(ft, c.args().get(0)));
        }
        return new FunctionTranslator.Val(made, RandomModule.instanceType(), FunctionTranslator.Kind.OWNED);
    }

    /** A seed: an int (its absolute value), a bool, a float (its hash) or a str (version 2). */
    private static RExpr seedValue(FunctionTranslator ft, Expr e) {
        FunctionTranslator.Val v = ft.expr(e, null);
        PyType t = v.type();
        if (t == PyType.INT || t == PyType.BIG || t == PyType.BOOL || t == PyType.FLOAT || t == PyType.NUM || t == PyType.STR) {
            return ft.owned(v);
        }
        throw Unsupported.type("The only supported seed types are: None, int, float, str, bytes, and bytearray "
                + "(not " + t.python() + ")", e);
    }

    FunctionTranslator.Val translate() {
        bind();
        return switch (name) {
            case "seed" -> seed();
            case "random" -> val(RExpr.method(recv, "random"), PyType.FLOAT, false);
            case "getrandbits" -> val(RExpr.method(recv, "getrandbits", integer("k")), PyType.INT, true);
            case "randrange" -> randrange();
            case "randint" -> {
                RExpr a = integer("a");
                yield val(RExpr.method(recv, "randint", a, integer("b")), PyType.INT, true);
            }
            case "choice" -> {
                Population p = population("seq");
                yield val(RExpr.method(recv, "choice", p.code()), p.elem(), true);
            }
            case "choices" -> choices();
            case "shuffle" -> shuffle();
            case "sample" -> sample();
            case "uniform" -> {
                RExpr a = real("a", null);
                yield val(RExpr.method(recv, "uniform", a, real("b", null)), PyType.FLOAT, false);
            }
            case "triangular" -> triangular();
            case "normalvariate", "gauss" -> {
                RExpr mu = real("mu", "0.0");
                yield val(RExpr.method(recv, name, mu, real("sigma", "1.0")), PyType.FLOAT, false);
            }
            case "expovariate", "paretovariate" -> {
                String p = name.equals("expovariate") ? "lambd" : "alpha";
                yield val(RExpr.method(recv, name, real(p, null)), PyType.FLOAT, true);
            }
            default -> {
                List<String> ps = SIGS.get(name).params();
                RExpr first = real(ps.get(0), null);
                yield val(RExpr.method(recv, name, first, real(ps.get(1), null)), PyType.FLOAT,
                        !name.equals("normalvariate"));
            }
        };
    }

    private FunctionTranslator.Val val(RExpr code, PyType type, boolean fallible) {
        return new FunctionTranslator.Val(fallible ? ft.tryOf(code) : code, type, FunctionTranslator.Kind.OWNED);
    }

    // ------------------------------------------------------------------ arguments

    /**
     * Binds the call's arguments to the method's parameters as Python does, refusing what
     * CPython rejects with a TypeError. Keyword arguments are evaluated in the parameters' order
     * here; where that differs from the call's order and more than one of them could show it,
     * the call is refused.
     */
    private void bind() {
        Sig sig = SIGS.get(name);
        String fn = what + "()";
        args = new LinkedHashMap<>();
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                throw Unsupported.construct("*arguments in a call of " + fn, a);
            }
        }
        int positional = (int) sig.params().stream().filter(p -> !sig.keywordOnly().contains(p)).count();
        if (c.args().size() > positional) {
            throw Unsupported.type(fn + " takes " + (positional + 1) + " positional arguments but "
                    + (c.args().size() + 1) + " were given", c);
        }
        for (int i = 0; i < c.args().size(); i++) {
            args.put(sig.params().get(i), c.args().get(i));
        }
        List<Integer> order = new ArrayList<>();
        int sensitive = 0;
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                throw Unsupported.construct("**arguments in a call of " + fn, k);
            }
            if (sig.positionalOnly() || !sig.params().contains(k.arg())) {
                throw Unsupported.type(fn + " got an unexpected keyword argument '" + k.arg() + "'", k);
            }
            if (args.put(k.arg(), k.value()) != null) {
                throw Unsupported.type(fn + " got multiple values for argument '" + k.arg() + "'", k);
            }
            order.add(sig.params().indexOf(k.arg()));
            if (ft.orderSensitive(k.value())) {
                sensitive++;
            }
        }
        for (int i = 1; i < order.size(); i++) {
            if (order.get(i) < order.get(i - 1) && sensitive > 1) {
                throw Unsupported.construct("keyword arguments of " + fn + " out of its parameters' order, "
                        + "more than one with effects (Python evaluates them in the call's order)", c);
            }
        }
        for (int i = 0; i < sig.required(); i++) {
            String p = sig.params().get(i);
            if (!args.containsKey(p)) {
                throw Unsupported.type(fn + " missing required argument '" + p + "'", c);
            }
        }
    }

    private Expr given(String param) {
        Expr e = args.get(param);
        return e == null || isNone(e) ? null : e;
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None;
    }

    /** An int parameter: an int, or a bool as the int it is. */
    private RExpr integer(String param) {
        Expr e = args.get(param);
        FunctionTranslator.Val v = ft.expr(e, PyType.INT);
        RExpr asInt = BoolNumbers.intArgument(ft, v);
        if (asInt != null) {
            return asInt;
        }
        if (v.type() == PyType.FLOAT || v.type() == PyType.NUM) {
            throw Unsupported.type(what + "() of a float '" + param + "' (CPython 3.11 warns that non-integer "
                    + "arguments are deprecated, or raises TypeError)", e);
        }
        throw Unsupported.type("'" + v.type().python() + "' object cannot be interpreted as an integer (in "
                + what + "())", e);
    }

    /** A real parameter: an int, a float, a bool or a float slot's number, passed as it is. */
    private RExpr real(String param, String absent) {
        return realVal(param, absent).code();
    }

    /** A real parameter with its type; an absent one is the float literal {@code absent}. */
    private FunctionTranslator.Val realVal(String param, String absent) {
        Expr e = args.get(param);
        if (e == null) {
            return new FunctionTranslator.Val(new RExpr.Atom(absent), PyType.FLOAT, FunctionTranslator.Kind.OWNED);
        }
        FunctionTranslator.Val v = ft.expr(e, PyType.FLOAT);
        if (PyType.isNumeric(v.type())) {
            return new FunctionTranslator.Val(ft.owned(v), v.type(), FunctionTranslator.Kind.OWNED);
        }
        throw Unsupported.type(what + "() needs a real number for '" + param + "', not " + v.type().python(), e);
    }

    // ------------------------------------------------------------------ methods

    private FunctionTranslator.Val seed() {
        Expr version = args.get("version");
        if (version != null && !(version instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int i
                && i.value().intValue() == 2 && i.value().bitLength() < 8)) {
            throw Unsupported.construct(what + "() with a version other than 2", version);
        }
        Expr a = given("a");
        if (a == null) {
            return val(RExpr.method(recv, "seed_entropy"), PyType.NONE, false);
        }
        return val(RExpr.method(recv, "seed", seedValue(ft, a)), PyType.NONE, false);
    }

    private FunctionTranslator.Val randrange() {
        RExpr start = integer("start");
        if (given("stop") == null) {
            if (args.containsKey("step")) {
                throw Unsupported.construct(what + "() with a step and no stop (CPython raises TypeError "
                        + "'Missing a non-None stop argument' unless the step is 1)", c);
            }
            return val(RExpr.method(recv, "randrange_to", start), PyType.INT, true);
        }
        RExpr stop = integer("stop");
        RExpr step = args.containsKey("step") ? integer("step") : new RExpr.Atom("1");
        return val(RExpr.method(recv, "randrange", start, stop, step), PyType.INT, true);
    }

    private FunctionTranslator.Val shuffle() {
        Expr e = args.get("x");
        FunctionTranslator.Val v = ft.expr(e, null);
        if (!(v.type() instanceof PyType.ListT)) {
            throw Unsupported.type(what + "() of " + v.type().python() + " (a list expected)", e);
        }
        return val(RExpr.method(recv, "shuffle", ft.ref(v)), PyType.NONE, false);
    }

    private FunctionTranslator.Val sample() {
        if (given("counts") != null) {
            throw Unsupported.construct(what + "() with counts=", args.get("counts"));
        }
        Population p = population("population");
        RExpr k = integer("k");
        return val(RExpr.method(recv, "sample", p.code(), k), new PyType.ListT(p.elem()), true);
    }

    private FunctionTranslator.Val choices() {
        Expr weights = given("weights");
        Expr cum = given("cum_weights");
        if (weights != null && cum != null) {
            throw Unsupported.type("Cannot specify both weights and cumulative weights", c);
        }
        Population p = population("population");
        RExpr weightCode = null;
        String cumName = null;
        if (weights != null || cum != null) {
            Expr w = weights != null ? weights : cum;
            FunctionTranslator.Val v = ft.expr(w, null);
            if (weights != null && (v.type() == PyType.INT || v.type() == PyType.BOOL)) {
                throw Unsupported.type("The number of choices must be a keyword argument: k=...", w);
            }
            PyType elem = FunctionTranslator.iterElement(v.type());
            if (v.type() instanceof PyType.SetT || v.type() instanceof PyType.DictT || v.type() == PyType.STR
                    || elem == null || !(PyType.isNumeric(elem))) {
                throw Unsupported.type(what + "() weights of " + v.type().python() + " (numbers expected)", w);
            }
            if (cum != null) {
                if (v.type() instanceof PyType.ListT) {
                    cumName = "list";
                } else if (v.type() instanceof PyType.TupleT || v.type() instanceof PyType.VarTupleT) {
                    cumName = "tuple";
                } else {
                    throw Unsupported.type(what + "() cum_weights of " + v.type().python() + " (a list or tuple expected)", w);
                }
            }
            RExpr vec = ft.iterVecOf(v, w);
            weightCode = elem == PyType.BOOL ? BoolNumbers.asIntVec(vec) : vec;
        }
        RExpr k = args.containsKey("k") ? integer("k") : new RExpr.Atom("1");
        PyType type = new PyType.ListT(p.elem());
        if (weightCode == null) {
            return val(RExpr.method(recv, "choices", p.code(), k), type, true);
        }
        if (cumName == null) {
            return val(RExpr.method(recv, "choices_weighted", p.code(), weightCode, k), type, true);
        }
        RExpr named = new RExpr.Atom("\"" + cumName + "\"");
        return val(RExpr.method(recv, "choices_cumulative", p.code(), weightCode, named, k), type, true);
    }

    /**
     * triangular(low, high, mode): a float, except that CPython returns {@code low} itself when
     * {@code high - low} is zero, so an int low makes the result a {@code py::Num}.
     */
    private FunctionTranslator.Val triangular() {
        FunctionTranslator.Val lowVal = realVal("low", "0.0");
        RExpr low = lowVal.code();
        RExpr high = real("high", "1.0");
        Expr modeExpr = given("mode");
        if (modeExpr == null) {
            return val(RExpr.method(recv, "triangular", low, high), PyType.FLOAT, false);
        }
        RExpr mode = real("mode", null);
        RExpr made = RExpr.method(recv, "triangular_mode", low, high, mode);
        PyType lowType = lowVal.type();
        if (lowType == PyType.BOOL) {
            throw Unsupported.construct(what + "() with a bool low and a mode (CPython returns low itself, a bool, "
                    + "when high == low)", args.get("low"));
        }
        if (lowType == PyType.FLOAT) {
            return val(RExpr.method(made, "f"), PyType.FLOAT, false);
        }
        return val(made, PyType.NUM, false);
    }

    // ------------------------------------------------------------------ sequences

    /** A sequence a method indexes, as the runtime's {@code random::Population}. */
    private record Population(RExpr code, PyType elem) {}

    private Population population(String param) {
        Expr e = args.get(param);
        if (e instanceof Expr.Call rc && rc.func() instanceof Expr.Name n && n.id().equals("range")
                && ft.lookupLocal("range") == null && rc.keywords().isEmpty() && !rc.args().isEmpty()
                && rc.args().size() <= 3 && rc.args().stream().noneMatch(a -> a instanceof Expr.Starred)) {
            // range(...) as CPython's range object: computed by index, never stored.
            List<RExpr> bounds = new ArrayList<>();
            for (Expr a : rc.args()) {
                FunctionTranslator.Val v = ft.expr(a, PyType.INT);
                RExpr asInt = BoolNumbers.intArgument(ft, v);
                if (asInt == null) {
                    throw Unsupported.type("'" + v.type().python() + "' object cannot be interpreted as an integer", a);
                }
                bounds.add(asInt);
            }
            if (bounds.size() == 1) {
                bounds.add(0, new RExpr.Atom("0"));
            }
            if (bounds.size() == 2) {
                bounds.add(new RExpr.Atom("1"));
            }
            return new Population(ft.tryOf(RExpr.call("random::Population::range", bounds.toArray(RExpr[]::new))),
                    PyType.INT);
        }
        FunctionTranslator.Val v = ft.expr(e, null);
        PyType t = v.type();
        if (t instanceof PyType.ListT l) {
            return new Population(RExpr.call("random::Population::list", ft.ref(v)), l.elem());
        }
        if (t == PyType.STR) {
            return new Population(RExpr.call("random::Population::chars", ft.strRef(v)), PyType.STR);
        }
        String kind = null;
        if ((t instanceof PyType.TupleT || t instanceof PyType.VarTupleT) && FunctionTranslator.iterElement(t) != null) {
            kind = "tuple";
        } else if (t instanceof PyType.LibT l && l.name().equals("deque")) {
            kind = "deque";
        } else if (t instanceof PyType.IterT i && i.object().equals("range")) {
            kind = "range object";
        }
        if (kind != null) {
            PyType elem = FunctionTranslator.iterElement(t);
            if (elem == null && t instanceof PyType.LibT l) {
                elem = l.elem();
            }
            RExpr items = ft.iterVecOf(v, e);
            return new Population(RExpr.call("random::Population::items", items, new RExpr.Atom("\"" + kind + "\"")), elem);
        }
        if (name.equals("sample") && (t instanceof PyType.SetT || t instanceof PyType.DictT)) {
            throw Unsupported.type("Population must be a sequence.  For dicts or sets, use sorted(d).", e);
        }
        if (t instanceof PyType.SetT) {
            throw Unsupported.type("'set' object is not subscriptable", e);
        }
        if (t instanceof PyType.GenT || t instanceof PyType.IterT) {
            throw Unsupported.type("object of type 'generator' has no len() (in " + what + "())", e);
        }
        throw Unsupported.type(what + "() of " + t.python() + " (a list, tuple, str, range or deque expected)", e);
    }
}
