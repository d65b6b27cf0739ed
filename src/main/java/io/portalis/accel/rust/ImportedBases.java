package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Classes of a project module whose base is a class imported from another module. Modules collect
 * their classes in parallel, before the project binds what they import, so such a class waits
 * until its base is bound ({@link #retry}), possibly over several rounds (a base that is itself
 * derived from an import). Only exception classes without state of their own may be derived
 * across modules: those are raised and caught by name, so the subclass needs nothing of the base's
 * Rust. Any other class hierarchy is one Rust type emitted by one module, so a subclass of another
 * module's class is refused by name.
 */
final class ImportedBases {
    private final Set<String> projectNames;
    private final List<Stmt.ClassDef> waiting = new ArrayList<>();

    /** @param projectNames the names the module imports from other project modules */
    ImportedBases(Set<String> projectNames) {
        this.projectNames = Set.copyOf(projectNames);
    }

    /** For a single file: nothing is imported from a project. */
    static ImportedBases none() {
        return new ImportedBases(Set.of());
    }

    /**
     * Whether {@code c} must wait for its imported base to be bound (then it is kept here); throws
     * when its base is a bound class of another module that cannot be derived across modules.
     */
    boolean defer(Stmt.ClassDef c, ModuleScope scope) {
        if (c.bases().size() != 1 || !(c.bases().get(0) instanceof Expr.Name bn) || !projectNames.contains(bn.id())
                || scope.classes.containsKey(bn.id())) {
            return false;
        }
        ClassInfo base = scope.importedClasses.get(bn.id());
        if (base == null) {
            waiting.add(c);
            return true;
        }
        if (!base.exception() || base.objectException()) {
            throw Unsupported.construct("subclass of class '" + base.name() + "' of another module (a class hierarchy"
                    + " is translated as one Rust type in one module; only exception classes without a body of their"
                    + " own may be derived across modules)", bn);
        }
        return false;
    }

    /** Collects the waiting classes whose base is now bound; whether any was. */
    boolean retry(ClassDeclarations declarations, ModuleScope scope, RustTranslator rt) {
        boolean progress = false;
        for (Stmt.ClassDef c : List.copyOf(waiting)) {
            Expr.Name bn = (Expr.Name) c.bases().get(0);
            if (scope.importedClasses.containsKey(bn.id())) {
                waiting.remove(c);
                progress = true;
                try {
                    declarations.collectClass(c);
                } catch (Unsupported u) {
                    rt.report(u);
                }
            }
        }
        return progress;
    }

    /** Refuses what still waits: its base is no class the project could bind. */
    void refuseWaiting(RustTranslator rt) {
        for (Stmt.ClassDef c : waiting) {
            rt.report(Unsupported.construct("base class '" + ((Expr.Name) c.bases().get(0)).id() + "'", c.bases().get(0)));
        }
        waiting.clear();
    }
}
