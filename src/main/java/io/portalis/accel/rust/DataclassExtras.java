package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code dataclasses} adds to a plain {@code @dataclass}: the decorator's {@code frozen},
 * {@code order} and {@code eq} options, {@code field(default=, default_factory=, init=, repr=,
 * compare=)}, {@code __post_init__}, and the functions {@code replace}, {@code asdict} and
 * {@code astuple}. The ordering methods of {@code order=True} are written as the Python methods
 * CPython generates (comparing tuples of the fields), so they dispatch as a user's would.
 */
final class DataclassExtras {
    /** The names {@code from dataclasses import ...} may bind. */
    static final Set<String> NAMES = Set.of("dataclass", "field", "replace", "asdict", "astuple");
    private static final Set<String> OPTIONS = Set.of("frozen", "order", "eq");
    private static final Set<String> FIELD_ARGS = Set.of("default", "default_factory", "init", "repr", "compare");
    private static final List<String> ORDER = List.of("__lt__", "__le__", "__gt__", "__ge__");

    /** One field's {@code field(init=, repr=, compare=)}. */
    record FieldSpec(boolean init, boolean repr, boolean compare) {
        static final FieldSpec DEFAULT = new FieldSpec(true, true, true);
    }

    /** A dataclass's options and its fields' specs. */
    static final class Spec {
        boolean frozen;
        boolean order;
        boolean eq = true;
        /** A typing.NamedTuple class, translated as a frozen ordered dataclass ({@link NamedTuples}). */
        boolean namedTuple;
        final Map<String, FieldSpec> fields = new LinkedHashMap<>();

        FieldSpec field(String name) {
            return fields.getOrDefault(name, FieldSpec.DEFAULT);
        }
    }

    private DataclassExtras() {
    }

    // ------------------------------------------------------------------ declaration

    /** {@code @dataclass(frozen=True, order=True, eq=False)}: the options, each a literal bool. */
    static void options(Expr.Call call, Spec spec) {
        if (!call.args().isEmpty()) {
            throw Unsupported.type("dataclass() takes its options by keyword", call.args().get(0));
        }
        for (Keyword k : call.keywords()) {
            if (k.arg() == null || !OPTIONS.contains(k.arg())) {
                throw Unsupported.construct("dataclass(" + k.arg() + "=...)", k);
            }
            boolean on = literalBool(k.value());
            switch (k.arg()) {
                case "frozen" -> spec.frozen = on;
                case "order" -> spec.order = on;
                default -> spec.eq = on;
            }
        }
        if (spec.order && !spec.eq) {
            throw Unsupported.type("eq must be true if order is true (ValueError)", call);
        }
    }

    private static boolean literalBool(Expr e) {
        if (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Bool b) {
            return b.value();
        }
        throw Unsupported.construct("dataclass option other than True or False", e);
    }

    /** Checks a dataclass against its dataclass base: CPython refuses mixing frozen and not. */
    static void checkBase(ClassInfo c, Node at) {
        ClassInfo b = c.base();
        if (b != null && b.dataclass() && frozen(b) != frozen(c)) {
            throw Unsupported.type("cannot inherit " + (frozen(c) ? "frozen dataclass from a non-frozen one"
                    : "non-frozen dataclass from a frozen one") + " (TypeError)", at);
        }
    }

    static Spec spec(ClassInfo c) {
        return c.dataclassSpec();
    }

    static boolean frozen(ClassInfo c) {
        return c.dataclass() && spec(c).frozen;
    }

    /**
     * A dataclass field's default from its class body: {@code field(...)} is read into the
     * field's spec and gives the default or a factory call made at each construction; null
     * when the field has none.
     */
    static Expr fieldDefault(ClassInfo c, String name, Expr value, ModuleScope scope) {
        if (NamedTuples.is(c)) {
            return NamedTuples.fieldDefault(name, value);
        }
        if (!(value instanceof Expr.Call call && call.func() instanceof Expr.Name n && n.id().equals("field"))) {
            if (value instanceof Expr.List || value instanceof Expr.Dict || value instanceof Expr.Set) {
                throw Unsupported.construct("mutable default value", value);
            }
            return value;
        }
        if (!call.args().isEmpty()) {
            throw Unsupported.type("field() takes its arguments by keyword", call.args().get(0));
        }
        Expr dflt = null;
        Expr factory = null;
        boolean init = true;
        boolean repr = true;
        boolean compare = true;
        for (Keyword k : call.keywords()) {
            if (k.arg() == null || !FIELD_ARGS.contains(k.arg())) {
                throw Unsupported.construct("field(" + k.arg() + "=...)", k);
            }
            switch (k.arg()) {
                case "default" -> dflt = k.value();
                case "default_factory" -> factory = k.value();
                case "init" -> init = literalBool(k.value());
                case "repr" -> repr = literalBool(k.value());
                default -> compare = literalBool(k.value());
            }
        }
        if (dflt != null && factory != null) {
            throw Unsupported.type("cannot specify both default and default_factory (ValueError)", call);
        }
        if (dflt != null && !ConstantFolding.isConstant(dflt) && !(dflt instanceof Expr.Name)
                && !(dflt instanceof Expr.Attribute at && at.value() instanceof Expr.Name owner
                && scope.classOf(owner.id()) != null && scope.classOf(owner.id()).enumInfo() != null)) {
            // CPython makes field(default=...) once, at class creation; a call each construction would differ.
            throw Unsupported.construct("field(default=...) other than a constant, a name or an enum member (use default_factory)", dflt);
        }
        if (!init && dflt == null && factory == null) {
            throw Unsupported.construct("field(init=False) without a default (the attribute is unset until assigned)", call);
        }
        c.dataclassSpec().fields.put(name, new FieldSpec(init, repr, compare));
        if (factory != null) {
            if (!(factory instanceof Expr.Name f)) {
                throw Unsupported.construct("default_factory other than the name of a class or function", factory);
            }
            return new Expr.Call(f, List.of(), List.of(), value.start(), value.end());
        }
        return dflt;
    }

    /** Whether a dataclass may define this special method (beyond those of any class). */
    static boolean allows(ClassInfo c, String method) {
        return c.dataclass() && method.equals("__post_init__");
    }

    /**
     * The methods CPython writes for {@code order=True}: each compares the tuples of the two
     * objects' compared fields. Added to the class's methods, so operators, sorting, min and
     * max reach them as they reach a user's.
     */
    static void orderMethods(ClassInfo c) {
        NamedTuples.tupleMethods(c);
        if (!c.dataclass() || !spec(c).order) {
            return;
        }
        if (c.root().family().size() > 1) {
            throw Unsupported.construct("dataclass(order=True) in a class hierarchy (objects of different classes "
                    + "do not compare)", c.def());
        }
        for (String m : ORDER) {
            if (c.methods().containsKey(m)) {
                throw Unsupported.type("cannot overwrite attribute " + m + " in class " + c.name()
                        + " (TypeError with order=True)", c.methods().get(m));
            }
        }
        List<String> compared = ClassEmitter.dataclassFields(c).stream().filter(f -> compared(c, f)).toList();
        if (compared.isEmpty()) {
            throw Unsupported.construct("dataclass(order=True) without compared fields", c.def());
        }
        int at = c.def().start();
        Expr annotation = new Expr.Name(c.name(), ExprContext.Load, at, at);
        Expr bool = new Expr.Name("bool", ExprContext.Load, at, at);
        CmpOp[] ops = {CmpOp.Lt, CmpOp.LtE, CmpOp.Gt, CmpOp.GtE};
        for (int i = 0; i < ORDER.size(); i++) {
            Arguments args = new Arguments(List.of(), List.of(new Arg("self", null, null, at, at),
                    new Arg("other", annotation, null, at, at)), null, List.of(), List.of(), null, List.of(), at, at);
            Expr cmp = new Expr.Compare(fieldTuple("self", compared, at), List.of(ops[i]),
                    List.of(fieldTuple("other", compared, at)), at, at);
            Stmt.FunctionDef f = new Stmt.FunctionDef(ORDER.get(i), args, List.of(new Stmt.Return(cmp, at, at)),
                    List.of(), bool, null, at, at);
            c.methods().put(ORDER.get(i), f);
        }
    }

    private static Expr fieldTuple(String object, List<String> fields, int at) {
        List<Expr> items = new ArrayList<>();
        for (String f : fields) {
            items.add(new Expr.Attribute(new Expr.Name(object, ExprContext.Load, at, at), f, ExprContext.Load, at, at));
        }
        return new Expr.Tuple(items, ExprContext.Load, at, at);
    }

    /** Whether a generated {@code __init__} is being translated: it sets fields as object.__setattr__ does. */
    private static boolean inGeneratedInit(FunctionTranslator ft, ClassInfo c) {
        return ft.sig != null && ft.cls == c && ft.sig.pythonName().equals("__init__") && !c.methods().containsKey("__init__");
    }

    /** A frozen dataclass's attribute store: raises FrozenInstanceError; null where the store may go on. */
    static RStmt frozenStore(FunctionTranslator ft, ClassInfo c, String attr, Node at, boolean augmented) {
        boolean frozen = c.root().family().stream().anyMatch(DataclassExtras::frozen);
        if (!frozen || inGeneratedInit(ft, c)) {
            return null;
        }
        if (augmented) {
            throw Unsupported.construct("augmented assignment to an attribute of a frozen dataclass", at);
        }
        if (NamedTuples.is(c)) {
            return new RStmt.Expr(ft.tryOf(RExpr.call("py::raise::<()>", new RExpr.Atom("\"AttributeError\""),
                    new RExpr.Atom(RustLiterals.string("can't set attribute")))));
        }
        return new RStmt.Expr(ft.tryOf(RExpr.call("py::raise::<()>", new RExpr.Atom("\"FrozenInstanceError\""),
                new RExpr.Atom(RustLiterals.string("cannot assign to field '" + attr + "'")))));
    }

    /**
     * What a generated {@code __init__} does after storing its parameters, as Python statements:
     * the {@code init=False} fields get their defaults ({@link #postInit} follows).
     */
    static List<Stmt> initRest(ClassInfo c) {
        List<Stmt> out = new ArrayList<>();
        int at = c.def().start();
        for (String f : ClassEmitter.dataclassFields(c)) {
            ClassInfo owner = c;
            while (owner.ownFields().get(f) == null || !owner.dataclass()) {
                owner = owner.base();
            }
            if (!spec(owner).field(f).init()) {
                Expr target = new Expr.Attribute(new Expr.Name("self", ExprContext.Load, at, at), f, ExprContext.Store, at, at);
                out.add(new Stmt.Assign(List.of(target), owner.dataclassDefaults().get(f), null, at, at));
            }
        }
        return out;
    }

    /** The generated {@code __init__}'s last statement: {@code self.__post_init__()}, where the class has one; else null. */
    static RStmt postInit(ClassInfo c) {
        if (c.resolve("__post_init__") == null) {
            return null;
        }
        return new RStmt.Expr(new RExpr.Try(RExpr.method(new RExpr.Atom("self"), ClassEmitter.methodName("__post_init__")), null));
    }

    /** Whether a field is shown by the generated repr / compared by the generated eq. */
    static boolean shown(ClassInfo c, String field) {
        return ownerSpec(c, field).repr();
    }

    static boolean compared(ClassInfo c, String field) {
        return ownerSpec(c, field).compare();
    }

    static boolean initialised(ClassInfo c, String field) {
        return ownerSpec(c, field).init();
    }

    private static FieldSpec ownerSpec(ClassInfo c, String field) {
        for (ClassInfo k = c; k != null; k = k.base()) {
            if (k.dataclass() && k.ownFields().containsKey(field) && k.dataclassDefaults().containsKey(field)) {
                return spec(k).field(field);
            }
        }
        return FieldSpec.DEFAULT;
    }

    // ------------------------------------------------------------------ replace, asdict, astuple

    /** A call of {@code replace}, {@code asdict} or {@code astuple} (as imported); null for any other call. */
    static Val call(FunctionTranslator ft, String name, Expr.Call c) {
        if (!ft.module.classFormNames.contains(name) || ft.isLocal(name)
                || !(name.equals("replace") || name.equals("asdict") || name.equals("astuple"))) {
            return null;
        }
        if (c.args().size() != 1 || (!name.equals("replace") && !c.keywords().isEmpty())) {
            throw Unsupported.type(name + "() takes one dataclass object" + (name.equals("replace") ? " and fields by keyword" : ""), c);
        }
        Expr objE = c.args().get(0);
        if (name.equals("replace")) {
            return replace(ft, c, objE);
        }
        Val obj = ft.expr(objE, null);
        ClassInfo k = dataclassOf(obj.type(), name, objE);
        return new Val(RExpr.method(obj.code(), name.equals("asdict") ? "as_dict" : "as_tuple"),
                name.equals("asdict") ? new PyType.DictT(PyType.STR, PyType.ARG) : PyType.ARGS, Kind.OWNED);
    }

    private static ClassInfo dataclassOf(PyType t, String fn, Node at) {
        if (!(t instanceof PyType.ClassT ct) || !ct.info().dataclass()) {
            throw Unsupported.type(fn + "() should be called on dataclass instances, got " + t.python(), at);
        }
        if (ct.info().root().family().size() > 1) {
            throw Unsupported.construct(fn + "() of a dataclass in a class hierarchy", at);
        }
        return ct.info();
    }

    static Val replace(FunctionTranslator ft, Expr.Call c, Expr objE) {
        if (!(objE instanceof Expr.Name obj)) {
            throw Unsupported.construct("replace() of a computed object (name it first)", objE);
        }
        Val v = ft.expr(objE, null);
        ClassInfo k = dataclassOf(v.type(), "replace", objE);
        if (k.methods().containsKey("__init__")) {
            throw Unsupported.construct("replace() of a dataclass with its own __init__", c);
        }
        List<String> fields = ClassEmitter.dataclassFields(k);
        List<Keyword> keywords = new ArrayList<>();
        Set<String> given = new java.util.HashSet<>();
        for (Keyword kw : c.keywords()) {
            if (kw.arg() == null || !fields.contains(kw.arg())) {
                throw Unsupported.type(k.name() + ".__init__() got an unexpected keyword argument '" + kw.arg() + "'", kw);
            }
            if (!initialised(k, kw.arg())) {
                throw Unsupported.type("field " + kw.arg() + " is declared with init=False, it cannot be specified with "
                        + "replace() (ValueError)", kw);
            }
            keywords.add(kw);
            given.add(kw.arg());
        }
        for (String f : fields) {
            if (!given.contains(f) && initialised(k, f)) {
                keywords.add(new Keyword(f, new Expr.Attribute(obj, f, ExprContext.Load, obj.start(), obj.end()),
                        obj.start(), obj.end()));
            }
        }
        Expr made = new Expr.Call(new Expr.Name(k.name(), ExprContext.Load, c.start(), c.start()), List.of(), keywords,
                c.start(), c.end());
        return ft.expr(made, null);
    }

    /**
     * The {@code as_dict} and {@code as_tuple} methods of each dataclass of a module that
     * imports asdict or astuple: the fields as {@code asdict}/{@code astuple} copy them, nested
     * dataclasses (also inside lists and dict values) turned into dicts/tuples, every value
     * kept as it shows, which is all the translation lets a program do with the result.
     */
    static String methods(ClassInfo root, Set<String> imported) {
        boolean dict = imported.contains("asdict");
        boolean tuple = imported.contains("astuple");
        if (!root.dataclass() || root.family().size() > 1 || !(dict || tuple)) {
            return "";
        }
        RustPrinter p = new RustPrinter();
        List<String> fields = ClassEmitter.dataclassFields(root);
        p.blank();
        p.line(0, "impl " + root.rustName() + " {");
        List<RExpr> pairs = new ArrayList<>();
        List<RExpr> items = new ArrayList<>();
        List<RStmt> dictLets = new ArrayList<>();
        List<RStmt> tupleLets = new ArrayList<>();
        for (String f : fields) {
            RExpr get = RExpr.method(new RExpr.Atom("self"), "get_" + FunctionTranslator.fieldName(f));
            if (dict) {
                RExpr v = hoisted(convert(get, root.field(f), "as_dict", root), f, dictLets);
                pairs.add(new RExpr.Tuple(List.of(RExpr.method(new RExpr.Atom(RustLiterals.string(f)), "to_string"),
                        RExpr.call("py::Arg::of", new RExpr.Unary("&", v)))));
            }
            if (tuple) {
                RExpr v = hoisted(convert(get, root.field(f), "as_tuple", root), f, tupleLets);
                items.add(RExpr.call("py::Arg::of", new RExpr.Unary("&", v)));
            }
        }
        if (dict) {
            p.line(4, "/// dataclasses.asdict(self).");
            p.line(4, "fn as_dict(&self) -> py::Dict<String, py::Arg> {");
            p.stmts(dictLets, 8);
            EnumClasses.tail(p, 8, RExpr.call("py::Dict::from", new RExpr.Macro("vec", pairs, true, false)));
            p.line(4, "}");
        }
        if (tuple) {
            if (dict) {
                p.blank();
            }
            p.line(4, "/// dataclasses.astuple(self).");
            p.line(4, "fn as_tuple(&self) -> py::Args {");
            p.stmts(tupleLets, 8);
            EnumClasses.tail(p, 8, RExpr.call("py::Args::of", new RExpr.Macro("vec", items, true, false)));
            p.line(4, "}");
        }
        p.line(0, "}");
        return p.text();
    }

    /** A rebuilt list or dict made first, in a variable of its own (a layout rustfmt keeps). */
    private static RExpr hoisted(RExpr v, String field, List<RStmt> lets) {
        if (!(v instanceof RExpr.Call c && (c.callee().equals("py::List::from") || c.callee().equals("py::Dict::from")))) {
            return v;
        }
        Local items = new Local(field, FunctionTranslator.fieldName(field) + "_items", null);
        items.assigned();
        lets.add(new RStmt.Let(items, false, c.args().get(0)));
        return RExpr.call(c.callee(), new RExpr.Atom(items.rust()));
    }

    /** A value as asdict/astuple copy it: nested dataclasses converted, lists and dicts rebuilt around them. */
    private static RExpr convert(RExpr v, PyType t, String method, ClassInfo owner) {
        if (!holdsDataclass(t)) {
            if (!PyType.printable(t)) {
                throw Unsupported.construct((method.equals("as_dict") ? "asdict" : "astuple") + "() of a dataclass with a "
                        + t.python() + " field", owner.def());
            }
            return v;
        }
        if (t instanceof PyType.ClassT c && c.info().dataclass() && c.info().root().family().size() == 1) {
            return RExpr.method(v, method);
        }
        if (t instanceof PyType.ListT l) {
            RExpr each = new RExpr.Atom("|item| " + RustPrinter.flat(convert(new RExpr.Atom("item"), l.elem(), method, owner)));
            return RExpr.call("py::List::from", RExpr.method(RExpr.method(RExpr.method(RExpr.method(v, "items"), "into_iter"),
                    "map", each), "collect::<Vec<_>>"));
        }
        if (t instanceof PyType.DictT d && !holdsDataclass(d.key())) {
            RExpr each = new RExpr.Atom("|(key, item)| (key, "
                    + RustPrinter.flat(convert(new RExpr.Atom("item"), d.value(), method, owner)) + ")");
            return RExpr.call("py::Dict::from", RExpr.method(RExpr.method(RExpr.method(RExpr.method(v, "items"), "into_iter"),
                    "map", each), "collect::<Vec<_>>"));
        }
        throw Unsupported.construct((method.equals("as_dict") ? "asdict" : "astuple") + "() through a " + t.python()
                + " (only dataclasses, lists and dict values of them are converted)", owner.def());
    }

    /** Whether asdict/astuple can copy a value of this type (refusing what holds a dataclass elsewhere). */
    static boolean holdsDataclass(PyType t) {
        if (t instanceof PyType.ClassT c) {
            return c.info().dataclass();
        }
        if (t instanceof PyType.ListT l) {
            return holdsDataclass(l.elem());
        }
        if (t instanceof PyType.DictT d) {
            return holdsDataclass(d.key()) || holdsDataclass(d.value());
        }
        if (t instanceof PyType.SetT s) {
            return holdsDataclass(s.elem());
        }
        if (t instanceof PyType.TupleT tt) {
            return tt.elems().stream().anyMatch(DataclassExtras::holdsDataclass);
        }
        if (t instanceof PyType.OptionalT o) {
            return holdsDataclass(o.inner());
        }
        return false;
    }
}
