package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles the type parameters of one call of a generic function from its arguments' types, as mypy
 * infers them, but keeping each argument's own type (CPython runs the body on the argument itself):
 * {@code T} in {@code list[T]} given a {@code list[int]} is {@code int}; a parameter annotated with a
 * protocol ({@code Sized}, a user {@code Protocol}) or an abstract container of a TypeVar
 * ({@code Sequence[T]}) takes the argument's type whole, so a str or a tuple passed as a
 * {@code Sequence[T]} stays a str or a tuple. Where the argument's own type and the one mypy would
 * infer differ in a way that could show ({@code True} for a TypeVar constrained to int and float,
 * an int and a bool for one {@code T}), the call is refused.
 */
final class TypeBindings {
    /** Abstract containers whose parameter takes the argument's own type (its element type settles T). */
    private static final List<String> TAKEN_WHOLE = List.of("Sequence", "Collection", "Reversible", "Container",
            "Mapping", "AbstractSet");

    private final ModuleScope scope;
    private final Map<String, PyType> vars = new LinkedHashMap<>();
    private final IdentityHashMap<Expr, PyType> annotations = new IdentityHashMap<>();

    TypeBindings(ModuleScope scope) {
        this.scope = scope;
    }

    /** Starts from known type arguments (a generic class's instance the context asks for). */
    void seed(Map<String, PyType> known) {
        vars.putAll(known);
    }

    /** What the TypeVar stands for so far, or null. */
    PyType var(String name) {
        return vars.get(name);
    }

    TypeParameters.Binding binding() {
        return new TypeParameters.Binding(Map.copyOf(vars), new IdentityHashMap<>(annotations));
    }

    /** The type an argument is lowered to: the annotation's, once every type parameter in it is settled; else null. */
    PyType expected(Expr ann) {
        if (!scope.typeVars.mentioned(ann)) {
            return scope.annotation(ann);
        }
        scope.typeVars.bind(binding());
        try {
            return scope.annotation(ann);
        } catch (Unsupported u) {
            return null; // something still to settle: the argument is typed as itself
        } finally {
            scope.typeVars.unbind();
        }
    }

    /** Settles what the annotation's type parameters stand for, given an argument of type {@code actual}. */
    void unify(Expr ann, PyType actual, Node at) {
        if (!scope.typeVars.mentioned(ann)) {
            return; // a concrete type: the argument is converted to it, or refused, once the instance is typed
        }
        String head = head(ann instanceof Expr.Subscript s ? s.value() : ann);
        if (ann instanceof Expr.Name n && scope.typeVars.var(n.id()) != null) {
            bindVar(scope.typeVars.var(n.id()), actual, at);
            return;
        }
        if (!(ann instanceof Expr.Subscript) && head != null && scope.typeVars.isProtocol(head)) {
            annotations.put(ann, actual);
            return;
        }
        if (ann instanceof Expr.BinOp b && b.op() == Operator.BitOr) {
            Expr other = isNone(b.right()) ? b.left() : isNone(b.left()) ? b.right() : null;
            if (other == null) {
                throw Unsupported.construct("union of type parameters in a generic parameter's annotation", ann);
            }
            optional(other, actual, at);
            return;
        }
        if (!(ann instanceof Expr.Subscript s) || head == null) {
            throw Unsupported.construct("generic parameter annotation of this form", ann);
        }
        List<Expr> args = s.slice() instanceof Expr.Tuple t ? t.elts() : List.of(s.slice());
        switch (head) {
            case "list", "List" -> unify(args.get(0), shape(actual, PyType.ListT.class, ann, at).elem(), at);
            case "set", "Set" -> unify(args.get(0), shape(actual, PyType.SetT.class, ann, at).elem(), at);
            case "dict", "Dict" -> {
                PyType.DictT d = shape(actual, PyType.DictT.class, ann, at);
                unify(args.get(0), d.key(), at);
                unify(args.get(1), d.value(), at);
            }
            case "tuple", "Tuple" -> tuple(ann, args, actual, at);
            case "Optional" -> optional(args.get(0), actual, at);
            case "Iterator" -> unify(args.get(0), element(actual, ann, at), at);
            case "Iterable" -> {
                unify(args.get(0), element(actual, ann, at), at);
                if (reiterable(actual)) {
                    annotations.put(ann, actual); // iterating it twice sees its items twice, as in CPython
                }
            }
            case "Callable" -> {
                PyType.FuncT fn = shape(actual, PyType.FuncT.class, ann, at);
                if (!(args.get(0) instanceof Expr.List ps) || ps.elts().size() != fn.params().size()) {
                    throw Unsupported.type("expected " + describe(ann) + ", found " + actual.python(), at);
                }
                for (int i = 0; i < ps.elts().size(); i++) {
                    unify(ps.elts().get(i), fn.params().get(i), at);
                }
                unify(args.get(1), fn.ret(), at);
            }
            default -> {
                if (scope.typeVars.isProtocol(head) && args.stream().noneMatch(scope.typeVars::mentionsTypeVar)) {
                    annotations.put(ann, actual); // a generic protocol with its type arguments given: as any protocol
                    return;
                }
                if (!TAKEN_WHOLE.contains(head)) {
                    throw Unsupported.construct("generic parameter annotation '" + head + "[...]'", ann);
                }
                if (head.equals("Mapping")) {
                    PyType.DictT d = shape(actual, PyType.DictT.class, ann, at);
                    unify(args.get(0), d.key(), at);
                    unify(args.get(1), d.value(), at);
                } else {
                    unify(args.get(0), element(actual, ann, at), at);
                }
                annotations.put(ann, actual);
            }
        }
    }

    /** Whether iterating a value of this type again yields its items again (not a generator or an iterator). */
    private static boolean reiterable(PyType t) {
        return t == PyType.STR || t instanceof PyType.ListT || t instanceof PyType.TupleT || t instanceof PyType.SetT
                || t instanceof PyType.DictT || t instanceof PyType.VarTupleT || t instanceof PyType.IterT it && it.sized();
    }

    private void optional(Expr inner, PyType actual, Node at) {
        if (actual instanceof PyType.OptionalT o) {
            unify(inner, o.inner(), at);
        } else if (actual != PyType.NONE) {
            unify(inner, actual, at);
        }
        // None settles nothing: a type parameter it leaves open is refused where the signature needs it.
    }

    private void tuple(Expr ann, List<Expr> args, PyType actual, Node at) {
        if (args.size() == 2 && args.get(1) instanceof Expr.Constant c && c.value() instanceof ConstantValue.Ellipsis) {
            unify(args.get(0), element(actual, ann, at), at);
            return;
        }
        PyType.TupleT t = shape(actual, PyType.TupleT.class, ann, at);
        if (t.elems().size() != args.size()) {
            throw Unsupported.type("expected a tuple of " + args.size() + " items, found " + actual.python(), at);
        }
        for (int i = 0; i < args.size(); i++) {
            unify(args.get(i), t.elems().get(i), at);
        }
    }

    private static <T extends PyType> T shape(PyType actual, Class<T> kind, Expr ann, Node at) {
        if (!kind.isInstance(actual)) {
            throw Unsupported.type("expected " + describe(ann) + ", found " + actual.python(), at);
        }
        return kind.cast(actual);
    }

    /** The type of the items of an iterable argument. */
    private static PyType element(PyType actual, Expr ann, Node at) {
        PyType item = LoopLowering.iterElement(actual);
        if (item == null) {
            throw Unsupported.type("expected " + describe(ann) + ", found " + actual.python()
                    + " (its items' type cannot settle the type parameter)", at);
        }
        return item;
    }

    private void bindVar(TypeParameters.Var v, PyType actual, Node at) {
        PyType t = actual;
        scope.implicit.check(v.name(), actual, at);
        if (!v.constraints().isEmpty()) {
            boolean fits = false;
            for (Expr c : v.constraints()) {
                fits |= scope.annotation(c).python().equals(actual.python()) && !(actual instanceof PyType.ClassT)
                        || scope.annotation(c).equals(actual);
            }
            if (!fits) {
                throw Unsupported.type("argument of type " + actual.python() + " for TypeVar '" + v.name()
                        + "', constrained to other types (mypy would pick one of them; CPython keeps the argument's own type)", at);
            }
        } else if (v.bound() != null && !(v.bound() instanceof Expr.Name bn && scope.typeVars.isProtocol(bn.id()))) {
            PyType bound = scope.annotation(v.bound());
            boolean fits = bound.equals(actual)
                    || bound instanceof PyType.ClassT b && actual instanceof PyType.ClassT a && a.info().isSubclassOf(b.info());
            if (!fits) {
                throw Unsupported.type("argument of type " + actual.python() + " for TypeVar '" + v.name()
                        + "' bound to " + bound.python(), at);
            }
        }
        PyType before = vars.get(v.name());
        if (before != null && !before.equals(t)) {
            t = join(before, t);
            if (t == null) {
                throw Unsupported.type("TypeVar '" + v.name() + "' given both " + before.python() + " and " + actual.python()
                        + " in one call (the values keep their own types in CPython)", at);
            }
        }
        vars.put(v.name(), t);
    }

    /** Two classes' nearest common base class (each object keeps its own class), or null. */
    private static PyType join(PyType a, PyType b) {
        if (!(a instanceof PyType.ClassT ca && b instanceof PyType.ClassT cb)) {
            return null;
        }
        for (ClassInfo k = ca.info(); k != null; k = k.base()) {
            if (cb.info().isSubclassOf(k)) {
                return new PyType.ClassT(k);
            }
        }
        return null;
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.None;
    }

    /** The name an annotation's head spells ({@code Sequence}, {@code typing.Sequence}), or null. */
    static String head(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a && a.value() instanceof Expr.Name) {
            return a.attr();
        }
        return null;
    }

    private static String describe(Expr ann) {
        return ann instanceof Expr.Subscript s && head(s.value()) != null ? head(s.value()) + "[...]" : "another type";
    }
}
