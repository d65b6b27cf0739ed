package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.MatchCase;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Pattern;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.semantics.NameChecker;
import io.portalis.accel.python.semantics.NameResolution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The {@code match} statement, lowered before the check stage to the {@code if} statements it
 * means (PEP 634): the subject is evaluated once (into a fresh local unless it is a plain name
 * no case rebinds), each case is an {@code if} on its pattern's tests ({@link MatchPatterns})
 * whose body first binds the captures, the first case that matches runs and no case matching
 * falls through. A guarded case binds its captures before the guard runs, and a flag tells the
 * later cases whether it ran. The module is then checked again, so the subject is narrowed in
 * each case as an {@code isinstance} narrows it. A match whose patterns cannot be lowered stays
 * as it is and is refused, by name, where the translation reaches it.
 */
record MatchStatements(Mod.Module module, NameResolution names, Map<Expr.Call, String> shapeTests,
        Map<Stmt.Match, Unsupported> refusals) {

    /** The module with its match statements lowered (the same module and names when it has none). */
    static MatchStatements of(Mod.Module module, NameResolution names) {
        Rewriter r = new Rewriter(module);
        List<Stmt> body = r.block(module.body());
        if (body == module.body()) {
            return new MatchStatements(module, names, Map.of(), r.refusals);
        }
        Mod.Module lowered = new Mod.Module(body, module.type_ignores(), module.start(), module.end());
        return new MatchStatements(lowered, NameChecker.check(lowered), r.patterns.shapeTests, r.refusals);
    }

    /** Why a match statement left as written cannot be translated. */
    Unsupported refusal(Stmt.Match m) {
        Unsupported u = refusals.get(m);
        return u != null ? u : Unsupported.construct("match statement", m);
    }

    private static final class Rewriter {
        final Set<String> used = new HashSet<>();
        final Map<Stmt.Match, Unsupported> refusals = new IdentityHashMap<>();
        final MatchPatterns patterns;
        int counter;

        Rewriter(Mod.Module module) {
            collectNames(module, used);
            patterns = new MatchPatterns(matchArgs(module.body()), MatchPatterns.identityMap());
        }

        /** The block with its match statements lowered; the same list when nothing changed. */
        List<Stmt> block(List<Stmt> body) {
            List<Stmt> out = new ArrayList<>();
            boolean changed = false;
            for (Stmt s : body) {
                List<Stmt> now = stmt(s);
                changed |= now.size() != 1 || now.get(0) != s;
                out.addAll(now);
            }
            return changed ? out : body;
        }

        private List<Stmt> stmt(Stmt s) {
            if (s instanceof Stmt.Match m) {
                try {
                    return lower(m);
                } catch (Unsupported u) {
                    refusals.put(m, u);
                    return List.of(s);
                }
            }
            Stmt now = s;
            if (s instanceof Stmt.FunctionDef f && block(f.body()) != f.body()) {
                now = new Stmt.FunctionDef(f.name(), f.args(), block(f.body()), f.decorator_list(), f.returns(),
                        f.type_comment(), f.start(), f.end());
            } else if (s instanceof Stmt.ClassDef c && block(c.body()) != c.body()) {
                now = new Stmt.ClassDef(c.name(), c.bases(), c.keywords(), block(c.body()), c.decorator_list(), c.start(), c.end());
            } else if (s instanceof Stmt.For f && (block(f.body()) != f.body() || block(f.orelse()) != f.orelse())) {
                now = new Stmt.For(f.target(), f.iter(), block(f.body()), block(f.orelse()), f.type_comment(), f.start(), f.end());
            } else if (s instanceof Stmt.While w && (block(w.body()) != w.body() || block(w.orelse()) != w.orelse())) {
                now = new Stmt.While(w.test(), block(w.body()), block(w.orelse()), w.start(), w.end());
            } else if (s instanceof Stmt.If i && (block(i.body()) != i.body() || block(i.orelse()) != i.orelse())) {
                now = new Stmt.If(i.test(), block(i.body()), block(i.orelse()), i.start(), i.end());
            } else if (s instanceof Stmt.With w && block(w.body()) != w.body()) {
                now = new Stmt.With(w.items(), block(w.body()), w.type_comment(), w.start(), w.end());
            } else if (s instanceof Stmt.Try t && tryChanged(t.body(), t.handlers(), t.orelse(), t.finalbody())) {
                now = new Stmt.Try(block(t.body()), handlers(t.handlers()), block(t.orelse()), block(t.finalbody()),
                        t.start(), t.end());
            }
            return List.of(now);
        }

        private boolean tryChanged(List<Stmt> body, List<ExceptHandler> hs, List<Stmt> orelse, List<Stmt> fin) {
            return block(body) != body || block(orelse) != orelse || block(fin) != fin
                    || hs.stream().anyMatch(h -> block(h.body()) != h.body());
        }

        private List<ExceptHandler> handlers(List<ExceptHandler> hs) {
            return hs.stream().map(h -> new ExceptHandler(h.type(), h.name(), block(h.body()), h.start(), h.end())).toList();
        }

        private List<Stmt> lower(Stmt.Match m) {
            List<Stmt> out = new ArrayList<>();
            Supplier<Expr> subject;
            if (m.subject() instanceof Expr.Name n && !rebindsSubject(m, n.id())) {
                subject = () -> new Expr.Name(n.id(), ExprContext.Load, n.start(), n.end());
            } else {
                String temp = fresh("_match_subject");
                Expr at = m.subject();
                out.add(new Stmt.Assign(List.of(new Expr.Name(temp, ExprContext.Store, at.start(), at.end())), at, null,
                        at.start(), at.end()));
                subject = () -> new Expr.Name(temp, ExprContext.Load, at.start(), at.end());
            }
            List<MatchPatterns.Shape> shapes = new ArrayList<>();
            for (int i = 0; i < m.cases().size(); i++) {
                MatchCase c = m.cases().get(i);
                MatchPatterns.Shape shape = patterns.of(c.pattern(), subject);
                if (shape.tests().isEmpty() && c.guard() == null && i < m.cases().size() - 1) {
                    throw Unsupported.construct("irrefutable pattern before the last case", c.pattern());
                }
                shapes.add(shape);
            }
            out.addAll(chain(m.cases(), shapes, 0));
            return out;
        }

        /** The cases from {@code i} on: each an if whose else holds the later ones. */
        private List<Stmt> chain(List<MatchCase> cases, List<MatchPatterns.Shape> shapes, int i) {
            if (i == cases.size()) {
                return List.of();
            }
            MatchCase c = cases.get(i);
            MatchPatterns.Shape shape = shapes.get(i);
            List<Stmt> rest = chain(cases, shapes, i + 1);
            List<Stmt> body = new ArrayList<>(bindings(shape));
            if (c.guard() == null) {
                body.addAll(c.body());
                if (shape.tests().isEmpty()) {
                    return body;
                }
                return List.of(new Stmt.If(MatchPatterns.and(shape.tests(), c.pattern()), body, rest, c.start(), c.end()));
            }
            // case P if G: the captures are bound before G runs; the body runs where the flag says
            // G held (the subject's type test asked again narrows it there), else the later cases.
            String flag = fresh("_match_guard");
            Node at = c.guard();
            body.add(new Stmt.If(c.guard(), List.of(assign(flag, true, at)), List.of(), c.start(), c.end()));
            List<Stmt> out = new ArrayList<>();
            out.add(assign(flag, false, at));
            if (shape.tests().isEmpty()) {
                out.addAll(body);
            } else {
                out.add(new Stmt.If(MatchPatterns.and(shape.tests(), c.pattern()), body, List.of(), c.start(), c.end()));
            }
            Expr ran = new Expr.Name(flag, ExprContext.Load, at.start(), at.end());
            if (shape.typeTest() != null) {
                ran = MatchPatterns.and(List.of(ran, shape.typeTest().get()), c.pattern());
            }
            out.add(new Stmt.If(ran, c.body(), rest, c.start(), c.end()));
            return out;
        }

        private static Stmt assign(String name, boolean value, Node at) {
            return new Stmt.Assign(List.of(new Expr.Name(name, ExprContext.Store, at.start(), at.end())),
                    new Expr.Constant(new ConstantValue.Bool(value), null, at.start(), at.end()), null, at.start(), at.end());
        }

        private static List<Stmt> bindings(MatchPatterns.Shape shape) {
            List<Stmt> out = new ArrayList<>();
            for (MatchPatterns.Binding b : shape.bindings()) {
                Node at = b.at();
                out.add(new Stmt.Assign(List.of(new Expr.Name(b.name(), ExprContext.Store, at.start(), at.end())), b.path().get(),
                        null, at.start(), at.end()));
                for (Supplier<Expr> key : b.dropKeys()) {
                    Expr target = new Expr.Subscript(new Expr.Name(b.name(), ExprContext.Load, at.start(), at.end()), key.get(),
                            ExprContext.Del, at.start(), at.end());
                    out.add(new Stmt.Delete(List.of(target), at.start(), at.end()));
                }
            }
            return out;
        }

        /** Whether a capture or a guard's := rebinds the subject's name before a later case reads it. */
        private static boolean rebindsSubject(Stmt.Match m, String name) {
            Set<String> bound = new HashSet<>();
            for (MatchCase c : m.cases()) {
                collectNames(c.pattern(), bound);
                if (c.guard() != null && hasWalrus(c.guard())) {
                    return true;
                }
            }
            return bound.contains(name);
        }

        private static boolean hasWalrus(Node n) {
            if (n instanceof Expr.NamedExpr) {
                return true;
            }
            return NodeChildren.of(n).stream().anyMatch(Rewriter::hasWalrus);
        }

        private String fresh(String base) {
            String name;
            do {
                name = base + "_" + (++counter);
            } while (used.contains(name));
            used.add(name);
            return name;
        }
    }

    /** Every identifier the module binds or reads, so fresh locals collide with none. */
    private static void collectNames(Node n, Set<String> out) {
        if (n instanceof Expr.Name x) {
            out.add(x.id());
        } else if (n instanceof Arg a) {
            out.add(a.arg());
        } else if (n instanceof Stmt.FunctionDef f) {
            out.add(f.name());
        } else if (n instanceof Stmt.ClassDef c) {
            out.add(c.name());
        } else if (n instanceof Pattern.MatchAs a && a.name() != null) {
            out.add(a.name());
        } else if (n instanceof Pattern.MatchStar s && s.name() != null) {
            out.add(s.name());
        } else if (n instanceof Pattern.MatchMapping mm && mm.rest() != null) {
            out.add(mm.rest());
        } else if (n instanceof ExceptHandler h && h.name() != null) {
            out.add(h.name());
        } else if (n instanceof Alias a) {
            out.add(a.asname() != null ? a.asname() : a.name());
        } else if (n instanceof Stmt.Global g) {
            out.addAll(g.names());
        } else if (n instanceof Stmt.Nonlocal g) {
            out.addAll(g.names());
        }
        for (Node child : NodeChildren.of(n)) {
            collectNames(child, out);
        }
    }

    /**
     * The {@code __match_args__} of the module's classes: written in the class body, generated by
     * {@code @dataclass} (its init fields, in order, bases' first) or by {@code NamedTuple}, or
     * inherited from a base class of the module.
     */
    private static Map<String, List<String>> matchArgs(List<Stmt> body) {
        Map<String, List<String>> out = new HashMap<>();
        for (Stmt s : body) {
            if (!(s instanceof Stmt.ClassDef c)) {
                continue;
            }
            List<String> explicit = explicitMatchArgs(c);
            List<String> inherited = null;
            for (Expr base : c.bases()) {
                if (base instanceof Expr.Name bn && out.containsKey(bn.id())) {
                    inherited = out.get(bn.id());
                    break;
                }
            }
            boolean namedTuple = c.bases().stream().anyMatch(b -> b instanceof Expr.Name bn && bn.id().equals("NamedTuple"));
            Expr dataclass = c.decorator_list().stream().filter(MatchStatements::isDataclass).findFirst().orElse(null);
            if (explicit != null) {
                out.put(c.name(), explicit);
            } else if (dataclass != null && generatesMatchArgs(dataclass)) {
                List<String> fields = new ArrayList<>(inherited == null ? List.of() : inherited);
                if (!fields(c, fields, kwOnly(dataclass))) {
                    continue;
                }
                out.put(c.name(), fields);
            } else if (namedTuple) {
                List<String> fields = new ArrayList<>();
                if (fields(c, fields, false)) {
                    out.put(c.name(), fields);
                }
            } else if (dataclass == null && inherited != null) {
                out.put(c.name(), inherited);
            }
        }
        return out;
    }

    /** Whether a class body statement is {@code __match_args__ = ("a", "b")}, a tuple of str literals. */
    static boolean declaresMatchArgs(Stmt s) {
        return s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                && n.id().equals("__match_args__") && a.value() instanceof Expr.Tuple t
                && t.elts().stream().allMatch(e -> e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str);
    }

    private static List<String> explicitMatchArgs(Stmt.ClassDef c) {
        for (Stmt s : c.body()) {
            if (declaresMatchArgs(s) && ((Stmt.Assign) s).value() instanceof Expr.Tuple t) {
                List<String> names = new ArrayList<>();
                for (Expr e : t.elts()) {
                    if (!(e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str str)) {
                        return null;
                    }
                    names.add(str.value());
                }
                return names;
            }
        }
        return null;
    }

    /** Appends the class's init fields; false when one is of a kind whose matching is not known here. */
    private static boolean fields(Stmt.ClassDef c, List<String> out, boolean kwOnly) {
        for (Stmt s : c.body()) {
            if (!(s instanceof Stmt.AnnAssign a) || !(a.target() instanceof Expr.Name n)) {
                continue;
            }
            String annotation = head(a.annotation());
            if (annotation.equals("ClassVar")) {
                continue;
            }
            if (annotation.equals("InitVar") || annotation.equals("KW_ONLY")) {
                return false;
            }
            if (a.value() instanceof Expr.Call call && call.func() instanceof Expr.Name f && f.id().equals("field")) {
                for (Keyword k : call.keywords()) {
                    if ("init".equals(k.arg()) || "kw_only".equals(k.arg())) {
                        return false;
                    }
                }
            }
            if (!kwOnly) {
                out.remove(n.id());
                out.add(n.id());
            }
        }
        return true;
    }

    private static String head(Expr annotation) {
        Expr e = annotation instanceof Expr.Subscript s ? s.value() : annotation;
        if (e instanceof Expr.Attribute a) {
            return a.attr();
        }
        return e instanceof Expr.Name n ? n.id() : "";
    }

    private static boolean isDataclass(Expr d) {
        Expr f = d instanceof Expr.Call c ? c.func() : d;
        return f instanceof Expr.Name n && n.id().equals("dataclass")
                || f instanceof Expr.Attribute a && a.attr().equals("dataclass");
    }

    private static boolean generatesMatchArgs(Expr d) {
        return !(d instanceof Expr.Call c) || c.keywords().stream().noneMatch(k -> "match_args".equals(k.arg())
                && k.value() instanceof Expr.Constant v && v.value() instanceof ConstantValue.Bool b && !b.value());
    }

    private static boolean kwOnly(Expr d) {
        return d instanceof Expr.Call c && c.keywords().stream().anyMatch(k -> "kw_only".equals(k.arg())
                && !(k.value() instanceof Expr.Constant v && v.value() instanceof ConstantValue.Bool b && !b.value()));
    }
}
