package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Arguments;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.semantics.IncompleteSignatures;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The implicit type parameters of the module's functions ({@link IncompleteSignatures}): a parameter
 * without an annotation, and each bare container in a parameter's annotation ({@code list} in
 * {@code list} or {@code dict[str, list]}), stands for a type parameter of its own, settled at each
 * call from the argument's own type as a TypeVar is ({@link GenericFunctions}, {@link TypeBindings}):
 * CPython ignores annotations, so the body runs on the argument itself. A bare container's type
 * parameter only takes that container ({@code list} takes a {@code list[int]}, not a str). The
 * return type of such a function, or of one that returns a value without a (complete) return
 * annotation, is settled per instance from its body's returns ({@link ImplicitReturns}).
 */
final class ImplicitTypes {
    private final TypeParameters typeVars;
    /** Each parameter with an implicit type: the annotation it is read with, naming implicit type parameters. */
    private final Map<Arg, Expr> annotations = new IdentityHashMap<>();
    /** Each implicit type parameter of a bare container: the container ({@code list}, {@code dict}, ...). */
    private final Map<String, String> containers = new HashMap<>();
    /** The functions with a parameter of an implicit type. */
    private final Set<Stmt.FunctionDef> implicitParams = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The functions whose return type is settled from their bodies, each with its return annotation read so (or null). */
    private final Map<Stmt.FunctionDef, Expr> returns = new IdentityHashMap<>();
    private int counter;

    ImplicitTypes(TypeParameters typeVars) {
        this.typeVars = typeVars;
    }

    /** Plans a module function's implicit type parameters and return; true when it has any. */
    boolean plan(Stmt.FunctionDef f) {
        Arguments a = f.args();
        int firstDefault = a.args().size() - a.defaults().size();
        for (int i = 0; i < a.args().size(); i++) {
            planParam(f, a.args().get(i), i >= firstDefault ? a.defaults().get(i - firstDefault) : null);
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            planParam(f, a.kwonlyargs().get(i), a.kw_defaults().get(i));
        }
        if (IncompleteSignatures.returnLeftToBody(f)) {
            returns.put(f, f.returns() == null ? null : replaced(f.returns(), "the return of '" + f.name() + "'"));
        }
        return implicitParams.contains(f) || returns.containsKey(f);
    }

    private void planParam(Stmt.FunctionDef f, Arg arg, Expr dflt) {
        if (IncompleteSignatures.unannotated(arg, dflt, DefaultTypes.of(dflt) != null)) {
            String name = fresh();
            typeVars.declareImplicit(name, "parameter '" + arg.arg() + "' needs a type annotation");
            annotations.put(arg, new Expr.Name(name, ExprContext.Load, arg.start(), arg.end()));
            implicitParams.add(f);
        } else if (arg.annotation() != null && !IncompleteSignatures.bareContainers(arg.annotation()).isEmpty()) {
            annotations.put(arg, replaced(arg.annotation(), "parameter '" + arg.arg() + "'"));
            implicitParams.add(f);
        }
    }

    /** The annotation with each bare container replaced by an implicit type parameter that takes only that container. */
    private Expr replaced(Expr e, String where) {
        String container = IncompleteSignatures.bareContainer(e);
        if (container != null) {
            String name = fresh();
            typeVars.declareImplicit(name, "bare '" + (e instanceof Expr.Name n ? n.id() : ((Expr.Attribute) e).attr())
                    + "' annotation of " + where + " gives no element type here; write " + container + "[...]");
            containers.put(name, container);
            return new Expr.Name(name, ExprContext.Load, e.start(), e.end());
        }
        if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), replaced(s.slice(), where), s.ctx(), s.start(), s.end());
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(replacedAll(t.elts(), where), t.ctx(), t.start(), t.end());
        }
        if (e instanceof Expr.List l) {
            return new Expr.List(replacedAll(l.elts(), where), l.ctx(), l.start(), l.end());
        }
        if (e instanceof Expr.BinOp b) {
            return new Expr.BinOp(replaced(b.left(), where), b.op(), replaced(b.right(), where), b.start(), b.end());
        }
        return e;
    }

    private List<Expr> replacedAll(List<Expr> es, String where) {
        return es.stream().map(x -> replaced(x, where)).toList();
    }

    /** A type parameter name no Python source can spell. */
    private String fresh() {
        return "<implicit " + (++counter) + ">";
    }

    /** The annotation a parameter is read with: its implicit one, or its own. */
    Expr annotation(Arg arg) {
        Expr implicit = annotations.get(arg);
        return implicit != null ? implicit : arg.annotation();
    }

    /** Whether some parameter of the function has an implicit type. */
    boolean hasImplicitParams(Stmt.FunctionDef f) {
        return implicitParams.contains(f);
    }

    /** Whether the function's return type is settled from its body, per instance. */
    boolean returnLeftToBody(Stmt.FunctionDef f) {
        return returns.containsKey(f);
    }

    /** The function's return annotation with its bare containers as implicit type parameters; null when it has none. */
    Expr returnAnnotation(Stmt.FunctionDef f) {
        return returns.get(f);
    }

    /** The first parameter of the function whose type no call settled, as the refusal a translation without calls gives. */
    Unsupported unsettled(Stmt.FunctionDef f) {
        Arguments a = f.args();
        for (Arg arg : java.util.stream.Stream.concat(a.args().stream(), a.kwonlyargs().stream()).toList()) {
            Expr ann = annotations.get(arg);
            if (ann != null) {
                try {
                    typeVars.annotation(ann instanceof Expr.Name ? ann : firstImplicit(ann));
                } catch (Unsupported u) {
                    return u;
                }
            }
        }
        return Unsupported.construct("function '" + f.name() + "' with parameters no call settles", f);
    }

    private Expr firstImplicit(Expr e) {
        if (e instanceof Expr.Name n && n.id().startsWith("<implicit ")) {
            return e;
        }
        List<Expr> parts = e instanceof Expr.Subscript s ? List.of(s.slice()) : e instanceof Expr.Tuple t ? t.elts()
                : e instanceof Expr.List l ? l.elts() : e instanceof Expr.BinOp b ? List.of(b.left(), b.right()) : List.of();
        for (Expr p : parts) {
            Expr found = firstImplicit(p);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Refuses a type for a bare container's type parameter that is not that container. */
    void check(String var, PyType actual, Node at) {
        String container = containers.get(var);
        if (container == null) {
            return;
        }
        boolean fits = switch (container) {
            case "list" -> actual instanceof PyType.ListT;
            case "dict" -> actual instanceof PyType.DictT;
            case "set" -> actual instanceof PyType.SetT;
            default -> actual instanceof PyType.TupleT || actual instanceof PyType.VarTupleT;
        };
        if (!fits) {
            throw Unsupported.type("expected " + container + ", found " + actual.python(), at);
        }
    }
}
