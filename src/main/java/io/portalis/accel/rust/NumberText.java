package io.portalis.accel.rust;

import static io.portalis.accel.rust.Calls.val;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.Set;

/**
 * {@code bin(x)}, {@code oct(x)}, {@code hex(x)} and {@code format(value[, spec])}: a number's
 * text through the format-spec mini-language the f-strings already use. {@code bin(x)} is
 * {@code format(x, '#b')} (a sign before the prefix: {@code bin(-5) == '-0b101'}), {@code oct}
 * and {@code hex} likewise with {@code '#o'} and {@code '#x'}; each takes an int (a bool is one)
 * and nothing else, any size of int included.
 */
final class NumberText {
    private static final Set<String> NAMES = Set.of("bin", "oct", "hex", "format");

    private NumberText() {}

    static boolean handles(String name) {
        return NAMES.contains(name);
    }

    static Val call(FunctionTranslator ft, Calls calls, String name, Expr.Call c) {
        calls.keywords(c, Set.of());
        if (name.equals("format")) {
            return format(ft, calls, c);
        }
        calls.arity(c, 1, 1, name);
        Expr arg = c.args().get(0);
        Val v = ft.expr(arg, PyType.INT);
        PyType t = v.type();
        if (t != PyType.INT && t != PyType.BIG && t != PyType.BOOL) {
            String shown = t == PyType.FLOAT ? "'float'" : t == PyType.STR ? "'str'" : t.python();
            throw Unsupported.type(shown + " object cannot be interpreted as an integer", arg);
        }
        String spec = switch (name) {
            case "bin" -> "#b";
            case "oct" -> "#o";
            default -> "#x";
        };
        return val(formatted(ft, v, new RExpr.Atom(RustLiterals.string(spec))), PyType.STR);
    }

    /** {@code format(value)} is {@code str(value)} for the builtin kinds; {@code format(value, spec)} reads the spec. */
    private static Val format(FunctionTranslator ft, Calls calls, Expr.Call c) {
        calls.arity(c, 1, 2, "format");
        Val v = ft.expr(c.args().get(0), null);
        PyType t = v.type();
        if (!(t == PyType.INT || t == PyType.FLOAT || t == PyType.STR || t == PyType.BOOL || t == PyType.NUM
                || t == PyType.BIG)) {
            throw Unsupported.construct("format() of a " + t.python(), c.args().get(0));
        }
        if (c.args().size() == 1) {
            return ft.str(v);
        }
        Expr specE = c.args().get(1);
        Val spec = ft.coerce(ft.expr(specE, PyType.STR), PyType.STR, specE);
        return val(formatted(ft, v, ft.strRef(spec)), PyType.STR);
    }

    private static RExpr formatted(FunctionTranslator ft, Val v, RExpr spec) {
        RExpr self = v.kind() == Kind.STRLIT ? RExpr.method(v.code(), "to_string") : FunctionTranslator.paren(v.code());
        return ft.tryOf(RExpr.call("py::Format::format", new RExpr.Unary("&", self), spec));
    }
}
