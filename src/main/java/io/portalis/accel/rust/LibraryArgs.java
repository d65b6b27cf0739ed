package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call of a library function bound to its parameter names ({@code open(p, "w", encoding=...)}),
 * with CPython's TypeErrors for a call that cannot bind. The lowering evaluates the arguments in
 * parameter order, so keywords written out of that order are taken only where their values
 * cannot notice the difference (constants and names).
 */
final class LibraryArgs {
    private LibraryArgs() {
    }

    static Map<String, Expr> bind(Expr.Call c, String fn, List<String> params, int required) {
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                throw Unsupported.construct("*arguments in a call of " + fn + "()", a);
            }
        }
        if (c.args().size() > params.size()) {
            throw Unsupported.type(fn + "() takes at most " + params.size() + " arguments (" + c.args().size()
                    + " given)", c);
        }
        Map<String, Expr> named = new LinkedHashMap<>();
        for (int i = 0; i < c.args().size(); i++) {
            named.put(params.get(i), c.args().get(i));
        }
        int last = c.args().size() - 1;
        boolean outOfOrder = false;
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                throw Unsupported.construct("**arguments in a call of " + fn + "()", k);
            }
            int index = params.indexOf(k.arg());
            if (index < 0) {
                throw Unsupported.type(fn + "() got an unexpected keyword argument '" + k.arg() + "'", k);
            }
            if (named.containsKey(k.arg())) {
                throw Unsupported.type(fn + "() got multiple values for argument '" + k.arg() + "'", k);
            }
            outOfOrder |= index < last;
            last = Math.max(last, index);
            named.put(k.arg(), k.value());
        }
        if (outOfOrder && c.keywords().stream().anyMatch(k -> !(k.value() instanceof Expr.Constant
                || k.value() instanceof Expr.Name))) {
            throw Unsupported.construct("keyword arguments of " + fn + "() out of parameter order", c);
        }
        for (int i = 0; i < required; i++) {
            if (!named.containsKey(params.get(i))) {
                throw Unsupported.type(fn + "() missing required argument '" + params.get(i) + "'", c);
            }
        }
        return named;
    }

    /** A str argument as a {@code &str}. */
    static RExpr str(FunctionTranslator ft, Expr e, String fn) {
        FunctionTranslator.Val v = ft.expr(e, PyType.STR);
        if (v.type() != PyType.STR) {
            throw Unsupported.type(fn + "() argument of type " + v.type().python() + " (a str expected)", e);
        }
        return ft.strRef(v);
    }

    /** A bool argument, given as True or False (or a bool expression). */
    static RExpr bool(FunctionTranslator ft, Expr e, String fn) {
        FunctionTranslator.Val v = ft.expr(e, PyType.BOOL);
        if (v.type() != PyType.BOOL) {
            throw Unsupported.construct(fn + "() flag of type " + v.type().python() + " (only a bool)", e);
        }
        return ft.owned(v);
    }

    /** A path argument (a str, or a pathlib.Path as os.fspath reads it) as a {@code &str}. */
    static RExpr path(FunctionTranslator ft, Expr e, String fn) {
        FunctionTranslator.Val v = ft.expr(e, PyType.STR);
        if (v.type() == PyType.STR) {
            return ft.strRef(v);
        }
        if (PathlibModule.isPath(v.type())) {
            return new RExpr.Unary("&", RExpr.method(v.code(), "text"));
        }
        throw Unsupported.type(fn + "() path of type " + v.type().python() + " (a str or Path expected)", e);
    }

    /** A path argument (a str or a pathlib.Path) as an owned {@code String}. */
    static RExpr pathOwned(FunctionTranslator ft, Expr e, String fn) {
        FunctionTranslator.Val v = ft.expr(e, PyType.STR);
        if (v.type() == PyType.STR) {
            return ft.owned(v);
        }
        if (PathlibModule.isPath(v.type())) {
            return RExpr.method(v.code(), "text");
        }
        throw Unsupported.type(fn + "() path of type " + v.type().python() + " (a str or Path expected)", e);
    }

    /** Whether the argument is absent or the constant None. */
    static boolean none(Expr e) {
        return e == null || (e instanceof Expr.Constant k && k.value() instanceof io.portalis.accel.python.ast.ConstantValue.None);
    }
}
