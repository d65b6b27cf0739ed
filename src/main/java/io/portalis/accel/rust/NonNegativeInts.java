package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Proves from the source that an int expression is never negative, so that {@code a ** b} with
 * that exponent is an int in Python (a negative exponent makes a float), where ints are
 * {@code int::Int} ({@link BigInts}). Proven: a literal at least 0, {@code len()}, {@code abs()},
 * {@code x % k} for a positive literal {@code k}, sums, products, floor quotients and right shifts
 * of proven operands, {@code x & y} with one proven, and a local bound only as the target of
 * {@code for}/comprehension loops over {@code range(...)} whose start is proven and whose step, if
 * any, is a positive literal. Anything else is not proven.
 */
final class NonNegativeInts {
    private static final int DEPTH = 8;

    private NonNegativeInts() {}

    static boolean proven(FunctionTranslator ft, Expr e) {
        return proven(ft, e, 0);
    }

    private static boolean proven(FunctionTranslator ft, Expr e, int depth) {
        if (depth > DEPTH) {
            return false;
        }
        if (e instanceof Expr.Constant c) {
            return (c.value() instanceof ConstantValue.Int i && i.value().signum() >= 0) || c.value() instanceof ConstantValue.Bool;
        }
        if (e instanceof Expr.BinOp b) {
            return switch (b.op()) {
                case Mod -> b.right() instanceof Expr.Constant c && c.value() instanceof ConstantValue.Int i && i.value().signum() > 0;
                case Add, Mult, FloorDiv -> proven(ft, b.left(), depth + 1) && proven(ft, b.right(), depth + 1);
                case RShift -> proven(ft, b.left(), depth + 1);
                case BitAnd -> proven(ft, b.left(), depth + 1) || proven(ft, b.right(), depth + 1);
                default -> false;
            };
        }
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Name f && (f.id().equals("len") || f.id().equals("abs"))
                && c.args().size() == 1 && c.keywords().isEmpty()) {
            return true;
        }
        if (e instanceof Expr.Name n) {
            return rangeLoopVariable(ft, n.id(), depth);
        }
        return false;
    }

    /** Whether every binding of the name in this function is a loop target over a non-negative range. */
    private static boolean rangeLoopVariable(FunctionTranslator ft, String name, int depth) {
        if (ft.paramNames.contains(name) || ft.globalsHere.contains(name)) {
            return false;
        }
        int stores = 0;
        int rangeTargets = 0;
        Deque<Node> todo = new ArrayDeque<>(ft.functionBody);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef || n instanceof Stmt.ClassDef
                    || n instanceof Expr.Lambda) {
                continue; // their own scopes
            }
            if (n instanceof Expr.Name x && x.id().equals(name) && x.ctx() != ExprContext.Load) {
                stores++;
            }
            if (n instanceof Stmt.For f && f.target() instanceof Expr.Name t && t.id().equals(name)
                    && nonNegativeRange(ft, f.iter(), depth)) {
                rangeTargets++;
            }
            if (n instanceof Comprehension c && c.target() instanceof Expr.Name t && t.id().equals(name)
                    && nonNegativeRange(ft, c.iter(), depth)) {
                rangeTargets++;
            }
            for (Node child : NodeChildren.of(n)) {
                if (child != null) {
                    todo.push(child);
                }
            }
        }
        return stores > 0 && stores == rangeTargets;
    }

    private static boolean nonNegativeRange(FunctionTranslator ft, Expr iter, int depth) {
        if (!(iter instanceof Expr.Call c && c.func() instanceof Expr.Name f && f.id().equals("range") && c.keywords().isEmpty())) {
            return false;
        }
        List<Expr> a = c.args();
        if (a.size() == 1) {
            return true;
        }
        if (a.size() == 3 && !(a.get(2) instanceof Expr.Constant s && s.value() instanceof ConstantValue.Int i && i.value().signum() > 0)) {
            return false;
        }
        return a.size() <= 3 && proven(ft, a.get(0), depth + 1);
    }
}
