package io.portalis.accel.project;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.ExprRewriter;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Project modules imported as objects — {@code import pkg.mod}, {@code import pkg.mod as m},
 * {@code from pkg import mod} — read as from-imports of what the module uses of them: each
 * {@code m.name} (also {@code pkg.mod.name}) becomes a name bound by {@code from pkg.mod import name}.
 * The module object itself is refused anywhere else (passed as a value, rebound, assigned to).
 * Loading order is kept conservative: a name so imported must be bound when the import runs, as a
 * from-import requires (CPython would accept some cycles of {@code import m} that this refuses).
 */
final class ModuleObjects {
    /** The module after the rewrite, and what was refused. */
    record Result(Mod.Module module, List<Diagnostic> errors, Set<String> loadedOnly) {}

    private final ProjectIndex index;
    private final ProjectIndex.Module module;
    /** local name → the dotted module it is bound to */
    private final Map<String, String> bound = new LinkedHashMap<>();
    /** the import statement that bound each local name */
    private final Map<String, Stmt> bindingStatement = new LinkedHashMap<>();
    /** dotted module → (member → the local name that now stands for module.member) */
    private final Map<String, Map<String, String>> members = new LinkedHashMap<>();
    private final List<Diagnostic> errors = new ArrayList<>();

    /** The start of the names that stand for {@code module.member} after the rewrite. */
    private static final String MEMBER_PREFIX = "pym_";

    /** Whether {@code local} is a name the rewrite gave a module object's member (read live, not copied). */
    static boolean isMemberName(String local) {
        return local.startsWith(MEMBER_PREFIX);
    }

    private ModuleObjects(ProjectIndex index, ProjectIndex.Module module) {
        this.index = index;
        this.module = module;
    }

    static Result rewrite(ProjectIndex index, ProjectIndex.Module m, Mod.Module ast) {
        ModuleObjects mo = new ModuleObjects(index, m);
        return mo.run(ast);
    }

    private Result run(Mod.Module ast) {
        for (Stmt s : ast.body()) {
            if (s instanceof Stmt.Import imp && imp.names().stream().allMatch(a -> index.isProjectModuleName(a.name()))) {
                for (Alias a : imp.names()) {
                    if (!index.exists(a.name())) {
                        continue; // the import resolution reports it
                    }
                    if (a.asname() != null) {
                        bind(a.asname(), a.name(), s);
                    } else {
                        bind(a.name().split("\\.")[0], a.name().split("\\.")[0], s);
                    }
                }
            } else if (s instanceof Stmt.ImportFrom imp) {
                String target = index.fromTarget(module, imp);
                if (target == null) {
                    continue;
                }
                ProjectIndex.Module from = index.module(target);
                for (Alias a : imp.names()) {
                    boolean value = from != null && from.ast != null && ProjectIndex.bindsName(from, a.name());
                    if (!value && index.exists(target + "." + a.name())) {
                        bind(a.asname() == null ? a.name() : a.asname(), target + "." + a.name(), s);
                    }
                }
            }
        }
        if (bound.isEmpty()) {
            return new Result(ast, List.of(), Set.of());
        }
        rebindings(ast);
        Mod.Module rewritten = (Mod.Module) map(ast, this::replace);
        // m.sub.name works in CPython only when something loaded m.sub: this module's imports, or theirs
        Set<String> direct = new LinkedHashSet<>();
        for (String dotted : bound.values()) {
            String[] parts = dotted.split("\\.");
            for (int i = 1; i <= parts.length; i++) {
                direct.add(String.join(".", java.util.Arrays.copyOf(parts, i)));
            }
        }
        Set<String> loadedModules = null;
        for (Map.Entry<String, Map<String, String>> used : members.entrySet()) {
            if (direct.contains(used.getKey())) {
                continue; // the import itself loads it
            }
            if (loadedModules == null) {
                loadedModules = loadedBy(ast);
            }
            if (!loadedModules.contains(used.getKey())) {
                Stmt at = bindingStatement.values().iterator().next();
                for (Map.Entry<String, Stmt> b : bindingStatement.entrySet()) {
                    if (used.getKey().startsWith(bound.get(b.getKey()))) {
                        at = b.getValue();
                    }
                }
                errors.add(Diagnostic.error("E-UNSUPPORTED", "unsupported: the module '" + used.getKey()
                        + "' is used as an attribute but no import loads it (CPython: AttributeError); import it",
                        at.start(), at.end()));
            }
        }
        // any other use of a module object
        map(rewritten, e -> {
            if (e instanceof Expr.Name n && bound.containsKey(n.id())) {
                errors.add(Diagnostic.error("E-UNSUPPORTED", "unsupported: the module '" + bound.get(n.id())
                        + "' used as a value (only its names, as '" + n.id() + ".name', are translated)", n.start(), n.end()));
                return n;
            }
            return null;
        });
        List<Stmt> body = new ArrayList<>();
        Set<String> loadedOnly = new LinkedHashSet<>();
        for (Stmt s : rewritten.body()) {
            if (!bindingStatement.containsValue(s) && !(s instanceof Stmt.ImportFrom f && rewrittenFrom(f))) {
                body.add(s);
                continue;
            }
            if (s instanceof Stmt.ImportFrom f) {
                List<Alias> values = f.names().stream().filter(a -> !bound.containsKey(a.asname() == null ? a.name() : a.asname())).toList();
                if (!values.isEmpty()) {
                    body.add(new Stmt.ImportFrom(f.module(), values, f.level(), f.start(), f.end()));
                }
            }
            for (Map.Entry<String, Stmt> e : bindingStatement.entrySet()) {
                if (e.getValue() != s) {
                    continue;
                }
                String dotted = bound.get(e.getKey());
                boolean any = false;
                for (Map.Entry<String, Map<String, String>> used : members.entrySet()) {
                    if (!used.getKey().equals(dotted) && !used.getKey().startsWith(dotted + ".")) {
                        continue;
                    }
                    List<Alias> names = new ArrayList<>();
                    used.getValue().forEach((member, local) -> names.add(new Alias(member, local, s.start(), s.end())));
                    if (!names.isEmpty() && !emitted.contains(used.getKey())) {
                        body.add(new Stmt.ImportFrom(used.getKey(), names, 0, s.start(), s.end()));
                        emitted.add(used.getKey());
                        any = true;
                    }
                }
                if (!any) {
                    loadedOnly.add(dotted);
                }
            }
        }
        return new Result(new Mod.Module(body, rewritten.type_ignores(), rewritten.start(), rewritten.end()), errors, loadedOnly);
    }

    private final Set<String> emitted = new LinkedHashSet<>();

    /** The project modules that loading this module loads: its imports, theirs, and the packages on the way. */
    private Set<String> loadedBy(Mod.Module ast) {
        Set<String> seen = new LinkedHashSet<>();
        java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>(importsOf(module, ast));
        while (!work.isEmpty()) {
            String d = work.pop();
            String[] parts = d.split("\\.");
            for (int i = 1; i <= parts.length; i++) {
                String p = String.join(".", java.util.Arrays.copyOf(parts, i));
                if (seen.add(p)) {
                    ProjectIndex.Module m = index.module(p);
                    if (m != null && m.parsed != null) {
                        work.addAll(importsOf(m, m.parsed));
                    }
                }
            }
        }
        return seen;
    }

    /** The project modules a module's top-level imports name (from-imported submodules included). */
    private List<String> importsOf(ProjectIndex.Module m, Mod.Module ast) {
        List<String> out = new ArrayList<>();
        for (Stmt s : ast.body()) {
            if (s instanceof Stmt.Import imp) {
                imp.names().stream().map(Alias::name).filter(index::exists).forEach(out::add);
            } else if (s instanceof Stmt.ImportFrom imp) {
                String t = index.fromTarget(m, imp);
                if (t != null) {
                    out.add(t);
                    imp.names().stream().map(a -> t + "." + a.name()).filter(index::exists).forEach(out::add);
                }
            }
        }
        return out;
    }

    private boolean rewrittenFrom(Stmt.ImportFrom f) {
        return bindingStatement.containsValue(f);
    }

    private void bind(String local, String dotted, Stmt at) {
        bound.put(local, dotted);
        bindingStatement.put(local, at);
    }

    /** A module object's name bound anywhere else in the module (assigned, a parameter, a def...) is refused. */
    private void rebindings(Mod.Module ast) {
        map(ast, e -> {
            if (e instanceof Expr.Name n && n.ctx() != ExprContext.Load && bound.containsKey(n.id())) {
                errors.add(Diagnostic.error("E-UNSUPPORTED", "unsupported: '" + n.id() + "', bound to the module '"
                        + bound.get(n.id()) + "', is bound again", n.start(), n.end()));
            }
            return null;
        });
        walkOthers(ast);
    }

    private void walkOthers(Object node) {
        if (node instanceof List<?> l) {
            l.forEach(this::walkOthers);
            return;
        }
        if (!(node instanceof Record r) || !r.getClass().getPackageName().equals(Node.class.getPackageName())) {
            return;
        }
        String name = null;
        if (node instanceof Arg a) {
            name = a.arg();
        } else if (node instanceof Stmt.FunctionDef f) {
            name = f.name();
        } else if (node instanceof Stmt.ClassDef c) {
            name = c.name();
        }
        if (name != null && bound.containsKey(name)) {
            Node n = (Node) node;
            errors.add(Diagnostic.error("E-UNSUPPORTED", "unsupported: '" + name + "', bound to the module '"
                    + bound.get(name) + "', is bound again", n.start(), Math.max(n.start(), n.end())));
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            walkOthers(read(c, r));
        }
    }

    /** {@code m.a.b.name} with {@code m.a.b} a module: the local name for {@code name}; null when not such a chain. */
    private Expr replace(Expr e) {
        if (!(e instanceof Expr.Attribute top) || top.ctx() != ExprContext.Load) {
            return null;
        }
        List<String> attrs = new ArrayList<>();
        Expr at = e;
        while (at instanceof Expr.Attribute a) {
            attrs.add(0, a.attr());
            at = a.value();
        }
        if (!(at instanceof Expr.Name root) || !bound.containsKey(root.id())) {
            return null;
        }
        String dotted = bound.get(root.id());
        int i = 0;
        while (i < attrs.size() - 1 && index.exists(dotted + "." + attrs.get(i))) {
            dotted = dotted + "." + attrs.get(i);
            i++;
        }
        if (i != attrs.size() - 1) {
            return null; // m.f.x: the inner chain m.f is replaced on the way down
        }
        String member = attrs.get(i);
        String local = MEMBER_PREFIX + dotted.replace('.', '_') + "__" + member;
        members.computeIfAbsent(dotted, k -> new LinkedHashMap<>()).put(member, local);
        return new Expr.Name(local, ExprContext.Load, e.start(), e.end());
    }

    static Object map(Object node, Function<Expr, Expr> f) {
        return ExprRewriter.map(node, f);
    }

    private static Object read(RecordComponent c, Record r) {
        return ExprRewriter.read(c, r);
    }
}
