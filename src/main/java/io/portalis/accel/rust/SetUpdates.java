package io.portalis.accel.rust;

import static io.portalis.accel.rust.Calls.val;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Val;

/**
 * {@code s.difference_update(x)}, {@code s.intersection_update(x)} and
 * {@code s.symmetric_difference_update(x)}: the in-place operators {@code -=}, {@code &=} and
 * {@code ^=} as methods. With another set they are those operators. {@code difference_update}
 * of any other iterable discards its items one by one, which leaves the table as discarding
 * them from a set of them would; the other two build their result in an order that depends on
 * the iterable, so they take a set only.
 */
final class SetUpdates {
    private SetUpdates() {}

    static Val method(FunctionTranslator ft, Calls calls, Val recv, PyType.SetT s, String name, Expr.Call c) {
        calls.arity(c, 1, 1, name);
        calls.keywords(c, java.util.Set.of());
        Expr otherE = c.args().get(0);
        Val other = ft.expr(otherE, s);
        if (other.type() instanceof PyType.SetT) {
            Val same = ft.coerce(other, s, otherE);
            return val(RExpr.method(recv.code(), name, ft.ref(same)), PyType.NONE);
        }
        if (name.equals("difference_update") && FunctionTranslator.elementOf(other.type(), otherE).equals(s.elem())) {
            RExpr items = RExpr.call("py::Set::from", ft.iterVecOf(other, otherE));
            return val(RExpr.method(recv.code(), name, new RExpr.Unary("&", items)), PyType.NONE);
        }
        throw Unsupported.construct("set." + name + "() of a " + other.type().python() + " (only of a set)", otherE);
    }
}
