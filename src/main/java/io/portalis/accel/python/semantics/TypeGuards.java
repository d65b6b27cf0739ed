package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Stmt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Narrowing by the module's user-defined type guards (PEP 647): a module-level function whose
 * return annotation is {@code TypeGuard[C]}, with C a class name, narrows its first argument to C
 * where a call of it is true (and says nothing where it is false), as mypy narrows. A guard of
 * another type ({@code TypeGuard[list[str]]}) narrows nothing here.
 */
final class TypeGuards {
    private final Map<String, String> guarded = new HashMap<>();
    private final NarrowContext cx;

    TypeGuards(Mod.Module module, NarrowContext cx) {
        this.cx = cx;
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.FunctionDef f && f.returns() instanceof Expr.Subscript sub
                    && sub.value() instanceof Expr.Name n && n.id().equals("TypeGuard") && sub.slice() instanceof Expr.Name c) {
                guarded.put(f.name(), c.id());
            }
        }
    }

    /** The expression calls one of the module's type guards with an argument that names a path. */
    boolean isGuardCall(Expr e) {
        if (!(e instanceof Expr.Call c) || !(c.func() instanceof Expr.Name f) || c.args().isEmpty()
                || !guarded.containsKey(f.id())) {
            return false;
        }
        Resolution r = cx.resolve(f);
        return r != null && r.kind() == NameKind.GLOBAL && cx.path(c.args().get(0)) != null;
    }

    /** What a guard call (see {@link #isGuardCall}) proves, given the state after evaluating it. */
    Branches test(Expr.Call c, NarrowState after) {
        Expr.Name f = (Expr.Name) c.func();
        Narrowed known = Narrowed.instanceOf(List.of(guarded.get(f.id())));
        return new Branches(cx.know(after, c.args().get(0), known), after);
    }
}
