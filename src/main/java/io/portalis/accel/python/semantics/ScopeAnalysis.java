package io.portalis.accel.python.semantics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 2: CPython 3.11's classification of every name of every scope (local, declared or implicit
 * global, free, cell), top down with the names bound by enclosing function scopes, then bottom up
 * with the free names of nested scopes: a local a nested scope reads becomes a cell; a free name
 * a scope does not bind passes through it; class bodies bind nothing for the scopes inside them;
 * a method's {@code __class__} is the class's implicit cell. Then the scope tree is frozen.
 */
final class ScopeAnalysis {
    /** A {@code nonlocal} name no enclosing function binds (at module level: none can). */
    record UnboundNonlocal(ScopeBuilder scope, String name, boolean atModuleLevel) {}

    final List<UnboundNonlocal> nonlocalWithoutBinding = new ArrayList<>();

    private ScopeAnalysis() {}

    static ScopeAnalysis analyze(ScopeBuilder module) {
        ScopeAnalysis a = new ScopeAnalysis();
        a.block(module, null, new HashSet<>(), new HashSet<>());
        return a;
    }

    /**
     * Classifies a detached annotation scope (after the tree): its names are free where an
     * enclosing function binds them, global otherwise; nothing flows back to the tree.
     */
    void analyzeDetached(ScopeBuilder annotation) {
        Set<String> bound = new HashSet<>();
        for (ScopeBuilder b = annotation.parent; b != null; b = b.parent) {
            if (b.kind.isFunctionLike()) {
                for (Map.Entry<String, Binding> e : b.bindings.entrySet()) {
                    if (e.getValue().isOwn()) {
                        bound.add(e.getKey());
                    }
                }
            }
        }
        block(annotation, bound, new HashSet<>(), new HashSet<>());
    }

    private void block(ScopeBuilder b, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        if (b.kind == ScopeKind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, int[]> e : b.flags.entrySet()) {
            name(b, e.getKey(), e.getValue()[0], bound, local, free, global);
        }
        if (b.kind != ScopeKind.CLASS) {
            if (b.kind.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        for (ScopeBuilder child : b.children) {
            // each child may remove names from its copies (a global statement); an empty set it cannot change
            block(child, copyOf(newBound), newFree, copyOf(newGlobal));
        }
        if (b.kind.isFunctionLike()) {
            for (java.util.Iterator<String> it = newFree.iterator(); it.hasNext();) {
                String n = it.next();
                if (b.bindings.get(n) == Binding.LOCAL) {
                    b.bindings.put(n, Binding.CELL);
                    it.remove();
                }
            }
        } else if (b.kind == ScopeKind.CLASS && newFree.remove("__class__")) {
            b.needsClassClosure = true;
        }
        for (String n : newFree) {
            int[] f = b.flags.get(n);
            if (f != null) {
                if (b.kind == ScopeKind.CLASS) {
                    f[0] |= Symbol.FREE_IN_CLASS;
                }
            } else if (bound == null || bound.contains(n)) {
                b.flags.put(n, new int[] {0});
                b.bindings.put(n, Binding.FREE);
            }
        }
        free.addAll(newFree);
    }

    private static Set<String> copyOf(Set<String> s) {
        return s.isEmpty() ? java.util.Collections.emptySet() : new HashSet<>(s);
    }

    private void name(ScopeBuilder b, String n, int flags, Set<String> bound, Set<String> local, Set<String> free,
            Set<String> global) {
        if ((flags & Symbol.DECLARED_GLOBAL) != 0) {
            b.bindings.put(n, Binding.GLOBAL_EXPLICIT);
            global.add(n);
            if (bound != null) {
                bound.remove(n);
            }
        } else if ((flags & Symbol.DECLARED_NONLOCAL) != 0) {
            if (bound == null || !bound.contains(n)) {
                nonlocalWithoutBinding.add(new UnboundNonlocal(b, n, bound == null));
            }
            b.bindings.put(n, Binding.FREE);
            free.add(n);
        } else if ((flags & Symbol.BINDS) != 0) {
            b.bindings.put(n, Binding.LOCAL);
            local.add(n);
            global.remove(n);
        } else if (bound != null && bound.contains(n)) {
            b.bindings.put(n, Binding.FREE);
            free.add(n);
        } else {
            b.bindings.put(n, Binding.GLOBAL_IMPLICIT);
        }
    }

    /**
     * Marks the locals that nested scopes rebind (through {@code nonlocal} or a comprehension's
     * walrus), then builds the immutable scopes. Returns the frozen scope of every builder.
     */
    static Map<ScopeBuilder, Scope> freeze(ScopeBuilder module, List<ScopeBuilder> detached) {
        markNestedBindings(module);
        Map<ScopeBuilder, Scope> out = new IdentityHashMap<>();
        freeze(module, null, out);
        for (ScopeBuilder d : detached) {
            freeze(d, out.get(d.parent), out);
        }
        return out;
    }

    private static void markNestedBindings(ScopeBuilder b) {
        for (Map.Entry<String, int[]> e : b.flags.entrySet()) {
            if (b.bindings.get(e.getKey()) == Binding.FREE && (e.getValue()[0] & Symbol.BINDS) != 0) {
                ScopeBuilder owner = owner(b.parent, e.getKey());
                if (owner != null) {
                    owner.flags.get(e.getKey())[0] |= Symbol.BOUND_BY_NESTED;
                }
            }
        }
        for (ScopeBuilder c : b.children) {
            markNestedBindings(c);
        }
    }

    /** The nearest function-like scope from {@code b} outwards that holds {@code name} itself. */
    static ScopeBuilder owner(ScopeBuilder b, String name) {
        for (; b != null; b = b.parent) {
            if (b.kind.isFunctionLike()) {
                Binding x = b.bindings.get(name);
                if (x != null && x.isOwn()) {
                    return b;
                }
            }
        }
        return null;
    }

    private static Scope freeze(ScopeBuilder b, Scope parent, Map<ScopeBuilder, Scope> out) {
        List<Scope> children = new ArrayList<>(b.children.size());
        Scope s = new Scope(b.kind, b.name, b.node, parent, children, b.privateName);
        out.put(b, s);
        Map<String, Symbol> byName = new LinkedHashMap<>(Math.max(4, b.flags.size() * 2));
        List<Symbol> ordered = new ArrayList<>(b.flags.size());
        for (Map.Entry<String, int[]> e : b.flags.entrySet()) {
            Symbol sym = new Symbol(e.getKey(), s, b.bindings.get(e.getKey()), e.getValue()[0], ordered.size());
            byName.put(e.getKey(), sym);
            ordered.add(sym);
        }
        s.symbols(byName, ordered);
        for (ScopeBuilder c : b.children) {
            children.add(freeze(c, s, out));
        }
        return s;
    }
}
