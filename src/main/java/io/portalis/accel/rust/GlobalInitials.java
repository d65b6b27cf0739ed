package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first values of a project module's variables that change at run time ({@link ModuleScope.Global}s).
 * A crate runs no code when a module is imported, so a module variable other modules may see must be
 * bound from the start: its first assignment is taken as its initial value when that assignment
 * comes before anything else the module's top level runs (only such first assignments precede it)
 * and its value reads no name and cannot raise. The Global then starts bound to a thread-local
 * {@code NAME__INITIAL} holding that first object, which is also what {@code from m import name}
 * copies: Python binds the importer's name to the object the variable held when the import ran,
 * which, the crate's modules running nothing else at import, is that first object.
 */
final class GlobalInitials {
    /** The suffix of the thread-local that holds a variable's first object. */
    static final String SUFFIX = "__INITIAL";

    private final Map<String, ModuleScope.Constant> initials = new LinkedHashMap<>();
    private final Set<Stmt> statements = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** The module's top-level statements in order (constants already taken out) and its Globals. */
    void find(List<Stmt> kept, Set<String> globals, java.util.function.BiFunction<String, Stmt, ModuleScope.Constant> value) {
        for (Stmt s : kept) {
            String name = null;
            Expr v = null;
            if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
                name = n.id();
                v = a.value();
            } else if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && a.value() != null) {
                name = n.id();
                v = a.value();
            }
            if (name == null || !globals.contains(name) || initials.containsKey(name) || !DeclarationPlanner.reads(v).isEmpty()
                    || !WalrusTargets.ofStatement(s).isEmpty()) {
                return;
            }
            ModuleScope.Constant k;
            try {
                k = value.apply(name, s);
            } catch (Unsupported notAValue) {
                return;
            }
            initials.put(name, k);
            statements.add(s);
        }
    }

    /** The first value of a Global (a thread-local constant of the Global's type), or null when it has none. */
    ModuleScope.Constant of(String name) {
        return initials.get(name);
    }

    /** Whether {@code s} is the first assignment of a Global with an initial value (it runs nothing new). */
    boolean assigns(Stmt s) {
        return statements.contains(s);
    }
}
