package io.portalis.accel.rust;

import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declares the module's classes from their definitions: bases, methods, class attributes, dataclass
 * fields and their defaults, and the instance attributes learnt from assignments to {@code self}.
 * Part of {@link RustTranslator}, reached through {@code rt}.
 */
final class ClassDeclarations {
    private final RustTranslator rt;
    private final ModuleScope scope;
    private final Set<String> imported;

    ClassDeclarations(RustTranslator rt) {
        this.rt = rt;
        this.scope = rt.scope;
        this.imported = rt.imported;
    }

    void collectClass(Stmt.ClassDef c) {
        if (scope.typeVars.protocol(c, scope.typingModules) || scope.genericClasses.template(c, rt)) {
            return; // a protocol (TypeParameters) or a generic class (GenericClasses), declared where used
        }
        if (scope.importedBases.defer(c, scope)) {
            return;
        }
        if (scope.classes.containsKey(c.name())) {
            throw Unsupported.construct("redefinition of class '" + c.name() + "'", c);
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.construct("class keyword arguments", c.keywords().get(0));
        }
        ClassInfo enumClass = NamedTuples.declared(c, scope) ? NamedTuples.declare(c) : EnumClasses.declare(c, imported, scope);
        if (enumClass != null) { // an enum or NamedTuple class
            enumClass.rustName(rustTypeName(c.name()));
            scope.classes.put(c.name(), enumClass);
            return;
        }
        boolean dataclass = false;
        Expr.Call dataclassOptions = null;
        Expr totalOrdering = null;
        for (Expr d : c.decorator_list()) {
            if (TotalOrdering.is(d, scope)) {
                totalOrdering = d;
                continue;
            }
            if (d instanceof Expr.Name n && n.id().equals("dataclass") && imported.contains("dataclass")) {
                dataclass = true;
            } else if (d instanceof Expr.Call call && call.func() instanceof Expr.Name n && n.id().equals("dataclass")
                    && call.args().isEmpty() && call.keywords().isEmpty()) {
                dataclass = true;
            } else if (d instanceof Expr.Call call && call.func() instanceof Expr.Name n && n.id().equals("dataclass")
                    && !call.keywords().isEmpty() && imported.contains("dataclass")) {
                dataclass = true;
                dataclassOptions = call;
            } else {
                throw Unsupported.construct("class decorator", d);
            }
        }
        if (c.bases().size() > 1) {
            throw Unsupported.construct("multiple inheritance", c.bases().get(1));
        }
        ClassInfo base = null;
        boolean exception = false;
        String exceptionBase = null;
        if (c.bases().size() == 1) {
            Expr b = c.bases().get(0);
            if (!(b instanceof Expr.Name bn)) {
                throw Unsupported.construct("computed base class", b);
            }
            if (scope.isException(bn.id())) {
                exception = true;
                exceptionBase = scope.exceptionKind(bn.id());
                ClassInfo user = scope.classOf(bn.id());
                if (user != null && user.objectException()) {
                    base = user;
                }
            } else if (!bn.id().equals("object") && !AbcClasses.abcBase(bn.id(), scope)) {
                base = scope.classOf(bn.id());
                if (base == null) {
                    throw Unsupported.construct("base class '" + bn.id() + "'", b);
                }
            }
        }
        if (exception && dataclass) {
            throw Unsupported.construct("dataclass exception", c);
        }
        ClassInfo info = new ClassInfo(c.name(), c, base, dataclass, exception, exceptionBase);
        if (dataclassOptions != null) {
            DataclassExtras.options(dataclassOptions, info.dataclassSpec());
        }
        if (dataclass) {
            DataclassExtras.checkBase(info, c);
        }
        info.rustName(rustTypeName(c.name()));
        info.decorated().totalOrdering(totalOrdering);
        scope.classes.put(c.name(), info);
    }

    private String rustTypeName(String name) {
        String id = ModuleScope.ident(name);
        if (id.startsWith("r#")) {
            id = id.substring(2) + "_";
        }
        return id;
    }

    void classMembers(ClassInfo c) {
        if (c.objectException() && c.base() == null) {
            // BaseException.args, kept by each object of the family.
            c.ownFields().put("args", PyType.ARGS);
        }
        if (c.enumInfo() != null) {
            EnumClasses.members(c, imported);
        }
        for (Stmt s : c.def().body()) {
            if (c.enumInfo() != null && s instanceof Stmt.Assign) {
                continue; // a member, read above
            }
            if (s instanceof Stmt.Pass || (s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant k
                    && k.value() instanceof ConstantValue.Str)) {
                continue;
            }
            if (s instanceof Stmt.FunctionDef f) {
                boolean abstractMethod = AbcClasses.abstractDecorated(f, scope);
                String key = abstractMethod ? f.name() : c.decorated().declare(c, f, name -> scope.classes.containsKey(name)
                        || imported.contains(name) || scope.stdlib.member(name) != null
                        || rt.functionDefs.stream().anyMatch(d -> d.name().equals(name)), scope);
                if (f.name().startsWith("__") && f.name().endsWith("__") && !Dunders.supported(f.name())
                        && !DataclassExtras.allows(c, f.name())) {
                    throw Unsupported.construct("special method " + f.name()
                            + (f.name().equals("__hash__") ? " (instances cannot key a dict or be in a set)" : ""), f);
                }
                if (c.methods().containsKey(key)) {
                    throw Unsupported.construct("redefinition of method '" + f.name() + "'", f);
                }
                c.methods().put(key, abstractMethod ? AbcClasses.kept(f) : f);
                continue;
            }
            if (MatchStatements.declaresMatchArgs(s)) {
                continue; // read by the match lowering only (a read of it elsewhere is refused as an unknown attribute)
            }
            if (ClassAttributes.collect(scope, c, s)) {
                continue;
            }
            if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n) {
                PyType t = scope.annotation(a.annotation());
                if (c.dataclass()) {
                    if (PyType.holdsFunction(t) && !(t instanceof PyType.FuncT)) {
                        throw Unsupported.construct("dataclass field of type " + t.python()
                                + " (functions are compared by identity only as a field of their own)", a);
                    }
                    c.ownFields().put(n.id(), t);
                    if (a.value() != null) {
                        DataclassDefaults.requireEvaluatedOnce(a.value(), c.def(), rt.module.body(), scope);
                    }
                    c.dataclassDefaults().put(n.id(), DataclassExtras.fieldDefault(c, n.id(), a.value(), scope));
                    continue;
                }
                if (a.value() == null) {
                    c.ownFields().put(n.id(), t);
                    continue;
                }
                if (c.exception()) {
                    classValue(c, n.id(), a.value(), a.annotation(), s);
                    continue;
                }
            }
            if (c.exception() && s instanceof Stmt.Assign a && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name n) {
                classValue(c, n.id(), a.value(), null, s);
                continue;
            }
            throw Unsupported.construct("class attribute (only methods and annotated fields)", s);
        }
        DataclassExtras.orderMethods(c);
        c.decorated().deriveMethods(c);
        for (Map.Entry<String, Stmt.FunctionDef> m : c.methods().entrySet()) {
            Stmt.FunctionDef f = m.getValue();
            String python = m.getKey();
            FunctionSig sig = NotImplementedGuards.signature(c, f,
                    rt.functionSignatures.signature(f, true, c, ClassEmitter.implName(c, python), c.decorated().kind(python)));
            if (python.equals("__init__") && sig.returns() != PyType.NONE) {
                throw Unsupported.type("__init__ must return None", f);
            }
            if ((python.equals("__str__") || python.equals("__repr__")) && (sig.returns() != PyType.STR || !sig.params().isEmpty())) {
                throw Unsupported.type(python + " must take only self and return str", f);
            }
            if (python.equals("__len__") && (sig.returns() != PyType.INT || !sig.params().isEmpty())) {
                throw Unsupported.type("__len__ must take only self and return int", f);
            }
            Dunders.check(c, python, sig, f);
            if (c.exception() && python.equals("__len__")) {
                throw Unsupported.construct("special method __len__ of an exception class", f);
            }
            if (c.exception() && python.equals("__init__") && !ExceptionArgs.setsArgs(c)) {
                // BaseException keeps the constructor's positional arguments as args, rendered
                // when the object is made: only values that cannot change afterwards.
                for (FunctionSig.Param p : sig.params()) {
                    if (!ExceptionArgs.immutable(p.type())) {
                        throw Unsupported.construct("exception __init__ taking a " + p.type().python()
                                + " without calling super().__init__(...)", f);
                    }
                }
            }
            c.signatures().put(python, sig);
        }
        if (c.dataclass()) {
            List<FunctionSig.Param> params = new ArrayList<>();
            for (String f : ClassEmitter.dataclassFields(c)) {
                if (!DataclassExtras.initialised(c, f)) {
                    continue; // field(init=False): set from its default by __init__
                }
                ClassInfo owner = c;
                while (owner.ownFields().get(f) == null || !owner.dataclass()) {
                    owner = owner.base();
                }
                params.add(new FunctionSig.Param(f, owner.ownFields().get(f), owner.dataclassDefaults().get(f)));
            }
            if (!c.methods().containsKey("__init__")) {
                c.signatures().put("__init__", new FunctionSig("__init__", ClassEmitter.implName(c, "__init__"), params, PyType.NONE, c));
            }
            if (!c.methods().containsKey("__repr__") && c.resolve("__repr__") == c) {
                c.signatures().put("__repr__", new FunctionSig("__repr__", ClassEmitter.implName(c, "__repr__"), List.of(), PyType.STR, c));
            }
        }
        DecoratedMethods.check(c);
        // An override must keep the signature the callers see.
        if (c.base() != null) {
            for (Map.Entry<String, FunctionSig> e : c.signatures().entrySet()) {
                if (e.getKey().equals("__init__")) {
                    continue;
                }
                FunctionSig inherited = c.base().signature(e.getKey());
                if (inherited != null && (!sameTypes(inherited, e.getValue()))) {
                    throw Unsupported.type("override of '" + e.getKey() + "' changes its signature", c.methods().getOrDefault(e.getKey(), null) == null
                            ? c.def() : c.methods().get(e.getKey()));
                }
            }
        }
    }

    /**
     * A class attribute of an exception class: a literal that each object's attribute starts
     * as. Nothing can assign the class's own attribute (a class is not a value here), so reading
     * it through an object is the same as reading the class's.
     */
    private void classValue(ClassInfo c, String name, Expr value, Expr annotation, Stmt at) {
        if (name.equals("args") || c.ownFields().containsKey(name)) {
            throw Unsupported.construct("class attribute '" + name + "' defined twice or shadowing args", at);
        }
        if (!(value instanceof Expr.Constant || value instanceof Expr.UnaryOp)) {
            throw Unsupported.construct("class attribute other than a literal", value);
        }
        ModuleScope.Constant k = rt.moduleGlobals.constant(name, value, annotation);
        if (k.global()) {
            throw Unsupported.construct("class attribute other than a literal", value);
        }
        c.ownFields().put(name, k.type());
        RExpr lit = k.type() == PyType.STR ? RExpr.method(k.value(), "to_string") : k.value();
        c.classValues().put(name, lit);
    }

    private static boolean sameTypes(FunctionSig a, FunctionSig b) {
        if (!a.returns().equals(b.returns()) || a.params().size() != b.params().size()) {
            return false;
        }
        for (int i = 0; i < a.params().size(); i++) {
            if (!a.params().get(i).type().equals(b.params().get(i).type())) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ attributes

    /** Learns instance attributes and their types from the assignments to self in each method. */
    void discoverFields() {
        for (int round = 0; round < 3; round++) {
            boolean added = scope.genericClasses.discover(); // the generic classes' instances (GenericClasses)
            for (ClassInfo c : scope.classes.values()) {
                if (c.exception() && !c.objectException()) {
                    continue;
                }
                added |= discoverRound(c);
            }
            if (!added) {
                break;
            }
        }
    }

    /** One provisional translation of each of a class's methods; whether it learnt a new attribute. */
    boolean discoverRound(ClassInfo c) {
        boolean added = false;
        List<String> order = new ArrayList<>(c.methods().keySet());
        order.sort(Comparator.comparing(m -> m.equals("__init__") ? 0 : 1));
        for (String m : order) {
            FunctionSig sig = c.signatures().get(m);
            if (sig == null) {
                continue; // its signature was refused, and that is reported
            }
            FunctionTranslator ft = rt.itemEmission.translator(sig, c, true);
            try {
                ft.translate(NotImplementedGuards.body(c, c.methods().get(m)), c.methods().get(m));
            } catch (Unsupported ignored) {
                // Reported by the real translation below.
            }
            added |= ft.addedField();
        }
        return added;
    }
}
