package io.portalis.accel.rust.fuzz;

import java.util.List;

/**
 * Expression forms beyond the suite's set, generated only with {@link Features#wide()} (long runs):
 * float floor division and modulo, {@code ~}, {@code or} returning an operand, infinities and NaN,
 * {@code round(x, 0)}, {@code ord}, {@code sorted} with a key, {@code min}/{@code max} of a list,
 * {@code divmod}, {@code split} with a limit, negative repetition, tuple and object comparison,
 * {@code f"{x=}"}. Null where nothing fits, and the caller picks an ordinary form. (Refused today,
 * so left out: {@code str.format}, {@code %}-formatting, {@code hex}/{@code bin}/{@code oct},
 * {@code int(s, 16)}, {@code max(xs, default=...)}, {@code partition}/{@code rsplit},
 * {@code startswith} of a tuple.)
 */
final class WideForms {
    private final ExprGenerator x;
    private final ProgramGenerator g;

    WideForms(ProgramGenerator g, ExprGenerator x) {
        this.g = g;
        this.x = x;
    }

    Expr of(Ty t, int d, Scope s) {
        return switch (t.kind()) {
            case INT -> intForm(d, s);
            case FLOAT -> floatForm(d, s);
            case STR -> strForm(d, s);
            case BOOL -> boolForm(d, s);
            case LIST -> t.elem().equals(Ty.INT) ? listForm(d, s) : null;
            default -> null;
        };
    }

    private Expr intForm(int d, Scope s) {
        switch (g.random.nextInt(8)) {
            case 0: {
                Expr a = x.gen(Ty.INT, d, s);
                return Expr.of(Ty.INT, a.bound + 1, "(~$0)", a);
            }
            case 1: {
                Expr a = x.gen(Ty.INT, d, s);
                Expr b = x.gen(Ty.INT, d, s);
                return Expr.of(Ty.INT, Math.max(a.bound, b.bound), x.chance(50) ? "($0 or $1)" : "($0 and $1)", a, b);
            }
            case 2: {
                Expr a = x.gen(Ty.INT, d, s);
                int k = 1 + g.random.nextInt(9);
                return Expr.of(Ty.INT, a.bound, "divmod($0, " + (x.chance(30) ? -k : k) + ")[" + g.random.nextInt(2) + "]", a);
            }
            case 3:
                return Expr.of(Ty.INT, 200, "ord($0)", x.pick(List.of(Expr.leaf(Ty.STR, "\"a\"", 1),
                        Expr.of(Ty.STR, 1, "chr(65 + $0 % 26)", x.gen(Ty.INT, d, s)))));
            case 4:
                return Expr.of(Ty.INT, ExprGenerator.INT_LIMIT, x.chance(50) ? "max($0)" : "min($0)",
                        x.literal(Ty.LIST_INT, s));
            case 6: {
                Expr f = x.gen(Ty.FLOAT, d, s);
                return f.bound > 1e12 ? null : Expr.of(Ty.INT, f.bound + 1, "int($0 // 1.0)", f);
            }
            case 7:
                return Expr.of(Ty.INT, 100, "len($0.split(\",\", 1))", x.gen(Ty.STR, d, s));
            default:
                return null;
        }
    }

    private Expr floatForm(int d, Scope s) {
        switch (g.random.nextInt(6)) {
            case 0, 1: {
                Expr a = x.gen(Ty.FLOAT, d, s);
                String k = x.pick(List.of("2.5", "-2.5", "0.75", "-1.0", "3.0", "0.1"));
                return Expr.of(Ty.FLOAT, a.bound, "($0 " + (x.chance(50) ? "%" : "//") + " " + k + ")", a);
            }
            case 2:
                return Expr.leaf(Ty.FLOAT, x.pick(List.of("float(\"inf\")", "float(\"-inf\")", "float(\"nan\")",
                        "float(\"1e300\")", "float(\" 2.5 \")", "-0.0", "1e-7", "1.5e16")), 1e300);
            case 3: {
                Expr a = x.gen(Ty.FLOAT, d, s);
                return Expr.of(Ty.FLOAT, a.bound, x.pick(List.of("round($0, 0)", "round($0, -1)", "round($0, 3)")), a);
            }
            case 4: {
                Expr a = x.gen(Ty.FLOAT, d, s);
                return Expr.of(Ty.FLOAT, a.bound, "($0 or $1)", a, x.gen(Ty.FLOAT, d, s));
            }
            default:
                return Expr.of(Ty.FLOAT, 1e6, x.chance(50) ? "max($0)" : "min($0)", x.literal(Ty.LIST_FLOAT, s));
        }
    }

    private Expr strForm(int d, Scope s) {
        switch (g.random.nextInt(9)) {
            case 0, 1, 2, 3, 4:
                return Expr.of(Ty.STR, 60, x.chance(50) ? "$0.split(\" \", 1)[-1]" : "$0.split(\",\", 1)[0]",
                        x.gen(Ty.STR, d, s));
            case 5: {
                Expr a = x.gen(Ty.STR, d, s);
                return Expr.of(Ty.STR, a.bound, "($0 * -$1)", a, Expr.leaf(Ty.INT, "2", 2));
            }
            case 6: {
                Expr a = x.gen(Ty.STR, d, s);
                return Expr.of(Ty.STR, a.bound, "($0 or $1)", a, x.literal(Ty.STR, s));
            }
            case 7: {
                List<Scope.Var> vs = s.visible(x.pick(List.of(Ty.INT, Ty.FLOAT, Ty.STR)), false);
                if (vs.isEmpty()) {
                    return null;
                }
                return new Expr(Ty.STR, "f'{" + Expr.HOLE + "0=}'", List.of(ExprGenerator.var(x.pick(vs))), 60);
            }
            default:
                return Expr.of(Ty.STR, 60, "\"\".join(reversed($0))", x.gen(Ty.STR, d, s));
        }
    }

    private Expr boolForm(int d, Scope s) {
        switch (g.random.nextInt(3)) {
            case 0:
                return Expr.of(Ty.BOOL, 1, "($0 < $1)", x.gen(Ty.TUPLE_INT_STR, d, s), x.gen(Ty.TUPLE_INT_STR, d, s));
            case 1: {
                Expr a = x.gen(Ty.FLOAT, d, s);
                return Expr.of(Ty.BOOL, 1, x.pick(List.of("($0 == $0)", "($0 != $1)", "($0 <= $1)")), a,
                        x.gen(Ty.FLOAT, d, s));
            }
            default: {
                if (g.classes.isEmpty()) {
                    return null;
                }
                ProgramGenerator.Cls c = x.pick(g.classes);
                Ty t = Ty.object(c.name());
                return Expr.of(Ty.BOOL, 1, "($0 == $1)", x.gen(t, d, s), x.gen(t, d, s));
            }
        }
    }

    private Expr listForm(int d, Scope s) {
        switch (g.random.nextInt(4)) {
            case 0: {
                String c = g.fresh("c");
                return Expr.of(Ty.LIST_INT, ExprGenerator.LEN_LIMIT, "sorted($0, key=lambda " + c + ": (" + c + " % 3, -"
                        + c + "))", x.gen(Ty.LIST_INT, d, s));
            }
            case 1:
                return Expr.of(Ty.LIST_INT, ExprGenerator.LEN_LIMIT, "list(reversed($0))", x.gen(Ty.LIST_INT, d, s));
            case 2: {
                String c = g.fresh("c");
                String u = g.fresh("c");
                return Expr.of(Ty.LIST_INT, ExprGenerator.LEN_LIMIT, "[" + c + " for " + c + ", " + u
                        + " in enumerate($0, 1)]", x.gen(Ty.LIST_STR, d, s));
            }
            default:
                return Expr.of(Ty.LIST_INT, ExprGenerator.LEN_LIMIT, "($0 * $1)", x.literal(Ty.LIST_INT, s),
                        Expr.leaf(Ty.INT, Integer.toString(g.random.nextInt(5) - 2), 2));
        }
    }
}
