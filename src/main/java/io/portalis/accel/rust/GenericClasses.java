package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * User classes derived from {@code Generic[T, ...]}, translated by monomorphisation: each set of type
 * arguments the program uses ({@code Stack[int]} written in an annotation or a call, or settled from a
 * constructor call's arguments or the type the context expects) is a class of its own
 * ({@code Stack[int]} as the translation names it, the Rust struct {@code Stack_int}), declared, typed
 * and emitted with the class's TypeVars bound to those arguments. Its objects print their class as
 * {@code Stack}, as CPython's do. A generic class with a base class or subclasses, and a construction
 * whose type arguments cannot be settled, are refused.
 */
final class GenericClasses {
    /** More instances than this of one class (ever larger type arguments) are refused. */
    private static final int MAX_INSTANCES = 32;

    /** A generic class as written: its TypeVars in the order {@code Generic[...]} lists them. */
    record Template(Stmt.ClassDef def, List<String> params, boolean dataclass) {}

    private final ModuleScope scope;
    private RustTranslator rt;
    private final Map<String, Template> templates = new LinkedHashMap<>();
    private final Map<String, ClassInfo> instances = new LinkedHashMap<>();
    private final Map<ClassInfo, Map<String, PyType>> bindings = new IdentityHashMap<>();
    private final Map<ClassInfo, String> templateOf = new IdentityHashMap<>();
    private final Set<String> rustNames = new HashSet<>();
    private final Deque<ClassInfo> pending = new ArrayDeque<>();
    private int depth;
    private boolean discovering;
    private boolean ready;

    GenericClasses(ModuleScope scope) {
        this.scope = scope;
    }

    /** Takes a class derived from {@code Generic[...]}; false for another class. */
    boolean template(Stmt.ClassDef c, RustTranslator rt) {
        Expr.Subscript generic = null;
        for (Expr b : c.bases()) {
            if (b instanceof Expr.Subscript s && AnnotationForms.isTypingName(s.value(), "Generic", scope.typingModules)) {
                generic = s;
            }
        }
        if (generic == null) {
            return false;
        }
        if (c.bases().size() > 1) {
            throw Unsupported.construct("generic class '" + c.name() + "' with a base class", c.bases().get(0) == generic
                    ? c.bases().get(1) : c.bases().get(0));
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.construct("class keyword arguments", c.keywords().get(0));
        }
        List<String> params = new ArrayList<>();
        List<Expr> listed = generic.slice() instanceof Expr.Tuple t ? t.elts() : List.of(generic.slice());
        for (Expr p : listed) {
            if (!(p instanceof Expr.Name n) || scope.typeVars.var(n.id()) == null || params.contains(n.id())) {
                throw Unsupported.construct("Generic[...] argument other than distinct TypeVars", p);
            }
            params.add(n.id());
        }
        boolean dataclass = false;
        for (Expr d : c.decorator_list()) {
            if (d instanceof Expr.Name n && n.id().equals("dataclass") && rt.imported.contains("dataclass") && !dataclass) {
                dataclass = true;
            } else {
                throw Unsupported.construct("decorator of generic class '" + c.name() + "'", d);
            }
        }
        this.rt = rt;
        templates.put(c.name(), new Template(c, List.copyOf(params), dataclass));
        return true;
    }

    boolean isTemplate(String name) {
        return templates.containsKey(name);
    }

    /** The type {@code Name[args]} names where Name is a generic class; null for another annotation. */
    PyType annotation(Expr e) {
        if (e instanceof Expr.Name n && templates.containsKey(n.id())) {
            throw Unsupported.construct("generic class '" + n.id() + "' without type arguments (write "
                    + n.id() + "[...])", e);
        }
        if (e instanceof Expr.Subscript s && s.value() instanceof Expr.Name n && templates.containsKey(n.id())) {
            List<Expr> listed = s.slice() instanceof Expr.Tuple t ? t.elts() : List.of(s.slice());
            return new PyType.ClassT(instance(n.id(), arguments(n.id(), listed, e), e));
        }
        return null;
    }

    private List<PyType> arguments(String name, List<Expr> listed, Node at) {
        if (listed.size() != templates.get(name).params().size()) {
            throw Unsupported.type("generic class '" + name + "' takes " + templates.get(name).params().size()
                    + " type arguments, got " + listed.size(), at);
        }
        return listed.stream().map(scope::annotation).toList();
    }

    /**
     * A call of a generic class: {@code Stack[int]()} ({@code explicit} the type arguments), or
     * {@code Pair("one", 1)}, whose type arguments the type the context expects or the constructor's
     * arguments settle.
     */
    FunctionTranslator.Val construct(FunctionTranslator ft, String name, List<Expr> explicit, Expr.Call c, PyType expected) {
        Template t = templates.get(name);
        TypeBindings b = new TypeBindings(scope);
        if (explicit != null) {
            List<PyType> args = arguments(name, explicit, c);
            Map<String, PyType> known = new LinkedHashMap<>();
            for (int i = 0; i < args.size(); i++) {
                known.put(t.params().get(i), args.get(i));
            }
            b.seed(known);
        } else if (expected instanceof PyType.ClassT ct && name.equals(templateOf.get(ct.info()))) {
            b.seed(bindings.get(ct.info()));
        }
        List<Arg> params = constructorParams(t, c);
        int positional = params.size() - kwOnly(t);
        GenericArguments args = GenericArguments.evaluate(ft, name, params, positional, c, b);
        List<PyType> settled = new ArrayList<>();
        for (String p : t.params()) {
            if (b.var(p) == null) {
                throw Unsupported.type("cannot settle type argument '" + p + "' of generic class '" + name
                        + "' from this call (write " + name + "[...](...) or annotate the variable)", c);
            }
            settled.add(b.var(p));
        }
        ClassInfo info = instance(name, settled, c);
        FunctionSig init = info.signature("__init__");
        if (init == null && !params.isEmpty()) {
            throw Unsupported.type(name + "() takes no arguments", c);
        }
        List<RExpr> converted = init == null ? List.of() : args.converted(ft, init, c);
        return new FunctionTranslator.Val(ft.tryOf(new RExpr.Call(info.rustName() + "::" + ClassEmitter.constructor(info),
                converted)), new PyType.ClassT(info), FunctionTranslator.Kind.OWNED);
    }

    /** The constructor's parameters as written: __init__'s after self, or a dataclass's fields. */
    private static List<Arg> constructorParams(Template t, Node at) {
        for (Stmt s : t.def().body()) {
            if (s instanceof Stmt.FunctionDef f && f.name().equals("__init__")) {
                if (f.args().vararg() != null || f.args().kwarg() != null || !f.args().posonlyargs().isEmpty()
                        || f.args().args().isEmpty()) {
                    throw Unsupported.construct("generic class __init__ with *args, **kwargs or positional-only parameters", f);
                }
                List<Arg> out = new ArrayList<>(f.args().args().subList(1, f.args().args().size()));
                out.addAll(f.args().kwonlyargs());
                return out;
            }
        }
        List<Arg> out = new ArrayList<>();
        if (t.dataclass()) {
            for (Stmt s : t.def().body()) {
                if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n) {
                    out.add(new Arg(n.id(), a.annotation(), null, a.start(), a.end()));
                }
            }
        }
        return out;
    }

    private static int kwOnly(Template t) {
        for (Stmt s : t.def().body()) {
            if (s instanceof Stmt.FunctionDef f && f.name().equals("__init__")) {
                return f.args().kwonlyargs().size();
            }
        }
        return 0;
    }

    /** The class for one set of type arguments, declared on first use. */
    ClassInfo instance(String name, List<PyType> args, Node at) {
        StringBuilder key = new StringBuilder(name);
        args.forEach(a -> key.append('|').append(a.python()).append('/').append(a.rust()));
        ClassInfo known = instances.get(key.toString());
        if (known != null) {
            return known;
        }
        Template t = templates.get(name);
        if (templateOf.values().stream().filter(name::equals).count() >= MAX_INSTANCES) {
            throw Unsupported.construct("generic class '" + name + "' with more than " + MAX_INSTANCES
                    + " sets of type arguments", at);
        }
        String display = name + "[" + String.join(", ", args.stream().map(PyType::python).toList()) + "]";
        ClassInfo info = new ClassInfo(display, t.def(), null, t.dataclass(), false, null);
        StringBuilder rust = new StringBuilder(ModuleScope.ident(name).replace("r#", ""));
        args.forEach(a -> rust.append('_').append(GenericFunctions.mangle(a.python())));
        String rustName = ItemEmission.freeName(scope, rust.toString());
        while (rustNames.contains(rustName)) {
            rustName = ItemEmission.freeName(scope, rustName + "_");
        }
        rustNames.add(rustName);
        info.rustName(rustName);
        if (t.dataclass()) {
            DataclassExtras.checkBase(info, t.def());
        }
        Map<String, PyType> vars = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            vars.put(t.params().get(i), args.get(i));
        }
        instances.put(key.toString(), info);
        bindings.put(info, vars);
        templateOf.put(info, name);
        depth++;
        scope.typeVars.bind(binding(info));
        try {
            rt.classDeclarations.classMembers(info);
        } finally {
            scope.typeVars.unbind();
            depth--;
        }
        pending.add(info);
        if (depth == 0 && ready) {
            discover();
        }
        return info;
    }

    private TypeParameters.Binding binding(ClassInfo info) {
        return new TypeParameters.Binding(bindings.get(info), new IdentityHashMap<>());
    }

    /**
     * Learns the instances' attributes from their methods, as for any class, until nothing new is
     * learnt; whether it learnt anything. Runs with the module's own classes' rounds, once every
     * signature is known, and after that for each instance declared later.
     */
    boolean discover() {
        ready = true;
        if (discovering) {
            return false;
        }
        discovering = true;
        boolean learnt = false;
        try {
            for (int round = 0; round < 6; round++) {
                int before = instances.size();
                boolean added = false;
                for (ClassInfo info : new ArrayList<>(instances.values())) {
                    scope.typeVars.bind(binding(info));
                    try {
                        added |= rt.classDeclarations.discoverRound(info);
                    } finally {
                        scope.typeVars.unbind();
                    }
                }
                if (!added && instances.size() == before) {
                    break;
                }
                learnt = true;
            }
        } finally {
            discovering = false;
        }
        return learnt;
    }

    /** A call of a generic class ({@code Box(1)}, {@code Box[int](1)}); null for another call. */
    static FunctionTranslator.Val call(FunctionTranslator ft, Expr.Call c, PyType expected) {
        GenericClasses g = ft.module.genericClasses;
        if (c.func() instanceof Expr.Name n && !ft.isLocal(n.id()) && g.isTemplate(n.id())) {
            return g.construct(ft, n.id(), null, c, expected);
        }
        if (c.func() instanceof Expr.Subscript s && s.value() instanceof Expr.Name n && !ft.isLocal(n.id())
                && g.isTemplate(n.id())) {
            return g.construct(ft, n.id(), s.slice() instanceof Expr.Tuple t ? t.elts() : List.of(s.slice()), c, expected);
        }
        return null;
    }

    /** The Rust items of every instance of a generic class or function, including those their bodies make. */
    static String emitAll(ModuleScope scope, ItemEmission items) {
        StringBuilder out = new StringBuilder();
        while (scope.genericClasses.hasPending() || scope.generics.hasPending()) {
            out.append(scope.genericClasses.emitInstances(items)).append(scope.generics.emitInstances(items));
        }
        return out.toString();
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** The Rust items of the instances declared so far, and of those their methods declare. */
    String emitInstances(ItemEmission items) {
        return scope.typeVars.emitEach(pending, this::binding, items::emitClass);
    }
}
