package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.rust.FunctionTranslator.Val;

/**
 * {@code a[i] = b[j] = value} and {@code self.x = self.y = None}: a chained assignment whose first
 * target is not a name. Python evaluates the value once, then stores it into each target from
 * left to right, evaluating each target's object and index just before its store. The value is
 * held in a temporary first; each target is then assigned from it as from a name, so a list or
 * object is shared by every target, as in Python.
 */
final class ChainedAssignment {
    private ChainedAssignment() {}

    static void throughTemporary(FunctionTranslator ft, Stmt.Assign a) {
        Expr first = a.targets().get(0);
        PyType expected = first instanceof Expr.Subscript || first instanceof Expr.Attribute
                ? ft.assignmentLowering.targetType(first) : null;
        Val v = ft.expr(a.value(), expected);
        if (v.type() == null || v.type() == PyType.NONE && expected == null) {
            throw Unsupported.type("cannot settle the type of the value of a chained assignment", a.value());
        }
        PyType t = expected != null ? expected : v.type();
        v = ft.coerce(v, t, a.value());
        // A name no Python code can spell, so that the targets read the temporary as a local.
        String held = "chained value " + a.start();
        Local l = new Local(held, ft.freshName("chained"), t);
        l.assigned();
        ft.scopes.peek().put(held, l);
        ft.emit(new RStmt.Let(l, false, ft.owned(v)));
        Expr read = new Expr.Name(held, ExprContext.Load, a.value().start(), a.value().end());
        for (Expr target : a.targets()) {
            ft.assignmentLowering.assign(a, target, read, null);
        }
    }
}
