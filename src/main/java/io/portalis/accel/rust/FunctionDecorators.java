package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decorators of a module's functions: {@code functools.cache} and {@code functools.lru_cache}
 * (a memo in a thread-local, with CPython's hit, miss and eviction rules, see {@code functools.rs}),
 * and the user decorators {@link UserDecorators} can type. The decorated function's body is
 * emitted under another name; the function's own name is the wrapper every caller (and the
 * body's own recursion) reaches. Any other decorator is refused by name.
 */
final class FunctionDecorators {

    /** What a module function's decorator makes of it. */
    sealed interface Decoration permits Cached, Wrapped {}

    /** {@code @cache} (maxsize null) or {@code @lru_cache(maxsize=N)}. */
    record Cached(Long maxsize, Expr at) implements Decoration {}

    /** Wrapped by user decorators, innermost first (see {@link UserDecorators}). */
    record Wrapped(List<UserDecorators.Application> applications) implements Decoration {}

    private final Map<String, Decoration> decorated = new LinkedHashMap<>();

    Decoration of(String function) {
        return decorated.get(function);
    }

    /** Reads a module function's decorators (collection phase); refuses those not translated. */
    void collect(Stmt.FunctionDef f, ModuleScope scope, List<Stmt.FunctionDef> earlier) {
        if (f.decorator_list().isEmpty()) {
            return;
        }
        List<Expr> ds = f.decorator_list();
        Expr last = ds.get(ds.size() - 1);
        Cached cached = cacheDecorator(last, scope);
        if (cached != null) {
            if (ds.size() > 1) {
                throw Unsupported.construct("decorator '" + DecoratedMethods.describe(ds.get(0))
                        + "' over a cached function", ds.get(0));
            }
            decorated.put(f.name(), cached);
            return;
        }
        for (Expr d : ds) {
            if (cacheDecorator(d, scope) != null || functoolsMember(d, scope) != null
                    || (d instanceof Expr.Call call && functoolsMember(call.func(), scope) != null)) {
                throw Unsupported.construct("decorator '" + DecoratedMethods.describe(d) + "' over another decorator", d);
            }
        }
        decorated.put(f.name(), new Wrapped(UserDecorators.applications(f, scope, earlier)));
    }

    /** The functools member a decorator names ({@code cache}, {@code functools.cache}), or null. */
    static String functoolsMember(Expr e, ModuleScope scope) {
        if (e instanceof Expr.Name n) {
            StdlibImports.Member m = scope.stdlib.member(n.id());
            return m != null && m.module().name().equals("functools") ? m.member() : null;
        }
        if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && scope.stdlib.module(n.id()) != null
                && scope.stdlib.module(n.id()).name().equals("functools")) {
            return a.attr();
        }
        return null;
    }

    private static Cached cacheDecorator(Expr d, ModuleScope scope) {
        String member = functoolsMember(d, scope);
        if ("cache".equals(member)) {
            return new Cached(null, d);
        }
        if ("lru_cache".equals(member)) {
            return new Cached(128L, d);
        }
        if (d instanceof Expr.Call call && "lru_cache".equals(functoolsMember(call.func(), scope))) {
            Expr size = null;
            if (call.args().size() > 1) {
                throw Unsupported.type("lru_cache() takes at most 2 positional arguments here (maxsize)", call);
            }
            if (call.args().size() == 1) {
                size = call.args().get(0);
            }
            for (Keyword k : call.keywords()) {
                if ("maxsize".equals(k.arg()) && size == null) {
                    size = k.value();
                } else if ("typed".equals(k.arg()) && k.value() instanceof Expr.Constant c
                        && c.value() instanceof ConstantValue.Bool b && !b.value()) {
                    continue;
                } else {
                    throw Unsupported.construct("lru_cache(" + k.arg() + "=...)", k);
                }
            }
            if (size == null) {
                return new Cached(128L, d);
            }
            if (size instanceof Expr.Constant c && c.value() instanceof ConstantValue.None) {
                return new Cached(null, d);
            }
            Long n = intLiteral(size);
            if (n == null) {
                throw Unsupported.construct("lru_cache maxsize other than an int literal or None", size);
            }
            return new Cached(n, d);
        }
        if (d instanceof Expr.Call call && "cache".equals(functoolsMember(call.func(), scope))) {
            throw Unsupported.type("cache() takes the function itself (write @cache)", d);
        }
        return null;
    }

    private static Long intLiteral(Expr e) {
        if (e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Int i) {
            return i.value().bitLength() < 32 ? i.value().longValue() : null;
        }
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
            Long inner = intLiteral(u.operand());
            return inner == null ? null : -inner;
        }
        return null;
    }

    // ------------------------------------------------------------------ emission

    /** The decorated function: its body under another name, the wrapper under its own. */
    String emit(Stmt.FunctionDef f, FunctionSig sig, ItemEmission items, ModuleScope scope) {
        Decoration d = decorated.get(f.name());
        if (d instanceof Wrapped w) {
            return UserDecorators.emit(f, sig, w.applications(), items, scope);
        }
        Cached c = (Cached) d;
        if (sig.returns() instanceof PyType.GenT) {
            throw Unsupported.construct(DecoratedMethods.describe(c.at()) + " on a generator function", c.at());
        }
        List<PyType> keyTypes = new ArrayList<>();
        for (FunctionSig.Param p : sig.params()) {
            if (p.kind() != FunctionSig.Kind.POSITIONAL || p.defaultValue() != null) {
                throw Unsupported.construct(DecoratedMethods.describe(c.at()) + " on a function with default, keyword-only or variadic parameters "
                        + "(CPython keys the calls by the arguments as passed)", c.at());
            }
            if (!PyType.hashable(p.type())) {
                throw Unsupported.construct(DecoratedMethods.describe(c.at()) + " on a function taking a " + p.type().python()
                        + " (only int, str, bool and tuples of them are translated as keys)", c.at());
            }
            keyTypes.add(p.type());
        }
        FunctionSig body = new FunctionSig(sig.pythonName(), items.freeName(sig.rustName() + "_uncached"), sig.params(),
                sig.returns(), sig.owner());
        String bodyText = items.emitFunction(f, body);
        if (bodyText == null) {
            return null;
        }
        String memo = memoName(f.name(), scope);
        PyType.TupleT key = new PyType.TupleT(keyTypes);
        RustPrinter p = new RustPrinter();
        p.line(0, "thread_local! {");
        p.line(4, "static " + memo + ": RefCell<functools::Cache<" + key.rust() + ", " + sig.returns().rust()
                + ">> = RefCell::new(functools::Cache::new(" + (c.maxsize() == null ? "None" : "Some(" + c.maxsize() + ")")
                + "));");
        p.line(0, "}");
        p.blank();
        List<String> params = new ArrayList<>();
        List<RExpr> keyParts = new ArrayList<>();
        List<RExpr> args = new ArrayList<>();
        for (FunctionSig.Param prm : sig.params()) {
            String n = ModuleScope.ident(prm.name());
            params.add(n + ": " + prm.type().rust());
            keyParts.add(prm.type().copy() ? new RExpr.Atom(n) : RExpr.method(new RExpr.Atom(n), "clone"));
            args.add(new RExpr.Atom(n));
        }
        ItemEmission.header(p, "fn " + sig.rustName(), params, "py::PyResult<" + sig.returns().rust() + ">");
        java.util.Set<String> taken = new java.util.HashSet<>();
        sig.params().forEach(prm -> taken.add(ModuleScope.ident(prm.name())));
        String k = unused("key", taken);
        String v = unused("value", taken);
        Local keyLocal = new Local("", k, key);
        keyLocal.assigned();
        Local value = new Local("", v, sig.returns());
        value.assigned();
        p.stmts(List.of(new RStmt.Let(keyLocal, false, new RExpr.Tuple(keyParts))), 4);
        p.line(4, "if let Some(" + v + ") = functools::lookup(&" + memo + ", &" + k + ") {");
        p.line(8, "return Ok(" + v + ");");
        p.line(4, "}");
        p.stmts(List.of(new RStmt.Let(value, false, new RExpr.Try(new RExpr.Call(body.rustName(), args), null))), 4);
        p.line(4, "functools::store(&" + memo + ", " + k + ", " + v + ".clone());");
        p.line(4, "Ok(" + v + ")");
        p.line(0, "}");
        return bodyText + "\n" + p.text();
    }

    private static String unused(String name, java.util.Set<String> taken) {
        while (taken.contains(name)) {
            name = name + "_";
        }
        return name;
    }

    private final Map<String, String> memoNames = new LinkedHashMap<>();

    /** The thread-local holding a cached function's memo: {@code <name>_cache}, unless a module item has it. */
    String memoName(String function, ModuleScope scope) {
        return memoNames.computeIfAbsent(function, k -> ItemEmission.freeName(scope,
                scope.functions.get(k).rustName().replace("r#", "") + "_cache"));
    }

    // ------------------------------------------------------------------ calls

    /**
     * A call this class lowers ({@code f.cache_info()}, {@code f.cache_clear()}), or null; refuses
     * keyword arguments in a call of a cached function (CPython caches them under another key).
     */
    static FunctionTranslator.Val call(FunctionTranslator ft, Expr.Call c) {
        FunctionDecorators fd = ft.module.functionDecorators;
        if (c.func() instanceof Expr.Name n && !ft.isLocal(n.id()) && fd.of(n.id()) != null && !c.keywords().isEmpty()) {
            throw Unsupported.construct("keyword argument in a call of the " + (fd.of(n.id()) instanceof Cached ? "cached"
                    : "decorated") + " function '" + n.id() + "' (" + (fd.of(n.id()) instanceof Cached
                    ? "CPython caches it apart from the positional call)" : "its wrapper's parameters take it)"),
                    c.keywords().get(0));
        }
        if (!(c.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name n && !ft.isLocal(n.id())
                && ft.module.globals.get(n.id()) == null && fd.of(n.id()) != null)) {
            return null;
        }
        if (!(fd.of(n.id()) instanceof Cached)) {
            throw Unsupported.construct("attribute '" + a.attr() + "' of the decorated function '" + n.id() + "'", c);
        }
        RExpr with = new RExpr.Atom(fd.memoName(n.id(), ft.module));
        if (!c.args().isEmpty() || !c.keywords().isEmpty()) {
            throw Unsupported.type(a.attr() + "() takes no arguments", c);
        }
        switch (a.attr()) {
            case "cache_info":
                return Calls.val(RExpr.method(with, "with", new RExpr.Atom("|c| c.borrow().info()")), cacheInfoType());
            case "cache_clear":
                return Calls.val(RExpr.method(with, "with", new RExpr.Atom("|c| c.borrow_mut().clear()")), PyType.NONE);
            default:
                throw Unsupported.construct("attribute '" + a.attr() + "' of the cached function '" + n.id() + "'", c);
        }
    }

    /** The type of {@code cache_info()}'s named tuple: its counts are ints. */
    static PyType.LibT cacheInfoType() {
        return new PyType.LibT("functools", "cacheInfo", List.of(PyType.INT), PyType.INT);
    }

    /** {@code info.hits} and the other fields of a {@code cache_info()}; null for other types. */
    static FunctionTranslator.Val cacheInfoField(FunctionTranslator.Val obj, String attr, Expr at) {
        if (!obj.type().equals(cacheInfoType())) {
            return null;
        }
        return switch (attr) {
            case "hits", "misses", "currsize" -> Calls.val(new RExpr.Field(obj.code(), attr), PyType.INT);
            case "maxsize" -> Calls.val(new RExpr.Field(obj.code(), attr), new PyType.OptionalT(PyType.INT));
            default -> throw Unsupported.type("'CacheInfo' object has no attribute '" + attr + "'", at);
        };
    }
}
