package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code copy} module (CPython 3.11): {@code copy(x)} and {@code deepcopy(x)} of lists,
 * dicts (every flavor for {@code copy}), sets, tuples, immutable values, enum members (themselves)
 * and objects of the program's classes, dataclasses and NamedTuples included. {@code copy} calls
 * each type's own copy as CPython's dispatch does ({@code list.copy}, {@code set.copy}, ...; an
 * object is made without {@code __init__} and given the same attribute values). {@code deepcopy}
 * is the runtime's {@code copy::deepcopy} ({@code copy.rs}), whose memo keeps shared references
 * and cycles shared. Refused: classes that define their own copying or pickling methods, exception
 * objects, values holding functions, unions, library objects and dict flavors (for deepcopy), the
 * {@code memo} argument, {@code copy.Error}.
 */
final class CopyModule implements StdlibModule {
    /** Methods through which CPython's copy would run the class's own code. */
    private static final List<String> OWN_COPYING = List.of("__copy__", "__deepcopy__", "__reduce__", "__reduce_ex__",
            "__getstate__", "__setstate__", "__getnewargs__", "__getnewargs_ex__");

    @Override
    public String name() {
        return "copy";
    }

    @Override
    public boolean has(String member) {
        return Set.of("copy", "deepcopy", "Error", "error").contains(member);
    }

    @Override
    public Val value(String member, Node at) {
        if (has(member)) {
            throw Unsupported.construct("copy." + member + " used as a value", at);
        }
        throw noAttribute(member, at);
    }

    @Override
    public Val call(FunctionTranslator ft, String member, Expr.Call c) {
        if (!member.equals("copy") && !member.equals("deepcopy")) {
            throw has(member) ? Unsupported.construct("copy." + member, c) : noAttribute(member, c.func());
        }
        if (!c.keywords().isEmpty() || c.args().size() != 1 || c.args().get(0) instanceof Expr.Starred) {
            throw Unsupported.construct(member + "() other than of one positional argument", c);
        }
        Val v = ft.expr(c.args().get(0), null);
        PyType t = v.type();
        if (member.equals("deepcopy")) {
            String why = deepRefusal(t, new HashSet<>());
            if (why != null) {
                throw Unsupported.construct("deepcopy() of " + why, c);
            }
            return new Val(RExpr.call("copy::deepcopy", ft.ref(v)), t, Kind.OWNED);
        }
        if (t instanceof PyType.ListT || t instanceof PyType.SetT || t instanceof PyType.DictT) {
            if (PyType.holdsFunction(t)) {
                throw Unsupported.construct("copy() of " + t.python(), c);
            }
            return new Val(RExpr.method(v.code(), "copy"), t, Kind.OWNED);
        }
        if (immutable(t)) {
            return new Val(ft.owned(v), t, Kind.OWNED);
        }
        if (t instanceof PyType.ClassT ct && ct.info().enumInfo() != null) {
            return new Val(ft.owned(v), t, Kind.OWNED); // an Enum's __copy__ gives the member itself
        }
        if (t instanceof PyType.ClassT ct && classRefusal(ct.info()) == null) {
            return new Val(RExpr.method(v.code(), "shallow_copy"), t, Kind.OWNED);
        }
        throw Unsupported.construct("copy() of " + (t instanceof PyType.ClassT ct ? classRefusal(ct.info()) : t.python()), c);
    }

    /** Values CPython's copy gives back as they are and that cannot change: numbers, str, None, tuples of them. */
    private static boolean immutable(PyType t) {
        if (t == PyType.INT || t == PyType.FLOAT || t == PyType.BOOL || t == PyType.STR || t == PyType.NONE
                || t == PyType.NUM || t == PyType.BIG) {
            return true;
        }
        if (t instanceof PyType.OptionalT o) {
            return immutable(o.inner());
        }
        return t instanceof PyType.TupleT tt && tt.elems().stream().allMatch(CopyModule::immutable);
    }

    /** Why the runtime cannot deep-copy a value of this type as CPython does; null when it can. */
    static String deepRefusal(PyType t, Set<ClassInfo> seen) {
        if (t == PyType.INT || t == PyType.FLOAT || t == PyType.BOOL || t == PyType.STR || t == PyType.NONE
                || t == PyType.NUM || t == PyType.BIG) {
            return null;
        }
        if (t instanceof PyType.OptionalT o) {
            return deepRefusal(o.inner(), seen);
        }
        if (t instanceof PyType.TupleT tt && !tt.elems().isEmpty() && tt.elems().size() <= NamedTupleViews.MAX_FIELDS) {
            return tt.elems().stream().map(e -> deepRefusal(e, seen)).filter(w -> w != null).findFirst().orElse(null);
        }
        if (t instanceof PyType.ListT l) {
            return deepRefusal(l.elem(), seen);
        }
        if (t instanceof PyType.SetT s) {
            return deepRefusal(s.elem(), seen);
        }
        if (t instanceof PyType.DictT d && d.plain()) {
            String k = deepRefusal(d.key(), seen);
            return k != null ? k : deepRefusal(d.value(), seen);
        }
        if (t instanceof PyType.ClassT ct) {
            ClassInfo c = ct.info().root();
            if (c.enumInfo() != null || !seen.add(c)) {
                return null;
            }
            String own = classRefusal(c);
            if (own != null) {
                return own;
            }
            for (PyType f : fields(c).values()) {
                String why = deepRefusal(f, seen);
                if (why != null) {
                    return why;
                }
            }
            return null;
        }
        return t.python();
    }

    /** Why objects of this class (hierarchy) are not copied here; null when they are. */
    static String classRefusal(ClassInfo c) {
        ClassInfo root = c.root();
        if (root.exception()) {
            return "an exception object (" + c.name() + ")";
        }
        for (ClassInfo k : root.family()) {
            for (String m : OWN_COPYING) {
                if (k.methods().containsKey(m)) {
                    return "an object of " + k.name() + ", which defines " + m;
                }
            }
        }
        return null;
    }

    /** Every attribute of a hierarchy's objects, as the struct holds them. */
    private static Map<String, PyType> fields(ClassInfo root) {
        Map<String, PyType> all = new LinkedHashMap<>();
        for (ClassInfo k : root.family()) {
            all.putAll(k.allFields());
        }
        return all;
    }

    /**
     * For a program that imports copy: a class's {@code shallow_copy()} (a blank object given the
     * same attribute values, as CPython's {@code _reconstruct} without {@code deep}) and, when its
     * attributes can be, {@code copy::DeepCopy} (a blank object recorded in the memo first, then
     * given deep copies of the attributes). Empty for other programs and classes.
     */
    static String classImpls(ClassInfo root, ModuleScope scope) {
        if (!scope.stdlib.uses("copy") || root.exception()) {
            return "";
        }
        String name = root.rustName();
        RustPrinter p = new RustPrinter();
        boolean enumClass = root.enumInfo() != null;
        boolean family = root.family().size() > 1;
        String blank = name + "::blank(" + (family ? "self.class()" : "") + ")";
        Map<String, PyType> fields = fields(root);
        if (!enumClass && classRefusal(root) == null) {
            p.blank();
            p.line(0, "impl " + name + " {");
            p.line(4, "/// `copy.copy()`: a new object with the same attribute values.");
            p.line(4, "fn shallow_copy(&self) -> " + name + " {");
            p.line(8, "let made = " + blank + ";");
            for (String f : fields.keySet()) {
                String field = FunctionTranslator.fieldName(f);
                p.line(8, "made.0.borrow_mut()." + field + " = self.0.borrow()." + field + ".clone();");
            }
            p.line(8, "made");
            p.line(4, "}");
            p.line(0, "}");
        }
        if (!enumClass && deepRefusal(new PyType.ClassT(root), new HashSet<>()) != null) {
            return p.text();
        }
        p.blank();
        p.line(0, "impl copy::DeepCopy for " + name + " {");
        p.line(4, "fn deep_copy(&self, memo: &mut copy::Memo) -> Self {");
        if (enumClass) {
            // An Enum's __deepcopy__ gives the member itself.
            p.line(8, "let _ = memo;");
            p.line(8, "self.clone()");
        } else {
            p.line(8, "let key = Rc::as_ptr(&self.0) as usize;");
            p.line(8, "if let Some(made) = memo.get::<" + name + ">(key) {");
            p.line(12, "return made;");
            p.line(8, "}");
            p.line(8, "let made = " + blank + ";");
            p.line(8, "memo.put(key, &made);");
            for (String f : fields.keySet()) {
                String field = FunctionTranslator.fieldName(f);
                p.line(8, "let value = copy::DeepCopy::deep_copy(&self.0.borrow()." + field + ", memo);");
                p.line(8, "made.0.borrow_mut()." + field + " = value;");
            }
            p.line(8, "made");
        }
        p.line(4, "}");
        p.line(0, "}");
        return p.text();
    }
}
