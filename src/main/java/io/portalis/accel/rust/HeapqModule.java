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
 * Python's {@code heapq} module (CPython 3.11): calls of the runtime's {@code heapq} module
 * ({@code src/main/resources/rust/heapq.rs}), which makes CPython's sift steps and comparisons,
 * so heaps hold their items in CPython's order. A heap is a {@code list}; its items compare with
 * Python's {@code <}: ints, floats, strs, bools, tuples and lists of them, or objects whose class
 * defines {@code __lt__} (or {@code __gt__}). nlargest and nsmallest compare {@code (item, order)}
 * tuples, which calls {@code ==} on the items, so without {@code key=} they take only the
 * built-in types. merge is lazy, as CPython's generator is.
 */
final class HeapqModule implements StdlibModule {

    private static final Set<String> FUNCTIONS = Set.of(
            "heappush", "heappop", "heapify", "heapreplace", "heappushpop", "nlargest", "nsmallest", "merge");

    /** CPython's module also has these private helpers; a program that uses them is refused. */
    private static final Set<String> PRIVATE = Set.of(
            "_heapify_max", "_heappop_max", "_heapreplace_max", "_siftdown", "_siftup", "_siftdown_max", "_siftup_max");

    @Override
    public String name() {
        return "heapq";
    }


    @Override
    public boolean has(String member) {
        return FUNCTIONS.contains(member) || PRIVATE.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (has(member)) {
            throw Unsupported.construct("heapq." + member + " used as a value (call it, or wrap it in a lambda)", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (PRIVATE.contains(member)) {
            throw Unsupported.construct("heapq." + member + " (a private helper of CPython's heapq)", c);
        }
        if (!FUNCTIONS.contains(member)) {
            throw noAttribute(member, c.func());
        }
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                throw Unsupported.construct("*arguments in a call of heapq." + member + "()", a);
            }
        }
        return new Call(ft, member, c).translate();
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }

    /** One call being translated. */
    private static final class Call {
        private final FunctionTranslator ft;
        private final String name;
        private final Expr.Call c;

        Call(FunctionTranslator ft, String name, Expr.Call c) {
            this.ft = ft;
            this.name = name;
            this.c = c;
        }

        FunctionTranslator.Val translate() {
            return switch (name) {
                case "heappush" -> {
                    positional(2);
                    Heap h = heap();
                    RExpr item = item(1, h.elem);
                    yield val(ft.tryOf(RExpr.call("heapq::heappush", h.code, item, KeyFunctions.less(ft, h.elem, c))), PyType.NONE);
                }
                case "heappop" -> {
                    positional(1);
                    Heap h = heap();
                    yield val(ft.tryOf(RExpr.call("heapq::heappop", h.code, KeyFunctions.less(ft, h.elem, c))), h.elem);
                }
                case "heapify" -> {
                    positional(1);
                    Heap h = heap();
                    yield val(ft.tryOf(RExpr.call("heapq::heapify", h.code, KeyFunctions.less(ft, h.elem, c))), PyType.NONE);
                }
                case "heapreplace", "heappushpop" -> {
                    positional(2);
                    Heap h = heap();
                    RExpr item = item(1, h.elem);
                    yield val(ft.tryOf(RExpr.call("heapq::" + name, h.code, item, KeyFunctions.less(ft, h.elem, c))), h.elem);
                }
                case "nlargest", "nsmallest" -> select();
                default -> merge();
            };
        }

        /** A function of the C module: positional arguments only, exactly {@code n} of them. */
        private void positional(int n) {
            if (!c.keywords().isEmpty()) {
                throw Unsupported.type(name + "() takes no keyword arguments", c.keywords().get(0));
            }
            if (c.args().size() != n) {
                throw Unsupported.type(name + " expected " + n + " argument" + (n == 1 ? "" : "s") + ", got "
                        + c.args().size(), c);
            }
        }

        private record Heap(RExpr code, PyType elem) {}

        /** The first argument: a list whose items compare with {@code <}. */
        private Heap heap() {
            Expr e = c.args().get(0);
            FunctionTranslator.Val v = ft.expr(e, null);
            if (!(v.type() instanceof PyType.ListT l)) {
                throw Unsupported.type("heap argument must be a list, not " + v.type().python(), e);
            }
            return new Heap(ft.ref(v), l.elem());
        }

        private RExpr item(int i, PyType elem) {
            Expr e = c.args().get(i);
            return ft.owned(ft.coerce(ft.expr(e, elem), elem, e));
        }

        private Map<String, Expr> keywords(Set<String> allowed) {
            Map<String, Expr> out = new LinkedHashMap<>();
            for (Keyword k : c.keywords()) {
                if (!allowed.contains(k.arg())) {
                    throw Unsupported.type(name + "() got an unexpected keyword argument '" + k.arg() + "'", k);
                }
                if (out.put(k.arg(), k.value()) != null) {
                    throw Unsupported.type("keyword argument repeated: " + k.arg(), k);
                }
            }
            return out;
        }

        private static boolean isNone(Expr e) {
            return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None;
        }

        /** nlargest(n, iterable, key=None) and nsmallest(...). */
        private FunctionTranslator.Val select() {
            Map<String, Expr> kw = keywords(Set.of("key"));
            if (c.args().size() != 2) {
                throw Unsupported.type(name + "() takes 2 positional arguments but " + c.args().size() + " were given", c);
            }
            Expr nExpr = c.args().get(0);
            FunctionTranslator.Val n = ft.expr(nExpr, PyType.INT);
            RExpr count = BoolNumbers.intArgument(ft, n);
            if (count == null) {
                throw Unsupported.type(name + "() needs an int n, not " + n.type().python(), nExpr);
            }
            if (!(count instanceof RExpr.Atom)) {
                Local held = ft.temp("n", PyType.INT);
                ft.emit(new RStmt.Let(held, false, count));
                count = new RExpr.Atom(held.rust());
            }
            Expr it = c.args().get(1);
            Expr key = kw.containsKey("key") && !isNone(kw.get("key")) ? kw.get("key") : null;
            if (key != null && it instanceof Expr.GeneratorExp) {
                throw Unsupported.construct(name + "() with key= over a generator expression (Python calls the key "
                        + "between the items)", key);
            }
            ft.markConsumedAtOnce(it);
            FunctionTranslator.Val v = ft.expr(it, null);
            PyType elem = FunctionTranslator.elementOf(v.type(), it);
            if (key != null && v.type() instanceof PyType.GenT) {
                throw Unsupported.construct(name + "() with key= over a generator (Python calls the key "
                        + "between the generator's steps)", key);
            }
            RExpr vec = v.type() instanceof PyType.SetT ? RExpr.method(v.code(), "items") : ft.iterVecOf(v, it);
            RExpr sized = new RExpr.Atom(sized(v.type()) ? "true" : "false");
            String fn = "heapq::" + name;
            if (key != null) {
                BuiltinCalls.KeyedItems k = KeyFunctions.builtins(ft).keyed(vec, elem, key);
                return val(ft.tryOf(RExpr.call(fn, count, k.items(), k.keys(), sized)), new PyType.ListT(elem));
            }
            if (!PyType.orderable(elem)) {
                throw Unsupported.type(name + "() of " + elem.python() + " without key= (CPython compares (item, order) "
                        + "tuples, which calls == on the items)", it);
            }
            Local items = ft.temp("items", new PyType.IterT(elem));
            ft.emit(new RStmt.Let(items, false, vec));
            RExpr all = new RExpr.Atom(items.rust());
            return val(ft.tryOf(RExpr.call(fn, count, RExpr.method(all, "clone"), all, sized)), new PyType.ListT(elem));
        }

        /** Whether Python's len() takes a value of this type (nlargest sorts a sized iterable when n >= len). */
        private static boolean sized(PyType t) {
            if (t instanceof PyType.IterT i) {
                return i.sized();
            }
            return !(t instanceof PyType.GenT);
        }

        /** merge(*iterables, key=None, reverse=False): a lazy generator, as CPython's. */
        private FunctionTranslator.Val merge() {
            Map<String, Expr> kw = keywords(Set.of("key", "reverse"));
            if (c.args().isEmpty()) {
                throw Unsupported.construct("heapq.merge() of no iterables (its items have no type)", c);
            }
            PyType elem = null;
            List<RExpr> sources = new ArrayList<>();
            for (Expr a : c.args()) {
                FunctionTranslator.Val v = ft.lazyOperand(a, false);
                PyType e = FunctionTranslator.elementOf(v.type(), a);
                if (elem == null) {
                    elem = e;
                } else if (!elem.equals(e)) {
                    throw Unsupported.type("heapq.merge() of " + elem.python() + " and " + e.python() + " items", a);
                }
                sources.add(LazySources.from(ft, v, a, "heapq.merge").code());
            }
            RExpr reverse = new RExpr.Atom("false");
            RExpr keyFn = null;
            PyType keyType = elem;
            for (Map.Entry<String, Expr> k : kw.entrySet()) {
                if (k.getKey().equals("reverse")) {
                    reverse = ft.truthy(ft.expr(k.getValue(), PyType.BOOL), k.getValue());
                } else if (!isNone(k.getValue())) {
                    FunctionTranslator.Val f = KeyFunctions.of(ft, k.getValue(), elem);
                    keyType = ((PyType.FuncT) f.type()).ret();
                    keyFn = ft.owned(f);
                }
            }
            if (!PyType.orderable(keyType)) {
                throw Unsupported.type("heapq.merge() of " + keyType.python() + (keyFn == null ? " items" : " keys")
                        + " ('<' and == of built-in types only)", c);
            }
            RExpr list = new RExpr.Macro("vec", sources, true, false);
            RExpr call = keyFn == null ? RExpr.call("heapq::merge", list, reverse)
                    : RExpr.call("heapq::merge_by", list, keyFn, reverse);
            return val(call, new PyType.GenT(elem));
        }
    }
}
