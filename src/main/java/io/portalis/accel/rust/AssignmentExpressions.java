package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.List;

/**
 * Lowers an assignment expression ({@code name := value}, PEP 572): the value is computed where
 * Python computes it, stored in the variable (which {@link DeclarationPlanner} declared before the
 * statement holding the expression, so it stays bound after it), and is the expression's value.
 * In Rust that is the prelude's {@code walrus!(name, value)}, a block {@code { name = value; name.clone() }}
 * in the operand's place, so short-circuit operators and loop conditions run it exactly when Python does.
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
            RExpr store = new RExpr.Closure("|" + held.rust() + "|", List.of(new RStmt.Tail(g.store(heldCopy))));
            return new Val(new RExpr.Macro("walrus", List.of(store, ft.owned(v)), false, false), g.type(), Kind.OWNED);
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
            l.type(AssignmentLowering.settle(ft, v.type(), n.value()));
        }
        Val c;
        try {
            c = ft.coerce(v, l.type(), n.value());
        } catch (Unsupported otherType) {
            // A plain assignment may start a new variable of the new type; a walrus, inside an
            // expression, cannot.
            throw Unsupported.construct("assignment expression (:=) storing " + (v.type() == null ? "a value"
                    : "a value of type " + v.type().python()) + " in '" + target.id() + "', a variable of type "
                    + l.type().python(), n);
        }
        l.assigned();
        // walrus!(name, value) is { name = value; name.clone() } (the prelude's macro): a call's
        // shape, which rustfmt lays out as the printer does.
        RExpr stored = ft.owned(c);
        RExpr value = new RExpr.Macro("walrus", List.of(new RExpr.Atom(l.rust()),
                l.isChecked() ? RExpr.call("Some", stored) : stored), false, false);
        if (l.isChecked()) {
            value = RExpr.method(value, "unwrap");
        }
        return new Val(value, l.type(), Kind.OWNED);
    }
}
