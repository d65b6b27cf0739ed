package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Module functions whose parameters name a type parameter ({@link TypeParameters}: a TypeVar, a
 * protocol, an abstract container of a TypeVar), translated by monomorphisation: each call settles
 * the type parameters from its arguments' own types ({@link TypeBindings}), and the function is
 * translated once per set of concrete parameter types, as a Rust function named after the function
 * and those types ({@code first_list_int}, {@code hello_user}). Each instance is typed like any
 * other function, so its body does only what the concrete types do, as CPython runs it on the
 * argument itself. A call that cannot settle a type parameter is refused.
 */
final class GenericFunctions {
    /** More instances than this of one function (polymorphic recursion) are refused. */
    private static final int MAX_INSTANCES = 32;

    /** One translation of a generic function. */
    record Instance(Stmt.FunctionDef def, FunctionSig sig, TypeParameters.Binding binding) {}

    private final ModuleScope scope;
    private final Map<String, Stmt.FunctionDef> templates = new LinkedHashMap<>();
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    /** The templates some call reached (even one refused). */
    private final Set<String> called = new HashSet<>();
    private final Deque<Instance> pending = new ArrayDeque<>();
    private FunctionSignatures signatures;
    private final ImplicitReturns returns;

    GenericFunctions(ModuleScope scope) {
        this.scope = scope;
        this.returns = new ImplicitReturns(scope);
    }

    /** Takes a module function whose signature names a type parameter; false for another function. */
    boolean adopt(Stmt.FunctionDef f, FunctionSignatures signatures) {
        io.portalis.accel.python.ast.Arguments a = f.args();
        List<Arg> all = new ArrayList<>(a.args());
        all.addAll(a.kwonlyargs());
        all.addAll(a.posonlyargs());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        boolean implicit = scope.implicit.plan(f);
        boolean generic = implicit || scope.typeVars.mentioned(f.returns())
                || all.stream().anyMatch(p -> scope.typeVars.mentioned(scope.implicit.annotation(p)));
        if (!generic) {
            return false;
        }
        if (!a.posonlyargs().isEmpty() || a.vararg() != null || a.kwarg() != null) {
            throw Unsupported.construct("generic function '" + f.name() + "' with positional-only, *args or **kwargs "
                    + "parameters", f);
        }
        if (!f.decorator_list().isEmpty()) {
            throw Unsupported.construct("decorated generic function '" + f.name() + "'", f.decorator_list().get(0));
        }
        this.signatures = signatures;
        templates.put(f.name(), f);
        return true;
    }

    boolean isTemplate(String name) {
        return templates.containsKey(name);
    }

    /** A call of the generic function {@code name}: its instance for the arguments' types. */
    FunctionTranslator.Val call(FunctionTranslator ft, String name, Expr.Call c) {
        Stmt.FunctionDef f = templates.get(name);
        List<Arg> params = new ArrayList<>(f.args().args());
        params.addAll(f.args().kwonlyargs());
        TypeBindings bindings = new TypeBindings(scope);
        called.add(name);
        GenericArguments args = GenericArguments.evaluate(ft, name, params, f.args().args().size(), c, bindings);
        args.settleDefaults(ft, scope.implicit, params, defaults(f), bindings);
        FunctionSig sig = instance(ft.discovery, f, bindings.binding(), c);
        return new FunctionTranslator.Val(ft.tryOf(new RExpr.Call(sig.rustName(), args.converted(ft, sig, c))),
                sig.returns(), FunctionTranslator.Kind.OWNED);
    }

    /** The signature of the instance for {@code binding}, made (and queued for emission) on first use. */
    private FunctionSig instance(boolean provisional, Stmt.FunctionDef f, TypeParameters.Binding binding, Node at) {
        FunctionSig typed;
        StringBuilder key = new StringBuilder(f.name());
        scope.typeVars.bind(binding);
        try {
            typed = signatures.signature(f, false, null, f.name());
            if (scope.implicit.returnLeftToBody(f)) {
                typed = new FunctionSig(typed.pythonName(), typed.rustName(), typed.params(),
                        returns.of(f, typed, paramsKey(f, typed)), null);
            }
        } finally {
            scope.typeVars.unbind();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < typed.params().size(); i++) {
            PyType t = typed.params().get(i).type();
            key.append('|').append(t.python()).append('/').append(t.rust());
            if (t instanceof PyType.IterT it) {
                key.append('/').append(it.object());
            }
            Arg arg = i < f.args().args().size() ? f.args().args().get(i)
                    : f.args().kwonlyargs().get(i - f.args().args().size());
            if (scope.typeVars.mentioned(scope.implicit.annotation(arg))) {
                parts.add(mangle(t.python()));
            }
        }
        key.append("|->").append(typed.returns().python()).append('/').append(typed.returns().rust());
        Instance known = instances.get(key.toString());
        if (known != null) {
            return known.sig();
        }
        if (counts.merge(f.name(), 1, Integer::sum) > MAX_INSTANCES) {
            throw Unsupported.construct("generic function '" + f.name() + "' instantiated with more than "
                    + MAX_INSTANCES + " sets of types (recursion through ever larger types?)", at);
        }
        String base = ModuleScope.ident(f.name()).replace("r#", "") + (parts.isEmpty() ? "" : "_" + String.join("_", parts));
        String rustName = ItemEmission.freeName(scope, base);
        while (names.contains(rustName)) {
            rustName = ItemEmission.freeName(scope, rustName + "_");
        }
        FunctionSig sig = new FunctionSig(typed.pythonName(), rustName, typed.params(), typed.returns(), null);
        if (provisional) {
            counts.merge(f.name(), -1, Integer::sum);
            return sig; // a provisional pass over a method body: the real translation makes the instance
        }
        names.add(rustName);
        Instance made = new Instance(f, sig, binding);
        instances.put(key.toString(), made);
        pending.add(made);
        return sig;
    }

    /** The default of each parameter (positional ones, then keyword-only ones), null where none. */
    private static List<Expr> defaults(Stmt.FunctionDef f) {
        List<Expr> out = new ArrayList<>();
        int firstDefault = f.args().args().size() - f.args().defaults().size();
        for (int i = 0; i < f.args().args().size(); i++) {
            out.add(i >= firstDefault ? f.args().defaults().get(i - firstDefault) : null);
        }
        out.addAll(f.args().kw_defaults());
        return out;
    }

    /** The part of an instance's key its parameter types make. */
    private static String paramsKey(Stmt.FunctionDef f, FunctionSig typed) {
        StringBuilder key = new StringBuilder(f.name());
        for (FunctionSig.Param p : typed.params()) {
            key.append('|').append(p.type().python()).append('/').append(p.type().rust());
            if (p.type() instanceof PyType.IterT it) {
                key.append('/').append(it.object());
            }
        }
        return key.toString();
    }

    /**
     * After the module's code is translated: an instance of each function that is generic only
     * because its return type is left to its body and that no call reached (its parameters' types
     * are its own annotations); each function whose implicit parameter types no call settled is refused.
     */
    void settleUncalled(java.util.function.Consumer<Unsupported> report) {
        for (Stmt.FunctionDef f : templates.values()) {
            if (!called.contains(f.name()) && !scope.implicit.hasImplicitParams(f)
                    && scope.implicit.returnLeftToBody(f) && !mentionsTypeVars(f)) {
                try {
                    instance(false, f, new TypeParameters.Binding(Map.of(), new java.util.IdentityHashMap<>()), f);
                } catch (Unsupported u) {
                    report.accept(u);
                }
            }
        }
    }

    /** The refusals of the functions whose implicit parameter types no call settled. */
    List<Unsupported> unsettled() {
        return templates.values().stream()
                .filter(f -> !called.contains(f.name()) && scope.implicit.hasImplicitParams(f))
                .map(scope.implicit::unsettled).toList();
    }

    private boolean mentionsTypeVars(Stmt.FunctionDef f) {
        return scope.typeVars.mentioned(f.returns()) || java.util.stream.Stream.concat(f.args().args().stream(),
                f.args().kwonlyargs().stream()).anyMatch(p -> scope.typeVars.mentioned(p.annotation()));
    }

    /** A type as part of a Rust name: {@code list[int]} is {@code list_int}. */
    static String mangle(String python) {
        String s = python.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "t" : s;
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** The Rust functions of the instances made so far, and of those their bodies make. */
    String emitInstances(ItemEmission items) {
        return scope.typeVars.emitEach(pending, Instance::binding, i -> items.emitFunction(i.def(), i.sig()));
    }
}
