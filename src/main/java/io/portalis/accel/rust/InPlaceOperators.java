package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;

/**
 * {@code x op= y} for an object whose class defines the in-place method ({@code __iadd__},
 * {@code __isub__}, ...): Python calls {@code x.__iadd__(y)} and binds the target to what it
 * returns; without one, {@code x = x + y} (with its reflected fallback, {@link ReflectedOperators}).
 */
final class InPlaceOperators {
    private InPlaceOperators() {}

    /** The in-place method of each binary operator's method ({@code __add__} to {@code __iadd__}). */
    static String of(String method) {
        return "__i" + method.substring(2);
    }

    static boolean isInPlace(String name) {
        return Dunders.BINARY.values().stream().anyMatch(m -> of(m).equals(name));
    }

    /** The value {@code cur op= rhs} binds to its target. */
    static Val apply(FunctionTranslator ft, Operator op, Val cur, Val rhs, Node at) {
        String method = Dunders.BINARY.get(op);
        if (method != null && cur.type() instanceof PyType.ClassT c && Dunders.userDefined(c.info(), of(method)) != null) {
            FunctionSig sig = c.info().signature(of(method));
            Val arg = ft.coerce(rhs, sig.params().get(0).type(), at);
            RExpr call = RExpr.method(cur.code(), ClassEmitter.methodName(of(method)), ft.owned(arg));
            return new Val(ft.tryOf(call), sig.returns(), Kind.OWNED);
        }
        return ft.binary(op, cur, rhs, at);
    }
}
