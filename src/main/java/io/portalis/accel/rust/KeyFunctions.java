package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Node;
import java.util.List;

/**
 * What the runtime of an ordering module (heapq, bisect) is handed to order items: a {@code key=}
 * argument it calls lazily, one item at a time, as a function value
 * {@code Rc<dyn Fn(T) -> PyResult<K>>} (calls that take every key before anything else, such as
 * {@code sorted}, evaluate the key inline instead), and Python's {@code <} on the items as a
 * {@code &dyn Fn(&T, &T) -> PyResult<bool>}.
 */
final class KeyFunctions {
    private KeyFunctions() {
    }

    /**
     * The key as a function of one parameter of the item type: a lambda typed by the items, or a
     * function's name (a built-in one such as {@code len}, or a module's, is wrapped in a lambda
     * that calls it).
     */
    static FunctionTranslator.Val of(FunctionTranslator ft, Expr key, PyType elem) {
        FunctionTranslator.Val f = function(ft, key, List.of(elem), null);
        if (!(f.type() instanceof PyType.FuncT t) || t.params().size() != 1) {
            throw Unsupported.type("key= must be a function of one argument", key);
        }
        return f;
    }

    /**
     * A function argument as a value of type {@code (params) -> ret} ({@code ret} null: whatever
     * it returns): a lambda typed by the parameters, or a function's name wrapped in a lambda that
     * calls it with the same arguments.
     */
    static FunctionTranslator.Val function(FunctionTranslator ft, Expr fn, List<PyType> params, PyType ret) {
        Expr getter = OperatorModule.getterLambda(ft, fn);
        Expr value = getter != null ? getter : fn;
        if (!(value instanceof Expr.Lambda)) {
            if (!(fn instanceof Expr.Name || fn instanceof Expr.Attribute)) {
                throw Unsupported.construct("a function argument that is not a lambda or a function name", fn);
            }
            List<Arg> args = new java.util.ArrayList<>();
            List<Expr> names = new java.util.ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                String param = "arg" + i;
                args.add(new Arg(param, null, null, fn.start(), fn.end()));
                names.add(new Expr.Name(param, ExprContext.Load, fn.start(), fn.end()));
            }
            Arguments arguments = new Arguments(List.of(), args, null, List.of(), List.of(), null, List.of(),
                    fn.start(), fn.end());
            value = new Expr.Lambda(arguments, new Expr.Call(fn, names, List.of(), fn.start(), fn.end()),
                    fn.start(), fn.end());
        }
        return ft.expr(value, new PyType.FuncT(params, ret));
    }

    /** The lowering of built-in calls, whose key= evaluation and comparators these modules share. */
    static BuiltinCalls builtins(FunctionTranslator ft) {
        return new Calls(ft, ft.module, ft.cls).builtinCalls;
    }

    /**
     * Python's {@code a < b} on values of type {@code t}: a class's {@code __lt__} (or reflected
     * {@code __gt__}), which may raise, or the built-in order of ints, floats, strs, bools and
     * tuples and lists of them.
     */
    static RExpr less(FunctionTranslator ft, PyType t, Node at) {
        String objects = ObjectOperators.lessThan(t, false);
        if (objects != null) {
            return KeyFunctions.builtins(ft).comparator(objects);
        }
        if (!PyType.orderable(t)) {
            throw Unsupported.type("'<' not supported between instances of " + t.python(), at);
        }
        return new RExpr.Atom("&|a, b| Ok(py::lt(a, b))");
    }
}
