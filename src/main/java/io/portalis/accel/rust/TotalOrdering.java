package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.BoolOperator;
import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.List;

/**
 * {@code @functools.total_ordering} on a class that defines {@code __lt__}: the comparisons it
 * lacks (and no base defines) are added as CPython 3.11's functools derives them from
 * {@code __lt__}, which is its root whenever the class has one: {@code a <= b} is
 * {@code a < b or a == b}, {@code a > b} is {@code not a < b and a != b}, {@code a >= b} is
 * {@code not a < b}. They are written as Python methods at the decorator's position and
 * translated like the class's own.
 */
final class TotalOrdering {
    private TotalOrdering() {}

    /** Whether a class decorator is {@code total_ordering} (or {@code functools.total_ordering}). */
    static boolean is(Expr d, ModuleScope scope) {
        return "total_ordering".equals(FunctionDecorators.functoolsMember(d, scope));
    }

    /** Adds the derived comparisons to a class marked by the decorator at {@code at}. */
    static void derive(ClassInfo c, Expr at) {
        if (!c.methods().containsKey("__lt__")) {
            throw Unsupported.construct("total_ordering on a class without its own __lt__ (only __lt__ is "
                    + "translated as the root)", at);
        }
        for (String op : List.of("__le__", "__gt__", "__ge__")) {
            if (c.resolve(op) == null) {
                c.methods().put(op, method(c, op, at));
            }
        }
    }

    private static Stmt.FunctionDef method(ClassInfo c, String op, Expr at) {
        int s = at.start();
        int e = at.end();
        Expr self = new Expr.Name("self", ExprContext.Load, s, e);
        Expr other = new Expr.Name("other", ExprContext.Load, s, e);
        Expr less = new Expr.Compare(self, List.of(CmpOp.Lt), List.of(other), s, e);
        Expr notLess = new Expr.UnaryOp(UnaryOperator.Not, less, s, e);
        // Without an __eq__ of its own, the class's == is object's: identity.
        boolean identity = !Dunders.hasUserEq(new PyType.ClassT(c));
        if (identity && c.family().stream().anyMatch(k -> k.def().body().stream()
                .anyMatch(m -> m instanceof Stmt.FunctionDef f && f.name().equals("__eq__")))) {
            throw Unsupported.construct("total_ordering on a class whose subclass defines __eq__ (the derived "
                    + "comparisons would ask it)", at);
        }
        CmpOp eq = identity ? CmpOp.Is : CmpOp.Eq;
        CmpOp ne = identity ? CmpOp.IsNot : CmpOp.NotEq;
        Expr body = switch (op) {
            case "__le__" -> new Expr.BoolOp(BoolOperator.Or,
                    List.of(less, new Expr.Compare(self, List.of(eq), List.of(other), s, e)), s, e);
            case "__gt__" -> new Expr.BoolOp(BoolOperator.And,
                    List.of(notLess, new Expr.Compare(self, List.of(ne), List.of(other), s, e)), s, e);
            default -> notLess;
        };
        Arguments args = new Arguments(List.of(), List.of(new Arg("self", null, null, s, e),
                new Arg("other", new Expr.Name(c.name(), ExprContext.Load, s, e), null, s, e)),
                null, List.of(), List.of(), null, List.of(), s, e);
        return new Stmt.FunctionDef(op, args, List.of(new Stmt.Return(body, s, e)), List.of(),
                new Expr.Name("bool", ExprContext.Load, s, e), null, s, e);
    }
}
