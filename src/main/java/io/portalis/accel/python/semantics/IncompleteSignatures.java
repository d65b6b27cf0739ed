package io.portalis.accel.python.semantics;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a function's signature leaves a type to its uses, as mypy reads it: a parameter without an
 * annotation (and without a default, whose value types it) is {@code Any}; a bare container
 * annotation ({@code list}, {@code typing.Dict}) has {@code Any} element types; a function that
 * returns a value without a return annotation, or with a bare container one, returns {@code Any}.
 * CPython ignores annotations, so each of those is whatever the call passes or the body returns.
 */
public final class IncompleteSignatures {
    /** The container names whose bare annotation leaves the element types open, by the container they need. */
    private static final Set<String> CONTAINERS = Set.of("list", "List", "dict", "Dict", "set", "Set", "tuple", "Tuple");

    private IncompleteSignatures() {}

    /**
     * Whether a parameter's type is left to its arguments: no annotation, and no default whose value
     * types it ({@code literalDefault}: the translation reads an int, float, str or bool literal so).
     */
    public static boolean unannotated(Arg a, Expr dflt, boolean literalDefault) {
        return a.annotation() == null && (dflt == null || !literalDefault);
    }

    /**
     * The container a bare annotation node names ({@code list} for {@code list} or {@code typing.List}),
     * or null when the node is not a bare container.
     */
    public static String bareContainer(Expr e) {
        String name = e instanceof Expr.Name n ? n.id()
                : e instanceof Expr.Attribute a && a.value() instanceof Expr.Name ? a.attr() : null;
        return name != null && CONTAINERS.contains(name) ? name.toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The bare container nodes in an annotation: itself, or inside its subscripts and unions. */
    public static List<Expr> bareContainers(Expr annotation) {
        List<Expr> out = new ArrayList<>();
        collect(annotation, out);
        return out;
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e == null) {
            return;
        }
        if (bareContainer(e) != null) {
            out.add(e);
        } else if (e instanceof Expr.Subscript s) {
            collect(s.slice(), out);
        } else if (e instanceof Expr.Tuple t) {
            t.elts().forEach(x -> collect(x, out));
        } else if (e instanceof Expr.List l) {
            l.elts().forEach(x -> collect(x, out));
        } else if (e instanceof Expr.BinOp b) {
            collect(b.left(), out);
            collect(b.right(), out);
        }
    }

    /**
     * Whether the function's return type is left to its body: it returns a value and has no return
     * annotation, or its return annotation is or holds a bare container.
     */
    public static boolean returnLeftToBody(Stmt.FunctionDef f) {
        return f.returns() == null ? !f.name().equals("__init__") && returnsValue(f.body())
                : !bareContainers(f.returns()).isEmpty();
    }

    /** Whether some {@code return} statement of the body (not of a nested function) gives a value. */
    public static boolean returnsValue(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Return r && r.value() != null) {
                return true;
            }
            if (s instanceof Stmt.If i && (returnsValue(i.body()) || returnsValue(i.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.For f && (returnsValue(f.body()) || returnsValue(f.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.While w && (returnsValue(w.body()) || returnsValue(w.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.With w && returnsValue(w.body())) {
                return true;
            }
            if (s instanceof Stmt.Try t && (returnsValue(t.body()) || returnsValue(t.orelse()) || returnsValue(t.finalbody())
                    || t.handlers().stream().anyMatch(h -> returnsValue(h.body())))) {
                return true;
            }
        }
        return false;
    }
}
