package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The module's type parameters: its {@code TypeVar} declarations, its {@code Protocol} classes and the
 * protocols of {@code typing} / {@code collections.abc} it imports ({@code Sized}, {@code SupportsInt}).
 * None of them is a Rust type: a function whose parameters name one is translated once per set of
 * concrete types its calls pass ({@link GenericFunctions}), and while one such instance is being
 * typed, {@link #binding} says what each type parameter stands for there.
 */
final class TypeParameters {

    /**
     * A {@code TypeVar}: its constraints ({@code TypeVar('T', int, str)}: the type must be one of
     * them) or its bound ({@code bound=Animal}: the type must derive from it), each an annotation.
     */
    record Var(String name, List<Expr> constraints, Expr bound) {}

    /** The protocols of typing and collections.abc a parameter may name (structural: any type with the members). */
    private static final Set<String> LIBRARY_PROTOCOLS = Set.of(
            "Sized", "Hashable", "Container", "Reversible", "SupportsInt", "SupportsFloat", "SupportsAbs",
            "SupportsIndex", "SupportsRound", "SupportsBytes", "SupportsComplex");

    /** The typing names this class reads. */
    private static final Set<String> TYPING = Set.of("TypeVar", "Generic", "Protocol", "Sized", "Hashable",
            "Container", "Reversible", "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsIndex", "SupportsRound",
            "SupportsBytes", "SupportsComplex");

    /** The collections.abc names this class reads. */
    private static final Set<String> ABC = Set.of("Sized", "Hashable", "Container", "Reversible");

    private final Map<String, Var> vars = new LinkedHashMap<>();
    private final Map<String, Stmt.ClassDef> protocols = new LinkedHashMap<>();
    private final Set<String> libraryProtocols = new java.util.HashSet<>();
    private final Deque<Binding> active = new ArrayDeque<>();
    /** The implicit type parameters ({@link ImplicitTypes}), each with the words that name it in a refusal. */
    private final Map<String, String> implicit = new java.util.HashMap<>();

    /**
     * What the type parameters stand for in one instance: each TypeVar's type, and the type of each
     * parameter annotated with a protocol or an abstract container (by the annotation node).
     */
    record Binding(Map<String, PyType> vars, IdentityHashMap<Expr, PyType> annotations) {}

    /** Records {@code from typing/collections.abc import name} when it is one of the names read here. */
    boolean importName(String module, String name) {
        boolean ours = module.equals("typing") ? TYPING.contains(name) : module.equals("collections.abc") && ABC.contains(name);
        if (ours && LIBRARY_PROTOCOLS.contains(name)) {
            libraryProtocols.add(name);
        }
        return ours;
    }

    /** Records a module-level {@code T = TypeVar("T", ...)}; false for any other statement. */
    boolean declare(Stmt s, Set<String> typingModules) {
        if (!(s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name target
                && a.value() instanceof Expr.Call c && AnnotationForms.isTypingName(c.func(), "TypeVar", typingModules))) {
            return false;
        }
        if (c.args().isEmpty() || !(c.args().get(0) instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str str)
                || !str.value().equals(target.id())) {
            throw Unsupported.construct("typing.TypeVar whose name is not the variable it is assigned to", s);
        }
        if (vars.containsKey(target.id()) || protocols.containsKey(target.id())) {
            throw Unsupported.construct("redefinition of type variable '" + target.id() + "'", s);
        }
        List<Expr> constraints = c.args().subList(1, c.args().size());
        if (constraints.size() == 1) {
            throw Unsupported.type("a TypeVar needs two constraints or none", c);
        }
        Expr bound = null;
        for (Keyword kw : c.keywords()) {
            if ("bound".equals(kw.arg()) && constraints.isEmpty()) {
                bound = kw.value();
            } else if (!("covariant".equals(kw.arg()) || "contravariant".equals(kw.arg()))) {
                throw Unsupported.construct("TypeVar argument '" + kw.arg() + "'", kw);
            }
        }
        vars.put(target.id(), new Var(target.id(), List.copyOf(constraints), bound));
        return true;
    }

    /**
     * Records a {@code class P(Protocol)}: its members are checked by mypy, so nothing of it is
     * emitted; a parameter annotated with it takes the type of each argument. False for another class.
     */
    boolean protocol(Stmt.ClassDef c, Set<String> typingModules) {
        boolean protocol = c.bases().stream().anyMatch(b -> AnnotationForms.isTypingName(
                b instanceof Expr.Subscript s ? s.value() : b, "Protocol", typingModules));
        if (!protocol) {
            return false;
        }
        if (c.bases().size() > 1) {
            throw Unsupported.construct("protocol class deriving from another class", c.bases().get(1));
        }
        if (!c.decorator_list().isEmpty()) {
            throw Unsupported.construct("decorated protocol class (runtime_checkable)", c.decorator_list().get(0));
        }
        protocols.put(c.name(), c);
        return true;
    }

    /** Declares a type parameter the source does not name ({@link ImplicitTypes}): {@code description} names it. */
    void declareImplicit(String name, String description) {
        vars.put(name, new Var(name, List.of(), null));
        implicit.put(name, description);
    }

    Var var(String name) {
        return vars.get(name);
    }

    /** Whether the name is a user or library protocol. */
    boolean isProtocol(String name) {
        return protocols.containsKey(name) || libraryProtocols.contains(name);
    }

    /** Whether a type parameter of any kind appears in the annotation. */
    boolean mentioned(Expr annotation) {
        return mentions(annotation, true);
    }

    /** Whether a TypeVar appears in the annotation (a protocol does not count). */
    boolean mentionsTypeVar(Expr annotation) {
        return mentions(annotation, false);
    }

    private boolean mentions(Expr annotation, boolean protocolsToo) {
        if (annotation instanceof Expr.Name n) {
            return vars.containsKey(n.id()) || protocolsToo && isProtocol(n.id());
        }
        if (annotation instanceof Expr.Attribute a) {
            return protocolsToo && libraryProtocols.contains(a.attr()) && a.value() instanceof Expr.Name;
        }
        if (annotation instanceof Expr.Subscript s) {
            return mentions(s.value(), protocolsToo) || mentions(s.slice(), protocolsToo);
        }
        List<Expr> parts = annotation instanceof Expr.Tuple t ? t.elts() : annotation instanceof Expr.List l ? l.elts()
                : annotation instanceof Expr.BinOp b ? List.of(b.left(), b.right()) : List.of();
        return parts.stream().anyMatch(p -> mentions(p, protocolsToo));
    }

    /**
     * The Rust items of each pending instance of a generic function or class, each emitted with its
     * binding in force; those an emission makes are emitted too.
     */
    <T> String emitEach(Deque<T> pending, java.util.function.Function<T, Binding> binding,
            java.util.function.Function<T, String> emit) {
        StringBuilder out = new StringBuilder();
        while (!pending.isEmpty()) {
            T instance = pending.poll();
            bind(binding.apply(instance));
            try {
                String text = emit.apply(instance);
                if (text != null) {
                    out.append('\n').append(text);
                }
            } finally {
                unbind();
            }
        }
        return out.toString();
    }

    /** Types what follows with {@code binding}, until {@link #unbind}. */
    void bind(Binding binding) {
        active.push(binding);
    }

    void unbind() {
        active.pop();
    }

    /**
     * The type an annotation stands for under the active binding, or null when it names no type
     * parameter here. A type parameter with no binding is refused: its type cannot be settled there.
     */
    PyType annotation(Expr e) {
        Binding b = active.peek();
        if (b != null && b.annotations().containsKey(e)) {
            return b.annotations().get(e);
        }
        if (!(e instanceof Expr.Name n)) {
            return null;
        }
        if (vars.containsKey(n.id())) {
            if (b != null && b.vars().containsKey(n.id())) {
                return b.vars().get(n.id());
            }
            if (implicit.containsKey(n.id())) {
                throw Unsupported.type(implicit.get(n.id()) + " (no call here settles its type)", e);
            }
            throw Unsupported.construct("typing.TypeVar '" + n.id() + "' whose type cannot be settled here "
                    + "(only a module function's parameters, and what they settle, are translated per call)", e);
        }
        if (isProtocol(n.id())) {
            throw Unsupported.construct("protocol '" + n.id() + "' outside the annotation of a module function's "
                    + "parameter (each call of such a function is translated for the argument's own type)", e);
        }
        return null;
    }
}
