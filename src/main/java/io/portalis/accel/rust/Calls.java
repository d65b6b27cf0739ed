package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates calls: Python's built-in functions, the methods of str, list, dict and set, user
 * functions and constructors, and methods of user classes (including {@code super()}).
 */
final class Calls {
    private static final Set<String> REFUSED_BUILTINS = Set.of(
            "setattr", "getattr", "hasattr", "delattr", "eval", "exec", "compile", "globals", "locals", "vars",
            "id", "hash", "type", "input", "open", "iter", "super", "object", "callable",
            "format", "bytes", "bytearray", "memoryview", "complex", "frozenset", "issubclass", "property",
            "staticmethod", "classmethod", "__import__", "breakpoint", "help", "dir", "ascii", "bin", "hex", "oct");

    /** Built-ins that take every item of their one iterable argument before doing anything else. */
    private static final Set<String> CONSUMERS = Set.of("list", "set", "sorted", "sum", "min", "max", "dict");

    private final FunctionTranslator ft;
    private final ModuleScope module;
    private final ClassInfo cls;

    Calls(FunctionTranslator ft, ModuleScope module, ClassInfo cls) {
        this.ft = ft;
        this.module = module;
        this.cls = cls;
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }

    FunctionTranslator.Val call(Expr.Call c, PyType expected) {
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                throw Unsupported.construct("call with **kwargs", k);
            }
        }
        if (c.func() instanceof Expr.Name n) {
            if (ft.isLocal(n.id())) {
                FunctionTranslator.Val callee = ft.expr(c.func(), null);
                if (callee.type() instanceof PyType.FuncT f) {
                    return invoke(callee, f, c);
                }
            }
            FunctionSig f = module.functions.get(n.id());
            if (f != null && ft.isLocal(n.id()) == false) {
                return user(f, c, null, f.rustName());
            }
            StdlibImports.Member imported = ft.isLocal(n.id()) ? null : module.stdlib.member(n.id());
            if (imported != null) {
                return imported.module().call(ft, imported.member(), c);
            }
            ClassInfo k = module.classOf(n.id());
            if (k != null && (!k.exception() || k.objectException())) {
                return construct(k, c);
            }
            if (module.isException(n.id())) {
                if (!c.keywords().isEmpty()) {
                    throw Unsupported.type("exception arguments by keyword (BaseException takes none)", c.keywords().get(0));
                }
                return val(ft.builtinException(n.id(), c.args()), PyType.EXC);
            }
            return builtin(n.id(), c, expected);
        }
        if (c.func() instanceof Expr.Attribute a) {
            if (a.value() instanceof Expr.Call sc && sc.func() instanceof Expr.Name sn && sn.id().equals("super")) {
                return superCall(a.attr(), c);
            }
            StdlibModule stdlib = ft.importedModule(a.value());
            if (stdlib != null) {
                return stdlib.call(ft, a.attr(), c);
            }
            FunctionTranslator.Val recv = ft.expr(a.value(), null);
            return method(recv, a.attr(), c, expected);
        }
        if (c.func() instanceof Expr.Subscript || c.func() instanceof Expr.Call) {
            FunctionTranslator.Val callee = ft.expr(c.func(), null);
            if (callee.type() instanceof PyType.FuncT f) {
                return invoke(callee, f, c);
            }
        }
        throw Unsupported.construct("call of a computed function", c.func());
    }

    /** A call through a function value: positional arguments only, as Callable describes. */
    private FunctionTranslator.Val invoke(FunctionTranslator.Val callee, PyType.FuncT f, Expr.Call c) {
        if (!c.keywords().isEmpty()) {
            throw Unsupported.construct("keyword argument in a call of a " + f.python(), c.keywords().get(0));
        }
        if (c.args().size() != f.params().size()) {
            throw Unsupported.type("a " + f.python() + " takes " + f.params().size() + " arguments, got " + c.args().size(), c);
        }
        String fn;
        if (callee.code() instanceof RExpr.Atom a && a.text().matches("(r#)?[A-Za-z_][A-Za-z0-9_]*")) {
            fn = a.text();
        } else {
            Local tmp = ft.temp("function", f);
            ft.emit(new RStmt.Let(tmp, false, ft.owned(callee)));
            fn = tmp.rust();
        }
        List<RExpr> args = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            args.add(ft.owned(arg(c, i, f.params().get(i))));
        }
        return val(ft.tryOf(new RExpr.Call(fn, args)), f.ret());
    }

    // -------------------------------------------------------------------- arguments

    private Map<String, Expr> keywords(Expr.Call c, Set<String> allowed) {
        Map<String, Expr> out = new LinkedHashMap<>();
        for (Keyword k : c.keywords()) {
            if (!allowed.contains(k.arg())) {
                throw Unsupported.construct("keyword argument '" + k.arg() + "' here", k);
            }
            out.put(k.arg(), k.value());
        }
        return out;
    }

    /**
     * {@code sum(xs)} and {@code sum(xs, start)}. Python folds from the start value, which is the
     * int 0 when none is given, so an empty float sum is {@code 0}, not {@code 0.0}: a float sum
     * is translated only when the start makes the result a float whatever the length.
     */
    private FunctionTranslator.Val sum(Expr.Call c) {
        arity(c, 1, 2, "sum");
        Map<String, Expr> kw = keywords(c, Set.of("start"));
        if (c.args().size() == 2 && kw.containsKey("start")) {
            throw Unsupported.type("sum() got the start value twice", c);
        }
        Expr startExpr = c.args().size() == 2 ? c.args().get(1) : kw.get("start");
        FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
        PyType elem = elem(v, c);
        RExpr vec = orderFree(v, c);
        FunctionTranslator.Val start = startExpr == null ? null : ft.expr(startExpr, null);
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

    private void arity(Expr.Call c, int min, int max, String what) {
        if (c.args().size() < min || c.args().size() > max) {
            throw Unsupported.type(what + "() takes " + (min == max ? String.valueOf(min) : min + " to " + max)
                    + " arguments, got " + c.args().size(), c);
        }
    }

    /** Binds a call's arguments to a signature: positional, then by keyword, then defaults. */
    List<RExpr> bind(FunctionSig sig, List<Expr> args, List<Keyword> kws, Node at) {
        if (!sig.positionalOnly() || args.stream().anyMatch(a -> a instanceof Expr.Starred)) {
            return new ArgumentBinder(ft).bind(sig, args, kws, at);
        }
        int n = sig.params().size();
        Expr[] given = new Expr[n];
        if (args.size() > n) {
            throw Unsupported.type(sig.pythonName() + "() takes " + n + " arguments, got " + args.size(), at);
        }
        for (int i = 0; i < args.size(); i++) {
            given[i] = args.get(i);
        }
        for (Keyword k : kws) {
            int i = sig.indexOf(k.arg());
            if (i < 0 || given[i] != null) {
                throw Unsupported.type(sig.pythonName() + "() got an unexpected or repeated argument '" + k.arg() + "'", k);
            }
            given[i] = k.value();
        }
        Map<Integer, FunctionTranslator.Val> early = ArgumentBinder.inWrittenOrder(ft, sig, given, args, kws);
        List<RExpr> out = new ArrayList<>();
        // A generator's frame lets go of its arguments when it ends, even by an exception; a
        // function's lives on in the exception's traceback. So one such argument, to a generator.
        boolean toGenerator = sig.returns() instanceof PyType.GenT;
        int closable = 0;
        for (int i = 0; i < n; i++) {
            FunctionSig.Param p = sig.params().get(i);
            Expr e = given[i] != null ? given[i] : p.defaultValue();
            if (e == null) {
                throw Unsupported.type(sig.pythonName() + "() missing argument '" + p.name() + "'", at);
            }
            FunctionTranslator.Val v = early.containsKey(i) ? early.get(i) : ft.expr(e, p.type());
            if (ft.closable(e, v.type()) && (!toGenerator || closable++ > 0)) {
                ft.refuseKeepingClosable(e, v.type(), toGenerator ? "next to another one, passed to a generator"
                        : "passed to a function that is not a generator");
            }
            out.add(ft.owned(ft.coerce(v, p.type(), e)));
        }
        return out;
    }

    private FunctionTranslator.Val user(FunctionSig f, Expr.Call c, RExpr receiver, String rustName) {
        List<RExpr> args = bind(f, c.args(), c.keywords(), c);
        RExpr call = receiver == null ? new RExpr.Call(rustName, args) : new RExpr.Method(receiver, rustName, args);
        return val(ft.tryOf(call), f.returns());
    }

    private FunctionTranslator.Val construct(ClassInfo k, Expr.Call c) {
        FunctionSig init = k.signature("__init__");
        if (k.exception()) {
            List<RExpr> args = new ArrayList<>();
            if (init == null) {
                args.add(exceptionArgs(c));
            } else {
                if (!ExceptionArgs.setsArgs(k)) {
                    args.add(new RExpr.Atom(String.valueOf(c.args().size())));
                }
                args.addAll(bind(init, c.args(), c.keywords(), c));
            }
            return val(ft.tryOf(new RExpr.Call(k.rustName() + "::" + ClassEmitter.constructor(k), args)), new PyType.ClassT(k));
        }
        List<RExpr> args = init == null ? List.of() : bind(init, c.args(), c.keywords(), c);
        if (init == null && (!c.args().isEmpty() || !c.keywords().isEmpty())) {
            throw Unsupported.type(k.name() + "() takes no arguments", c);
        }
        return val(ft.tryOf(new RExpr.Call(k.rustName() + "::" + ClassEmitter.constructor(k), args)), new PyType.ClassT(k));
    }

    /** The arguments of a call of BaseException's constructor or __init__, as {@code py::Args}. */
    RExpr exceptionArgs(Expr.Call c) {
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type("exception arguments by keyword (BaseException takes none)", c.keywords().get(0));
        }
        List<RExpr> refs = new ArrayList<>();
        for (Expr a : c.args()) {
            FunctionTranslator.Val v = ft.expr(a, null);
            if (!ExceptionArgs.immutable(v.type())) {
                throw Unsupported.construct("exception argument of type " + v.type().python()
                        + " (only values that cannot change: str, int, float, bool, tuples of them)", a);
            }
            refs.add(ft.ref(v));
        }
        return ExceptionArgs.args(refs);
    }

    private FunctionTranslator.Val superCall(String method, Expr.Call c) {
        if (cls != null && cls.exception() && method.equals("__init__")
                && (cls.base() == null || cls.base().resolve("__init__") == null)) {
            // BaseException.__init__(*args): replaces the object's args.
            return val(RExpr.method(new RExpr.Atom("self"), "set_args", exceptionArgs(c)), PyType.NONE);
        }
        if (cls != null && cls.exception() && (method.equals("__str__") || method.equals("__repr__"))
                && (cls.base() == null || cls.base().resolve(method) == null)) {
            // BaseException's own str() and repr(), from args.
            arity(c, 0, 0, method);
            String fn = method.equals("__str__") ? "exception_str" : "exception_repr";
            return val(RExpr.method(new RExpr.Atom("self"), fn), PyType.STR);
        }
        if (cls == null || cls.base() == null) {
            throw Unsupported.construct("super() outside a derived class", c);
        }
        ClassInfo owner = cls.base().resolve(method);
        if (owner == null) {
            if (method.equals("__init__") && c.args().isEmpty()) {
                return val(new RExpr.Atom("()"), PyType.NONE);
            }
            throw Unsupported.type("no method '" + method + "' in the bases of " + cls.name(), c);
        }
        FunctionSig sig = owner.signatures().get(method);
        return user(sig, c, new RExpr.Atom("self"), ClassEmitter.implName(owner, method));
    }

    // -------------------------------------------------------------------- builtins

    private FunctionTranslator.Val builtin(String name, Expr.Call c, PyType expected) {
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
                return new PrintCall(ft).print(keywords(c, Set.of("sep", "end")), c);
            case "len": {
                arity(c, 1, 1, name);
                keywords(c, Set.of());
                if (c.args().get(0) instanceof Expr.GeneratorExp) {
                    throw Unsupported.type("object of type generator has no len()", c);
                }
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                PyType t = v.type();
                if (t instanceof PyType.ListT || t instanceof PyType.DictT || t instanceof PyType.SetT) {
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
                arity(c, 1, 3, name);
                keywords(c, Set.of());
                List<RExpr> a = new ArrayList<>();
                for (Expr e : c.args()) {
                    a.add(ft.coerce(ft.expr(e, PyType.INT), PyType.INT, e).code());
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
                arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
                    return new FunctionTranslator.Val(new RExpr.Atom("\"\""), PyType.STR, FunctionTranslator.Kind.STRLIT);
                }
                return ft.str(ft.expr(c.args().get(0), null));
            }
            case "repr": {
                arity(c, 1, 1, name);
                return val(ft.repr(ft.expr(c.args().get(0), null)), PyType.STR);
            }
            case "int": {
                arity(c, 0, 2, name);
                keywords(c, Set.of());
                if (c.args().isEmpty()) {
                    return val(new RExpr.Atom("0"), PyType.INT);
                }
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
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
                arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
                    return val(new RExpr.Atom("0.0"), PyType.FLOAT);
                }
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                if (v.type() == PyType.INT || v.type() == PyType.FLOAT || v.type() == PyType.NUM) {
                    return ft.promote(v, c);
                }
                if (v.type() == PyType.STR) {
                    return val(ft.tryOf(RExpr.call("py::str_to_float", ft.strRef(v))), PyType.FLOAT);
                }
                throw Unsupported.type("float() of " + v.type().python(), c);
            }
            case "bool": {
                arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
                    return val(new RExpr.Atom("false"), PyType.BOOL);
                }
                return val(ft.truthy(ft.expr(c.args().get(0), null), c), PyType.BOOL);
            }
            case "abs": {
                arity(c, 1, 1, name);
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                if (v.type() == PyType.INT) {
                    return val(RExpr.call("py::abs_int", v.code()), PyType.INT);
                }
                if (v.type() == PyType.FLOAT) {
                    return val(RExpr.call("f64::abs", v.code()), PyType.FLOAT);
                }
                if (v.type() == PyType.NUM) {
                    return val(RExpr.method(v.code(), "abs"), PyType.NUM);
                }
                throw Unsupported.type("abs() of " + v.type().python(), c);
            }
            case "round": {
                arity(c, 1, 2, name);
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                if (c.args().size() == 1) {
                    if (v.type() == PyType.INT) {
                        return v;
                    }
                    if (v.type() == PyType.FLOAT) {
                        return val(ft.tryOf(RExpr.call("py::round_int", v.code())), PyType.INT);
                    }
                    if (v.type() == PyType.NUM) {
                        return val(ft.tryOf(RExpr.method(v.code(), "round")), PyType.INT);
                    }
                } else if (v.type() == PyType.NUM) {
                    FunctionTranslator.Val d = ft.coerce(ft.expr(c.args().get(1), PyType.INT), PyType.INT, c.args().get(1));
                    return val(RExpr.method(v.code(), "round_to", d.code()), PyType.NUM);
                } else if (v.type() == PyType.FLOAT) {
                    FunctionTranslator.Val d = ft.coerce(ft.expr(c.args().get(1), PyType.INT), PyType.INT, c.args().get(1));
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
                arity(c, 1, 1, name);
                Map<String, Expr> kw = keywords(c, Set.of("key", "reverse"));
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                PyType elem = elem(v, c);
                RExpr vec = orderFree(v, c);
                RExpr reverse = kw.containsKey("reverse")
                        ? ft.truthy(ft.expr(kw.get("reverse"), PyType.BOOL), kw.get("reverse")) : new RExpr.Atom("false");
                RExpr sorted;
                if (kw.containsKey("key")) {
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
                arity(c, 1, 1, name);
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
                arity(c, 1, 2, name);
                Map<String, Expr> kw = keywords(c, Set.of("start"));
                FunctionTranslator.Val v = ft.lazyOperand(c.args().get(0), false);
                PyType elem = elem(v, c);
                Expr startE = c.args().size() == 2 ? c.args().get(1) : kw.get("start");
                RExpr start = startE == null ? new RExpr.Atom("0") : ft.coerce(ft.expr(startE, PyType.INT), PyType.INT, startE).code();
                if (v.type() instanceof PyType.GenT) {
                    // Lazy, as Python's: each item is taken when the loop asks for it.
                    return val(RExpr.call("py::enumerate_gen", ft.owned(v), start),
                            new PyType.GenT(new PyType.TupleT(List.of(PyType.INT, elem))));
                }
                return val(RExpr.call("py::enumerate", ft.iterVecOf(v, c), start),
                        new PyType.IterT(new PyType.TupleT(List.of(PyType.INT, elem)), "enumerate"));
            }
            case "zip": {
                arity(c, 1, 2, name);
                keywords(c, Set.of());
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
                arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
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
                arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
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
                arity(c, 0, 1, name);
                keywords(c, Set.of());
                if (c.args().isEmpty()) {
                    if (!(expected instanceof PyType.DictT)) {
                        throw Unsupported.type("cannot settle the types of dict(); annotate it", c);
                    }
                    return val(RExpr.call("py::Dict::new"), expected);
                }
                FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
                if (v.type() instanceof PyType.DictT) {
                    return val(RExpr.call("py::Dict::from_dict", ft.ref(v)), v.type());
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
                arity(c, 1, 1, name);
                FunctionTranslator.Val v = ft.coerce(ft.expr(c.args().get(0), PyType.STR), PyType.STR, c);
                return val(ft.tryOf(RExpr.call("py::ord", ft.strRef(v))), PyType.INT);
            }
            case "chr": {
                arity(c, 1, 1, name);
                FunctionTranslator.Val v = ft.coerce(ft.expr(c.args().get(0), PyType.INT), PyType.INT, c);
                return val(ft.tryOf(RExpr.call("py::chr", v.code())), PyType.STR);
            }
            case "divmod": {
                arity(c, 2, 2, name);
                FunctionTranslator.Val a = ft.expr(c.args().get(0), PyType.INT);
                FunctionTranslator.Val b = ft.expr(c.args().get(1), PyType.INT);
                if (a.type() != PyType.INT || b.type() != PyType.INT) {
                    throw Unsupported.construct("divmod() of floats", c);
                }
                return val(ft.tryOf(RExpr.call("py::divmod", a.code(), b.code())),
                        new PyType.TupleT(List.of(PyType.INT, PyType.INT)));
            }
            case "pow": {
                arity(c, 2, 3, name);
                keywords(c, Set.of());
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
        arity(c, 1, 2, "next");
        keywords(c, Set.of());
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

    private PyType elem(FunctionTranslator.Val v, Node at) {
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

    private static void requireOrderable(PyType t, Node at) {
        if (!PyType.orderable(t)) {
            throw Unsupported.type("'<' not supported between instances of " + t.python(), at);
        }
    }

    private FunctionTranslator.Val extreme(String name, Expr.Call c) {
        Map<String, Expr> kw = keywords(c, Set.of("key"));
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

    private record KeyedItems(RExpr items, RExpr keys) {}

    /** A comparison closure held in a variable of its own, passed by reference. */
    private RExpr comparator(String closure) {
        Local l = ft.temp("less", new PyType.Prim("closure", "_", false));
        ft.emit(new RStmt.Let(l, false, new RExpr.Atom(closure)));
        return new RExpr.Atom("&" + l.rust());
    }

    /**
     * Evaluates a key function over items, in order, into a Vec of keys emitted before the
     * statement: the lambda's body becomes the body of a loop (so it may raise like any code).
     */
    private KeyedItems keyed(RExpr vec, PyType elem, Expr key) {
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
        arity(c, 1, 1, name);
        keywords(c, Set.of());
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
        arity(c, 2, 2, "isinstance");
        FunctionTranslator.Val v = ft.expr(c.args().get(0), null);
        List<Expr> types = c.args().get(1) instanceof Expr.Tuple t ? t.elts() : List.of(c.args().get(1));
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
            return RExpr.call("py::exc_matches", new RExpr.Field(v.code(), "kind"), new RExpr.Atom("\"" + t + "\""),
                    new RExpr.Atom("user_exception_base"));
        }
        ClassInfo k = module.classOf(t);
        if (vt instanceof PyType.ClassT ce && ce.info().exception() && module.isException(t)) {
            return RExpr.call("py::exc_matches", RExpr.method(v.code(), "class_name"), new RExpr.Atom("\"" + t + "\""),
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
            case "int" -> vt == PyType.INT || vt == PyType.BOOL;
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

    // -------------------------------------------------------------------- methods

    private FunctionTranslator.Val method(FunctionTranslator.Val recv, String name, Expr.Call c, PyType expected) {
        PyType t = recv.type();
        if (t instanceof PyType.ClassT ct) {
            FunctionSig sig = ct.info().signature(name);
            if (sig == null || name.startsWith("__")) {
                if (ct.info().field(name) instanceof PyType.FuncT f) {
                    return invoke(val(RExpr.method(recv.code(), "get_" + FunctionTranslator.fieldName(name)), f), f, c);
                }
                if (ct.info().field(name) != null) {
                    throw Unsupported.construct("call of attribute '" + name + "'", c);
                }
                throw Unsupported.type("'" + ct.info().name() + "' has no method '" + name + "'", c);
            }
            return user(sig, c, recv.code(), ClassEmitter.methodName(name));
        }
        if (t == PyType.STR) {
            return new StrMethods(ft).call(recv, name, c);
        }
        if (t instanceof PyType.ListT l) {
            return listMethod(recv, l, name, c);
        }
        if (t instanceof PyType.DictT d) {
            return dictMethod(recv, d, name, c);
        }
        if (t instanceof PyType.SetT s) {
            return setMethod(recv, s, name, c);
        }
        throw Unsupported.construct("method '" + name + "' of " + t.python(), c);
    }

    private FunctionTranslator.Val arg(Expr.Call c, int i, PyType type) {
        Expr e = c.args().get(i);
        return ft.coerce(ft.expr(e, type), type, e);
    }

    private FunctionTranslator.Val listMethod(FunctionTranslator.Val recv, PyType.ListT l, String name, Expr.Call c) {
        RExpr r = recv.code();
        PyType el = l.elem();
        if (PyType.holdsFunction(el) && Set.of("remove", "index", "count").contains(name)) {
            throw Unsupported.construct("list." + name + "() on a " + l.python(), c);
        }
        if (Dunders.hasUserEq(el) && Set.of("remove", "index", "count").contains(name)) {
            // Through the class's __eq__, which may raise.
            arity(c, 1, 1, name);
            PyType result = name.equals("remove") ? PyType.NONE : PyType.INT;
            return val(ft.tryOf(RExpr.method(r, name + "_eq", ft.ref(arg(c, 0, el)))), result);
        }
        switch (name) {
            case "append":
                arity(c, 1, 1, name);
                ft.refuseKeepingClosable(c.args().get(0), el, "kept in a list");
                return val(RExpr.method(r, "append", ft.owned(arg(c, 0, el))), PyType.NONE);
            case "extend": {
                arity(c, 1, 1, name);
                FunctionTranslator.Val v = ft.expr(c.args().get(0), l);
                if (!elem(v, c).equals(el)) {
                    throw Unsupported.type("extend() of " + l.python() + " with " + v.type().python(), c);
                }
                return val(RExpr.method(r, "extend", ft.iterVecOf(v, c)), PyType.NONE);
            }
            case "pop":
                arity(c, 0, 1, name);
                if (c.args().isEmpty()) {
                    return val(ft.tryOf(RExpr.method(r, "pop")), el);
                }
                return val(ft.tryOf(RExpr.method(r, "pop_at", arg(c, 0, PyType.INT).code())), el);
            case "insert":
                arity(c, 2, 2, name);
                return val(RExpr.method(r, "insert", arg(c, 0, PyType.INT).code(), ft.owned(arg(c, 1, el))), PyType.NONE);
            case "remove":
                arity(c, 1, 1, name);
                return val(ft.tryOf(RExpr.method(r, "remove", ft.ref(arg(c, 0, el)))), PyType.NONE);
            case "index":
                arity(c, 1, 1, name);
                return val(ft.tryOf(RExpr.method(r, "index", ft.ref(arg(c, 0, el)))), PyType.INT);
            case "count":
                arity(c, 1, 1, name);
                return val(RExpr.method(r, "count", ft.ref(arg(c, 0, el))), PyType.INT);
            case "reverse":
            case "clear":
                arity(c, 0, 0, name);
                return val(RExpr.method(r, name), PyType.NONE);
            case "copy":
                arity(c, 0, 0, name);
                return val(RExpr.method(r, "copy"), l);
            case "sort": {
                arity(c, 0, 0, name);
                Map<String, Expr> kw = keywords(c, Set.of("key", "reverse"));
                RExpr reverse = kw.containsKey("reverse")
                        ? ft.truthy(ft.expr(kw.get("reverse"), PyType.BOOL), kw.get("reverse")) : new RExpr.Atom("false");
                if (kw.containsKey("key")) {
                    KeyedItems k = keyed(RExpr.method(r, "items"), el, kw.get("key"));
                    return val(RExpr.method(r, "set_items", RExpr.call("py::sort_by_key", k.items, k.keys, reverse)), PyType.NONE);
                }
                if (ObjectOperators.lessThan(el, false) != null) {
                    RExpr sorted = ft.tryOf(RExpr.call("py::sort_by_lt", RExpr.method(r, "items"), reverse,
                            comparator(ObjectOperators.lessThan(el, false))));
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
                arity(c, 1, 2, name);
                if (c.args().size() == 1) {
                    return val(RExpr.method(r, "get", ft.ref(arg(c, 0, d.key()))), new PyType.OptionalT(d.value()));
                }
                return val(RExpr.method(r, "get_or", ft.ref(arg(c, 0, d.key())), ft.owned(arg(c, 1, d.value()))), d.value());
            case "keys":
                arity(c, 0, 0, name);
                return val(RExpr.method(r, "keys"), new PyType.IterT(d.key(), "dict_keys"));
            case "values":
                arity(c, 0, 0, name);
                return val(RExpr.method(r, "values"), new PyType.IterT(d.value(), "dict_values"));
            case "items":
                arity(c, 0, 0, name);
                return val(RExpr.method(r, "items"), new PyType.IterT(new PyType.TupleT(List.of(d.key(), d.value())), "dict_items"));
            case "setdefault":
                arity(c, 2, 2, name);
                return val(RExpr.method(r, "setdefault", ft.owned(arg(c, 0, d.key())), ft.owned(arg(c, 1, d.value()))), d.value());
            case "pop":
                arity(c, 1, 2, name);
                if (c.args().size() == 1) {
                    return val(ft.tryOf(RExpr.method(r, "pop", ft.ref(arg(c, 0, d.key())))), d.value());
                }
                return val(RExpr.method(r, "pop_or", ft.ref(arg(c, 0, d.key())), ft.owned(arg(c, 1, d.value()))), d.value());
            case "update": {
                arity(c, 1, 1, name);
                return val(RExpr.method(r, "update", ft.ref(arg(c, 0, d))), PyType.NONE);
            }
            case "clear":
                arity(c, 0, 0, name);
                return val(RExpr.method(r, "clear"), PyType.NONE);
            case "copy":
                arity(c, 0, 0, name);
                return val(RExpr.method(r, "copy"), d);
            default:
                throw Unsupported.construct("dict method '" + name + "'", c);
        }
    }

    private FunctionTranslator.Val setMethod(FunctionTranslator.Val recv, PyType.SetT s, String name, Expr.Call c) {
        RExpr r = recv.code();
        switch (name) {
            case "add":
                arity(c, 1, 1, name);
                return val(RExpr.method(r, "add", ft.owned(arg(c, 0, s.elem()))), PyType.NONE);
            case "discard":
                arity(c, 1, 1, name);
                return val(RExpr.method(r, "discard", ft.ref(arg(c, 0, s.elem()))), PyType.NONE);
            case "remove":
                arity(c, 1, 1, name);
                return val(ft.tryOf(RExpr.method(r, "remove", ft.ref(arg(c, 0, s.elem())))), PyType.NONE);
            case "union":
            case "intersection":
            case "difference":
            case "symmetric_difference":
                arity(c, 1, 1, name);
                return val(RExpr.method(r, name, ft.ref(arg(c, 0, s))), s);
            case "issubset":
            case "issuperset":
                arity(c, 1, 1, name);
                return val(RExpr.method(r, name, ft.ref(arg(c, 0, s))), PyType.BOOL);
            case "update": {
                arity(c, 1, 1, name);
                FunctionTranslator.Val other = ft.expr(c.args().get(0), s);
                if (other.type() instanceof PyType.SetT) {
                    return val(RExpr.method(r, "update", ft.ref(ft.coerce(other, s, c.args().get(0)))), PyType.NONE);
                }
                // Any other iterable is added item by item, in its order.
                if (!elem(other, c).equals(s.elem())) {
                    throw Unsupported.type("set.update() of " + other.type().python() + " into " + s.python(), c);
                }
                return val(RExpr.method(r, "extend", ft.iterVecOf(other, c)), PyType.NONE);
            }
            case "pop":
                arity(c, 0, 0, name);
                ft.noteSetOrder(s);
                return val(ft.tryOf(RExpr.method(r, "pop")), s.elem());
            case "clear":
                arity(c, 0, 0, name);
                return val(RExpr.method(r, "clear"), PyType.NONE);
            case "copy":
                arity(c, 0, 0, name);
                return val(RExpr.method(r, "copy"), s);
            default:
                throw Unsupported.construct("set method '" + name + "'", c);
        }
    }
}
