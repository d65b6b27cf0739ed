package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.List;

/**
 * Where a user exception object's {@code args} come from. {@code BaseException.__new__} keeps
 * the constructor call's positional arguments; {@code BaseException.__init__} (reached through
 * {@code super().__init__(...)}) replaces them. A class whose {@code __init__} surely reaches
 * the latter needs nothing at construction; otherwise the constructor records the arguments
 * the call passed by position.
 */
final class ExceptionArgs {
    private ExceptionArgs() {}

    /** Whether constructing {@code c} always runs {@code BaseException.__init__} with new args. */
    static boolean setsArgs(ClassInfo c) {
        ClassInfo owner = c.resolve("__init__");
        if (owner == null) {
            return false;
        }
        if (!callsSuperInit(owner.methods().get("__init__"))) {
            return false;
        }
        ClassInfo base = owner.base();
        return base == null || base.resolve("__init__") == null || setsArgs(base);
    }

    /** A {@code super().__init__(...)} statement directly in the method's body (not in a branch). */
    static boolean callsSuperInit(Stmt.FunctionDef f) {
        for (Stmt s : f.body()) {
            if (s instanceof Stmt.Expr e && isSuperInit(e.value())) {
                return true;
            }
            if (s instanceof Stmt.Return || s instanceof Stmt.Raise) {
                return false;
            }
        }
        return false;
    }

    static boolean isSuperInit(Expr e) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("__init__")
                && a.value() instanceof Expr.Call sc && sc.func() instanceof Expr.Name n && n.id().equals("super")
                && sc.args().isEmpty();
    }

    /** Whether a value of this type cannot change after it is rendered into args. */
    static boolean immutable(PyType t) {
        if (t == PyType.INT || t == PyType.FLOAT || t == PyType.NUM || t == PyType.STR || t == PyType.BOOL || t == PyType.NONE) {
            return true;
        }
        if (t instanceof PyType.OptionalT o) {
            return immutable(o.inner());
        }
        return t instanceof PyType.TupleT tt && tt.elems().stream().allMatch(ExceptionArgs::immutable);
    }

    /** {@code py::Args::of(vec![py::Arg::of(&a), ...])} of rendered values (references). */
    static RExpr args(List<RExpr> refs) {
        List<RExpr> items = refs.stream().map(r -> (RExpr) RExpr.call("py::Arg::of", r)).toList();
        return RExpr.call("py::Args::of", new RExpr.Macro("vec", items, true, false));
    }
}
