package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code collections.ChainMap[K, V]} (CPython 3.11's Lib/collections): a {@link PyType.LibT}
 * over the runtime's {@code collections::ChainMap}, whose {@code maps} is a list of the very
 * dicts it was made from (shared, as in Python). Lookups ({@code cm[k]}, {@code get}, {@code in})
 * search the maps in order; {@code cm[k] = v}, {@code del cm[k]}, {@code pop} and {@code clear}
 * act on the first (with CPython's {@code KeyError: 'Key not found in the first mapping: ...'});
 * {@code len}, iteration and printing see the keys in {@code __iter__}'s order. {@code keys()},
 * {@code values()} and {@code items()} are generators that list the keys when they start and look
 * each value up as they reach it, as the views' iterators do.
 */
final class CollectionsChainMap {

    private CollectionsChainMap() {
    }

    static boolean is(PyType t) {
        return t instanceof PyType.LibT l && l.module().equals("collections") && l.name().equals("ChainMap");
    }

    static PyType.LibT type(PyType key, PyType value) {
        return new PyType.LibT("collections", "ChainMap", List.of(key, value), key);
    }

    static PyType annotation(List<PyType> args, Node at) {
        if (args.size() != 2) {
            throw Unsupported.type("ChainMap annotation needs key and value types (ChainMap[str, int])", at);
        }
        if (!PyType.hashable(args.get(0))) {
            throw Unsupported.construct("ChainMap keyed by " + args.get(0).python(), at);
        }
        return type(args.get(0), args.get(1));
    }

    private static PyType.DictT dictOf(PyType.LibT t) {
        return new PyType.DictT(t.args().get(0), t.args().get(1));
    }

    static Val construct(FunctionTranslator ft, Expr.Call c, PyType expected) {
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type("ChainMap() got an unexpected keyword argument '" + c.keywords().get(0).arg() + "'", c);
        }
        PyType.LibT want = is(expected) ? (PyType.LibT) expected : null;
        PyType.DictT dict = want == null ? null : dictOf(want);
        List<RExpr> maps = new ArrayList<>();
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                throw Unsupported.construct("*arguments in a call of ChainMap()", a);
            }
            Val v = ft.expr(a, dict);
            if (!(v.type() instanceof PyType.DictT d) || !d.plain() || (dict != null && !dict.equals(d))) {
                throw Unsupported.type("ChainMap() of a " + v.type().python() + " (dicts of one key and value type "
                        + "expected)", a);
            }
            dict = d;
            maps.add(ft.owned(v));
        }
        if (dict == null) {
            throw Unsupported.type("cannot settle the types of an empty ChainMap; annotate it (ChainMap[str, int])", c);
        }
        return new Val(RExpr.call("collections::ChainMap::new", new RExpr.Macro("vec", maps, true, false)),
                type(dict.key(), dict.value()), Kind.OWNED);
    }

    private static RExpr key(FunctionTranslator ft, PyType.LibT t, Expr e) {
        PyType k = t.args().get(0);
        return ft.ref(ft.coerce(ft.expr(e, k), k, e));
    }

    private static RExpr value(FunctionTranslator ft, PyType.LibT t, Expr e) {
        PyType v = t.args().get(1);
        return ft.owned(ft.coerce(ft.expr(e, v), v, e));
    }

    /** {@code cm[k]}. */
    static Val subscript(FunctionTranslator ft, Val c, Expr slice) {
        PyType.LibT t = (PyType.LibT) c.type();
        if (slice instanceof Expr.Slice) {
            throw Unsupported.type("unhashable type: 'slice'", slice);
        }
        return new Val(ft.tryOf(RExpr.method(c.code(), "item", key(ft, t, slice))), t.args().get(1), Kind.OWNED);
    }

    /** {@code cm[k] = v}: into the first map. */
    static RExpr setItem(FunctionTranslator ft, Val c, Expr slice, Val v, Node at) {
        PyType.LibT t = (PyType.LibT) c.type();
        PyType k = t.args().get(0);
        Val key = ft.coerce(ft.expr(slice, k), k, slice);
        Val val = ft.coerce(v, t.args().get(1), at);
        return ft.tryOf(RExpr.method(c.code(), "set", ft.owned(key), ft.owned(val)));
    }

    /** {@code del cm[k]}: from the first map. */
    static RExpr delItem(FunctionTranslator ft, Val c, Expr slice) {
        return ft.tryOf(RExpr.method(c.code(), "del", key(ft, (PyType.LibT) c.type(), slice)));
    }

    static Val method(FunctionTranslator ft, Val recv, PyType.LibT t, String method, Expr.Call c) {
        if (!c.keywords().isEmpty() && !method.equals("new_child")) {
            throw Unsupported.type("ChainMap." + method + "() takes no keyword arguments", c.keywords().get(0));
        }
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.construct("*arguments in a call of ChainMap." + method + "()", c);
        }
        PyType k = t.args().get(0);
        PyType v = t.args().get(1);
        RExpr r = FunctionTranslator.paren(recv.code());
        int n = c.args().size();
        return switch (method) {
            case "get" -> {
                arity(c, method, 1, 2);
                RExpr key = key(ft, t, c.args().get(0));
                if (n == 1 || isNone(c.args().get(1))) {
                    if (v instanceof PyType.OptionalT || v == PyType.NONE) {
                        throw Unsupported.construct("ChainMap.get() without a default on a " + t.python(), c);
                    }
                    yield new Val(RExpr.method(r, "get_opt", key), new PyType.OptionalT(v), Kind.OWNED);
                }
                yield new Val(RExpr.method(r, "get_or", key, value(ft, t, c.args().get(1))), v, Kind.OWNED);
            }
            case "pop" -> {
                arity(c, method, 1, 2);
                RExpr key = key(ft, t, c.args().get(0));
                if (n == 1) {
                    yield new Val(ft.tryOf(RExpr.method(r, "pop", key)), v, Kind.OWNED);
                }
                yield new Val(ft.tryOf(RExpr.method(r, "pop_or", key, value(ft, t, c.args().get(1)))), v, Kind.OWNED);
            }
            case "clear" -> {
                arity(c, method, 0, 0);
                yield new Val(ft.tryOf(RExpr.method(r, "clear")), PyType.NONE, Kind.OWNED);
            }
            case "copy" -> {
                arity(c, method, 0, 0);
                yield new Val(ft.tryOf(RExpr.method(r, "copy")), t, Kind.OWNED);
            }
            case "new_child" -> {
                Expr m = n == 1 ? c.args().get(0) : null;
                for (Keyword kw : c.keywords()) {
                    if (!"m".equals(kw.arg()) || m != null) {
                        throw Unsupported.construct("ChainMap.new_child() with keyword arguments other than m", kw);
                    }
                    m = kw.value();
                }
                arity(c, method, 0, 1);
                RExpr child = new RExpr.Atom("None");
                if (m != null && !isNone(m)) {
                    PyType.DictT d = dictOf(t);
                    Val mv = ft.expr(m, d);
                    if (!d.equals(mv.type())) {
                        throw Unsupported.type("ChainMap.new_child() of a " + mv.type().python() + " in a " + t.python(), m);
                    }
                    child = RExpr.call("Some", ft.owned(mv));
                }
                yield new Val(RExpr.method(r, "new_child", child), t, Kind.OWNED);
            }
            case "keys", "values", "items" -> {
                arity(c, method, 0, 0);
                PyType item = method.equals("keys") ? k : method.equals("values") ? v : new PyType.TupleT(List.of(k, v));
                yield new Val(RExpr.method(r, "view_" + method), new PyType.GenT(item), Kind.OWNED);
            }
            default -> throw Unsupported.construct("method '" + method + "' of " + t.python(), c);
        };
    }

    static Val attribute(Val recv, PyType.LibT t, String attr, Node at) {
        RExpr r = FunctionTranslator.paren(recv.code());
        return switch (attr) {
            case "maps" -> new Val(RExpr.method(r, "maps"), new PyType.ListT(dictOf(t)), Kind.OWNED);
            case "parents" -> new Val(RExpr.method(r, "parents"), t, Kind.OWNED);
            default -> throw Unsupported.construct("attribute '" + attr + "' of " + t.python(), at);
        };
    }

    private static void arity(Expr.Call c, String method, int min, int max) {
        int n = c.args().size();
        if (n < min || n > max) {
            throw Unsupported.type("ChainMap." + method + "() takes from " + min + " to " + max + " arguments (" + n
                    + " given)", c);
        }
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None;
    }
}
