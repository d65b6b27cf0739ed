package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Classes derived from {@code enum.Flag} (CPython 3.11, the STRICT boundary), on top of the enum
 * translation ({@link EnumClasses}): int member values ({@code auto()} the next power of two),
 * members whose several bits are other members' ({@code RW = 6}), and composites made by
 * {@code |}, {@code &}, {@code ^}, {@code ~} or {@code Perm(6)}, each made once per value and
 * named by the canonical members it holds in definition order ({@code <Perm.R|W: 6>},
 * {@code Perm.R|W}; 0 has no name: {@code <Perm: 0>}, {@code Perm(0)}), as {@code Flag._missing_}
 * makes them (the runtime's {@code enum_flag.rs}). The operators, {@code in}, {@code len()} and truth
 * are the Python methods {@code enum.Flag} defines, added to the class and translated as any
 * class's; iterating a value gives its canonical members, iterating the class the canonical ones
 * of the class.
 */
final class FlagClasses {
    private FlagClasses() {
    }

    static boolean is(PyType t) {
        EnumClasses.Info i = EnumClasses.of(t);
        return i != null && i.flag;
    }

    static boolean isIntFlag(PyType t) {
        return is(t) && EnumClasses.isIntEnum(t);
    }

    /**
     * {@code a | b}, {@code a & b}, {@code a ^ b} where one operand is an IntFlag and the other one
     * of its class or an int: the IntFlag of the combined value (IntFlag's methods take ints too);
     * null for anything else, which then computes as ints.
     */
    static Val intFlagBinary(FunctionTranslator ft, Operator op, Val l, Val r) {
        String symbol = op == Operator.BitOr ? "|" : op == Operator.BitAnd ? "&" : op == Operator.BitXor ? "^" : null;
        PyType flag = isIntFlag(l.type()) ? l.type() : isIntFlag(r.type()) ? r.type() : null;
        if (symbol == null || flag == null) {
            return null;
        }
        Val a = BoolNumbers.asInt(EnumClasses.intValue(l));
        Val b = BoolNumbers.asInt(EnumClasses.intValue(r));
        if (a.type() != PyType.INT || b.type() != PyType.INT || !(l.type().equals(flag) || !is(l.type()))
                || !(r.type().equals(flag) || !is(r.type()))) {
            return null;
        }
        RExpr value = new RExpr.Binary(FunctionTranslator.paren(a.code()), symbol, FunctionTranslator.paren(b.code()));
        return new Val(ft.tryOf(RExpr.call(((PyType.ClassT) flag).info().rustName() + "::by_value", value)), flag, Kind.OWNED);
    }

    /** {@code ~flag} of an IntFlag: the IntFlag of {@code ~value}, kept within its bits as the KEEP boundary keeps it. */
    static Val invertIntFlag(FunctionTranslator ft, Val v) {
        RExpr value = new RExpr.Unary("!", FunctionTranslator.paren(RExpr.method(v.code(), "get_value")));
        return new Val(ft.tryOf(RExpr.call(((PyType.ClassT) v.type()).info().rustName() + "::by_value", value)), v.type(),
                Kind.OWNED);
    }

    /** A Flag member's value: a non-negative int literal, or {@code auto()}: the power of two above the largest so far. */
    static long value(Expr e, Set<String> imported, List<Object> earlier) {
        if (e instanceof Expr.Call call && call.func() instanceof Expr.Name f && f.id().equals("auto") && imported.contains("auto")) {
            if (!call.args().isEmpty() || !call.keywords().isEmpty()) {
                throw Unsupported.type("auto() takes no arguments", call);
            }
            long max = earlier.stream().mapToLong(v -> (Long) v).max().orElse(0);
            int high = 64 - Long.numberOfLeadingZeros(max);
            if (earlier.isEmpty()) {
                return 1;
            }
            if (high >= 62) {
                throw Unsupported.construct("auto() past the 64-bit range", call);
            }
            return 1L << high;
        }
        if (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int i && i.value().signum() >= 0
                && i.value().bitLength() <= 62) {
            return i.value().longValue();
        }
        throw Unsupported.construct("Flag member value other than a non-negative int literal or auto()", e);
    }

    /**
     * After the members are read: refuses a multi-bit member with a bit no single-bit member has
     * (CPython's TypeError), makes {@code name} optional (a composite of nothing has none) and
     * adds Flag's operator methods.
     */
    static void declare(ClassInfo c) {
        EnumClasses.Info info = c.enumInfo();
        long singles = singlesMask(info);
        for (int i = 0; i < info.names.size(); i++) {
            long v = (Long) info.values.get(i);
            if ((v & ~singles) != 0) {
                throw Unsupported.type("invalid Flag " + c.name() + " -- missing values: " + (v & ~singles) + " (TypeError)", c.def());
            }
            if (info.intEnum && Long.bitCount(v) > 1) {
                // IntFlag names a value with unknown bits after every named member inside it.
                throw Unsupported.construct("IntFlag member of several bits ('" + info.names.get(i) + "')", c.def());
            }
        }
        c.ownFields().put("name", new PyType.OptionalT(PyType.STR));
        String n = c.name();
        String text = "class " + n + ":\n"
                + "    def __or__(self, other: \"" + n + "\") -> \"" + n + "\":\n"
                + "        return " + n + "(self.value | other.value)\n"
                + "    def __and__(self, other: \"" + n + "\") -> \"" + n + "\":\n"
                + "        return " + n + "(self.value & other.value)\n"
                + "    def __xor__(self, other: \"" + n + "\") -> \"" + n + "\":\n"
                + "        return " + n + "(self.value ^ other.value)\n"
                + "    def __invert__(self) -> \"" + n + "\":\n"
                + "        return " + n + "(" + singles + " & ~self.value)\n"
                + "    def __contains__(self, other: \"" + n + "\") -> bool:\n"
                + "        return other.value & self.value == other.value\n"
                + "    def __bool__(self) -> bool:\n"
                + "        return self.value != 0\n"
                + "    def __len__(self) -> int:\n"
                + "        count = 0\n"
                + "        bits = self.value\n"
                + "        while bits:\n"
                + "            count += bits & 1\n"
                + "            bits >>= 1\n"
                + "        return count\n";
        ParseResult r = PythonParser.parse(io.portalis.accel.python.lexer.CpuLexer.lex(text.getBytes(StandardCharsets.UTF_8)));
        if (!r.ok() || !(r.module().body().get(0) instanceof Stmt.ClassDef made)) {
            throw new IllegalStateException("Flag methods did not parse: " + r);
        }
        for (Stmt s : made.body()) {
            Stmt.FunctionDef f = (Stmt.FunctionDef) s;
            c.methods().put(f.name(), f);
        }
    }

    private static long singlesMask(EnumClasses.Info info) {
        long mask = 0;
        for (Object v : info.values) {
            long x = (Long) v;
            if (Long.bitCount(x) == 1) {
                mask |= x;
            }
        }
        return mask;
    }

    /** The loop over a Flag value: its canonical members; null for other values. */
    static RExpr members(Val v) {
        return is(v.type()) ? RExpr.method(v.code(), "flag_members") : null;
    }

    /** The member table, the composites made so far, lookups, Show, Format and Hash of a Flag class. */
    static void emit(RustPrinter p, ClassInfo c) {
        EnumClasses.Info info = c.enumInfo();
        String name = c.rustName();
        String table = name + "_MEMBERS";
        String made = name + "_COMPOSITES";
        List<RExpr> members = new ArrayList<>();
        List<RExpr> singles = new ArrayList<>();
        List<String> canonical = new ArrayList<>();
        for (int i = 0; i < info.names.size(); i++) {
            long v = (Long) info.values.get(i);
            members.add(RExpr.call(name + "::enum_member", new RExpr.Atom("\"" + info.names.get(i) + "\""), new RExpr.Atom(v + "")));
            if (Long.bitCount(v) == 1) {
                singles.add(new RExpr.Tuple(List.of(new RExpr.Atom("\"" + info.names.get(i) + "\""), new RExpr.Atom(v + ""))));
                canonical.add(String.valueOf(i));
            }
        }
        p.line(0, "thread_local! {");
        p.line(4, "/// The members of the flag " + c.name() + ", in definition order.");
        EnumClasses.item(p, 4, "static " + table + ": Vec<" + name + "> = ", new RExpr.Macro("vec", members, true, false), ";");
        p.line(4, "/// The composite values made so far, each once (CPython's _value2member_map_).");
        p.line(4, "static " + made + ": RefCell<Vec<" + name + ">> = RefCell::new(Vec::new());");
        p.line(0, "}");
        p.blank();
        p.line(0, "impl " + name + " {");
        p.line(4, "fn enum_member(name: &str, value: i64) -> " + name + " {");
        p.line(8, "let member = " + name + "::blank();");
        p.line(8, "member.set_name(Some(name.to_string()));");
        p.line(8, "member.set_value(value);");
        p.line(8, "member");
        p.line(4, "}");
        p.blank();
        p.line(4, "fn member(index: usize) -> " + name + " {");
        p.line(8, table + ".with(|members| members[index].clone())");
        p.line(4, "}");
        p.blank();
        p.line(4, "/// The canonical (single-bit) members: what iterating the class gives.");
        p.line(4, "fn members() -> Vec<" + name + "> {");
        RExpr indexes = RExpr.method(new RExpr.Atom("[" + String.join(", ", canonical) + "]"), "iter");
        EnumClasses.tail(p, 8, RExpr.method(RExpr.method(indexes, "map", new RExpr.Atom("|i| " + name + "::member(*i)")),
                "collect"));
        p.line(4, "}");
        p.blank();
        p.line(4, "/// The canonical members a value holds, in definition order: what iterating it gives.");
        p.line(4, "fn flag_members(&self) -> Vec<" + name + "> {");
        p.line(8, "let value = self.get_value();");
        p.line(8, name + "::members()");
        p.line(12, ".into_iter()");
        p.line(12, ".filter(|m| m.get_value() & value != 0)");
        p.line(12, ".collect()");
        p.line(4, "}");
        p.blank();
        p.line(4, "fn known(value: i64) -> Option<" + name + "> {");
        p.line(8, "let made = " + made + ".with(|all| all.borrow().clone());");
        p.line(8, "let mut all = " + table + ".with(|members| members.clone());");
        p.line(8, "all.extend(made);");
        p.line(8, "all.into_iter().find(|m| m.get_value() == value)");
        p.line(4, "}");
        p.blank();
        p.line(4, "/// " + c.name() + "(value): the member or composite of that value, made once.");
        p.line(4, "fn by_value(value: i64) -> py::PyResult<" + name + "> {");
        p.line(8, "if let Some(member) = " + name + "::known(value) {");
        p.line(12, "return Ok(member);");
        p.line(8, "}");
        EnumClasses.item(p, 8, "let singles = ", new RExpr.Macro("vec", singles, true, false), ";");
        String lookup = "enum_flag::composite(\"" + c.name() + "\", &singles, value, " + info.intEnum + ")?;";
        if (8 + "let (value, name) = ".length() + lookup.length() <= RustPrinter.MAX_WIDTH) {
            p.line(8, "let (value, name) = " + lookup);
        } else {
            p.line(8, "let (value, name) =");
            p.line(12, lookup);
        }
        p.line(8, "if let Some(member) = " + name + "::known(value) {");
        p.line(12, "return Ok(member);");
        p.line(8, "}");
        p.line(8, "let member = " + name + "::blank();");
        p.line(8, "member.set_name(name);");
        p.line(8, "member.set_value(value);");
        p.line(8, made + ".with(|all| all.borrow_mut().push(member.clone()));");
        p.line(8, "Ok(member)");
        p.line(4, "}");
        p.blank();
        EnumClasses.byName(p, c);
        p.line(0, "}");
        p.blank();
        p.line(0, "impl py::Show for " + name + " {");
        p.line(4, "fn repr(&self) -> String {");
        p.line(8, "match self.get_name() {");
        p.line(12, "Some(name) => format!(\"<" + c.name() + ".{}: {}>\", name, self.get_value()),");
        p.line(12, "None => format!(\"<" + c.name() + ": {}>\", self.get_value()),");
        p.line(8, "}");
        p.line(4, "}");
        p.blank();
        p.line(4, "fn str(&self) -> String {");
        if (info.intEnum) {
            p.line(8, "self.get_value().to_string()"); // IntFlag's str() is its int's
        } else {
            p.line(8, "match self.get_name() {");
            p.line(12, "Some(name) => format!(\"" + c.name() + ".{}\", name),");
            p.line(12, "None => format!(\"" + c.name() + "({})\", self.get_value()),");
            p.line(8, "}");
        }
        p.line(4, "}");
        p.line(0, "}");
        p.blank();
        EnumClasses.formatImpl(p, name, info.intEnum);
        // Each value is made once, so identity is equality; a dict keyed by them needs only a
        // hash that agrees (their order is insertion order). A Flag is kept out of sets (CPython
        // hashes it by its name, a composite of nothing by None's address); an IntFlag is an int:
        // it hashes and orders as its value.
        EnumClasses.hashImpls(p, name, "self.get_value()", true, info.intEnum);
        if (info.intEnum) {
            EnumClasses.valueOrder(p, name);
        }
    }
}
