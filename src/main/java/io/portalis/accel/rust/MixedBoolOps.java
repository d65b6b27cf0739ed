package io.portalis.accel.rust;

import io.portalis.accel.python.ast.BoolOperator;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.List;

/**
 * {@code conds and value or default}, whose {@code and} mixes bool conditions with a value of
 * another type ({@code item is not None and item.name or "?"}): when a condition is false the
 * {@code and} yields False, which is false, so the {@code or} yields the default; otherwise it
 * yields the value when that is true, else the default (Python's rules, each operand evaluated at
 * most once, left to right). The result has the value's type, as mypy types it.
 */
final class MixedBoolOps {
    private MixedBoolOps() {}

    /** The lowering, or null when {@code b} is not of this form. */
    static Val orOfGuardedAnd(FunctionTranslator ft, Expr.BoolOp b) {
        if (b.op() != BoolOperator.Or || b.values().size() != 2 || !(b.values().get(0) instanceof Expr.BoolOp and)
                || and.op() != BoolOperator.And) {
            return null;
        }
        List<Expr> conds = and.values().subList(0, and.values().size() - 1);
        Expr valueExpr = and.values().get(and.values().size() - 1);
        if (plainlyBool(valueExpr) || conds.stream().anyMatch(c -> !plainlyBool(c))) {
            return null; // all bools: the plain lowering; a value among the conditions: not this form
        }
        Expr condExpr = conds.size() == 1 ? conds.get(0) : new Expr.BoolOp(BoolOperator.And, conds, and.start(), conds.get(conds.size() - 1).end());
        int mark = ft.out.size();
        Val cond = ft.expr(condExpr, null);
        Val value = ft.operatorLowering.conditional(valueExpr, null);
        PyType t = value.type();
        if (cond.type() != PyType.BOOL || t == PyType.BOOL || t == PyType.NONE || t instanceof PyType.OptionalT) {
            ft.out.subList(mark, ft.out.size()).clear();
            return null; // translated again by the plain lowering (which refuses what it cannot do)
        }
        Local held = ft.tempLocal("held", new PyType.OptionalT(t));
        Local item = ft.tempLocal("item", t);
        RExpr truthy = ft.truthy(new Val(new RExpr.Atom(item.rust()), t, Kind.PLACE), valueExpr);
        RExpr kept = RExpr.method(FunctionTranslator.paren(truthy), "then_some", new RExpr.Atom(item.rust()));
        RExpr whenTrue = new RExpr.Block(null, List.of(new RStmt.Let(item, false, ft.owned(value))), kept);
        ft.out.add(new RStmt.Let(held, false, new RExpr.If(cond.code(), whenTrue, new RExpr.Atom("None"))));
        Val fallback = ft.coerce(ft.operatorLowering.conditional(b.values().get(1), t), t, b.values().get(1));
        if (!ft.pinning && ft.orderSensitive(b.values().get(1))) {
            ft.inlineBefore = b;
            ft.inlineList = ft.out;
            ft.inlineSize = ft.out.size();
        }
        RExpr some = new RExpr.Atom("let Some(" + item.rust() + ") = " + held.rust());
        return new Val(new RExpr.If(some, new RExpr.Atom(item.rust()), ft.owned(fallback)), t, Kind.OWNED);
    }

    /** Whether the expression is a bool by its form: a comparison, a not, or and/or of such. */
    private static boolean plainlyBool(Expr e) {
        if (e instanceof Expr.Compare) {
            return true;
        }
        if (e instanceof Expr.UnaryOp u) {
            return u.op() == io.portalis.accel.python.ast.UnaryOperator.Not;
        }
        if (e instanceof Expr.BoolOp b) {
            return b.values().stream().allMatch(MixedBoolOps::plainlyBool);
        }
        return e instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("isinstance");
    }
}
