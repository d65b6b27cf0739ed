package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * How a run represents Python's ints in Rust ({@code --ints}).
 *
 * <ul>
 *   <li>{@link #FIXED}: {@code i64} everywhere; an int leaving 64 bits stops the program with
 *       OverflowError (loud, never wrapped).</li>
 *   <li>{@link #BIG}: every int slot is the arbitrary-precision {@code int::Int} ({@link BigInts});
 *       a construct that lowering does not handle yet is refused naming it.</li>
 *   <li>{@link #AUTO} (the default): {@code int::Int} for a module that contains a construct whose
 *       ints commonly leave 64 bits ({@link #prone}), {@code i64} for every other module. A prone
 *       module whose {@code int::Int} translation meets a refusal is translated with {@code i64}
 *       instead, as before this option existed (loud OverflowError past 64 bits).</li>
 * </ul>
 * The choice is per module in a standalone file and per project in a crate (signatures cross modules).
 */
public enum IntRepresentation {
    AUTO, BIG, FIXED;

    /** Calls that make ints beyond 64 bits from small arguments. */
    private static final Set<String> GROWING_CALLS = Set.of("pow", "factorial", "comb", "perm", "prod", "Fraction");

    /** The option's spelling. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a module has a construct whose ints commonly leave 64 bits: {@code **} or
     * {@code pow()}, {@code <<}, {@code math.factorial}/{@code comb}/{@code perm}/{@code prod},
     * {@code Fraction()} (numerators and denominators grow with each operation), an
     * int literal beyond 64 bits, or inside a loop a product accumulated ({@code r *= i}) or a
     * pair recurrence ({@code a, b = b, a + b}: a sum or product of two of the targets). Other
     * growth (a sum accumulated, {@code x = x * k}) is not detected: {@code --ints big} covers it.
     */
    public static boolean prone(Node module) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> inLoop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.push(module);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            boolean loop = inLoop.contains(n);
            if (loop && n instanceof Stmt.AugAssign a && a.op() == Operator.Mult && !(a.value() instanceof Expr.Constant)) {
                return true;
            }
            if (loop && n instanceof Stmt.Assign a && pairRecurrence(a)) {
                return true;
            }
            if (n instanceof Expr.BinOp b && (b.op() == Operator.Pow || b.op() == Operator.LShift)) {
                return true;
            }
            if (n instanceof Stmt.AugAssign a && (a.op() == Operator.Pow || a.op() == Operator.LShift)) {
                return true;
            }
            if (n instanceof Expr.Constant c && c.value() instanceof ConstantValue.Int i && i.value().bitLength() > 63) {
                return true;
            }
            if (n instanceof Expr.Call c && GROWING_CALLS.contains(calleeName(c.func()))) {
                return true;
            }
            boolean childrenInLoop = loop || n instanceof Stmt.For || n instanceof Stmt.While;
            for (Node child : NodeChildren.of(n)) {
                if (child != null) {
                    todo.push(child);
                    if (childrenInLoop && !(child instanceof Stmt.FunctionDef)) {
                        inLoop.add(child);
                    }
                }
            }
        }
        return false;
    }

    /** {@code a, b = b, a + b}: a tuple assignment one of whose values adds or multiplies two of its targets. */
    private static boolean pairRecurrence(Stmt.Assign a) {
        if (a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Tuple t) || !(a.value() instanceof Expr.Tuple v)) {
            return false;
        }
        Set<String> names = new java.util.HashSet<>();
        for (Expr e : t.elts()) {
            if (e instanceof Expr.Name n) {
                names.add(n.id());
            }
        }
        for (Expr e : v.elts()) {
            if (e instanceof Expr.BinOp b && (b.op() == Operator.Add || b.op() == Operator.Mult)
                    && b.left() instanceof Expr.Name l && b.right() instanceof Expr.Name r
                    && names.contains(l.id()) && names.contains(r.id())) {
                return true;
            }
        }
        return false;
    }

    private static String calleeName(Expr f) {
        if (f instanceof Expr.Name n) {
            return n.id();
        }
        if (f instanceof Expr.Attribute a) {
            return a.attr();
        }
        return "";
    }
}
