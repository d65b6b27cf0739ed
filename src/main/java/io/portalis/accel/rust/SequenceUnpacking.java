package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code a, b = value} and {@code first, *rest = value} where the value is a sequence whose
 * length is known only when the program runs (a list, a str, a {@code str.split()} result, a
 * dict's keys, a range): the items are counted first, with CPython's ValueError when they do not
 * fit ({@code not enough values to unpack (expected 3, got 2)}, {@code too many values to unpack
 * (expected 2)}, {@code expected at least 2}), then handed to the tuple unpacking as a tuple.
 */
final class SequenceUnpacking {

    /** The unpacking as a tuple value and the targets it binds in order (a starred one as its name). */
    record AsTuple(FunctionTranslator.Val value, List<Expr> targets) {}

    private SequenceUnpacking() {}

    /**
     * Whether a value of this type is counted here: one whose items the translation has as they
     * are, all at once. A generator or another lazy iterator is not (Python pulls at most one item
     * past the targets), nor a set (its order is the hash order).
     */
    static boolean applies(PyType t) {
        return t instanceof PyType.ListT || t == PyType.STR || t instanceof PyType.VarTupleT
                || t instanceof PyType.DictT || (t instanceof PyType.IterT i && i.sized());
    }

    static AsTuple of(FunctionTranslator ft, FunctionTranslator.Val v, List<Expr> targets, Expr at) {
        PyType elem = FunctionTranslator.elementOf(v.type(), at);
        int star = -1;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i) instanceof Expr.Starred) {
                if (star >= 0) {
                    throw Unsupported.construct("multiple starred expressions in assignment", targets.get(i));
                }
                star = i;
            }
        }
        int fixed = star < 0 ? targets.size() : targets.size() - 1;
        Local items = ft.temp("unpacked", new PyType.IterT(elem));
        RExpr counted = star < 0
                ? RExpr.call("py::unpack_exact", ft.iterVec(v, at), new RExpr.Atom(fixed + "usize"))
                : RExpr.call("py::unpack_starred", ft.iterVec(v, at), new RExpr.Atom(fixed + "usize"));
        ft.emit(new RStmt.Let(items, false, ft.tryOf(counted)));
        List<RExpr> codes = new ArrayList<>();
        List<PyType> types = new ArrayList<>();
        List<Expr> plain = new ArrayList<>();
        String name = items.rust();
        for (int i = 0; i < targets.size(); i++) {
            if (i == star) {
                int after = targets.size() - 1 - star;
                String end = after == 0 ? "" : name + ".len() - " + after;
                codes.add(RExpr.call("py::List::from", new RExpr.Atom(name + "[" + star + ".." + end + "].to_vec()")));
                types.add(new PyType.ListT(elem));
                plain.add(((Expr.Starred) targets.get(i)).value());
            } else {
                String index = star >= 0 && i > star ? name + ".len() - " + (targets.size() - i) : String.valueOf(i);
                codes.add(new RExpr.Atom(name + "[" + index + "].clone()"));
                types.add(elem);
                plain.add(targets.get(i));
            }
        }
        FunctionTranslator.Val tuple = new FunctionTranslator.Val(new RExpr.Tuple(codes), new PyType.TupleT(types),
                FunctionTranslator.Kind.OWNED);
        return new AsTuple(tuple, plain);
    }
}
