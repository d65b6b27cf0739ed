package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.NodeChildren;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generator functions: recognising them, and laying one out as two Rust functions (methods are
 * laid out the same way by ClassEmitter). The
 * function Python calls binds the arguments and returns a {@code py::Gen} handle without
 * running anything; the body is an {@code async fn} that the handle resumes at each
 * {@code next()}, each {@code yield} being an {@code .await} (see package-info).
 */
final class GeneratorFunction {
    private GeneratorFunction() {}

    /** Whether the function's own body (not a nested function's or lambda's) holds a yield. */
    static boolean isGenerator(Stmt.FunctionDef f) {
        for (Stmt s : f.body()) {
            if (yields(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean yields(Node n) {
        if (n instanceof Expr.Yield || n instanceof Expr.YieldFrom) {
            return true;
        }
        if (n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef || n instanceof Stmt.ClassDef
                || n instanceof Expr.Lambda) {
            return false;
        }
        for (Node child : NodeChildren.of(n)) {
            if (yields(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The generator functions whose closing can be seen: a yield inside a try with a
     * {@code finally} or a handler that catches GeneratorExit, or (transitively) a call to such
     * a generator, whose object the body may hold while suspended. Methods are named by their
     * name alone, so a call {@code x.walk()} counts when any class's {@code walk} is one.
     */
    static Set<String> closable(List<Stmt.FunctionDef> defs) {
        Set<String> out = new HashSet<>();
        for (Stmt.FunctionDef f : defs) {
            if (isGenerator(f) && f.body().stream().anyMatch(GeneratorFunction::guardsYield)) {
                out.add(f.name());
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Stmt.FunctionDef f : defs) {
                if (!out.contains(f.name()) && isGenerator(f) && f.body().stream().anyMatch(s -> calls(s, out))) {
                    out.add(f.name());
                    grew = true;
                }
            }
        }
        return out;
    }

    private static boolean guardsYield(Node n) {
        if (n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef || n instanceof Expr.Lambda) {
            return false;
        }
        if (n instanceof Stmt.Try t && (!t.finalbody().isEmpty() || t.handlers().stream().anyMatch(h -> catchesExit(h.type())))
                && yields(t)) {
            return true;
        }
        return NodeChildren.of(n).stream().anyMatch(GeneratorFunction::guardsYield);
    }

    private static boolean catchesExit(Expr type) {
        if (type == null) {
            return true;
        }
        if (type instanceof Expr.Tuple t) {
            return t.elts().stream().anyMatch(GeneratorFunction::catchesExit);
        }
        return type instanceof Expr.Name n && (n.id().equals("BaseException") || n.id().equals("GeneratorExit"));
    }

    /** Whether the node calls one of the named functions (outside nested functions and lambdas). */
    static boolean calls(Node n, Set<String> names) {
        if (n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef || n instanceof Expr.Lambda) {
            return false;
        }
        if (n instanceof Expr.Call c && (c.func() instanceof Expr.Name f && names.contains(f.id())
                || c.func() instanceof Expr.Attribute a && names.contains(a.attr()))) {
            return true;
        }
        return NodeChildren.of(n).stream().anyMatch(child -> calls(child, names));
    }

    /** Whether values of the type hold generator objects. */
    static boolean holdsGenerator(PyType t) {
        if (t instanceof PyType.GenT) {
            return true;
        }
        if (t instanceof PyType.ListT l) {
            return holdsGenerator(l.elem());
        }
        if (t instanceof PyType.DictT d) {
            return holdsGenerator(d.value());
        }
        if (t instanceof PyType.OptionalT o) {
            return holdsGenerator(o.inner());
        }
        if (t instanceof PyType.IterT i) {
            return holdsGenerator(i.elem());
        }
        return t instanceof PyType.TupleT tt && tt.elems().stream().anyMatch(GeneratorFunction::holdsGenerator);
    }

    /**
     * The two Rust functions of a generator function.
     *
     * @param sig      the Python signature, returning {@code Iterator[T]}
     * @param bodyName the async body's Rust name
     * @param mutable  which parameters the body assigns
     * @param body     the body's statements, translated as a function returning None
     */
    static String emit(FunctionSig sig, String bodyName, Set<String> mutable, List<RStmt> body) {
        PyType.GenT gen = (PyType.GenT) sig.returns();
        RustPrinter p = new RustPrinter();
        List<String> params = new ArrayList<>();
        List<RExpr> args = new ArrayList<>();
        List<String> bodyParams = new ArrayList<>();
        args.add(RExpr.method(new RExpr.Atom("yielder"), "clone"));
        bodyParams.add("yielder: py::Yielder<" + gen.elem().rust() + ">");
        for (FunctionSig.Param prm : sig.params()) {
            String name = ModuleScope.ident(prm.name());
            params.add(name + ": " + prm.type().rust());
            args.add(new RExpr.Atom(name));
            bodyParams.add((mutable.contains(prm.name()) ? "mut " : "") + name + ": " + prm.type().rust());
        }
        header(p, "fn " + sig.rustName(), params, "py::PyResult<" + gen.rust() + ">");
        p.line(4, "let yielder = py::Yielder::new();");
        Local future = new Local("", "body", null);
        future.assigned();
        p.stmts(List.of(new RStmt.Let(future, false, new RExpr.Call(bodyName, args))), 4);
        RExpr handle = RExpr.call("py::Gen::new", new RExpr.Atom("\"" + sig.pythonName() + "\""), new RExpr.Atom("yielder"),
                new RExpr.Atom("body"));
        p.stmts(List.of(new RStmt.Tail(RExpr.call("Ok", handle))), 4);
        p.line(0, "}");
        p.blank();
        p.line(0, "/// The body of the generator " + sig.pythonName() + "(): each next() runs it to its next yield.");
        header(p, "async fn " + bodyName, bodyParams, "py::PyResult<()>");
        p.stmts(body, 4);
        p.line(0, "}");
        return p.text();
    }

    /** A function's first line(s), broken one parameter per line when too wide, as rustfmt does. */
    private static void header(RustPrinter p, String head, List<String> params, String returns) {
        String one = head + "(" + String.join(", ", params) + ") -> " + returns + " {";
        if (RustPrinter.width(one) <= RustPrinter.MAX_WIDTH) {
            p.line(0, one);
            return;
        }
        p.line(0, head + "(");
        for (String prm : params) {
            p.line(4, prm + ",");
        }
        p.line(0, ") -> " + returns + " {");
    }
}
