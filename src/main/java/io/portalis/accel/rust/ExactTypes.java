package io.portalis.accel.rust;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.Map;

/**
 * {@code type(x) is C} (also {@code ==}, {@code is not}, {@code !=}) and {@code type(x).__name__}:
 * the exact class of a value, subclasses not included (unlike {@code isinstance}). A union value
 * asks the type it holds; an instance of a class family asks its own class. Where the translation
 * cannot tell a value's exact class (an {@code int} slot may have been given a bool) it refuses.
 */
final class ExactTypes {
    /** The builtin classes {@code type(x) is C} may name, with the member type that is exactly that class. */
    private static final Map<String, PyType> BUILTIN = Map.of("int", PyType.INT, "bool", PyType.BOOL,
            "float", PyType.FLOAT, "str", PyType.STR);

    private ExactTypes() {}

    /** The operand of {@code type(x)}, or null when {@code e} is no call of the builtin type with one argument. */
    static Expr typeOf(FunctionTranslator ft, Expr e) {
        if (e instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("type") && c.args().size() == 1
                && c.keywords().isEmpty() && !ft.isLocal("type") && ft.module.classOf("type") == null
                && !ft.module.functions.containsKey("type")) {
            return c.args().get(0);
        }
        return null;
    }

    /** {@code type(x) is C}; null when the comparison is not of that form. */
    static Val compare(FunctionTranslator ft, Expr.Compare c) {
        if (c.ops().size() != 1 || !(c.comparators().get(0) instanceof Expr.Name cls)) {
            return null;
        }
        CmpOp op = c.ops().get(0);
        Expr operand = typeOf(ft, c.left());
        if (operand == null || !(op == CmpOp.Is || op == CmpOp.Eq || op == CmpOp.IsNot || op == CmpOp.NotEq)) {
            return null;
        }
        Val v = ft.expr(operand, null);
        RExpr test = exactly(ft, v, cls);
        boolean positive = op == CmpOp.Is || op == CmpOp.Eq;
        return new Val(positive ? test : ValueConversions.not(test), PyType.BOOL, Kind.OWNED);
    }

    private static RExpr exactly(FunctionTranslator ft, Val v, Expr.Name cls) {
        ClassInfo k = ft.module.classOf(cls.id());
        PyType t = v.type();
        if (k != null && !k.exception()) {
            if (t instanceof PyType.ClassT ct) {
                if (ct.info().root() != k.root()) {
                    return new RExpr.Atom("false");
                }
                return classIs(v.code(), k);
            }
            if (t instanceof PyType.UnionT u) {
                PyType root = new PyType.ClassT(k.root());
                if (!u.any() && u.members().stream().noneMatch(m -> m instanceof PyType.ClassT mc && mc.info().root() == k.root())) {
                    return new RExpr.Atom("false");
                }
                RExpr held = RExpr.method(v.code(), "is::<" + root.rust() + ">");
                return new RExpr.Binary(held, "&&", classIs(RExpr.method(v.code(), "get::<" + root.rust() + ">"), k));
            }
        }
        PyType member = BUILTIN.get(cls.id());
        if (member != null && k == null) {
            if (t instanceof PyType.UnionT u) {
                if (!u.any() && !u.members().contains(member)) {
                    return new RExpr.Atom("false");
                }
                return RExpr.method(v.code(), "is::<" + member.rust() + ">");
            }
            if (t == PyType.STR || t == PyType.FLOAT || t == PyType.BOOL) {
                return new RExpr.Atom(String.valueOf(t == member));
            }
        }
        throw Unsupported.construct("type(x) is " + cls.id() + " where x is " + (t == null ? "?" : t.python()), cls);
    }

    private static RExpr classIs(RExpr value, ClassInfo k) {
        return new RExpr.Binary(RExpr.method(value, "class_name"), "==", new RExpr.Atom("\"" + k.name() + "\""));
    }

    /** {@code type(x).__name__}; null when the attribute is not of that form. */
    static Val name(FunctionTranslator ft, Expr.Attribute a) {
        Expr operand = a.attr().equals("__name__") ? typeOf(ft, a.value()) : null;
        if (operand == null) {
            return null;
        }
        Val v = ft.expr(operand, null);
        if (v.type() instanceof PyType.ClassT ct && !ct.info().exception()) {
            return new Val(RExpr.method(RExpr.method(v.code(), "class_name"), "to_string"), PyType.STR, Kind.OWNED);
        }
        for (Map.Entry<String, PyType> b : BUILTIN.entrySet()) {
            if (v.type() == b.getValue() && v.type() != PyType.INT) {
                return new Val(new RExpr.Atom("\"" + b.getKey() + "\".to_string()"), PyType.STR, Kind.OWNED);
            }
        }
        throw Unsupported.construct("type(x).__name__ where x is " + (v.type() == null ? "?" : v.type().python()), a);
    }
}
