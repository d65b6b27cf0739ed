package io.portalis.accel.rust.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Well-typed expressions of a requested type. Every int and float expression carries a bound of
 * its magnitude so products stay far below 2**53 (and int literals below 2**31); expressions have
 * no side effects other than raising, and an operation that may raise is generated only where
 * {@link Scope#riskOk}, recording the exception in {@link Scope#raised}.
 */
final class ExprGenerator {
    static final double INT_LIMIT = 1e6;
    static final double FLOAT_LIMIT = 1e6;
    static final double LEN_LIMIT = 60;

    private static final String[] WORDS = {"", "a", "ab", "hello", "Hello World", "x,y,z", "  pad  ", "42", "3.5",
        "a-b-c", "MiXeD case", "it's", "o", "abcabc", "Zz", "7 8 9", "tab\\there", "q\\\"q", "--"};
    private static final String[] INT_SPECS = {"", ">5", "<4", "^7", "05d", ",", "x", "b", "+d", "d", "*^9", "o",
        "X", "#x", "_", ">+6"};
    private static final String[] FLOAT_SPECS = {".2f", ".3f", ".1e", ".2%", "10.3f", "<8.2f", "+.1f", ",.2f",
        ".3g", "g", "e", "08.2f", ".0f", "^12.4f", "E"};
    private static final String[] STR_SPECS = {"", ">6", "<5", "^7", "*<6", ".2", "_>8"};

    private final ProgramGenerator g;
    private final Random r;

    private final WideForms wide;

    ExprGenerator(ProgramGenerator g) {
        this.g = g;
        this.r = g.random;
        this.wide = new WideForms(g, this);
    }

    boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    <T> T pick(List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    /** How many {@link #gen} calls are under way: 1 at a statement's own expression. */
    private int active;

    Expr gen(Ty t, int depth, Scope s) {
        active++;
        try {
            return genIn(t, depth, s);
        } finally {
            active--;
        }
    }

    /** Whether a str concatenation may go here: only at a statement's top (see {@link Features}). */
    private boolean concatOk() {
        return g.features.compoundArguments() || active == 1;
    }

    private Expr genIn(Ty t, int depth, Scope s) {
        if (depth <= 0 || chance(15)) {
            return atom(t, s);
        }
        if (g.features.wide() && chance(20)) {
            Expr w = wide.of(t, depth - 1, s);
            if (w != null) {
                return w;
            }
        }
        return switch (t.kind()) {
            case INT -> intExpr(depth - 1, s);
            case FLOAT -> floatExpr(depth - 1, s);
            case BOOL -> boolExpr(depth - 1, s);
            case STR -> strExpr(depth - 1, s);
            case LIST -> listExpr(t, depth - 1, s);
            case DICT -> dictExpr(depth - 1, s);
            case SET -> setExpr(depth - 1, s);
            case TUPLE -> Expr.of(t, 0, "($0, $1)", gen(Ty.INT, depth - 1, s), gen(Ty.STR, depth - 1, s));
            case OPTIONAL -> optExpr(t, depth - 1, s);
            case OBJECT -> objExpr(t, depth - 1, s);
        };
    }

    /** A variable of the type when one is visible (most of the time), else a literal. */
    Expr atom(Ty t, Scope s) {
        List<Scope.Var> vs = s.visible(t, false);
        if (!vs.isEmpty() && chance(70)) {
            return var(pick(vs));
        }
        return literal(t, s);
    }

    static Expr var(Scope.Var v) {
        double bound = switch (v.ty().kind()) {
            case INT -> INT_LIMIT;
            case FLOAT -> FLOAT_LIMIT;
            default -> LEN_LIMIT;
        };
        return Expr.leaf(v.ty(), v.name(), bound);
    }

    Expr literal(Ty t, Scope s) {
        switch (t.kind()) {
            case INT: {
                int v = chance(80) ? r.nextInt(21) : r.nextInt(2001) - 1000;
                return Expr.leaf(t, Integer.toString(v), Math.abs(v));
            }
            case FLOAT: {
                String[] fracs = {"0", "5", "25", "75", "1", "3", "125"};
                int whole = chance(85) ? r.nextInt(20) : r.nextInt(100000);
                String text = whole + "." + fracs[r.nextInt(fracs.length)];
                return Expr.leaf(t, chance(20) ? "-" + text : text, whole + 1);
            }
            case BOOL:
                return Expr.leaf(t, chance(50) ? "True" : "False", 1);
            case STR: {
                String w = WORDS[r.nextInt(WORDS.length)];
                return Expr.leaf(t, "\"" + w + "\"", w.length());
            }
            case LIST: {
                // never empty: the translator wants an element type it can see (refusal counted in README)
                int n = 1 + r.nextInt(4);
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    parts.add(literal(t.elem(), s).render());
                }
                return Expr.leaf(t, "[" + String.join(", ", parts) + "]", n);
            }
            case DICT: {
                int n = 1 + r.nextInt(3);
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    parts.add("\"" + (char) ('a' + r.nextInt(6)) + "\": " + literal(Ty.INT, s).render());
                }
                return Expr.leaf(t, "{" + String.join(", ", parts) + "}", n);
            }
            case SET: {
                int n = 1 + r.nextInt(4);
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    parts.add(literal(Ty.INT, s).render());
                }
                return Expr.leaf(t, "{" + String.join(", ", parts) + "}", n);
            }
            case TUPLE:
                return Expr.leaf(t, "(" + literal(Ty.INT, s).render() + ", " + literal(Ty.STR, s).render() + ")", 0);
            case OPTIONAL:
                return chance(40) ? Expr.leaf(t, "None", 0) : literal(t.elem(), s);
            case OBJECT:
                return objExpr(t, 0, s);
            default:
                throw new IllegalStateException(t.toString());
        }
    }

    /** The simplest expression of a type, which the minimiser puts in place of a larger one. */
    static Expr simplest(Ty t, ProgramGenerator g) {
        return switch (t.kind()) {
            case INT -> Expr.leaf(t, "1", 1);
            case FLOAT -> Expr.leaf(t, "1.5", 2);
            case BOOL -> Expr.leaf(t, "True", 1);
            case STR -> Expr.leaf(t, "\"s\"", 1);
            case LIST -> t.elem().equals(Ty.STR) ? Expr.leaf(t, "[\"s\"]", 1)
                    : t.elem().equals(Ty.INT) ? Expr.leaf(t, "[1]", 1) : Expr.leaf(t, "[1.5]", 1);
            case DICT -> Expr.leaf(t, "{\"s\": 1}", 1);
            case SET -> Expr.leaf(t, "{1}", 1);
            case TUPLE -> Expr.leaf(t, "(1, \"s\")", 0);
            case OPTIONAL -> Expr.leaf(t, "None", 0);
            case OBJECT -> null;
        };
    }

    private void risk(Scope s, String exception) {
        s.raised.add(exception);
    }

    /** Left operands of {@code in} and arguments of methods: no binary operator at the top (see README). */
    Expr argument(Ty t, int depth, Scope s) {
        for (int i = 0; i < 4; i++) {
            Expr e = gen(t, depth, s);
            if (!g.features.compoundArguments() && e.template.contains(" ") && e.template.startsWith("(")) {
                continue;
            }
            return e;
        }
        return atom(t, s);
    }

    private Expr intExpr(int d, Scope s) {
        switch (r.nextInt(24)) {
            case 0, 1, 2: {
                Expr a = gen(Ty.INT, d, s);
                Expr b = gen(Ty.INT, d, s);
                return Expr.of(Ty.INT, a.bound + b.bound, chance(50) ? "($0 + $1)" : "($0 - $1)", a, b);
            }
            case 3, 4: {
                Expr a = gen(Ty.INT, d, s);
                Expr b = gen(Ty.INT, d, s);
                if (a.bound * b.bound > 1e12) {
                    return Expr.of(Ty.INT, a.bound + b.bound, "($0 - $1)", a, b);
                }
                return Expr.of(Ty.INT, a.bound * b.bound, "($0 * $1)", a, b);
            }
            case 5, 6: {
                Expr a = gen(Ty.INT, d, s);
                boolean floor = chance(50);
                Expr b;
                if (floor && s.riskOk && chance(40)) {
                    b = gen(Ty.INT, d, s);
                    risk(s, "ZeroDivisionError");
                } else {
                    int k = 1 + r.nextInt(9);
                    b = Expr.leaf(Ty.INT, chance(20) ? "-" + k : Integer.toString(k), k);
                }
                return floor ? Expr.of(Ty.INT, a.bound, "($0 // $1)", a, b) : Expr.of(Ty.INT, b.bound, "($0 % $1)", a, b);
            }
            case 7: {
                Expr a = gen(Ty.INT, d, s);
                return Expr.of(Ty.INT, a.bound, chance(50) ? "(-$0)" : "abs($0)", a);
            }
            case 8: {
                Expr a = gen(Ty.INT, d, s);
                Expr b = gen(Ty.INT, d, s);
                return Expr.of(Ty.INT, Math.max(a.bound, b.bound), chance(50) ? "min($0, $1)" : "max($0, $1)", a, b);
            }
            case 9: {
                Ty c = pick(List.of(Ty.STR, Ty.LIST_INT, Ty.LIST_STR, Ty.DICT_STR_INT, Ty.SET_INT));
                return Expr.of(Ty.INT, LEN_LIMIT * 20, "len($0)", gen(c, d, s));
            }
            case 10: {
                Expr f = gen(Ty.FLOAT, d, s);
                if (f.bound > 1e12) {
                    return atom(Ty.INT, s);
                }
                return Expr.of(Ty.INT, f.bound + 1, chance(50) ? "int($0)" : "round($0)", f);
            }
            case 11: {
                List<Scope.Var> lists = s.visible(Ty.LIST_INT, false);
                if (lists.isEmpty()) {
                    return atom(Ty.INT, s);
                }
                Expr xs = var(pick(lists));
                Expr i = gen(Ty.INT, d, s);
                if (s.riskOk && chance(50)) {
                    risk(s, "IndexError");
                    return Expr.of(Ty.INT, INT_LIMIT, "$0[$1]", xs, i);
                }
                return Expr.of(Ty.INT, INT_LIMIT, "($0[$1 % len($0)] if $0 else 0)", xs, i);
            }
            case 12: {
                Expr dict = gen(Ty.DICT_STR_INT, d, s);
                Expr k = argument(Ty.STR, d, s);
                if (s.riskOk && chance(40)) {
                    risk(s, "KeyError");
                    return Expr.of(Ty.INT, INT_LIMIT, "$0[$1]", dict, k);
                }
                return Expr.of(Ty.INT, INT_LIMIT, "$0.get($1, $2)", dict, k, literal(Ty.INT, s));
            }
            case 13: {
                Expr xs = gen(Ty.LIST_INT, d, s);
                if (chance(50)) {
                    return Expr.of(Ty.INT, INT_LIMIT * LEN_LIMIT, "sum($0)", xs);
                }
                String c = g.fresh("c");
                Scope in = s.with(new Scope.Var(c, Ty.INT, true));
                return Expr.of(Ty.INT, INT_LIMIT * LEN_LIMIT, "sum(" + c + " for " + c + " in $0 if $1)", xs,
                        gen(Ty.BOOL, d, in));
            }
            case 14: {
                Expr t = gen(Ty.TUPLE_INT_STR, d, s);
                return Expr.of(Ty.INT, INT_LIMIT, "$0[0]", t);
            }
            case 15, 16: {
                Expr call = g.callOf(Ty.INT, d, s);
                return call != null ? call : atom(Ty.INT, s);
            }
            case 17: {
                Expr a = gen(Ty.INT, d, s);
                Expr b = gen(Ty.INT, d, s);
                return Expr.of(Ty.INT, Math.max(a.bound, b.bound), "($0 if $1 else $2)", a, gen(Ty.BOOL, d, s), b);
            }
            case 18: {
                List<Scope.Var> opts = s.visible(Ty.OPT_INT, false);
                if (opts.isEmpty()) {
                    return atom(Ty.INT, s);
                }
                return Expr.of(Ty.INT, INT_LIMIT, "($0 if $0 is not None else $1)", var(pick(opts)), gen(Ty.INT, d, s));
            }
            case 19: {
                Expr a = gen(Ty.INT, d, s);
                Expr b = gen(Ty.INT, d, s);
                String op = pick(List.of("&", "|", "^"));
                return Expr.of(Ty.INT, 2 * Math.max(a.bound, b.bound) + 2, "($0 " + op + " $1)", a, b);
            }
            case 20: {
                Expr a = gen(Ty.INT, d, s);
                int k = r.nextInt(4);
                return chance(50) && a.bound < 1e9 ? Expr.of(Ty.INT, a.bound * 8, "($0 << " + k + ")", a)
                        : Expr.of(Ty.INT, a.bound, "($0 >> " + k + ")", a);
            }
            case 21: {
                Expr str = gen(Ty.STR, d, s);
                Expr sub = argument(Ty.STR, d, s);
                if (s.riskOk && chance(30)) {
                    risk(s, "ValueError");
                    return Expr.of(Ty.INT, LEN_LIMIT * 20, "$0.index($1)", str, sub);
                }
                return Expr.of(Ty.INT, LEN_LIMIT * 20, chance(50) ? "$0.find($1)" : "$0.count($1)", str, sub);
            }
            case 22: {
                Expr a = gen(Ty.INT, d, s);
                if (a.bound > 1e5) {
                    return a;
                }
                return Expr.of(Ty.INT, a.bound * a.bound, chance(50) ? "($0 ** 2)" : "pow($0, 2)", a);
            }
            default: {
                if (s.riskOk && chance(50)) {
                    risk(s, "ValueError");
                    return Expr.of(Ty.INT, 1e9, "int($0)", gen(Ty.STR, d, s));
                }
                Expr a = gen(Ty.INT, d, s);
                return Expr.of(Ty.INT, a.bound, "int(str($0))", a);
            }
        }
    }

    private Expr floatExpr(int d, Scope s) {
        switch (r.nextInt(14)) {
            case 0, 1, 2: {
                Expr a = gen(Ty.FLOAT, d, s);
                Expr b = gen(Ty.FLOAT, d, s);
                return Expr.of(Ty.FLOAT, a.bound + b.bound, chance(50) ? "($0 + $1)" : "($0 - $1)", a, b);
            }
            case 3: {
                Expr a = gen(Ty.FLOAT, d, s);
                Expr b = gen(Ty.FLOAT, d, s);
                if (a.bound * b.bound > 1e12) {
                    return Expr.of(Ty.FLOAT, a.bound + b.bound, "($0 + $1)", a, b);
                }
                return Expr.of(Ty.FLOAT, a.bound * b.bound, "($0 * $1)", a, b);
            }
            case 4: {
                Expr a = gen(Ty.FLOAT, d, s);
                if (s.riskOk && chance(40)) {
                    risk(s, "ZeroDivisionError");
                    return Expr.of(Ty.FLOAT, 1e12, "($0 / $1)", a, gen(Ty.FLOAT, d, s));
                }
                return Expr.of(Ty.FLOAT, a.bound, "($0 / $1)", a, Expr.leaf(Ty.FLOAT, pick(List.of("2.0", "4.0", "0.5", "8.0")), 8));
            }
            case 5: {
                Expr a = gen(Ty.INT, d, s);
                return Expr.of(Ty.FLOAT, a.bound, "float($0)", a);
            }
            case 6: {
                Expr a = gen(Ty.INT, d, s);
                Expr b;
                if (s.riskOk && chance(40)) {
                    risk(s, "ZeroDivisionError");
                    b = gen(Ty.INT, d, s);
                } else {
                    b = Expr.leaf(Ty.INT, Integer.toString(1 + r.nextInt(12)), 12);
                }
                return Expr.of(Ty.FLOAT, a.bound, "($0 / $1)", a, b);
            }
            case 7: {
                Expr a = gen(Ty.FLOAT, d, s);
                Expr b = gen(Ty.FLOAT, d, s);
                String f = pick(List.of("min($0, $1)", "max($0, $1)"));
                return Expr.of(Ty.FLOAT, Math.max(a.bound, b.bound), f, a, b);
            }
            case 8: {
                Expr a = gen(Ty.FLOAT, d, s);
                return Expr.of(Ty.FLOAT, a.bound, pick(List.of("abs($0)", "(-$0)", "round($0, 2)", "round($0, 1)")), a);
            }
            case 9: {
                Expr a = gen(Ty.FLOAT, d, s);
                if (a.bound > 1e5) {
                    return a;
                }
                return Expr.of(Ty.FLOAT, a.bound * a.bound + 1, "($0 ** 2)", a);
            }
            case 10:
                return Expr.of(Ty.FLOAT, FLOAT_LIMIT * LEN_LIMIT, "sum($0, 0.0)", gen(Ty.LIST_FLOAT, d, s));
            case 11: {
                Expr a = gen(Ty.FLOAT, d, s);
                Expr b = gen(Ty.FLOAT, d, s);
                return Expr.of(Ty.FLOAT, Math.max(a.bound, b.bound), "($0 if $1 else $2)", a, gen(Ty.BOOL, d, s), b);
            }
            case 12: {
                Expr call = g.callOf(Ty.FLOAT, d, s);
                return call != null ? call : atom(Ty.FLOAT, s);
            }
            default: {
                Expr a = gen(Ty.FLOAT, d, s);
                return Expr.of(Ty.FLOAT, a.bound, "float(str($0))", a);
            }
        }
    }

    private Expr boolExpr(int d, Scope s) {
        switch (r.nextInt(16)) {
            case 0, 1, 2: {
                Ty t = pick(List.of(Ty.INT, Ty.INT, Ty.FLOAT, Ty.STR));
                String op = pick(List.of("<", "<=", "==", "!=", ">", ">="));
                return Expr.of(Ty.BOOL, 1, "($0 " + op + " $1)", gen(t, d, s), gen(t, d, s));
            }
            case 3:
                {
                // the middle operand a name or a literal: a computed one is refused today (README)
                List<Scope.Var> ints = s.visible(Ty.INT, false);
                Expr mid = ints.isEmpty() ? Expr.leaf(Ty.INT, Integer.toString(r.nextInt(21)), 20) : var(pick(ints));
                return Expr.of(Ty.BOOL, 1, "($0 < $1 <= $2)", gen(Ty.INT, d, s), mid, gen(Ty.INT, d, s));
            }
            case 4, 5:
                return Expr.of(Ty.BOOL, 1, chance(50) ? "($0 and $1)" : "($0 or $1)", gen(Ty.BOOL, d, s), gen(Ty.BOOL, d, s));
            case 6:
                return Expr.of(Ty.BOOL, 1, "(not $0)", gen(Ty.BOOL, d, s));
            case 7: {
                Ty c = pick(List.of(Ty.LIST_INT, Ty.SET_INT, Ty.LIST_STR, Ty.DICT_STR_INT, Ty.STR));
                Ty e = c.is(Ty.Kind.LIST) || c.is(Ty.Kind.SET) ? c.elem() : Ty.STR;
                return Expr.of(Ty.BOOL, 1, chance(70) ? "($0 in $1)" : "($0 not in $1)", argument(e, d, s), gen(c, d, s));
            }
            case 8: {
                String m = pick(List.of("startswith", "endswith"));
                return Expr.of(Ty.BOOL, 1, "$0." + m + "($1)", gen(Ty.STR, d, s), argument(Ty.STR, d, s));
            }
            case 9:
                return Expr.of(Ty.BOOL, 1, "$0." + pick(List.of("isdigit", "isalpha", "isupper", "islower", "isspace",
                        "isalnum")) + "()", gen(Ty.STR, d, s));
            case 10: {
                Ty t = pick(List.of(Ty.LIST_INT, Ty.LIST_STR, Ty.SET_INT, Ty.DICT_STR_INT, Ty.TUPLE_INT_STR));
                return Expr.of(Ty.BOOL, 1, chance(70) ? "($0 == $1)" : "($0 != $1)", gen(t, d, s), gen(t, d, s));
            }
            case 11: {
                // an identity check against None only on a name that may be None (mypy --strict-equality)
                List<Scope.Var> opts = new ArrayList<>(s.visible(Ty.OPT_INT, false));
                opts.addAll(s.visible(Ty.OPT_STR, false));
                if (opts.isEmpty()) {
                    return Expr.of(Ty.BOOL, 1, "($0 == $1)", gen(Ty.INT, d, s), gen(Ty.INT, d, s));
                }
                return Expr.of(Ty.BOOL, 1, chance(50) ? "($0 is None)" : "($0 is not None)", var(pick(opts)));
            }
            case 12: {
                Ty t = pick(List.of(Ty.INT, Ty.STR, Ty.LIST_INT, Ty.FLOAT, Ty.DICT_STR_INT));
                return Expr.of(Ty.BOOL, 1, "bool($0)", gen(t, d, s));
            }
            case 13: {
                String c = g.fresh("c");
                Scope in = s.with(new Scope.Var(c, Ty.INT, true));
                String f = chance(50) ? "any" : "all";
                return Expr.of(Ty.BOOL, 1, f + "(" + c + " > $1 for " + c + " in $0)", gen(Ty.LIST_INT, d, s),
                        gen(Ty.INT, d, in));
            }
            case 14: {
                Expr call = g.callOf(Ty.BOOL, d, s);
                return call != null ? call : atom(Ty.BOOL, s);
            }
            default: {
                Ty t = pick(List.of(Ty.LIST_INT, Ty.STR, Ty.SET_INT));
                return Expr.of(Ty.BOOL, 1, "(not $0)", gen(t, d, s));
            }
        }
    }

    private Expr strExpr(int d, Scope s) {
        switch (r.nextInt(17)) {
            case 0, 1: {
                if (!concatOk()) {
                    return Expr.of(Ty.STR, LEN_LIMIT * 2, "$0.upper()", gen(Ty.STR, d, s));
                }
                Expr a = gen(Ty.STR, d, s);
                Expr b = gen(Ty.STR, d, s);
                if (a.bound + b.bound > LEN_LIMIT * 4) {
                    return a;
                }
                return Expr.of(Ty.STR, a.bound + b.bound, "($0 + $1)", a, b);
            }
            case 2: {
                Expr a = gen(Ty.STR, d, s);
                int k = r.nextInt(4);
                if (a.bound * k > LEN_LIMIT * 4) {
                    return a;
                }
                return Expr.of(Ty.STR, a.bound * k, "($0 * " + k + ")", a);
            }
            case 3, 4: {
                Expr a = gen(Ty.STR, d, s);
                String m = pick(List.of("upper()", "lower()", "strip()", "title()", "capitalize()",
                        "lstrip()", "rstrip()", "strip(\"-a\")", "replace(\"a\", \"ee\")", "replace(\" \", \"\")"));
                return Expr.of(Ty.STR, a.bound * 2, "$0." + m, a);
            }
            case 5: {
                Expr a = gen(Ty.STR, d, s);
                String slice = pick(List.of("[$1:$2]", "[$1:]", "[:$2]", "[::-1]", "[::2]", "[$1::-1]"));
                return Expr.of(Ty.STR, a.bound, "$0" + slice, a, gen(Ty.INT, d, s), gen(Ty.INT, d, s));
            }
            case 6: {
                Ty t = pick(List.of(Ty.INT, Ty.FLOAT, Ty.BOOL, Ty.LIST_INT, Ty.LIST_STR, Ty.TUPLE_INT_STR, Ty.OPT_INT,
                        Ty.DICT_STR_INT, Ty.LIST_FLOAT));
                return Expr.of(Ty.STR, LEN_LIMIT * 4, "str($0)", gen(t, d, s));
            }
            case 7:
                return Expr.of(Ty.STR, LEN_LIMIT * 2, "repr($0)", gen(Ty.STR, d, s));
            case 8, 9:
                return fString(d, s);
            case 10: {
                String sep = pick(List.of("\", \"", "\"\"", "\"-\"", "\" \""));
                return Expr.of(Ty.STR, LEN_LIMIT * 4, sep + ".join($0)", gen(Ty.LIST_STR, d, s));
            }
            case 11: {
                String c = g.fresh("c");
                return Expr.of(Ty.STR, LEN_LIMIT * 4, "\",\".join(str(" + c + ") for " + c + " in $0)",
                        gen(Ty.LIST_INT, d, s));
            }
            case 12: {
                Expr a = gen(Ty.STR, d, s);
                Expr b = gen(Ty.STR, d, s);
                return Expr.of(Ty.STR, Math.max(a.bound, b.bound), "($0 if $1 else $2)", a, gen(Ty.BOOL, d, s), b);
            }
            case 13: {
                Expr a = gen(Ty.STR, d, s);
                int w = r.nextInt(12);
                String m = pick(List.of("zfill(" + w + ")", "center(" + w + ", \"*\")", "ljust(" + w + ")",
                        "rjust(" + w + ", \".\")"));
                return Expr.of(Ty.STR, a.bound + w, "$0." + m, a);
            }
            case 14: {
                Expr a = gen(Ty.STR, d, s);
                if (s.riskOk && chance(50)) {
                    risk(s, "IndexError");
                    return Expr.of(Ty.STR, 1, "$0[$1]", a, gen(Ty.INT, d, s));
                }
                List<Scope.Var> opts = s.visible(Ty.OPT_STR, false);
                if (!opts.isEmpty()) {
                    return Expr.of(Ty.STR, LEN_LIMIT, "($0 if $0 is not None else $1)", var(pick(opts)), a);
                }
                return Expr.of(Ty.STR, 1, "chr(65 + $0 % 26)", gen(Ty.INT, d, s));
            }
            case 15: {
                Expr call = g.callOf(Ty.STR, d, s);
                return call != null ? call : atom(Ty.STR, s);
            }
            default:
                return Expr.of(Ty.STR, LEN_LIMIT, "$0[1]", gen(Ty.TUPLE_INT_STR, d, s));
        }
    }

    /** An f-string; its holes are variables or field reads only (3.11 forbids quotes and backslashes there). */
    private Expr fString(int d, Scope s) {
        List<Expr> kids = new ArrayList<>();
        StringBuilder t = new StringBuilder("f'");
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            Ty ty = pick(List.of(Ty.INT, Ty.FLOAT, Ty.STR, Ty.BOOL, Ty.LIST_INT));
            List<Scope.Var> vs = s.visible(ty, false);
            if (vs.isEmpty()) {
                continue;
            }
            t.append(pick(List.of("", "v=", " ", "[", "x "))).append('{').append(Expr.HOLE).append((char) ('0' + kids.size()));
            kids.add(var(pick(vs)));
            String spec = switch (ty.kind()) {
                case INT -> INT_SPECS[r.nextInt(INT_SPECS.length)];
                case FLOAT -> FLOAT_SPECS[r.nextInt(FLOAT_SPECS.length)];
                case STR -> chance(30) ? "!r" : STR_SPECS[r.nextInt(STR_SPECS.length)];
                default -> "";
            };
            if (!spec.isEmpty() && !spec.startsWith("!")) {
                t.append(':');
            }
            t.append(spec).append('}');
        }
        if (kids.isEmpty()) {
            return literal(Ty.STR, s);
        }
        t.append(pick(List.of("", ".", " end", "]"))).append('\'');
        return new Expr(Ty.STR, t.toString(), kids, LEN_LIMIT * 2);
    }

    private Expr listExpr(Ty t, int d, Scope s) {
        Ty e = t.elem();
        switch (r.nextInt(8)) {
            case 0: {
                String c = g.fresh("c");
                Ty src = e.equals(Ty.STR) && chance(50) ? Ty.LIST_STR : Ty.LIST_INT;
                Scope in = s.with(new Scope.Var(c, src.elem(), true));
                return Expr.of(t, LEN_LIMIT, "[$0 for " + c + " in $1 if $2]", gen(e, d, in), gen(src, d, s),
                        gen(Ty.BOOL, d, in));
            }
            case 1:
                return Expr.of(t, LEN_LIMIT, chance(50) ? "sorted($0)" : "sorted($0, reverse=True)", gen(t, d, s));
            case 2: {
                Expr a = gen(t, d, s);
                Expr b = gen(t, d, s);
                if (a.bound + b.bound > LEN_LIMIT) {
                    return a;
                }
                return Expr.of(t, a.bound + b.bound, "($0 + $1)", a, b);
            }
            case 3:
                return Expr.of(t, LEN_LIMIT, pick(List.of("$0[$1:$2]", "$0[::-1]", "$0[$1:]", "list($0)")), gen(t, d, s),
                        gen(Ty.INT, d, s), gen(Ty.INT, d, s));
            case 4:
                if (e.equals(Ty.INT)) {
                    int a = r.nextInt(5);
                    return Expr.leaf(t, pick(List.of("list(range(" + a + "))", "list(range(" + a + ", " + (a + r.nextInt(8))
                            + "))", "list(range(" + (a + 6) + ", " + a + ", -2))")), 10);
                }
                if (e.equals(Ty.STR)) {
                    return Expr.of(t, LEN_LIMIT, chance(50) ? "$0.split(\",\")" : "$0.split()", gen(Ty.STR, d, s));
                }
                return Expr.of(t, LEN_LIMIT, "[" + "$0, $1]", gen(e, d, s), gen(e, d, s));
            case 5:
                if (e.equals(Ty.INT)) {
                    return chance(50) ? Expr.of(t, LEN_LIMIT, "sorted($0)", gen(Ty.SET_INT, d, s))
                            : Expr.of(t, LEN_LIMIT, "list($0.values())", gen(Ty.DICT_STR_INT, d, s));
                }
                if (e.equals(Ty.STR)) {
                    return Expr.of(t, LEN_LIMIT, chance(50) ? "list($0)" : "sorted($0.keys())", gen(Ty.DICT_STR_INT, d, s));
                }
                return Expr.of(t, LEN_LIMIT, "[" + "$0]", gen(e, d, s));
            case 6: {
                Expr call = g.callOf(t, d, s);
                return call != null ? call : atom(t, s);
            }
            default:
                return Expr.of(t, 3, "[$0, $1, $2]", gen(e, d, s), gen(e, d, s), gen(e, d, s));
        }
    }

    private Expr dictExpr(int d, Scope s) {
        Ty t = Ty.DICT_STR_INT;
        switch (r.nextInt(5)) {
            case 0: {
                String c = g.fresh("c");
                Scope in = s.with(new Scope.Var(c, Ty.STR, true));
                return Expr.of(t, LEN_LIMIT, "{" + c + ": $0 for " + c + " in $1}", gen(Ty.INT, d, in), gen(Ty.LIST_STR, d, s));
            }
            case 1: {
                String k = g.fresh("k");
                String v = g.fresh("c");
                Scope in = s.with(new Scope.Var(v, Ty.INT, true));
                return Expr.of(t, LEN_LIMIT, "{" + k + ": " + v + " for " + k + ", " + v + " in $0.items() if $1}",
                        gen(t, d, s), gen(Ty.BOOL, d, in));
            }
            case 2:
                return Expr.of(t, LEN_LIMIT, "dict($0)", gen(t, d, s));
            case 3:
                return Expr.of(t, LEN_LIMIT, "{$0: $1, $2: $3}", argument(Ty.STR, d, s), gen(Ty.INT, d, s),
                        argument(Ty.STR, d, s), gen(Ty.INT, d, s));
            default:
                return Expr.of(t, LEN_LIMIT, "dict(zip($0, $1))", gen(Ty.LIST_STR, d, s), gen(Ty.LIST_INT, d, s));
        }
    }

    private Expr setExpr(int d, Scope s) {
        Ty t = Ty.SET_INT;
        switch (r.nextInt(4)) {
            case 0:
                return Expr.of(t, LEN_LIMIT, "set($0)", gen(Ty.LIST_INT, d, s));
            case 1:
                return Expr.of(t, LEN_LIMIT, "($0 " + pick(List.of("|", "&", "-", "^")) + " $1)", gen(t, d, s), gen(t, d, s));
            case 2: {
                String c = g.fresh("c");
                Scope in = s.with(new Scope.Var(c, Ty.INT, true));
                return Expr.of(t, LEN_LIMIT, "{$0 for " + c + " in $1}", gen(Ty.INT, d, in), gen(Ty.LIST_INT, d, s));
            }
            default:
                return Expr.of(t, 2, "{$0, $1}", gen(Ty.INT, d, s), gen(Ty.INT, d, s));
        }
    }

    private Expr optExpr(Ty t, int d, Scope s) {
        switch (r.nextInt(4)) {
            case 0:
                return gen(t.elem(), d, s);
            case 1:
                return Expr.of(t, 0, "($0 if $1 else None)", gen(t.elem(), d, s), gen(Ty.BOOL, d, s));
            case 2:
                if (t.elem().equals(Ty.INT)) {
                    return Expr.of(t, INT_LIMIT, "$0.get($1)", gen(Ty.DICT_STR_INT, d, s), argument(Ty.STR, d, s));
                }
                return Expr.leaf(t, "None", 0);
            default: {
                Expr call = g.callOf(t, d, s);
                return call != null ? call : atom(t, s);
            }
        }
    }

    private Expr objExpr(Ty t, int d, Scope s) {
        ProgramGenerator.Cls c = g.classNamed(t.py());
        if (d > 0 && chance(30)) {
            List<Scope.Var> vs = s.visible(t, false);
            if (!vs.isEmpty()) {
                return var(pick(vs));
            }
        }
        List<Expr> args = new ArrayList<>();
        StringBuilder tpl = new StringBuilder(c.name()).append('(');
        for (int i = 0; i < c.fields().size(); i++) {
            if (i > 0) {
                tpl.append(", ");
            }
            tpl.append('$').append(i);
            args.add(argument(c.fields().get(i).ty(), Math.max(0, d - 1), s));
        }
        tpl.append(')');
        return Expr.of(t, 0, tpl.toString(), args.toArray(Expr[]::new));
    }
}
