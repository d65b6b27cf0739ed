package io.portalis.accel.rust.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes, from a seed, a well-typed Python 3.11 program over the subset the translator supports:
 * exception classes, classes (plain, with {@code __repr__}, dataclasses, one level of inheritance),
 * pure functions with defaults (called inside expressions), procedures that print and mutate their
 * arguments, and a {@code main()} that prints its intermediate values. Every loop is bounded, no
 * function calls itself or a later one, and types are tracked so every expression has the type
 * its position needs (no int where a float is expected). The same seed always gives the same text.
 */
final class ProgramGenerator {
    record Param(String name, Ty ty, String dflt) {}

    /** A function (or method, or mutator) the generated code may call; {@code raises}: what may escape it. */
    record Func(String name, List<Param> params, Ty ret, Set<String> raises) {}

    record Cls(String name, List<Scope.Var> fields, boolean dataclass, List<Func> methods, List<Func> mutators,
            Cls base) {}

    /** A user exception: its base class and whether it has an {@code __init__(self, code: int)}. */
    record ExcCls(String name, String base, boolean coded) {}

    final Random random;
    final Features features;
    final ExprGenerator exprs;
    final StmtGenerator stmts;
    final List<Func> functions = new ArrayList<>();
    final List<Func> procedures = new ArrayList<>();
    final List<Cls> classes = new ArrayList<>();
    final List<ExcCls> exceptions = new ArrayList<>();
    private int names;

    ProgramGenerator(long seed, Features features) {
        this.random = new Random(seed);
        this.features = features;
        this.exprs = new ExprGenerator(this);
        this.stmts = new StmtGenerator(this);
    }

    /** The program of a seed. */
    static List<Stmt> generate(long seed, Features features) {
        return new ProgramGenerator(seed, features).program();
    }

    String fresh(String prefix) {
        return prefix + (++names);
    }

    Cls classNamed(String name) {
        for (Cls c : classes) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("no class " + name);
    }

    /** The value types expressions may have in this program: the fixed ones and its classes. */
    List<Ty> valueTypes() {
        List<Ty> all = new ArrayList<>(Ty.VALUES);
        for (Cls c : classes) {
            all.add(Ty.object(c.name()));
        }
        return all;
    }

    List<Stmt> program() {
        List<Stmt> out = new ArrayList<>();
        out.add(Stmt.simple("from dataclasses import dataclass"));
        out.add(Stmt.simple("from typing import Optional"));
        int nExc = random.nextInt(3);
        for (int i = 0; i < nExc; i++) {
            out.add(exceptionClass());
        }
        int nCls = random.nextInt(3);
        for (int i = 0; i < nCls; i++) {
            out.add(classDef());
            if (exprs.chance(30)) {
                out.add(subclass(classes.get(classes.size() - 1)));
            }
        }
        int nFun = 1 + random.nextInt(4);
        for (int i = 0; i < nFun; i++) {
            out.add(function());
        }
        int nProc = random.nextInt(3);
        for (int i = 0; i < nProc; i++) {
            out.add(procedure());
        }
        Scope main = new Scope(new ArrayList<>(), new LinkedHashSet<>(), false, 0, false, null, null);
        Stmt mainDef = Stmt.kept("def main() -> None:");
        mainDef.block(null, stmts.block(main, 14 + random.nextInt(14), 3));
        out.add(mainDef);
        Stmt guard = Stmt.kept("if __name__ == \"__main__\":");
        guard.block(null, List.of(Stmt.kept("main()")));
        out.add(guard);
        return out;
    }

    private Stmt exceptionClass() {
        String name = fresh("Err");
        String base = exprs.pick(List.of("ValueError", "Exception", "KeyError", "RuntimeError"));
        boolean coded = exprs.chance(50);
        exceptions.add(new ExcCls(name, base, coded));
        Stmt def = Stmt.simple("class " + name + "(" + base + "):");
        if (!coded) {
            return def.block(null, List.of(Stmt.kept("pass")));
        }
        Stmt init = Stmt.kept("def __init__(self, code: int) -> None:");
        init.block(null, List.of(Stmt.kept("super().__init__(f\"code {code}\")"), Stmt.kept("self.code = code")));
        return def.block(null, List.of(init));
    }

    private Stmt classDef() {
        String name = fresh("C");
        boolean dataclass = exprs.chance(50);
        List<Scope.Var> fields = new ArrayList<>();
        int nf = 1 + random.nextInt(3);
        for (int i = 0; i < nf; i++) {
            Ty t = exprs.pick(List.of(Ty.INT, Ty.INT, Ty.STR, Ty.FLOAT, Ty.BOOL, Ty.LIST_INT));
            fields.add(new Scope.Var("f" + i + t.py().charAt(0), t, false));
        }
        Cls cls = new Cls(name, fields, dataclass, new ArrayList<>(), new ArrayList<>(), null);
        Stmt def = Stmt.simple("class " + name + ":");
        List<Stmt> body = new ArrayList<>();
        if (dataclass) {
            def = Stmt.simple("@dataclass\nclass " + name + ":");
            for (Scope.Var f : fields) {
                body.add(Stmt.simple(f.name() + ": " + f.ty().py()));
            }
        } else {
            List<String> ps = new ArrayList<>();
            List<Stmt> init = new ArrayList<>();
            for (Scope.Var f : fields) {
                ps.add(f.name() + ": " + f.ty().py());
                init.add(Stmt.kept("self." + f.name() + " = " + f.name()));
            }
            body.add(Stmt.kept("def __init__(self, " + String.join(", ", ps) + ") -> None:").block(null, init));
            List<String> shown = new ArrayList<>();
            for (Scope.Var f : fields) {
                shown.add("{self." + f.name() + "!r}");
            }
            body.add(Stmt.simple("def __repr__(self) -> str:").block(null,
                    List.of(Stmt.kept("return f\"" + name + "(" + String.join(", ", shown) + ")\""))));
        }
        classes.add(cls);
        int nm = 1 + random.nextInt(2);
        for (int i = 0; i < nm; i++) {
            body.add(method(cls, "m" + i, exprs.pick(List.of(Ty.INT, Ty.STR, Ty.BOOL, Ty.FLOAT)), null));
        }
        body.add(mutator(cls));
        return def.block(null, body);
    }

    private Stmt subclass(Cls base) {
        String name = fresh("C");
        Cls cls = new Cls(name, base.fields(), base.dataclass(), new ArrayList<>(), new ArrayList<>(), base);
        Stmt def = Stmt.simple((base.dataclass() ? "@dataclass\n" : "") + "class " + name + "(" + base.name() + "):");
        classes.add(cls);
        cls.mutators().addAll(base.mutators());
        Func over = base.methods().get(0);
        List<Stmt> body = new ArrayList<>();
        body.add(method(cls, over.name(), over.ret(), over));
        cls.methods().addAll(base.methods().subList(1, base.methods().size()));
        return def.block(null, body);
    }

    /** A pure method; an override may call {@code super()}'s version. */
    private Stmt method(Cls cls, String name, Ty ret, Func overridden) {
        List<Param> params = overridden != null ? overridden.params()
                : List.of(new Param("x", exprs.pick(List.of(Ty.INT, Ty.STR)), null));
        List<Scope.Var> vars = new ArrayList<>();
        for (Param p : params) {
            vars.add(new Scope.Var(p.name(), p.ty(), true));
        }
        Scope s = Scope.function(vars, true, ret, cls);
        List<Stmt> body = stmts.block(s, random.nextInt(3), 1);
        Expr result = overridden != null && exprs.chance(50)
                ? superCall(overridden, ret, s) : stmts.bounded(exprs.gen(ret, 2, s));
        body.add(Stmt.kept("return $0", result));
        Func f = new Func(name, params, ret, Set.copyOf(s.raised));
        cls.methods().add(f);
        return Stmt.simple("def " + name + "(self, " + paramList(params) + ") -> " + ret.py() + ":").block(null, body);
    }

    private Expr superCall(Func overridden, Ty ret, Scope s) {
        StringBuilder t = new StringBuilder("super()." + overridden.name() + "(");
        for (int i = 0; i < overridden.params().size(); i++) {
            t.append(i > 0 ? ", " : "").append(overridden.params().get(i).name());
        }
        s.raised.addAll(overridden.raises());
        return Expr.leaf(ret, t + ")", ExprGenerator.INT_LIMIT);
    }

    private Stmt mutator(Cls cls) {
        Param k = new Param("k", Ty.INT, null);
        List<Scope.Var> vars = new ArrayList<>(List.of(new Scope.Var("k", Ty.INT, true)));
        Scope s = new Scope(vars, new LinkedHashSet<>(), false, 0, false, null, cls);
        List<Stmt> body = new ArrayList<>();
        for (Scope.Var f : cls.fields()) {
            Expr v = Expr.leaf(f.ty(), "self." + f.name(), ExprGenerator.var(f).bound);
            Expr e = switch (f.ty().kind()) {
                case INT -> Expr.of(Ty.INT, 1009, "(($0 + $1) % 1009)", v, exprs.gen(Ty.INT, 1, s));
                case FLOAT -> Expr.of(Ty.FLOAT, 1e5, "round($0 * 0.5 + $1, 3)", v, exprs.gen(Ty.FLOAT, 1, s));
                case STR -> Expr.of(Ty.STR, 60, "$0 + str($1)", v, exprs.gen(Ty.INT, 1, s));
                case BOOL -> Expr.of(Ty.BOOL, 1, "(not $0)", v);
                default -> null;
            };
            if (e != null) {
                body.add(Stmt.simple("self." + f.name() + " = $0", e));
                if (f.ty().equals(Ty.STR)) {
                    // cut in a statement of its own: (a + b)[-12:] is on the worklist (str_concat_arg.py)
                    body.add(Stmt.simple("self." + f.name() + " = self." + f.name() + "[-12:]"));
                }
            } else {
                body.add(Stmt.simple("self." + f.name() + ".append($0)", exprs.gen(Ty.INT, 1, s)));
            }
        }
        Func f = new Func("bump", List.of(k), null, Set.of());
        cls.mutators().add(f);
        return Stmt.simple("def bump(self, k: int) -> None:").block(null, body);
    }

    private List<Param> params(int max) {
        List<Param> ps = new ArrayList<>();
        int n = random.nextInt(max + 1);
        boolean defaults = false;
        for (int i = 0; i < n; i++) {
            Ty t = exprs.pick(valueTypes());
            if (t.is(Ty.Kind.OBJECT) && exprs.chance(50)) {
                t = Ty.INT;
            }
            String dflt = null;
            if ((defaults || exprs.chance(25)) && t.scalar()) {
                defaults = true;
                dflt = exprs.literal(t, Scope.function(List.of(), true, null, null)).render();
            } else if (defaults) {
                t = Ty.INT;
                dflt = Integer.toString(random.nextInt(10));
            }
            ps.add(new Param("p" + i, t, dflt));
        }
        return ps;
    }

    static String paramList(List<Param> params) {
        List<String> out = new ArrayList<>();
        for (Param p : params) {
            out.add(p.name() + ": " + p.ty().py() + (p.dflt() == null ? "" : " = " + p.dflt()));
        }
        return String.join(", ", out);
    }

    private Stmt function() {
        String name = fresh("f");
        List<Param> ps = params(3);
        Ty ret = exprs.pick(valueTypes());
        List<Scope.Var> vars = new ArrayList<>();
        for (Param p : ps) {
            vars.add(new Scope.Var(p.name(), p.ty(), true));
        }
        Scope s = new Scope(vars, new LinkedHashSet<>(), exprs.chance(50), 0, true, ret, null);
        List<Stmt> body = stmts.block(s, 1 + random.nextInt(5), 2);
        Expr result = ret.is(Ty.Kind.OBJECT) ? exprs.gen(ret, 1, s) : stmts.bounded(exprs.gen(ret, 2, s));
        body.add(Stmt.kept("return $0", result));
        functions.add(new Func(name, ps, ret, Set.copyOf(s.raised)));
        return Stmt.simple("def " + name + "(" + paramList(ps) + ") -> " + ret.py() + ":").block(null, body);
    }

    /** A function that prints and may mutate the containers and objects it is given; called as a statement. */
    private Stmt procedure() {
        String name = fresh("proc");
        List<Param> ps = new ArrayList<>();
        List<Scope.Var> vars = new ArrayList<>();
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            Ty t = exprs.pick(valueTypes());
            ps.add(new Param("q" + i, t, null));
            vars.add(new Scope.Var("q" + i, t, t.scalar()));
        }
        Scope s = new Scope(vars, new LinkedHashSet<>(), false, 0, false, null, null);
        List<Stmt> body = stmts.block(s, 2 + random.nextInt(5), 2);
        procedures.add(new Func(name, ps, null, Set.copyOf(s.raised)));
        return Stmt.simple("def " + name + "(" + paramList(ps) + ") -> None:").block(null, body);
    }

    /**
     * A call (or field read) whose value has type {@code t}: a function, a method of an object, a
     * field, {@code self}'s field inside a method; null when none fits.
     */
    Expr callOf(Ty t, int depth, Scope s) {
        int roll = random.nextInt(3);
        if (roll == 0 || classes.isEmpty()) {
            List<Func> fits = new ArrayList<>();
            for (Func f : functions) {
                if (t.equals(f.ret()) && (s.riskOk || f.raises().isEmpty())) {
                    fits.add(f);
                }
            }
            if (fits.isEmpty()) {
                return null;
            }
            Func f = exprs.pick(fits);
            s.raised.addAll(f.raises());
            return call(f.name() + "(", f, depth, s, null);
        }
        Cls c = s.self != null && exprs.chance(50) ? s.self : exprs.pick(classes);
        Expr obj = c == s.self ? Expr.leaf(Ty.object(c.name()), "self", 0)
                : exprs.gen(Ty.object(c.name()), Math.max(0, depth - 1), s);
        if (roll == 1) {
            List<Scope.Var> fs = new ArrayList<>();
            for (Scope.Var f : c.fields()) {
                if (f.ty().equals(t)) {
                    fs.add(f);
                }
            }
            if (fs.isEmpty()) {
                return null;
            }
            Scope.Var f = exprs.pick(fs);
            return Expr.of(t, ExprGenerator.var(f).bound, "$0." + f.name(), obj);
        }
        List<Func> ms = new ArrayList<>();
        for (Func m : c.methods()) {
            if (t.equals(m.ret()) && (s.riskOk || m.raises().isEmpty())) {
                ms.add(m);
            }
        }
        if (ms.isEmpty()) {
            return null;
        }
        Func m = exprs.pick(ms);
        s.raised.addAll(m.raises());
        return call("$0." + m.name() + "(", m, depth, s, obj);
    }

    /** A call of f: positional arguments, trailing defaults sometimes left out or passed by keyword. */
    private Expr call(String prefix, Func f, int depth, Scope s, Expr receiver) {
        List<Expr> args = new ArrayList<>();
        if (receiver != null) {
            args.add(receiver);
        }
        StringBuilder t = new StringBuilder(prefix);
        boolean first = true;
        boolean byKeyword = false;
        for (Param p : f.params()) {
            if (p.dflt() != null && exprs.chance(40)) {
                byKeyword = true;
                continue;
            }
            Expr a = stmts.bounded(exprs.argument(p.ty(), Math.max(0, depth - 1), s));
            t.append(first ? "" : ", ");
            byKeyword |= p.dflt() != null && exprs.chance(50);
            if (byKeyword) {
                t.append(p.name()).append('=');
            }
            t.append('$').append(args.size());
            args.add(a);
            first = false;
        }
        t.append(')');
        double bound = f.ret() == null ? 0 : switch (f.ret().kind()) {
            case INT -> ExprGenerator.INT_LIMIT;
            case FLOAT -> ExprGenerator.FLOAT_LIMIT;
            default -> ExprGenerator.LEN_LIMIT;
        };
        return Expr.of(f.ret() == null ? Ty.BOOL : f.ret(), bound, t.toString(), args.toArray(Expr[]::new));
    }

    /** A statement calling a procedure or an object's mutator, or null when there is none. */
    Stmt effectCall(Scope s) {
        if (!procedures.isEmpty() && exprs.chance(50)) {
            Func p = exprs.pick(procedures);
            if (!s.riskOk && !p.raises().isEmpty()) {
                return null;
            }
            s.raised.addAll(p.raises());
            Expr c = call(p.name() + "(", p, 1, s, null);
            return new Stmt(c.template, c.kids, false);
        }
        List<Scope.Var> objs = new ArrayList<>();
        for (Cls c : classes) {
            objs.addAll(s.visible(Ty.object(c.name()), false));
        }
        if (objs.isEmpty()) {
            return null;
        }
        Scope.Var o = exprs.pick(objs);
        return Stmt.simple(o.name() + ".bump($0)", exprs.gen(Ty.INT, 1, s));
    }
}
