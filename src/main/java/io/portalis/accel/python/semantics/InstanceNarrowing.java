package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Narrowing by class: {@code isinstance(x, C)} and {@code isinstance(x, (C, D))} with classes of
 * the module or builtin types (the true branch knows x is one of them, the false branch that it is
 * none), and {@code type(x) is C} / {@code type(x) == C} (x is exactly a C; a failed test says
 * nothing of subclasses).
 */
final class InstanceNarrowing {
    /** Builtin types an isinstance test may name: an instance of one is never None. */
    private static final Set<String> BUILTIN_TYPES = Set.of("int", "float", "str", "bool", "list", "dict", "set",
            "tuple", "bytes", "frozenset", "complex", "bytearray");

    private final NarrowContext cx;

    InstanceNarrowing(NarrowContext cx) {
        this.cx = cx;
    }

    /** The call is a two-argument isinstance of the builtin. */
    boolean isIsinstance(Expr e) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Name f && f.id().equals("isinstance")
                && cx.builtin(f) && c.args().size() == 2 && c.keywords().isEmpty();
    }

    /** What an isinstance call (see {@link #isIsinstance}) proves, given the state after evaluating it. */
    Branches isinstance(Expr.Call c, NarrowState after) {
        List<String> classes = classes(c.args().get(1));
        Expr tested = c.args().get(0);
        if (cx.path(tested) == null || classes == null) {
            return Branches.same(after);
        }
        return new Branches(cx.know(after, tested, Narrowed.instanceOf(classes)),
                cx.know(after, tested, Narrowed.notInstanceOf(classes)));
    }

    /** What {@code type(x) op C} proves; null when the comparison is no such test. */
    Branches typeIs(CmpOp op, Expr left, Expr right, NarrowState after) {
        boolean identity = op == CmpOp.Is || op == CmpOp.IsNot;
        if (!(identity || op == CmpOp.Eq || op == CmpOp.NotEq) || !(left instanceof Expr.Call tc)
                || !(tc.func() instanceof Expr.Name tf) || !tf.id().equals("type") || !cx.builtin(tf)
                || tc.args().size() != 1 || !tc.keywords().isEmpty()) {
            return null;
        }
        Expr tested = tc.args().get(0);
        List<String> classes = classes(right);
        if (cx.path(tested) == null || classes == null || classes.size() != 1) {
            return null;
        }
        // bool is the one builtin subclass of int: type(x) is int rules it out.
        Narrowed exact = new Narrowed(true, classes, classes.get(0).equals("int") ? List.of("bool") : List.of());
        NarrowState known = cx.know(after, tested, exact);
        return op == CmpOp.Is || op == CmpOp.Eq ? new Branches(known, after) : new Branches(after, known);
    }

    /** The classes an isinstance test names, when each is a class of the module or a builtin type. */
    private List<String> classes(Expr spec) {
        List<Expr> names = spec instanceof Expr.Tuple t ? t.elts() : List.of(spec);
        List<String> out = new ArrayList<>();
        for (Expr e : names) {
            if (!(e instanceof Expr.Name n)) {
                return null;
            }
            boolean ok = (cx.builtin(n) && BUILTIN_TYPES.contains(n.id())) || cx.moduleClass(n);
            if (!ok) {
                return null;
            }
            out.add(n.id());
        }
        return out.isEmpty() ? null : out;
    }
}
