package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decorated methods of one class: which are {@code @staticmethod}s, {@code @classmethod}s,
 * and property getters and setters ({@code @property}, {@code @x.setter}). A setter is kept among
 * the class's methods under {@link #setterKey}, since it shares its Python name with its getter.
 * Any other method decorator is refused by name.
 */
final class DecoratedMethods {

    /** What a method of a class is, by its decorator. */
    enum Kind {
        /** An ordinary method, called on an object. */
        INSTANCE,
        /** {@code @staticmethod}: no receiver. */
        STATIC,
        /** {@code @classmethod}: its receiver is the class (the object's class when called on one). */
        CLASS,
        /** {@code @property}: read as an attribute. */
        GETTER,
        /** {@code @x.setter}: called by an assignment to the attribute. */
        SETTER,
        /** {@code @functools.cached_property}: read as an attribute, computed once into it. */
        CACHED;

        /** Whether the method has no object: the Rust function is an associated one. */
        boolean receiverless() {
            return this == STATIC || this == CLASS;
        }
    }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    /** The class's {@code @total_ordering} decorator, or null. */
    private Expr totalOrdering;

    void totalOrdering(Expr decorator) {
        this.totalOrdering = decorator;
    }

    /** Adds what the class's decorators derive from its methods (total_ordering's comparisons). */
    void deriveMethods(ClassInfo c) {
        if (totalOrdering != null) {
            TotalOrdering.derive(c, totalOrdering);
        }
    }

    /** The key under which a property's setter is kept among the methods (no Python method can call it). */
    static String setterKey(String property) {
        return "__property_set_" + property;
    }

    /** The kind of a method this class defines itself (an undecorated one, or a name it lacks: INSTANCE). */
    Kind kind(String key) {
        return kinds.getOrDefault(key, Kind.INSTANCE);
    }

    /** The kind of the method that a class uses under a name (its own or inherited). */
    static Kind kindOf(ClassInfo c, String key) {
        ClassInfo owner = c.resolve(key);
        return owner == null ? Kind.INSTANCE : owner.decorated().kind(key);
    }

    /** Whether a read of the attribute calls a method: a property's getter or a cached property. */
    static boolean readThroughMethod(ClassInfo c, String name) {
        Kind k = kindOf(c, name);
        return k == Kind.GETTER || k == Kind.CACHED;
    }

    /** Whether a class has (or inherits) a property of that name. */
    static boolean isProperty(ClassInfo c, String name) {
        return kindOf(c, name) == Kind.GETTER;
    }

    /**
     * Reads a method definition's decorators: records its kind and returns the key it is kept under
     * among the class's methods. Decorators other than those translated are refused by name.
     */
    String declare(ClassInfo c, Stmt.FunctionDef f, java.util.function.Predicate<String> rebound, ModuleScope scope) {
        if (f.decorator_list().isEmpty()) {
            return f.name();
        }
        Expr d = f.decorator_list().get(0);
        if (f.decorator_list().size() > 1) {
            throw Unsupported.construct("more than one decorator on method '" + f.name() + "'", f.decorator_list().get(1));
        }
        if (c.exception()) {
            throw Unsupported.construct("method decorator in an exception class", d);
        }
        Kind kind;
        String key = f.name();
        if (d instanceof Expr.Name n && !rebound.test(n.id())
                && (n.id().equals("staticmethod") || n.id().equals("classmethod") || n.id().equals("property"))) {
            kind = switch (n.id()) {
                case "staticmethod" -> Kind.STATIC;
                case "classmethod" -> Kind.CLASS;
                default -> Kind.GETTER;
            };
        } else if ("cached_property".equals(FunctionDecorators.functoolsMember(d, scope))) {
            kind = Kind.CACHED;
        } else if (d instanceof Expr.Attribute a && a.value() instanceof Expr.Name p && p.id().equals(f.name())
                && kind(p.id()) == Kind.GETTER && c.methods().containsKey(p.id())) {
            if (!a.attr().equals("setter")) {
                throw Unsupported.construct("property " + a.attr() + " ('" + f.name() + "')", d);
            }
            kind = Kind.SETTER;
            key = setterKey(f.name());
        } else {
            throw Unsupported.construct("method decorator '" + describe(d) + "'", d);
        }
        if (f.name().startsWith("__") && f.name().endsWith("__")) {
            throw Unsupported.construct(describe(d) + " on special method " + f.name(), d);
        }
        if (kind == Kind.GETTER && c.methods().containsKey(setterKey(f.name()))) {
            throw Unsupported.construct("redefinition of property '" + f.name() + "'", f);
        }
        kinds.put(key, kind);
        return key;
    }

    /** A decorator as written, for diagnostics: {@code name}, {@code a.b}, {@code name(...)}. */
    static String describe(Expr d) {
        if (d instanceof Expr.Name n) {
            return n.id();
        }
        if (d instanceof Expr.Attribute a) {
            return describe(a.value()) + "." + a.attr();
        }
        if (d instanceof Expr.Call call) {
            return describe(call.func()) + "(...)";
        }
        return "expression";
    }

    /** Checks the signatures of a class's decorated methods (settled) and its overrides. */
    static void check(ClassInfo c) {
        DecoratedMethods own = c.decorated();
        for (Map.Entry<String, Stmt.FunctionDef> m : c.methods().entrySet()) {
            Kind kind = own.kind(m.getKey());
            FunctionSig sig = c.signatures().get(m.getKey());
            if (kind == Kind.INSTANCE || sig == null) {
                continue;
            }
            if (sig.returns() instanceof PyType.GenT) {
                throw Unsupported.construct("generator " + word(kind).substring(2), m.getValue());
            }
            if ((kind == Kind.GETTER || kind == Kind.CACHED) && !sig.params().isEmpty()) {
                throw Unsupported.type("property getter '" + m.getValue().name() + "' must take only self", m.getValue());
            }
            if (kind == Kind.CACHED) {
                if (c.root().family().stream().filter(k -> k.methods().containsKey(m.getKey())
                        || k.def().body().stream().anyMatch(b -> b instanceof Stmt.FunctionDef g && g.name().equals(m.getKey())))
                        .count() > 1) {
                    throw Unsupported.construct("cached_property '" + m.getKey() + "' defined in more than one class of "
                            + "a hierarchy", m.getValue());
                }
                // The value lives in the object's attribute of that name, as in its __dict__.
                c.ownFields().putIfAbsent(m.getKey(), sig.returns());
            }
            if (kind == Kind.SETTER) {
                FunctionSig getter = c.signatures().get(m.getValue().name());
                if (sig.params().size() != 1 || sig.params().get(0).kind() != FunctionSig.Kind.POSITIONAL
                        || sig.returns() != PyType.NONE) {
                    throw Unsupported.type("property setter '" + m.getValue().name() + "' must take self and one value "
                            + "and return None", m.getValue());
                }
                if (getter != null && !getter.returns().equals(sig.params().get(0).type())) {
                    throw Unsupported.type("property setter '" + m.getValue().name() + "' takes a "
                            + sig.params().get(0).type().python() + " where its getter returns a " + getter.returns().python(),
                            m.getValue());
                }
            }
        }
        own.checkOverrides(c);
    }

    /**
     * Checks a class's decorated methods against its base's: an override keeps the kind of the
     * method it overrides, and a property overridden keeps having a setter or not having one (the
     * assignment's lowering asks the class the object's static type names).
     */
    void checkOverrides(ClassInfo c) {
        if (c.base() == null) {
            return;
        }
        for (Map.Entry<String, Stmt.FunctionDef> m : c.methods().entrySet()) {
            String key = m.getKey();
            ClassInfo inherited = c.base().resolve(key);
            if (inherited == null) {
                continue;
            }
            Kind mine = kind(key);
            Kind theirs = inherited.decorated().kind(key);
            if (mine != theirs) {
                throw Unsupported.construct("override of '" + m.getValue().name() + "' as " + word(mine)
                        + " where the base class has " + word(theirs), m.getValue());
            }
            if (mine == Kind.GETTER) {
                boolean mineSets = c.methods().containsKey(setterKey(key));
                boolean theirsSet = c.base().resolve(setterKey(key)) != null;
                if (mineSets != theirsSet) {
                    throw Unsupported.construct("property '" + key + "' overridden " + (mineSets ? "with" : "without")
                            + " a setter where the base class's has " + (theirsSet ? "one" : "none"), m.getValue());
                }
            }
        }
    }

    private static String word(Kind k) {
        return switch (k) {
            case INSTANCE -> "a method";
            case STATIC -> "a staticmethod";
            case CLASS -> "a classmethod";
            case GETTER -> "a property";
            case SETTER -> "a property setter";
            case CACHED -> "a cached_property";
        };
    }
}
