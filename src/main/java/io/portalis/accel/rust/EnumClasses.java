package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classes derived from {@code enum.Enum} and {@code enum.IntEnum}. An enum class is a user class
 * ({@link ClassInfo}) whose objects are its members, made once each (a thread-local table) with
 * the attributes {@code name} and {@code value}; its methods are translated as any class's. What
 * the enum machinery adds is emitted here: the member table, lookup by value ({@code Color(1)})
 * and by name ({@code Color['RED']}), iteration over the class, CPython 3.11's {@code str},
 * {@code repr} and {@code format}, hashing (by name for Enum, by value for IntEnum), and an
 * IntEnum member's int behaviour in arithmetic and comparisons.
 */
final class EnumClasses {
    /** The names {@code from enum import ...} may bind. */
    static final Set<String> NAMES = Set.of("Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto");

    /** What an enum class holds: its members in definition order, and the names of its aliases. */
    static final class Info {
        final boolean intEnum;
        final List<String> names = new ArrayList<>();
        final List<Object> values = new ArrayList<>();
        /** Every member name, aliases included, to the index of the member it names. */
        final Map<String, Integer> index = new LinkedHashMap<>();
        PyType valueType;
        /** A StrEnum (3.11): a str whose members' values are strs, {@code auto()} the lowercased name. */
        boolean strEnum;
        /**
         * A Flag (3.11, STRICT boundary) or, with {@link #intEnum}, an IntFlag (KEEP boundary): int
         * values combined with | & ^ ~ ({@link FlagClasses}).
         */
        boolean flag;

        Info(boolean intEnum) {
            this.intEnum = intEnum;
        }
    }

    private EnumClasses() {
    }

    /** The enum class a type is an instance of, or null. */
    static Info of(PyType t) {
        return t instanceof PyType.ClassT c ? c.info().enumInfo() : null;
    }

    static boolean isEnum(PyType t) {
        return of(t) != null;
    }

    static boolean isIntEnum(PyType t) {
        Info i = of(t);
        return i != null && i.intEnum;
    }

    static boolean isStrEnum(PyType t) {
        Info i = of(t);
        return i != null && i.strEnum;
    }

    // ------------------------------------------------------------------ declaration

    /**
     * Declares a class whose base is {@code Enum} or {@code IntEnum} (as imported from enum);
     * null for any other class.
     */
    static ClassInfo declare(Stmt.ClassDef c, Set<String> imported, ModuleScope scope) {
        if (c.bases().size() != 1 || !(c.bases().get(0) instanceof Expr.Name b)) {
            return null;
        }
        ClassInfo base = scope.classOf(b.id());
        if (base != null && base.enumInfo() != null) {
            throw Unsupported.construct("subclass of the enum class '" + b.id() + "'", b);
        }
        if (!imported.contains(b.id()) || !(b.id().equals("Enum") || b.id().equals("IntEnum") || b.id().equals("StrEnum")
                || b.id().equals("Flag") || b.id().equals("IntFlag"))) {
            return null;
        }
        if (!c.decorator_list().isEmpty()) {
            throw Unsupported.construct("decorator on an enum class", c.decorator_list().get(0));
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.construct("class keyword arguments", c.keywords().get(0));
        }
        ClassInfo info = new ClassInfo(c.name(), c, null, false, false, null);
        info.enumInfo(new Info(b.id().equals("IntEnum") || b.id().equals("IntFlag")));
        info.enumInfo().strEnum = b.id().equals("StrEnum");
        info.enumInfo().flag = b.id().equals("Flag") || b.id().equals("IntFlag");
        return info;
    }

    /**
     * Reads an enum class's members ({@code RED = 1}, {@code GREEN = auto()}) and gives the class
     * its {@code name} and {@code value} attributes; refuses what the translation leaves out.
     */
    static void members(ClassInfo c, Set<String> imported) {
        Info info = c.enumInfo();
        List<Long> ints = new ArrayList<>();
        for (Stmt s : c.def().body()) {
            if (s instanceof Stmt.FunctionDef f) {
                checkMethod(c, f);
                continue;
            }
            if (s instanceof Stmt.AnnAssign a) {
                throw Unsupported.construct("annotated enum member", a);
            }
            if (!(s instanceof Stmt.Assign a)) {
                continue; // refused or skipped by the class's own reading
            }
            if (a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Name n)) {
                throw Unsupported.construct("enum member other than NAME = value", s);
            }
            if (n.id().startsWith("_")) {
                throw Unsupported.construct("enum class attribute '" + n.id() + "'", n);
            }
            if (info.index.containsKey(n.id())) {
                throw Unsupported.type("enum member '" + n.id() + "' defined twice (TypeError: Attempted to reuse key)", n);
            }
            Object value = info.strEnum ? StrEnums.value(n.id(), a.value(), imported)
                    : info.flag ? (Object) FlagClasses.value(a.value(), imported, info.values) : value(a.value(), imported, ints);
            PyType t = value instanceof Long ? PyType.INT : PyType.STR;
            if (info.intEnum && t != PyType.INT) {
                throw Unsupported.construct("IntEnum member with a value other than an int", a.value());
            }
            if (info.valueType != null && info.valueType != t) {
                throw Unsupported.construct("enum whose members' values are of different types", a.value());
            }
            info.valueType = t;
            if (value instanceof Long l) {
                ints.add(l);
            }
            int existing = info.values.indexOf(value);
            if (existing >= 0) {
                info.index.put(n.id(), existing); // an alias of the first member of that value
            } else {
                info.index.put(n.id(), info.names.size());
                info.names.add(n.id());
                info.values.add(value);
            }
        }
        if (info.names.isEmpty()) {
            throw Unsupported.construct("enum class without members", c.def());
        }
        c.ownFields().put("name", PyType.STR);
        c.ownFields().put("value", info.valueType);
        if (info.flag) {
            FlagClasses.declare(c);
        }
    }

    private static Object value(Expr e, Set<String> imported, List<Long> ints) {
        if (e instanceof Expr.Call call && call.func() instanceof Expr.Name f && f.id().equals("auto")
                && imported.contains("auto")) {
            if (!call.args().isEmpty() || !call.keywords().isEmpty()) {
                throw Unsupported.type("auto() takes no arguments", call);
            }
            if (ints.size() == 0) {
                return 1L;
            }
            long last = ints.get(ints.size() - 1);
            if (last == Long.MAX_VALUE) {
                throw Unsupported.construct("auto() past the 64-bit range", call);
            }
            return last + 1;
        }
        boolean negative = false;
        Expr v = e;
        if (v instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
            negative = true;
            v = u.operand();
        }
        if (v instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int i) {
            BigInteger b = negative ? i.value().negate() : i.value();
            if (b.bitLength() > 63) {
                throw Unsupported.construct("enum value beyond 64 bits", e);
            }
            return b.longValue();
        }
        if (!negative && v instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str s) {
            return s.value();
        }
        throw Unsupported.construct("enum member value other than an int or str literal or auto()", e);
    }

    private static void checkMethod(ClassInfo c, Stmt.FunctionDef f) {
        String n = f.name();
        boolean shown = n.equals("__str__") || n.equals("__repr__");
        if (n.startsWith("__") && n.endsWith("__") && !(shown && !c.enumInfo().intEnum && !c.enumInfo().strEnum)) {
            throw Unsupported.construct("special method " + n + " of an enum class", f);
        }
        if (n.equals("name") || n.equals("value")) {
            throw Unsupported.construct("enum method named '" + n + "'", f);
        }
        if (c.enumInfo() != null && c.enumInfo().index.containsKey(n)) {
            throw Unsupported.construct("enum method named as a member '" + n + "'", f);
        }
    }

    // ------------------------------------------------------------------ expressions

    private static ClassInfo enumNamed(FunctionTranslator ft, Expr e) {
        if (!(e instanceof Expr.Name n) || ft.isLocal(n.id())) {
            return null;
        }
        ClassInfo c = ft.module.classOf(n.id());
        return c != null && c.enumInfo() != null ? c : null;
    }

    /** {@code Color.RED}: the member (an alias gives the member it names); null when not an enum's attribute. */
    static Val attribute(FunctionTranslator ft, Expr.Attribute a) {
        ClassInfo c = enumNamed(ft, a.value());
        if (c == null) {
            return null;
        }
        Integer i = c.enumInfo().index.get(a.attr());
        if (i == null) {
            if (c.methods().containsKey(a.attr())) {
                throw Unsupported.construct("method '" + a.attr() + "' of an enum class used as a value", a);
            }
            throw Unsupported.type("'" + c.name() + "' has no member '" + a.attr() + "'", a);
        }
        return new Val(RExpr.call(c.rustName() + "::member", new RExpr.Atom(i + "")), new PyType.ClassT(c), Kind.OWNED);
    }

    /** The enum class named as a value: its members, for iteration, len(), list() and the like; null otherwise. */
    static Val members(FunctionTranslator ft, Expr.Name n) {
        ClassInfo c = enumNamed(ft, n);
        if (c == null) {
            return null;
        }
        return new Val(RExpr.call(c.rustName() + "::members"), new PyType.IterT(new PyType.ClassT(c), "enum"), Kind.OWNED);
    }

    /** {@code Color(1)}: the member of that value, or ValueError as CPython words it. */
    static Val byValue(FunctionTranslator ft, ClassInfo c, Expr.Call call) {
        if (call.args().size() != 1 || !call.keywords().isEmpty()) {
            throw Unsupported.construct("call of the enum class '" + c.name() + "' other than a lookup by one value", call);
        }
        Expr arg = call.args().get(0);
        Val v = ft.expr(arg, c.enumInfo().valueType);
        if (!v.type().equals(c.enumInfo().valueType)) {
            throw Unsupported.type(c.name() + "() looks up a " + c.enumInfo().valueType.python() + " value, got "
                    + v.type().python(), arg);
        }
        return new Val(ft.tryOf(RExpr.call(c.rustName() + "::by_value", ft.owned(v))), new PyType.ClassT(c), Kind.OWNED);
    }

    /** {@code Color['RED']}: the member of that name, or KeyError; null when not an enum class. */
    static Val byName(FunctionTranslator ft, Expr.Subscript s) {
        ClassInfo c = enumNamed(ft, s.value());
        if (c == null) {
            return null;
        }
        Val key = ft.expr(s.slice(), PyType.STR);
        if (key.type() != PyType.STR) {
            throw Unsupported.type(c.name() + "[...] looks up a member by its name (a str), got " + key.type().python(), s.slice());
        }
        return new Val(ft.tryOf(RExpr.call(c.rustName() + "::by_name", ft.strRef(key))), new PyType.ClassT(c), Kind.OWNED);
    }

    /**
     * An IntEnum member as the int it is in arithmetic and comparisons (a StrEnum member as the str
     * it is); any other value unchanged.
     */
    static Val intValue(Val v) {
        if (isStrEnum(v.type())) {
            return new Val(RExpr.method(v.code(), "get_value"), PyType.STR, Kind.OWNED);
        }
        if (!isIntEnum(v.type())) {
            return v;
        }
        return new Val(RExpr.method(v.code(), "get_value"), PyType.INT, Kind.OWNED);
    }

    /** {@code f"{member:spec}"}: CPython 3.11 formats an Enum member's str(), an IntEnum member's value; null otherwise. */
    static RExpr format(FunctionTranslator ft, Val v, String spec) {
        if (!isEnum(v.type())) {
            return null;
        }
        return ft.tryOf(RExpr.method(v.code(), "format", new RExpr.Atom(RustLiterals.string(spec))));
    }

    // ------------------------------------------------------------------ emission

    /**
     * The items an enum class adds to its struct (emitted in place of the ordinary {@code Show}):
     * the member table, lookups, {@code Show}, {@code Format}, hashing and, for IntEnum, ordering.
     */
    static void emit(RustPrinter p, ClassInfo c) {
        if (c.enumInfo().flag) {
            FlagClasses.emit(p, c);
            return;
        }
        Info info = c.enumInfo();
        String name = c.rustName();
        String table = name + "_MEMBERS";
        boolean ints = info.valueType == PyType.INT;
        String valueRust = info.valueType.rust();
        List<RExpr> made = new ArrayList<>();
        for (int i = 0; i < info.names.size(); i++) {
            Object v = info.values.get(i);
            made.add(RExpr.call(name + "::enum_member", new RExpr.Atom("\"" + info.names.get(i) + "\""),
                    new RExpr.Atom(ints ? v + "" : RustLiterals.string((String) v))));
        }
        p.line(0, "thread_local! {");
        p.line(4, "/// The members of the enum " + c.name() + ", in definition order.");
        item(p, 4, "static " + table + ": Vec<" + name + "> = ", new RExpr.Macro("vec", made, true, false), ";");
        p.line(0, "}");
        p.blank();
        p.line(0, "impl " + name + " {");
        p.line(4, "fn enum_member(name: &str, value: " + (ints ? "i64" : "&str") + ") -> " + name + " {");
        p.line(8, "let member = " + name + "::blank();");
        p.line(8, "member.set_name(name.to_string());");
        p.line(8, "member.set_value(value" + (ints ? "" : ".to_string()") + ");");
        p.line(8, "member");
        p.line(4, "}");
        p.blank();
        p.line(4, "fn member(index: usize) -> " + name + " {");
        p.line(8, table + ".with(|members| members[index].clone())");
        p.line(4, "}");
        p.blank();
        p.line(4, "fn members() -> Vec<" + name + "> {");
        p.line(8, table + ".with(|members| members.clone())");
        p.line(4, "}");
        p.blank();
        p.line(4, "/// " + c.name() + "(value): the member of that value.");
        p.line(4, "fn by_value(value: " + valueRust + ") -> py::PyResult<" + name + "> {");
        p.line(8, "for member in " + name + "::members() {");
        p.line(12, "if member.get_value() == value {");
        p.line(16, "return Ok(member);");
        p.line(12, "}");
        p.line(8, "}");
        p.line(8, "let shown = py::Show::repr(&value);");
        tail(p, 8, RExpr.call("py::raise", new RExpr.Atom("\"ValueError\""), new RExpr.Macro("format",
                List.of(new RExpr.Atom(RustLiterals.string("{} is not a valid " + c.name())), new RExpr.Atom("shown")), false, true)));
        p.line(4, "}");
        p.blank();
        byName(p, c);
        p.line(0, "}");
        p.blank();
        RExpr self = new RExpr.Atom("self");
        RExpr valueRepr = RExpr.call("py::Show::repr", new RExpr.Unary("&", RExpr.method(self, "get_value")));
        RExpr repr = c.methods().containsKey("__repr__") ? RExpr.call("py::or_die", RExpr.method(self, "to_repr"))
                : new RExpr.Macro("format", List.of(new RExpr.Atom(RustLiterals.string("<" + c.name() + ".{}: {}>")),
                        RExpr.method(self, "get_name"), valueRepr), false, true);
        RExpr str = c.methods().containsKey("__str__") ? RExpr.call("py::or_die", RExpr.method(self, "to_str"))
                : info.intEnum ? valueRepr
                : info.strEnum ? RExpr.method(self, "get_value")
                : new RExpr.Macro("format", List.of(new RExpr.Atom(RustLiterals.string(c.name() + ".{}")),
                        RExpr.method(self, "get_name")), false, true);
        p.line(0, "impl py::Show for " + name + " {");
        p.line(4, "fn repr(&self) -> String {");
        tail(p, 8, repr);
        p.line(4, "}");
        p.blank();
        p.line(4, "fn str(&self) -> String {");
        tail(p, 8, str);
        p.line(4, "}");
        p.line(0, "}");
        p.blank();
        formatImpl(p, name, info.intEnum);
        // Members are made once each: one is equal only to itself, and hashes as CPython's
        // (Enum by its name, IntEnum by its value), which a set's order follows.
        hashImpls(p, name, info.intEnum || info.strEnum ? "self.get_value()" : "self.get_name()", true, true);
        if (info.intEnum || info.strEnum) {
            valueOrder(p, name);
        }
    }

    /** {@code impl py::Format}: an int-valued member formats its value, any other its str(). */
    static void formatImpl(RustPrinter p, String name, boolean intValued) {
        p.line(0, "impl py::Format for " + name + " {");
        p.line(4, "fn format(&self, spec: &str) -> py::PyResult<String> {");
        p.line(8, intValued ? "py::Format::format(&self.get_value(), spec)" : "py::format_str(&py::Show::str(self), spec)");
        p.line(4, "}");
        p.line(0, "}");
        p.blank();
    }

    /**
     * With {@code stdHash}, {@code Eq} and {@code Hash} (dict keys); with {@code pyHash}, {@code PyHash}
     * (set members) of a struct, as those of the expression {@code hashed}.
     */
    static void hashImpls(RustPrinter p, String name, String hashed, boolean stdHash, boolean pyHash) {
        if (stdHash) {
            p.line(0, "impl Eq for " + name + " {}");
            p.blank();
            p.line(0, "impl std::hash::Hash for " + name + " {");
            p.line(4, "fn hash<H: std::hash::Hasher>(&self, state: &mut H) {");
            p.line(8, "std::hash::Hash::hash(&" + hashed + ", state);");
            p.line(4, "}");
            p.line(0, "}");
        }
        if (pyHash) {
            if (stdHash) {
                p.blank();
            }
            p.line(0, "impl py::PyHash for " + name + " {");
            p.line(4, "fn py_hash(&self) -> i64 {");
            p.line(8, "py::PyHash::py_hash(&" + hashed + ")");
            p.line(4, "}");
            p.line(0, "}");
        }
    }

    /** {@code impl py::PyOrd}: members order as their values. */
    static void valueOrder(RustPrinter p, String name) {
        p.blank();
        p.line(0, "impl py::PyOrd for " + name + " {");
        p.line(4, "fn py_cmp(&self, other: &Self) -> std::cmp::Ordering {");
        p.line(8, "self.get_value().cmp(&other.get_value())");
        p.line(4, "}");
        p.line(0, "}");
    }

    /** {@code fn by_name}: {@code Color['RED']}, the member of that name (or alias), or KeyError. */
    static void byName(RustPrinter p, ClassInfo c) {
        Info info = c.enumInfo();
        String name = c.rustName();
        p.line(4, "/// " + c.name() + "[name]: the member of that name (or alias).");
        p.line(4, "fn by_name(name: &str) -> py::PyResult<" + name + "> {");
        p.line(8, "match name {");
        for (int i = 0; i < info.names.size(); i++) {
            List<String> all = new ArrayList<>();
            for (Map.Entry<String, Integer> e : info.index.entrySet()) {
                if (e.getValue() == i) {
                    all.add("\"" + e.getKey() + "\"");
                }
            }
            item(p, 12, String.join(" | ", all) + " => ",
                    RExpr.call("Ok", RExpr.call(name + "::member", new RExpr.Atom(i + ""))), ",");
        }
        item(p, 12, "_ => ", RExpr.call("py::raise", new RExpr.Atom("\"KeyError\""),
                RExpr.call("py::Show::repr", new RExpr.Atom("&name.to_string()"))), ",");
        p.line(8, "}");
        p.line(4, "}");
    }

    /** An expression as a block's tail, laid out as rustfmt would. */
    static void tail(RustPrinter p, int indent, RExpr e) {
        RustPrinter inner = new RustPrinter();
        inner.stmt(new RStmt.Tail(e), indent);
        p.raw(inner.text());
    }

    /** {@code head expr end} on one line, or the expression broken as rustfmt breaks it. */
    static void item(RustPrinter p, int indent, String head, RExpr e, String end) {
        RustPrinter inner = new RustPrinter();
        p.line(indent, head + inner.expr(e, indent, indent + head.length(), end.length()) + end);
    }
}
