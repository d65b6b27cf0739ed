package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a call of a generic function or of a generic class's constructor, evaluated once,
 * in the order the call writes them: each is typed as itself where its parameter names a type
 * parameter, and so settles it ({@link TypeBindings}); then, once the instance's signature is known,
 * each is converted to its parameter's type.
 */
final class GenericArguments {
    private final String name;
    private final Expr[] given;
    private final FunctionTranslator.Val[] values;

    private GenericArguments(String name, Expr[] given, FunctionTranslator.Val[] values) {
        this.name = name;
        this.given = given;
        this.values = values;
    }

    /** Evaluates a call's arguments for the parameters {@code params} ({@code positional} of them by position). */
    static GenericArguments evaluate(FunctionTranslator ft, String name, List<Arg> params, int positional, Expr.Call c,
            TypeBindings bindings) {
        Expr[] given = new Expr[params.size()];
        if (c.args().size() > positional) {
            throw Unsupported.type(name + "() takes " + positional + " positional arguments, got " + c.args().size(), c);
        }
        List<Integer> written = new ArrayList<>();
        for (int i = 0; i < c.args().size(); i++) {
            if (c.args().get(i) instanceof Expr.Starred s) {
                throw Unsupported.construct("*args in a call of generic '" + name + "'", s);
            }
            given[i] = c.args().get(i);
            written.add(i);
        }
        for (Keyword k : c.keywords()) {
            int i = indexOf(params, k.arg());
            if (k.arg() == null || i < 0 || given[i] != null) {
                throw Unsupported.type(name + "() got an unexpected or repeated argument '" + k.arg() + "'", k);
            }
            given[i] = k.value();
            written.add(i);
        }
        boolean ascending = true;
        for (int w = 1; w < written.size(); w++) {
            ascending &= written.get(w) > written.get(w - 1);
        }
        FunctionTranslator.Val[] values = new FunctionTranslator.Val[params.size()];
        // An empty display ([] or {}) runs nothing, so it is typed last, once the others settled its type.
        List<Integer> order = new ArrayList<>(written);
        order.sort(java.util.Comparator.comparing(i -> emptyDisplay(given[i])));
        for (int i : order) {
            Expr ann = ft.module.implicit.annotation(params.get(i));
            FunctionTranslator.Val v = ft.expr(given[i], ann == null ? null : bindings.expected(ann));
            if (!ascending && ft.orderSensitive(given[i]) && !(v.code() instanceof RExpr.Atom)) {
                // Bound to a temporary in the written order, as Python evaluates it.
                Local held = ft.temp("argument", v.type());
                ft.emit(new RStmt.Let(held, false, ft.owned(v)));
                v = new FunctionTranslator.Val(new RExpr.Atom(held.rust()), v.type(), FunctionTranslator.Kind.OWNED);
            }
            values[i] = v;
            if (ann != null && ft.module.typeVars.mentioned(ann)) {
                bindings.unify(ann, v.type(), given[i]);
            }
        }
        return new GenericArguments(name, given, values);
    }

    /**
     * A parameter of an implicit type that the call leaves to its default takes the default's type
     * ({@code default=None} is None in that call's instance); {@code defaults} is aligned with {@code params}.
     */
    void settleDefaults(FunctionTranslator ft, ImplicitTypes implicit, List<Arg> params, List<Expr> defaults,
            TypeBindings bindings) {
        for (int i = 0; i < params.size(); i++) {
            Expr ann = implicit.annotation(params.get(i));
            if (given[i] == null && defaults.get(i) != null && ann != params.get(i).annotation()) {
                values[i] = ft.expr(defaults.get(i), null);
                bindings.unify(ann, values[i].type(), defaults.get(i));
            }
        }
    }

    /** The arguments converted to the instance's parameter types; defaults evaluated here. */
    List<RExpr> converted(FunctionTranslator ft, FunctionSig sig, Expr.Call at) {
        List<RExpr> args = new ArrayList<>();
        for (int i = 0; i < sig.params().size(); i++) {
            FunctionSig.Param p = sig.params().get(i);
            Expr e = given[i] != null ? given[i] : p.defaultValue();
            if (e == null) {
                throw Unsupported.type(name + "() missing argument '" + p.name() + "'", at);
            }
            FunctionTranslator.Val v = values[i] != null ? values[i] : ft.expr(e, p.type());
            args.add(ft.owned(ft.coerce(v, p.type(), e)));
        }
        return args;
    }

    private static boolean emptyDisplay(Expr e) {
        return e instanceof Expr.List l && l.elts().isEmpty() || e instanceof Expr.Dict d && d.keys().isEmpty();
    }

    private static int indexOf(List<Arg> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).arg().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
