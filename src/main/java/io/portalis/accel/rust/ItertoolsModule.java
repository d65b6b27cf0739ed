package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code itertools} (CPython 3.11), the functions translated: chain, islice, count,
 * cycle, repeat, product, permutations, combinations, combinations_with_replacement, accumulate,
 * pairwise, takewhile, dropwhile, filterfalse, compress, groupby, starmap, zip_longest (of two
 * iterables), chain.from_iterable and tee (a tuple of generators; its count an int literal). Each gives a
 * generator ({@link PyType.GenT}) over the runtime's
 * {@code itertools} module ({@code src/main/resources/rust/itertools.rs}), as lazy as CPython's; a
 * list is read through a live iterator. batched is 3.12's
 * and, as in CPython 3.11, not an attribute of the module.
 */
final class ItertoolsModule implements StdlibModule {

    private static final Set<String> TRANSLATED = Set.of(
            "chain", "islice", "count", "cycle", "repeat", "product", "permutations", "combinations",
            "combinations_with_replacement", "accumulate", "pairwise", "takewhile", "dropwhile", "filterfalse",
            "compress", "groupby", "starmap", "zip_longest", "chain.from_iterable", "tee");

    private static final Set<String> REFUSED = Set.of();

    @Override
    public String name() {
        return "itertools";
    }


    @Override
    public boolean has(String member) {
        return TRANSLATED.contains(member) || REFUSED.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (has(member)) {
            throw Unsupported.construct("itertools." + member + " used as a value (call it)", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (REFUSED.contains(member)) {
            throw Unsupported.construct("itertools." + member, c);
        }
        if (!TRANSLATED.contains(member)) {
            throw noAttribute(member, c.func());
        }
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.construct("*arguments in a call of itertools." + member + "()", c);
        }
        return new Call(ft, member, c).translate();
    }

    /** One call being translated. */
    private static final class Call {
        private final FunctionTranslator ft;
        private final String name;
        private final Expr.Call c;
        private final Map<String, Expr> kw = new LinkedHashMap<>();

        Call(FunctionTranslator ft, String name, Expr.Call c) {
            this.ft = ft;
            this.name = name;
            this.c = c;
        }

        FunctionTranslator.Val translate() {
            return switch (name) {
                case "chain" -> {
                    keywords();
                    if (c.args().isEmpty()) {
                        throw Unsupported.construct("itertools.chain() of no iterables (its items have no type)", c);
                    }
                    PyType elem = null;
                    List<RExpr> sources = new ArrayList<>();
                    for (Expr a : c.args()) {
                        Source s = source(a);
                        if (elem != null && !elem.equals(s.elem)) {
                            throw Unsupported.type("itertools.chain() of " + elem.python() + " and " + s.elem.python()
                                    + " items", a);
                        }
                        elem = s.elem;
                        sources.add(s.code);
                    }
                    yield gen(RExpr.call("itertools::chain", new RExpr.Macro("vec", sources, true, false)), elem);
                }
                case "chain.from_iterable" -> chainFromIterable();
                case "islice" -> islice();
                case "count" -> {
                    keywords("start", "step");
                    arity(0, 2);
                    RExpr start = intArg(0, "start", "0");
                    RExpr step = intArg(1, "step", "1");
                    yield gen(RExpr.call("itertools::count", start, step), PyType.INT);
                }
                case "tee" -> {
                    keywords();
                    arity(1, 2);
                    yield tee();
                }
                case "cycle", "pairwise" -> {
                    keywords();
                    arity(1, 1);
                    Source s = source(c.args().get(0));
                    PyType t = name.equals("cycle") ? s.elem : new PyType.TupleT(List.of(s.elem, s.elem));
                    yield gen(RExpr.call("itertools::" + name, s.code), t);
                }
                case "repeat" -> {
                    keywords("times");
                    arity(1, 2);
                    FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                    RExpr object = ft.owned(v);
                    Expr timesE = c.args().size() > 1 ? c.args().get(1) : kw.get("times");
                    RExpr times = timesE == null ? new RExpr.Atom("None") : RExpr.call("Some", integer(timesE));
                    yield gen(RExpr.call("itertools::repeat", object, times), v.type());
                }
                case "product" -> product();
                case "permutations", "combinations", "combinations_with_replacement" -> choose();
                case "accumulate" -> accumulate();
                case "groupby" -> groupby();
                case "starmap" -> starmap();
                case "zip_longest" -> zipLongest();
                case "takewhile", "dropwhile", "filterfalse" -> {
                    keywords();
                    arity(2, 2);
                    Expr predE = c.args().get(0);
                    if (predE instanceof Expr.Constant k && k.value() instanceof ConstantValue.None) {
                        throw Unsupported.construct("itertools." + name + "(None, ...)", predE);
                    }
                    Source s = source(c.args().get(1));
                    FunctionTranslator.Val pred = KeyFunctions.of(ft, predE, s.elem);
                    if (((PyType.FuncT) pred.type()).ret() != PyType.BOOL) {
                        throw Unsupported.construct("itertools." + name + "() with a predicate returning "
                                + ((PyType.FuncT) pred.type()).ret().python() + " (a bool expected)", predE);
                    }
                    yield gen(RExpr.call("itertools::" + name, ft.owned(pred), s.code), s.elem);
                }
                default -> {
                    keywords("data", "selectors");
                    arity(2, 2);
                    Source data = source(c.args().get(0));
                    Source selectors = source(c.args().get(1));
                    String truth;
                    if (selectors.elem == PyType.BOOL) {
                        truth = "|s: &bool| *s";
                    } else if (selectors.elem == PyType.INT) {
                        truth = "|s: &i64| *s != 0";
                    } else {
                        throw Unsupported.construct("itertools.compress() with " + selectors.elem.python()
                                + " selectors (bools or ints expected)", c.args().get(1));
                    }
                    yield gen(RExpr.call("itertools::compress", data.code, selectors.code, new RExpr.Atom(truth)), data.elem);
                }
            };
        }

        /**
         * {@code tee(iterable, n)}: a tuple of n generators sharing the source. The count must be
         * an int literal from 1 to 6, so the tuple's length is known.
         */
        private FunctionTranslator.Val tee() {
            int n = 2;
            if (c.args().size() == 2) {
                Expr count = c.args().get(1);
                if (!(count instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int i)
                        || i.value().compareTo(BigInteger.ONE) < 0 || i.value().compareTo(BigInteger.valueOf(6)) > 0) {
                    throw Unsupported.construct("itertools.tee() with a count other than an int literal from 1 to 6", count);
                }
                n = i.value().intValueExact();
            }
            Source s = source(c.args().get(0));
            List<RExpr> parts = new ArrayList<>();
            List<PyType> types = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                parts.add(new RExpr.Atom("tees.next().unwrap()"));
                types.add(new PyType.GenT(s.elem));
            }
            RStmt let = new RStmt.LetPattern(() -> "mut tees",
                    RExpr.method(RExpr.call("itertools::tee", s.code, new RExpr.Atom(n + "")), "into_iter"));
            return new FunctionTranslator.Val(new RExpr.Block(null, List.of(let), new RExpr.Tuple(parts)),
                    new PyType.TupleT(types), FunctionTranslator.Kind.OWNED);
        }

        private static FunctionTranslator.Val gen(RExpr code, PyType elem) {
            return new FunctionTranslator.Val(code, new PyType.GenT(elem), FunctionTranslator.Kind.OWNED);
        }

        private void keywords(String... allowed) {
            Set<String> ok = Set.of(allowed);
            for (Keyword k : c.keywords()) {
                if (!ok.contains(k.arg())) {
                    throw Unsupported.type(name + "() got an unexpected keyword argument '" + k.arg() + "'", k);
                }
                if (kw.put(k.arg(), k.value()) != null) {
                    throw Unsupported.type("keyword argument repeated: " + k.arg(), k);
                }
            }
        }

        private void arity(int min, int max) {
            int n = c.args().size();
            if (n < min || n > max) {
                throw Unsupported.type(name + "() takes from " + min + " to " + max + " positional arguments but "
                        + n + " were given", c);
            }
        }

        private record Source(RExpr code, PyType elem) {}

        /** {@code chain.from_iterable(iterables)}: each iterable is opened when the one before is used up. */
        private FunctionTranslator.Val chainFromIterable() {
            keywords();
            arity(1, 1);
            Expr arg = c.args().get(0);
            Source outer = source(arg);
            PyType t = outer.elem;
            PyType elem = LoopLowering.iterElement(t);
            boolean opened = t instanceof PyType.ListT || t instanceof PyType.GenT || t == PyType.STR
                    || t instanceof PyType.VarTupleT || (t instanceof PyType.TupleT tt && elem != null && tt.elems().size() <= 3);
            if (!opened) {
                throw Unsupported.construct("itertools.chain.from_iterable() of " + t.python()
                        + " items (lists, generators, strs and tuples only)", arg);
            }
            return gen(RExpr.call("itertools::chain_from", outer.code), elem);
        }

        private Source source(Expr e) {
            LazySources.Source s = LazySources.of(ft, e, "itertools." + name);
            return new Source(s.code(), s.elem());
        }

        /** All the items of an iterable now, as CPython's combinatoric functions take them. */
        private Source pool(Expr e) {
            ft.markConsumedAtOnce(e);
            FunctionTranslator.Val v = ft.expr(e, null);
            PyType elem = FunctionTranslator.elementOf(v.type(), e);
            if (v.type() instanceof PyType.DictT || v.type() instanceof PyType.SetT) {
                throw Unsupported.construct("itertools." + name + "() of " + v.type().python(), e);
            }
            Local held = ft.temp("pool", new PyType.IterT(elem));
            ft.emit(new RStmt.Let(held, false, ft.iterVecOf(v, e)));
            return new Source(new RExpr.Atom(held.rust()), elem);
        }

        private RExpr integer(Expr e) {
            FunctionTranslator.Val v = ft.expr(e, PyType.INT);
            RExpr asInt = BoolNumbers.intArgument(ft, v);
            if (asInt != null) {
                return asInt;
            }
            throw Unsupported.type("'" + v.type().python() + "' object cannot be interpreted as an integer", e);
        }

        private RExpr intArg(int i, String keyword, String absent) {
            Expr e = c.args().size() > i ? c.args().get(i) : kw.get(keyword);
            return e == null ? new RExpr.Atom(absent) : integer(e);
        }

        /** islice(it, stop) or islice(it, start, stop[, step]); None for stop (and start, step). */
        private FunctionTranslator.Val islice() {
            keywords();
            arity(2, 4);
            Source s = source(c.args().get(0));
            List<Expr> rest = c.args().subList(1, c.args().size());
            Expr startE = rest.size() == 1 ? null : rest.get(0);
            Expr stopE = rest.size() == 1 ? rest.get(0) : rest.get(1);
            Expr stepE = rest.size() == 3 ? rest.get(2) : null;
            RExpr start = startE == null || isNone(startE) ? new RExpr.Atom("0") : integer(startE);
            RExpr stop = isNone(stopE) ? new RExpr.Atom("None") : RExpr.call("Some", integer(stopE));
            RExpr step = stepE == null || isNone(stepE) ? new RExpr.Atom("1") : integer(stepE);
            return new FunctionTranslator.Val(ft.tryOf(RExpr.call("itertools::islice", s.code, start, stop, step)),
                    new PyType.GenT(s.elem), FunctionTranslator.Kind.OWNED);
        }

        private static boolean isNone(Expr e) {
            return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None;
        }

        /** A literal int, or null. */
        private static Integer literal(Expr e) {
            if (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int i
                    && i.value().compareTo(BigInteger.valueOf(1000)) < 0) {
                return i.value().intValue();
            }
            return null;
        }

        /** product(*iterables, repeat=1): every pool taken now; tuples with the last pool varying fastest. */
        private FunctionTranslator.Val product() {
            keywords("repeat");
            if (c.args().isEmpty()) {
                throw Unsupported.construct("itertools.product() of no iterables (it yields one empty tuple)", c);
            }
            List<Source> pools = new ArrayList<>();
            for (Expr a : c.args()) {
                pools.add(pool(a));
            }
            int repeat = 1;
            if (kw.containsKey("repeat")) {
                Integer r = literal(kw.get("repeat"));
                if (r == null || r < 1) {
                    throw Unsupported.construct("itertools.product() with a repeat that is not a positive int literal "
                            + "(the tuples' length must be known)", kw.get("repeat"));
                }
                repeat = r;
            }
            List<Source> all = new ArrayList<>();
            for (int i = 0; i < repeat; i++) {
                all.addAll(pools);
            }
            if (all.size() > 6) {
                throw Unsupported.construct("itertools.product() of tuples of more than 6 items", c);
            }
            PyType elem = all.get(0).elem;
            for (Source p : all) {
                if (!p.elem.equals(elem)) {
                    throw Unsupported.construct("itertools.product() of " + elem.python() + " and " + p.elem.python()
                            + " items (one item type only)", c);
                }
            }
            List<RExpr> vecs = all.stream().map(p -> (RExpr) RExpr.method(p.code, "clone")).toList();
            RExpr make = new RExpr.Atom(tupleMaker(elem, all.size()));
            PyType t = new PyType.TupleT(java.util.Collections.nCopies(all.size(), elem));
            return gen(RExpr.call("itertools::product", make, new RExpr.Macro("vec", vecs, true, false)), t);
        }

        /** A closure from a {@code Vec} of {@code n} items to the n-tuple of them (first in a call, so
         * rustfmt lays the arguments out as the printer does). */
        private static String tupleMaker(PyType elem, int n) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parts.add("v[" + i + "].clone()");
            }
            return "|v: Vec<" + elem.rust() + ">| (" + String.join(", ", parts) + (n == 1 ? ",)" : ")");
        }

        /** permutations(iterable, r=None), combinations(iterable, r), combinations_with_replacement(iterable, r). */
        private FunctionTranslator.Val choose() {
            keywords("r");
            boolean perm = name.equals("permutations");
            arity(1, 2);
            Expr rE = c.args().size() > 1 ? c.args().get(1) : kw.get("r");
            if (rE == null && !perm) {
                throw Unsupported.type(name + "() missing required argument 'r' (pos 2)", c);
            }
            Source pool = pool(c.args().get(0));
            Integer length = rE == null ? null : literal(rE);
            if (length != null && (length == 0 || length > 6)) {
                throw Unsupported.construct("itertools." + name + "() with r=" + length
                        + " (tuples of 1 to 6 items, or of a length known only when run)", rE);
            }
            PyType tuple;
            String make;
            String vec = "Vec<" + pool.elem.rust() + ">";
            if (length != null) {
                tuple = new PyType.TupleT(java.util.Collections.nCopies(length, pool.elem));
                make = tupleMaker(pool.elem, length);
            } else {
                tuple = new PyType.VarTupleT(pool.elem);
                make = "|v: " + vec + "| py::Tuple(v)";
            }
            RExpr r = rE == null || isNone(rE) ? new RExpr.Atom(perm ? "None" : "0")
                    : perm ? RExpr.call("Some", integer(rE)) : integer(rE);
            RExpr call = perm ? RExpr.call("itertools::permutations", new RExpr.Atom(make), pool.code, r)
                    : RExpr.call("itertools::combinations", new RExpr.Atom(make), pool.code, r,
                            new RExpr.Atom(name.equals("combinations") ? "false" : "true"));
            return new FunctionTranslator.Val(ft.tryOf(call), new PyType.GenT(tuple), FunctionTranslator.Kind.OWNED);
        }

        /** groupby(iterable, key=None): (key, grouper) pairs; the grouper shares the source. */
        private FunctionTranslator.Val groupby() {
            keywords("key");
            arity(1, 2);
            Source s = source(c.args().get(0));
            Expr keyE = c.args().size() > 1 ? c.args().get(1) : kw.get("key");
            PyType kt;
            RExpr key;
            if (keyE == null || isNone(keyE)) {
                kt = s.elem;
                key = new RExpr.Atom("Rc::new(|x: " + s.elem.rust() + "| Ok(x))");
            } else {
                FunctionTranslator.Val f = KeyFunctions.of(ft, keyE, s.elem);
                kt = ((PyType.FuncT) f.type()).ret();
                key = ft.owned(f);
            }
            if (!PyType.hashable(kt) && !PyType.orderable(kt)) {
                throw Unsupported.construct("itertools.groupby() with keys of type " + kt.python()
                        + " (== of built-in types only)", keyE == null ? c : keyE);
            }
            return gen(RExpr.call("itertools::groupby", s.code, key),
                    new PyType.TupleT(List.of(kt, new PyType.GenT(s.elem))));
        }

        /** starmap(func, iterable of tuples): func called with each tuple's items. */
        private FunctionTranslator.Val starmap() {
            keywords();
            arity(2, 2);
            Expr fnE = c.args().get(0);
            Source s = source(c.args().get(1));
            if (!(s.elem instanceof PyType.TupleT tt) || tt.elems().isEmpty()) {
                throw Unsupported.construct("itertools.starmap() of " + s.elem.python() + " items (tuples expected)",
                        c.args().get(1));
            }
            FunctionTranslator.Val f = KeyFunctions.function(ft, fnE, tt.elems(), null);
            PyType ret = ((PyType.FuncT) f.type()).ret();
            Local held = ft.temp("func", f.type());
            ft.emit(new RStmt.Let(held, false, ft.owned(f)));
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < tt.elems().size(); i++) {
                fields.add("t." + i);
            }
            Local spread = ft.temp("spread", new PyType.Prim("closure", "_", false));
            ft.emit(new RStmt.Let(spread, false, new RExpr.Atom("move |t: " + tt.rust() + "| " + held.rust() + "("
                    + String.join(", ", fields) + ")")));
            return gen(RExpr.call("itertools::starmap", RExpr.call("Rc::new", new RExpr.Atom(spread.rust())), s.code), ret);
        }

        /** zip_longest(a, b, fillvalue=None): two iterables; a fill of the items' one type, or None. */
        private FunctionTranslator.Val zipLongest() {
            keywords("fillvalue");
            if (c.args().size() != 2) {
                throw Unsupported.construct("itertools.zip_longest() of other than two iterables", c);
            }
            Source a = source(c.args().get(0));
            Source b = source(c.args().get(1));
            Expr fillE = kw.get("fillvalue");
            if (fillE == null || isNone(fillE)) {
                if (a.elem instanceof PyType.OptionalT || b.elem instanceof PyType.OptionalT) {
                    throw Unsupported.construct("itertools.zip_longest() of Optional items without a fillvalue", c);
                }
                return gen(RExpr.call("itertools::zip_longest", a.code, b.code),
                        new PyType.TupleT(List.of(new PyType.OptionalT(a.elem), new PyType.OptionalT(b.elem))));
            }
            FunctionTranslator.Val fill = ft.expr(fillE, a.elem);
            if (!fill.type().equals(a.elem) || !a.elem.equals(b.elem)) {
                throw Unsupported.construct("itertools.zip_longest() with a fillvalue of type " + fill.type().python() + " for "
                        + a.elem.python() + " and " + b.elem.python() + " items (one type only)", fillE);
            }
            Local held = ft.temp("fill", a.elem);
            ft.emit(new RStmt.Let(held, false, ft.owned(fill)));
            RExpr h = new RExpr.Atom(held.rust());
            return gen(RExpr.call("itertools::zip_longest_fill", a.code, b.code, RExpr.method(h, "clone"), h),
                    new PyType.TupleT(List.of(a.elem, b.elem)));
        }

        /** accumulate(iterable, func=operator.add, *, initial=None). */
        private FunctionTranslator.Val accumulate() {
            keywords("func", "initial");
            arity(1, 2);
            Source s = source(c.args().get(0));
            PyType elem = s.elem;
            Expr funcE = c.args().size() > 1 ? c.args().get(1) : kw.get("func");
            RExpr func;
            if (funcE == null || isNone(funcE)) {
                if (elem == PyType.INT) {
                    func = new RExpr.Atom("Rc::new(|a: i64, b: i64| Ok(py::add(a, b)))");
                } else if (elem == PyType.FLOAT) {
                    func = new RExpr.Atom("Rc::new(|a: f64, b: f64| Ok(a + b))");
                } else if (elem == PyType.STR) {
                    func = new RExpr.Atom("Rc::new(|a: String, b: String| Ok(a + &b))");
                } else {
                    throw Unsupported.construct("itertools.accumulate() of " + elem.python() + " without func=", c);
                }
            } else {
                FunctionTranslator.Val f = KeyFunctions.function(ft, funcE, List.of(elem, elem), elem);
                if (!(f.type() instanceof PyType.FuncT t) || !t.ret().equals(elem)) {
                    throw Unsupported.type("accumulate() func= must take two " + elem.python() + " and return one", funcE);
                }
                func = ft.owned(f);
            }
            Expr initialE = kw.get("initial");
            RExpr initial = initialE == null || isNone(initialE) ? new RExpr.Atom("None")
                    : RExpr.call("Some", ft.owned(ft.coerce(ft.expr(initialE, elem), elem, initialE)));
            return gen(RExpr.call("itertools::accumulate", s.code, func, initial), elem);
        }
    }
}
