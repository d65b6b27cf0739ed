package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Operator;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Binary operators that reach the right operand's reflected method ({@code __radd__},
 * {@code __rsub__}, ...), in CPython's order: the left operand's {@code __add__} first; where
 * the left operand's type has none (an int, a str, an object whose class lacks it) the right
 * operand's {@code __radd__(left)}. The one case where CPython asks the right operand first (its
 * class derives from the left's and overrides the reflected method) depends on the objects' run
 * time classes within one hierarchy, and is refused.
 */
final class ReflectedOperators {
    private ReflectedOperators() {}

    /** The reflected method of each binary operator's method ({@code __add__} to {@code __radd__}). */
    static final Map<String, String> REFLECTED = Dunders.BINARY.values().stream()
            .collect(Collectors.toMap(m -> m, m -> "__r" + m.substring(2)));

    static boolean isReflected(String name) {
        return REFLECTED.containsValue(name);
    }

    /**
     * {@code l op r} through {@code r.__rop__(l)} where Python reaches it; null where the left
     * operand's own method (or the ordinary operator) decides.
     */
    static Val binary(FunctionTranslator ft, Operator op, Val l, Val r, Node at) {
        String method = Dunders.BINARY.get(op);
        if (method == null || !(r.type() instanceof PyType.ClassT rc)) {
            return null;
        }
        String reflected = REFLECTED.get(method);
        ClassInfo lc = l.type() instanceof PyType.ClassT c ? c.info() : null;
        if (lc != null && Dunders.userDefined(lc, method) != null) {
            boolean sameFamily = lc.root() == rc.info().root() && lc.root().family().size() > 1;
            if (sameFamily && lc.root().family().stream().anyMatch(k -> k.methods().containsKey(reflected))) {
                throw Unsupported.construct("'" + op.symbol() + "' between objects of one hierarchy whose classes define "
                        + reflected + " (CPython asks a derived right operand first)", at);
            }
            return null; // the left operand's method
        }
        FunctionSig sig = rc.info().signature(reflected);
        if (sig == null || Dunders.userDefined(rc.info(), reflected) == null) {
            return null;
        }
        // Both operands are evaluated, left first, before the method runs.
        Local left = ft.temp("left", l.type());
        ft.emit(new RStmt.Let(left, false, ft.owned(l)));
        Val leftVal = new Val(new RExpr.Atom(left.rust()), l.type(), Kind.PLACE);
        Val arg = ft.coerce(leftVal, sig.params().get(0).type(), at);
        RExpr call = RExpr.method(r.code(), ClassEmitter.methodName(reflected), ft.owned(arg));
        return new Val(ft.tryOf(call), sig.returns(), Kind.OWNED);
    }
}
