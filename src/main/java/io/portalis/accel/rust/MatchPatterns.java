package io.portalis.accel.rust;

import io.portalis.accel.python.ast.BoolOperator;
import io.portalis.accel.python.ast.CmpOp;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Pattern;
import io.portalis.accel.python.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One pattern of a {@code case} (PEP 634, as the language reference specifies it) as the tests a
 * subject must pass and the names it binds: the test is a conjunction of ordinary Python
 * expressions ({@code isinstance}, {@code len}, {@code ==}, {@code is}, {@code in}) over access
 * paths from the subject ({@code s.x}, {@code s[0]}, {@code s["k"]}), so the check stage narrows
 * the subject in the case body as mypy does after an {@code isinstance}. Each use of a path is a
 * fresh node (facts are keyed by node identity). Forms with no faithful lowering are refused by name.
 */
final class MatchPatterns {
    /** Classes that match their subject itself with one positional sub-pattern (PEP 634). */
    private static final Set<String> SELF_MATCHING = Set.of("bool", "bytearray", "bytes", "dict", "float",
            "frozenset", "int", "list", "set", "str", "tuple");

    /**
     * What a pattern asks of its subject: conjuncts (empty: always matches), the captures in binding
     * order, and (null when none) a fresh copy of its type test of the subject itself, which has no
     * effect and may be asked again to narrow the subject where the case body runs after a guard.
     */
    record Shape(List<Expr> tests, List<Binding> bindings, Supplier<Expr> typeTest) {}

    /** A name bound to the value at an access path (for a mapping's {@code **rest}, a copy without {@code dropKeys}). */
    record Binding(String name, Supplier<Expr> path, Node at, List<Supplier<Expr>> dropKeys) {}

    private final Map<String, List<String>> matchArgs;
    /** The synthesized {@code isinstance} calls that stand for "is a sequence" / "is a mapping" (checked in lowering). */
    final Map<Expr.Call, String> shapeTests;

    MatchPatterns(Map<String, List<String>> matchArgs, Map<Expr.Call, String> shapeTests) {
        this.matchArgs = matchArgs;
        this.shapeTests = shapeTests;
    }

    Shape of(Pattern p, Supplier<Expr> subject) {
        List<Expr> tests = new ArrayList<>();
        List<Binding> bindings = new ArrayList<>();
        add(p, subject, tests, bindings);
        return new Shape(tests, bindings, typeTest(p, subject));
    }

    private Supplier<Expr> typeTest(Pattern p, Supplier<Expr> s) {
        Pattern inner = p instanceof Pattern.MatchAs a && a.pattern() != null ? a.pattern() : p;
        if (inner instanceof Pattern.MatchClass c && c.cls() instanceof Expr.Name cls) {
            return () -> call("isinstance", c, s.get(), new Expr.Name(cls.id(), ExprContext.Load, cls.start(), cls.end()));
        }
        if (inner instanceof Pattern.MatchSequence q) {
            return () -> shapeTest(s.get(), "sequence", q, "list", "tuple");
        }
        if (inner instanceof Pattern.MatchMapping m) {
            return () -> shapeTest(s.get(), "mapping", m, "dict");
        }
        return null;
    }

    private void add(Pattern p, Supplier<Expr> s, List<Expr> tests, List<Binding> bindings) {
        if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() != null) {
                add(a.pattern(), s, tests, bindings);
            }
            if (a.name() != null) {
                bindings.add(new Binding(a.name(), s, a, List.of()));
            }
        } else if (p instanceof Pattern.MatchValue v) {
            tests.add(compare(s.get(), CmpOp.Eq, v.value(), v));
        } else if (p instanceof Pattern.MatchSingleton v) {
            tests.add(compare(s.get(), CmpOp.Is, new Expr.Constant(v.value(), null, v.start(), v.end()), v));
        } else if (p instanceof Pattern.MatchOr o) {
            List<Expr> alternatives = new ArrayList<>();
            for (Pattern alt : o.patterns()) {
                List<Expr> altTests = new ArrayList<>();
                List<Binding> altBindings = new ArrayList<>();
                add(alt, s, altTests, altBindings);
                if (!altBindings.isEmpty()) {
                    throw Unsupported.construct("or-pattern that binds names", o);
                }
                if (altTests.isEmpty()) {
                    return; // an irrefutable alternative: the whole or-pattern matches
                }
                alternatives.add(and(altTests, alt));
            }
            tests.add(new Expr.BoolOp(BoolOperator.Or, alternatives, o.start(), o.end()));
        } else if (p instanceof Pattern.MatchSequence q) {
            sequence(q, s, tests, bindings);
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m, s, tests, bindings);
        } else if (p instanceof Pattern.MatchClass c) {
            classPattern(c, s, tests, bindings);
        } else {
            throw Unsupported.construct("pattern " + p.getClass().getSimpleName(), p);
        }
    }

    private void sequence(Pattern.MatchSequence q, Supplier<Expr> s, List<Expr> tests, List<Binding> bindings) {
        tests.add(shapeTest(s.get(), "sequence", q, "list", "tuple"));
        int star = -1;
        for (int i = 0; i < q.patterns().size(); i++) {
            if (q.patterns().get(i) instanceof Pattern.MatchStar) {
                star = i;
            }
        }
        int n = q.patterns().size();
        if (star < 0) {
            tests.add(compare(call("len", q, s.get()), CmpOp.Eq, intConst(n, q), q));
        } else if (n > 1) {
            tests.add(compare(call("len", q, s.get()), CmpOp.GtE, intConst(n - 1, q), q));
        }
        for (int i = 0; i < n; i++) {
            Pattern sub = q.patterns().get(i);
            if (i == star) {
                String name = ((Pattern.MatchStar) sub).name();
                if (name != null) {
                    int from = i;
                    int after = n - 1 - i;
                    Supplier<Expr> rest = () -> call("list", sub, new Expr.Subscript(s.get(),
                            new Expr.Slice(from == 0 ? null : intConst(from, sub), after == 0 ? null : intConst(-after, sub),
                                    null, sub.start(), sub.end()), ExprContext.Load, sub.start(), sub.end()));
                    bindings.add(new Binding(name, rest, sub, List.of()));
                }
                continue;
            }
            int index = star >= 0 && i > star ? i - n : i;
            add(sub, () -> new Expr.Subscript(s.get(), intConst(index, sub), ExprContext.Load, sub.start(), sub.end()),
                    tests, bindings);
        }
    }

    private void mapping(Pattern.MatchMapping m, Supplier<Expr> s, List<Expr> tests, List<Binding> bindings) {
        tests.add(shapeTest(s.get(), "mapping", m, "dict"));
        List<Supplier<Expr>> keys = new ArrayList<>();
        for (int i = 0; i < m.keys().size(); i++) {
            Expr key = m.keys().get(i);
            Supplier<Expr> k = () -> copyKey(key);
            keys.add(k);
            tests.add(compare(k.get(), CmpOp.In, s.get(), key));
            add(m.patterns().get(i), () -> new Expr.Subscript(s.get(), k.get(), ExprContext.Load, key.start(), key.end()),
                    tests, bindings);
        }
        if (m.rest() != null) {
            bindings.add(new Binding(m.rest(), () -> call("dict", m, s.get()), m, keys));
        }
    }

    private void classPattern(Pattern.MatchClass c, Supplier<Expr> s, List<Expr> tests, List<Binding> bindings) {
        if (!(c.cls() instanceof Expr.Name cls)) {
            throw Unsupported.construct("class pattern of a dotted class name", c.cls());
        }
        tests.add(call("isinstance", c, s.get(), cls));
        String name = cls.id();
        if (SELF_MATCHING.contains(name)) {
            if (c.patterns().size() > 1 || !c.kwd_attrs().isEmpty()) {
                throw Unsupported.construct("class pattern " + name + "() with more than one sub-pattern", c);
            }
            if (c.patterns().size() == 1) {
                add(c.patterns().get(0), s, tests, bindings);
            }
            return;
        }
        List<String> positional = matchArgs.get(name);
        if (!c.patterns().isEmpty()) {
            if (positional == null) {
                throw Unsupported.construct("positional sub-pattern of class '" + name + "' (no __match_args__ known)", c);
            }
            if (c.patterns().size() > positional.size()) {
                throw Unsupported.construct(name + "() with " + c.patterns().size() + " positional sub-patterns ("
                        + positional.size() + " in __match_args__)", c);
            }
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < c.patterns().size(); i++) {
            seen.add(positional.get(i));
            attribute(c.patterns().get(i), positional.get(i), s, tests, bindings);
        }
        for (int i = 0; i < c.kwd_attrs().size(); i++) {
            String attr = c.kwd_attrs().get(i);
            if (seen.contains(attr)) {
                throw Unsupported.construct("class pattern naming attribute '" + attr + "' twice", c);
            }
            attribute(c.kwd_patterns().get(i), attr, s, tests, bindings);
        }
    }

    private void attribute(Pattern sub, String attr, Supplier<Expr> s, List<Expr> tests, List<Binding> bindings) {
        add(sub, () -> new Expr.Attribute(s.get(), attr, ExprContext.Load, sub.start(), sub.end()), tests, bindings);
    }

    private Expr shapeTest(Expr subject, String shape, Node at, String... classes) {
        List<Expr> names = new ArrayList<>();
        for (String c : classes) {
            names.add(new Expr.Name(c, ExprContext.Load, at.start(), at.end()));
        }
        Expr types = names.size() == 1 ? names.get(0) : new Expr.Tuple(names, ExprContext.Load, at.start(), at.end());
        Expr.Call test = call("isinstance", at, subject, types);
        shapeTests.put(test, shape);
        return test;
    }

    /** A fresh copy of a mapping pattern's key: a literal (maybe negated) or a dotted value name. */
    private static Expr copyKey(Expr key) {
        if (key instanceof Expr.Constant c) {
            return new Expr.Constant(c.value(), c.kind(), c.start(), c.end());
        }
        if (key instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
            return new Expr.UnaryOp(u.op(), copyKey(u.operand()), u.start(), u.end());
        }
        if (key instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ExprContext.Load, n.start(), n.end());
        }
        if (key instanceof Expr.Attribute a) {
            return new Expr.Attribute(copyKey(a.value()), a.attr(), ExprContext.Load, a.start(), a.end());
        }
        throw Unsupported.construct("mapping pattern key of this form", key);
    }

    static Expr and(List<Expr> tests, Node at) {
        return tests.size() == 1 ? tests.get(0) : new Expr.BoolOp(BoolOperator.And, tests, at.start(), at.end());
    }

    static Expr.Compare compare(Expr left, CmpOp op, Expr right, Node at) {
        return new Expr.Compare(left, List.of(op), List.of(right), at.start(), at.end());
    }

    static Expr.Call call(String function, Node at, Expr... args) {
        return new Expr.Call(new Expr.Name(function, ExprContext.Load, at.start(), at.end()), List.of(args), List.of(),
                at.start(), at.end());
    }

    private static Expr intConst(int value, Node at) {
        Expr abs = new Expr.Constant(new ConstantValue.Int(BigInteger.valueOf(Math.abs((long) value))), null, at.start(), at.end());
        return value < 0 ? new Expr.UnaryOp(UnaryOperator.USub, abs, at.start(), at.end()) : abs;
    }

    /**
     * Refuses a sequence or mapping pattern's type test where the subject's type is one whose
     * place among Python's sequences and mappings the {@code isinstance} lowering does not know
     * (a library type such as {@code deque} is a sequence, yet no {@code list} or {@code tuple}).
     */
    static void checkShape(ModuleScope module, Expr.Call c, PyType t) {
        String shape = module.matches == null ? null : module.matches.shapeTests().get(c);
        if (shape != null && !knownShape(t)) {
            throw Unsupported.construct(shape + " pattern against a value of type " + t.python(), c);
        }
    }

    private static boolean knownShape(PyType t) {
        if (t instanceof PyType.UnionT u) {
            return u.members().stream().allMatch(MatchPatterns::knownShape);
        }
        if (t instanceof PyType.OptionalT o) {
            return knownShape(o.inner());
        }
        return t instanceof PyType.Prim || t instanceof PyType.ListT || t instanceof PyType.TupleT
                || t instanceof PyType.VarTupleT || t instanceof PyType.DictT || t instanceof PyType.SetT
                || t instanceof PyType.ClassT;
    }

    static Map<Expr.Call, String> identityMap() {
        return new IdentityHashMap<>();
    }
}
