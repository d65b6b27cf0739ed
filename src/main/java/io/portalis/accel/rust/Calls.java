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

    final FunctionTranslator ft;
    final ModuleScope module;
    final ClassInfo cls;

    // The lowering of calls to built-in functions and of methods of built-in values.
    final BuiltinCalls builtinCalls;
    final MethodCalls methodCalls;

    Calls(FunctionTranslator ft, ModuleScope module, ClassInfo cls) {
        this.ft = ft;
        this.module = module;
        this.cls = cls;
        this.builtinCalls = new BuiltinCalls(this);
        this.methodCalls = new MethodCalls(this);
    }

    static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }

    FunctionTranslator.Val call(Expr.Call c, PyType expected) {
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                throw Unsupported.construct("call with **kwargs", k);
            }
        }
        FunctionTranslator.Val decorated = FunctionDecorators.call(ft, c);
        if (decorated != null) {
            return decorated;
        }
        FunctionTranslator.Val classLevel = new ClassLevelCalls(this).call(c);
        if (classLevel != null) {
            return classLevel;
        }
        FunctionTranslator.Val typing = TypingForms.call(ft, this, c);
        if (typing != null) {
            return typing;
        }
        if (c.func() instanceof Expr.Name n) {
            if (ft.isLocal(n.id())) {
                FunctionTranslator.Val callee = ft.expr(c.func(), null);
                if (callee.type() instanceof PyType.FuncT f) {
                    return invoke(callee, f, c);
                }
                if (callee.type() instanceof PyType.ClassT k && k.info().signature("__call__") != null) {
                    return user(k.info().signature("__call__"), c, callee.code(), ClassEmitter.methodName("__call__"));
                }
            }
            if (!ft.isLocal(n.id()) && module.generics.isTemplate(n.id())) {
                return module.generics.call(ft, n.id(), c);
            }
            FunctionTranslator.Val generic = GenericClasses.call(ft, c, expected);
            if (generic != null) {
                return generic;
            }
            FunctionSig f = module.functions.get(n.id());
            if (f != null && ft.isLocal(n.id()) == false) {
                return user(f, c, null, f.rustName());
            }
            StdlibImports.Member imported = ft.isLocal(n.id()) ? null : module.stdlib.member(n.id());
            if (imported != null) {
                return imported.module().call(ft, imported.member(), c, expected);
            }
            ClassInfo k = module.classOf(n.id());
            if (k != null && k.enumInfo() != null) {
                return EnumClasses.byValue(ft, k, c);
            }
            if (k != null && (!k.exception() || k.objectException())) {
                return construct(k, c);
            }
            PyType newType = ft.isLocal(n.id()) ? null : module.newType(n.id());
            if (newType != null) {
                // UserId(42): a NewType's call returns its argument unchanged (typing.NewType's __call__).
                arity(c, 1, 1, n.id());
                if (!c.keywords().isEmpty()) {
                    throw Unsupported.type(n.id() + "() takes no keyword arguments", c.keywords().get(0));
                }
                return ft.coerce(ft.expr(c.args().get(0), newType), newType, c.args().get(0));
            }
            if (module.isException(n.id())) {
                if (!c.keywords().isEmpty()) {
                    throw Unsupported.type("exception arguments by keyword (BaseException takes none)", c.keywords().get(0));
                }
                return val(ft.builtinException(n.id(), c.args()), PyType.EXC);
            }
            FunctionTranslator.Val dataclassFn = DataclassExtras.call(ft, n.id(), c);
            if (dataclassFn != null) {
                return dataclassFn;
            }
            return builtin(n.id(), c, expected);
        }
        if (c.func() instanceof Expr.Attribute a) {
            if (a.value() instanceof Expr.Call sc && sc.func() instanceof Expr.Name sn && sn.id().equals("super")) {
                return superCall(a.attr(), c);
            }
            StdlibModule stdlib = ft.importedModule(a.value());
            if (stdlib != null) {
                return stdlib.call(ft, a.attr(), c, expected);
            }
            FunctionTranslator.Val environ = OsModule.environCall(ft, c);
            if (environ != null) {
                return environ;
            }
            String stream = SysModule.stream(ft, a.value());
            if (stream != null) {
                return SysModule.streamCall(ft, stream, a.attr(), c);
            }
            FunctionTranslator.Val classMethod = DatetimeModule.classCall(ft, a, c);
            if (classMethod != null) {
                return classMethod;
            }
            FunctionTranslator.Val libraryClassMethod = StdlibModules.memberMethod(ft, a, c, expected);
            if (libraryClassMethod != null) {
                return libraryClassMethod; // itertools.chain.from_iterable(...)
            }
            FunctionTranslator.Val tupleMethod = NamedTuples.call(ft, a, c);
            if (tupleMethod != null) {
                return tupleMethod;
            }
            FunctionTranslator.Val recv = ft.expr(a.value(), null);
            return method(recv, a.attr(), c, expected);
        }
        FunctionTranslator.Val generic = GenericClasses.call(ft, c, expected);
        if (generic != null) {
            return generic;
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
    FunctionTranslator.Val invoke(FunctionTranslator.Val callee, PyType.FuncT f, Expr.Call c) {
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

    Map<String, Expr> keywords(Expr.Call c, Set<String> allowed) {
        Map<String, Expr> out = new LinkedHashMap<>();
        for (Keyword k : c.keywords()) {
            if (!allowed.contains(k.arg())) {
                throw Unsupported.construct("keyword argument '" + k.arg() + "' here", k);
            }
            out.put(k.arg(), k.value());
        }
        return out;
    }

    void arity(Expr.Call c, int min, int max, String what) {
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
            out.add(ft.owned(AbstractCollections.argument(ft, ft.module.abstractParams.get(p), v, p.type(), e)));
        }
        return out;
    }

    FunctionTranslator.Val user(FunctionSig f, Expr.Call c, RExpr receiver, String rustName) {
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

    // Entry points into those lowerings.
    FunctionTranslator.Val builtin(String name, Expr.Call c, PyType expected) {
        return builtinCalls.builtin(name, c, expected);
    }

    FunctionTranslator.Val method(FunctionTranslator.Val recv, String name, Expr.Call c, PyType expected) {
        return methodCalls.method(recv, name, c, expected);
    }

    FunctionTranslator.Val arg(Expr.Call c, int i, PyType type) {
        return methodCalls.arg(c, i, type);
    }
}
