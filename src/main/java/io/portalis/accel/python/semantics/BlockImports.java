package io.portalis.accel.python.semantics;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Pattern;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Imports inside the module's own blocks (the {@code if __name__ == "__main__":} block, or any
 * module-level {@code if}, {@code for}, {@code while}, {@code try} or {@code with}): in Python they
 * are module-level imports that bind a global when, and only if, the block reaches them. Before the
 * check stage such an import moves to the module's top level, just before the statement that holds
 * it, where that cannot be observed:
 * <ul>
 * <li>it imports a module outside the project ({@code isProject} says which names are the
 * project's), whose loading prints nothing and binds nothing else (a standard-library module the
 * translation does not support is then refused at the top level as it would be anywhere);</li>
 * <li>every name it binds is read or bound only by the statements that follow it in its own block
 * (so nothing can see the name where the import did not run), and nothing else in the module binds
 * that name.</li>
 * </ul>
 * An import that repeats one of the module's own top-level imports, earlier in the module, of the
 * same module under the same name is dropped (the name already holds that module). Any other import
 * in a module-level block is refused here, naming why. The moved statements keep their positions,
 * so diagnostics point at the lines as written. Imports in function and class bodies are left alone.
 */
public final class BlockImports {

    /** The module with its block imports moved (the same module when none moved) and the refusals. */
    public record Result(Mod.Module module, List<Diagnostic> refusals) {}

    private final Mod.Module module;
    private final Predicate<String> isProject;
    private final List<Diagnostic> refusals = new ArrayList<>();

    private BlockImports(Mod.Module module, Predicate<String> isProject) {
        this.module = module;
        this.isProject = isProject;
    }

    /** Moves the imports of the module's blocks to its top level, or refuses them. */
    public static Result hoist(Mod.Module module, Predicate<String> isProject) {
        BlockImports b = new BlockImports(module, isProject);
        List<Stmt> body = new ArrayList<>();
        boolean changed = false;
        for (Stmt s : module.body()) {
            if (!isBlock(s)) {
                body.add(s);
                continue;
            }
            List<Stmt> hoisted = new ArrayList<>();
            Stmt now = b.stmt(s, hoisted);
            changed |= now != s;
            body.addAll(hoisted);
            body.add(now);
        }
        Mod.Module out = changed ? new Mod.Module(body, module.type_ignores(), module.start(), module.end()) : module;
        return new Result(out, List.copyOf(b.refusals));
    }

    private static boolean isBlock(Stmt s) {
        return s instanceof Stmt.If || s instanceof Stmt.For || s instanceof Stmt.While || s instanceof Stmt.Try
                || s instanceof Stmt.With;
    }

    /** The statement without its movable imports (the same one when nothing moved); moved ones go to {@code hoisted}. */
    private Stmt stmt(Stmt s, List<Stmt> hoisted) {
        if (s instanceof Stmt.If i) {
            List<Stmt> body = block(i.body(), hoisted);
            List<Stmt> orelse = block(i.orelse(), hoisted);
            return body == i.body() && orelse == i.orelse() ? s : new Stmt.If(i.test(), body, orelse, i.start(), i.end());
        } else if (s instanceof Stmt.For f) {
            List<Stmt> body = block(f.body(), hoisted);
            List<Stmt> orelse = block(f.orelse(), hoisted);
            return body == f.body() && orelse == f.orelse() ? s
                    : new Stmt.For(f.target(), f.iter(), body, orelse, f.type_comment(), f.start(), f.end());
        } else if (s instanceof Stmt.While w) {
            List<Stmt> body = block(w.body(), hoisted);
            List<Stmt> orelse = block(w.orelse(), hoisted);
            return body == w.body() && orelse == w.orelse() ? s : new Stmt.While(w.test(), body, orelse, w.start(), w.end());
        } else if (s instanceof Stmt.With w) {
            List<Stmt> body = block(w.body(), hoisted);
            return body == w.body() ? s : new Stmt.With(w.items(), body, w.type_comment(), w.start(), w.end());
        } else if (s instanceof Stmt.Try t) {
            List<Stmt> body = block(t.body(), hoisted);
            boolean same = body == t.body();
            List<ExceptHandler> handlers = new ArrayList<>();
            for (ExceptHandler h : t.handlers()) {
                List<Stmt> hb = block(h.body(), hoisted);
                same &= hb == h.body();
                handlers.add(hb == h.body() ? h : new ExceptHandler(h.type(), h.name(), hb, h.start(), h.end()));
            }
            List<Stmt> orelse = block(t.orelse(), hoisted);
            List<Stmt> finalbody = block(t.finalbody(), hoisted);
            same &= orelse == t.orelse() && finalbody == t.finalbody();
            return same ? s : new Stmt.Try(body, handlers, orelse, finalbody, t.start(), t.end());
        }
        return s;
    }

    /** A block without its movable imports; the same list when nothing moved. */
    private List<Stmt> block(List<Stmt> stmts, List<Stmt> hoisted) {
        List<Stmt> out = new ArrayList<>();
        boolean changed = false;
        for (int k = 0; k < stmts.size(); k++) {
            Stmt s = stmts.get(k);
            if (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom) {
                Verdict v = verdict(s, stmts.subList(k + 1, stmts.size()));
                if (v != Verdict.KEEP) {
                    if (v == Verdict.MOVE) {
                        hoisted.add(s);
                    }
                    changed = true;
                    continue;
                }
                out.add(s);
            } else {
                Stmt now = stmt(s, hoisted);
                changed |= now != s;
                out.add(now);
            }
        }
        if (!changed) {
            return stmts;
        }
        if (out.isEmpty()) {
            // a block must hold a statement: the import's own place, doing nothing, as a pass
            Stmt first = stmts.get(0);
            out.add(new Stmt.Pass(first.start(), first.end()));
        }
        return out;
    }

    private enum Verdict { MOVE, DROP, KEEP }

    /** Whether {@code imp}, followed in its block by {@code rest}, moves, is dropped, or stays (refused). */
    private Verdict verdict(Stmt imp, List<Stmt> rest) {
        String module = imp instanceof Stmt.ImportFrom f ? f.module() : null;
        if (imp instanceof Stmt.ImportFrom f && (f.level() > 0 || isProject.test(f.module()))) {
            return refuse(imp, "import of a project module inside a block of the module (only standard-library "
                    + "imports there are translated)");
        }
        List<Alias> names = imp instanceof Stmt.Import i ? i.names() : ((Stmt.ImportFrom) imp).names();
        boolean repeat = true;
        for (Alias a : names) {
            if (a.name().equals("*")) {
                return refuse(imp, "from " + module + " import * inside a block of the module");
            }
            if (module == null && isProject.test(a.name())) {
                return refuse(imp, "import of a project module inside a block of the module (only standard-library "
                        + "imports there are translated)");
            }
            repeat &= repeatsTopLevel(imp, module, a);
        }
        if (repeat) {
            for (Alias a : names) {
                String bad = othersBinding(bound(module, a), imp, null, true);
                if (bad != null) {
                    return refuse(imp, "import inside a block of the module whose name '" + bound(module, a) + "' " + bad);
                }
            }
            return Verdict.DROP;
        }
        int from = rest.isEmpty() ? imp.end() : rest.get(0).start();
        int to = rest.isEmpty() ? imp.end() : rest.get(rest.size() - 1).end();
        for (Alias a : names) {
            String bad = othersBinding(bound(module, a), imp, new int[] {from, to}, false);
            if (bad != null) {
                return refuse(imp, "import inside a block of the module whose name '" + bound(module, a) + "' " + bad);
            }
        }
        return Verdict.MOVE;
    }

    private Verdict refuse(Stmt imp, String what) {
        refusals.add(Diagnostic.error("E-UNSUPPORTED", "unsupported: " + what, imp.start(), Math.max(imp.start(), imp.end())));
        return Verdict.KEEP;
    }

    /** The name an alias binds: {@code import a.b} binds {@code a}. */
    private static String bound(String fromModule, Alias a) {
        if (a.asname() != null) {
            return a.asname();
        }
        return fromModule == null && a.name().contains(".") ? a.name().substring(0, a.name().indexOf('.')) : a.name();
    }

    /** Whether the module's top level imports, before {@code imp}, the same thing under the same name. */
    private boolean repeatsTopLevel(Stmt imp, String fromModule, Alias a) {
        for (Stmt s : module.body()) {
            if (s.start() >= imp.start()) {
                return false;
            }
            List<Alias> names = s instanceof Stmt.Import i && fromModule == null ? i.names()
                    : s instanceof Stmt.ImportFrom f && f.level() == 0 && f.module().equals(fromModule) ? f.names()
                    : List.of();
            for (Alias b : names) {
                if (b.name().equals(a.name()) && bound(fromModule, b).equals(bound(fromModule, a))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Why {@code name} cannot be bound only by {@code imp}: a use of it outside {@code region} (when
     * given), or another binding of it; null when there is none. With {@code sameImportsAllowed}, the
     * module's top-level imports of the same name (the ones {@code imp} repeats) do not count.
     */
    private String othersBinding(String name, Stmt imp, int[] region, boolean sameImportsAllowed) {
        String[] why = new String[1];
        walk(module, imp, name, region, sameImportsAllowed, why);
        return why[0];
    }

    private void walk(Node n, Stmt imp, String name, int[] region, boolean sameImportsAllowed, String[] why) {
        if (why[0] != null || n == imp) {
            return;
        }
        boolean inside = region != null && n.start() >= region[0] && n.start() < region[1];
        if (n instanceof Expr.Name x && x.id().equals(name)) {
            if (region != null && !inside) {
                why[0] = x.ctx() == io.portalis.accel.python.ast.ExprContext.Load
                        ? "is used where the import may not have run" : "is bound elsewhere in the module too";
            } else if (region == null && x.ctx() != io.portalis.accel.python.ast.ExprContext.Load) {
                why[0] = "is bound elsewhere in the module too";
            }
        } else if (n instanceof Alias a && isBinding(a, name)) {
            if (!(sameImportsAllowed && module.body().stream().anyMatch(s -> s.start() <= a.start() && a.end() <= s.end()
                    && (s instanceof Stmt.Import || s instanceof Stmt.ImportFrom)))) {
                why[0] = "is bound by another import too";
            }
        } else if (bindsName(n, name) && !inside) {
            why[0] = "is bound elsewhere in the module too";
        }
        if (why[0] == null) {
            for (Node c : NodeChildren.of(n)) {
                walk(c, imp, name, region, sameImportsAllowed, why);
            }
        }
    }

    private boolean isBinding(Alias a, String name) {
        String base = a.asname() != null ? a.asname() : a.name();
        return (base.contains(".") ? base.substring(0, base.indexOf('.')) : base).equals(name);
    }

    /** Whether a node (other than a name or an import alias) binds {@code name}. */
    private static boolean bindsName(Node n, String name) {
        if (n instanceof Stmt.FunctionDef f) {
            return f.name().equals(name);
        } else if (n instanceof Stmt.AsyncFunctionDef f) {
            return f.name().equals(name);
        } else if (n instanceof Stmt.ClassDef c) {
            return c.name().equals(name);
        } else if (n instanceof Stmt.Global g) {
            return g.names().contains(name);
        } else if (n instanceof Stmt.Nonlocal g) {
            return g.names().contains(name);
        } else if (n instanceof Arg a) {
            return a.arg().equals(name);
        } else if (n instanceof ExceptHandler h) {
            return name.equals(h.name());
        } else if (n instanceof Pattern.MatchAs p) {
            return name.equals(p.name());
        } else if (n instanceof Pattern.MatchStar p) {
            return name.equals(p.name());
        } else if (n instanceof Pattern.MatchMapping p) {
            return name.equals(p.rest());
        }
        return false;
    }
}
