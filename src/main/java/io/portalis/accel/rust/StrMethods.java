package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;

/** The methods of str, translated to the prelude's code-point-based helpers. */
final class StrMethods {
    private final FunctionTranslator ft;

    StrMethods(FunctionTranslator ft) {
        this.ft = ft;
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }

    private RExpr strArg(Expr.Call c, int i) {
        Expr e = c.args().get(i);
        return ft.strRef(ft.coerce(ft.expr(e, PyType.STR), PyType.STR, e));
    }

    private RExpr intArg(Expr.Call c, int i) {
        Expr e = c.args().get(i);
        return ft.index(ft.expr(e, PyType.INT), e).code();
    }

    private static void arity(Expr.Call c, int min, int max, String name) {
        if (c.args().size() < min || c.args().size() > max || !c.keywords().isEmpty()) {
            throw Unsupported.type("str." + name + "() takes " + min + " to " + max + " positional arguments", c);
        }
    }

    FunctionTranslator.Val call(FunctionTranslator.Val recv, String name, Expr.Call c) {
        RExpr s = ft.strRef(recv);
        switch (name) {
            case "lower":
            case "upper": {
                arity(c, 0, 0, name);
                return val(RExpr.call("py::" + name, s), PyType.STR);
            }
            case "strip":
            case "lstrip":
            case "rstrip": {
                arity(c, 0, 1, name);
                RExpr chars = c.args().isEmpty() ? new RExpr.Atom("None") : RExpr.call("Some", strArg(c, 0));
                return val(RExpr.call("py::" + name, s, chars), PyType.STR);
            }
            case "split": {
                arity(c, 0, 2, name);
                boolean whitespace = c.args().isEmpty() || (c.args().get(0) instanceof Expr.Constant k
                        && k.value() instanceof ConstantValue.None);
                if (whitespace && c.args().size() < 2) {
                    return val(RExpr.call("py::split_whitespace", s), new PyType.ListT(PyType.STR));
                }
                if (whitespace) {
                    return val(RExpr.call("py::split_whitespace_max", s, intArg(c, 1)), new PyType.ListT(PyType.STR));
                }
                RExpr max = c.args().size() == 2 ? intArg(c, 1) : new RExpr.Atom("-1");
                return val(ft.tryOf(RExpr.call("py::split", s, strArg(c, 0), max)), new PyType.ListT(PyType.STR));
            }
            case "splitlines":
                arity(c, 0, 0, name);
                return val(RExpr.call("py::splitlines", s), new PyType.ListT(PyType.STR));
            case "join": {
                arity(c, 1, 1, name);
                ft.markConsumedAtOnce(c.args().get(0));
                FunctionTranslator.Val items = ft.expr(c.args().get(0), null);
                RExpr vec = ft.iterVecOf(items, c);
                PyType elem = items.type() instanceof PyType.ListT l ? l.elem()
                        : items.type() instanceof PyType.IterT it ? it.elem() : items.type() == PyType.STR ? PyType.STR
                        : items.type() instanceof PyType.LibT lt ? lt.elem()
                        : JoinedItems.elem(items.type());
                if (elem != PyType.STR) {
                    throw Unsupported.type("join() of " + items.type().python() + " (items must be str)", c);
                }
                return val(RExpr.call("py::join", s, vec), PyType.STR);
            }
            case "replace": {
                arity(c, 2, 3, name);
                RExpr count = c.args().size() == 3 ? intArg(c, 2) : new RExpr.Atom("-1");
                return val(RExpr.call("py::replace", s, strArg(c, 0), strArg(c, 1), count), PyType.STR);
            }
            case "find":
            case "rfind":
            case "count":
                arity(c, 1, 1, name);
                return val(RExpr.call("py::" + name, s, strArg(c, 0)), PyType.INT);
            case "index":
                arity(c, 1, 1, name);
                return val(ft.tryOf(RExpr.call("py::str_index_of", s, strArg(c, 0))), PyType.INT);
            case "startswith":
            case "endswith": {
                arity(c, 1, 1, name);
                if (c.args().get(0) instanceof Expr.Tuple) {
                    throw Unsupported.construct(name + "() with a tuple of prefixes", c.args().get(0));
                }
                RExpr target = recv.kind() == FunctionTranslator.Kind.STRLIT ? recv.code() : recv.code();
                return val(RExpr.method(target, name.equals("startswith") ? "starts_with" : "ends_with", strArg(c, 0)),
                        PyType.BOOL);
            }
            case "isdigit":
            case "isdecimal":
            case "isnumeric":
            case "isprintable":
            case "istitle":
            case "isalpha":
            case "isalnum":
            case "isspace":
            case "isupper":
            case "islower":
                arity(c, 0, 0, name);
                return val(RExpr.call("py::" + name, s), PyType.BOOL);
            case "title":
            case "swapcase":
            case "capitalize":
                arity(c, 0, 0, name);
                return val(RExpr.call("py::" + name, s), PyType.STR);
            case "ljust":
            case "rjust":
            case "center": {
                arity(c, 1, 2, name);
                RExpr fill = c.args().size() == 2 ? strArg(c, 1) : new RExpr.Atom("\" \"");
                return val(ft.tryOf(RExpr.call("py::" + name, s, intArg(c, 0), fill)), PyType.STR);
            }
            case "zfill":
                arity(c, 1, 1, name);
                return val(RExpr.call("py::zfill", s, intArg(c, 0)), PyType.STR);
            default:
                throw Unsupported.construct("str method '" + name + "'", c);
        }
    }
}
