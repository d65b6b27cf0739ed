package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.Map;
import java.util.Set;

/**
 * The functions of {@code math} whose results grow past 64 bits from small arguments
 * ({@code factorial}, {@code comb}, {@code perm}, {@code prod}), in a module whose ints are
 * {@code int::Int} ({@link BigInts}): they compute on {@code Int}s in {@code int.rs}. The rest of
 * {@code math} keeps its {@code i64} runtime, its int arguments converted at the boundary.
 */
final class BigMath {
    private static final Set<String> NAMES = Set.of("factorial", "comb", "perm", "prod");

    private BigMath() {}

    static boolean handles(String member) {
        return NAMES.contains(member);
    }

    static Val call(FunctionTranslator ft, String name, Expr.Call c) {
        if (name.equals("prod")) {
            return prod(ft, c);
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type("math." + name + "() takes no keyword arguments", c);
        }
        int min = name.equals("comb") ? 2 : 1;
        int max = name.equals("factorial") ? 1 : 2;
        if (c.args().size() < min || c.args().size() > max) {
            throw Unsupported.type("math." + name + "() takes " + (min == max ? "exactly " + min : min + " or " + max)
                    + " argument" + (max == 1 ? "" : "s") + " (" + c.args().size() + " given)", c);
        }
        Val n = integer(ft, name, c.args().get(0));
        if (name.equals("factorial") || c.args().size() == 1) {
            return big(ft.tryOf(RExpr.call("int::Int::factorial", ref(ft, n))));
        }
        Val k = integer(ft, name, c.args().get(1));
        return big(ft.tryOf(RExpr.call("int::Int::" + name, ref(ft, n), ref(ft, k))));
    }

    /** {@code math.prod(ints, start=1)}: the product of an iterable of ints, left to right. */
    private static Val prod(FunctionTranslator ft, Expr.Call c) {
        Map<String, Expr> kw = new java.util.HashMap<>();
        c.keywords().forEach(k -> kw.put(k.arg(), k.value()));
        if (c.args().size() != 1 || !Set.of("start").containsAll(kw.keySet())) {
            throw Unsupported.type("math.prod() takes one iterable and an optional start=", c);
        }
        Val items = ft.expr(c.args().get(0), null);
        PyType elem = FunctionTranslator.elementOf(items.type(), c.args().get(0));
        if (elem != PyType.BIG && elem != PyType.INT) {
            throw Unsupported.construct("math.prod() of " + elem.python() + " where ints are arbitrary precision", c);
        }
        RExpr vec = ft.iterVecOf(items, c.args().get(0));
        if (elem == PyType.INT) {
            vec = RExpr.method(RExpr.method(RExpr.method(vec, "into_iter"), "map", new RExpr.Atom("int::Int::from")),
                    "collect::<Vec<int::Int>>");
        }
        Expr startE = kw.get("start");
        RExpr start = startE == null ? BigInts.literal(java.math.BigInteger.ONE).code()
                : BigInts.owned(ft, integer(ft, "prod", startE), startE);
        return big(RExpr.call("int::Int::prod", vec, start));
    }

    private static Val integer(FunctionTranslator ft, String name, Expr e) {
        Val v = ft.expr(e, null);
        if (BigInts.intLike(v.type())) {
            return v;
        }
        if (v.type() == PyType.FLOAT) {
            throw Unsupported.type("'float' object cannot be interpreted as an integer", e);
        }
        throw Unsupported.type("math." + name + "() argument must be an int, not " + v.type().python(), e);
    }

    private static RExpr ref(FunctionTranslator ft, Val v) {
        if (v.type() == PyType.BIG && v.kind() == Kind.PLACE) {
            return new RExpr.Unary("&", v.code());
        }
        return new RExpr.Unary("&", BigInts.owned(ft, v, null));
    }

    private static Val big(RExpr code) {
        return new Val(code, PyType.BIG, Kind.OWNED);
    }
}
