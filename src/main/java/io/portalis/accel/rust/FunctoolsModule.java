package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import java.util.List;
import java.util.Set;

/**
 * Python's {@code functools} (CPython 3.11), the part translated: {@code reduce}, over the
 * runtime's {@code functools} module ({@code src/main/resources/rust/functools.rs}); the
 * decorators {@code cache} and {@code lru_cache} by {@link FunctionDecorators}, {@code wraps} in
 * {@link UserDecorators}, {@code total_ordering} by {@link TotalOrdering}, {@code cached_property}
 * with the other method decorators ({@link DecoratedMethods}); {@code partial} and
 * {@code cmp_to_key} (as a key= argument) here. The rest of the module (partialmethod,
 * singledispatch, update_wrapper, ...) is refused by name.
 */
final class FunctoolsModule implements StdlibModule {

    private static final Set<String> REFUSED = Set.of(
            "lru_cache", "cache", "partialmethod", "cmp_to_key", "total_ordering", "wraps",
            "update_wrapper", "cached_property", "singledispatch", "singledispatchmethod", "WRAPPER_ASSIGNMENTS",
            "WRAPPER_UPDATES");

    @Override
    public String name() {
        return "functools";
    }


    @Override
    public boolean has(String member) {
        return member.equals("reduce") || member.equals("partial") || REFUSED.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (has(member)) {
            throw Unsupported.construct("functools." + member
                    + (member.equals("reduce") || member.equals("partial") ? " used as a value (call it)" : ""), at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (REFUSED.contains(member)) {
            throw Unsupported.construct("functools." + member, c);
        }
        if (member.equals("partial")) {
            return partial(ft, c);
        }
        if (!member.equals("reduce")) {
            throw noAttribute(member, c.func());
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type("reduce() takes no keyword arguments", c.keywords().get(0));
        }
        if (c.args().size() < 2 || c.args().size() > 3 || c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.type("reduce expected at least 2 arguments, got " + c.args().size(), c);
        }
        Expr fnE = c.args().get(0);
        LazySources.Source items = LazySources.of(ft, c.args().get(1), "functools.reduce");
        FunctionTranslator.Val initial = null;
        if (c.args().size() == 3) {
            Expr initE = c.args().get(2);
            initial = ft.expr(initE, items.elem());
        }
        PyType acc = initial == null ? items.elem() : initial.type();
        FunctionTranslator.Val fn = function(ft, fnE, acc, items.elem());
        RExpr call = initial == null ? RExpr.call("functools::reduce1", ft.owned(fn), items.code())
                : RExpr.call("functools::reduce", ft.owned(fn), items.code(), ft.owned(initial));
        return new FunctionTranslator.Val(ft.tryOf(call), acc, FunctionTranslator.Kind.OWNED);
    }

    /**
     * {@code partial(f, a, ...)}: a function value of f's remaining parameters. The function and
     * the given arguments are evaluated once, here, as CPython does, and each call passes copies of
     * the arguments first. Keyword arguments to partial() are refused (a later call could pass the
     * same parameter again, which CPython turns into a TypeError or an override).
     */
    private static FunctionTranslator.Val partial(FunctionTranslator ft, Expr.Call c) {
        if (!c.keywords().isEmpty()) {
            throw Unsupported.construct("keyword argument to functools.partial()", c.keywords().get(0));
        }
        if (c.args().isEmpty() || c.args().stream().anyMatch(a -> a instanceof Expr.Starred)) {
            throw Unsupported.type("partial() takes a function and its first arguments", c);
        }
        FunctionTranslator.Val fn = ft.expr(c.args().get(0), null);
        if (!(fn.type() instanceof PyType.FuncT f)) {
            throw Unsupported.construct("functools.partial() of a " + fn.type().python(), c.args().get(0));
        }
        int given = c.args().size() - 1;
        if (given > f.params().size()) {
            throw Unsupported.type("partial() given " + given + " arguments for a " + f.python(), c);
        }
        // In a block where the call is, so the arguments run in order with the expression's other operands.
        List<RStmt> block = new java.util.ArrayList<>();
        Local held = ft.temp("function", f);
        block.add(new RStmt.Let(held, false, ft.owned(fn)));
        List<String> args = new java.util.ArrayList<>();
        for (int i = 0; i < given; i++) {
            Expr e = c.args().get(i + 1);
            PyType t = f.params().get(i);
            Local arg = ft.temp("bound", t);
            block.add(new RStmt.Let(arg, false, ft.owned(ft.coerce(ft.expr(e, t), t, e))));
            args.add(t.copy() ? arg.rust() : arg.rust() + ".clone()");
        }
        List<PyType> rest = f.params().subList(given, f.params().size());
        List<String> params = new java.util.ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            params.add("rest" + i + ": " + rest.get(i).rust());
            args.add("rest" + i);
        }
        PyType.FuncT type = new PyType.FuncT(rest, f.ret());
        Local made = ft.temp("partial", type);
        block.add(new RStmt.Let(made, true, new RExpr.Atom("Rc::new(move |" + String.join(", ", params) + "| "
                + held.rust() + "(" + String.join(", ", args) + "))")));
        return new FunctionTranslator.Val(new RExpr.Block(null, block, new RExpr.Atom(made.rust())), type,
                FunctionTranslator.Kind.OWNED);
    }

    /** Whether a key= argument is {@code cmp_to_key(f)} (or {@code functools.cmp_to_key(f)}). */
    static boolean cmpToKey(FunctionTranslator ft, Expr key) {
        return key instanceof Expr.Call c && "cmp_to_key".equals(FunctionDecorators.functoolsMember(c.func(), ft.module))
                && !(c.func() instanceof Expr.Name n && ft.isLocal(n.id()));
    }

    /**
     * The comparison a {@code cmp_to_key(f)} key makes, as a closure over two items held in a
     * variable: CPython's {@code K(a) < K(b)} is {@code f(a, b) < 0} ({@code greater}: {@code > 0},
     * as max() asks). The function is evaluated once, where the key is.
     */
    static RExpr cmpComparator(FunctionTranslator ft, Expr key, PyType elem, boolean greater) {
        Expr.Call c = (Expr.Call) key;
        if (c.args().size() != 1 || !c.keywords().isEmpty()) {
            throw Unsupported.type("cmp_to_key() takes exactly one argument (the comparison function)", c);
        }
        FunctionTranslator.Val f = KeyFunctions.function(ft, c.args().get(0), List.of(elem, elem), PyType.INT);
        if (!(f.type() instanceof PyType.FuncT t) || !t.ret().equals(PyType.INT)) {
            throw Unsupported.type("cmp_to_key() function must take two " + elem.python() + " and return int", c.args().get(0));
        }
        Local fn = ft.temp("cmp", f.type());
        ft.emit(new RStmt.Let(fn, false, ft.owned(f)));
        String rt = elem.rust();
        String closure = "|a: &" + rt + ", b: &" + rt + "| -> py::PyResult<bool> { Ok(" + fn.rust()
                + "(a.clone(), b.clone())? " + (greater ? ">" : "<") + " 0) }";
        return KeyFunctions.builtins(ft).comparator(closure);
    }

    /** The function as a value of type (acc, item) -> acc: a lambda, or a function's name wrapped in one. */
    private static FunctionTranslator.Val function(FunctionTranslator ft, Expr fnE, PyType acc, PyType item) {
        FunctionTranslator.Val f = KeyFunctions.function(ft, fnE, List.of(acc, item), acc);
        if (!(f.type() instanceof PyType.FuncT t) || !t.ret().equals(acc)) {
            throw Unsupported.type("reduce() function must take (" + acc.python() + ", " + item.python() + ") and return "
                    + acc.python(), fnE);
        }
        return f;
    }
}
