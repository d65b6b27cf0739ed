package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Keyword;
import io.portalis.accel.python.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a call's arguments to a signature with keyword-only parameters, {@code *args} or
 * {@code **kwargs}: named parameters first, extra positional arguments (and {@code *iterable}
 * ones) into a {@code py::Tuple}, extra keyword arguments into a {@code py::Dict}.
 */
final class ArgumentBinder {
    private final FunctionTranslator ft;

    ArgumentBinder(FunctionTranslator ft) {
        this.ft = ft;
    }

    List<RExpr> bind(FunctionSig sig, List<Expr> args, List<Keyword> kws, Node at) {
        List<FunctionSig.Param> ps = sig.params();
        String fn = sig.pythonName() + "()";
        Expr[] given = new Expr[ps.size()];
        List<Integer> positional = new ArrayList<>();
        int varArgs = -1;
        int varKw = -1;
        for (int i = 0; i < ps.size(); i++) {
            switch (ps.get(i).kind()) {
                case POSITIONAL -> positional.add(i);
                case VAR_POSITIONAL -> varArgs = i;
                case VAR_KEYWORD -> varKw = i;
                default -> { }
            }
        }
        List<Expr> extra = new ArrayList<>();
        int next = 0;
        for (Expr a : args) {
            if (a instanceof Expr.Starred s) {
                if (next < positional.size()) {
                    throw Unsupported.construct("*" + "iterable filling named parameters of " + fn
                            + " (how many it fills is known only when the program runs)", a);
                }
                if (varArgs < 0) {
                    throw Unsupported.type(fn + " takes no *args", a);
                }
                extra.add(s);
            } else if (next < positional.size()) {
                given[positional.get(next++)] = a;
            } else if (varArgs >= 0) {
                extra.add(a);
            } else {
                throw Unsupported.type(fn + " takes " + positional.size() + " positional arguments, got " + args.size(), at);
            }
        }
        Map<String, Expr> extraKw = new LinkedHashMap<>();
        for (Keyword k : kws) {
            int i = sig.indexOf(k.arg());
            boolean named = i >= 0 && (ps.get(i).kind() == FunctionSig.Kind.POSITIONAL
                    || ps.get(i).kind() == FunctionSig.Kind.KEYWORD_ONLY);
            if (named && given[i] == null) {
                given[i] = k.value();
            } else if (!named && varKw >= 0 && !extraKw.containsKey(k.arg())) {
                extraKw.put(k.arg(), k.value());
            } else {
                throw Unsupported.type(fn + " got an unexpected or repeated argument '" + k.arg() + "'", k);
            }
        }
        boolean spread = varArgs >= 0 || varKw >= 0;
        Map<Integer, FunctionTranslator.Val> early = spread ? Map.of() : inWrittenOrder(ft, sig, given, args, kws);
        List<RExpr> out = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            FunctionSig.Param p = ps.get(i);
            switch (p.kind()) {
                case VAR_POSITIONAL -> out.add(tuple(((PyType.VarTupleT) p.type()).elem(), extra));
                case VAR_KEYWORD -> out.add(dict(((PyType.DictT) p.type()).value(), extraKw));
                default -> {
                    Expr e = given[i] != null ? given[i] : p.defaultValue();
                    if (e == null) {
                        throw Unsupported.type(fn + " missing argument '" + p.name() + "'", at);
                    }
                    FunctionTranslator.Val v = early.containsKey(i) ? early.get(i) : ft.expr(e, p.type());
                    out.add(ft.owned(AbstractCollections.argument(ft, ft.module.abstractParams.get(p), v, p.type(), e)));
                }
            }
        }
        if (spread && !sensitiveInWrittenOrder(ps, given, extra, extraKw, args, kws)) {
            throw Unsupported.construct("keyword arguments out of the parameters' order in a call of " + fn
                    + " with *args or **kwargs (Python evaluates them as written)", at);
        }
        return out;
    }

    /**
     * The arguments given for named parameters, evaluated in the order the call writes them,
     * where that is not the parameters' order ({@code g(b=t(1), a=t(2))} runs {@code t(1)}
     * first): each that could notice is bound to a temporary in that order. Empty where the
     * orders agree, and the caller evaluates each at its parameter.
     */
    static Map<Integer, FunctionTranslator.Val> inWrittenOrder(FunctionTranslator ft, FunctionSig sig, Expr[] given,
            List<Expr> args, List<Keyword> kws) {
        if (ascending(sig, given, args, kws)) {
            return Map.of();
        }
        Map<Integer, FunctionTranslator.Val> early = new java.util.HashMap<>();
        for (Expr e : written(args, kws)) {
            int i = slotOf(given, e);
            if (i < 0) {
                continue;
            }
            PyType type = sig.params().get(i).type();
            FunctionTranslator.Val v = ft.expr(e, type);
            if (ft.orderSensitive(e) && !(v.code() instanceof RExpr.Atom)) {
                Local held = ft.temp("argument", v.type());
                ft.emit(new RStmt.Let(held, false, ft.owned(v)));
                v = new FunctionTranslator.Val(new RExpr.Atom(held.rust()), v.type(), FunctionTranslator.Kind.OWNED);
            }
            early.put(i, v);
        }
        return early;
    }

    /**
     * Whether this binder, which evaluates the arguments parameter by parameter (the extra ones at
     * {@code *args} and {@code **kwargs}), runs those that could notice in the order they are written.
     */
    private boolean sensitiveInWrittenOrder(List<FunctionSig.Param> ps, Expr[] given, List<Expr> extra,
            Map<String, Expr> extraKw, List<Expr> args, List<Keyword> kws) {
        List<Expr> evaluated = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            switch (ps.get(i).kind()) {
                case VAR_POSITIONAL -> evaluated.addAll(extra);
                case VAR_KEYWORD -> evaluated.addAll(extraKw.values());
                default -> {
                    if (given[i] != null) {
                        evaluated.add(given[i]);
                    }
                }
            }
        }
        List<Expr> sensitiveEvaluated = evaluated.stream().filter(ft::orderSensitive).toList();
        List<Expr> sensitiveWritten = written(args, kws).stream().filter(ft::orderSensitive).toList();
        for (int i = 0; i < sensitiveWritten.size(); i++) {
            if (sensitiveEvaluated.get(i) != sensitiveWritten.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the given arguments' parameters come in the order the call writes the arguments. */
    private static boolean ascending(FunctionSig sig, Expr[] given, List<Expr> args, List<Keyword> kws) {
        int last = -1;
        for (Expr e : written(args, kws)) {
            int i = slotOf(given, e);
            if (i < 0) {
                continue;
            }
            if (i < last) {
                return false;
            }
            last = i;
        }
        return true;
    }

    private static List<Expr> written(List<Expr> args, List<Keyword> kws) {
        List<Expr> all = new ArrayList<>(args);
        kws.forEach(k -> all.add(k.value()));
        return all;
    }

    private static int slotOf(Expr[] given, Expr e) {
        for (int i = 0; i < given.length; i++) {
            if (given[i] == e) {
                return i;
            }
        }
        return -1;
    }

    /** {@code py::Tuple(...)} of the extra positional arguments, a starred iterable spread in place. */
    private RExpr tuple(PyType elem, List<Expr> extra) {
        List<RExpr> parts = new ArrayList<>();
        List<RExpr> run = new ArrayList<>();
        for (Expr e : extra) {
            if (e instanceof Expr.Starred s) {
                FunctionTranslator.Val v = ft.expr(s.value(), null);
                RExpr items = ft.iterVecOf(v, s);
                if (!elementOf(v.type()).equals(elem)) {
                    throw Unsupported.type("*" + v.type().python() + " where *args takes " + elem.python() + " items", s);
                }
                if (!run.isEmpty()) {
                    parts.add(new RExpr.Macro("vec", run, true, false));
                    run = new ArrayList<>();
                }
                parts.add(items);
            } else {
                run.add(ft.owned(ft.coerce(ft.expr(e, elem), elem, e)));
            }
        }
        if (!run.isEmpty() || parts.isEmpty()) {
            parts.add(new RExpr.Macro("vec", run, true, false));
        }
        RExpr items = parts.size() == 1 ? parts.get(0)
                : RExpr.method(new RExpr.Macro("vec", parts, true, false), "concat");
        return RExpr.call("py::Tuple", items);
    }

    private static PyType elementOf(PyType t) {
        if (t instanceof PyType.ListT l) {
            return l.elem();
        }
        if (t instanceof PyType.IterT i) {
            return i.elem();
        }
        if (t instanceof PyType.VarTupleT v) {
            return v.elem();
        }
        if (t instanceof PyType.TupleT tt && !tt.elems().isEmpty()) {
            return tt.elems().get(0);
        }
        return t == PyType.STR ? PyType.STR : t;
    }

    /** {@code py::Dict} of the extra keyword arguments, in the order the call gives them. */
    private RExpr dict(PyType value, Map<String, Expr> extra) {
        if (extra.isEmpty()) {
            return RExpr.call("py::Dict::new");
        }
        List<RExpr> pairs = new ArrayList<>();
        for (Map.Entry<String, Expr> e : extra.entrySet()) {
            RExpr v = ft.owned(ft.coerce(ft.expr(e.getValue(), value), value, e.getValue()));
            pairs.add(new RExpr.Tuple(List.of(RExpr.method(new RExpr.Atom(RustLiterals.string(e.getKey())), "to_string"), v)));
        }
        return RExpr.call("py::Dict::from", new RExpr.Macro("vec", pairs, true, false));
    }
}
