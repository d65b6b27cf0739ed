package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.Map;
import java.util.Set;

/**
 * Narrowing by comparison with None ({@code x is None}, {@code x is not None}, {@code x == None},
 * {@code x != None}, either side), and the values a name bound to is known never to be None.
 */
final class NoneNarrowing {
    /** Builtins whose result is never None. */
    private static final Set<String> VALUE_BUILTINS = Set.of("len", "abs", "str", "int", "float", "bool", "round",
            "repr", "chr", "ord", "hash", "range", "list", "dict", "set", "tuple", "sorted", "enumerate", "zip",
            "reversed", "frozenset", "isinstance", "divmod", "bin", "hex", "oct", "format", "sum");

    private final NarrowContext cx;
    private final InertConstructors constructors;

    NoneNarrowing(NarrowContext cx, InertConstructors constructors) {
        this.cx = cx;
        this.constructors = constructors;
    }

    static boolean isNone(Expr e) {
        return e instanceof Expr.Constant k && k.value() instanceof ConstantValue.None;
    }

    /** What {@code left op right} proves when one side is None; null when it is no such test. */
    Branches compare(CmpOp op, Expr left, Expr right, NarrowState after) {
        Expr tested = isNone(right) ? left : isNone(left) ? right : null;
        if (tested == null || cx.path(tested) == null) {
            return null;
        }
        NarrowState known = cx.know(after, tested, Narrowed.NOT_NONE);
        if (op == CmpOp.Is || op == CmpOp.Eq) {
            return new Branches(after, known);
        }
        if (op == CmpOp.IsNot || op == CmpOp.NotEq) {
            return new Branches(known, after);
        }
        return null;
    }

    /**
     * What is known of a value about to be bound: never None for displays, literals, constructors...
     * {@code facts} holds what the reads already recorded are known to be.
     */
    Narrowed valueFact(Expr v, Map<Expr, Narrowed> facts) {
        if (v instanceof Expr.NamedExpr ne) {
            return valueFact(ne.value(), facts);
        }
        if (v instanceof Expr.Name || v instanceof Expr.Attribute) {
            return facts.get(v);
        }
        if (v instanceof Expr.Constant k) {
            return k.value() instanceof ConstantValue.None ? null : Narrowed.NOT_NONE;
        }
        if (v instanceof Expr.JoinedStr || v instanceof Expr.List || v instanceof Expr.Tuple || v instanceof Expr.Dict
                || v instanceof Expr.Set || v instanceof Expr.ListComp || v instanceof Expr.SetComp
                || v instanceof Expr.DictComp || v instanceof Expr.GeneratorExp || v instanceof Expr.Lambda) {
            return Narrowed.NOT_NONE;
        }
        if (!cx.userOperators && (v instanceof Expr.BinOp || v instanceof Expr.Compare
                || (v instanceof Expr.UnaryOp u && u.op() != UnaryOperator.Not))) {
            return Narrowed.NOT_NONE;
        }
        if (v instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not) {
            return Narrowed.NOT_NONE;
        }
        if (v instanceof Expr.Call c && c.func() instanceof Expr.Name f) {
            if (cx.builtin(f) && VALUE_BUILTINS.contains(f.id())) {
                return Narrowed.NOT_NONE;
            }
            if ((!cx.userOperators && cx.moduleClass(f)) || constructors.neverNone(c)) {
                return Narrowed.NOT_NONE;
            }
        }
        return null;
    }
}
