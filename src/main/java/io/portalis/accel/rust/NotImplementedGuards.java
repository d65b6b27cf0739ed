package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed form of a rich comparison that takes any object:
 * <pre>
 *     def __eq__(self, other: object) -> bool:
 *         if not isinstance(other, Version):
 *             return NotImplemented
 *         ...
 * </pre>
 * where {@code Version} is the method's own class. For an operand of that class (or a class
 * derived from it) the guard never returns, so the method is the same as one that takes a
 * {@code Version} and has the rest of the body: that is how it is translated. An operand of
 * another type is where Python would see NotImplemented and fall back (identity for {@code ==}
 * and {@code !=}, a TypeError for ordering); the comparison lowering settles those operands by
 * their static types, as for a method that declares {@code Version} (it never calls the method).
 */
final class NotImplementedGuards {
    private NotImplementedGuards() {}

    /** The class a comparison method's leading NotImplemented guard tests {@code other} against; null without one. */
    private static String guardClass(Stmt.FunctionDef f) {
        if (!Dunders.COMPARISONS.contains(f.name()) || f.args().args().size() != 2 || f.body().size() < 2
                || !f.args().defaults().isEmpty()) {
            return null;
        }
        Arg other = f.args().args().get(1);
        if (!(other.annotation() instanceof Expr.Name a && (a.id().equals("object") || a.id().equals("Any")))) {
            return null;
        }
        if (!(f.body().get(0) instanceof Stmt.If guard) || !guard.orelse().isEmpty() || guard.body().size() != 1
                || !(guard.body().get(0) instanceof Stmt.Return r) || !(r.value() instanceof Expr.Name ni)
                || !ni.id().equals("NotImplemented")) {
            return null;
        }
        if (guard.test() instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not
                && u.operand() instanceof Expr.Call c && c.func() instanceof Expr.Name fn && fn.id().equals("isinstance")
                && c.args().size() == 2 && c.keywords().isEmpty()
                && c.args().get(0) instanceof Expr.Name o && o.id().equals(other.arg())
                && c.args().get(1) instanceof Expr.Name cls) {
            return cls.id();
        }
        return null;
    }

    /** Whether the method has the guard for its own class {@code c}. */
    static boolean guarded(ClassInfo c, Stmt.FunctionDef f) {
        String cls = guardClass(f);
        return cls != null && cls.equals(c.name()) && !isNotImplementedShadowed(f);
    }

    private static boolean isNotImplementedShadowed(Stmt.FunctionDef f) {
        return f.args().args().stream().anyMatch(a -> a.arg().equals("NotImplemented") || a.arg().equals("isinstance"));
    }

    /** The method's signature with {@code other} of its own class, where it has the guard; else unchanged. */
    static FunctionSig signature(ClassInfo c, Stmt.FunctionDef f, FunctionSig sig) {
        if (!guarded(c, f) || sig.params().size() != 1) {
            return sig;
        }
        FunctionSig.Param p = sig.params().get(0);
        List<FunctionSig.Param> params = new ArrayList<>();
        params.add(new FunctionSig.Param(p.name(), new PyType.ClassT(c), p.defaultValue(), p.kind()));
        return new FunctionSig(sig.pythonName(), sig.rustName(), params, sig.returns(), sig.owner());
    }

    /** The statements to translate: the body after the guard, where the signature took the class. */
    static List<Stmt> body(ClassInfo c, Stmt.FunctionDef f) {
        return guarded(c, f) ? f.body().subList(1, f.body().size()) : f.body();
    }
}
