package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;

/**
 * An iterable argument that a lazy runtime function (itertools, heapq.merge, functools.reduce) steps through
 * one item at a time, as a {@code py::Gen}: a generator itself, a list through a live iterator
 * (it sees the items the list has when each one is taken, as Python's list iterator does), a
 * str, tuple or range over its fixed items. Dicts, sets and their views are refused: Python
 * raises when they change during the iteration, which a snapshot would not.
 */
final class LazySources {
    private LazySources() {
    }

    record Source(RExpr code, PyType elem) {}

    /** The iterable {@code e}, an argument of {@code who} (named in a refusal). */
    static Source of(FunctionTranslator ft, Expr e, String who) {
        return from(ft, ft.lazyOperand(e, false), e, who);
    }

    /** The iterable {@code v}, already evaluated from {@code e}, an argument of {@code who}. */
    static Source from(FunctionTranslator ft, FunctionTranslator.Val v, Expr e, String who) {
        v = IterableObjects.iterated(ft, v);
        PyType t = v.type();
        PyType elem = FunctionTranslator.elementOf(t, e);
        if (t instanceof PyType.GenT) {
            return new Source(ft.owned(v), elem);
        }
        if (t instanceof PyType.ListT) {
            return new Source(RExpr.call("py::Gen::over_list", ft.owned(v)), elem);
        }
        boolean fixed = t == PyType.STR || t instanceof PyType.TupleT || t instanceof PyType.VarTupleT
                || (t instanceof PyType.IterT i && i.object().equals("range"));
        if (!fixed) {
            throw Unsupported.construct(who + "() of " + t.python() + " (lists, tuples, strs, ranges and generators only)", e);
        }
        return new Source(RExpr.call("py::Gen::over", ft.iterVecOf(v, e)), elem);
    }
}
