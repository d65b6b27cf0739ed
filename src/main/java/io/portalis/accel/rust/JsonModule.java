package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code json} module (CPython 3.11): {@code dumps} with {@code indent},
 * {@code separators}, {@code sort_keys}, {@code ensure_ascii} and {@code allow_nan}, and
 * {@code loads} into the type the program declares for the result (the annotation of the
 * assignment, parameter or return that receives it; {@code Any} where none is declared), as calls
 * of the runtime's {@code json} module ({@code src/main/resources/rust/json.rs}). What a value
 * of each static type becomes is the runtime's {@code Encode}/{@code Decode} impl for its Rust
 * type; this class checks that the type has one and refuses the rest by name. A document whose
 * shape is not the declared type stops the program at run time (CPython would return the other
 * type, which a translated slot cannot hold). {@code json.dump}/{@code json.load} need file
 * objects and are refused.
 */
final class JsonModule implements StdlibModule {

    /** The class name the runtime raises {@code json.JSONDecodeError} by (as CPython prints it). */
    static final String DECODE_ERROR = "json.decoder.JSONDecodeError";

    private static final Set<String> OTHERS = Set.of("JSONDecodeError", "JSONEncoder", "JSONDecoder", "decoder",
            "encoder", "scanner", "detect_encoding", "codecs");
    private static final Set<String> BOOL_OPTIONS = Set.of("sort_keys", "ensure_ascii", "allow_nan");
    /** Keyword arguments of dumps that only their default value may be given for. */
    private static final Map<String, Boolean> FIXED_OPTIONS = Map.of("skipkeys", false, "check_circular", true);

    @Override
    public String name() {
        return "json";
    }

    @Override
    public boolean has(String member) {
        return member.equals("dumps") || member.equals("loads") || member.equals("dump") || member.equals("load")
                || OTHERS.contains(member);
    }

    @Override
    public Val value(String member, Node at) {
        if (has(member)) {
            throw Unsupported.construct("json." + member + " used as a value", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public Val call(FunctionTranslator ft, String member, Expr.Call c) {
        return call(ft, member, c, null);
    }

    @Override
    public Val call(FunctionTranslator ft, String member, Expr.Call c, PyType expected) {
        return switch (member) {
            case "dumps" -> dumps(ft, c);
            case "loads" -> loads(ft, c, expected);
            case "dump", "load" -> throw Unsupported.construct("json." + member + "() (it needs a file object, which "
                    + "the translation does not have; use json." + member + "s)", c);
            default -> {
                if (has(member)) {
                    throw Unsupported.construct("json." + member, c);
                }
                throw noAttribute(member, c.func());
            }
        };
    }

    /** The base class of the module's exception, for the program's exception table. */
    static Map<String, String> exceptionBases(StdlibImports imports) {
        return imports.uses("json") ? Map.of(DECODE_ERROR, "ValueError") : Map.of();
    }

    /** {@code json.JSONDecodeError} in an except clause: the class name the runtime raises it by; else null. */
    static String exceptionClass(FunctionTranslator ft, Expr e) {
        if (e instanceof Expr.Attribute a && a.attr().equals("JSONDecodeError")
                && ft.importedModule(a.value()) instanceof JsonModule) {
            return DECODE_ERROR;
        }
        if (e instanceof Expr.Name n && !ft.isLocal(n.id()) && ft.module.stdlib.member(n.id()) != null
                && ft.module.stdlib.member(n.id()).module() instanceof JsonModule
                && ft.module.stdlib.member(n.id()).member().equals("JSONDecodeError")) {
            return DECODE_ERROR;
        }
        return null;
    }

    // ------------------------------------------------------------------ dumps

    private static Val dumps(FunctionTranslator ft, Expr.Call c) {
        if (c.args().size() != 1 || c.args().get(0) instanceof Expr.Starred) {
            throw Unsupported.type("dumps() takes 1 positional argument (the object; the options by keyword)", c);
        }
        Expr objE = c.args().get(0);
        RExpr value = asdict(ft, objE);
        if (value == null) {
            Val v = ft.expr(objE, null);
            value = encodable(ft, v, objE);
        }
        RExpr opts = RExpr.call("json::Options::new");
        Set<String> seen = new java.util.HashSet<>();
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                throw Unsupported.construct("**arguments in a call of json.dumps()", k);
            }
            if (!seen.add(k.arg())) {
                throw Unsupported.type("keyword argument repeated: " + k.arg(), k);
            }
            opts = option(ft, opts, k);
        }
        return new Val(ft.tryOf(RExpr.call("json::dumps", value, opts)), PyType.STR, Kind.OWNED);
    }

    /** One keyword argument of dumps as a builder call on {@code json::Options}. */
    private static RExpr option(FunctionTranslator ft, RExpr opts, Keyword k) {
        String name = k.arg();
        Expr e = k.value();
        if (BOOL_OPTIONS.contains(name)) {
            Val v = ft.expr(e, PyType.BOOL);
            if (v.type() != PyType.BOOL) {
                throw Unsupported.construct("json.dumps " + name + "= of " + v.type().python() + " (a bool expected)", e);
            }
            return RExpr.method(opts, name, ft.owned(v));
        }
        if (FIXED_OPTIONS.containsKey(name)) {
            boolean wanted = FIXED_OPTIONS.get(name);
            if (e instanceof Expr.Constant k2 && k2.value() instanceof ConstantValue.Bool b && b.value() == wanted) {
                return opts;
            }
            throw Unsupported.construct("json.dumps " + name + "= other than " + (wanted ? "True" : "False"), e);
        }
        switch (name) {
            case "indent" -> {
                if (isNone(e)) {
                    return RExpr.method(opts, "indent_none");
                }
                Val v = ft.expr(e, null);
                if (v.type() == PyType.STR) {
                    return RExpr.method(opts, "indent_str", ft.owned(v));
                }
                RExpr n = BoolNumbers.intArgument(ft, v);
                if (n == null) {
                    throw Unsupported.construct("json.dumps indent= of " + v.type().python()
                            + " (None, an int or a str expected)", e);
                }
                return RExpr.method(opts, "indent", n);
            }
            case "separators" -> {
                if (isNone(e)) {
                    return RExpr.method(opts, "separators_none");
                }
                Val v = ft.expr(e, new PyType.TupleT(List.of(PyType.STR, PyType.STR)));
                if (!v.type().equals(new PyType.TupleT(List.of(PyType.STR, PyType.STR)))) {
                    throw Unsupported.construct("json.dumps separators= of " + v.type().python()
                            + " (a tuple of two str or None expected)", e);
                }
                return RExpr.method(opts, "separators", ft.owned(v));
            }
            case "default", "cls" -> throw Unsupported.construct("json.dumps " + name + "=", e);
            default -> throw Unsupported.type("JSONEncoder.__init__() got an unexpected keyword argument '" + name + "'", k);
        }
    }

    /**
     * The value to encode, borrowed: its static type must have the runtime's {@code Encode}. A
     * bare object of a user class raises CPython's TypeError; one inside a container is refused.
     */
    private static RExpr encodable(FunctionTranslator ft, Val v, Node at) {
        PyType t = v.type();
        if (t instanceof PyType.ClassT ct && !EnumClasses.isEnum(t) && !ct.info().exception()) {
            // CPython's default(): TypeError naming the object's own class, raised by dumps itself
            // (after the keyword arguments are evaluated).
            RExpr name = RExpr.method(ft.owned(v), "class_name");
            return new RExpr.Unary("&", RExpr.call("json::Unserializable", name));
        }
        if (t instanceof PyType.DictT d && !d.plain()) {
            checkEncodable(new PyType.DictT(d.key(), d.value()), at);
            return RExpr.call("std::ops::Deref::deref", ft.ref(v)); // the py::Dict it extends
        }
        checkEncodable(t, at);
        return ft.ref(v);
    }

    private static void checkEncodable(PyType t, Node at) {
        String why = unencodable(t);
        if (why != null) {
            throw Unsupported.construct("json.dumps() of a " + t.python() + " (" + why + ")", at);
        }
    }

    /** Why the runtime cannot write a value of this type as CPython does, or null where it can. */
    private static String unencodable(PyType t) {
        if (t == PyType.INT || t == PyType.BIG || t == PyType.FLOAT || t == PyType.NUM || t == PyType.BOOL
                || t == PyType.STR || t == PyType.NONE) {
            return null;
        }
        if (t instanceof PyType.OptionalT o) {
            return unencodable(o.inner());
        }
        if (t instanceof PyType.ListT l) {
            return unencodable(l.elem());
        }
        if (t instanceof PyType.SetT) {
            return null; // CPython's TypeError, raised by the runtime
        }
        if (t instanceof PyType.VarTupleT vt) {
            return unencodable(vt.elem());
        }
        if (t instanceof PyType.TupleT tt) {
            if (tt.elems().isEmpty() || tt.elems().size() > 5) {
                return "a tuple of 1 to 5 items is written";
            }
            return tt.elems().stream().map(JsonModule::unencodable).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        if (t instanceof PyType.DictT d) {
            if (!d.plain()) {
                return "a " + d.flavor() + " inside another value";
            }
            PyType k = d.key();
            if (!(k == PyType.STR || k == PyType.INT || k == PyType.BIG || k == PyType.BOOL || k instanceof PyType.TupleT)
                    || (k instanceof PyType.TupleT kt && (kt.elems().isEmpty() || kt.elems().size() > 5))) {
                return "keys of type " + k.python();
            }
            return unencodable(d.value());
        }
        if (t instanceof PyType.UnionT u) {
            for (PyType m : u.members()) {
                if (!(m == PyType.INT || m == PyType.BIG || m == PyType.FLOAT || m == PyType.BOOL || m == PyType.STR)) {
                    return "a union member " + m.python() + " inside it";
                }
            }
            return null;
        }
        if (EnumClasses.isEnum(t)) {
            return "enum members are not written (CPython writes an IntEnum member as its int and refuses an Enum's)";
        }
        if (t instanceof PyType.ClassT) {
            return "an object of a class inside it: CPython's TypeError is raised only where the container is not empty";
        }
        return "no JSON form is translated for it";
    }

    /**
     * {@code json.dumps(asdict(obj))} ({@code from dataclasses import asdict}): the dataclass's fields
     * written as an object, nested dataclass fields as objects; null for any other argument.
     */
    private static RExpr asdict(FunctionTranslator ft, Expr e) {
        if (!(e instanceof Expr.Call call) || call.args().size() != 1 || !call.keywords().isEmpty()) {
            return null;
        }
        if (!(call.func() instanceof Expr.Name n && n.id().equals("asdict") && !ft.isLocal("asdict")
                && ft.module.classFormNames.contains("asdict"))) {
            return null;
        }
        Val obj = ft.expr(call.args().get(0), null);
        if (!(obj.type() instanceof PyType.ClassT ct) || !ct.info().dataclass() || ct.info().root().family().size() > 1) {
            return null; // asdict's own translation says why
        }
        Local held = ft.tempLocal("object", obj.type());
        ft.out.add(new RStmt.Let(held, false, ft.owned(obj)));
        return new RExpr.Unary("&", fields(new RExpr.Atom(held.rust()), ct.info(), call));
    }

    private static RExpr fields(RExpr obj, ClassInfo k, Node at) {
        List<RExpr> pairs = new ArrayList<>();
        for (String f : ClassEmitter.dataclassFields(k)) {
            PyType t = k.field(f);
            RExpr get = RExpr.method(obj, "get_" + FunctionTranslator.fieldName(f));
            RExpr value;
            if (t instanceof PyType.ClassT c && c.info().dataclass() && c.info().root().family().size() == 1) {
                value = fields(get, c.info(), at);
            } else {
                if (DataclassExtras.holdsDataclass(t)) {
                    throw Unsupported.construct("json.dumps(asdict(...)) of a dataclass with a " + t.python()
                            + " field (only dataclass fields of dataclasses are converted)", at);
                }
                checkEncodable(t, at);
                value = get;
            }
            pairs.add(RExpr.call("json::field", new RExpr.Atom(RustLiterals.string(f)), value));
        }
        return RExpr.call("json::Fields", new RExpr.Macro("vec", pairs, true, false));
    }

    // ------------------------------------------------------------------ loads

    private static Val loads(FunctionTranslator ft, Expr.Call c, PyType expected) {
        if (c.args().size() != 1 || c.args().get(0) instanceof Expr.Starred) {
            throw Unsupported.type("loads() takes 1 positional argument (the document)", c);
        }
        for (Keyword k : c.keywords()) {
            throw Unsupported.construct("json.loads " + (k.arg() == null ? "**arguments" : k.arg() + "="), k);
        }
        PyType target = expected == null ? new PyType.UnionT(List.of(), "Any") : expected;
        String why = undecodable(target, c);
        if (why != null) {
            throw Unsupported.construct("json.loads() into a " + target.python() + " (" + why + ")", c);
        }
        Expr docE = c.args().get(0);
        Val doc = ft.expr(docE, PyType.STR);
        if (doc.type() != PyType.STR) {
            throw Unsupported.construct("json.loads() of a " + doc.type().python() + " (a str expected)", docE);
        }
        // The declared type is the context's, so rustc infers it; a turbofish only for Any.
        RExpr call = RExpr.call(expected == null ? "json::loads::<py::Obj>" : "json::loads", ft.strRef(doc),
                new RExpr.Atom(BigInts.on(ft) ? "true" : "false"));
        return new Val(ft.tryOf(call), target, Kind.OWNED);
    }

    /** Why a document cannot be decoded into this declared type, or null where it can. */
    private static String undecodable(PyType t, Node at) {
        if (t == PyType.FLOAT) {
            // A document's int stays an int in a float slot: the module needs float slots that hold ints.
            throw NumericTower.refuseIntInFloatSlot(at);
        }
        if (t == PyType.INT || t == PyType.BIG || t == PyType.NUM || t == PyType.BOOL || t == PyType.STR
                || t == PyType.NONE) {
            return null;
        }
        if (t instanceof PyType.OptionalT o) {
            return undecodable(o.inner(), at);
        }
        if (t instanceof PyType.ListT l) {
            return undecodable(l.elem(), at);
        }
        if (t instanceof PyType.DictT d) {
            if (!d.plain() || d.key() != PyType.STR) {
                return "a JSON object decodes to a plain dict with str keys";
            }
            return undecodable(d.value(), at);
        }
        if (t instanceof PyType.UnionT u) {
            return u.any() ? null : "a union other than Any or object";
        }
        if (t instanceof PyType.TupleT || t instanceof PyType.VarTupleT) {
            return "a JSON array decodes to a list, never a tuple";
        }
        return "JSON decodes only to dict, list, str, int, float, bool and None";
    }

    private static boolean isNone(Expr e) {
        return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None;
    }
}
