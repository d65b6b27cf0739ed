package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import java.util.List;

/**
 * A function's or method's typed signature. {@code rustName} is what a call names: a free
 * function, or a method of the hierarchy's struct.
 */
record FunctionSig(String pythonName, String rustName, List<Param> params, PyType returns, ClassInfo owner) {
    FunctionSig {
        params = List.copyOf(params);
    }

    /** One parameter; {@code defaultValue} is the default's expression, or null. */
    record Param(String name, PyType type, Expr defaultValue) {}

    int indexOf(String param) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(param)) {
                return i;
            }
        }
        return -1;
    }
}
