package io.portalis.accel.project;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.rust.ProjectModuleTranslator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --ints auto} over a project, group by group: the modules that import each other (directly or
 * not: a connected group of the import graph) share int signatures, so each group takes one
 * representation, and groups are independent. A group keeps the {@code int::Int} translation unless
 * that translation refuses a module the {@code i64} one translates; an unrelated module's refusal no
 * longer costs every other module its big ints (where an {@code i64} overflow would stop the program
 * with an OverflowError CPython never raises).
 */
final class IntChoice {
    /** One module's state after a translation. */
    private record Snapshot(ProjectModuleTranslator translator, List<Diagnostic> diagnostics, String rust,
            List<Diagnostic> importErrors, Set<ProjectIndex.Module> dependencies) {}

    private final Map<ProjectIndex.Module, Snapshot> big = new IdentityHashMap<>();

    /** Keeps the state of the {@code int::Int} translation of {@code modules}. */
    IntChoice(List<ProjectIndex.Module> modules) {
        for (ProjectIndex.Module m : modules) {
            big.put(m, new Snapshot(m.translator, m.diagnostics, m.rust, List.copyOf(m.importErrors),
                    new LinkedHashSet<>(m.dependencies)));
        }
    }

    /** After the {@code i64} translation: puts back the {@code int::Int} one in every group where it refuses nothing more. */
    void keepBigWhereItWorks(List<ProjectIndex.Module> modules) {
        for (List<ProjectIndex.Module> group : groups(modules)) {
            boolean bigWorks = group.stream().allMatch(m -> m.rust == null || big.get(m).rust() != null);
            if (!bigWorks) {
                continue;
            }
            for (ProjectIndex.Module m : group) {
                Snapshot s = big.get(m);
                m.translator = s.translator();
                m.diagnostics = s.diagnostics();
                m.rust = s.rust();
                m.importErrors.clear();
                m.importErrors.addAll(s.importErrors());
                m.dependencies.clear();
                m.dependencies.addAll(s.dependencies());
            }
        }
    }

    /** The connected groups of the import graph (both translations' imports), each in the modules' order. */
    private List<List<ProjectIndex.Module>> groups(List<ProjectIndex.Module> modules) {
        Map<ProjectIndex.Module, ProjectIndex.Module> parent = new IdentityHashMap<>();
        modules.forEach(m -> parent.put(m, m));
        for (ProjectIndex.Module m : modules) {
            Set<ProjectIndex.Module> deps = new LinkedHashSet<>(m.dependencies);
            deps.addAll(big.get(m).dependencies());
            for (ProjectIndex.Module d : deps) {
                if (parent.containsKey(d) && !bindsNothing(d) && !bindsNothing(m)) {
                    parent.put(root(parent, m), root(parent, d));
                }
            }
        }
        Map<ProjectIndex.Module, List<ProjectIndex.Module>> byRoot = new IdentityHashMap<>();
        List<List<ProjectIndex.Module>> out = new ArrayList<>();
        for (ProjectIndex.Module m : modules) {
            List<ProjectIndex.Module> g = byRoot.computeIfAbsent(root(parent, m), k -> {
                List<ProjectIndex.Module> l = new ArrayList<>();
                out.add(l);
                return l;
            });
            g.add(m);
        }
        return out;
    }

    /**
     * A module whose body is at most a docstring and {@code pass} (a package's empty __init__.py, which
     * every module of the package depends on) shares no values, so it ties no modules together.
     */
    private static boolean bindsNothing(ProjectIndex.Module m) {
        return m.ast != null && m.ast.body().stream().allMatch(s -> s instanceof Stmt.Pass
                || (s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant));
    }

    private static ProjectIndex.Module root(Map<ProjectIndex.Module, ProjectIndex.Module> parent, ProjectIndex.Module m) {
        ProjectIndex.Module r = m;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }
}
