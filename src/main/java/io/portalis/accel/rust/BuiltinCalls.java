package io.portalis.accel.rust;

import static io.portalis.accel.rust.Calls.val;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers calls to Python's built-in functions ({@code len}, {@code range}, {@code int}, {@code min},
 * {@code sorted}, {@code any}, {@code isinstance}, ...). Part of {@link Calls}, reached through {@code calls}.
 */
final class BuiltinCalls {
    private static final Set<String> REFUSED_BUILTINS = Set.of(
            "setattr", "getattr", "hasattr", "delattr", "eval", "exec", "compile", "globals", "locals", "vars",
            "id", "type", "open", "super", "object", "callable",
            "bytes", "bytearray", "memoryview", "complex", "frozenset", "issubclass", "property",
            "staticmethod", "classmethod", "__import__", "breakpoint", "help", "dir", "ascii");

    /** Built-ins that take every item of their one iterable argument before doing anything else. */
    private static final Set<String> CONSUMERS = Set.of("list", "set", "sorted", "sum", "min", "max", "dict");

    private final Calls calls;
    private final FunctionTranslator ft;
    private final ModuleScope module;

    BuiltinCalls(Calls calls) {
        this.calls = calls;
        this.ft = calls.ft;
        this.module = calls.module;
    }

    /**
     * {@code sum(xs)} and {@code sum(xs, start)}. Python folds from the start value, which is the
     * int 0 when none is given, so an empty float sum is {@code 0}, not {@code 0.0}: a float sum
     * is an {@code f64} when a float start makes it a float whatever the length, otherwise a
     * {@code py::Num} ({@link NumericTower}).
     */
    private FunctionTranslator.Val sum(Expr.Call c) {
        calls.arity(c, 1, 2, "sum");
        Map<String, Expr> kw = calls.keywords(c, Set.of("start"));
        if (c.args().size() == 2 && kw.containsKey("start")) {
            throw Unsupported.type("sum() got the start value twice", c);
        }
        Expr startExpr = c.args().size() == 2 ? c.args().get(1) : kw.get("start");
        FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
        PyType elem = elem(v, c);
        RExpr vec = orderFree(v, c);
        FunctionTranslator.Val start = startExpr == null ? null : ft.expr(startExpr, null);
        if (elem == PyType.BOOL) {
            vec = BoolNumbers.asIntVec(vec); // sum(flags) counts the True ones
            elem = PyType.INT;
        }
        if (elem == PyType.BIG && (start == null || BigInts.intLike(start.type()))) {
            RExpr from = start == null ? BigInts.literal(java.math.BigInteger.ZERO).code() : BigInts.owned(ft, start, startExpr);
            return val(RExpr.call("int::Int::sum", vec, from), PyType.BIG);
        }
        if (elem == PyType.INT && (start == null || start.type() == PyType.INT)) {
            RExpr from = start == null ? new RExpr.Atom("0") : start.code();
            return val(RExpr.call("py::sum_int", vec, from), PyType.INT);
        }
        if (elem == PyType.FLOAT && start != null && start.type() == PyType.FLOAT) {
            return val(RExpr.call("py::sum_float", vec, start.code()), PyType.FLOAT);
        }
        if (NumericTower.fitsNum(elem) && (start == null || NumericTower.fitsNum(start.type()))) {
            // An int start (0 when none is given) stays the result of an empty sum: an int or a float.
            RExpr from = start == null ? RExpr.call("py::Num::I", new RExpr.Atom("0"))
                    : NumericTower.toNum(ft, start, startExpr).code();
            return val(RExpr.call("py::sum_num", vec, from), PyType.NUM);
        }
        throw Unsupported.type("sum() of " + elem.python()
                + (start == null ? "" : " from " + start.type().python()), c);
    }

    // -------------------------------------------------------------------- builtins

    FunctionTranslator.Val builtin(String name, Expr.Call c, PyType expected) {
        if (ft.isLocal(name)) {
            throw Unsupported.construct("call of a local variable", c);
        }
        if (CONSUMERS.contains(name) && c.args().size() == 1) {
            ft.markConsumedAtOnce(c.args().get(0));
        }
        switch (name) {
            case "map":
            case "filter":
                return new Closures(ft, module).mapOrFilter(name, c);
            case "print":
                return new PrintCall(ft).print(calls.keywords(c, Set.of("sep", "end", "file", "flush")), c);
            case "input":
                return SysModule.input(ft, c);
            case "open":
                return IoModule.open(ft, c);
            case "len": {
                calls.arity(c, 1, 1, name);
                calls.keywords(c, Set.of());
                if (c.args().get(0) instanceof Expr.GeneratorExp) {
                    throw Unsupported.type("object of type generator has no len()", c);
                }
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                PyType t = v.type();
                if (t instanceof PyType.ListT || t instanceof PyType.DictT || t instanceof PyType.SetT
                        || (t instanceof PyType.LibT l && l.container())) {
                    return val(RExpr.method(v.code(), "len"), PyType.INT);
                }
                if (t == PyType.STR) {
                    return val(RExpr.call("py::len_str", ft.strRef(v)), PyType.INT);
                }
                if (t == PyType.ARGS) {
                    return val(RExpr.method(v.code(), "len"), PyType.INT);
                }
                if (t instanceof PyType.IterT it && !it.sized()) {
                    throw Unsupported.type("object of type '" + it.object() + "' has no len()", c);
                }
                if (t instanceof PyType.IterT) {
                    return val(new RExpr.Cast(RExpr.method(v.code(), "len"), "i64"), PyType.INT);
                }
                if (t instanceof PyType.VarTupleT) {
                    return val(RExpr.method(v.code(), "len"), PyType.INT);
                }
                if (t instanceof PyType.TupleT tt) {
                    return val(new RExpr.Atom(String.valueOf(tt.elems().size())), PyType.INT);
                }
                if (t instanceof PyType.ClassT ct && ct.info().resolve("__len__") != null) {
                    return val(ft.tryOf(RExpr.method(v.code(), "len")), PyType.INT);
                }
                throw Unsupported.type("object of type " + t.python() + " has no len()", c);
            }
            case "range": {
                calls.arity(c, 1, 3, name);
                calls.keywords(c, Set.of());
                List<RExpr> a = new ArrayList<>();
                for (Expr e : c.args()) {
                    a.add(ft.index(ft.expr(e, PyType.INT), e).code());
                }
                if (a.size() == 1) {
                    a.add(0, new RExpr.Atom("0"));
                }
                if (a.size() == 2) {
                    a.add(new RExpr.Atom("1"));
                }
                return val(ft.tryOf(new RExpr.Call("py::range", a)), new PyType.IterT(PyType.INT, "range"));
            }
            case "str": {
                calls.arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
                    return new FunctionTranslator.Val(new RExpr.Atom("\"\""), PyType.STR, FunctionTranslator.Kind.STRLIT);
                }
                FunctionTranslator.Val shownType = TypeDisplay.shown(ft, c.args().get(0));
                if (shownType != null) {
                    return shownType;
                }
                return ft.str(ft.expr(c.args().get(0), null));
            }
            case "repr": {
                calls.arity(c, 1, 1, name);
                return val(ft.repr(ft.expr(c.args().get(0), null)), PyType.STR);
            }
            case "int": {
                calls.arity(c, 0, 2, name);
                calls.keywords(c, Set.of());
                if (c.args().isEmpty()) {
                    return val(new RExpr.Atom("0"), PyType.INT);
                }
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                if (FractionsModule.isFraction(v.type()) && c.args().size() == 1) {
                    return FractionOperators.toInt(ft, "trunc", v, c);
                }
                if (BigInts.on(ft)) {
                    return BigInts.intCall(ft, v, c);
                }
                if (c.args().size() == 2) {
                    if (v.type() != PyType.STR) {
                        throw Unsupported.type("int() can't convert non-string with explicit base", c.args().get(0));
                    }
                    Expr baseE = c.args().get(1);
                    FunctionTranslator.Val base = ft.expr(baseE, PyType.INT);
                    if (base.type() != PyType.INT) {
                        throw Unsupported.type("int() base of " + base.type().python(), baseE);
                    }
                    return val(ft.tryOf(RExpr.call("py::str_to_int_base", ft.strRef(v), base.code())), PyType.INT);
                }
                if (v.type() == PyType.INT) {
                    return v;
                }
                if (v.type() == PyType.FLOAT) {
                    return val(ft.tryOf(RExpr.call("py::float_to_int", v.code())), PyType.INT);
                }
                if (v.type() == PyType.NUM) {
                    return val(ft.tryOf(RExpr.method(v.code(), "to_int")), PyType.INT);
                }
                if (v.type() == PyType.STR) {
                    return val(ft.tryOf(RExpr.call("py::str_to_int", ft.strRef(v))), PyType.INT);
                }
                if (v.type() == PyType.BOOL) {
                    return val(new RExpr.Cast(FunctionTranslator.paren(v.code()), "i64"), PyType.INT);
                }
                throw Unsupported.type("int() of " + v.type().python(), c);
            }
            case "float": {
                calls.arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
                    return val(new RExpr.Atom("0.0"), PyType.FLOAT);
                }
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                if (v.type() == PyType.INT || v.type() == PyType.FLOAT || v.type() == PyType.NUM || v.type() == PyType.BIG) {
                    return ft.promote(v, c);
                }
                if (v.type() == PyType.STR) {
                    return val(ft.tryOf(RExpr.call("py::str_to_float", ft.strRef(v))), PyType.FLOAT);
                }
                if (FractionsModule.isFraction(v.type())) {
                    return FractionOperators.toFloat(ft, v);
                }
                throw Unsupported.type("float() of " + v.type().python(), c);
            }
            case "bool": {
                calls.arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
                    return val(new RExpr.Atom("false"), PyType.BOOL);
                }
                return val(ft.truthy(ft.expr(c.args().get(0), null), c), PyType.BOOL);
            }
            case "abs": {
                calls.arity(c, 1, 1, name);
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                if (v.type() == PyType.INT) {
                    return val(RExpr.call("py::abs_int", v.code()), PyType.INT);
                }
                if (v.type() == PyType.BIG) {
                    return val(RExpr.method(FunctionTranslator.paren(v.code()), "abs"), PyType.BIG);
                }
                if (v.type() == PyType.FLOAT) {
                    return val(RExpr.call("f64::abs", v.code()), PyType.FLOAT);
                }
                if (v.type() == PyType.NUM) {
                    return val(RExpr.method(v.code(), "abs"), PyType.NUM);
                }
                if (DatetimeModule.isValue(v.type())) {
                    return DatetimeOperators.abs(ft, v, c);
                }
                if (FractionsModule.isFraction(v.type())) {
                    return FractionOperators.abs(ft, v, c);
                }
                throw Unsupported.type("abs() of " + v.type().python(), c);
            }
            case "round": {
                c = RoundArguments.positional(calls, c);
                calls.arity(c, 1, 2, name);
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                if (FractionsModule.isFraction(v.type())) {
                    return c.args().size() == 1 ? FractionOperators.toInt(ft, "round", v, c) : FractionOperators.roundTo(ft, v,
                            ft.index(ft.expr(c.args().get(1), PyType.INT), c.args().get(1)), c);
                }
                if (c.args().size() == 1) {
                    if (v.type() == PyType.INT || v.type() == PyType.BIG) {
                        return v;
                    }
                    if (v.type() == PyType.FLOAT && BigInts.on(ft)) {
                        // round(x) is an int of any size: half to even, then exact.
                        return val(ft.tryOf(RExpr.call("int::Int::from_f64",
                                RExpr.call("f64::round_ties_even", ft.owned(v)))), PyType.BIG);
                    }
                    if (v.type() == PyType.FLOAT) {
                        return val(ft.tryOf(RExpr.call("py::round_int", v.code())), PyType.INT);
                    }
                    if (v.type() == PyType.NUM) {
                        return val(ft.tryOf(RExpr.method(v.code(), "round")), PyType.INT);
                    }
                } else if (v.type() == PyType.NUM) {
                    FunctionTranslator.Val d = ft.index(ft.expr(c.args().get(1), PyType.INT), c.args().get(1));
                    return val(RExpr.method(v.code(), "round_to", d.code()), PyType.NUM);
                } else if (v.type() == PyType.FLOAT) {
                    FunctionTranslator.Val d = ft.index(ft.expr(c.args().get(1), PyType.INT), c.args().get(1));
                    return val(RExpr.call("py::round_float", v.code(), d.code()), PyType.FLOAT);
                }
                throw Unsupported.type("round() of " + v.type().python(), c);
            }
            case "min":
            case "max":
                return extreme(name, c);
            case "sum":
                return sum(c);
            case "sorted": {
                calls.arity(c, 1, 1, name);
                Map<String, Expr> kw = calls.keywords(c, Set.of("key", "reverse"));
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                PyType elem = elem(v, c);
                RExpr vec = orderFree(v, c);
                RExpr reverse = kw.containsKey("reverse")
                        ? ft.truthy(ft.expr(kw.get("reverse"), PyType.BOOL), kw.get("reverse")) : new RExpr.Atom("false");
                RExpr sorted;
                if (kw.containsKey("key") && FunctoolsModule.cmpToKey(ft, kw.get("key"))) {
                    sorted = ft.tryOf(RExpr.call("py::sort_by_lt", vec, reverse,
                            FunctoolsModule.cmpComparator(ft, kw.get("key"), elem, false)));
                } else if (kw.containsKey("key")) {
                    KeyedItems k = keyed(vec, elem, kw.get("key"));
                    sorted = RExpr.call("py::sort_by_key", k.items, k.keys, reverse);
                } else if (isDictItems(c.args().get(0)) && elem instanceof PyType.TupleT tt
                        && PyType.orderable(tt.elems().get(0))) {
                    // Keys are unique, so Python never compares the values.
                    sorted = RExpr.call("py::sorted_items", vec, reverse);
                } else if (ObjectOperators.lessThan(elem, false) != null) {
                    sorted = ft.tryOf(RExpr.call("py::sort_by_lt", vec, reverse, comparator(ObjectOperators.lessThan(elem, false))));
                } else {
                    requireOrderable(elem, c);
                    sorted = RExpr.call("py::sorted", vec, reverse);
                }
                return val(RExpr.call("py::List::from", sorted), new PyType.ListT(elem));
            }
            case "reversed": {
                calls.arity(c, 1, 1, name);
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                PyType elem = elem(v, c);
                if (v.type() instanceof PyType.GenT || c.args().get(0) instanceof Expr.GeneratorExp) {
                    throw Unsupported.type("'generator' object is not reversible", c.args().get(0));
                }
                if (v.type() instanceof PyType.IterT it && !it.reversible()) {
                    throw Unsupported.type("'" + it.object() + "' object is not reversible", c.args().get(0));
                }
                if (v.type() instanceof PyType.SetT) {
                    throw Unsupported.type("'set' object is not reversible", c.args().get(0));
                }
                return val(RExpr.call("py::reversed", ft.iterVecOf(v, c)), new PyType.IterT(elem, "reversed"));
            }
            case "enumerate": {
                calls.arity(c, 1, 2, name);
                Map<String, Expr> kw = calls.keywords(c, Set.of("start"));
                FunctionTranslator.Val v = ft.lazyOperand(c.args().get(0), false);
                PyType elem = elem(v, c);
                Expr startE = c.args().size() == 2 ? c.args().get(1) : kw.get("start");
                RExpr start = startE == null ? new RExpr.Atom("0") : ft.index(ft.expr(startE, PyType.INT), startE).code();
                if (v.type() instanceof PyType.GenT) {
                    // Lazy, as Python's: each item is taken when the loop asks for it.
                    return val(RExpr.call("py::enumerate_gen", ft.owned(v), start),
                            new PyType.GenT(new PyType.TupleT(List.of(PyType.INT, elem))));
                }
                return val(RExpr.call("py::enumerate", ft.iterVecOf(v, c), start),
                        new PyType.IterT(new PyType.TupleT(List.of(PyType.INT, elem)), "enumerate"));
            }
            case "zip": {
                calls.arity(c, 1, 2, name);
                calls.keywords(c, Set.of());
                if (c.args().size() == 1) {
                    FunctionTranslator.Val a = ft.lazyOperand(c.args().get(0), false);
                    PyType ea = elem(a, c);
                    if (a.type() instanceof PyType.GenT) {
                        throw Unsupported.construct("zip() of one generator (Python takes its items lazily)", c.args().get(0));
                    }
                    // One iterable: each item in a 1-tuple.
                    RExpr ones = RExpr.method(RExpr.method(RExpr.method(ft.iterVecOf(a, c), "into_iter"), "map",
                            new RExpr.Atom("|item| (item,)")), "collect::<Vec<_>>");
                    return val(ones, new PyType.IterT(new PyType.TupleT(List.of(ea)), "zip"));
                }
                FunctionTranslator.Val a = ft.lazyOperand(c.args().get(0), false);
                FunctionTranslator.Val b = ft.lazyOperand(c.args().get(1), false);
                PyType ea = elem(a, c);
                PyType eb = elem(b, c);
                if (a.type() instanceof PyType.GenT || b.type() instanceof PyType.GenT) {
                    // Lazy, as Python's: a generator is not run past what the loop takes.
                    return val(RExpr.call("py::zip_gen", lazy(a, c), lazy(b, c)),
                            new PyType.GenT(new PyType.TupleT(List.of(ea, eb))));
                }
                return val(RExpr.call("py::zip", ft.iterVecOf(a, c), ft.iterVecOf(b, c)),
                        new PyType.IterT(new PyType.TupleT(List.of(ea, eb)), "zip"));
            }
            case "list": {
                calls.arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
                    expected = EmptyCollections.context(expected, PyType.ListT.class);
                    if (!(expected instanceof PyType.ListT)) {
                        throw Unsupported.type("cannot settle the element type of list(); annotate it", c);
                    }
                    return val(RExpr.call("py::List::new"), expected);
                }
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                PyType elem = elem(v, c);
                if (v.type() instanceof PyType.ListT) {
                    return val(RExpr.method(v.code(), "copy"), v.type());
                }
                return val(RExpr.call("py::List::from", ft.iterVecOf(v, c)), new PyType.ListT(elem));
            }
            case "set": {
                calls.arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
                    expected = EmptyCollections.context(expected, PyType.SetT.class);
                    if (!(expected instanceof PyType.SetT)) {
                        throw Unsupported.type("cannot settle the element type of set(); annotate it", c);
                    }
                    return val(RExpr.call("py::Set::new"), expected);
                }
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                PyType elem = elem(v, c);
                PyType.requireSetElement(elem, c);
                if (v.type() instanceof PyType.SetT) {
                    return val(RExpr.method(v.code(), "copy"), v.type());
                }
                if (v.type() instanceof PyType.DictT) {
                    // CPython sizes the table for the dict's length before adding its keys.
                    return val(RExpr.call("py::Set::from_dict_keys", RExpr.method(v.code(), "keys")), new PyType.SetT(elem));
                }
                if (v.code() instanceof RExpr.Call list && list.callee().equals("py::List::from") && list.args().size() == 1) {
                    // A list display no one else can see: its items go straight into the set.
                    return val(RExpr.call("py::Set::from", list.args().get(0)), new PyType.SetT(elem));
                }
                return val(RExpr.call("py::Set::from", ft.iterVecOf(v, c)), new PyType.SetT(elem));
            }
            case "dict": {
                calls.arity(c, 0, 1, name);
                calls.keywords(c, Set.of());
                if (c.args().isEmpty()) {
                    expected = EmptyCollections.context(expected, PyType.DictT.class);
                    if (!(expected instanceof PyType.DictT)) {
                        throw Unsupported.type("cannot settle the types of dict(); annotate it", c);
                    }
                    return val(RExpr.call("py::Dict::new"), expected);
                }
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                if (v.type() instanceof PyType.DictT d) {
                    return val(RExpr.call("py::Dict::from_dict", ft.ref(v)), new PyType.DictT(d.key(), d.value()));
                }
                PyType elem = elem(v, c);
                if (elem instanceof PyType.TupleT tt && tt.elems().size() == 2 && PyType.hashable(tt.elems().get(0))) {
                    return val(RExpr.call("py::Dict::from", ft.iterVecOf(v, c)), new PyType.DictT(tt.elems().get(0), tt.elems().get(1)));
                }
                throw Unsupported.type("dict() of " + v.type().python(), c);
            }
            case "any":
            case "all":
                return anyAll(name, c);
            case "next":
                return next(c);
            case "ord": {
                calls.arity(c, 1, 1, name);
                FunctionTranslator.Val v = ft.coerce(ft.expr(c.args().get(0), PyType.STR), PyType.STR, c);
                return val(ft.tryOf(RExpr.call("py::ord", ft.strRef(v))), PyType.INT);
            }
            case "chr": {
                calls.arity(c, 1, 1, name);
                FunctionTranslator.Val v = ft.index(ft.expr(c.args().get(0), PyType.INT), c);
                return val(ft.tryOf(RExpr.call("py::chr", v.code())), PyType.STR);
            }
            case "divmod": {
                calls.arity(c, 2, 2, name);
                FunctionTranslator.Val a = ft.expr(c.args().get(0), PyType.INT);
                FunctionTranslator.Val b = ft.expr(c.args().get(1), PyType.INT);
                if (BigInts.involved(a.type(), b.type())) {
                    return BigInts.divmod(ft, a, b, c);
                }
                if (DatetimeOperators.involved(a.type(), b.type())) {
                    return DatetimeOperators.divmod(ft, a, b, c);
                }
                if ((a.type() == PyType.FLOAT || b.type() == PyType.FLOAT)
                        && List.of(PyType.INT, PyType.FLOAT).containsAll(List.of(a.type(), b.type()))) {
                    // A float with an int: the int's value as a float, as CPython's float_divmod takes it.
                    return val(ft.tryOf(RExpr.call("py::divmod_float", ft.promote(a, c).code(), ft.promote(b, c).code())),
                            new PyType.TupleT(List.of(PyType.FLOAT, PyType.FLOAT)));
                }
                if (a.type() != PyType.INT || b.type() != PyType.INT) {
                    throw Unsupported.construct("divmod() of " + a.type().python() + " and " + b.type().python(), c);
                }
                return val(ft.tryOf(RExpr.call("py::divmod", a.code(), b.code())),
                        new PyType.TupleT(List.of(PyType.INT, PyType.INT)));
            }
            case "pow": {
                calls.arity(c, 2, 3, name);
                calls.keywords(c, Set.of());
                if (c.args().size() == 3 && BigInts.on(ft)) {
                    return BigInts.powMod(ft, c);
                }
                if (c.args().size() == 3) {
                    List<RExpr> ints = new ArrayList<>();
                    for (Expr e : c.args()) {
                        FunctionTranslator.Val v = ft.expr(e, PyType.INT);
                        if (v.type() != PyType.INT) {
                            throw Unsupported.type("pow() 3rd argument not allowed unless all arguments are integers", e);
                        }
                        ints.add(v.code());
                    }
                    return val(ft.tryOf(new RExpr.Call("py::pow_mod", ints)), PyType.INT);
                }
                return ft.binary(Operator.Pow, ft.expr(c.args().get(0), null), ft.expr(c.args().get(1), null), c);
            }
            case "isinstance":
                return isinstance(c);
            default:
                if (name.equals("hash")) {
                    return ValueHashes.hash(ft, calls, c);
                }
                if (name.equals("tuple")) {
                    return TupleMethods.build(ft, calls, c, expected);
                }
                if (name.equals("iter")) {
                    return IterCalls.iter(ft, calls, c);
                }
                if (NumberText.handles(name)) {
                    return NumberText.call(ft, calls, name, c);
                }
                if (REFUSED_BUILTINS.contains(name)) {
                    throw Unsupported.construct(name + "()", c);
                }
                throw Unsupported.type("unknown function '" + name + "'", c.func());
        }
    }

    /** A value as a generator: itself, or a generator over the items of another iterable. */
    private RExpr lazy(FunctionTranslator.Val v, Node at) {
        if (v.type() instanceof PyType.GenT) {
            return ft.owned(v);
        }
        if (v.code() instanceof RExpr.Call call && call.callee().equals("py::List::from") && call.args().size() == 1) {
            // A list display no one else can see: its items directly.
            return RExpr.call("py::Gen::over", call.args().get(0));
        }
        return RExpr.call("py::Gen::over", ft.iterVecOf(v, at));
    }

    /** {@code next(gen)} raises StopIteration at the end; {@code next(gen, default)} gives the default. */
    private FunctionTranslator.Val next(Expr.Call c) {
        calls.arity(c, 1, 2, "next");
        calls.keywords(c, Set.of());
        FunctionTranslator.Val g = ft.lazyOperand(c.args().get(0), true);
        if (!(g.type() instanceof PyType.GenT gt)) {
            throw Unsupported.type("next() of " + g.type().python() + " (not an iterator; iter() is not supported)", c.args().get(0));
        }
        if (c.args().size() == 1) {
            return val(ft.tryOf(RExpr.call("py::next_item", ft.owned(g))), gt.elem());
        }
        FunctionTranslator.Val d = ft.coerce(ft.expr(c.args().get(1), gt.elem()), gt.elem(), c.args().get(1));
        return val(ft.tryOf(RExpr.call("py::next_or", ft.owned(g), ft.owned(d))), gt.elem());
    }

    PyType elem(FunctionTranslator.Val v, Node at) {
        return FunctionTranslator.elementOf(v.type(), at);
    }

    private boolean isDictItems(Expr e) {
        return e instanceof Expr.Call call && call.args().isEmpty() && call.func() instanceof Expr.Attribute a
                && a.attr().equals("items");
    }

    private RExpr orderFree(FunctionTranslator.Val v, Node at) {
        if (v.type() instanceof PyType.SetT) {
            return RExpr.method(v.code(), "items");
        }
        return ft.iterVecOf(v, at);
    }

    static void requireOrderable(PyType t, Node at) {
        if (!PyType.orderable(t)) {
            throw Unsupported.type("'<' not supported between instances of " + t.python(), at);
        }
    }

    private FunctionTranslator.Val extreme(String name, Expr.Call c) {
        Map<String, Expr> kw = calls.keywords(c, Set.of("key"));
        if (c.args().isEmpty()) {
            throw Unsupported.type(name + "() expects at least one argument", c);
        }
        RExpr vec;
        PyType elem;
        if (c.args().size() == 1) {
            if (c.args().get(0) instanceof Expr.GeneratorExp && kw.containsKey("key")) {
                throw Unsupported.construct(name + "() with key= over a generator expression (Python calls the key "
                        + "between the items)", kw.get("key"));
            }
            FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
            elem = elem(v, c);
            if (v.type() instanceof PyType.GenT && kw.containsKey("key")) {
                throw Unsupported.construct(name + "() with key= over a generator (Python calls the key "
                        + "between the generator's steps)", kw.get("key"));
            }
            vec = orderFree(v, c);
        } else {
            List<RExpr> items = new ArrayList<>();
            List<FunctionTranslator.Val> vals = new ArrayList<>();
            elem = null;
            for (Expr a : c.args()) {
                FunctionTranslator.Val v = ft.expr(a, null);
                vals.add(v);
                if (elem == null) {
                    elem = v.type();
                } else if (NumericTower.join(elem, v.type()) == PyType.NUM) {
                    // min(2.5, 1) is the int 1: either may be the result.
                    elem = PyType.NUM;
                } else if (!elem.equals(v.type())) {
                    throw Unsupported.type(name + "() of mixed types " + elem.python() + " and " + v.type().python()
                            + " (Python's result type would depend on the values)", a);
                }
            }
            for (int i = 0; i < vals.size(); i++) {
                items.add(ft.owned(ft.coerce(vals.get(i), elem, c.args().get(i))));
            }
            vec = new RExpr.Macro("vec", items, true, false);
        }
        RExpr want = new RExpr.Atom(name.equals("max") ? "true" : "false");
        RExpr what = new RExpr.Atom("\"" + name + "\"");
        if (kw.containsKey("key") && FunctoolsModule.cmpToKey(ft, kw.get("key"))) {
            RExpr better = FunctoolsModule.cmpComparator(ft, kw.get("key"), elem, name.equals("max"));
            return val(ft.tryOf(RExpr.call("py::extreme_by", vec, what, better)), elem);
        }
        if (kw.containsKey("key")) {
            KeyedItems k = keyed(vec, elem, kw.get("key"));
            return val(ft.tryOf(RExpr.call("py::extreme_by_key", k.items, k.keys, want, what)), elem);
        }
        String better = ObjectOperators.lessThan(elem, name.equals("max"));
        if (better != null) {
            return val(ft.tryOf(RExpr.call("py::extreme_by", vec, what, comparator(better))), elem);
        }
        requireOrderable(elem, c);
        return val(ft.tryOf(RExpr.call("py::extreme", vec, want, what)), elem);
    }

    record KeyedItems(RExpr items, RExpr keys) {}

    /** A comparison closure held in a variable of its own, passed by reference. */
    RExpr comparator(String closure) {
        Local l = ft.temp("less", new PyType.Prim("closure", "_", false));
        ft.emit(new RStmt.Let(l, false, new RExpr.Atom(closure)));
        return new RExpr.Atom("&" + l.rust());
    }

    /**
     * Evaluates a key function over items, in order, into a Vec of keys emitted before the
     * statement: the lambda's body becomes the body of a loop (so it may raise like any code).
     */
    KeyedItems keyed(RExpr vec, PyType elem, Expr keyArg) {
        Expr getter = OperatorModule.getterLambda(ft, keyArg);
        Expr key = getter != null ? getter : keyArg;
        Local items = ft.temp("items", new PyType.IterT(elem));
        ft.emit(new RStmt.Let(items, false, vec));
        Local keys = ft.temp("keys", null);
        keys.assigned();
        ft.emit(new RStmt.Let(keys, false, RExpr.call("Vec::new")));
        String param;
        Expr body;
        if (key instanceof Expr.Lambda l) {
            if (l.args().args().size() != 1 || l.args().vararg() != null || l.args().kwarg() != null
                    || !l.args().kwonlyargs().isEmpty() || !l.args().posonlyargs().isEmpty()) {
                throw Unsupported.construct("key lambda without exactly one parameter", key);
            }
            param = l.args().args().get(0).arg();
            body = l.body();
        } else if (key instanceof Expr.Name || (key instanceof Expr.Attribute a && ft.importedModule(a.value()) != null)) {
            // A function by name, or a standard-library one (key=math.fabs): called on each item.
            param = "item";
            body = new Expr.Call(key, List.of(new Expr.Name(param, ExprContext.Load, key.start(), key.end())), List.of(),
                    key.start(), key.end());
        } else {
            throw Unsupported.construct("key= that is not a lambda or a function name", key);
        }
        List<RStmt> loop = ft.inScope(() -> {
            Local p = ft.declareLocal(param, elem);
            p.assigned();
            FunctionTranslator.Val k = ft.expr(body, null);
            requireOrderable(k.type(), key);
            ft.emit(new RStmt.Expr(RExpr.method(new RExpr.Atom(keys.rust()), "push", ft.owned(k))));
            return p;
        }, (p, stmts) -> new RStmt.For(null, () -> (p.mutable() ? "mut " : "") + p.rust(),
                RExpr.method(new RExpr.Atom(items.rust()), "clone"), stmts));
        loop.forEach(ft::emit);
        return new KeyedItems(new RExpr.Atom(items.rust()), new RExpr.Atom(keys.rust()));
    }

    private FunctionTranslator.Val anyAll(String name, Expr.Call c) {
        calls.arity(c, 1, 1, name);
        calls.keywords(c, Set.of());
        Expr arg = c.args().get(0);
        boolean any = name.equals("any");
        if (arg instanceof Expr.GeneratorExp g) {
            Local found = ft.temp(any ? "found" : "all_true", PyType.BOOL);
            found.assigned();
            ft.emit(new RStmt.Let(found, false, new RExpr.Atom(any ? "false" : "true")));
            String label = g.generators().size() > 1 ? "'" + ft.freshName("scan").replace("scan_", "scan") : null;
            List<RStmt> loop = ft.generatorLoop(g.generators(), label, () -> {
                FunctionTranslator.Val v = ft.expr(g.elt(), PyType.BOOL);
                RExpr cond = ft.truthy(v, g.elt());
                List<RStmt> hit = List.of(new RStmt.Assign(new RExpr.Atom(found.rust()), "=", new RExpr.Atom(any ? "true" : "false")),
                        new RStmt.Jump("break", label, null));
                ft.emit(new RStmt.If(List.of(new RStmt.Branch(any ? cond : FunctionTranslator.not(cond), hit))));
            });
            loop.forEach(ft::emit);
            return new FunctionTranslator.Val(new RExpr.Atom(found.rust()), PyType.BOOL, FunctionTranslator.Kind.PLACE);
        }
        FunctionTranslator.Val v = ft.expr(arg, null);
        PyType elem = elem(v, c);
        String truth = elem == PyType.INT ? "|x| x != 0" : elem == PyType.FLOAT ? "|x| x != 0.0"
                : elem == PyType.STR ? "|x| !x.is_empty()" : null; // each item's truth value
        if (truth != null && !(v.type() instanceof PyType.GenT)) {
            return val(RExpr.method(RExpr.method(orderFree(v, c), "into_iter"), name, new RExpr.Atom(truth)), PyType.BOOL);
        }
        if (elem != PyType.BOOL) {
            throw Unsupported.construct(name + "() over " + elem.python() + " items (use a generator with a condition)", arg);
        }
        if (v.type() instanceof PyType.GenT) {
            // Stops taking items at the first that settles the answer, as Python does.
            return val(ft.tryOf(RExpr.call("py::" + name + "_gen", ft.owned(v))), PyType.BOOL);
        }
        RExpr vec = orderFree(v, c);
        RExpr iter = RExpr.method(vec, "into_iter");
        return val(RExpr.method(iter, name, new RExpr.Atom("|b| b")), PyType.BOOL);
    }

    private FunctionTranslator.Val isinstance(Expr.Call c) {
        calls.arity(c, 2, 2, "isinstance");
        FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
        MatchPatterns.checkShape(module, c, v.type());
        List<Expr> types = c.args().get(1) instanceof Expr.Tuple t ? t.elts() : List.of(c.args().get(1));
        if (v.type() instanceof PyType.OptionalT o && o.inner() instanceof PyType.ClassT) {
            // None is an instance of no class of the program: the test asks the value inside, if any.
            FunctionTranslator.Val inner = new FunctionTranslator.Val(new RExpr.Atom("isinstance_value"), o.inner(),
                    FunctionTranslator.Kind.PLACE);
            RExpr test = null;
            for (Expr te : types) {
                if (!(te instanceof Expr.Name n)) {
                    throw Unsupported.construct("isinstance() with this type", te);
                }
                RExpr one = isinstanceOne(inner, n);
                test = test == null ? one : new RExpr.Binary(test, "||", one);
            }
            RExpr present = RExpr.method(FunctionTranslator.paren(v.code()), "as_ref");
            return val(RExpr.call("matches!", present,
                    new RExpr.Atom("Some(isinstance_value) if " + RustPrinter.flat(test))), PyType.BOOL);
        }
        if (v.type() instanceof PyType.UnionT) {
            List<String> names = new java.util.ArrayList<>();
            for (Expr te : types) {
                if (!(te instanceof Expr.Name n)) {
                    throw Unsupported.construct("isinstance() with this type", te);
                }
                names.add(n.id());
            }
            return val(UnionValues.isinstance(v, names, module, c), PyType.BOOL);
        }
        RExpr acc = null;
        for (Expr te : types) {
            if (!(te instanceof Expr.Name n)) {
                throw Unsupported.construct("isinstance() with this type", te);
            }
            RExpr one = isinstanceOne(v, n);
            acc = acc == null ? one : new RExpr.Binary(acc, "||", one);
        }
        return val(acc, PyType.BOOL);
    }

    private RExpr isinstanceOne(FunctionTranslator.Val v, Expr.Name type) {
        String t = type.id();
        PyType vt = v.type();
        if (vt == PyType.EXC && module.isException(t)) {
            return RExpr.call("py::exc_matches", new RExpr.Field(v.code(), "kind"), new RExpr.Atom("\"" + module.exceptionKind(t) + "\""),
                    new RExpr.Atom("user_exception_base"));
        }
        ClassInfo k = module.classOf(t);
        if (vt instanceof PyType.ClassT ce && ce.info().exception() && module.isException(t)) {
            return RExpr.call("py::exc_matches", RExpr.method(v.code(), "class_name"), new RExpr.Atom("\"" + module.exceptionKind(t) + "\""),
                    new RExpr.Atom("user_exception_base"));
        }
        if (k != null && vt instanceof PyType.ClassT ct) {
            if (ct.info().isSubclassOf(k)) {
                return new RExpr.Atom("true");
            }
            if (k.root() != ct.info().root()) {
                return new RExpr.Atom("false");
            }
            return RExpr.method(v.code(), "is_" + ModuleScope.snake(k.name()));
        }
        if (vt == PyType.NUM && (t.equals("int") || t.equals("float"))) {
            RExpr isInt = RExpr.method(v.code(), "is_int");
            return t.equals("int") ? isInt : new RExpr.Unary("!", isInt);
        }
        boolean match = switch (t) {
            case "int" -> vt == PyType.INT || vt == PyType.BOOL || vt == PyType.BIG;
            case "float" -> vt == PyType.FLOAT;
            case "str" -> vt == PyType.STR;
            case "bool" -> vt == PyType.BOOL;
            case "list" -> vt instanceof PyType.ListT;
            case "dict" -> vt instanceof PyType.DictT;
            case "set" -> vt instanceof PyType.SetT;
            case "tuple" -> vt instanceof PyType.TupleT;
            default -> {
                if (k != null || module.isException(t)) {
                    yield false;
                }
                throw Unsupported.construct("isinstance() with type '" + t + "'", type);
            }
        };
        if (vt instanceof PyType.OptionalT) {
            throw Unsupported.construct("isinstance() on an Optional value", type);
        }
        return new RExpr.Atom(match ? "true" : "false");
    }
}
