package io.portalis.accel.rust;

import static io.portalis.accel.rust.Calls.val;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.Set;

/**
 * {@code iter(x)}: an iterator over {@code x}'s items, taken one at a time by {@code next} or a
 * loop. A generator is its own iterator. CPython's iterator over a list, dict or set reads the
 * container as it is at each step, so it sees later changes; the translation's iterator holds
 * the items of the moment, which is the same only where nothing else can change them: a str, a
 * tuple, a range, or a list, set or dict display or comprehension made for the call.
 */
final class IterCalls {
    private IterCalls() {}

    static Val iter(FunctionTranslator ft, Calls calls, Expr.Call c) {
        calls.arity(c, 1, 1, "iter");
        calls.keywords(c, Set.of());
        Expr arg = c.args().get(0);
        Val v = ft.lazyOperand(arg, true);
        if (v.type() instanceof PyType.GenT) {
            return v;
        }
        PyType t = v.type();
        boolean fresh = arg instanceof Expr.List || arg instanceof Expr.ListComp || arg instanceof Expr.Set
                || arg instanceof Expr.SetComp || arg instanceof Expr.Dict || arg instanceof Expr.DictComp;
        boolean unchanging = t == PyType.STR || t instanceof PyType.TupleT || t instanceof PyType.VarTupleT
                || t instanceof PyType.IterT it && it.object().equals("range");
        if (!fresh && !unchanging) {
            throw Unsupported.construct("iter() of a " + t.python()
                    + " (Python's iterator sees the container's later changes)", arg);
        }
        PyType elem = FunctionTranslator.elementOf(t, arg);
        return val(RExpr.call("py::Gen::over", ft.iterVecOf(v, arg)), new PyType.GenT(elem));
    }
}
