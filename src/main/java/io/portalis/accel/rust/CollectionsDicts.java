package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dict subclasses of {@code collections} (CPython 3.11): {@code defaultdict}, {@code Counter}
 * and {@code OrderedDict}. Each is a {@link PyType.DictT} with a flavor, so every dict operation
 * the translation has applies to it; in Rust each is a handle in {@code collections.rs} that
 * dereferences to its {@code py::Dict} and has its own methods where the subclass overrides
 * dict's ({@code d[k]} of a missing key, {@code del}, {@code copy}, printing, {@code ==}, an
 * OrderedDict's iteration). What this class lowers: the constructors, the subclasses' own
 * methods ({@code most_common}, {@code move_to_end}, ...), a Counter's operators, and the
 * refusals where a subclass would behave unlike the dict code the translation would otherwise emit.
 */
final class CollectionsDicts {
    static final String DEFAULTDICT = "defaultdict";
    static final String COUNTER = "Counter";
    static final String ORDERED = "OrderedDict";

    /** The classes a builtin factory may name, with how CPython prints them. */
    private static final Set<String> BUILTIN_FACTORIES = Set.of("int", "float", "str", "bool", "list", "set", "dict");

    private static final Map<Operator, String> COUNTER_OPS = Map.of(
            Operator.Add, "+", Operator.Sub, "-", Operator.BitOr, "|", Operator.BitAnd, "&");

    private final FunctionTranslator ft;

    CollectionsDicts(FunctionTranslator ft) {
        this.ft = ft;
    }

    static boolean flavored(PyType t) {
        return t instanceof PyType.DictT d && !d.plain();
    }

    static boolean flavor(PyType t, String flavor) {
        return t instanceof PyType.DictT d && d.flavor().equals(flavor);
    }

    /** The type an annotation {@code defaultdict[K, V]}, {@code Counter[K]} or {@code OrderedDict[K, V]} means. */
    static PyType annotation(String member, List<PyType> args, Node at) {
        int want = member.equals(COUNTER) ? 1 : 2;
        if (args.size() != want) {
            throw Unsupported.type(member + " annotation needs " + (want == 1 ? "one key type (Counter[str])"
                    : "a key and a value type (" + member + "[str, int])"), at);
        }
        if (!PyType.hashable(args.get(0))) {
            throw Unsupported.construct(member + " keyed by " + args.get(0).python(), at);
        }
        return new PyType.DictT(args.get(0), want == 1 ? PyType.INT : args.get(1), member);
    }

    /** {@code collections::Counter::name}: a function of the handle type (Rust infers its parameters). */
    private static String path(PyType.DictT t, String fn) {
        return t.rust().replaceFirst("<.*", "") + "::" + fn;
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }

    // ------------------------------------------------------------------ constructors

    FunctionTranslator.Val construct(String member, Expr.Call c, PyType expected) {
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.construct("*arguments in a call of " + member + "()", c);
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.construct("keyword arguments of " + member + "()", c.keywords().get(0));
        }
        PyType.DictT wanted = expected instanceof PyType.DictT d && d.flavor().equals(member) ? d : null;
        return switch (member) {
            case COUNTER -> counter(c, wanted);
            case DEFAULTDICT -> defaultdict(c, wanted);
            default -> ordered(c, wanted);
        };
    }

    private FunctionTranslator.Val counter(Expr.Call c, PyType.DictT wanted) {
        if (c.args().size() > 1) {
            throw Unsupported.type("expected at most 1 argument, got " + c.args().size(), c);
        }
        if (c.args().isEmpty()) {
            if (wanted == null) {
                throw Unsupported.type("cannot settle the key type of an empty Counter; annotate it (Counter[str])", c);
            }
            return val(RExpr.call(path(wanted, "new")), wanted);
        }
        Expr arg = c.args().get(0);
        ft.markConsumedAtOnce(arg);
        FunctionTranslator.Val v = ft.expr(arg, wanted == null ? null : new PyType.DictT(wanted.key(), PyType.INT));
        PyType.DictT made;
        RExpr code;
        if (v.type() instanceof PyType.DictT d) {
            if (d.value() != PyType.INT) {
                throw Unsupported.construct("Counter of a mapping to " + d.value().python() + " (int counts only)", arg);
            }
            made = new PyType.DictT(d.key(), PyType.INT, COUNTER);
            code = RExpr.call(path(made, "from_dict"), ft.ref(v));
        } else {
            PyType elem = FunctionTranslator.elementOf(v.type(), arg);
            if (!PyType.hashable(elem)) {
                throw Unsupported.construct("Counter of " + elem.python() + " items", arg);
            }
            made = new PyType.DictT(elem, PyType.INT, COUNTER);
            code = RExpr.call(path(made, "from_items"), vec(v, arg));
        }
        if (wanted != null && !wanted.equals(made)) {
            throw Unsupported.type("expected " + wanted.python() + ", found " + made.python(), arg);
        }
        return val(code, made);
    }

    private FunctionTranslator.Val defaultdict(Expr.Call c, PyType.DictT wanted) {
        if (wanted == null) {
            throw Unsupported.type("cannot settle the types of a defaultdict; annotate it (defaultdict[str, int])", c);
        }
        if (c.args().isEmpty()) {
            throw Unsupported.construct("defaultdict() without a default_factory (missing keys raise KeyError)", c);
        }
        if (c.args().size() > 2) {
            throw Unsupported.construct("defaultdict() of more than a factory and a mapping", c);
        }
        Expr f = c.args().get(0);
        int s = f.start();
        int e = f.end();
        Expr.Lambda lambda;
        String repr;
        if (f instanceof Expr.Lambda l) {
            lambda = l;
            repr = null;
        } else if (f instanceof Expr.Name n && BUILTIN_FACTORIES.contains(n.id()) && !shadowed(n.id())) {
            lambda = new Expr.Lambda(new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of(), s, e),
                    new Expr.Call(f, List.of(), List.of(), s, e), s, e);
            repr = "<class '" + n.id() + "'>";
        } else if (f instanceof Expr.Constant k && k.value() instanceof ConstantValue.None) {
            throw Unsupported.construct("defaultdict(None, ...) (missing keys raise KeyError)", f);
        } else {
            throw Unsupported.construct("a defaultdict factory other than int, float, str, bool, list, set, dict or a "
                    + "lambda (a class or function prints as its qualified name; use a lambda that calls it)", f);
        }
        FunctionTranslator.Val factory = ft.expr(lambda, new PyType.FuncT(List.of(), wanted.value()));
        if (!(factory.type() instanceof PyType.FuncT ft2) || !ft2.ret().equals(wanted.value())) {
            throw Unsupported.type("defaultdict factory returns " + ((PyType.FuncT) factory.type()).ret().python()
                    + ", the annotation says " + wanted.value().python(), f);
        }
        RExpr pairs = RExpr.call("Vec::new");
        if (c.args().size() == 2) {
            pairs = mappingPairs(c.args().get(1), new PyType.DictT(wanted.key(), wanted.value()));
        }
        RExpr reprCode = new RExpr.Atom(repr == null ? "None" : "Some(" + RustLiterals.string(repr) + ")");
        return val(RExpr.call(path(wanted, "new"), ft.owned(factory), reprCode, pairs), wanted);
    }

    private boolean shadowed(String name) {
        return ft.isLocal(name) || ft.module.functions.containsKey(name) || ft.module.classes.containsKey(name)
                || ft.module.globals.containsKey(name) || ft.module.constants.containsKey(name);
    }

    /** The pairs of a dict argument, as a {@code Vec}, in its order. */
    private RExpr mappingPairs(Expr arg, PyType.DictT want) {
        FunctionTranslator.Val v = ft.expr(arg, want);
        if (!(v.type() instanceof PyType.DictT d) || !d.key().equals(want.key()) || !d.value().equals(want.value())) {
            throw Unsupported.type("expected a mapping of " + want.python() + ", found " + v.type().python(), arg);
        }
        return RExpr.method(v.code(), "items");
    }

    private FunctionTranslator.Val ordered(Expr.Call c, PyType.DictT wanted) {
        if (c.args().size() > 1) {
            throw Unsupported.type("expected at most 1 arguments, got " + c.args().size(), c);
        }
        if (c.args().isEmpty()) {
            if (wanted == null) {
                throw Unsupported.type("cannot settle the types of an empty OrderedDict; annotate it (OrderedDict[str, int])", c);
            }
            return val(RExpr.call(path(wanted, "from"), RExpr.call("Vec::new")), wanted);
        }
        Expr arg = c.args().get(0);
        ft.markConsumedAtOnce(arg);
        FunctionTranslator.Val v = ft.expr(arg, wanted == null ? null : new PyType.DictT(wanted.key(), wanted.value()));
        PyType.DictT made;
        RExpr code;
        if (v.type() instanceof PyType.DictT d) {
            made = new PyType.DictT(d.key(), d.value(), ORDERED);
            code = RExpr.call(path(made, "from_dict"), ft.ref(v));
        } else {
            PyType elem = FunctionTranslator.elementOf(v.type(), arg);
            if (!(elem instanceof PyType.TupleT tt) || tt.elems().size() != 2 || !PyType.hashable(tt.elems().get(0))) {
                throw Unsupported.type("OrderedDict() of " + v.type().python() + " (pairs or a mapping expected)", arg);
            }
            made = new PyType.DictT(tt.elems().get(0), tt.elems().get(1), ORDERED);
            code = RExpr.call(path(made, "from"), vec(v, arg));
        }
        if (wanted != null && !wanted.equals(made)) {
            throw Unsupported.type("expected " + wanted.python() + ", found " + made.python(), arg);
        }
        return val(code, made);
    }

    /** The items of an iterable as a {@code Vec}: a list display no one else sees gives its own. */
    private RExpr vec(FunctionTranslator.Val v, Node at) {
        if (v.code() instanceof RExpr.Call call && call.callee().equals("py::List::from") && call.args().size() == 1) {
            return call.args().get(0);
        }
        return ft.iterVecOf(v, at);
    }

    // ------------------------------------------------------------------ methods

    /**
     * A method of a subclass instance, or null where dict's method (which the Rust handle reaches,
     * or overrides with the subclass's) is the subclass's too.
     */
    FunctionTranslator.Val method(Calls calls, FunctionTranslator.Val recv, PyType.DictT d, String name, Expr.Call c) {
        RExpr r = recv.code();
        String flavor = d.flavor();
        switch (name) {
            case "get", "keys", "values", "items", "setdefault", "pop", "clear", "copy":
                return null;
            case "update":
                return update(calls, r, d, c, flavor.equals(COUNTER) ? "update" : null);
            case "fromkeys":
                throw Unsupported.construct(flavor + ".fromkeys()", c);
            default:
                break;
        }
        if (flavor.equals(COUNTER)) {
            return counterMethod(calls, r, d, name, c);
        }
        if (flavor.equals(ORDERED) && (name.equals("move_to_end") || name.equals("popitem"))) {
            calls.keywords(c, Set.of("last"));
            calls.arity(c, name.equals("popitem") ? 0 : 1, name.equals("popitem") ? 1 : 2, name);
            int lastAt = name.equals("popitem") ? 0 : 1;
            Expr lastE = c.args().size() > lastAt ? c.args().get(lastAt)
                    : c.keywords().stream().filter(k -> "last".equals(k.arg())).map(Keyword::value).findFirst().orElse(null);
            RExpr last = lastE == null ? new RExpr.Atom("true") : ft.truthy(ft.expr(lastE, PyType.BOOL), lastE);
            if (name.equals("popitem")) {
                return val(ft.tryOf(RExpr.method(r, "popitem", last)), new PyType.TupleT(List.of(d.key(), d.value())));
            }
            FunctionTranslator.Val key = ft.coerce(ft.expr(c.args().get(0), d.key()), d.key(), c.args().get(0));
            return val(ft.tryOf(RExpr.method(r, "move_to_end", ft.ref(key), last)), PyType.NONE);
        }
        throw Unsupported.construct(flavor + " method '" + name + "'", c);
    }

    /** {@code update}/{@code subtract}: a Counter adds (or takes away) counts; the others set values. */
    private FunctionTranslator.Val update(Calls calls, RExpr r, PyType.DictT d, Expr.Call c, String counterOp) {
        calls.keywords(c, Set.of());
        calls.arity(c, 1, 1, counterOp == null ? "update" : counterOp);
        Expr arg = c.args().get(0);
        ft.markConsumedAtOnce(arg);
        FunctionTranslator.Val v = ft.expr(arg, new PyType.DictT(d.key(), d.value()));
        if (v.type() instanceof PyType.DictT other) {
            if (!other.key().equals(d.key()) || !other.value().equals(d.value())) {
                throw Unsupported.type(d.python() + "." + (counterOp == null ? "update" : counterOp) + "() of "
                        + other.python(), arg);
            }
            String m = counterOp == null ? "update" : counterOp + "_counts";
            return val(RExpr.method(r, m, ft.ref(v)), PyType.NONE);
        }
        if (counterOp == null) {
            throw Unsupported.construct(d.python() + ".update() of " + v.type().python() + " (a mapping is supported)", arg);
        }
        PyType elem = FunctionTranslator.elementOf(v.type(), arg);
        if (!elem.equals(d.key())) {
            throw Unsupported.type("Counter." + counterOp + "() of " + elem.python() + " items into a " + d.python(), arg);
        }
        return val(RExpr.method(r, counterOp + "_items", ft.iterVecOf(v, arg)), PyType.NONE);
    }

    private FunctionTranslator.Val counterMethod(Calls calls, RExpr r, PyType.DictT d, String name, Expr.Call c) {
        switch (name) {
            case "subtract":
                return update(calls, r, d, c, "subtract");
            case "total":
                calls.keywords(c, Set.of());
                calls.arity(c, 0, 0, name);
                return val(RExpr.method(r, "total"), PyType.INT);
            case "most_common": {
                calls.keywords(c, Set.of("n"));
                calls.arity(c, 0, 1, name);
                Expr nE = !c.args().isEmpty() ? c.args().get(0)
                        : c.keywords().isEmpty() ? null : c.keywords().get(0).value();
                RExpr n;
                if (nE == null || (nE instanceof Expr.Constant k && k.value() instanceof ConstantValue.None)) {
                    n = new RExpr.Atom("None");
                } else {
                    FunctionTranslator.Val nv = ft.expr(nE, PyType.INT);
                    RExpr asInt = BoolNumbers.intArgument(ft, nv);
                    if (asInt == null) {
                        throw Unsupported.type("most_common() count of " + nv.type().python(), nE);
                    }
                    n = RExpr.call("Some", asInt);
                }
                PyType pair = new PyType.TupleT(List.of(d.key(), PyType.INT));
                return val(RExpr.call("py::List::from", RExpr.method(r, "most_common", n)), new PyType.ListT(pair));
            }
            case "elements":
                calls.keywords(c, Set.of());
                calls.arity(c, 0, 0, name);
                if (!ft.consumedAtOnce(c)) {
                    throw Unsupported.construct("Counter.elements() whose items are not all taken at once by list(), "
                            + "sorted(), set(), sum() or the like (it is a lazy view of the counter)", c);
                }
                return val(RExpr.method(r, "elements"), new PyType.IterT(d.key(), "itertools.chain"));
            default:
                throw Unsupported.construct("Counter method '" + name + "'", c);
        }
    }

    // ------------------------------------------------------------------ operators

    /** {@code a OP b} where a is a subclass instance: a Counter's multiset operators; the rest refused. */
    FunctionTranslator.Val binary(Operator op, FunctionTranslator.Val l, FunctionTranslator.Val r, Node at) {
        String sym = COUNTER_OPS.get(op);
        if (flavor(l.type(), COUNTER) && l.type().equals(r.type()) && sym != null) {
            return val(RExpr.method(l.code(), "binary", new RExpr.Atom(RustLiterals.string(sym)), ft.ref(r)), l.type());
        }
        throw Unsupported.construct("'" + op.symbol() + "' between " + l.type().python() + " and " + r.type().python(), at);
    }

    /** {@code +c} and {@code -c} of a Counter. */
    FunctionTranslator.Val unary(UnaryOperator op, FunctionTranslator.Val v, Node at) {
        if (flavor(v.type(), COUNTER) && (op == UnaryOperator.UAdd || op == UnaryOperator.USub)) {
            return val(RExpr.method(v.code(), "unary", new RExpr.Atom(op == UnaryOperator.USub ? "true" : "false")),
                    v.type());
        }
        throw Unsupported.construct("unary '" + op.symbol() + "' of " + v.type().python(), at);
    }

    /**
     * {@code c OP= other} on a Counter name: changes the counter itself, as {@code Counter.__iadd__}
     * and the others do, so every alias sees it. True when done; false for a target that is no
     * subclass instance; a refusal for a subclass instance the translation cannot change in place.
     */
    boolean augAssign(Stmt.AugAssign a) {
        PyType t;
        try {
            t = ft.assignmentLowering.exprProbe(a.target()).type();
        } catch (Unsupported notAValue) {
            return false;
        }
        if (!flavored(t)) {
            return false;
        }
        String sym = COUNTER_OPS.get(a.op());
        if (!flavor(t, COUNTER) || sym == null || !(a.target() instanceof Expr.Name n)) {
            throw Unsupported.construct("'" + a.op().symbol() + "=' on " + t.python()
                    + (flavor(t, COUNTER) && sym != null ? " other than a variable" : ""), a);
        }
        FunctionTranslator.Val target = ft.expr(new Expr.Name(n.id(), ExprContext.Load, n.start(), n.end()), null);
        FunctionTranslator.Val rhs = ft.expr(a.value(), t);
        if (!rhs.type().equals(t)) {
            throw Unsupported.type("unsupported operand types for " + a.op().symbol() + "=: " + t.python() + " and "
                    + rhs.type().python(), a.value());
        }
        ft.out.add(new RStmt.Expr(RExpr.method(target.code(), "in_place", new RExpr.Atom(RustLiterals.string(sym)),
                ft.ref(rhs))));
        return true;
    }

    /**
     * Stops {@code ==} and the other comparisons between a subclass instance and a dict of
     * another kind, whose Rust types differ though Python may find them equal.
     */
    static void requireComparable(PyType l, PyType r, String sym, Node at) {
        if ((flavored(l) || flavored(r)) && !l.equals(r) && l instanceof PyType.DictT && r instanceof PyType.DictT) {
            throw Unsupported.construct("'" + sym + "' between " + l.python() + " and " + r.python(), at);
        }
        if (flavored(l) && l.equals(r) && !sym.equals("==") && !sym.equals("!=")) {
            throw Unsupported.construct("'" + sym + "' between " + l.python() + " values", at);
        }
    }
}
