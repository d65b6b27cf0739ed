package io.portalis.accel.rust;

import static io.portalis.accel.rust.StatementLowering.terminates;

import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.rust.FunctionTranslator.Kind;
import io.portalis.accel.rust.FunctionTranslator.Val;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers exceptions: {@code raise}, built-in exception values, and {@code try}/{@code except}/
 * {@code else}/{@code finally} as labelled blocks. Shares the function's state through {@code ft}.
 */
final class ExceptionLowering {
    private final FunctionTranslator ft;

    ExceptionLowering(FunctionTranslator ft) {
        this.ft = ft;
    }

    RStmt raiseStmt(RExpr exc) {
        if (ft.errorLabel != null) {
            return new RStmt.Jump("break", ft.errorLabel, RExpr.call("Err", exc));
        }
        ft.mayRaise = true;
        return new RStmt.Jump("return", null, RExpr.call("Err", exc));
    }

    void raise(Stmt.Raise r) {
        if (r.cause() != null) {
            throw Unsupported.construct("raise ... from ...", r);
        }
        if (r.exc() == null) {
            if (ft.handlerVars.isEmpty()) {
                throw Unsupported.construct("bare raise outside an except block", r);
            }
            ft.out.add(raiseStmt(new RExpr.Atom(ft.handlerVars.peek())));
            return;
        }
        ft.out.add(raiseStmt(exception(r.exc())));
    }

    /** The {@code py::Exc} value for {@code raise <expr>}. */
    private RExpr exception(Expr e) {
        String name;
        List<Expr> args;
        if (e instanceof Expr.Name n) {
            name = n.id();
            args = List.of();
        } else if (e instanceof Expr.Call c && c.func() instanceof Expr.Name n && c.keywords().isEmpty()) {
            name = n.id();
            args = c.args();
        } else {
            return raisedValue(ft.expr(e, null), e);
        }
        Local asLocal = ft.lookupLocal(name);
        if (asLocal != null && args.isEmpty()) {
            return raisedValue(new Val(new RExpr.Atom(asLocal.rust()), asLocal.type(), Kind.PLACE), e);
        }
        if (!ft.module.isException(name)) {
            throw Unsupported.construct("raise of '" + name + "' (not an exception class)", e);
        }
        ClassInfo k = ft.module.classOf(name);
        if (k != null && k.objectException()) {
            Expr call = e instanceof Expr.Call ? e : new Expr.Call(e, List.of(), List.of(), e.start(), e.end());
            return raisedValue(ft.expr(call, null), e);
        }
        return builtinException(name, args);
    }

    /** A caught exception or an exception object, raised. */
    private RExpr raisedValue(Val v, Expr at) {
        if (v.type() == PyType.EXC) {
            return ft.owned(v);
        }
        if (v.type() instanceof PyType.ClassT ct && ct.info().exception()) {
            return RExpr.call("py::raised", ft.owned(v));
        }
        throw Unsupported.construct("raise of this expression", at);
    }

    /** An exception of a class without a body of its own (built in, or {@code pass}). */
    RExpr builtinException(String name, List<Expr> args) {
        if (name.equals("SystemExit")) {
            return SysModule.systemExit(ft, args);
        }
        RExpr kind = new RExpr.Atom("\"" + ft.module.exceptionKind(name) + "\"");
        if (args.size() > 1 && ft.module.isException(name) && ModuleScope.osError(name)) {
            // OSError(errno, strerror[, filename]) picks its class by errno and formats its str.
            throw Unsupported.construct(name + "() with more than one argument", args.get(1));
        }
        if (args.size() == 1) {
            Val a = ft.expr(args.get(0), null);
            if (name.equals("KeyError")) {
                return RExpr.call("py::exc", kind, ft.repr(a));
            }
            if (a.type() == PyType.STR) {
                return RExpr.call("py::exc", kind, a.kind() == Kind.STRLIT ? a.code() : ft.owned(a));
            }
        }
        Expr.Call call = new Expr.Call(new Expr.Name(name, io.portalis.accel.python.ast.ExprContext.Load, 0, 0), args, List.of(), 0, 0);
        return RExpr.call("py::exc_args", kind, new Calls(ft, ft.module, ft.cls).exceptionArgs(call));
    }

    void tryStmt(Stmt.Try t) {
        tryStmt(t, t.finalbody().isEmpty() ? null : () -> ft.block(t.finalbody()));
    }

    /**
     * A try statement whose finally block, if any ({@code finalBlock} not null), is given as the
     * Rust statements it runs, made where they are reached (a with statement's exit).
     */
    void tryStmt(Stmt.Try t, java.util.function.Supplier<List<RStmt>> finalBlock) {
        boolean hasFinally = finalBlock != null;
        String bodyLabel = "'" + ft.fresh("try").replace("try_", "try");
        String savedError = ft.errorLabel;
        String savedReturn = ft.returnLabel;
        boolean returns = hasFinally && (containsReturn(t.body()) || containsReturn(t.orelse())
                || t.handlers().stream().anyMatch(h -> containsReturn(h.body())));
        if (hasFinally && (containsJump(t.body()) || containsJump(t.orelse())
                || t.handlers().stream().anyMatch(h -> containsJump(h.body())))) {
            throw Unsupported.construct("break or continue inside try ... finally", t);
        }
        PyType retType = ft.sig == null ? PyType.NONE : ft.sig.returns();
        String outcomeType = returns ? "py::PyResult<Option<" + retType.rust() + ">>" : "py::PyResult<()>";
        RExpr done = new RExpr.Atom(returns ? "Ok(None)" : "Ok(())");

        // The body: its exceptions leave the labelled block as Err values.
        ft.errorLabel = bodyLabel;
        if (returns) {
            ft.returnLabel = bodyLabel;
        }
        ft.labeledDepth++;
        List<RStmt> body = ft.block(t.body());
        ft.labeledDepth--;
        ft.errorLabel = savedError;
        ft.returnLabel = savedReturn;
        if (!terminates(t.body())) {
            body.add(new RStmt.Tail(done));
        }
        Local outcome = ft.tempLocal("outcome", null);
        outcome.type(new PyType.Prim("outcome", outcomeType, false));
        ft.out.add(new RStmt.Let(outcome, true, new RExpr.Block(bodyLabel, body, null)));

        // Handlers (and the else block), run after the body.
        String handledLabel = hasFinally ? "'" + ft.fresh("handled").replace("handled_", "handled") : null;
        if (hasFinally) {
            ft.errorLabel = handledLabel;
            if (returns) {
                ft.returnLabel = handledLabel;
            }
            ft.labeledDepth++;
        }
        List<RStmt.Arm> arms = new ArrayList<>();
        List<RStmt> okBody = ft.block(t.orelse());
        if (returns) {
            arms.add(new RStmt.Arm("Ok(Some(value))", List.of(passReturn(new RExpr.Atom("value")))));
            arms.add(new RStmt.Arm("Ok(None)", okBody));
        } else if (t.orelse().isEmpty() && terminates(t.body())) {
            // The body always leaves by a return or a raise, so the match may be the function's
            // tail, where an empty arm would have the wrong type.
            arms.add(new RStmt.Arm("Ok(())", List.of(new RStmt.Expr(
                    RExpr.call("unreachable!", new RExpr.Atom("\"the try body never completes\""))))));
        } else {
            arms.add(new RStmt.Arm("Ok(())", okBody));
        }
        String var = "error";
        String name = null;
        for (ExceptHandler h : t.handlers()) {
            if (h.name() != null) {
                name = h.name();
            }
        }
        if (name != null) {
            var = ModuleScope.ident(name);
        }
        arms.add(new RStmt.Arm("Err(" + var + ")", handlers(t.handlers(), var)));
        RStmt match = new RStmt.Match(new RExpr.Atom(outcome.rust()), arms);
        if (!hasFinally) {
            ft.out.add(match);
            ft.errorLabel = savedError;
            ft.returnLabel = savedReturn;
            return;
        }
        ft.labeledDepth--;
        ft.errorLabel = savedError;
        ft.returnLabel = savedReturn;
        List<RStmt> handled = new ArrayList<>();
        handled.add(match);
        handled.add(new RStmt.Tail(done));
        Local result = ft.tempLocal("result", null);
        result.type(new PyType.Prim("outcome", outcomeType, false));
        ft.out.add(new RStmt.Let(result, true, new RExpr.Block(handledLabel, handled, null)));
        for (RStmt s : finalBlock.get()) {
            ft.out.add(s);
        }
        RExpr settled = ft.tryOf(new RExpr.Atom(result.rust()));
        if (returns) {
            List<RStmt> none = terminates(List.of(t))
                    ? List.of(new RStmt.Expr(RExpr.call("unreachable!", new RExpr.Atom("\"every branch returns\""))))
                    : List.of();
            ft.out.add(new RStmt.Match(settled, List.of(
                    new RStmt.Arm("Some(value)", List.of(passReturn(new RExpr.Atom("value")))),
                    new RStmt.Arm("None", none))));
        } else {
            ft.out.add(new RStmt.Expr(settled));
        }
    }

    /** Hands a return value on: out of the function, or to an enclosing try's label. */
    private RStmt passReturn(RExpr value) {
        if (ft.returnLabel != null) {
            return new RStmt.Jump("break", ft.returnLabel, RExpr.call("Ok", RExpr.call("Some", value)));
        }
        return new RStmt.Jump("return", null, RExpr.call("Ok", value));
    }

    private List<RStmt> handlers(List<ExceptHandler> hs, String var) {
        List<RStmt.Branch> branches = new ArrayList<>();
        boolean catchAll = false;
        for (ExceptHandler h : hs) {
            RExpr cond = null;
            if (h.type() != null) {
                List<Expr> types = h.type() instanceof Expr.Tuple tu ? tu.elts() : List.of(h.type());
                for (Expr te : types) {
                    String moduleClass = ReModule.exceptionClass(ft, te);
                    moduleClass = moduleClass != null ? moduleClass : JsonModule.exceptionClass(ft, te);
                    moduleClass = moduleClass != null ? moduleClass : IoModule.exceptionClass(ft, te);
                    moduleClass = moduleClass != null ? moduleClass : QueueModule.exceptionClass(ft, te);
                    moduleClass = moduleClass != null ? moduleClass : GraphlibModule.exceptionClass(ft, te);
                    if (moduleClass != null) {
                        RExpr test = RExpr.call("py::exc_matches", new RExpr.Field(new RExpr.Atom(var), "kind"),
                                new RExpr.Atom("\"" + moduleClass + "\""), new RExpr.Atom("user_exception_base"));
                        cond = cond == null ? test : new RExpr.Binary(cond, "||", test);
                        continue;
                    }
                    Expr named = StatisticsModule.handlerName(ft, te);
                    boolean library = named != te;
                    te = named;
                    if (!(te instanceof Expr.Name n) || !(library || ft.module.isException(n.id()))) {
                        throw Unsupported.construct("except clause for this type", te);
                    }
                    // GeneratorExit and SystemExit (sys.exit, in this module or one it calls) are not
                    // Exceptions: only `except BaseException` catches everything.
                    if (n.id().equals("BaseException")) {
                        cond = null;
                        catchAll = true;
                        break;
                    }
                    RExpr test = RExpr.call("py::exc_matches", new RExpr.Field(new RExpr.Atom(var), "kind"),
                            new RExpr.Atom("\"" + ft.module.exceptionKind(n.id()) + "\""),
                            new RExpr.Atom("user_exception_base"));
                    cond = cond == null ? test : new RExpr.Binary(cond, "||", test);
                }
            } else {
                catchAll = true;
            }
            ft.scopes.push(new HashMap<>());
            ClassInfo object = h.type() instanceof Expr.Name n ? ft.module.classOf(n.id()) : null;
            if (object != null && !object.objectException()) {
                object = null;
            }
            Local caught = null;
            if (h.name() != null) {
                // `except Cls as e` for a class with a body: e is the object the raise carried.
                caught = ft.declare(h.name(), object == null ? PyType.EXC : new PyType.ClassT(object));
                caught.assigned();
                if (!ModuleScope.ident(h.name()).equals(var)) {
                    throw Unsupported.construct("except clauses binding different names", h);
                }
            }
            ft.handlerVars.push(caught != null && object != null ? "py::raised(" + var + ".clone())" : var);
            boolean noKeyError = h.name() != null && h.type() != null
                    && (h.type() instanceof Expr.Tuple tu ? tu.elts() : List.of(h.type())).stream()
                            .noneMatch(x -> x instanceof Expr.Name n
                                    && Set.of("KeyError", "LookupError", "Exception", "BaseException").contains(n.id()));
            ft.noKeyErrors.push(Map.entry(h.name() == null ? "" : h.name(), noKeyError));
            List<RStmt> body;
            try {
                body = ft.block(h.body());
            } finally {
                ft.noKeyErrors.pop();
            }
            if (caught != null && object != null) {
                body = new ArrayList<>(body);
                body.add(0, new RStmt.Let(caught, false,
                        RExpr.method(new RExpr.Atom(var), "object::<" + object.rustName() + ">")));
            }
            ft.handlerVars.pop();
            ft.scopes.pop();
            branches.add(new RStmt.Branch(catchAll ? null : cond, body));
            if (catchAll) {
                break;
            }
        }
        if (!catchAll) {
            branches.add(new RStmt.Branch(null, List.of(raiseStmt(new RExpr.Atom(var)))));
        }
        if (branches.size() == 1 && branches.get(0).cond() == null) {
            return branches.get(0).body();
        }
        return List.of(new RStmt.If(branches));
    }

    private static boolean containsReturn(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Return) {
                return true;
            }
            for (List<Stmt> inner : children(s)) {
                if (containsReturn(inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A break or continue that would leave the try statement (not one of an inner loop). */
    private static boolean containsJump(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Break || s instanceof Stmt.Continue) {
                return true;
            }
            if (s instanceof Stmt.For || s instanceof Stmt.While) {
                continue;
            }
            for (List<Stmt> inner : children(s)) {
                if (containsJump(inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<List<Stmt>> children(Stmt s) {
        List<List<Stmt>> out = new ArrayList<>();
        if (s instanceof Stmt.If i) {
            out.add(i.body());
            out.add(i.orelse());
        } else if (s instanceof Stmt.For f) {
            out.add(f.body());
            out.add(f.orelse());
        } else if (s instanceof Stmt.While w) {
            out.add(w.body());
            out.add(w.orelse());
        } else if (s instanceof Stmt.With w) {
            out.add(w.body());
        } else if (s instanceof Stmt.Try t) {
            out.add(t.body());
            out.add(t.orelse());
            out.add(t.finalbody());
            t.handlers().forEach(h -> out.add(h.body()));
        }
        return out;
    }
}
