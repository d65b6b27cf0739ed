package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * User decorators on module functions: {@code @deco} where {@code deco} is a module function
 * taking the function as a {@code Callable[[...], R]} and returning one of the same type (a
 * wrapper closure), and {@code @factory(args)} where the factory returns such a decorator. The
 * decorated function keeps its signature; its body is emitted as {@code <name>_undecorated} and
 * its name calls the decorated value.
 *
 * <p>CPython applies a decorator when the {@code def} runs; the translation applies it at the
 * first call. The two agree because only decorators whose application cannot be seen are
 * translated: each decorator (and factory) body only defines functions (decorated at most by
 * {@code functools.wraps}) and returns one of them, and a factory's arguments are literals. Any
 * other decorator is refused by name.
 */
final class UserDecorators {
    private UserDecorators() {}

    /** One decorator as written: the module function it names and, for a factory, its literal arguments. */
    record Application(String function, List<Expr> args, Expr at) {
        boolean factory() {
            return args != null;
        }
    }

    /** The decorators of a module function, innermost (last written) first; refuses other shapes. */
    static List<Application> applications(Stmt.FunctionDef f, ModuleScope scope, List<Stmt.FunctionDef> moduleFunctions) {
        List<Application> out = new ArrayList<>();
        for (int i = f.decorator_list().size() - 1; i >= 0; i--) {
            Expr d = f.decorator_list().get(i);
            String name = null;
            List<Expr> args = null;
            if (d instanceof Expr.Name n) {
                name = n.id();
            } else if (d instanceof Expr.Call c && c.func() instanceof Expr.Name n && c.keywords().isEmpty()) {
                name = n.id();
                args = c.args();
                for (Expr a : args) {
                    if (!literal(a)) {
                        throw Unsupported.construct("decorator '" + DecoratedMethods.describe(d) + "' with an argument "
                                + "that is not a literal", a);
                    }
                }
            }
            String wanted = name;
            Stmt.FunctionDef def = wanted == null ? null
                    : moduleFunctions.stream().filter(g -> g.name().equals(wanted)).findFirst().orElse(null);
            if (def == null || !def.decorator_list().isEmpty()) {
                throw Unsupported.construct("decorator '" + DecoratedMethods.describe(d) + "' on function '" + f.name()
                        + "' (only module functions that return a wrapper are translated)", d);
            }
            if (!returnsOnlyADef(def, args != null ? 2 : 1, scope)) {
                throw Unsupported.construct("decorator '" + DecoratedMethods.describe(d) + "' whose body does more than "
                        + "define and return its wrapper (CPython runs it when the def runs)", d);
            }
            out.add(new Application(name, args, d));
        }
        return out;
    }

    private static boolean literal(Expr e) {
        if (e instanceof Expr.Constant k) {
            return k.value() instanceof ConstantValue.Int || k.value() instanceof ConstantValue.Str
                    || k.value() instanceof ConstantValue.Bool || k.value() instanceof ConstantValue.Float;
        }
        return e instanceof Expr.UnaryOp u && literal(u.operand());
    }

    /**
     * Whether calling the function only makes closures: its body is function definitions (with
     * no decorator but {@code wraps}) and a return of one of them; {@code depth} 2: the returned
     * one is such a function too (a decorator factory).
     */
    private static boolean returnsOnlyADef(Stmt.FunctionDef f, int depth, ModuleScope scope) {
        List<Stmt> body = f.body();
        int start = 0;
        if (!body.isEmpty() && ClassInfo.trivial(body.get(0)) && !(body.get(0) instanceof Stmt.Pass)) {
            start = 1;
        }
        if (body.size() - start < 2 || !(body.get(body.size() - 1) instanceof Stmt.Return r)
                || !(r.value() instanceof Expr.Name returned)) {
            return false;
        }
        Stmt.FunctionDef found = null;
        for (int i = start; i < body.size() - 1; i++) {
            if (!(body.get(i) instanceof Stmt.FunctionDef g) || !g.decorator_list().stream().allMatch(d -> wraps(d, scope))) {
                return false;
            }
            if (g.name().equals(returned.id())) {
                found = g;
            }
        }
        return found != null && (depth == 1 || returnsOnlyADef(found, depth - 1, scope));
    }

    /** {@code @wraps(f)} or {@code @functools.wraps(f)} of a name (its copying of metadata cannot be seen here). */
    static boolean wraps(Expr d, ModuleScope scope) {
        return d instanceof Expr.Call c && c.args().size() == 1 && c.keywords().isEmpty()
                && c.args().get(0) instanceof Expr.Name && "wraps".equals(FunctionDecorators.functoolsMember(c.func(), scope));
    }

    /** The decorated function: its body, the decorated value (made at the first call), and the function calling it. */
    static String emit(Stmt.FunctionDef f, FunctionSig sig, List<Application> applications, ItemEmission items,
            ModuleScope scope) {
        if (sig.returns() instanceof PyType.GenT || !sig.positionalOnly()
                || sig.params().stream().anyMatch(p -> p.defaultValue() != null)) {
            throw Unsupported.construct("decorator '" + DecoratedMethods.describe(applications.get(0).at())
                    + "' on a generator or a function with default, keyword-only or variadic parameters", applications.get(0).at());
        }
        PyType.FuncT type = Closures.typeOf(sig);
        FunctionSig body = new FunctionSig(sig.pythonName(), items.freeName(sig.rustName().replace("r#", "") + "_undecorated"),
                sig.params(), sig.returns(), sig.owner());
        String bodyText = items.emitFunction(f, body);
        if (bodyText == null) {
            return null;
        }
        FunctionTranslator ft = new FunctionTranslator(scope, null, null, false);
        RExpr value = new RExpr.Call("Rc::new", List.of(new RExpr.Atom(body.rustName())));
        for (Application a : applications) {
            FunctionSig d = scope.functions.get(a.function());
            PyType.FuncT decorator = new PyType.FuncT(List.of(type), type);
            if (a.factory()) {
                if (!(d.returns() instanceof PyType.FuncT made) || !made.equals(decorator)) {
                    throw Unsupported.type("decorator factory '" + a.function() + "' must return a " + decorator.python()
                            + " to decorate '" + f.name() + "'", a.at());
                }
                List<RExpr> args = new Calls(ft, scope, null).bind(d, a.args(), List.of(), a.at());
                RExpr made0 = orDie(new RExpr.Call(d.rustName(), args));
                value = orDie(new RExpr.Call("(" + RustPrinter.flat(made0) + ")", List.of(value)));
            } else {
                if (d.params().size() != 1 || !d.params().get(0).type().equals(type) || !d.returns().equals(type)) {
                    throw Unsupported.type("decorator '" + a.function() + "' must take and return a " + type.python()
                            + " to decorate '" + f.name() + "'", a.at());
                }
                value = orDie(new RExpr.Call(d.rustName(), List.of(value)));
            }
        }
        String held = items.freeName(sig.rustName().replace("r#", "") + "_decorated");
        RustPrinter p = new RustPrinter();
        p.line(0, "thread_local! {");
        p.line(4, "/// The decorated function, made at the first call: the decorators only make closures.");
        p.line(4, "static " + held + ": " + type.rust() + " = " + RustPrinter.flat(value) + ";");
        p.line(0, "}");
        p.blank();
        List<String> params = new ArrayList<>();
        List<RExpr> args = new ArrayList<>();
        for (FunctionSig.Param prm : sig.params()) {
            String n = ModuleScope.ident(prm.name());
            params.add(n + ": " + prm.type().rust());
            args.add(new RExpr.Atom(n));
        }
        ItemEmission.header(p, "fn " + sig.rustName(), params, "py::PyResult<" + sig.returns().rust() + ">");
        String fn = "decorated";
        while (params.stream().anyMatch(s -> s.startsWith(fn + ":"))) {
            throw Unsupported.construct("parameter named 'decorated' of a decorated function", f);
        }
        p.line(4, "let " + fn + " = " + held + ".with(Rc::clone);");
        p.stmts(List.of(new RStmt.Tail(new RExpr.Call(fn, args))), 4);
        p.line(0, "}");
        return bodyText + "\n" + p.text();
    }

    private static RExpr orDie(RExpr fallible) {
        return RExpr.method(fallible, "unwrap_or_else", new RExpr.Atom("|e| py::die(&e)"));
    }
}
