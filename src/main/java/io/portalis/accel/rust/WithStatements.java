package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ExceptHandler;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.WithItem;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers {@code with} over the two context managers the translation knows, through the
 * {@code try} lowering ({@link ExceptionLowering}):
 * <ul>
 * <li>a text file ({@code with open(p) as f:}): the file is entered (ValueError if it is closed),
 * bound to the target, and closed in a {@code finally} when the block ends, by falling off its end,
 * {@code return} or an exception; the exception goes on, as a file's {@code __exit__} returns False;</li>
 * <li>{@code contextlib.suppress(E1, E2)}: {@code try: body except (E1, E2): pass}.</li>
 * </ul>
 * {@code with a, b:} is {@code with a:} around {@code with b:}. Any other context manager, a target
 * that is not a name, and a {@code with} in a generator are refused.
 */
final class WithStatements {
    private final FunctionTranslator ft;
    /** The statement that binds the targets of a with statement made for the later items of a list. */
    private final Map<Stmt, Stmt.With> origins = new IdentityHashMap<>();

    WithStatements(FunctionTranslator ft) {
        this.ft = ft;
    }

    void lower(Stmt.With w) {
        if (ft.yieldType != null) {
            throw Unsupported.construct("with statement in a generator", w);
        }
        Stmt.With origin = origins.getOrDefault(w, w);
        WithItem item = w.items().get(0);
        List<Stmt> body = w.body();
        if (w.items().size() > 1) {
            Stmt.With rest = new Stmt.With(w.items().subList(1, w.items().size()), w.body(), null, w.start(), w.end());
            origins.put(rest, origin);
            body = List.of(rest);
        }
        Expr ctx = item.context_expr();
        if (ContextlibModule.isSuppress(ft, ctx)) {
            suppress(w, (Expr.Call) ctx, item.optional_vars(), body);
            return;
        }
        PyType type = ft.assignmentLowering.exprProbe(ctx).type();
        if (!IoModule.isFile(type)) {
            throw Unsupported.construct("with statement over " + (type == null ? "this value" : type.python())
                    + " (only open() files and contextlib.suppress)", ctx);
        }
        FunctionTranslator.Val entered;
        Expr target = item.optional_vars();
        if (target == null) {
            entered = ft.expr(ctx, null);
        } else if (target instanceof Expr.Name n) {
            ft.assignmentLowering.assign(origin, target, ctx, null);
            entered = ft.expr(new Expr.Name(n.id(), ExprContext.Load, n.start(), n.end()), null);
        } else {
            throw Unsupported.construct("with statement target that is not a name", target);
        }
        Local file = ft.tempLocal("file", IoModule.FILE);
        ft.emit(new RStmt.Let(file, false, ft.tryOf(RExpr.method(entered.code(), "enter"))));
        java.util.function.Supplier<List<RStmt>> exit = () -> List.of(
                new RStmt.Expr(ft.tryOf(RExpr.method(new RExpr.Atom(file.rust()), "close"))));
        if (body.stream().allMatch(st -> st instanceof Stmt.Pass)) {
            exit.get().forEach(ft::emit); // nothing can raise in between
            return;
        }
        Stmt.Try guarded = new Stmt.Try(body, List.of(), List.of(), List.of(), w.start(), w.end());
        ft.exceptionLowering.tryStmt(guarded, exit);
    }

    /** {@code with suppress(E1, E2): body} as {@code try: body except (E1, E2): pass}. */
    private void suppress(Stmt.With w, Expr.Call c, Expr target, List<Stmt> body) {
        if (target != null) {
            throw Unsupported.construct("with suppress(...) as a name (it binds None)", target);
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.type("suppress() got an unexpected keyword argument '" + c.keywords().get(0).arg() + "'",
                    c.keywords().get(0));
        }
        List<ExceptHandler> handlers = List.of();
        if (!c.args().isEmpty()) {
            Expr types = c.args().size() == 1 ? c.args().get(0)
                    : new Expr.Tuple(c.args(), ExprContext.Load, c.start(), c.end());
            handlers = List.of(new ExceptHandler(types, null, List.of(new Stmt.Pass(c.start(), c.end())),
                    c.start(), c.end()));
        }
        ft.exceptionLowering.tryStmt(new Stmt.Try(body, handlers, List.of(), List.of(), w.start(), w.end()));
    }

    /**
     * Whether the with statement closes a file at its end (read by its spelling: any context but
     * {@code suppress(...)}), so that it always leaves when its body always does.
     */
    static boolean closesFile(Stmt.With w) {
        return w.items().stream().noneMatch(i -> i.context_expr() instanceof Expr.Call c
                && (c.func() instanceof Expr.Name n && n.id().equals("suppress")
                        || c.func() instanceof Expr.Attribute a && a.attr().equals("suppress")));
    }
}
