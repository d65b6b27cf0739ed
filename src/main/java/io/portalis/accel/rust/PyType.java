package io.portalis.accel.rust;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The static type of a Python expression in the translated subset, and the Rust type that
 * carries it. Lists, dicts, sets and objects are shared handles in Rust (as in Python);
 * ints, floats, bools, strs and tuples are values.
 */
sealed interface PyType {

    /** How the type is written in Python, for diagnostics. */
    String python();

    /** The Rust type of a value of this type. */
    String rust();

    /** Whether a Rust value of this type is {@code Copy}, so it needs no {@code .clone()}. */
    default boolean copy() {
        return false;
    }

    PyType INT = new Prim("int", "i64", true);
    PyType FLOAT = new Prim("float", "f64", true);
    /**
     * A {@code float} slot that may hold an int ({@link NumericTower}): a {@code py::Num}, an int
     * or a float, each printing and computing as CPython's. Proven floats stay {@link #FLOAT}.
     */
    PyType NUM = new Prim("float", "py::Num", true);
    /**
     * An int slot of a module whose ints may leave 64 bits ({@link BigInts}): an arbitrary-precision
     * {@code int::Int}. Not {@link #isNumeric}: paths written for {@code i64} ints refuse it.
     */
    PyType BIG = new Prim("int", "int::Int", false);
    PyType BOOL = new Prim("bool", "bool", true);
    PyType STR = new Prim("str", "String", false);
    PyType NONE = new Prim("None", "()", true);
    PyType EXC = new Prim("Exception", "py::Exc", false);
    /** An exception's {@code args}: a tuple that can only be shown. */
    PyType ARGS = new Prim("tuple", "py::Args", false);
    /** One of an exception's arguments, of whatever type: it can only be shown. */
    PyType ARG = new Prim("object", "py::Arg", false);

    record Prim(String python, String rust, boolean copy) implements PyType {}

    record ListT(PyType elem) implements PyType {
        public String python() {
            return "list[" + elem.python() + "]";
        }

        public String rust() {
            return "py::List<" + elem.rust() + ">";
        }
    }

    /**
     * A dict, or an instance of one of the dict subclasses of {@code collections} ({@code flavor}
     * {@code defaultdict}, {@code Counter}, {@code OrderedDict}): every dict operation applies to
     * them, and in Rust each is a handle of {@code collections.rs} that dereferences to the
     * {@code py::Dict} and overrides what the subclass overrides ({@link CollectionsDicts}).
     */
    record DictT(PyType key, PyType value, String flavor) implements PyType {
        static final String PLAIN = "dict";

        DictT(PyType key, PyType value) {
            this(key, value, PLAIN);
        }

        boolean plain() {
            return flavor.equals(PLAIN);
        }

        public String python() {
            if (flavor.equals("Counter")) {
                return "Counter[" + key.python() + "]";
            }
            return flavor + "[" + key.python() + ", " + value.python() + "]";
        }

        public String rust() {
            String prefix = plain() ? "py::Dict" : "collections::" + (flavor.equals("defaultdict") ? "DefaultDict" : flavor);
            return prefix + "<" + key.rust() + ", " + value.rust() + ">";
        }
    }

    record SetT(PyType elem) implements PyType {
        public String python() {
            return "set[" + elem.python() + "]";
        }

        public String rust() {
            return "py::Set<" + elem.rust() + ">";
        }
    }

    record TupleT(List<PyType> elems) implements PyType {
        public TupleT {
            elems = List.copyOf(elems);
        }

        public String python() {
            return "tuple[" + elems.stream().map(PyType::python).collect(Collectors.joining(", ")) + "]";
        }

        public String rust() {
            String inner = elems.stream().map(PyType::rust).collect(Collectors.joining(", "));
            return elems.size() == 1 ? "(" + inner + ",)" : "(" + inner + ")";
        }

        public boolean copy() {
            return elems.stream().allMatch(PyType::copy);
        }
    }

    record OptionalT(PyType inner) implements PyType {
        public String python() {
            return "Optional[" + inner.python() + "]";
        }

        public String rust() {
            return "Option<" + inner.rust() + ">";
        }

        public boolean copy() {
            return inner.copy();
        }
    }

    /** A tuple of any length, as a function's {@code *args}; in Rust, a {@code py::Tuple}. */
    record VarTupleT(PyType elem) implements PyType {
        public String python() {
            return "tuple[" + elem.python() + ", ...]";
        }

        public String rust() {
            return "py::Tuple<" + elem.rust() + ">";
        }
    }

    /** An instance of a user class; in Rust, a handle of the class hierarchy's root. */
    record ClassT(ClassInfo info) implements PyType {
        public String python() {
            return info.name();
        }

        public String rust() {
            return info.root().rustName();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ClassT c && c.info.name().equals(info.name());
        }

        @Override
        public int hashCode() {
            return info.name().hashCode();
        }
    }

    /**
     * Something that can only be iterated once it is made (a range, a generator expression,
     * {@code zip}, {@code enumerate}, {@code dict.items()}): a Rust {@code Vec} of the items.
     * Printing it is not supported, because Python prints such objects by identity.
     */
    record IterT(PyType elem, String object) implements PyType {
        /** Python's name for the kind of object is {@code object}: it decides len() and reversed(). */
        IterT(PyType elem) {
            this(elem, "generator");
        }

        /** Whether Python's len() takes it: a range and a dict's views do, iterators do not. */
        boolean sized() {
            return object.equals("range") || object.startsWith("dict_") || object.equals("enum");
        }

        /** Whether Python's reversed() takes it (a range; a dict's views since 3.8). */
        boolean reversible() {
            return sized();
        }

        public String python() {
            return "iterable of " + elem.python();
        }

        /** Items of one type are interchangeable here, whatever object made them. */
        @Override
        public boolean equals(Object o) {
            return o instanceof IterT t && t.elem.equals(elem);
        }

        @Override
        public int hashCode() {
            return elem.hashCode();
        }

        public String rust() {
            return "Vec<" + elem.rust() + ">";
        }
    }

    /**
     * A function value ({@code Callable[[A, B], R]}): a shared Rust closure that returns
     * {@code PyResult}, so a call through it propagates exceptions like any call. Two values
     * are the same function when they share the allocation, as Python's identity.
     */
    record FuncT(List<PyType> params, PyType ret) implements PyType {
        public FuncT {
            params = List.copyOf(params);
        }

        public String python() {
            return "Callable[[" + params.stream().map(PyType::python).collect(Collectors.joining(", ")) + "], "
                    + ret.python() + "]";
        }

        public String rust() {
            return "Rc<dyn Fn(" + params.stream().map(PyType::rust).collect(Collectors.joining(", "))
                    + ") -> py::PyResult<" + ret.rust() + ">>";
        }
    }

    /**
     * A value of one of several types ({@code int | str}, {@code Cat | Dog}: the members, none of
     * them None or another union), or of any type ({@code object}, {@code Any}: no members). In
     * Rust a {@code py::Obj} that knows its value's own type at run time ({@link UnionValues}).
     *
     * @param spelled how an any-type annotation was written ({@code object} or {@code Any})
     */
    record UnionT(List<PyType> members, String spelled) implements PyType {
        public UnionT {
            members = List.copyOf(members);
        }

        /** {@code object} or {@code Any}: a value of any type. */
        boolean any() {
            return members.isEmpty();
        }

        public String python() {
            return any() ? spelled : members.stream().map(PyType::python).collect(Collectors.joining(" | "));
        }

        public String rust() {
            return "py::Obj";
        }

        /** Two unions are the same type when they have the same members, however spelled. */
        @Override
        public boolean equals(Object o) {
            return o instanceof UnionT u && u.members.equals(members);
        }

        @Override
        public int hashCode() {
            return members.hashCode();
        }
    }

    /**
     * Whether a value of this type is or holds a union value ({@link UnionT}) inside a container,
     * tuple or Optional: comparing such values needs the members' own rules (1 == True), which
     * the translation does not carry, so {@code ==}, {@code in} and {@code is} refuse them.
     */
    static boolean holdsUnion(PyType t) {
        if (t instanceof UnionT) {
            return true;
        }
        if (t instanceof ListT l) {
            return holdsUnion(l.elem());
        }
        if (t instanceof SetT s) {
            return holdsUnion(s.elem());
        }
        if (t instanceof DictT d) {
            return holdsUnion(d.key()) || holdsUnion(d.value());
        }
        if (t instanceof TupleT tt) {
            return tt.elems().stream().anyMatch(PyType::holdsUnion);
        }
        if (t instanceof OptionalT o) {
            return holdsUnion(o.inner());
        }
        if (t instanceof VarTupleT v) {
            return holdsUnion(v.elem());
        }
        if (t instanceof IterT i) {
            return holdsUnion(i.elem());
        }
        return t instanceof GenT g && holdsUnion(g.elem());
    }

    /** Whether a value of this type holds a function inside a container, tuple or Optional. */
    static boolean holdsFunction(PyType t) {
        if (t instanceof FuncT) {
            return true;
        }
        if (t instanceof ListT l) {
            return holdsFunction(l.elem());
        }
        if (t instanceof SetT s) {
            return holdsFunction(s.elem());
        }
        if (t instanceof DictT d) {
            return holdsFunction(d.key()) || holdsFunction(d.value());
        }
        if (t instanceof TupleT tt) {
            return tt.elems().stream().anyMatch(PyType::holdsFunction);
        }
        if (t instanceof OptionalT o) {
            return holdsFunction(o.inner());
        }
        if (t instanceof IterT i) {
            return holdsFunction(i.elem());
        }
        if (t instanceof VarTupleT v) {
            return holdsFunction(v.elem());
        }
        return false;
    }

    /**
     * A generator object: a shared handle that runs its generator's body on demand and
     * yields each item once. Made by a generator function, or by {@code enumerate}/{@code zip}
     * over one. Printing it is not supported (Python prints it by identity).
     */
    record GenT(PyType elem) implements PyType {
        public String python() {
            return "Iterator[" + elem.python() + "]";
        }

        public String rust() {
            return "py::Gen<" + elem.rust() + ">";
        }
    }

    /**
     * An instance of a standard-library class ({@code collections.deque[int]}): the module that
     * defines it ({@link StdlibModules}) translates its constructor and methods. In Rust, the
     * module runtime's type ({@code collections::Deque<i64>}), a shared handle with the protocol
     * every such type has: {@code len()}, {@code items()} (a snapshot), {@code iter()} (a live
     * iteration whose steps may raise), {@code get(i)} and {@code contains(&x)}.
     *
     * @param elem the items' type when it is iterated
     */
    record LibT(String module, String name, List<PyType> args, PyType elem) implements PyType {
        public LibT {
            args = List.copyOf(args);
        }

        public String python() {
            if (args.isEmpty()) {
                return name;
            }
            return name + "[" + args.stream().map(PyType::python).collect(Collectors.joining(", ")) + "]";
        }

        public String rust() {
            String type = module + "::" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (args.isEmpty()) {
                return type;
            }
            return type + "<" + args.stream().map(PyType::rust).collect(Collectors.joining(", ")) + ">";
        }

        /**
         * Whether it holds items (a deque); a generator object such as random.Random does not, and
         * the elem of a re Pattern or Match is the tuple of its groups' types, not an item type.
         */
        public boolean container() {
            return elem != null && !module.equals("re") && !module.equals("io");
        }
    }

    static boolean isNumeric(PyType t) {
        return t == INT || t == FLOAT || t == BOOL || t == NUM;
    }

    /** Whether Python hashes values of this type the same way each run, so it may key a dict. */
    static boolean hashable(PyType t) {
        if (t == INT || t == STR || t == BOOL || t == BIG || EnumClasses.isEnum(t) || DatetimeModule.isValue(t)
                || FractionsModule.isFraction(t)) {
            return true;
        }
        if (NamedTuples.tupleType(t) != null) {
            return hashable(NamedTuples.tupleType(t)); // hashed as the tuple of its fields
        }
        return t instanceof TupleT tt && tt.elems().stream().allMatch(PyType::hashable);
    }

    /**
     * Whether a set may hold values of this type: those whose CPython hash the prelude
     * reproduces (int, bool, float, str, and tuples of them), so the set's order is CPython's.
     */
    static boolean setElement(PyType t) {
        if (t == INT || t == STR || t == BOOL || t == FLOAT || t == NUM || t == BIG
                || (EnumClasses.isEnum(t) && !(FlagClasses.is(t) && !EnumClasses.isIntEnum(t))) // a Flag hashes by a name that may be None
                || DatetimeModule.isValue(t)) {
            return true;
        }
        if (NamedTuples.tupleType(t) != null) {
            return setElement(NamedTuples.tupleType(t));
        }
        return t instanceof TupleT tt && tt.elems().stream().allMatch(PyType::setElement);
    }

    /** Whether a set's order depends on str hashes, which CPython randomises per process. */
    static boolean hashesStr(PyType t) {
        if (t == STR || (EnumClasses.isEnum(t) && !EnumClasses.isIntEnum(t)) // an Enum member hashes as its name
                || DatetimeModule.hashesBytes(t)) {
            return true;
        }
        if (NamedTuples.tupleType(t) != null) {
            return hashesStr(NamedTuples.tupleType(t));
        }
        return t instanceof TupleT tt && tt.elems().stream().anyMatch(PyType::hashesStr);
    }

    /** Stops at a set whose element type is outside {@link #setElement}, saying why. */
    static void requireSetElement(PyType elem, io.portalis.accel.python.ast.Node at) {
        if (setElement(elem)) {
            return;
        }
        if (elem instanceof OptionalT || elem == NONE
                || (elem instanceof TupleT tt && tt.elems().stream().anyMatch(x -> x instanceof OptionalT || x == NONE))) {
            throw Unsupported.construct("set of " + elem.python()
                    + " (CPython 3.11 hashes None by its address, so the set's order cannot be reproduced)", at);
        }
        throw Unsupported.construct("set of " + elem.python(), at);
    }

    /** Whether values of this type can be ordered with {@code <} (and so sorted). */
    static boolean orderable(PyType t) {
        if (t == INT || t == FLOAT || t == STR || t == BOOL || t == NUM || t == BIG || EnumClasses.isIntEnum(t)
                || EnumClasses.isStrEnum(t) || DatetimeModule.isValue(t) || PathlibModule.isPath(t)
                || FractionsModule.isFraction(t)) {
            return true;
        }
        if (t instanceof TupleT tt) {
            return tt.elems().stream().allMatch(PyType::orderable);
        }
        return t instanceof ListT l && orderable(l.elem());
    }

    /** Whether {@code print} shows values of this type the way Python does. */
    static boolean printable(PyType t) {
        if (t instanceof Prim) {
            return true;
        }
        if (t instanceof ListT l) {
            return printable(l.elem());
        }
        if (t instanceof DictT d) {
            return printable(d.key()) && printable(d.value());
        }
        if (t instanceof SetT st) {
            return printable(st.elem());
        }
        if (t instanceof TupleT tt) {
            return tt.elems().stream().allMatch(PyType::printable);
        }
        if (t instanceof OptionalT o) {
            return printable(o.inner());
        }
        if (t instanceof VarTupleT v) {
            return printable(v.elem());
        }
        if (t instanceof LibT l) {
            if (l.container()) {
                return l.args().stream().allMatch(PyType::printable);
            }
            return StdlibModules.printable(l);
        }
        if (t instanceof UnionT u) {
            return u.members().stream().allMatch(PyType::printable);
        }
        if (t instanceof ClassT c) {
            return c.info().exception() || c.info().hierarchyHas("__repr__") || c.info().enumInfo() != null;
        }
        return false;
    }
}
