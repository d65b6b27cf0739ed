package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.List;

/**
 * The type of an empty {@code []}, {@code {}}, {@code list()}, {@code dict()} or {@code set()}
 * bound to a name with no annotation, from the first later use in the same function that says
 * what goes in (as pyright infers it): {@code name.append(x)}, {@code add}, {@code insert},
 * {@code extend}, {@code setdefault}, {@code name[k] = v}, or {@code return name} in a function
 * whose return type is declared. Null when no such use settles it; the caller then refuses.
 * A later use that disagrees with the type chosen is a type error there, never a conversion.
 */
final class EmptyCollections {
    private enum Kind { LIST, DICT, SET }

    private EmptyCollections() {}

    /** The type of {@code value} bound to {@code name} by {@code at}, or null. */
    static PyType fromUses(FunctionTranslator ft, Stmt at, String name, Expr value) {
        Kind kind = kind(value);
        String queue = QueueModule.constructed(ft, value);
        if (kind == null && queue == null) {
            return null;
        }
        // x = y = []: one list under two names, settled by a use of either.
        List<String> names = at instanceof Stmt.Assign a && a.targets().size() > 1
                ? a.targets().stream().filter(t -> t instanceof Expr.Name).map(t -> ((Expr.Name) t).id()).toList()
                : List.of(name);
        for (Stmt s : RustTranslator.allStatementsOf(ft.functionBody)) {
            if (s.start() <= at.start()) {
                continue;
            }
            for (String alias : names) {
                if (rebinds(s, alias)) {
                    return null; // a use after this belongs to another value
                }
                PyType t;
                try {
                    t = queue != null ? QueueModule.fromUse(ft, s, alias, queue) : fromUse(ft, s, alias, kind);
                } catch (Unsupported notTypedHere) {
                    t = inLoops(ft, at, s, alias, kind, queue); // the use reads a loop variable not bound yet here
                }
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * The use {@code s} typed with the names bound between {@code at} and it as they will be bound
     * there: the variables of the {@code for} loops around it (those that start after {@code at})
     * as their iterables' items, and the names of plain assignments before it (in source order) as
     * their values: {@code for n in fib(): out.append(n)} settles {@code out} as a list of fib's
     * items, {@code v = f(n); out.append(v)} as a list of f's results. Null when that does not
     * settle it either (the use itself is then checked against the type chosen, so a guess that
     * the real bindings contradict is a type error there).
     */
    private static PyType inLoops(FunctionTranslator ft, Stmt at, Stmt s, String name, Kind kind, String queue) {
        List<Stmt> between = RustTranslator.allStatementsOf(ft.functionBody).stream()
                .filter(x -> x.start() > at.start() && x.start() < s.start()
                        && (x instanceof Stmt.For f ? s.end() <= f.end() : x instanceof Stmt.Assign && x.end() <= s.start()))
                .sorted(java.util.Comparator.comparingInt(Stmt::start))
                .toList();
        if (between.isEmpty()) {
            return null;
        }
        java.util.Map<String, Local> scope = new java.util.HashMap<>();
        ft.scopes.push(scope);
        try {
            for (Stmt x : between) {
                if (x instanceof Stmt.For f) {
                    PyType item = FunctionTranslator.iterElement(ft.probeType(f.iter()));
                    if (item == null || !bind(f.target(), item, scope)) {
                        return null;
                    }
                } else if (x instanceof Stmt.Assign a && a.targets().size() == 1) {
                    assigned(ft, a, scope);
                }
            }
            return queue != null ? QueueModule.fromUse(ft, s, name, queue) : fromUse(ft, s, name, kind);
        } catch (Unsupported stillNotTyped) {
            return null;
        } finally {
            ft.scopes.pop();
        }
    }

    /** Binds the names of {@code a} to its value's type for a probe, when that type is settled. */
    private static void assigned(FunctionTranslator ft, Stmt.Assign a, java.util.Map<String, Local> scope) {
        PyType t;
        try {
            t = ft.probeType(a.value());
        } catch (Unsupported notTypedHere) {
            return; // the use may not need it
        }
        if (t != null && t != PyType.NONE && !(t instanceof PyType.OptionalT)) {
            bind(a.targets().get(0), t, scope);
        }
    }

    /** Binds a loop target (a name, or a tuple of names over a tuple item) for a probe. */
    private static boolean bind(Expr target, PyType item, java.util.Map<String, Local> scope) {
        if (target instanceof Expr.Name n) {
            Local l = new Local(n.id(), ModuleScope.ident(n.id()), item);
            l.assigned();
            scope.put(n.id(), l);
            return true;
        }
        if (target instanceof Expr.Tuple t && item instanceof PyType.TupleT tt && tt.elems().size() == t.elts().size()) {
            for (int i = 0; i < t.elts().size(); i++) {
                if (!bind(t.elts().get(i), tt.elems().get(i), scope)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The collection type a display or an empty constructor call builds where {@code expected} is
     * wanted: that type, or, as mypy infers {@code xs: Optional[list[int]] = []}, the one member
     * of the collection's kind of an Optional or a union.
     */
    static PyType context(PyType expected, Class<? extends PyType> kind) {
        if (expected instanceof PyType.OptionalT o && kind.isInstance(o.inner())) {
            return o.inner();
        }
        if (expected instanceof PyType.UnionT u) {
            List<PyType> of = u.members().stream().filter(kind::isInstance).toList();
            if (of.size() == 1) {
                return of.get(0);
            }
        }
        return expected;
    }

    private static Kind kind(Expr value) {
        if (value instanceof Expr.List l && l.elts().isEmpty()) {
            return Kind.LIST;
        }
        if (value instanceof Expr.Dict d && d.keys().isEmpty()) {
            return Kind.DICT;
        }
        if (value instanceof Expr.Call c && c.args().isEmpty() && c.keywords().isEmpty()
                && c.func() instanceof Expr.Name f) {
            return switch (f.id()) {
                case "list" -> Kind.LIST;
                case "dict" -> Kind.DICT;
                case "set" -> Kind.SET;
                default -> null;
            };
        }
        return null;
    }

    private static boolean rebinds(Stmt s, String name) {
        java.util.Set<String> targets = new java.util.HashSet<>();
        if (s instanceof Stmt.Assign a) {
            a.targets().forEach(t -> DeclarationPlanner.targetNames(t, targets));
        } else if (s instanceof Stmt.AnnAssign a) {
            DeclarationPlanner.targetNames(a.target(), targets);
        } else if (s instanceof Stmt.For f) {
            DeclarationPlanner.targetNames(f.target(), targets);
        }
        return targets.contains(name);
    }

    private static PyType fromUse(FunctionTranslator ft, Stmt s, String name, Kind kind) {
        if (s instanceof Stmt.Return r && r.value() instanceof Expr.Name n && n.id().equals(name) && ft.sig != null) {
            return fits(ft.sig.returns(), kind) ? ft.sig.returns() : null;
        }
        if (s instanceof Stmt.Assign a && kind == Kind.DICT && a.targets().size() == 1
                && a.targets().get(0) instanceof Expr.Subscript sub && isName(sub.value(), name)
                && !(sub.slice() instanceof Expr.Slice)) {
            return dict(ft, sub.slice(), a.value());
        }
        if (!(s instanceof Stmt.Expr e && e.value() instanceof Expr.Call c && c.keywords().isEmpty()
                && c.func() instanceof Expr.Attribute m && isName(m.value(), name))) {
            return null;
        }
        List<Expr> args = c.args();
        switch (kind) {
            case LIST:
                if (m.attr().equals("append") && args.size() == 1) {
                    return new PyType.ListT(settled(ft, args.get(0)));
                }
                if (m.attr().equals("insert") && args.size() == 2) {
                    return new PyType.ListT(settled(ft, args.get(1)));
                }
                if (m.attr().equals("extend") && args.size() == 1) {
                    PyType items = FunctionTranslator.iterElement(ft.probeType(args.get(0)));
                    return items == null ? null : new PyType.ListT(items);
                }
                return null;
            case SET:
                if (m.attr().equals("add") && args.size() == 1) {
                    PyType elem = settled(ft, args.get(0));
                    return PyType.setElement(elem) ? new PyType.SetT(elem) : null;
                }
                return null;
            default:
                if (m.attr().equals("setdefault") && args.size() == 2) {
                    return dict(ft, args.get(0), args.get(1));
                }
                return null;
        }
    }

    private static PyType dict(FunctionTranslator ft, Expr key, Expr value) {
        PyType k = settled(ft, key);
        return PyType.hashable(k) ? new PyType.DictT(k, settled(ft, value)) : null;
    }

    /** The type a value gets where it is stored; an Optional or None here settles nothing. */
    private static PyType settled(FunctionTranslator ft, Expr e) {
        PyType t = ft.probeType(e);
        if (t == null || t == PyType.NONE || t instanceof PyType.IterT || t instanceof PyType.OptionalT) {
            throw Unsupported.type("not settled here", e);
        }
        return t;
    }

    private static boolean fits(PyType t, Kind kind) {
        return switch (kind) {
            case LIST -> t instanceof PyType.ListT;
            case DICT -> t instanceof PyType.DictT;
            case SET -> t instanceof PyType.SetT;
        };
    }

    private static boolean isName(Expr e, String name) {
        return e instanceof Expr.Name n && n.id().equals(name);
    }
}
