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
 * Python's {@code collections} module (CPython 3.11), as far as it is translated: {@code deque}
 * (a {@link PyType.LibT} over the runtime's {@code collections::Deque}, in
 * {@code src/main/resources/rust/collections.rs}), the dict subclasses {@code defaultdict},
 * {@code Counter} and {@code OrderedDict} ({@link CollectionsDicts}), and {@code ChainMap}
 * ({@link CollectionsChainMap}). The module's other classes ({@code UserDict}, ...) are refused by
 * name ({@code namedtuple} is {@link NamedTupleCalls}').
 */
final class CollectionsModule implements StdlibModule {

    /** CPython 3.11's collections: what a program may import, translated or not. */
    private static final Set<String> MEMBERS = Set.of(
            "deque", "defaultdict", "Counter", "OrderedDict", "namedtuple", "ChainMap", "UserDict", "UserList",
            "UserString", "abc");

    @Override
    public String name() {
        return "collections";
    }


    @Override
    public boolean has(String member) {
        return MEMBERS.contains(member);
    }

    /** The dict subclasses, translated as dicts with a flavor ({@link CollectionsDicts}). */
    private static final Set<String> DICTS = Set.of(CollectionsDicts.DEFAULTDICT, CollectionsDicts.COUNTER,
            CollectionsDicts.ORDERED);

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (member.equals("deque") || DICTS.contains(member)) {
            throw Unsupported.construct("collections." + member + " used as a value (call it)", at);
        }
        throw refused(member, at);
    }

    private Unsupported refused(String member, Node at) {
        return has(member) ? Unsupported.construct("collections." + member, at) : noAttribute(member, at);
    }

    @Override
    public PyType annotation(String member, List<PyType> args, Node at) {
        if (DICTS.contains(member)) {
            return CollectionsDicts.annotation(member, args, at);
        }
        if (member.equals("ChainMap")) {
            return CollectionsChainMap.annotation(args, at);
        }
        if (!member.equals("deque")) {
            throw refused(member, at);
        }
        if (args.size() != 1) {
            throw Unsupported.type("deque annotation needs one item type (deque[int])", at);
        }
        return deque(args.get(0));
    }

    private static PyType.LibT deque(PyType elem) {
        return new PyType.LibT("collections", "deque", List.of(elem), elem);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        return call(ft, member, c, null);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c, PyType expected) {
        if (DICTS.contains(member)) {
            return new CollectionsDicts(ft).construct(member, c, expected);
        }
        if (member.equals("ChainMap")) {
            return CollectionsChainMap.construct(ft, c, expected);
        }
        if (!member.equals("deque")) {
            throw refused(member, c.func());
        }
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.construct("*arguments in a call of deque()", c);
        }
        Map<String, Expr> args = new LinkedHashMap<>();
        List<String> names = List.of("iterable", "maxlen");
        if (c.args().size() > 2) {
            throw Unsupported.type("deque() takes at most 2 arguments (" + c.args().size() + " given)", c);
        }
        for (int i = 0; i < c.args().size(); i++) {
            args.put(names.get(i), c.args().get(i));
        }
        for (Keyword k : c.keywords()) {
            if (!names.contains(k.arg())) {
                throw Unsupported.type("deque() got an unexpected keyword argument '" + k.arg() + "'", k);
            }
            if (args.put(k.arg(), k.value()) != null) {
                throw Unsupported.type("argument for deque() given by name ('" + k.arg() + "') and position", k);
            }
        }
        PyType wanted = expected instanceof PyType.LibT l && l.name().equals("deque") ? l.elem() : null;
        PyType elem;
        RExpr items;
        Expr it = args.get("iterable");
        if (it == null) {
            if (wanted == null) {
                throw Unsupported.type("cannot settle the item type of an empty deque; annotate it (deque[int])", c);
            }
            elem = wanted;
            items = RExpr.call("Vec::new");
        } else {
            ft.markConsumedAtOnce(it);
            FunctionTranslator.Val v = ft.expr(it, it instanceof Expr.List && wanted != null ? new PyType.ListT(wanted) : null);
            elem = FunctionTranslator.elementOf(v.type(), it);
            if (wanted != null && !wanted.equals(elem)) {
                throw Unsupported.type("expected an iterable of " + wanted.python() + ", found " + v.type().python(), it);
            }
            items = vec(ft, v, it);
        }
        RExpr maxlen = maxlen(ft, args.get("maxlen"));
        RExpr made = ft.tryOf(RExpr.call("collections::Deque::from", items, maxlen));
        return new FunctionTranslator.Val(made, deque(elem), FunctionTranslator.Kind.OWNED);
    }

    /** The items of an iterable as a {@code Vec}: a list display no one else sees gives its own. */
    private static RExpr vec(FunctionTranslator ft, FunctionTranslator.Val v, Node at) {
        if (v.code() instanceof RExpr.Call call && call.callee().equals("py::List::from") && call.args().size() == 1) {
            return call.args().get(0);
        }
        if (v.type() instanceof PyType.SetT) {
            return RExpr.method(v.code(), "items");
        }
        return ft.iterVecOf(v, at);
    }

    private static RExpr maxlen(FunctionTranslator ft, Expr e) {
        if (e == null || (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None)) {
            return new RExpr.Atom("None");
        }
        FunctionTranslator.Val v = ft.expr(e, PyType.INT);
        if (v.type() == PyType.INT) {
            return RExpr.call("Some", ft.owned(v));
        }
        if (v.type() instanceof PyType.OptionalT o && o.inner() == PyType.INT) {
            return ft.owned(v);
        }
        throw Unsupported.type("an integer is required (deque maxlen of " + v.type().python() + ")", e);
    }

    @Override
    public FunctionTranslator.Val method(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                         String method, Expr.Call c) {
        if (CollectionsChainMap.is(type)) {
            return CollectionsChainMap.method(ft, recv, type, method, c);
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type("deque." + method + "() takes no keyword arguments", c.keywords().get(0));
        }
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.construct("*arguments in a call of deque." + method + "()", c);
        }
        PyType elem = type.elem();
        RExpr r = recv.code();
        return switch (method) {
            case "append", "appendleft" -> {
                arity(c, method, 1, 1);
                yield none(RExpr.method(r, method, item(ft, c, 0, elem)));
            }
            case "pop", "popleft" -> {
                arity(c, method, 0, 0);
                yield new FunctionTranslator.Val(ft.tryOf(RExpr.method(r, method)), elem, FunctionTranslator.Kind.OWNED);
            }
            case "extend", "extendleft" -> {
                arity(c, method, 1, 1);
                Expr it = c.args().get(0);
                ft.markConsumedAtOnce(it);
                FunctionTranslator.Val v = ft.expr(it, it instanceof Expr.List ? new PyType.ListT(elem) : null);
                PyType e = FunctionTranslator.elementOf(v.type(), it);
                if (!e.equals(elem)) {
                    throw Unsupported.type("deque." + method + "() of " + e.python() + " items into a " + type.python(), it);
                }
                yield none(RExpr.method(r, method, vec(ft, v, it)));
            }
            case "rotate" -> {
                arity(c, method, 0, 1);
                yield none(RExpr.method(r, method, c.args().isEmpty() ? new RExpr.Atom("1") : integer(ft, c.args().get(0))));
            }
            case "clear", "reverse" -> {
                arity(c, method, 0, 0);
                yield none(RExpr.method(r, method));
            }
            case "copy" -> {
                arity(c, method, 0, 0);
                yield new FunctionTranslator.Val(RExpr.method(r, "copy"), type, FunctionTranslator.Kind.OWNED);
            }
            case "count", "remove", "index" -> {
                if (!PyType.orderable(elem)) {
                    throw Unsupported.construct("deque." + method + "() on a " + type.python()
                            + " (== of built-in types only)", c);
                }
                arity(c, method, 1, method.equals("index") ? 3 : 1);
                RExpr x = new RExpr.Unary("&", item(ft, c, 0, elem));
                if (method.equals("count")) {
                    yield new FunctionTranslator.Val(RExpr.method(r, "count", x), PyType.INT, FunctionTranslator.Kind.OWNED);
                }
                if (method.equals("remove")) {
                    yield none(ft.tryOf(RExpr.method(r, "remove", x)));
                }
                RExpr start = c.args().size() > 1 ? integer(ft, c.args().get(1)) : new RExpr.Atom("0");
                RExpr stop = c.args().size() > 2 ? integer(ft, c.args().get(2)) : new RExpr.Atom("i64::MAX");
                yield new FunctionTranslator.Val(ft.tryOf(RExpr.method(r, "index", x, start, stop)), PyType.INT,
                        FunctionTranslator.Kind.OWNED);
            }
            default -> throw Unsupported.construct("deque." + method + "()", c);
        };
    }

    @Override
    public FunctionTranslator.Val attribute(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                            String attr, Node at) {
        if (CollectionsChainMap.is(type)) {
            return CollectionsChainMap.attribute(recv, type, attr, at);
        }
        return StdlibModule.super.attribute(ft, recv, type, attr, at);
    }

    private static FunctionTranslator.Val none(RExpr code) {
        return new FunctionTranslator.Val(code, PyType.NONE, FunctionTranslator.Kind.OWNED);
    }

    private static void arity(Expr.Call c, String method, int min, int max) {
        int n = c.args().size();
        if (n < min || n > max) {
            String want = min == max ? (min == 0 ? "takes no arguments" : "takes exactly one argument")
                    : "expected at most " + max + " arguments";
            throw Unsupported.type("deque." + method + "() " + want + " (" + n + " given)", c);
        }
    }

    private static RExpr item(FunctionTranslator ft, Expr.Call c, int i, PyType elem) {
        Expr e = c.args().get(i);
        return ft.owned(ft.coerce(ft.expr(e, elem), elem, e));
    }

    private static RExpr integer(FunctionTranslator ft, Expr e) {
        FunctionTranslator.Val v = ft.expr(e, PyType.INT);
        RExpr asInt = BoolNumbers.intArgument(ft, v);
        if (asInt != null) {
            return asInt;
        }
        throw Unsupported.type("'" + v.type().python() + "' object cannot be interpreted as an integer", e);
    }
}
