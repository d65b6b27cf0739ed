package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Operator;
import java.util.function.Predicate;

/**
 * Python evaluates an expression's operands left to right. Some operands (a comprehension, a
 * {@code key=} function, an {@code any()} over a generator) are translated into statements that
 * run before the whole statement; an operand to their left whose code stays inline then runs
 * after them. That is only harmless when the earlier operand cannot see or show the difference:
 * no call, no read that code could change, nothing that raises.
 */
final class EvaluationOrder {
    private EvaluationOrder() {}

    /**
     * Whether running {@code e} after other code could differ from running it before: it calls
     * something, reads an attribute, an item or a module variable that changes, or may raise.
     */
    static boolean sensitive(Expr e, Predicate<String> changingGlobal) {
        if (e instanceof Expr.Call || e instanceof Expr.Attribute || e instanceof Expr.Subscript
                || e instanceof Expr.ListComp || e instanceof Expr.SetComp || e instanceof Expr.DictComp
                || e instanceof Expr.GeneratorExp || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
                || e instanceof Expr.Await || e instanceof Expr.NamedExpr) {
            return true;
        }
        if (e instanceof Expr.Lambda || e instanceof Expr.Constant) {
            return false;
        }
        if (e instanceof Expr.Name n) {
            return changingGlobal.test(n.id());
        }
        if (e instanceof Expr.BinOp b && (b.op() == Operator.Div || b.op() == Operator.FloorDiv
                || b.op() == Operator.Mod || b.op() == Operator.Pow)) {
            return true;
        }
        for (Node child : NodeChildren.of(e)) {
            if (child instanceof Expr x && sensitive(x, changingGlobal)) {
                return true;
            }
        }
        return false;
    }
}
