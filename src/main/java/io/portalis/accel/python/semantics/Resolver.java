package io.portalis.accel.python.semantics;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Where each symbol's value lives ({@link Resolution}): a symbol resolves the same way wherever
 * its scope names it, so each is resolved once.
 */
final class Resolver {
    private final Scope module;
    /** Globals some scope binds through a {@code global} statement (or a walrus at module level). */
    private final Set<String> boundByGlobalStatements = new HashSet<>();
    private final IdentityHashMap<Symbol, Resolution> resolved = new IdentityHashMap<>();

    Resolver(Scope module) {
        this.module = module;
        collectGlobalBindings(module);
    }

    private void collectGlobalBindings(Scope s) {
        for (Symbol sym : s.symbols()) {
            if (sym.binding() == Binding.GLOBAL_EXPLICIT && sym.isBoundHere()) {
                boundByGlobalStatements.add(sym.name());
            }
        }
        for (Scope c : s.children()) {
            collectGlobalBindings(c);
        }
    }

    Scope module() {
        return module;
    }

    /** Some function or class binds {@code name} (mangled) as a global through a {@code global} statement. */
    boolean boundByGlobalStatement(String name) {
        return boundByGlobalStatements.contains(name);
    }

    Resolution resolve(Symbol sym) {
        Resolution r = resolved.get(sym);
        if (r == null) {
            r = resolveOnce(sym, sym.scope());
            resolved.put(sym, r);
        }
        return r;
    }

    private Resolution resolveOnce(Symbol sym, Scope s) {
        switch (sym.binding()) {
            case LOCAL, CELL -> {
                if (s.kind() == ScopeKind.MODULE) {
                    return new Resolution(NameKind.GLOBAL, sym, sym);
                }
                if (s.kind() == ScopeKind.CLASS) {
                    return new Resolution(NameKind.CLASS_MEMBER, sym, sym);
                }
                return new Resolution(sym.binding() == Binding.CELL ? NameKind.CELL : NameKind.LOCAL, sym, sym);
            }
            case FREE -> {
                return new Resolution(NameKind.FREE, sym, owner(s.parent(), sym.name()));
            }
            default -> {
                Symbol m = s == module ? sym : module.symbol(sym.name());
                if (m != null && m.isBoundHere()) {
                    return new Resolution(NameKind.GLOBAL, sym, m);
                }
                if (boundByGlobalStatements.contains(sym.name()) || Builtins.isModuleAttribute(sym.name())) {
                    return new Resolution(NameKind.GLOBAL, sym, null);
                }
                if (Builtins.isBuiltin(sym.name())) {
                    return new Resolution(NameKind.BUILTIN, sym, null);
                }
                return new Resolution(NameKind.UNDEFINED, sym, null);
            }
        }
    }

    /** The symbol of the nearest enclosing function-like scope that holds {@code name} itself. */
    private static Symbol owner(Scope s, String name) {
        for (; s != null; s = s.parent()) {
            if (s.kind().isFunctionLike()) {
                Symbol sym = s.symbol(name);
                if (sym != null && sym.binding().isOwn()) {
                    return sym;
                }
            }
        }
        return null;
    }
}
