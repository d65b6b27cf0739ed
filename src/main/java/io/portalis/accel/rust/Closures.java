package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Function values: lambdas, nested functions and module functions used by name. Each becomes a
 * Rust closure in an {@code Rc<dyn Fn(..) -> py::PyResult<R>>}, so a call through it propagates
 * exceptions with {@code ?} like any call, and copies of the value are the same function.
 * A closure copies the variables it reads from enclosing functions (lists, dicts and objects
 * are shared handles, so their contents stay shared); see {@link FunctionTranslator} for the
 * check that none of them is bound again.
 */
final class Closures {
    private final FunctionTranslator ft;
    private final ModuleScope module;

    Closures(FunctionTranslator ft, ModuleScope module) {
        this.ft = ft;
        this.module = module;
    }

    /** A module-level function used as a value: one shared closure per function, made on first use. */
    static FunctionTranslator.Val functionValue(ModuleScope module, String name, io.portalis.accel.python.ast.Node at) {
        FunctionSig f = module.functions.get(name);
        if (!f.positionalOnly()) {
            throw Unsupported.construct("function '" + name + "' with *args, **kwargs or keyword-only parameters "
                    + "used as a value", at);
        }
        module.functionValues.add(name);
        return new FunctionTranslator.Val(RExpr.method(new RExpr.Atom(valueName(f)), "with", new RExpr.Atom("Rc::clone")),
                typeOf(f), FunctionTranslator.Kind.OWNED);
    }

    static PyType.FuncT typeOf(FunctionSig f) {
        return new PyType.FuncT(f.params().stream().map(FunctionSig.Param::type).toList(), f.returns());
    }

    /** The thread-local that holds a module function as a value. */
    static String valueName(FunctionSig f) {
        return "FN_" + f.rustName().replace("r#", "").toUpperCase();
    }

    FunctionTranslator.Val lambda(Expr.Lambda l, PyType expected) {
        Arguments a = l.args();
        if (a.vararg() != null || a.kwarg() != null || !a.kwonlyargs().isEmpty() || !a.posonlyargs().isEmpty()
                || !a.defaults().isEmpty()) {
            throw Unsupported.construct("lambda with default values, *args or keyword-only parameters", l);
        }
        int n = a.args().size();
        List<PyType> params;
        PyType expectedRet = null;
        if (expected instanceof PyType.OptionalT o) {
            expected = o.inner();
        }
        if (expected instanceof PyType.FuncT f) {
            if (f.params().size() != n) {
                throw Unsupported.type("lambda takes " + n + " parameters where " + f.python() + " is expected", l);
            }
            params = f.params();
            expectedRet = f.ret();
        } else if (n == 0) {
            params = List.of();
        } else {
            throw Unsupported.type("cannot settle the parameter types of this lambda; give the variable or "
                    + "parameter it goes to a Callable[[...], ...] annotation", l);
        }
        FunctionTranslator child = ft.child(null, null, l);
        PyType[] ret = new PyType[1];
        List<RStmt> body = child.lambdaBody(l, params, expectedRet, ret);
        ft.adopt(child);
        String name = ft.freshName("lambda");
        List<String> names = a.args().stream().map(Arg::arg).toList();
        emitClosure(name, child, names, params, ret[0], body, null);
        return new FunctionTranslator.Val(RExpr.call("Rc::new", new RExpr.Atom(name)), new PyType.FuncT(params, ret[0]),
                FunctionTranslator.Kind.OWNED);
    }

    /** {@code def name(...)} inside a function: binds {@code name} to a closure. */
    void nestedDef(Stmt.FunctionDef f, boolean letHere) {
        for (Expr d : f.decorator_list()) {
            // functools.wraps copies names and docs, which nothing translated reads.
            if (!UserDecorators.wraps(d, ft.module)) {
                throw Unsupported.construct("decorator '" + DecoratedMethods.describe(d) + "' on a nested function", d);
            }
        }
        Arguments a = f.args();
        if (a.vararg() != null || a.kwarg() != null || !a.kwonlyargs().isEmpty() || !a.posonlyargs().isEmpty()
                || !a.defaults().isEmpty()) {
            throw Unsupported.construct("nested function with default values, *args or keyword-only parameters", f);
        }
        List<FunctionSig.Param> params = new ArrayList<>();
        for (Arg arg : a.args()) {
            if (arg.annotation() == null) {
                throw Unsupported.type("parameter '" + arg.arg() + "' needs a type annotation", arg);
            }
            params.add(new FunctionSig.Param(arg.arg(), module.annotation(arg.annotation()), null));
        }
        PyType ret = f.returns() == null ? PyType.NONE : module.annotation(f.returns());
        FunctionSig sig = new FunctionSig(f.name(), ModuleScope.ident(f.name()), params, ret, null);
        PyType.FuncT type = typeOf(sig);
        RecursiveClosure recursion = letHere && BindingSites.of(ft.bodyStmts, f.name()).count() == 1
                ? RecursiveClosure.prepare(ft, f.name(), type) : null;
        FunctionTranslator child = ft.child(sig, f.name(), f);
        child.recursion = recursion;
        List<RStmt> body = child.translate(f.body(), f);
        ft.adopt(child);
        List<String> names = a.args().stream().map(Arg::arg).toList();
        if (letHere) {
            Local l = ft.declareLocal(f.name(), type);
            l.assigned();
            boolean recursive = recursion != null && recursion.used();
            if (recursive) {
                ft.emit(recursion.cellLet());
            }
            emitClosure(l.rust(), child, names, type.params(), ret, recursive ? recursion.body(body) : body,
                    recursive ? recursion.cellCopy() : null);
            ft.emit(new RStmt.Let(l, true, RExpr.call("Rc::new", new RExpr.Atom(l.rust()))));
            if (recursive) {
                ft.emit(recursion.fill(l));
            }
            return;
        }
        Local l = ft.localNamed(f.name());
        if (l == null) {
            throw Unsupported.construct("def of '" + f.name() + "' outside its function", f);
        }
        if (l.type() == null) {
            l.type(type);
        } else if (!l.type().equals(type)) {
            throw Unsupported.type("'" + f.name() + "' is " + l.type().python() + " but is defined as " + type.python(), f);
        }
        l.assigned();
        String name = ft.freshName(f.name().replaceAll("^_+", "") + "_def");
        emitClosure(name, child, names, type.params(), ret, body, null);
        ft.emit(new RStmt.Assign(new RExpr.Atom(l.rust()), "=", RExpr.call("Rc::new", new RExpr.Atom(name))));
    }

    /**
     * {@code let name = move |params| -> ret { body };}, after copies of the captured variables
     * that are not Copy, so the enclosing function keeps its own.
     */
    private void emitClosure(String name, FunctionTranslator child, List<String> names, List<PyType> types, PyType ret,
                             List<RStmt> body, RStmt extraCopy) {
        List<String> params = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            params.add((child.paramMutable(names.get(i)) ? "mut " : "") + ModuleScope.ident(names.get(i)) + ": "
                    + types.get(i).rust());
        }
        String head = "move |" + String.join(", ", params) + "| -> py::PyResult<" + ret.rust() + ">";
        RExpr closure = new RExpr.Closure(head, body);
        List<RStmt> copies = new ArrayList<>();
        for (Local c : child.captures()) {
            if (!c.type().copy()) {
                Local copy = new Local(c.python(), c.rust(), c.type());
                copy.assigned();
                copies.add(new RStmt.Let(copy, false, RExpr.method(new RExpr.Atom(c.rust()), "clone")));
            }
        }
        if (extraCopy != null) {
            copies.add(extraCopy);
        }
        Local made = new Local("", name, new PyType.Prim("closure", "_", false));
        made.assigned();
        ft.emit(new RStmt.Let(made, false, copies.isEmpty() ? closure : new RExpr.Block(null, copies, closure)));
    }

    /**
     * {@code map(f, xs)} and {@code filter(f, xs)} where a call consumes every item at once
     * (list(), sorted(), sum(), ...): the same as the generator expression {@code (f(x) for x in xs)}
     * or {@code (x for x in xs if f(x))}. Elsewhere Python's laziness would show, so they are refused.
     */
    FunctionTranslator.Val mapOrFilter(String name, Expr.Call c) {
        if (!ft.consumedAtOnce(c)) {
            throw Unsupported.construct(name + "() whose items are not all taken at once by list(), set(), sorted(), "
                    + "sum(), min(), max() or str.join() (Python's " + name + " is lazy)", c);
        }
        if (c.args().size() != 2 || !c.keywords().isEmpty()) {
            throw Unsupported.construct(name + "() with other than one function and one iterable", c);
        }
        Expr fn = c.args().get(0);
        Expr getter = OperatorModule.getterLambda(ft, fn);
        if (getter != null) {
            fn = getter;
        }
        Expr iter = c.args().get(1);
        String var;
        Expr applied;
        if (fn instanceof Expr.Lambda l && l.args().args().size() == 1 && l.args().defaults().isEmpty()
                && l.args().vararg() == null && l.args().kwarg() == null && l.args().kwonlyargs().isEmpty()
                && l.args().posonlyargs().isEmpty()) {
            var = l.args().args().get(0).arg();
            applied = l.body();
        } else if ((fn instanceof Expr.Name n && !(n.id().equals("None")))
                || (fn instanceof Expr.Attribute a && ft.importedModule(a.value()) != null)) {
            var = "__item";
            applied = new Expr.Call(fn, List.of(new Expr.Name(var, ExprContext.Load, fn.start(), fn.end())), List.of(),
                    fn.start(), fn.end());
        } else {
            throw Unsupported.construct(name + "() of something other than a one-parameter lambda or a function name", fn);
        }
        Expr target = new Expr.Name(var, ExprContext.Store, fn.start(), fn.end());
        Expr elt = name.equals("map") ? applied : new Expr.Name(var, ExprContext.Load, fn.start(), fn.end());
        List<Expr> ifs = name.equals("map") ? List.of() : List.of(applied);
        Comprehension g = new Comprehension(target, iter, ifs, 0, c.start(), c.end());
        return ft.expr(new Expr.GeneratorExp(elt, List.of(g), c.start(), c.end()), null);
    }
}
