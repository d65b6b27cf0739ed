package io.portalis.accel.rust.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Statements: declarations that print what they computed, reassignments, augmented assignments,
 * container and object mutation, if/elif/else, bounded for and while loops with break and
 * continue, Optional narrowing, try/except/else/finally around code that raises, raise, early
 * return. A loop never lets its body change what it iterates (the iterated containers are
 * read-only inside), and a while loop counts up to a small bound in its first statement.
 */
final class StmtGenerator {
    /** The built-in exceptions raised by generated code and their bases, most specific first. */
    private static final Map<String, List<String>> BASES = Map.of(
            "ZeroDivisionError", List.of("ArithmeticError", "Exception"),
            "IndexError", List.of("LookupError", "Exception"),
            "KeyError", List.of("LookupError", "Exception"),
            "ValueError", List.of("Exception"),
            "RuntimeError", List.of("Exception"));

    private final ProgramGenerator g;
    private final ExprGenerator x;

    StmtGenerator(ProgramGenerator g) {
        this.g = g;
        this.x = g.exprs;
    }

    /** Keeps a value that is stored far below the limits: ints and floats reduced, str and lists cut. */
    Expr bounded(Expr e) {
        return switch (e.ty.kind()) {
            case INT -> e.bound > ExprGenerator.INT_LIMIT ? Expr.of(Ty.INT, 1009, "($0 % 1009)", e) : e;
            case FLOAT -> e.bound > ExprGenerator.FLOAT_LIMIT ? Expr.of(Ty.FLOAT, 1013, "($0 % 1013.0)", e) : e;
            case STR, LIST -> {
                if (e.bound <= ExprGenerator.LEN_LIMIT) {
                    yield e;
                }
                if (!g.features.compoundArguments() && e.template.startsWith("(") && e.template.contains(" + ")) {
                    // (a + b)[:60] is a str sum used as a receiver: on the worklist (str_concat_arg.py)
                    yield bounded(e.kids.get(0));
                }
                yield Expr.of(e.ty, ExprGenerator.LEN_LIMIT, "$0[:60]", e);
            }
            default -> e;
        };
    }

    List<Stmt> block(Scope s, int n, int depth) {
        List<Stmt> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            statement(s, depth, out);
        }
        return out;
    }

    private Ty someType() {
        List<Ty> ts = g.valueTypes();
        return x.chance(40) ? x.pick(List.of(Ty.INT, Ty.STR, Ty.FLOAT, Ty.LIST_INT)) : x.pick(ts);
    }

    private void statement(Scope s, int depth, List<Stmt> out) {
        int k = x.chance(30) || depth <= 0 ? x.pick(List.of(0, 0, 1, 2, 3, 10)) : 4 + g.random.nextInt(10);
        switch (k) {
            case 0 -> declare(s, out);
            case 1 -> reassign(s, out);
            case 2 -> augment(s, out);
            case 3 -> mutate(s, out);
            case 4 -> ifStmt(s, depth, out);
            case 5, 6 -> forStmt(s, depth, out);
            case 7 -> whileStmt(s, depth, out);
            case 8, 9 -> tryStmt(s, depth, out);
            case 10 -> show(s, out);
            case 11 -> narrow(s, depth, out);
            case 12 -> jump(s, out);
            default -> {
                Stmt c = s.pure || s.loopDepth > 0 ? null : g.effectCall(s);
                if (c != null) {
                    out.add(c);
                } else {
                    declare(s, out);
                }
            }
        }
    }

    private void declare(Scope s, List<Stmt> out) {
        Ty t = someType();
        String name = g.fresh("v");
        Expr e = bounded(x.gen(t, 1 + g.random.nextInt(3), s));
        if (e.isLeaf() && !t.scalar() && !t.is(Ty.Kind.OPTIONAL) && !t.is(Ty.Kind.OBJECT)
                && Character.isLetter(e.template.charAt(0))) {
            // a copy, never an alias: a loop over one name must not see appends through another
            String copy = switch (t.kind()) {
                case LIST -> "list($0)";
                case DICT -> "dict($0)";
                case SET -> "set($0)";
                default -> "$0";
            };
            e = Expr.of(t, e.bound, copy, e);
        }
        out.add(Stmt.simple(name + ": " + t.py() + " = $0", e));
        s.vars.add(new Scope.Var(name, t, false));
        if (!s.pure && x.chance(70)) {
            out.add(Stmt.simple("print(\"" + name + "\", " + name + ")"));
        }
    }

    private Scope.Var writable(Scope s, Ty t) {
        List<Scope.Var> vs = new ArrayList<>();
        for (Ty ty : t == null ? g.valueTypes() : List.of(t)) {
            vs.addAll(s.visible(ty, true));
        }
        return vs.isEmpty() ? null : x.pick(vs);
    }

    private void reassign(Scope s, List<Stmt> out) {
        Scope.Var v = writable(s, null);
        if (v == null || v.ty().is(Ty.Kind.OBJECT) && s.pure) {
            declare(s, out);
            return;
        }
        out.add(Stmt.simple(v.name() + " = $0", bounded(x.gen(v.ty(), 2, s))));
        if (!s.pure && x.chance(50)) {
            out.add(Stmt.simple("print(\"" + v.name() + " =\", " + v.name() + ")"));
        }
    }

    private void augment(Scope s, List<Stmt> out) {
        Ty t = x.pick(List.of(Ty.INT, Ty.INT, Ty.FLOAT, Ty.STR));
        Scope.Var v = writable(s, t);
        if (v == null) {
            declare(s, out);
            return;
        }
        Expr e = x.gen(t, 1, s);
        switch (t.kind()) {
            case INT -> {
                if (e.bound > 1000) {
                    e = Expr.of(Ty.INT, 1000, "($0 % 1000)", e);
                }
                String op = x.pick(List.of("+=", "-=", "+=", "//=", "%="));
                if (op.equals("//=") || op.equals("%=")) {
                    e = Expr.leaf(Ty.INT, Integer.toString(2 + g.random.nextInt(7)), 9);
                }
                out.add(Stmt.simple(v.name() + " " + op + " $0", e));
            }
            case FLOAT -> {
                if (e.bound > 1000) {
                    e = Expr.leaf(Ty.FLOAT, "0.5", 1);
                }
                out.add(Stmt.simple(v.name() + " " + x.pick(List.of("+=", "-=", "*=")) + " $0",
                        Expr.of(Ty.FLOAT, 1, "min($0, 1.5)", e)));
            }
            default -> {
                // the right side is never the target itself: s += s is on the worklist (str_iadd_self.py)
                Expr rhs = x.literal(Ty.STR, s);
                List<Scope.Var> others = s.visible(Ty.STR, false);
                others.removeIf(o -> o.name().equals(v.name()));
                if (!others.isEmpty() && x.chance(50)) {
                    rhs = ExprGenerator.var(x.pick(others));
                }
                out.add(Stmt.simple(v.name() + " += $0", rhs));
                out.add(Stmt.simple(v.name() + " = " + v.name() + "[-40:]"));
            }
        }
        if (!s.pure && x.chance(40)) {
            out.add(Stmt.simple("print(\"" + v.name() + "\", " + v.name() + ")"));
        }
    }

    private void mutate(Scope s, List<Stmt> out) {
        if (s.pure) {
            declare(s, out);
            return;
        }
        Ty t = x.pick(List.of(Ty.LIST_INT, Ty.LIST_STR, Ty.DICT_STR_INT, Ty.SET_INT, Ty.LIST_INT));
        Scope.Var v = writable(s, t);
        if (v == null) {
            declare(s, out);
            return;
        }
        String n = v.name();
        Stmt st;
        switch (t.kind()) {
            case LIST -> {
                Ty e = t.elem();
                int k = g.random.nextInt(9);
                if (k <= 2) {
                    st = Stmt.simple(n + ".append($0)", bounded(x.argument(e, 1, s)));
                } else if (k == 3) {
                    st = Stmt.simple(n + ".insert($0, $1)", x.argument(Ty.INT, 1, s), bounded(x.argument(e, 1, s)));
                } else if (k == 4) {
                    st = Stmt.simple(n + (x.chance(50) ? ".sort()" : ".reverse()"));
                } else if (k == 5) {
                    String p = g.fresh("v");
                    if (s.riskOk && x.chance(50)) {
                        s.raised.add("IndexError");
                        st = Stmt.simple(p + " = " + n + ".pop()");
                    } else {
                        st = Stmt.simple("if " + n + ":").block(null, List.of(Stmt.simple(p + " = " + n + ".pop()"),
                                Stmt.simple("print(\"popped\", " + p + ")")));
                        out.add(st);
                        return;
                    }
                    out.add(st);
                    out.add(Stmt.simple("print(\"popped\", " + p + ")"));
                    return;
                } else if (k == 6 && s.riskOk) {
                    s.raised.add("ValueError");
                    st = Stmt.simple(n + ".remove($0)", x.argument(e, 1, s));
                } else if (k == 7 && s.riskOk) {
                    s.raised.add("IndexError");
                    st = Stmt.simple(n + "[$0] = $1", x.gen(Ty.INT, 1, s), bounded(x.gen(e, 1, s)));
                } else if (s.loopDepth == 0) {
                    st = Stmt.simple(n + ".extend($0)", bounded(x.gen(t, 1, s)));
                } else {
                    st = Stmt.simple(n + ".append($0)", bounded(x.argument(e, 1, s)));
                }
            }
            case DICT -> {
                int k = g.random.nextInt(5);
                if (k <= 1) {
                    st = Stmt.simple(n + "[$0] = $1", x.argument(Ty.STR, 1, s), bounded(x.gen(Ty.INT, 1, s)));
                } else if (k == 2 && s.riskOk) {
                    s.raised.add("KeyError");
                    st = Stmt.simple("del " + n + "[$0]", x.argument(Ty.STR, 1, s));
                } else if (k == 3) {
                    st = Stmt.simple(n + ".setdefault($0, $1)", x.argument(Ty.STR, 1, s), bounded(x.argument(Ty.INT, 1, s)));
                } else {
                    st = Stmt.simple(n + ".update($0)", x.gen(Ty.DICT_STR_INT, 1, s));
                }
            }
            default -> {
                int k = g.random.nextInt(4);
                if (k <= 1) {
                    st = Stmt.simple(n + ".add($0)", bounded(x.argument(Ty.INT, 1, s)));
                } else if (k == 2) {
                    st = Stmt.simple(n + ".discard($0)", x.argument(Ty.INT, 1, s));
                } else if (s.riskOk) {
                    s.raised.add("KeyError");
                    st = Stmt.simple(n + ".remove($0)", x.argument(Ty.INT, 1, s));
                } else {
                    st = Stmt.simple(n + ".update($0)", x.gen(Ty.LIST_INT, 1, s));
                }
            }
        }
        out.add(st);
        if (x.chance(60)) {
            out.add(Stmt.simple("print(\"" + n + "\", " + n + ")"));
        }
    }

    private void show(Scope s, List<Stmt> out) {
        if (s.pure) {
            declare(s, out);
            return;
        }
        int n = 1 + g.random.nextInt(3);
        List<Expr> es = new ArrayList<>();
        StringBuilder t = new StringBuilder("print(");
        for (int i = 0; i < n; i++) {
            t.append(i > 0 ? ", " : "").append('$').append(i);
            es.add(x.gen(someType(), 2, s));
        }
        if (x.chance(15)) {
            t.append(x.pick(List.of(", sep=\"|\"", ", end=\";\\n\"", ", sep=\"\"")));
        }
        out.add(Stmt.simple(t + ")", es.toArray(Expr[]::new)));
    }

    private void ifStmt(Scope s, int depth, List<Stmt> out) {
        Stmt st = Stmt.simple("if $0:", x.gen(Ty.BOOL, 2, s));
        st.block(null, block(s.block(), 1 + g.random.nextInt(3), depth - 1));
        if (x.chance(30)) {
            Expr c = x.gen(Ty.BOOL, 2, s);
            st.block("elif " + c.render() + ":", block(s.block(), 1 + g.random.nextInt(2), depth - 1));
        }
        if (x.chance(50)) {
            st.block("else:", block(s.block(), 1 + g.random.nextInt(3), depth - 1));
        }
        out.add(st);
    }

    private void forStmt(Scope s, int depth, List<Stmt> out) {
        Scope body = s.loop();
        // what the loop iterates, and every container of the same kind, is read-only in the body
        for (Ty t : List.of(Ty.LIST_INT, Ty.LIST_STR, Ty.LIST_FLOAT, Ty.DICT_STR_INT, Ty.SET_INT)) {
            for (Scope.Var v : s.visible(t, true)) {
                body.vars.add(new Scope.Var(v.name(), v.ty(), true));
            }
        }
        String c = g.fresh("i");
        Stmt st;
        switch (g.random.nextInt(7)) {
            case 0, 1 -> {
                Ty t = x.pick(List.of(Ty.LIST_INT, Ty.LIST_STR, Ty.LIST_FLOAT));
                st = Stmt.simple("for " + c + " in $0:", x.gen(t, 1, s));
                body.vars.add(new Scope.Var(c, t.elem(), true));
            }
            case 2 -> {
                st = Stmt.simple("for " + c + " in range($0 % 7):", x.gen(Ty.INT, 1, s));
                body.vars.add(new Scope.Var(c, Ty.INT, true));
            }
            case 3 -> {
                st = Stmt.simple("for " + c + " in $0[:8]:", x.argument(Ty.STR, 1, s));
                body.vars.add(new Scope.Var(c, Ty.STR, true));
            }
            case 4 -> {
                String v = g.fresh("i");
                st = Stmt.simple("for " + c + ", " + v + " in $0.items():", x.gen(Ty.DICT_STR_INT, 1, s));
                body.vars.add(new Scope.Var(c, Ty.STR, true));
                body.vars.add(new Scope.Var(v, Ty.INT, true));
            }
            case 5 -> {
                String v = g.fresh("i");
                st = Stmt.simple("for " + c + ", " + v + " in enumerate($0):", x.gen(Ty.LIST_STR, 1, s));
                body.vars.add(new Scope.Var(c, Ty.INT, true));
                body.vars.add(new Scope.Var(v, Ty.STR, true));
            }
            default -> {
                st = Stmt.simple("for " + c + " in sorted($0):", x.gen(Ty.SET_INT, 1, s));
                body.vars.add(new Scope.Var(c, Ty.INT, true));
            }
        }
        st.block(null, block(body, 1 + g.random.nextInt(4), depth - 1));
        if (x.chance(15)) {
            st.block("else:", block(s.block(), 1, depth - 1));
        }
        out.add(st);
    }

    private void whileStmt(Scope s, int depth, List<Stmt> out) {
        String w = g.fresh("w");
        out.add(Stmt.simple(w + ": int = 0"));
        Scope body = s.loop();
        body.vars.add(new Scope.Var(w, Ty.INT, true));
        List<Stmt> stmts = new ArrayList<>();
        stmts.add(Stmt.kept(w + " += 1"));
        stmts.addAll(block(body, 1 + g.random.nextInt(3), depth - 1));
        Stmt st = Stmt.simple("while " + w + " < " + (1 + g.random.nextInt(6)) + ":");
        out.add(st.block(null, stmts));
    }

    private void jump(Scope s, List<Stmt> out) {
        Expr cond = x.gen(Ty.BOOL, 2, s);
        if (s.loopDepth > 0 && x.chance(60)) {
            out.add(Stmt.simple("if $0:", cond).block(null, List.of(Stmt.simple(x.chance(50) ? "break" : "continue"))));
        } else if (s.returns != null && x.chance(50)) {
            Expr e = s.returns.is(Ty.Kind.OBJECT) ? x.gen(s.returns, 1, s) : bounded(x.gen(s.returns, 1, s));
            out.add(Stmt.simple("if $0:", cond).block(null, List.of(Stmt.simple("return $0", e))));
        } else if (s.riskOk) {
            out.add(Stmt.simple("if $0:", cond).block(null, List.of(raise(s))));
        } else {
            show(s, out);
        }
    }

    private Stmt raise(Scope s) {
        int k = g.random.nextInt(3 + g.exceptions.size());
        if (k >= 3) {
            ProgramGenerator.ExcCls e = g.exceptions.get(k - 3);
            s.raised.add(e.name());
            return e.coded() ? Stmt.simple("raise " + e.name() + "($0)", bounded(x.gen(Ty.INT, 1, s)))
                    : Stmt.simple("raise " + e.name() + "($0)", x.argument(Ty.STR, 1, s));
        }
        String name = x.pick(List.of("ValueError", "KeyError", "IndexError", "RuntimeError"));
        s.raised.add(name);
        return Stmt.simple("raise " + name + "($0)", x.argument(Ty.STR, 1, s));
    }

    private List<String> basesOf(String exc) {
        for (ProgramGenerator.ExcCls e : g.exceptions) {
            if (e.name().equals(exc)) {
                List<String> out = new ArrayList<>();
                out.add(e.base());
                out.addAll(basesOf(e.base()));
                return out;
            }
        }
        return BASES.getOrDefault(exc, List.of("Exception"));
    }

    private void tryStmt(Scope s, int depth, List<Stmt> out) {
        boolean wantFinally = x.chance(20);
        Scope body = s.tryBody();
        if (wantFinally) {
            // no break or continue under a finally (refused today, counted in README)
            body = new Scope(body.vars, body.raised, true, 0, s.pure, s.returns, s.self);
        }
        List<Stmt> tryBody = block(body, 1 + g.random.nextInt(4), depth - 1);
        if (body.raised.isEmpty() || x.chance(30)) {
            tryBody.add(Stmt.simple("if $0:", x.gen(Ty.BOOL, 2, body)).block(null, List.of(raise(body))));
        }
        Stmt st = Stmt.simple("try:").block(null, tryBody);
        List<String> handlers = new ArrayList<>();
        for (String exc : body.raised) {
            if (x.chance(8)) {
                s.raised.add(exc);
                continue;
            }
            List<String> choices = new ArrayList<>(List.of(exc, exc));
            choices.addAll(basesOf(exc));
            String h = x.pick(choices);
            if (!handlers.contains(h)) {
                handlers.add(h);
            }
        }
        // specific handlers before the general ones that would take their exceptions
        handlers.sort((a, b) -> Integer.compare(generality(a), generality(b)));
        for (String h : handlers) {
            List<Stmt> hb = new ArrayList<>();
            if (s.pure) {
                hb.addAll(block(s.block(), 1, 0));
                st.block("except " + h + ":", hb);
                continue;
            }
            String shown = h.equals("ZeroDivisionError") || h.equals("ArithmeticError")
                    ? "print(\"caught " + h + "\")" : "print(\"caught " + h + "\", e)";
            hb.add(Stmt.kept(shown));
            ProgramGenerator.ExcCls custom = g.exceptions.stream().filter(e -> e.name().equals(h) && e.coded())
                    .findFirst().orElse(null);
            if (custom != null) {
                hb.add(Stmt.simple("print(\"code\", e.code)"));
            }
            if (x.chance(30)) {
                hb.addAll(block(s.block(), 1, depth - 1));
            }
            st.block("except " + h + " as e:", hb);
        }
        if (handlers.isEmpty() && !wantFinally) {
            handlers.add("Exception");
            st.block("except Exception as e:", List.of(Stmt.kept(s.pure ? "pass" : "print(\"caught Exception\", e)")));
        }
        if (wantFinally) {
            if (handlers.isEmpty()) {
                s.raised.addAll(body.raised);
            }
            st.block("finally:", s.pure ? block(s.block(), 1, 0) : List.of(Stmt.kept("print(\"finally\")")));
        } else if (x.chance(20)) {
            st.block("else:", List.of(Stmt.simple("print(\"no exception\")")));
        }
        out.add(st);
    }

    private int generality(String h) {
        return switch (h) {
            case "Exception" -> 3;
            case "LookupError", "ArithmeticError" -> 2;
            case "ValueError", "KeyError", "RuntimeError", "IndexError", "ZeroDivisionError" -> 1;
            default -> 0;
        };
    }

    private void narrow(Scope s, int depth, List<Stmt> out) {
        Ty t = x.chance(50) ? Ty.OPT_INT : Ty.OPT_STR;
        List<Scope.Var> vs = s.visible(t, false);
        if (vs.isEmpty()) {
            declare(s, out);
            return;
        }
        Scope.Var o = x.pick(vs);
        Scope narrowed = s.with(new Scope.Var(o.name(), t.elem(), true));
        Expr also = x.gen(Ty.BOOL, 1, narrowed.block());
        List<Stmt> some = block(narrowed, 1 + g.random.nextInt(2), depth - 1);
        List<Stmt> none = block(s.block(), 1, depth - 1);
        switch (g.random.nextInt(3)) {
            case 0 -> out.add(Stmt.simple("if " + o.name() + " is not None:").block(null, some).block("else:", none));
            case 1 -> out.add(Stmt.simple("if " + o.name() + " is None:").block(null, none).block("else:", some));
            default -> out.add(Stmt.simple("if " + o.name() + " is not None and $0:", also).block(null, some));
        }
    }
}
