package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Stmt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The module's user-defined type guards (PEP 647): a module-level function whose return
 * annotation is {@code TypeGuard[C]}, with C a class name, narrows its first argument to C where
 * a call of it is true (and says nothing where it is false), as mypy narrows. A guard of another
 * type ({@code TypeGuard[list[str]]}) narrows nothing here.
 */
final class TypeGuards {
    private final Map<String, String> guarded = new HashMap<>();

    TypeGuards(Mod.Module module) {
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.FunctionDef f && f.returns() instanceof Expr.Subscript sub
                    && sub.value() instanceof Expr.Name n && n.id().equals("TypeGuard") && sub.slice() instanceof Expr.Name c) {
                guarded.put(f.name(), c.id());
            }
        }
    }

    /** The argument a call narrows and the class it narrows to where the call is true; null when none. */
    Map.Entry<Expr, List<String>> narrows(Expr e, java.util.function.Function<Expr.Name, Resolution> resolve) {
        if (!(e instanceof Expr.Call c) || !(c.func() instanceof Expr.Name f) || c.args().isEmpty()
                || !guarded.containsKey(f.id())) {
            return null;
        }
        Resolution r = resolve.apply(f);
        if (r == null || r.kind() != NameKind.GLOBAL) {
            return null;
        }
        return Map.entry(c.args().get(0), List.of(guarded.get(f.id())));
    }
}
