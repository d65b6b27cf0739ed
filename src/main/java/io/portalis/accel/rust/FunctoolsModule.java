package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import java.util.List;
import java.util.Set;

/**
 * Python's {@code functools} (CPython 3.11), the part translated: {@code reduce}, over the
 * runtime's {@code functools} module ({@code src/main/resources/rust/functools.rs}); the
 * decorators {@code cache} and {@code lru_cache} are lowered by {@link FunctionDecorators}. The
 * rest of the module (partial, cmp_to_key, total_ordering, wraps, cached_property,
 * singledispatch, ...) is refused by name.
 */
final class FunctoolsModule implements StdlibModule {

    private static final Set<String> REFUSED = Set.of(
            "lru_cache", "cache", "partial", "partialmethod", "cmp_to_key", "total_ordering", "wraps",
            "update_wrapper", "cached_property", "singledispatch", "singledispatchmethod", "WRAPPER_ASSIGNMENTS",
            "WRAPPER_UPDATES");

    @Override
    public String name() {
        return "functools";
    }


    @Override
    public boolean has(String member) {
        return member.equals("reduce") || REFUSED.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (has(member)) {
            throw Unsupported.construct("functools." + member + (member.equals("reduce") ? " used as a value (call it)" : ""), at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (REFUSED.contains(member)) {
            throw Unsupported.construct("functools." + member, c);
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
