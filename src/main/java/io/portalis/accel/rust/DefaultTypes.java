package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.UnaryOperator;

/**
 * The type an unannotated parameter takes from its default, as pyright infers it from a
 * literal: {@code n=10} is an int, {@code r=0.5} a float, {@code s=""} a str, {@code flag=False}
 * a bool. A call that passes another type there is then a type error the translation refuses.
 */
final class DefaultTypes {
    private DefaultTypes() {}

    /** The literal default's type, or null when the default is absent or not such a literal. */
    static PyType of(Expr dflt) {
        Expr e = dflt;
        boolean signed = false;
        if (e instanceof Expr.UnaryOp u && (u.op() == UnaryOperator.USub || u.op() == UnaryOperator.UAdd)) {
            e = u.operand();
            signed = true;
        }
        if (!(e instanceof Expr.Constant c)) {
            return null;
        }
        ConstantValue v = c.value();
        if (v instanceof ConstantValue.Int) {
            return PyType.INT;
        }
        if (v instanceof ConstantValue.Float) {
            return PyType.FLOAT;
        }
        if (signed) {
            return null;
        }
        if (v instanceof ConstantValue.Str) {
            return PyType.STR;
        }
        if (v instanceof ConstantValue.Bool) {
            return PyType.BOOL;
        }
        return null;
    }
}
