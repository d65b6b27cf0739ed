package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Val;

/**
 * {@code a[i:j] = values} and {@code del a[i:j]} on a list. A slice of step 1 (or none) is
 * replaced by all of the values, so the list grows or shrinks; an extended slice takes exactly
 * as many values as it selects, or raises CPython's ValueError ("attempt to assign sequence of
 * size 3 to extended slice of size 2"). Python has the value, then the list, then the bounds,
 * then the value's items; the runtime's {@code List::set_slice}/{@code del_slice} do the rest.
 */
final class SliceAssignment {
    private SliceAssignment() {}

    static void store(FunctionTranslator ft, Expr.Subscript target, Expr.Slice sl, Val v) {
        Val list = ft.expr(target.value(), null);
        if (!(list.type() instanceof PyType.ListT l)) {
            throw Unsupported.construct("assignment to a slice of " + list.type().python(), target);
        }
        PyType items = FunctionTranslator.elementOf(v.type(), target);
        if (!items.equals(l.elem())) {
            throw Unsupported.type("assignment of " + v.type().python() + " to a slice of " + l.python(), target);
        }
        RExpr lo = ft.expressionLowering.sliceBound(sl.lower());
        RExpr hi = ft.expressionLowering.sliceBound(sl.upper());
        RExpr st = ft.expressionLowering.sliceBound(sl.step());
        RExpr values = ft.iterVecOf(v, target);
        ft.out.add(new RStmt.Expr(ft.tryOf(RExpr.method(list.code(), "set_slice", lo, hi, st, values))));
    }

    static void delete(FunctionTranslator ft, Expr.Subscript target, Expr.Slice sl) {
        Val list = ft.expr(target.value(), null);
        if (!(list.type() instanceof PyType.ListT)) {
            throw Unsupported.construct("del of a slice of " + list.type().python(), target);
        }
        RExpr lo = ft.expressionLowering.sliceBound(sl.lower());
        RExpr hi = ft.expressionLowering.sliceBound(sl.upper());
        RExpr st = ft.expressionLowering.sliceBound(sl.step());
        ft.out.add(new RStmt.Expr(ft.tryOf(RExpr.method(list.code(), "del_slice", lo, hi, st))));
    }
}
