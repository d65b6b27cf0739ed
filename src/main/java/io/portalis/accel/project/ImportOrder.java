package io.portalis.accel.project;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays how CPython loads a project's modules when a main module runs as {@code python3 -m}: each
 * module's top level in order, a module in {@code sys.modules} (maybe still loading) taken as it
 * stands. A from-import of a name the (partially loaded) module has not bound yet is CPython's
 * ImportError of a circular import; the translated crate, whose modules hold only definitions,
 * would run instead, so such an entry module is refused. Every other cycle works as in CPython.
 */
final class ImportOrder {
    private final ProjectIndex index;
    /** sys.modules: each loaded (or loading) module's names bound so far. */
    private final Map<String, Set<String>> modules = new HashMap<>();

    private ImportOrder(ProjectIndex index) {
        this.index = index;
    }

    /** Null when running {@code entry} as a main module loads its imports without error. */
    static Diagnostic check(ProjectIndex index, ProjectIndex.Module entry) {
        if (!entry.hasMain) {
            return null;
        }
        ImportOrder order = new ImportOrder(index);
        try {
            List<String> pkg = entry.name.isPackage() ? entry.name.parts() : entry.name.packageParts();
            if (!pkg.isEmpty()) {
                order.load(String.join(".", pkg));
            }
            order.run(entry, new HashSet<>());
            String state = entry.translator == null ? null : entry.translator.moduleState();
            if (state != null && order.modules.containsKey(entry.name.dotted())) {
                return Diagnostic.error("E-UNSUPPORTED", "unsupported: running 'python3 -m " + entry.name.dotted()
                        + "' loads the module a second time by its name (its own imports import it): CPython then has"
                        + " two copies of its " + state + ", which the crate cannot tell apart", 0, 0);
            }
            return null;
        } catch (Failure f) {
            String where = f.module.file.relativePath() + ":" + ProjectIndex.lineOf(f.module, f.at);
            return Diagnostic.error("E-IMPORT", "running 'python3 -m " + entry.name.dotted()
                    + "' fails with CPython's ImportError: cannot import name '" + f.name + "' from partially initialized module '"
                    + f.from + "' (a circular import, at " + where + ")", 0, 0);
        }
    }

    private static final class Failure extends RuntimeException {
        final ProjectIndex.Module module;
        final Alias at;
        final String name;
        final String from;

        Failure(ProjectIndex.Module module, Alias at, String name, String from) {
            super(null, null, false, false);
            this.module = module;
            this.at = at;
            this.name = name;
            this.from = from;
        }
    }

    /** import {@code dotted}: each package on the way, then the module, each run once. */
    private Set<String> load(String dotted) {
        String[] parts = dotted.split("\\.");
        Set<String> names = null;
        for (int i = 1; i <= parts.length; i++) {
            String p = String.join(".", java.util.Arrays.copyOf(parts, i));
            names = modules.get(p);
            if (names == null) {
                names = new HashSet<>();
                modules.put(p, names);
                ProjectIndex.Module m = index.module(p);
                if (m != null && m.checked) {
                    run(m, names);
                }
                if (i > 1) {
                    modules.get(String.join(".", java.util.Arrays.copyOf(parts, i - 1))).add(parts[i - 1]);
                }
            }
        }
        return names;
    }

    private void run(ProjectIndex.Module m, Set<String> names) {
        for (Stmt s : m.ast.body()) {
            if (s instanceof Stmt.ImportFrom imp && m.fromTargets.containsKey(imp)) {
                String target = m.fromTargets.get(imp);
                Set<String> bound = load(target);
                for (Alias a : imp.names()) {
                    String local = a.asname() == null ? a.name() : a.asname();
                    if (!bound.contains(a.name())) {
                        if (index.exists(target + "." + a.name())) {
                            load(target + "." + a.name());
                        } else {
                            throw new Failure(m, a, a.name(), target);
                        }
                    }
                    names.add(local);
                }
            } else {
                names.addAll(TopLevel.binds(s));
            }
        }
    }
}
