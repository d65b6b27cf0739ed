package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code re} module (CPython 3.11) for str patterns: calls of the runtime's {@code re}
 * module ({@code src/main/resources/rust/re.rs}), which parses patterns with CPython's messages
 * and matches them with sre's backtracking rules. {@code re.Pattern[str]} and {@code re.Match[str]}
 * are {@link PyType.LibT}s whose {@code elem} is, where the pattern is a constant, the tuple of
 * its groups' types ({@code str} for a group that takes part in every match, else
 * {@code Optional[str]}; see {@link RegexShape}), and null where the pattern is only known when
 * the program runs. That decides the types of {@code findall}, {@code split}, {@code group(n)}
 * and {@code groups()}. A constant pattern with a syntax error is refused with CPython's message.
 * Flags are accepted in flags arguments only (as values they would print as ints, where CPython
 * prints {@code re.IGNORECASE}).
 */
final class ReModule implements StdlibModule {

    private static final Map<String, Integer> FLAGS = Map.ofEntries(
            Map.entry("I", 2), Map.entry("IGNORECASE", 2), Map.entry("M", 8), Map.entry("MULTILINE", 8),
            Map.entry("S", 16), Map.entry("DOTALL", 16), Map.entry("X", 64), Map.entry("VERBOSE", 64),
            Map.entry("A", 256), Map.entry("ASCII", 256), Map.entry("U", 32), Map.entry("UNICODE", 32),
            Map.entry("L", 4), Map.entry("LOCALE", 4), Map.entry("T", 1), Map.entry("TEMPLATE", 1),
            Map.entry("DEBUG", 128), Map.entry("NOFLAG", 0));

    private static final Set<String> FUNCTIONS = Set.of(
            "compile", "search", "match", "fullmatch", "split", "findall", "finditer", "sub", "subn", "escape",
            "purge", "template");

    private static final Set<String> OTHERS = Set.of("error", "Pattern", "Match", "RegexFlag", "Scanner", "copyreg",
            "enum", "functools", "_compiler", "_parser", "_constants", "_casefix", "__version__");

    @Override
    public String name() {
        return "re";
    }

    @Override
    public boolean has(String member) {
        return FLAGS.containsKey(member) || FUNCTIONS.contains(member) || OTHERS.contains(member);
    }

    @Override
    public FunctionTranslator.Val value(String member, Node at) {
        if (FLAGS.containsKey(member)) {
            throw Unsupported.construct("re." + member + " outside a flags argument (CPython prints a RegexFlag, "
                    + "not an int)", at);
        }
        if (has(member)) {
            throw Unsupported.construct("re." + member + " used as a value", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public PyType annotation(String member, List<PyType> args, Node at) {
        if (!member.equals("Pattern") && !member.equals("Match")) {
            throw has(member) ? Unsupported.construct("type annotation 're." + member + "'", at) : noAttribute(member, at);
        }
        if (args.size() != 1 || args.get(0) != PyType.STR) {
            throw Unsupported.construct("re." + member + " of anything but str (bytes patterns are not translated)", at);
        }
        return type(member, null);
    }

    /** {@code re.Pattern[str]} or {@code re.Match[str]}, with the groups' types where known. */
    static PyType.LibT type(String name, PyType.TupleT groups) {
        return new PyType.LibT("re", name, List.of(PyType.STR), groups);
    }

    /** {@code re.error} in an except clause: the class name the runtime raises it by; else null. */
    static String exceptionClass(FunctionTranslator ft, Expr e) {
        if (e instanceof Expr.Attribute a && ft.importedModule(a.value()) instanceof ReModule && a.attr().equals("error")) {
            return "re.error";
        }
        if (e instanceof Expr.Name n && !ft.isLocal(n.id()) && ft.module.stdlib.member(n.id()) != null
                && ft.module.stdlib.member(n.id()).module() instanceof ReModule
                && ft.module.stdlib.member(n.id()).member().equals("error")) {
            return "re.error";
        }
        return null;
    }

    /** The placeholder of a Pattern variable declared ahead of its assignment (see FunctionTranslator.defaultValue). */
    static String placeholder(PyType.LibT t) {
        return t.name().equals("Pattern") ? "re::Pattern::unset()" : null;
    }

    static boolean isRe(PyType t) {
        return t instanceof PyType.LibT l && l.module().equals("re");
    }

    /**
     * Whether a value of type {@code from} may stand where {@code to} is expected: the same
     * re type (or Optional of it), {@code to} knowing less of the groups.
     */
    static boolean widens(PyType from, PyType to) {
        if (from instanceof PyType.OptionalT a && to instanceof PyType.OptionalT b) {
            return widens(a.inner(), b.inner());
        }
        return from instanceof PyType.LibT a && to instanceof PyType.LibT b && a.module().equals("re")
                && b.module().equals("re") && a.name().equals(b.name()) && b.elem() == null;
    }

    /**
     * Refuses, in words, a value of one pattern's Pattern or Match type where another pattern's is
     * expected (a variable rebound, a list of patterns): their groups' types differ, so one static
     * type cannot say which groups always take part.
     */
    static void refuseMixedPatterns(PyType from, PyType to, Node at) {
        PyType a = from instanceof PyType.OptionalT o ? o.inner() : from;
        PyType b = to instanceof PyType.OptionalT o ? o.inner() : to;
        if (isRe(a) && isRe(b) && ((PyType.LibT) a).name().equals(((PyType.LibT) b).name())) {
            String name = ((PyType.LibT) a).name();
            throw Unsupported.construct("a re." + name + " of one pattern where a re." + name + " of another is "
                    + "expected (their groups differ: " + groupsText(((PyType.LibT) a).elem()) + " and "
                    + groupsText(((PyType.LibT) b).elem()) + "); use a variable or list for each pattern", at);
        }
    }

    private static String groupsText(PyType groups) {
        return groups == null ? "not known before the program runs" : groups.python();
    }

    private static PyType.TupleT shapeType(RegexShape shape) {
        if (shape == null) {
            return null;
        }
        List<PyType> types = new ArrayList<>();
        for (int g = 1; g <= shape.groups(); g++) {
            types.add(shape.always(g) ? PyType.STR : new PyType.OptionalT(PyType.STR));
        }
        return new PyType.TupleT(types);
    }

    private static FunctionTranslator.Val val(RExpr code, PyType type) {
        return new FunctionTranslator.Val(code, type, FunctionTranslator.Kind.OWNED);
    }

    // ------------------------------------------------------------------ arguments

    /** Binds a call's arguments to parameter names, as CPython would, refusing the rest (also datetime's). */
    static Map<String, Expr> bind(Expr.Call c, String fn, List<String> params, int required) {
        Map<String, Expr> out = new LinkedHashMap<>();
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                throw Unsupported.construct("*arguments in a call of " + fn + "()", a);
            }
        }
        if (c.args().size() > params.size()) {
            throw Unsupported.type(fn + "() takes at most " + params.size() + " arguments (" + c.args().size()
                    + " given)", c);
        }
        for (int i = 0; i < c.args().size(); i++) {
            out.put(params.get(i), c.args().get(i));
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null || !params.contains(k.arg())) {
                throw Unsupported.type(fn + "() got an unexpected keyword argument '" + k.arg() + "'", k);
            }
            if (out.put(k.arg(), k.value()) != null) {
                throw Unsupported.type(fn + "() got multiple values for argument '" + k.arg() + "'", k);
            }
        }
        for (int i = 0; i < required; i++) {
            if (!out.containsKey(params.get(i))) {
                throw Unsupported.type(fn + "() missing required argument '" + params.get(i) + "'", c);
            }
        }
        return out;
    }

    /** A flags argument: its Rust value and, where it is a constant, its value. */
    private record Flags(RExpr code, Integer constant) {}

    private Flags flags(FunctionTranslator ft, Expr e) {
        if (e == null) {
            return new Flags(new RExpr.Atom("0"), 0);
        }
        Integer k = constantFlags(ft, e);
        if (k != null) {
            return new Flags(new RExpr.Atom(k + "_i64"), k);
        }
        FunctionTranslator.Val v = ft.expr(e, PyType.INT);
        if (v.type() != PyType.INT) {
            throw Unsupported.type("flags must be an int or re flags, not " + v.type().python(), e);
        }
        return new Flags(ft.owned(v), null);
    }

    private Integer constantFlags(FunctionTranslator ft, Expr e) {
        if (e instanceof Expr.Attribute a && ft.importedModule(a.value()) == this && FLAGS.containsKey(a.attr())) {
            return FLAGS.get(a.attr());
        }
        if (e instanceof Expr.Name n && !ft.isLocal(n.id()) && ft.module.stdlib.member(n.id()) != null
                && ft.module.stdlib.member(n.id()).module() == this && FLAGS.containsKey(ft.module.stdlib.member(n.id()).member())) {
            return FLAGS.get(ft.module.stdlib.member(n.id()).member());
        }
        if (e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Int i && i.value().bitLength() < 31) {
            return i.value().intValue();
        }
        if (e instanceof Expr.BinOp b && b.op() == Operator.BitOr) {
            Integer l = constantFlags(ft, b.left());
            Integer r = constantFlags(ft, b.right());
            return l == null || r == null ? null : l | r;
        }
        return null;
    }

    /** A compiled pattern in Rust (a {@code re::Pattern} value) and what is known of its groups. */
    private record Compiled(RExpr code, PyType.LibT type) {}

    /** The pattern argument of a module function: a str (compiled here) or a Pattern. */
    private Compiled pattern(FunctionTranslator ft, Expr e, Flags flags) {
        if (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str s) {
            RegexShape shape = flags.constant() == null ? null : shape(s.value(), flags.constant(), e);
            RExpr code = ft.tryOf(RExpr.call("re::compile", new RExpr.Atom(RustLiterals.string(s.value())), flags.code()));
            return new Compiled(code, type("Pattern", shapeType(shape)));
        }
        FunctionTranslator.Val v = ft.expr(e, null);
        if (v.type() == PyType.STR) {
            return new Compiled(ft.tryOf(RExpr.call("re::compile", ft.strRef(v), flags.code())), type("Pattern", null));
        }
        if (isRe(v.type()) && ((PyType.LibT) v.type()).name().equals("Pattern")) {
            if (flags.constant() == null || flags.constant() != 0) {
                throw Unsupported.construct("flags with a compiled pattern (CPython raises ValueError: cannot "
                        + "process flags argument with a compiled pattern)", e);
            }
            return new Compiled(ft.ref(v), (PyType.LibT) v.type());
        }
        throw Unsupported.type("first argument must be string or compiled pattern, not " + v.type().python(), e);
    }

    /** The shape of a constant pattern; its syntax error is refused with CPython's words. */
    private static RegexShape shape(String pattern, int flags, Node at) {
        try {
            return RegexShape.parse(pattern, flags);
        } catch (RegexShape.SyntaxError err) {
            throw Unsupported.type(err.kind + ": " + err.text(pattern) + " (the pattern " + RegexShape.repr(pattern)
                    + " raises this when compiled)", at);
        }
    }

    private static RExpr str(FunctionTranslator ft, Expr e, String what) {
        FunctionTranslator.Val v = ft.expr(e, PyType.STR);
        if (v.type() != PyType.STR) {
            throw Unsupported.type(what + " must be str, not " + v.type().python(), e);
        }
        return ft.strRef(v);
    }

    private static RExpr integer(FunctionTranslator ft, Expr e, String dflt) {
        if (e == null) {
            return new RExpr.Atom(dflt);
        }
        FunctionTranslator.Val v = ft.expr(e, PyType.INT);
        RExpr asInt = BoolNumbers.intArgument(ft, v);
        if (asInt == null) {
            throw Unsupported.type("'" + v.type().python() + "' object cannot be interpreted as an integer", e);
        }
        return asInt;
    }

    // ------------------------------------------------------------------ module functions

    @Override
    public FunctionTranslator.Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (!FUNCTIONS.contains(member)) {
            throw has(member) ? Unsupported.construct("re." + member + "()", c) : noAttribute(member, c.func());
        }
        switch (member) {
            case "escape": {
                Map<String, Expr> a = bind(c, "escape", List.of("pattern"), 1);
                return val(RExpr.call("re::escape", str(ft, a.get("pattern"), "pattern")), PyType.STR);
            }
            case "compile": {
                Map<String, Expr> a = bind(c, "compile", List.of("pattern", "flags"), 1);
                Compiled p = pattern(ft, a.get("pattern"), flags(ft, a.get("flags")));
                RExpr code = p.code() instanceof RExpr.Unary u && u.op().equals("&") ? RExpr.method(u.operand(), "clone")
                        : p.code();
                return val(code, p.type());
            }
            case "search", "match", "fullmatch": {
                Map<String, Expr> a = bind(c, member, List.of("pattern", "string", "flags"), 2);
                Compiled p = pattern(ft, a.get("pattern"), flags(ft, a.get("flags")));
                return matchCall(ft, p, member, str(ft, a.get("string"), "string"), null, null);
            }
            case "findall", "finditer": {
                Map<String, Expr> a = bind(c, member, List.of("pattern", "string", "flags"), 2);
                Compiled p = pattern(ft, a.get("pattern"), flags(ft, a.get("flags")));
                return scan(ft, p, member, str(ft, a.get("string"), "string"), null, null, c);
            }
            case "sub", "subn": {
                Map<String, Expr> a = bind(c, member, List.of("pattern", "repl", "string", "count", "flags"), 3);
                Flags f = flags(ft, a.get("flags"));
                Compiled p = pattern(ft, a.get("pattern"), f);
                return substitute(ft, p, member, a.get("repl"), a.get("string"), a.get("count"));
            }
            case "split": {
                Map<String, Expr> a = bind(c, member, List.of("pattern", "string", "maxsplit", "flags"), 2);
                Compiled p = pattern(ft, a.get("pattern"), flags(ft, a.get("flags")));
                return split(ft, p, str(ft, a.get("string"), "string"), a.get("maxsplit"));
            }
            default:
                throw Unsupported.construct("re." + member + "()", c);
        }
    }

    private FunctionTranslator.Val matchCall(FunctionTranslator ft, Compiled p, String how, RExpr s, Expr pos,
                                             Expr endpos) {
        String method = how.equals("match") ? "prefix" : how;
        RExpr call = RExpr.method(p.code(), method, s, integer(ft, pos, "0"), integer(ft, endpos, "i64::MAX"));
        return val(call, new PyType.OptionalT(type("Match", (PyType.TupleT) p.type().elem())));
    }

    private FunctionTranslator.Val scan(FunctionTranslator ft, Compiled p, String how, RExpr s, Expr pos, Expr endpos,
                                        Node at) {
        RExpr from = integer(ft, pos, "0");
        RExpr to = integer(ft, endpos, "i64::MAX");
        PyType.TupleT groups = (PyType.TupleT) p.type().elem();
        if (how.equals("finditer")) {
            return val(RExpr.method(p.code(), "finditer", s, from, to),
                    new PyType.IterT(type("Match", groups), "callable_iterator"));
        }
        if (groups == null) {
            throw Unsupported.construct("findall() of a pattern known only at run time (its number of groups decides "
                    + "whether it gives strs or tuples; use a constant pattern)", at);
        }
        int n = groups.elems().size();
        if (n <= 1) {
            return val(RExpr.method(p.code(), "findall", s, from, to), new PyType.ListT(PyType.STR));
        }
        PyType.TupleT tuple = new PyType.TupleT(java.util.Collections.nCopies(n, PyType.STR));
        RExpr code = RExpr.method(p.code(), "findall_tuples::<" + tuple.rust() + ">", s, from, to);
        List<PyType> types = tuple.elems();
        return val(code, new PyType.ListT(new PyType.TupleT(types)));
    }

    private FunctionTranslator.Val substitute(FunctionTranslator ft, Compiled p, String how, Expr repl, Expr string,
                                              Expr count) {
        PyType match = type("Match", (PyType.TupleT) p.type().elem());
        boolean function = repl instanceof Expr.Lambda || !(ft.probeType(repl) == PyType.STR);
        RExpr r;
        if (function) {
            FunctionTranslator.Val f = KeyFunctions.function(ft, repl, List.of(match), PyType.STR);
            if (!(f.type() instanceof PyType.FuncT t) || t.ret() != PyType.STR) {
                throw Unsupported.type("repl must be a str or a function of a Match that returns a str", repl);
            }
            r = new RExpr.Unary("&*", ft.owned(f));
        } else {
            r = str(ft, repl, "repl");
        }
        RExpr s = str(ft, string, "string");
        RExpr n = integer(ft, count, "0");
        String method = how + (function ? "_fn" : "");
        PyType type = how.equals("sub") ? PyType.STR : new PyType.TupleT(List.of(PyType.STR, PyType.INT));
        return val(ft.tryOf(RExpr.method(p.code(), method, r, s, n)), type);
    }

    private FunctionTranslator.Val split(FunctionTranslator ft, Compiled p, RExpr s, Expr maxsplit) {
        RExpr n = integer(ft, maxsplit, "0");
        PyType.TupleT groups = (PyType.TupleT) p.type().elem();
        boolean strs = groups != null && groups.elems().stream().allMatch(t -> t == PyType.STR);
        return val(RExpr.method(p.code(), strs ? "split_str" : "split", s, n),
                new PyType.ListT(strs ? PyType.STR : new PyType.OptionalT(PyType.STR)));
    }

    // ------------------------------------------------------------------ Pattern and Match methods

    @Override
    public FunctionTranslator.Val method(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                         String method, Expr.Call c) {
        if (type.name().equals("Pattern")) {
            Compiled p = new Compiled(ft.ref(recv), type);
            switch (method) {
                case "search", "match", "fullmatch": {
                    Map<String, Expr> a = bind(c, method, List.of("string", "pos", "endpos"), 1);
                    return matchCall(ft, p, method, str(ft, a.get("string"), "string"), a.get("pos"), a.get("endpos"));
                }
                case "findall", "finditer": {
                    Map<String, Expr> a = bind(c, method, List.of("string", "pos", "endpos"), 1);
                    return scan(ft, p, method, str(ft, a.get("string"), "string"), a.get("pos"), a.get("endpos"), c);
                }
                case "sub", "subn": {
                    Map<String, Expr> a = bind(c, method, List.of("repl", "string", "count"), 2);
                    return substitute(ft, p, method, a.get("repl"), a.get("string"), a.get("count"));
                }
                case "split": {
                    Map<String, Expr> a = bind(c, method, List.of("string", "maxsplit"), 1);
                    return split(ft, p, str(ft, a.get("string"), "string"), a.get("maxsplit"));
                }
                default:
                    throw Unsupported.construct("method '" + method + "' of re.Pattern", c);
            }
        }
        PyType.TupleT groups = (PyType.TupleT) type.elem();
        RExpr m = recv.code();
        switch (method) {
            case "group": {
                if (!c.keywords().isEmpty()) {
                    throw Unsupported.type("group() takes no keyword arguments", c);
                }
                if (c.args().size() <= 1) {
                    return group(ft, m, groups, c.args().isEmpty() ? null : c.args().get(0));
                }
                List<RExpr> items = new ArrayList<>();
                List<PyType> types = new ArrayList<>();
                for (Expr a : c.args()) {
                    FunctionTranslator.Val g = group(ft, m, groups, a);
                    Local held = ft.temp("group", g.type());
                    ft.emit(new RStmt.Let(held, false, g.code()));
                    items.add(new RExpr.Atom(held.rust()));
                    types.add(g.type());
                }
                return val(new RExpr.Tuple(items), new PyType.TupleT(types));
            }
            case "groups": {
                Map<String, Expr> a = bind(c, "groups", List.of("default"), 0);
                if (groups == null) {
                    throw Unsupported.construct("groups() of a match of a pattern known only at run time (its number "
                            + "of groups makes the tuple's type; use a constant pattern)", c);
                }
                RExpr dflt = deflt(ft, a.get("default"));
                boolean filled = !(dflt instanceof RExpr.Atom at && at.text().equals("None"));
                List<PyType> types = new ArrayList<>();
                for (PyType g : groups.elems()) {
                    types.add(filled ? PyType.STR : g);
                }
                if (types.isEmpty()) {
                    return val(new RExpr.Atom("()"), new PyType.TupleT(types));
                }
                PyType.TupleT tuple = new PyType.TupleT(types);
                return val(RExpr.method(m, "groups_tuple::<" + tuple.rust() + ">", dflt), tuple);
            }
            case "groupdict": {
                Map<String, Expr> a = bind(c, "groupdict", List.of("default"), 0);
                RExpr dflt = deflt(ft, a.get("default"));
                boolean filled = !(dflt instanceof RExpr.Atom at && at.text().equals("None"));
                if (filled || (groups != null && groups.elems().stream().allMatch(t -> t == PyType.STR))) {
                    RExpr code = filled ? RExpr.method(m, "groupdict_or", ((RExpr.Call) dflt).args().get(0))
                            : RExpr.method(m, "groupdict_str");
                    return val(code, new PyType.DictT(PyType.STR, PyType.STR));
                }
                return val(RExpr.method(m, "groupdict", dflt), new PyType.DictT(PyType.STR, new PyType.OptionalT(PyType.STR)));
            }
            case "start", "end", "span": {
                Map<String, Expr> a = bind(c, method, List.of("group"), 0);
                RExpr g = groupIndex(ft, m, a.get("group"));
                PyType t = method.equals("span") ? new PyType.TupleT(List.of(PyType.INT, PyType.INT)) : PyType.INT;
                return val(ft.tryOf(RExpr.method(m, method, g)), t);
            }
            case "expand": {
                Map<String, Expr> a = bind(c, "expand", List.of("template"), 1);
                return val(ft.tryOf(RExpr.method(m, "expand", str(ft, a.get("template"), "template"))), PyType.STR);
            }
            default:
                throw Unsupported.construct("method '" + method + "' of re.Match", c);
        }
    }

    private static RExpr deflt(FunctionTranslator ft, Expr e) {
        if (e == null || (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None)) {
            return new RExpr.Atom("None");
        }
        FunctionTranslator.Val v = ft.expr(e, PyType.STR);
        if (v.type() != PyType.STR) {
            throw Unsupported.type("a default of " + v.type().python() + " (str or None only)", e);
        }
        return RExpr.call("Some", ft.owned(v));
    }

    /** A group argument as the group's number: an int, or a name looked up in the match's pattern. */
    private static RExpr groupIndex(FunctionTranslator ft, RExpr m, Expr e) {
        if (e == null) {
            return new RExpr.Atom("0");
        }
        FunctionTranslator.Val v = ft.expr(e, null);
        if (v.type() == PyType.STR) {
            return ft.tryOf(RExpr.method(m, "gid", ft.strRef(v)));
        }
        RExpr asInt = BoolNumbers.intArgument(ft, v);
        if (asInt == null) {
            throw Unsupported.type("a group is an int or a str, not " + v.type().python(), e);
        }
        return asInt;
    }

    /** {@code m.group(g)}: str where the group takes part in every match, else Optional[str]. */
    private static FunctionTranslator.Val group(FunctionTranslator ft, RExpr m, PyType.TupleT groups, Expr e) {
        if (e == null || (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int i && i.value().signum() == 0)) {
            return val(RExpr.method(m, "group0"), PyType.STR);
        }
        boolean always;
        if (groups == null) {
            always = false;
        } else if (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Int i) {
            int g = i.value().bitLength() < 31 ? i.value().intValue() : -1;
            always = g >= 1 && g <= groups.elems().size() && groups.elems().get(g - 1) == PyType.STR;
        } else {
            always = groups.elems().stream().allMatch(t -> t == PyType.STR);
        }
        RExpr g = groupIndex(ft, m, e);
        if (always) {
            return val(ft.tryOf(RExpr.method(m, "group_str", g)), PyType.STR);
        }
        return val(ft.tryOf(RExpr.method(m, "group", g)), new PyType.OptionalT(PyType.STR));
    }

    /** {@code m[g]}, as {@code m.group(g)}. */
    static FunctionTranslator.Val subscript(FunctionTranslator ft, FunctionTranslator.Val recv, Expr key) {
        PyType.LibT type = (PyType.LibT) recv.type();
        if (!type.name().equals("Match")) {
            throw Unsupported.type("'re.Pattern' object is not subscriptable", key);
        }
        return group(ft, recv.code(), (PyType.TupleT) type.elem(), key);
    }

    @Override
    public FunctionTranslator.Val attribute(FunctionTranslator ft, FunctionTranslator.Val recv, PyType.LibT type,
                                            String attr, Node at) {
        RExpr r = recv.code();
        if (type.name().equals("Pattern")) {
            return switch (attr) {
                case "pattern" -> val(RExpr.method(r, "pattern"), PyType.STR);
                case "flags", "groups" -> val(RExpr.method(r, attr), PyType.INT);
                case "groupindex" -> throw Unsupported.construct("Pattern.groupindex (CPython gives a mappingproxy)", at);
                default -> throw Unsupported.type("'re.Pattern' object has no attribute '" + attr + "'", at);
            };
        }
        return switch (attr) {
            case "string" -> val(RExpr.method(r, "string"), PyType.STR);
            case "pos", "endpos" -> val(RExpr.method(r, attr), PyType.INT);
            case "lastindex" -> val(RExpr.method(r, "lastindex"), new PyType.OptionalT(PyType.INT));
            case "lastgroup" -> val(RExpr.method(r, "lastgroup"), new PyType.OptionalT(PyType.STR));
            case "re" -> val(RExpr.method(r, "re"), type("Pattern", (PyType.TupleT) type.elem()));
            default -> throw Unsupported.type("'re.Match' object has no attribute '" + attr + "'", at);
        };
    }

    /** A Pattern or Match prints as CPython's repr ({@code <re.Match object; span=(0, 3), match='abc'>}). */
    @Override
    public boolean printable(PyType.LibT type) {
        return type.name().equals("Pattern") || type.name().equals("Match");
    }
}
