package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.List;

/**
 * Lowers an assignment expression ({@code name := value}, PEP 572): the value is computed where
 * Python computes it, stored in the variable (which {@link DeclarationPlanner} declared before the
 * statement holding the expression, so it stays bound after it), and is the expression's value.
 * In Rust that is a block expression {@code { name = value; name }} in the operand's place, so
 * short-circuit operators and loop conditions run it exactly when Python does.
 */
final class AssignmentExpressions {
    private final FunctionTranslator ft;

    AssignmentExpressions(FunctionTranslator ft) {
        this.ft = ft;
    }

    Val lower(Expr.NamedExpr n, PyType expected) {
        if (!(n.target() instanceof Expr.Name target)) {
            throw Unsupported.construct("assignment expression to " + n.target().getClass().getSimpleName(), n);
        }
        if (ft.globalsHere.contains(target.id())) {
            ModuleScope.Global g = ft.assignmentLowering.global(target);
            Val v = ft.coerce(ft.expr(n.value(), g.type()), g.type(), n.value());
            Local held = ft.temp("assigned", g.type());
            RExpr heldCopy = g.type().copy() ? new RExpr.Atom(held.rust())
                    : RExpr.method(new RExpr.Atom(held.rust()), "clone");
            return new Val(new RExpr.Block(null, List.of(new RStmt.Let(held, false, ft.owned(v)),
                    new RStmt.Expr(g.store(heldCopy))), new RExpr.Atom(held.rust())), g.type(), Kind.OWNED);
        }
        Local l = ft.lookupLocal(target.id());
        if (l == null) {
            throw Unsupported.construct("assignment expression (:=) binding '" + target.id()
                    + "' outside the function's own variables", n);
        }
        if (l.narrowedFrom() != null) {
            Local optional = l.narrowedFrom();
            ft.unnarrow(l);
            l = optional;
        }
        Val v = ft.expr(n.value(), l.type() != null ? l.type() : expected);
        if (l.type() == null) {
            l.type(AssignmentLowering.settle(v.type(), n.value()));
        }
        Val c;
        try {
            c = ft.coerce(v, l.type(), n.value());
        } catch (Unsupported otherType) {
            // A plain assignment may start a new variable of the new type; a walrus, inside an
            // expression, cannot.
            throw Unsupported.construct("assignment expression (:=) storing a " + (v.type() == null ? "value"
                    : v.type().python()) + " in '" + target.id() + "', a " + l.type().python() + " variable", n);
        }
        l.assigned();
        RStmt store = ft.assignmentLowering.assignLocal(l, ft.owned(c));
        RExpr place = new RExpr.Atom(l.rust());
        RExpr value;
        if (l.isChecked()) {
            value = RExpr.method(l.type().copy() ? place : RExpr.method(place, "clone"), "unwrap");
        } else {
            value = l.type().copy() ? place : RExpr.method(place, "clone");
        }
        return new Val(new RExpr.Block(null, List.of(store), value), l.type(), Kind.OWNED);
    }
}
