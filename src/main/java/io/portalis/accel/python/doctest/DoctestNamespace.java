package io.portalis.accel.python.doctest;

import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Comprehension;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Stmt;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A docstring's examples run in a shallow copy of the module's globals ({@code doctest} copies
 * {@code module.__dict__} for each docstring), so an example that assigns a name of the module
 * rebinds it in that copy only: reads before the assignment see the module's value, the module's
 * own functions keep seeing the module's value, and the next docstring starts from the module's
 * value again. The examples of one docstring run as one function; such a name becomes a local of
 * that function under another name ({@link #local}), first bound to the module's value, and every
 * use of the name in the docstring's examples reads or binds that local.
 *
 * <p>Only a variable the module assigns at its top level (never through {@code global}) is read so;
 * it is bound in the examples by assignments (plain, annotated or augmented), {@code for} and
 * {@code with} targets. Other ways of binding it ({@code del}, {@code except ... as}, a {@code def}
 * or {@code class}, an import, a parameter of the same name, a use inside an f-string) keep the
 * example refused.
 */
final class DoctestNamespace {
    private static final String LOCAL_PREFIX = "__portalis_local_";
    private static final String IMPORT_PREFIX = "__portalis_import_";

    private DoctestNamespace() {
    }

    /** The local that holds the docstring's copy of the module's {@code name}. */
    static String local(String name) {
        return LOCAL_PREFIX + name;
    }

    /** The module's variables a docstring's examples may rebind in their copy: assigned at the top level, never global. */
    static Set<String> copyable(Mod.Module module) {
        Set<String> assigned = new HashSet<>();
        Set<String> other = new HashSet<>();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.Assign a) {
                a.targets().forEach(t -> names(t, assigned));
            } else if (s instanceof Stmt.AnnAssign a && a.value() != null && a.target() instanceof Expr.Name n) {
                assigned.add(n.id());
            } else if (s instanceof Stmt.FunctionDef f) {
                other.add(f.name());
            } else if (s instanceof Stmt.ClassDef c) {
                other.add(c.name());
            } else if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) {
                for (Node a : NodeChildren.of(s)) {
                    if (a instanceof Alias al) {
                        other.add(al.asname() != null ? al.asname() : al.name().split("\\.")[0]);
                    }
                }
            }
        }
        globals(module, other);
        assigned.removeAll(other);
        return assigned;
    }

    /**
     * The names of the module that the examples (parsed, in order) bind in their namespace and that
     * can become the docstring's locals; the others stay refused where the examples bind them.
     */
    static Set<String> rebound(List<Mod.Module> examples, Set<String> copyable) {
        Set<String> bound = new LinkedHashSet<>();
        Set<String> refused = new HashSet<>();
        for (Mod.Module ex : examples) {
            for (Stmt s : ex.body()) {
                namespaceBindings(s, bound, refused, false, true);
            }
        }
        bound.retainAll(copyable);
        bound.removeAll(refused);
        return bound;
    }

    /**
     * Collects the names bound in the docstring's namespace by {@code n} ({@code nested}: inside a
     * function, class or comprehension, whose own names are not the namespace's) into
     * {@code bound}, and the names used in ways a renamed local cannot follow into {@code refused}
     * (the names imports bind too when {@code aliases}).
     */
    private static void namespaceBindings(Node n, Set<String> bound, Set<String> refused, boolean nested,
            boolean aliases) {
        if (n instanceof Expr.Name x) {
            if (x.ctx() == ExprContext.Del) {
                refused.add(x.id());
            } else if (x.ctx() == ExprContext.Store && !nested) {
                bound.add(x.id());
            }
            return;
        }
        if (n instanceof Expr.NamedExpr w && w.target() instanceof Expr.Name t) {
            refused.add(t.id()); // binds in the namespace even from a comprehension
        }
        if (n instanceof Arg a) {
            refused.add(a.arg());
        } else if (n instanceof ExceptHandler h && h.name() != null) {
            refused.add(h.name());
        } else if (n instanceof Stmt.FunctionDef f) {
            refused.add(f.name());
        } else if (n instanceof Stmt.AsyncFunctionDef f) {
            refused.add(f.name());
        } else if (n instanceof Stmt.ClassDef c) {
            refused.add(c.name());
        } else if (n instanceof Alias a && aliases) {
            refused.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
        } else if (n instanceof Stmt.Global g) {
            refused.addAll(g.names());
        } else if (n instanceof Stmt.Nonlocal g) {
            refused.addAll(g.names());
        } else if (n instanceof Expr.JoinedStr) {
            Set<String> inside = new HashSet<>();
            names(n, inside);
            refused.addAll(inside); // an f-string's `{name=}` shows the name as written
        }
        boolean inner = nested || n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef
                || n instanceof Stmt.ClassDef || n instanceof Expr.Lambda || n instanceof Comprehension;
        for (Node c : NodeChildren.of(n)) {
            namespaceBindings(c, bound, refused, inner, aliases);
        }
    }

    /** Every name (any context) under {@code n}. */
    private static void names(Node n, Set<String> out) {
        if (n instanceof Expr.Name x) {
            out.add(x.id());
        }
        for (Node c : NodeChildren.of(n)) {
            names(c, out);
        }
    }

    /** The names of every {@code global} statement under {@code n}. */
    private static void globals(Node n, Set<String> out) {
        if (n instanceof Stmt.Global g) {
            out.addAll(g.names());
        }
        for (Node c : NodeChildren.of(n)) {
            globals(c, out);
        }
    }

    /** The names the module binds only inside its compound statements (its main block's variables, say). */
    static Set<String> blockOnly(Mod.Module module, Set<String> moduleNames) {
        Set<String> direct = new HashSet<>();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.Assign || s instanceof Stmt.AnnAssign || s instanceof Stmt.AugAssign
                    || s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef || s instanceof Stmt.ClassDef
                    || s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) {
                if (s instanceof Stmt.Assign a) {
                    a.targets().forEach(t -> names(t, direct));
                } else if (s instanceof Stmt.AnnAssign a) {
                    names(a.target(), direct);
                } else if (s instanceof Stmt.AugAssign a) {
                    names(a.target(), direct);
                }
                for (Node c : NodeChildren.of(s)) {
                    if (c instanceof Alias a) {
                        direct.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
                    }
                }
                if (s instanceof Stmt.FunctionDef f) {
                    direct.add(f.name());
                } else if (s instanceof Stmt.AsyncFunctionDef f) {
                    direct.add(f.name());
                } else if (s instanceof Stmt.ClassDef c) {
                    direct.add(c.name());
                }
            }
        }
        Set<String> out = new HashSet<>(moduleNames);
        out.removeAll(direct);
        Set<String> global = new HashSet<>();
        globals(module, global);
        out.removeAll(global);
        return out;
    }

    /**
     * Of {@code candidates} (names the module binds only in its blocks, which a docstring's copy
     * holds only when the main block bound them before {@code testmod()} ran), those the examples
     * first meet as the target of a plain assignment at the top of an example whose value does not
     * read them: from then on the example's own binding is the one every use reads, as for any other
     * name of the examples, so the name stays the docstring's local as written.
     */
    static Set<String> assignedFirst(List<Mod.Module> examples, Set<String> candidates) {
        Set<String> out = new HashSet<>();
        Set<String> met = new HashSet<>();
        Set<String> bound = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (Mod.Module ex : examples) {
            for (Stmt s : ex.body()) {
                namespaceBindings(s, bound, refused, false, true);
            }
        }
        for (Mod.Module ex : examples) {
            for (Stmt s : ex.body()) {
                Set<String> here = new HashSet<>();
                names(s, here);
                here.retainAll(candidates);
                here.removeAll(met);
                if (s instanceof Stmt.Assign a) {
                    Set<String> targets = new HashSet<>();
                    for (Expr t : a.targets()) {
                        if (t instanceof Expr.Name n) {
                            targets.add(n.id());
                        } else if (t instanceof Expr.Tuple || t instanceof Expr.List) {
                            NodeChildren.of(t).stream().filter(e -> e instanceof Expr.Name)
                                    .forEach(e -> targets.add(((Expr.Name) e).id()));
                        }
                    }
                    Set<String> read = new HashSet<>();
                    names(a.value(), read);
                    for (String n : here) {
                        if (targets.contains(n) && !read.contains(n) && !refused.contains(n)) {
                            out.add(n);
                        }
                    }
                }
                met.addAll(here);
            }
        }
        return out;
    }

    /** The module-level name an example's import of {@code member} of {@code module} (null: the module itself) binds instead. */
    static String importAlias(String module, String member) {
        return IMPORT_PREFIX + module.replace('.', '_') + (member == null ? "" : "__" + member);
    }

    /**
     * The imports at the top of the docstring's examples ({@code >>> import math}, {@code >>> from
     * math import isqrt as r}) that bind a name in the docstring's namespace: each becomes an import
     * of the module's own under an alias ({@code lines}: each with the index of its example), and its name, from the import on, that alias
     * ({@code renames}). A name is taken so only where nothing in the examples uses it before the
     * import or binds it otherwise (then the alias holds exactly what the name would); an import of a
     * module {@code importable} refuses, a star or relative import, or {@code import a.b} (which binds
     * {@code a}) is left as written, and refused where it is translated.
     */
    static void imports(List<Mod.Module> examples, java.util.function.Predicate<String> importable,
            java.util.Map<String, String> renames, java.util.Map<String, Integer> lines) {
        Set<String> seen = new HashSet<>();
        Set<String> bound = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (Mod.Module ex : examples) {
            for (Stmt s : ex.body()) {
                namespaceBindings(s, bound, refused, false, false);
            }
        }
        for (int k = 0; k < examples.size(); k++) {
            for (Stmt s : examples.get(k).body()) {
                java.util.Map<String, String> binds = new java.util.LinkedHashMap<>();
                List<String> imports = new java.util.ArrayList<>();
                boolean ok = false;
                if (s instanceof Stmt.Import i) {
                    ok = true;
                    for (Alias a : i.names()) {
                        ok &= importable.test(a.name()) && (a.asname() != null || !a.name().contains("."));
                        String alias = importAlias(a.name(), null);
                        binds.put(a.asname() != null ? a.asname() : a.name(), alias);
                        imports.add("import " + a.name() + " as " + alias);
                    }
                } else if (s instanceof Stmt.ImportFrom f && f.level() == 0 && f.module() != null) {
                    ok = importable.test(f.module());
                    for (Alias a : f.names()) {
                        ok &= !a.name().equals("*");
                        String alias = importAlias(f.module(), a.name());
                        binds.put(a.asname() != null ? a.asname() : a.name(), alias);
                        imports.add("from " + f.module() + " import " + a.name() + " as " + alias);
                    }
                }
                for (String b : binds.keySet()) {
                    // used before, bound by something else too, or imported twice
                    ok &= !seen.contains(b) && !bound.contains(b) && !renames.containsKey(b)
                            && !refused.contains(b) && !twice(examples, b);
                }
                if (ok) {
                    renames.putAll(binds);
                    for (String line : imports) {
                        lines.putIfAbsent(line, k);
                    }
                }
                if (!(s instanceof Stmt.Import || s instanceof Stmt.ImportFrom)) {
                    names(s, seen);
                }
            }
        }
    }

    /** Whether more than one import statement of the examples binds {@code name}. */
    private static boolean twice(List<Mod.Module> examples, String name) {
        int n = 0;
        for (Mod.Module ex : examples) {
            for (Stmt s : ex.body()) {
                for (Node c : NodeChildren.of(s)) {
                    if (c instanceof Alias a && (a.asname() != null ? a.asname() : a.name().split("\\.")[0]).equals(name)) {
                        n++;
                    }
                }
            }
        }
        return n > 1;
    }

    /** The offsets [start, end) of every use of a renamed name in an example, in source order. */
    /** Whether a statement of an example is an import {@link #imports} moved to the module (it becomes a {@code pass}). */
    static boolean moved(Stmt s, java.util.Map<String, String> renames) {
        List<Alias> names = s instanceof Stmt.Import i ? i.names() : s instanceof Stmt.ImportFrom f ? f.names() : List.of();
        return !names.isEmpty() && names.stream().allMatch(a -> {
            String b = a.asname() != null ? a.asname() : a.name();
            return renames.getOrDefault(b, "").startsWith(IMPORT_PREFIX);
        });
    }

    static void uses(Node n, java.util.Map<String, String> renamed, List<int[]> out) {
        if (n instanceof Expr.Name x && renamed.containsKey(x.id())) {
            out.add(new int[] {x.start(), x.end()});
        }
        for (Node c : NodeChildren.of(n)) {
            uses(c, renamed, out);
        }
    }
}
