package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.semantics.Narrowed;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.List;

/**
 * Values of union types ({@code int | str}, {@code Cat | Dog}) and of any type ({@code object},
 * {@code Any}), as mypy and pyright type them: a value of a member type goes in as it is (it keeps
 * its own type, as every Python object does); {@code isinstance} asks the value's type at run time;
 * a read the check stage narrowed ({@link Narrowed}: an {@code isinstance} test passed, or tests
 * that failed leave one member) has the narrower type, and where one member is left, the value
 * itself. What a union value can do before it is narrowed is what every member can: be passed on,
 * stored, printed, {@code str()} and {@code repr()}; anything else is refused by the operation that
 * does not know the type. In Rust a {@code py::Obj} (the prelude part {@code obj.rs}).
 */
final class UnionValues {
    private UnionValues() {}

    /** How the values of one type stand to an {@code isinstance} test of one class. */
    private enum Match { ALL, NONE, SOME }

    /** The builtin classes an isinstance test may name of a union value. */
    private static final List<String> BUILTIN = List.of("int", "bool", "float", "str", "list", "dict", "set", "tuple");

    /**
     * A union type {@code A | B} of the members as read, or null when it is no union here: one
     * member (after duplicates), or members of one class family (read as their base class by
     * the caller). A member that is a function, an iterator or a type the translation cannot
     * hold in a {@code py::Obj} is refused.
     */
    static PyType.UnionT of(List<PyType> members, Node at) {
        List<PyType> out = new ArrayList<>();
        for (PyType m : members) {
            if (m instanceof PyType.UnionT u && !u.any()) {
                u.members().stream().filter(x -> !out.contains(x)).forEach(out::add);
                continue;
            }
            if (!holdable(m)) {
                throw Unsupported.construct("union type with a member " + m.python(), at);
            }
            if (!out.contains(m)) {
                out.add(m);
            }
        }
        return out.size() < 2 ? null : new PyType.UnionT(out, null);
    }

    /** Whether a {@code py::Obj} can hold values of this type (it needs their str and repr). */
    private static boolean holdable(PyType t) {
        return t instanceof PyType.Prim p ? p != PyType.NONE && p != PyType.EXC && p != PyType.ARGS && p != PyType.ARG
                : t instanceof PyType.ListT || t instanceof PyType.DictT || t instanceof PyType.SetT
                        || t instanceof PyType.TupleT || t instanceof PyType.ClassT || t instanceof PyType.VarTupleT;
    }

    /**
     * Whether a value of type {@code from} goes into the union {@code to} as it is: its type is a
     * member (a subclass of a member class), another union whose members all are, or, for
     * {@code object}/{@code Any}, a type whose str and repr are CPython's.
     */
    static boolean accepts(PyType.UnionT to, PyType from) {
        if (from instanceof PyType.UnionT u) {
            return !u.any() && (to.any() || u.members().stream().allMatch(m -> member(to, m) != null));
        }
        if (to.any()) {
            return from == PyType.NONE || holdable(from) && from != PyType.NUM && PyType.printable(from);
        }
        return member(to, from) != null;
    }

    /** The member of {@code to} a value of type {@code from} is, or null. */
    private static PyType member(PyType.UnionT to, PyType from) {
        for (PyType m : to.members()) {
            if (m.equals(from)) {
                return m;
            }
            if (m instanceof PyType.ClassT mc && from instanceof PyType.ClassT fc && fc.info().isSubclassOf(mc.info())) {
                return m;
            }
        }
        return null;
    }

    /** A value of a member type (or a narrower union), as a value of the union. */
    static Val coerce(ValueConversions conv, Val v, PyType.UnionT to) {
        if (v.type() instanceof PyType.UnionT) {
            return new Val(v.code(), to, v.kind());
        }
        if (v.type() == PyType.NONE) {
            return new Val(RExpr.call("py::Obj::of", new RExpr.Atom("()")), to, Kind.OWNED);
        }
        // The member's type is named: an empty list's element type comes from it alone.
        return new Val(RExpr.call("py::Obj::of::<" + v.type().rust() + ">", conv.owned(v)), to, Kind.OWNED);
    }

    /** {@code isinstance(v, (names...))} of a union value: a test of the value's own type. */
    static RExpr isinstance(Val v, List<String> names, ModuleScope module, Node at) {
        PyType.UnionT u = (PyType.UnionT) v.type();
        boolean place = v.kind() == Kind.PLACE;
        RExpr subject = place ? v.code() : new RExpr.Atom("isinstance_value");
        RExpr test = null;
        for (String name : names) {
            for (PyType m : candidates(u, name, module, at)) {
                Match match = match(m, name, module);
                if (match == Match.NONE) {
                    continue;
                }
                RExpr one = is(subject, m);
                if (match == Match.SOME) {
                    ClassInfo k = module.classOf(name);
                    RExpr got = RExpr.method(subject, "get::<" + m.rust() + ">");
                    one = new RExpr.Binary(one, "&&", RExpr.method(got, "is_" + ModuleScope.snake(k.name())));
                }
                test = test == null ? one : new RExpr.Binary(test, "||", one);
            }
        }
        if (test == null) {
            return new RExpr.Atom("false");
        }
        if (place) {
            return test;
        }
        return RExpr.call("matches!", v.code(), new RExpr.Atom("isinstance_value if " + RustPrinter.flat(test)));
    }

    /**
     * The value read where the check stage narrowed it: the members the facts leave (an
     * isinstance test passed keeps those it names; one that failed drops those wholly inside it).
     * One member left: that member's value; more: the narrower union; none known: unchanged.
     */
    static Val narrow(Val v, Narrowed n, ModuleScope module) {
        PyType.UnionT u = (PyType.UnionT) v.type();
        List<PyType> left = new ArrayList<>();
        if (!n.classes().isEmpty()) {
            for (String name : n.classes()) {
                List<PyType> cands = candidatesOrNull(u, name, module);
                if (cands == null) {
                    return v;
                }
                for (PyType m : cands) {
                    Match match = match(m, name, module);
                    PyType kept = match == Match.SOME ? new PyType.ClassT(module.classOf(name)) : m;
                    if (match != Match.NONE && !left.contains(kept)) {
                        left.add(kept);
                    }
                }
            }
        } else if (u.any()) {
            return v;
        } else {
            left.addAll(u.members());
        }
        left.removeIf(m -> n.excluded().stream().anyMatch(name -> match(m, name, module) == Match.ALL));
        if (left.isEmpty()) {
            return v;
        }
        if (left.size() == 1) {
            PyType m = left.get(0);
            return new Val(RExpr.method(v.code(), "get::<" + m.rust() + ">"), m, Kind.OWNED);
        }
        return new Val(v.code(), new PyType.UnionT(left, null), v.kind());
    }

    /** The member types an isinstance test of {@code name} asks about; refused where unknown. */
    private static List<PyType> candidates(PyType.UnionT u, String name, ModuleScope module, Node at) {
        List<PyType> c = candidatesOrNull(u, name, module);
        if (c == null) {
            throw Unsupported.construct("isinstance(" + u.python() + ", " + name + ")", at);
        }
        return c;
    }

    /**
     * The members of a union; for {@code object}/{@code Any}, the types an instance of the named
     * class can have here (an int may be a bool), or null where they are unknown (a list of what?).
     */
    private static List<PyType> candidatesOrNull(PyType.UnionT u, String name, ModuleScope module) {
        if (!u.any()) {
            return module.classOf(name) != null || BUILTIN.contains(name) ? u.members() : null;
        }
        ClassInfo k = module.classOf(name);
        if (k != null) {
            return k.exception() ? null : List.of(new PyType.ClassT(k.root()));
        }
        return switch (name) {
            case "int" -> List.of(PyType.INT, PyType.BOOL);
            case "bool" -> List.of(PyType.BOOL);
            case "float" -> List.of(PyType.FLOAT);
            case "str" -> List.of(PyType.STR);
            default -> null;
        };
    }

    /** Whether every value of type {@code m}, some or none is an instance of the class {@code name}. */
    private static Match match(PyType m, String name, ModuleScope module) {
        ClassInfo k = module.classOf(name);
        if (k != null) {
            if (!(m instanceof PyType.ClassT c)) {
                return Match.NONE;
            }
            return c.info().isSubclassOf(k) ? Match.ALL : k.isSubclassOf(c.info()) ? Match.SOME : Match.NONE;
        }
        boolean all = switch (name) {
            case "int" -> m == PyType.INT || m == PyType.BOOL;
            case "bool" -> m == PyType.BOOL;
            case "float" -> m == PyType.FLOAT;
            case "str" -> m == PyType.STR;
            case "list" -> m instanceof PyType.ListT;
            case "dict" -> m instanceof PyType.DictT;
            case "set" -> m instanceof PyType.SetT;
            case "tuple" -> m instanceof PyType.TupleT || m instanceof PyType.VarTupleT;
            default -> false;
        };
        return all ? Match.ALL : Match.NONE;
    }

    private static RExpr is(RExpr subject, PyType m) {
        return RExpr.method(subject, "is::<" + m.rust() + ">");
    }
}
