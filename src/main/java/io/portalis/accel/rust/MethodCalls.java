package io.portalis.accel.rust;

import static io.portalis.accel.rust.BuiltinCalls.requireOrderable;
import static io.portalis.accel.rust.Calls.val;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.BuiltinCalls.KeyedItems;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers calls of methods of built-in values: str (through {@link StrMethods}), list, dict and set.
 * Part of {@link Calls}, reached through {@code calls}.
 */
final class MethodCalls {
    private final Calls calls;
    private final FunctionTranslator ft;

    MethodCalls(Calls calls) {
        this.calls = calls;
        this.ft = calls.ft;
    }

    // -------------------------------------------------------------------- methods

    FunctionTranslator.Val method(FunctionTranslator.Val recv, String name, Expr.Call c, PyType expected) {
        PyType t = recv.type();
        if (t instanceof PyType.ClassT ct) {
            FunctionTranslator.Val classLevel = new ClassLevelCalls(calls).onObject(recv, ct.info(), name, c);
            if (classLevel != null) {
                return classLevel;
            }
            FunctionSig sig = ct.info().signature(name);
            if (sig == null || name.startsWith("__")) {
                if (ct.info().field(name) instanceof PyType.FuncT f) {
                    return calls.invoke(val(RExpr.method(recv.code(), "get_" + FunctionTranslator.fieldName(name)), f), f, c);
                }
                if (ct.info().field(name) != null) {
                    throw Unsupported.construct("call of attribute '" + name + "'", c);
                }
                throw Unsupported.type("'" + ct.info().name() + "' has no method '" + name + "'", c);
            }
            return calls.user(sig, c, recv.code(), ClassEmitter.methodName(name));
        }
        if (t == PyType.STR) {
            return new StrMethods(ft).call(recv, name, c);
        }
        if (t instanceof PyType.ListT l) {
            return listMethod(recv, l, name, c);
        }
        if (t instanceof PyType.DictT d) {
            FunctionTranslator.Val sub = d.plain() ? null : new CollectionsDicts(ft).method(calls, recv, d, name, c);
            return sub != null ? sub : dictMethod(recv, d, name, c);
        }
        if (t instanceof PyType.SetT s) {
            return setMethod(recv, s, name, c);
        }
        if (t instanceof PyType.LibT l) {
            return StdlibModules.find(l.module()).method(ft, recv, l, name, c);
        }
        if (t == PyType.BIG && name.equals("bit_length") && c.args().isEmpty() && c.keywords().isEmpty()) {
            return val(RExpr.method(FunctionTranslator.paren(recv.code()), "bit_length"), PyType.INT);
        }
        if (t instanceof PyType.TupleT || t instanceof PyType.VarTupleT) {
            return TupleMethods.call(ft, calls, recv, name, c);
        }
        throw Unsupported.construct("method '" + name + "' of " + t.python(), c);
    }

    FunctionTranslator.Val arg(Expr.Call c, int i, PyType type) {
        Expr e = c.args().get(i);
        return ft.coerce(ft.expr(e, type), type, e);
    }

    private FunctionTranslator.Val listMethod(FunctionTranslator.Val recv, PyType.ListT l, String name, Expr.Call c) {
        RExpr r = recv.code();
        PyType el = l.elem();
        if ((PyType.holdsFunction(el) || PyType.holdsUnion(el)) && Set.of("remove", "index", "count").contains(name)) {
            throw Unsupported.construct("list." + name + "() on a " + l.python(), c);
        }
        if (Dunders.hasUserEq(el) && Set.of("remove", "index", "count").contains(name)) {
            // Through the class's __eq__, which may raise.
            calls.arity(c, 1, 1, name);
            PyType result = name.equals("remove") ? PyType.NONE : PyType.INT;
            return val(ft.tryOf(RExpr.method(r, name + "_eq", ft.ref(arg(c, 0, el)))), result);
        }
        switch (name) {
            case "append":
                calls.arity(c, 1, 1, name);
                ft.refuseKeepingClosable(c.args().get(0), el, "kept in a list");
                return val(RExpr.method(r, "append", ft.owned(arg(c, 0, el))), PyType.NONE);
            case "extend": {
                calls.arity(c, 1, 1, name);
                FunctionTranslator.Val v = ft.expr(c.args().get(0), l);
                if (!calls.builtinCalls.elem(v, c).equals(el)) {
                    throw Unsupported.type("extend() of " + l.python() + " with " + v.type().python(), c);
                }
                return val(RExpr.method(r, "extend", ft.iterVecOf(v, c)), PyType.NONE);
            }
            case "pop":
                calls.arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
                    return val(ft.tryOf(RExpr.method(r, "pop")), el);
                }
                return val(ft.tryOf(RExpr.method(r, "pop_at", arg(c, 0, PyType.INT).code())), el);
            case "insert":
                calls.arity(c, 2, 2, name);
                return val(RExpr.method(r, "insert", arg(c, 0, PyType.INT).code(), ft.owned(arg(c, 1, el))), PyType.NONE);
            case "remove":
                calls.arity(c, 1, 1, name);
                return val(ft.tryOf(RExpr.method(r, "remove", ft.ref(arg(c, 0, el)))), PyType.NONE);
            case "index":
                calls.arity(c, 1, 1, name);
                return val(ft.tryOf(RExpr.method(r, "index", ft.ref(arg(c, 0, el)))), PyType.INT);
            case "count":
                calls.arity(c, 1, 1, name);
                return val(RExpr.method(r, "count", ft.ref(arg(c, 0, el))), PyType.INT);
            case "reverse":
            case "clear":
                calls.arity(c, 0, 0, name);
                return val(RExpr.method(r, name), PyType.NONE);
            case "copy":
                calls.arity(c, 0, 0, name);
                return val(RExpr.method(r, "copy"), l);
            case "sort": {
                calls.arity(c, 0, 0, name);
                Map<String, Expr> kw = calls.keywords(c, Set.of("key", "reverse"));
                RExpr reverse = kw.containsKey("reverse")
                        ? ft.truthy(ft.expr(kw.get("reverse"), PyType.BOOL), kw.get("reverse")) : new RExpr.Atom("false");
                if (kw.containsKey("key") && FunctoolsModule.cmpToKey(ft, kw.get("key"))) {
                    RExpr sorted = ft.tryOf(RExpr.call("py::sort_by_lt", RExpr.method(r, "items"), reverse,
                            FunctoolsModule.cmpComparator(ft, kw.get("key"), el, false)));
                    return val(RExpr.method(r, "set_items", sorted), PyType.NONE);
                }
                if (kw.containsKey("key")) {
                    KeyedItems k = calls.builtinCalls.keyed(RExpr.method(r, "items"), el, kw.get("key"));
                    return val(RExpr.method(r, "set_items", RExpr.call("py::sort_by_key", k.items(), k.keys(), reverse)), PyType.NONE);
                }
                if (ObjectOperators.lessThan(el, false) != null) {
                    RExpr sorted = ft.tryOf(RExpr.call("py::sort_by_lt", RExpr.method(r, "items"), reverse,
                            calls.builtinCalls.comparator(ObjectOperators.lessThan(el, false))));
                    return val(RExpr.method(r, "set_items", sorted), PyType.NONE);
                }
                requireOrderable(el, c);
                return val(RExpr.method(r, "sort", reverse), PyType.NONE);
            }
            default:
                throw Unsupported.construct("list method '" + name + "'", c);
        }
    }

    private FunctionTranslator.Val dictMethod(FunctionTranslator.Val recv, PyType.DictT d, String name, Expr.Call c) {
        RExpr r = recv.code();
        switch (name) {
            case "get":
                calls.arity(c, 1, 2, name);
                if (c.args().size() == 1) {
                    return val(RExpr.method(r, "get", ft.ref(arg(c, 0, d.key()))), new PyType.OptionalT(d.value()));
                }
                return val(RExpr.method(r, "get_or", ft.ref(arg(c, 0, d.key())), ft.owned(arg(c, 1, d.value()))), d.value());
            case "keys":
                calls.arity(c, 0, 0, name);
                return val(RExpr.method(r, "keys"), new PyType.IterT(d.key(), "dict_keys"));
            case "values":
                calls.arity(c, 0, 0, name);
                return val(RExpr.method(r, "values"), new PyType.IterT(d.value(), "dict_values"));
            case "items":
                calls.arity(c, 0, 0, name);
                return val(RExpr.method(r, "items"), new PyType.IterT(new PyType.TupleT(List.of(d.key(), d.value())), "dict_items"));
            case "setdefault":
                calls.arity(c, 2, 2, name);
                return val(RExpr.method(r, "setdefault", ft.owned(arg(c, 0, d.key())), ft.owned(arg(c, 1, d.value()))), d.value());
            case "pop":
                calls.arity(c, 1, 2, name);
                if (c.args().size() == 1) {
                    return val(ft.tryOf(RExpr.method(r, "pop", ft.ref(arg(c, 0, d.key())))), d.value());
                }
                return val(RExpr.method(r, "pop_or", ft.ref(arg(c, 0, d.key())), ft.owned(arg(c, 1, d.value()))), d.value());
            case "update": {
                calls.arity(c, 1, 1, name);
                return val(RExpr.method(r, "update", ft.ref(arg(c, 0, d))), PyType.NONE);
            }
            case "clear":
                calls.arity(c, 0, 0, name);
                return val(RExpr.method(r, "clear"), PyType.NONE);
            case "copy":
                calls.arity(c, 0, 0, name);
                return val(RExpr.method(r, "copy"), d);
            default:
                throw Unsupported.construct("dict method '" + name + "'", c);
        }
    }

    private FunctionTranslator.Val setMethod(FunctionTranslator.Val recv, PyType.SetT s, String name, Expr.Call c) {
        RExpr r = recv.code();
        switch (name) {
            case "add":
                calls.arity(c, 1, 1, name);
                return val(RExpr.method(r, "add", ft.owned(arg(c, 0, s.elem()))), PyType.NONE);
            case "discard":
                calls.arity(c, 1, 1, name);
                return val(RExpr.method(r, "discard", ft.ref(arg(c, 0, s.elem()))), PyType.NONE);
            case "remove":
                calls.arity(c, 1, 1, name);
                return val(ft.tryOf(RExpr.method(r, "remove", ft.ref(arg(c, 0, s.elem())))), PyType.NONE);
            case "union":
            case "intersection":
            case "difference":
            case "symmetric_difference":
                calls.arity(c, 1, 1, name);
                return val(RExpr.method(r, name, ft.ref(arg(c, 0, s))), s);
            case "issubset":
            case "issuperset":
                calls.arity(c, 1, 1, name);
                return val(RExpr.method(r, name, ft.ref(arg(c, 0, s))), PyType.BOOL);
            case "update": {
                calls.arity(c, 1, 1, name);
                FunctionTranslator.Val other = ft.expr(c.args().get(0), s);
                if (other.type() instanceof PyType.SetT) {
                    return val(RExpr.method(r, "update", ft.ref(ft.coerce(other, s, c.args().get(0)))), PyType.NONE);
                }
                // Any other iterable is added item by item, in its order.
                if (!calls.builtinCalls.elem(other, c).equals(s.elem())) {
                    throw Unsupported.type("set.update() of " + other.type().python() + " into " + s.python(), c);
                }
                return val(RExpr.method(r, "extend", ft.iterVecOf(other, c)), PyType.NONE);
            }
            case "difference_update":
            case "intersection_update":
            case "symmetric_difference_update":
                return SetUpdates.method(ft, calls, recv, s, name, c);
            case "pop":
                calls.arity(c, 0, 0, name);
                ft.noteSetOrder(s);
                return val(ft.tryOf(RExpr.method(r, "pop")), s.elem());
            case "clear":
                calls.arity(c, 0, 0, name);
                return val(RExpr.method(r, "clear"), PyType.NONE);
            case "copy":
                calls.arity(c, 0, 0, name);
                return val(RExpr.method(r, "copy"), s);
            default:
                throw Unsupported.construct("set method '" + name + "'", c);
        }
    }
}
