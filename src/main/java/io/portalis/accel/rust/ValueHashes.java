package io.portalis.accel.rust;

import static io.portalis.accel.rust.Calls.val;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.Set;

/**
 * {@code hash(x)} of the values whose hash CPython fixes: ints (modulo 2**61 - 1, keeping the
 * sign, and {@code hash(-1) == -2}), bools, floats and tuples of them, as the runtime's
 * {@code PyHash} computes them for set order. A str's hash (and so a tuple's holding one) is
 * randomised per process unless PYTHONHASHSEED is set, and None's and an object's come from
 * addresses: those stay refused.
 */
final class ValueHashes {
    private ValueHashes() {}

    static Val hash(FunctionTranslator ft, Calls calls, Expr.Call c) {
        calls.arity(c, 1, 1, "hash");
        calls.keywords(c, Set.of());
        Expr arg = c.args().get(0);
        Val v = ft.expr(arg, null);
        if (!fixed(v.type())) {
            throw Unsupported.construct("hash() of a " + v.type().python()
                    + (PyType.STR.equals(v.type()) ? " (CPython randomises str hashes per process)" : ""), arg);
        }
        return val(RExpr.call("py::PyHash::py_hash", ft.ref(v)), PyType.INT);
    }

    private static boolean fixed(PyType t) {
        if (t == PyType.INT || t == PyType.BOOL || t == PyType.FLOAT || t == PyType.NUM || t == PyType.BIG) {
            return true;
        }
        return t instanceof PyType.TupleT tt && !tt.elems().isEmpty() && tt.elems().stream().allMatch(ValueHashes::fixed);
    }
}
