package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spellings of a type annotation that mean the same type, brought to one form before
 * {@link ModuleScope#annotation} reads it. CPython ignores annotations when it runs a program,
 * so each rewrite here only chooses which static type the translation gives a value:
 * <ul>
 *   <li>{@code typing.List[int]} (after {@code import typing}) and {@code collections.abc.Sequence[int]}
 *       are read as the bare names;</li>
 *   <li>the abstract collection types are read as the concrete type that carries them here:
 *       {@code Sequence}, {@code MutableSequence} and {@code Collection} as {@code list},
 *       {@code Mapping} and {@code MutableMapping} as {@code dict}, {@code AbstractSet} and
 *       {@code MutableSet} as {@code set} (a value of another kind passed there is a type error,
 *       so the translation refuses it rather than guessing);</li>
 *   <li>{@code Final[T]} is {@code T}; {@code Literal["a", "b"]} is the literals' common type;
 *       {@code Union[A, B]} is {@code A | B}.</li>
 * </ul>
 * Annotations whose type comes from the assigned value (bare {@code list}, bare {@code Final})
 * are told apart by {@link #fromValue}.
 */
final class AnnotationForms {

    /** The names {@code from typing import ...} may bind (each read by the annotation reader). */
    static final Set<String> TYPING_NAMES = Set.of(
            "Optional", "List", "Dict", "Set", "Tuple", "Union", "Any", "annotations",
            "Iterator", "Iterable", "Generator", "Callable", "Sequence", "MutableSequence", "Collection",
            "Mapping", "MutableMapping", "AbstractSet", "MutableSet", "Container", "Reversible", "ClassVar", "Literal", "Final", "Self", "TypeAlias", "NoReturn", "Never", "NewType");

    /** The names {@code from collections.abc import ...} may bind. */
    static final Set<String> ABC_NAMES = Set.of(
            "Iterator", "Iterable", "Generator", "Callable", "Sequence", "MutableSequence", "Collection",
            "Mapping", "MutableMapping", "Set", "MutableSet", "Container", "Reversible");

    private static final Map<String, String> CONCRETE = Map.of(
            "Sequence", "list", "MutableSequence", "list", "Collection", "list", "Container", "list",
            "Reversible", "list", "Mapping", "dict", "MutableMapping", "dict", "AbstractSet", "set", "MutableSet", "set");

    private static final Set<String> BARE_COLLECTIONS = Set.of(
            "list", "dict", "set", "tuple", "List", "Dict", "Set", "Tuple");

    private AnnotationForms() {}

    /**
     * Whether the annotation gives no type of its own, so the name takes the type of the value
     * assigned with it: bare {@code Final}, and bare {@code list}/{@code dict}/{@code set}/{@code tuple}
     * (the value's element types are the only ones there are).
     */
    static boolean fromValue(Expr annotation, Set<String> typingModules) {
        Expr e = unqualified(annotation, typingModules);
        return e instanceof Expr.Name n && (n.id().equals("Final") || BARE_COLLECTIONS.contains(n.id()));
    }

    /** The annotation in its one form (see the class comment); unchanged when it has no other spelling. */
    static Expr normalize(Expr annotation, Set<String> typingModules) {
        Expr e = unqualified(annotation, typingModules);
        if (e instanceof Expr.Name n && CONCRETE.containsKey(n.id())) {
            return new Expr.Name(CONCRETE.get(n.id()), ExprContext.Load, n.start(), n.end());
        }
        if (!(e instanceof Expr.Subscript s)) {
            return e;
        }
        Expr head = unqualified(s.value(), typingModules);
        if (!(head instanceof Expr.Name n)) {
            return e;
        }
        List<Expr> args = s.slice() instanceof Expr.Tuple t ? t.elts() : List.of(s.slice());
        switch (n.id()) {
            case "Final":
                if (args.size() != 1) {
                    throw Unsupported.type("Final[...] takes one type", e);
                }
                return normalize(args.get(0), typingModules);
            case "Literal":
                return literalBase(args, e);
            case "Union": {
                if (args.size() < 2) {
                    return normalize(args.get(0), typingModules);
                }
                Expr union = args.get(0);
                for (int i = 1; i < args.size(); i++) {
                    union = new Expr.BinOp(union, Operator.BitOr, args.get(i), e.start(), e.end());
                }
                return union;
            }
            default:
                if (CONCRETE.containsKey(n.id())) {
                    Expr concrete = new Expr.Name(CONCRETE.get(n.id()), ExprContext.Load, n.start(), n.end());
                    return new Expr.Subscript(concrete, s.slice(), s.ctx(), s.start(), s.end());
                }
                if (head != s.value()) {
                    return new Expr.Subscript(head, s.slice(), s.ctx(), s.start(), s.end());
                }
                return e;
        }
    }

    /**
     * The members of a union annotation ({@code A | B | None}), in the order written; a single
     * annotation is a union of one.
     */
    static List<Expr> unionMembers(Expr e) {
        List<Expr> out = new ArrayList<>();
        collect(e, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Expr.BinOp b && b.op() == Operator.BitOr) {
            collect(b.left(), out);
            collect(b.right(), out);
        } else {
            out.add(e);
        }
    }

    /** Whether {@code e} names {@code typing.<name>} ({@code NewType}, or {@code typing.NewType} after {@code import typing}). */
    static boolean isTypingName(Expr e, String name, Set<String> typingModules) {
        return unqualified(e, typingModules) instanceof Expr.Name n && n.id().equals(name);
    }

    /** The generic types whose subscription is a type expression wherever it stands (a type alias's value). */
    private static final Set<String> GENERIC_HEADS = Set.of(
            "list", "dict", "set", "tuple", "frozenset", "List", "Dict", "Set", "Tuple", "Optional", "Union", "Literal",
            "Callable", "Iterator", "Iterable", "Generator", "Sequence", "MutableSequence", "Collection", "Container", "Reversible", "Mapping",
            "MutableMapping", "AbstractSet", "MutableSet");

    /**
     * Whether a module-level assignment declares a type alias, as mypy and pyright read one: an
     * annotation {@code TypeAlias} ({@code Vector: TypeAlias = list[float]}), or an unannotated
     * assignment of a value that can only be a type: a subscripted generic ({@code list[float]},
     * {@code Literal["a", "b"]}, {@code Union[A, B]}) or a union {@code A | B} of such types or
     * names of types.
     */
    static boolean declaresAlias(Stmt s, Set<String> typingModules) {
        if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name && a.value() != null) {
            return unqualified(a.annotation(), typingModules) instanceof Expr.Name n && n.id().equals("TypeAlias");
        }
        return s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name
                && typeExpression(a.value(), typingModules, false);
    }

    private static boolean typeExpression(Expr e, Set<String> typingModules, boolean nameOk) {
        if (e instanceof Expr.Subscript s) {
            Expr head = unqualified(s.value(), typingModules);
            return head instanceof Expr.Name n && GENERIC_HEADS.contains(n.id());
        }
        if (e instanceof Expr.BinOp b && b.op() == Operator.BitOr) {
            return typeExpression(b.left(), typingModules, true) && typeExpression(b.right(), typingModules, true)
                    && (!(b.left() instanceof Expr.Name) || !(b.right() instanceof Expr.Name) || nameOk
                    || isNoneOrBuiltinType(b.left()) || isNoneOrBuiltinType(b.right()));
        }
        if (e instanceof Expr.Constant c && c.value() instanceof ConstantValue.None) {
            return nameOk;
        }
        return nameOk && (e instanceof Expr.Name || e instanceof Expr.Attribute);
    }

    private static boolean isNoneOrBuiltinType(Expr e) {
        return e instanceof Expr.Name n && Set.of("int", "str", "float", "bool", "bytes").contains(n.id());
    }

    /** {@code typing.X} / {@code collections.abc.X} as the name {@code X}, where that module is imported. */
    static Expr unqualified(Expr e, Set<String> typingModules) {
        if (e instanceof Expr.Attribute a && typingModules.contains(dotted(a.value()))) {
            return new Expr.Name(a.attr(), ExprContext.Load, a.start(), a.end());
        }
        return e;
    }

    private static String dotted(Expr e) {
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attribute a) {
            String inner = dotted(a.value());
            return inner == null ? null : inner + "." + a.attr();
        }
        return null;
    }

    /** {@code Literal[...]}: the one type all its literals share (str, int or bool). */
    private static Expr literalBase(List<Expr> args, Expr at) {
        String base = null;
        for (Expr a : args) {
            String t = null;
            if (a instanceof Expr.Constant c) {
                ConstantValue v = c.value();
                t = v instanceof ConstantValue.Str ? "str" : v instanceof ConstantValue.Bool ? "bool"
                        : v instanceof ConstantValue.Int ? "int" : null;
            } else if (a instanceof Expr.UnaryOp u && u.operand() instanceof Expr.Constant c
                    && c.value() instanceof ConstantValue.Int) {
                t = "int";
            }
            if (t == null) {
                throw Unsupported.construct("Literal[...] of this value (only str, int and bool literals)", a);
            }
            if (base != null && !base.equals(t)) {
                throw Unsupported.construct("Literal[...] mixing " + base + " and " + t + " values", at);
            }
            base = t;
        }
        return new Expr.Name(base, ExprContext.Load, at.start(), at.end());
    }
}
