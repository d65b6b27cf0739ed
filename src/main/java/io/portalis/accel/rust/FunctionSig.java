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

    /** How a call fills a parameter. */
    enum Kind {
        /** By position or by keyword. */
        POSITIONAL,
        /** By keyword only (after {@code *} or {@code *args}). */
        KEYWORD_ONLY,
        /** {@code *args}: the extra positional arguments, as a tuple. */
        VAR_POSITIONAL,
        /** {@code **kwargs}: the extra keyword arguments, as a dict keyed by name. */
        VAR_KEYWORD
    }

    /** One parameter; {@code defaultValue} is the default's expression, or null. */
    record Param(String name, PyType type, Expr defaultValue, Kind kind) {
        Param(String name, PyType type, Expr defaultValue) {
            this(name, type, defaultValue, Kind.POSITIONAL);
        }
    }

    /** Whether every parameter is an ordinary positional one, so the function fits a Callable. */
    boolean positionalOnly() {
        return params.stream().allMatch(p -> p.kind() == Kind.POSITIONAL);
    }

    int indexOf(String param) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(param)) {
                return i;
            }
        }
        return -1;
    }
}
