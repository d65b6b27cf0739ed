package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code round(number, ndigits=None)}'s arguments as positional ones: {@code ndigits} may be given by
 * keyword, and a None {@code ndigits} (positional or keyword) is the one-argument form, which returns
 * an int. Ignoring the keyword would round to an int where CPython keeps the digits.
 */
final class RoundArguments {
    private RoundArguments() {
    }

    static Expr.Call positional(Calls calls, Expr.Call c) {
        Map<String, Expr> kw = calls.keywords(c, Set.of("ndigits"));
        List<Expr> args = new ArrayList<>(c.args());
        if (kw.containsKey("ndigits")) {
            if (args.size() != 1) {
                throw Unsupported.type("round() got multiple values for argument 'ndigits'", c);
            }
            args.add(kw.get("ndigits"));
        }
        if (args.size() == 2 && args.get(1) instanceof Expr.Constant k && k.value() instanceof ConstantValue.None) {
            args.remove(1);
        }
        return new Expr.Call(c.func(), args, List.of(), c.start(), c.end());
    }
}
