package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;

/**
 * {@code str(type(x))} and {@code f"{type(x)}"}: a class shown as {@code <class 'str'>}. Only
 * where the translation knows the exact class ({@link ExactTypes}): a str, float or bool value
 * (an int slot may hold a bool, and a user class's name would carry its module's name, which
 * depends on how the program is run). The operand still runs, for what it does.
 */
final class TypeDisplay {
    private TypeDisplay() {}

    /** The text of {@code type(x)} when {@code e} is that call, else null. */
    static Val shown(FunctionTranslator ft, Expr e) {
        Expr operand = ExactTypes.typeOf(ft, e);
        if (operand == null) {
            return null;
        }
        Val v = ft.expr(operand, null);
        String name = v.type() == PyType.STR ? "str" : v.type() == PyType.FLOAT ? "float"
                : v.type() == PyType.BOOL ? "bool" : null;
        if (name == null) {
            throw Unsupported.construct("type(x) shown where x is " + v.type().python()
                    + " (its exact class is not known here)", e);
        }
        if (!(v.code() instanceof RExpr.Atom)) {
            if (ft.orderSensitive(operand)) {
                throw Unsupported.construct("type() of a call shown among other values", e);
            }
            ft.emit(new RStmt.LetPattern(() -> "_", v.code()));
        }
        return new Val(new RExpr.Atom(RustLiterals.string("<class '" + name + "'>")), PyType.STR, Kind.STRLIT);
    }
}
