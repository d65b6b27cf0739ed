package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Settles the signature of each module function and method: parameter and return types from the
 * annotations, defaults evaluated at each call. Part of {@link RustTranslator}, reached through {@code rt}.
 */
final class FunctionSignatures {
    private final RustTranslator rt;
    private final Mod.Module module;
    private final ModuleScope scope;
    private final List<Stmt.FunctionDef> functionDefs;

    FunctionSignatures(RustTranslator rt) {
        this.rt = rt;
        this.module = rt.module;
        this.scope = rt.scope;
        this.functionDefs = rt.functionDefs;
    }

    // ------------------------------------------------------------------ signatures

    void signatures() {
        List<Stmt.FunctionDef> all = new ArrayList<>(functionDefs);
        for (ClassInfo c : scope.classes.values()) {
            c.def().body().stream().filter(s -> s instanceof Stmt.FunctionDef).forEach(s -> all.add((Stmt.FunctionDef) s));
        }
        scope.closableGenerators.addAll(GeneratorFunction.closable(all));
        for (ClassInfo c : scope.classes.values()) {
            if (c.exception() && !c.objectException()) {
                continue;
            }
            try {
                rt.classDeclarations.classMembers(c);
            } catch (Unsupported u) {
                rt.report(u);
            }
        }
        for (Stmt.FunctionDef f : functionDefs) {
            try {
                if (scope.generics.adopt(f, this)) {
                    continue; // typed per call (GenericFunctions)
                }
                String rust = ModuleScope.ident(f.name());
                scope.functions.put(f.name(), signature(f, false, null, rust));
            } catch (Unsupported u) {
                rt.report(u);
            }
        }
        try {
            rt.moduleGlobals.constantsFromMain();
        } catch (Unsupported u) {
            rt.report(u);
        }
        try {
            Set<String> defined = new HashSet<>(scope.functions.keySet());
            defined.addAll(scope.classes.keySet());
            defined.addAll(scope.globals.keySet());
            defined.addAll(scope.constants.keySet());
            functionDefs.forEach(f -> defined.add(f.name()));
            scope.stdlib.requireUnshadowed(defined, module.body());
        } catch (Unsupported u) {
            rt.report(u);
        }
    }

    FunctionSig signature(Stmt.FunctionDef f, boolean method, ClassInfo owner, String rustName) {
        return signature(f, method, owner, rustName, method ? DecoratedMethods.Kind.INSTANCE : null);
    }

    /** A method's signature by its kind: a static method has no receiver, a class method's is its class. */
    FunctionSig signature(Stmt.FunctionDef f, boolean method, ClassInfo owner, String rustName, DecoratedMethods.Kind kind) {
        scope.selfClass = method ? owner : null;
        try {
            return signatureIn(f, method, owner, rustName, kind);
        } finally {
            scope.selfClass = null;
        }
    }

    private FunctionSig signatureIn(Stmt.FunctionDef f, boolean method, ClassInfo owner, String rustName,
            DecoratedMethods.Kind kind) {
        io.portalis.accel.python.ast.Arguments a = f.args();
        if (!a.posonlyargs().isEmpty()) {
            throw Unsupported.construct("positional-only parameters", f);
        }
        List<Arg> args = a.args();
        int skip = 0;
        if (method && kind == DecoratedMethods.Kind.CLASS) {
            if (args.isEmpty()) {
                throw Unsupported.construct("classmethod without a cls parameter", f);
            }
            skip = 1;
        } else if (method && kind != DecoratedMethods.Kind.STATIC) {
            if (args.isEmpty() || !args.get(0).arg().equals("self")) {
                throw Unsupported.construct("method without a self parameter", f);
            }
            skip = 1;
        }
        List<FunctionSig.Param> params = new ArrayList<>();
        int firstDefault = args.size() - a.defaults().size();
        for (int i = skip; i < args.size(); i++) {
            Arg arg = args.get(i);
            Expr dflt = i >= firstDefault ? a.defaults().get(i - firstDefault) : null;
            Expr ann = scope.implicit.annotation(arg);
            PyType t = ann == arg.annotation() ? parameterType(arg, dflt) : scope.annotation(ann);
            FunctionSig.Param param;
            if (ann != null && scope.typeVars.mentioned(ann)) {
                // A generic function's instance types the parameter as its argument (TypeBindings).
                // A list carries an Iterable[T] given as a generator: the body may iterate it more
                // than once; a generator passed there is a type mismatch, refused at the call.
                if (AnnotationForms.normalize(ann, scope.typingModules) instanceof Expr.Subscript sub
                        && sub.value() instanceof Expr.Name an && an.id().equals("Iterable") && t instanceof PyType.GenT g) {
                    t = new PyType.ListT(g.elem());
                }
                param = new FunctionSig.Param(arg.arg(), t, plainDefault(dflt));
            } else {
                AbstractCollections.Lowering[] abc = new AbstractCollections.Lowering[1];
                t = AbstractCollections.parameter(scope, f, arg, t, l -> abc[0] = l);
                param = new FunctionSig.Param(arg.arg(), t, plainDefault(dflt));
                if (abc[0] != null) {
                    scope.abstractParams.put(param, abc[0]);
                }
            }
            params.add(param);
        }
        if (a.vararg() != null) {
            params.add(new FunctionSig.Param(a.vararg().arg(), new PyType.VarTupleT(annotated(a.vararg())), null,
                    FunctionSig.Kind.VAR_POSITIONAL));
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Arg arg = a.kwonlyargs().get(i);
            Expr ann = scope.implicit.annotation(arg);
            params.add(new FunctionSig.Param(arg.arg(), ann == arg.annotation() ? parameterType(arg, a.kw_defaults().get(i))
                    : scope.annotation(ann),
                    plainDefault(a.kw_defaults().get(i)),
                    FunctionSig.Kind.KEYWORD_ONLY));
        }
        if (a.kwarg() != null) {
            params.add(new FunctionSig.Param(a.kwarg().arg(), new PyType.DictT(PyType.STR, annotated(a.kwarg())), null,
                    FunctionSig.Kind.VAR_KEYWORD));
        }
        boolean generator = GeneratorFunction.isGenerator(f);
        boolean inferred = scope.implicit.returnLeftToBody(f); // settled per instance (ImplicitReturns)
        if (generator && !(!inferred && f.returns() != null && scope.annotation(f.returns()) instanceof PyType.GenT)) {
            throw Unsupported.type("generator function '" + f.name() + "' needs an Iterator[...] or Generator[...] "
                    + "return annotation", f.returns() == null ? f : f.returns());
        }
        if (!generator && !inferred && f.returns() != null && scope.annotation(f.returns()) instanceof PyType.GenT) {
            throw Unsupported.construct("function returning an iterator without yield", f.returns());
        }
        PyType ret;
        if (inferred) {
            ret = PyType.NONE;
        } else if (f.returns() == null) {
            if (f.name().equals("__init__") || !io.portalis.accel.python.semantics.IncompleteSignatures.returnsValue(f.body())) {
                ret = PyType.NONE;
            } else {
                throw Unsupported.type("function '" + f.name() + "' returns a value but has no return annotation", f);
            }
        } else {
            ret = scope.annotation(f.returns());
        }
        return new FunctionSig(f.name(), rustName, params, ret, owner);
    }

    /** A parameter's annotation, or without one the type of its literal default ({@code n=10} is an int). */
    private PyType parameterType(Arg arg, Expr dflt) {
        if (arg.annotation() == null) {
            PyType t = DefaultTypes.of(dflt);
            if (t == null) {
                throw Unsupported.type("parameter '" + arg.arg() + "' needs a type annotation"
                        + (dflt == null ? "" : " (its default is not an int, float, str or bool literal)"), arg);
            }
            return t;
        }
        return scope.annotation(arg.annotation());
    }

    private PyType annotated(Arg arg) {
        if (arg.annotation() == null) {
            throw Unsupported.type("parameter '" + arg.arg() + "' needs a type annotation", arg);
        }
        return scope.annotation(arg.annotation());
    }

    /** A default value evaluated at each call: Python evaluates it once, so only constants qualify. */
    private static Expr plainDefault(Expr dflt) {
        if (dflt instanceof Expr.List || dflt instanceof Expr.Dict || dflt instanceof Expr.Set
                || dflt instanceof Expr.ListComp || dflt instanceof Expr.Call || dflt instanceof Expr.Lambda) {
            throw Unsupported.construct("mutable or computed default argument", dflt);
        }
        return dflt;
    }
}
