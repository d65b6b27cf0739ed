package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code P = collections.namedtuple("P", "x y", defaults=[0])} at module level: read as the
 * {@code typing.NamedTuple} class it makes ({@link NamedTuples}), so it has the same constructor,
 * repr, tuple behaviour and methods. CPython's fields have no types; each field's type here is
 * the one the program's own calls of {@code P(...)} (and the defaults) give it by their literal
 * arguments: int, float (ints and floats together: a float slot that keeps ints ints), str or
 * bool. A field no literal settles, or settled to two kinds, is refused, as are the options
 * other than {@code defaults} and field names CPython would refuse.
 */
final class NamedTupleCalls {
    /** Python's keywords, which namedtuple() refuses as names. */
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
            "yield");

    private NamedTupleCalls() {
    }

    /** The class a module-level {@code P = namedtuple(...)} makes; null when the statement is no such call. */
    static Stmt.ClassDef classFor(Stmt s, ModuleScope scope, List<Stmt> module) {
        if (!(s instanceof Stmt.Assign a) || a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Name target)
                || !(a.value() instanceof Expr.Call c) || !namesNamedtuple(c.func(), scope)) {
            return null;
        }
        String name = target.id();
        if (c.args().size() != 2) {
            throw Unsupported.construct("namedtuple() other than with the type name and the field names as its two arguments", c);
        }
        if (!(c.args().get(0) instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str typename)) {
            throw Unsupported.construct("namedtuple() type name other than a string literal", c.args().get(0));
        }
        if (!typename.value().equals(name)) {
            throw Unsupported.construct("namedtuple() named '" + typename.value() + "' bound to another name ('" + name + "')",
                    c.args().get(0));
        }
        List<String> fields = fieldNames(c.args().get(1));
        for (Stmt other : module) {
            if (other != s && stores(other, name)) {
                throw Unsupported.construct("rebinding of the namedtuple class '" + name + "'", other);
            }
        }
        List<Expr> defaults = List.of();
        for (Keyword kw : c.keywords()) {
            if (!"defaults".equals(kw.arg())) {
                throw Unsupported.construct("namedtuple(" + kw.arg() + "=...)", kw);
            }
            if (!(kw.value() instanceof Expr.List l && l.elts().stream().allMatch(NamedTupleCalls::literal))
                    && !(kw.value() instanceof Expr.Tuple t && t.elts().stream().allMatch(NamedTupleCalls::literal))) {
                throw Unsupported.construct("namedtuple defaults other than a list or tuple of literals", kw.value());
            }
            defaults = kw.value() instanceof Expr.List l ? l.elts() : ((Expr.Tuple) kw.value()).elts();
        }
        if (defaults.size() > fields.size()) {
            throw Unsupported.type("Got more default values than field names (TypeError)", c);
        }
        Map<String, Set<String>> kinds = new LinkedHashMap<>();
        fields.forEach(f -> kinds.put(f, new LinkedHashSet<>()));
        Map<String, Expr> defaultOf = new LinkedHashMap<>();
        for (int i = 0; i < defaults.size(); i++) {
            String f = fields.get(fields.size() - defaults.size() + i);
            defaultOf.put(f, defaults.get(i));
            kinds.get(f).add(kind(defaults.get(i)));
        }
        for (Stmt m : module) {
            collectUses(m, name, fields, kinds);
        }
        int at = c.start();
        List<Stmt> body = new ArrayList<>();
        for (String f : fields) {
            Set<String> seen = kinds.get(f);
            seen.remove(null);
            String type = seen.size() == 1 ? seen.iterator().next()
                    : seen.equals(Set.of("int", "float")) ? "float" : null;
            if (type == null) {
                throw Unsupported.type("cannot settle the type of namedtuple field '" + f + "' of " + name + " ("
                        + (seen.isEmpty() ? "no call passes it a literal" : "calls pass it " + String.join(" and ", seen))
                        + "); use a typing.NamedTuple class", c);
            }
            body.add(new Stmt.AnnAssign(new Expr.Name(f, ExprContext.Store, at, at), new Expr.Name(type, ExprContext.Load, at, at),
                    defaultOf.get(f), 1, at, at));
        }
        Stmt.ClassDef made = new Stmt.ClassDef(name, List.of(new Expr.Name("NamedTuple", ExprContext.Load, at, at)), List.of(),
                body, List.of(), s.start(), s.end());
        scope.namedTupleCalls.add(made);
        return made;
    }

    private static boolean namesNamedtuple(Expr func, ModuleScope scope) {
        if (func instanceof Expr.Name n) {
            StdlibImports.Member m = scope.stdlib.member(n.id());
            return m != null && m.module().name().equals("collections") && m.member().equals("namedtuple");
        }
        return func instanceof Expr.Attribute a && a.attr().equals("namedtuple") && a.value() instanceof Expr.Name n
                && scope.stdlib.module(n.id()) != null && scope.stdlib.module(n.id()).name().equals("collections");
    }

    /** {@code "x y"}, {@code "x, y"}, {@code ["x", "y"]}: the names, checked as CPython checks them. */
    private static List<String> fieldNames(Expr e) {
        List<String> names = new ArrayList<>();
        if (e instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str s) {
            for (String part : s.value().replace(',', ' ').trim().split("\\s+")) {
                if (!part.isEmpty()) {
                    names.add(part);
                }
            }
        } else if ((e instanceof Expr.List || e instanceof Expr.Tuple)) {
            for (Expr x : e instanceof Expr.List l ? l.elts() : ((Expr.Tuple) e).elts()) {
                if (!(x instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str s)) {
                    throw Unsupported.construct("namedtuple() field name other than a string literal", x);
                }
                names.add(s.value());
            }
        } else {
            throw Unsupported.construct("namedtuple() field names other than a string or a list of string literals", e);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String f : names) {
            if (!f.matches("[A-Za-z_][A-Za-z0-9_]*") || KEYWORDS.contains(f)) {
                throw Unsupported.type("Type names and field names must be valid identifiers: '" + f + "' (ValueError)", e);
            }
            if (f.startsWith("_")) {
                throw Unsupported.type("Field names cannot start with an underscore: '" + f + "' (ValueError)", e);
            }
            if (!seen.add(f)) {
                throw Unsupported.type("Encountered duplicate field name: '" + f + "' (ValueError)", e);
            }
        }
        if (names.isEmpty()) {
            throw Unsupported.construct("namedtuple() without fields", e);
        }
        return names;
    }

    private static boolean stores(Node n, String name) {
        if (n instanceof Expr.Name x && x.id().equals(name) && x.ctx() != ExprContext.Load) {
            return true;
        }
        if ((n instanceof Stmt.FunctionDef f && f.name().equals(name)) || (n instanceof Stmt.ClassDef k && k.name().equals(name))) {
            return true;
        }
        return NodeChildren.of(n).stream().anyMatch(ch -> stores(ch, name));
    }

    /** The kinds of literal each call {@code P(...)} passes to each field. */
    private static void collectUses(Node n, String name, List<String> fields, Map<String, Set<String>> kinds) {
        if (n instanceof Expr.Call c && c.func() instanceof Expr.Name f && f.id().equals(name)) {
            for (int i = 0; i < c.args().size() && i < fields.size(); i++) {
                if (c.args().get(i) instanceof Expr.Starred) {
                    break;
                }
                kinds.get(fields.get(i)).add(kind(c.args().get(i)));
            }
            for (Keyword k : c.keywords()) {
                if (k.arg() != null && kinds.containsKey(k.arg())) {
                    kinds.get(k.arg()).add(kind(k.value()));
                }
            }
        }
        for (Node ch : NodeChildren.of(n)) {
            collectUses(ch, name, fields, kinds);
        }
    }

    private static boolean literal(Expr e) {
        return kind(e) != null;
    }

    /** The type of a literal ({@code 1}, {@code -2.5}, {@code "a"}, {@code True}); null for anything else. */
    private static String kind(Expr e) {
        if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant k
                && (k.value() instanceof ConstantValue.Int || k.value() instanceof ConstantValue.Float)) {
            return kind(k);
        }
        if (!(e instanceof Expr.Constant k)) {
            return null;
        }
        ConstantValue v = k.value();
        return v instanceof ConstantValue.Bool ? "bool" : v instanceof ConstantValue.Int ? "int"
                : v instanceof ConstantValue.Float ? "float" : v instanceof ConstantValue.Str ? "str" : null;
    }
}
