package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * What every kind of narrowing needs to know of the module it narrows: how its names resolve,
 * its classes, whether its classes define special methods (then operators, f-strings and truth
 * tests may run the program's code) or properties (then reading an attribute may), and the path a
 * read names ({@code x}, {@code self.head}, {@code node.next.value}), the key of a narrowing fact.
 */
final class NarrowContext {
    private final Function<Expr.Name, Resolution> resolve;
    private final Set<String> moduleClasses = new HashSet<>();
    /** The module's classes define special methods: operators, f-strings and truth tests may run its code. */
    final boolean userOperators;
    /** The module defines a property: reading an attribute may run its code. */
    final boolean properties;

    NarrowContext(Mod.Module module, Function<Expr.Name, Resolution> resolve) {
        this.resolve = resolve;
        boolean dunders = false;
        boolean props = false;
        for (Node n : NarrowKills.walk(module)) {
            if (n instanceof Stmt.ClassDef c) {
                for (Stmt s : c.body()) {
                    if (s instanceof Stmt.FunctionDef f) {
                        dunders |= f.name().startsWith("__") && f.name().endsWith("__") && !f.name().equals("__init__");
                        props |= f.decorator_list().stream().anyMatch(d -> !(d instanceof Expr.Name dn
                                && (dn.id().equals("staticmethod") || dn.id().equals("classmethod"))));
                    }
                }
            }
        }
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.ClassDef c) {
                moduleClasses.add(c.name());
            }
        }
        this.userOperators = dunders;
        this.properties = props;
    }

    Resolution resolve(Expr.Name n) {
        return resolve.apply(n);
    }

    /** The name is a builtin (no global or local hides it). */
    boolean builtin(Expr.Name n) {
        Resolution r = resolve.apply(n);
        return r != null && r.kind() == NameKind.BUILTIN;
    }

    /** The name is a class defined at the module's top level. */
    boolean moduleClass(Expr.Name n) {
        Resolution r = resolve.apply(n);
        return r != null && r.kind() == NameKind.GLOBAL && moduleClasses.contains(n.id());
    }

    /**
     * The path a read names: {@code x}, or {@code x.a.b} for a chain of attribute reads on a name
     * (none in a module with properties); a walrus names its target. Null for anything else.
     */
    String path(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.NamedExpr ne) {
            return path(ne.target());
        }
        if (e instanceof Expr.Attribute a && !properties) {
            String base = path(a.value());
            return base == null || a.value() instanceof Expr.NamedExpr ? null : base + "." + a.attr();
        }
        return null;
    }

    boolean volatilePath(Expr e) {
        if (e instanceof Expr.Name n) {
            return volatileRoot(n);
        }
        if (e instanceof Expr.NamedExpr ne) {
            return volatilePath(ne.target());
        }
        return true;
    }

    /** A name other code may rebind while this block runs: a global, a class member, a closure's cell. */
    boolean volatileRoot(Expr.Name n) {
        Resolution r = resolve.apply(n);
        return r == null || r.kind() != NameKind.LOCAL;
    }

    /** {@code state} knowing {@code fact} of the path {@code read} names (unchanged when it names none). */
    NarrowState know(NarrowState state, Expr read, Narrowed fact) {
        String path = path(read);
        return path == null ? state : state.with(path, fact, volatilePath(read));
    }
}
