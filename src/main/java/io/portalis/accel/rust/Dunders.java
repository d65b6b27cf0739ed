package io.portalis.accel.rust;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.Map;
import java.util.Set;

/**
 * The special methods a user class may define, the rules their signatures follow, and which
 * operator each one implements. Rich comparisons follow Python's reflection: {@code a > b}
 * without {@code __gt__} is {@code b < a} through {@code b.__lt__(a)}.
 */
final class Dunders {
    private Dunders() {}

    static final Map<Operator, String> BINARY = Map.ofEntries(
            Map.entry(Operator.Add, "__add__"), Map.entry(Operator.Sub, "__sub__"),
            Map.entry(Operator.Mult, "__mul__"), Map.entry(Operator.Div, "__truediv__"),
            Map.entry(Operator.FloorDiv, "__floordiv__"), Map.entry(Operator.Mod, "__mod__"),
            Map.entry(Operator.Pow, "__pow__"), Map.entry(Operator.MatMult, "__matmul__"),
            Map.entry(Operator.BitAnd, "__and__"), Map.entry(Operator.BitOr, "__or__"),
            Map.entry(Operator.BitXor, "__xor__"), Map.entry(Operator.LShift, "__lshift__"),
            Map.entry(Operator.RShift, "__rshift__"));

    static final Map<UnaryOperator, String> UNARY = Map.of(
            UnaryOperator.USub, "__neg__", UnaryOperator.UAdd, "__pos__", UnaryOperator.Invert, "__invert__");

    static final Set<String> COMPARISONS = Set.of("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__");

    private static final Set<String> OTHERS = Set.of(
            "__init__", "__str__", "__repr__", "__len__", "__bool__", "__contains__", "__getitem__", "__setitem__",
            "__iter__");

    /** The method for a comparison operator, and the one Python tries on the right operand instead. */
    record Comparison(String method, String reflected) {}

    static Comparison comparison(CmpOp op) {
        return switch (op) {
            case Eq -> new Comparison("__eq__", "__eq__");
            case NotEq -> new Comparison("__ne__", "__ne__");
            case Lt -> new Comparison("__lt__", "__gt__");
            case LtE -> new Comparison("__le__", "__ge__");
            case Gt -> new Comparison("__gt__", "__lt__");
            case GtE -> new Comparison("__ge__", "__le__");
            default -> null;
        };
    }

    static boolean supported(String name) {
        return OTHERS.contains(name) || name.equals("__call__") || COMPARISONS.contains(name) || BINARY.containsValue(name)
                || UNARY.containsValue(name) || ReflectedOperators.isReflected(name) || InPlaceOperators.isInPlace(name);
    }

    /** The class that defines {@code name} itself (not a dataclass's generated one); null when none does. */
    static ClassInfo userDefined(ClassInfo c, String name) {
        for (ClassInfo k = c; k != null; k = k.base()) {
            if (k.methods().containsKey(name)) {
                return k;
            }
        }
        return null;
    }

    static boolean hasUserEq(PyType t) {
        return t instanceof PyType.ClassT c && userDefined(c.info(), "__eq__") != null;
    }

    /** Whether a value of this type holds, inside a container, tuple or Optional, an object with its own __eq__. */
    static boolean holdsUserEq(PyType t) {
        if (t instanceof PyType.ListT l) {
            return hasUserEq(l.elem()) || holdsUserEq(l.elem());
        }
        if (t instanceof PyType.DictT d) {
            return hasUserEq(d.value()) || holdsUserEq(d.value());
        }
        if (t instanceof PyType.TupleT tt) {
            return tt.elems().stream().anyMatch(e -> hasUserEq(e) || holdsUserEq(e));
        }
        if (t instanceof PyType.OptionalT o) {
            return hasUserEq(o.inner()) || holdsUserEq(o.inner());
        }
        return false;
    }

    /** Checks a special method's signature against what its operator passes and expects. */
    static void check(ClassInfo c, String name, FunctionSig sig, Node at) {
        int n = sig.params().size();
        if (COMPARISONS.contains(name)) {
            if (n != 1 || !(sig.params().get(0).type() instanceof PyType.ClassT o) || o.info().root() != c.root()
                    || sig.returns() != PyType.BOOL) {
                throw Unsupported.type(name + " must take one " + c.name() + " (or a class of its hierarchy) and "
                        + "return bool", at);
            }
            long defining = c.root().family().stream().filter(k -> k.methods().containsKey(name)).count();
            if (defining > 1) {
                throw Unsupported.construct(name + " defined in more than one class of a hierarchy (Python would "
                        + "ask the right operand's class first)", at);
            }
            return;
        }
        if (BINARY.containsValue(name) || ReflectedOperators.isReflected(name) || InPlaceOperators.isInPlace(name)
                || name.equals("__contains__")) {
            if (n != 1) {
                throw Unsupported.type(name + " must take one operand besides self", at);
            }
            if (name.equals("__contains__") && sig.returns() != PyType.BOOL) {
                throw Unsupported.type("__contains__ must return bool", at);
            }
            return;
        }
        if (UNARY.containsValue(name) || name.equals("__bool__")) {
            if (n != 0) {
                throw Unsupported.type(name + " must take only self", at);
            }
            if (name.equals("__bool__") && sig.returns() != PyType.BOOL) {
                throw Unsupported.type("__bool__ must return bool", at);
            }
            return;
        }
        if (name.equals("__iter__") && (n != 0 || !(sig.returns() instanceof PyType.GenT))) {
            throw Unsupported.type("__iter__ must take only self and be a generator (yield its items; an __iter__ "
                    + "returning self with __next__ is not supported)", at);
        }
        if (name.equals("__getitem__") || name.equals("__setitem__")) {
            int want = name.equals("__getitem__") ? 1 : 2;
            PyType key = n > 0 ? sig.params().get(0).type() : null;
            if (n != want || (key != PyType.INT && key != PyType.STR)) {
                throw Unsupported.type(name + " must take an int or str key" + (want == 2 ? " and a value" : ""), at);
            }
            if (name.equals("__setitem__") && sig.returns() != PyType.NONE) {
                throw Unsupported.type("__setitem__ must return None", at);
            }
        }
    }
}
