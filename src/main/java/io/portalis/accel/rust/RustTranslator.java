package io.portalis.accel.rust;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Arg;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates a parsed Python module into one standalone Rust program: the prelude, the
 * module's constants, classes and functions as Rust items, and its top-level statements
 * (including the {@code if __name__ == "__main__":} block) as {@code main}.
 */
public final class RustTranslator {
    /**
     * The prelude names the generated code may use unqualified (traits whose methods it calls);
     * the header imports those the program keeps. Any other prelude name must be written
     * {@code py::Name}, or PreludeShaker will not see the use.
     */
    private static final List<String> PRELUDE_IMPORTS = List.of("Format", "Show");
    private static final Set<String> TYPING_NAMES = Set.of(
            "Optional", "List", "Dict", "Set", "Tuple", "Union", "Any", "annotations",
            "Iterator", "Iterable", "Generator", "Callable");

    private final Mod.Module module;
    private final String sourcePath;
    private final ModuleScope scope = new ModuleScope();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Stmt.FunctionDef> functionDefs = new ArrayList<>();
    private final List<Stmt> mainBody = new ArrayList<>();
    private final Set<String> imported = new HashSet<>();

    private RustTranslator(Mod.Module module, String sourcePath) {
        this.module = module;
        this.sourcePath = sourcePath;
    }

    /** Translates a module; unsupported constructs come back as diagnostics and a null program. */
    public static Translation translate(Mod.Module module, byte[] source, String sourcePath) {
        return translate(module, io.portalis.accel.python.semantics.NameChecker.check(module), source, sourcePath);
    }

    /** Translates a module the check stage has resolved ({@code names} is its result for {@code module}). */
    public static Translation translate(Mod.Module module, io.portalis.accel.python.semantics.NameResolution names,
            byte[] source, String sourcePath) {
        Translation floats = translate(module, names, sourcePath, false);
        if (floats.rust() != null || !NumericTower.intInFloatSlot(floats.diagnostics())) {
            return floats;
        }
        // An int reaches a float slot: float slots become py::Num, which keeps ints ints.
        return translate(module, names, sourcePath, true);
    }

    private static Translation translate(Mod.Module module, io.portalis.accel.python.semantics.NameResolution names,
            String sourcePath, boolean intsInFloats) {
        RustTranslator t = new RustTranslator(module, sourcePath);
        t.scope.names = names;
        t.scope.intsInFloats = intsInFloats;
        String rust;
        try {
            rust = t.run();
        } catch (Unsupported u) {
            t.report(u);
            rust = null;
        } catch (RuntimeException e) {
            // A construct the translator did not foresee: a diagnostic, never a crash of the run.
            t.diagnostics.add(Diagnostic.error("E-UNSUPPORTED", "unsupported: " + describe(e), 0, 0));
            rust = null;
        } catch (StackOverflowError e) {
            t.diagnostics.add(Diagnostic.error("E-UNSUPPORTED", "unsupported: code nested too deeply to translate", 0, 0));
            rust = null;
        }
        boolean failed = !t.diagnostics.isEmpty();
        if (rust != null && !failed && t.scope.strSetOrder() != null) {
            io.portalis.accel.python.ast.Node at = t.scope.strSetOrder();
            t.diagnostics.add(new Diagnostic(io.portalis.accel.diagnostic.Severity.WARNING, "W-HASH-ORDER",
                    "order of set[str] follows CPython with PYTHONHASHSEED=0 (str hashes differ per process otherwise)",
                    at.start(), Math.max(at.start(), at.end())));
        }
        List<Diagnostic> ds = new ArrayList<>(t.diagnostics);
        ds.sort(Comparator.comparingInt(Diagnostic::start));
        return new Translation(failed ? null : rust, ds);
    }

    private static String describe(RuntimeException e) {
        return "internal translator limit (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }

    private void report(Unsupported u) {
        diagnostics.add(Diagnostic.error(u.code(), u.getMessage(), u.start(), Math.max(u.start(), u.end())));
    }

    private String run() {
        scope.frozensets = new FrozensetConstants(module);
        collect();
        if (!diagnostics.isEmpty()) {
            return null;
        }
        signatures();
        if (!diagnostics.isEmpty()) {
            return null;
        }
        discoverFields();
        StringBuilder items = new StringBuilder();
        exceptionTable(items);
        constants(items);
        for (ClassInfo c : scope.classes.values()) {
            if (c.base() == null && (!c.exception() || c.objectException())) {
                String text = emitClass(c);
                if (text != null) {
                    items.append('\n').append(text);
                }
            }
        }
        for (Stmt.FunctionDef f : functionDefs) {
            String text = emitFunction(f);
            if (text != null) {
                items.append('\n').append(text);
            }
        }
        String main = emitMain();
        if (!diagnostics.isEmpty()) {
            return null;
        }
        functionValues(items);
        String program = items + "\n" + main;
        PreludeShaker.Shaken prelude = PreludeShaker.standard().shake(program, PRELUDE_IMPORTS);
        StringBuilder sb = new StringBuilder();
        sb.append("// Translated from ").append(sourcePath).append(" by portalis-accel.\n");
        sb.append("// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.\n");
        sb.append("#![allow(dead_code, unused_imports, unused_mut, unused_variables)]\n");
        sb.append("#![allow(unused_parens, unused_labels, unreachable_code)]\n");
        sb.append("#![allow(unused_assignments, non_snake_case, non_camel_case_types)]\n");
        sb.append("#![allow(non_upper_case_globals)]\n\n");
        List<String> imports = prelude.imports();
        if (imports.size() == 1) {
            sb.append("use py::").append(imports.get(0)).append(";\n");
        } else if (!imports.isEmpty()) {
            sb.append("use py::{").append(String.join(", ", imports)).append("};\n");
        }
        sb.append("use std::cell::RefCell;\n");
        sb.append("use std::rc::Rc;\n\n");
        sb.append(prelude.text());
        sb.append(program);
        return sb.toString();
    }

    // ------------------------------------------------------------------ collection

    private void collect() {
        List<Stmt> body = module.body();
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            try {
                collectOne(s, i == 0);
            } catch (Unsupported u) {
                report(u);
            }
        }
    }

    private void collectOne(Stmt s, boolean first) {
        if (s instanceof Stmt.ImportFrom imp && imp.level() == 0 && imp.module() != null
                && StdlibImports.supported(imp.module())) {
            scope.stdlib.add(imp, StdlibModules.find(imp.module()));
            return;
        }
        if (s instanceof Stmt.ImportFrom imp) {
            String m = imp.module() == null ? "" : imp.module();
            if (imp.level() != 0 || !(m.equals("dataclasses") || m.equals("typing") || m.equals("__future__")
                    || m.equals("collections.abc"))) {
                throw Unsupported.construct("import from '" + m + "'", s);
            }
            for (Alias a : imp.names()) {
                if (a.asname() != null) {
                    throw Unsupported.construct("import ... as", a);
                }
                if (m.equals("dataclasses") && !(a.name().equals("dataclass") || a.name().equals("field"))) {
                    throw Unsupported.construct("dataclasses." + a.name(), a);
                }
                if (m.equals("typing") && !TYPING_NAMES.contains(a.name())) {
                    throw Unsupported.construct("typing." + a.name(), a);
                }
                if (m.equals("collections.abc") && !Set.of("Iterator", "Iterable", "Generator", "Callable").contains(a.name())) {
                    throw Unsupported.construct("collections.abc." + a.name(), a);
                }
                imported.add(a.name());
            }
            return;
        }
        if (s instanceof Stmt.Import imp) {
            scope.stdlib.add(imp);
            return;
        }
        if (s instanceof Stmt.ClassDef c) {
            collectClass(c);
            return;
        }
        if (s instanceof Stmt.FunctionDef f) {
            if (!f.decorator_list().isEmpty()) {
                throw Unsupported.construct("decorator on a function", f.decorator_list().get(0));
            }
            if (scope.functions.containsKey(f.name()) || functionDefs.stream().anyMatch(d -> d.name().equals(f.name()))) {
                throw Unsupported.construct("redefinition of function '" + f.name() + "'", f);
            }
            functionDefs.add(f);
            return;
        }
        if (s instanceof Stmt.AsyncFunctionDef) {
            throw Unsupported.construct("async function", s);
        }
        if (s instanceof Stmt.If i && isMainGuard(i.test())) {
            if (!i.orelse().isEmpty()) {
                throw Unsupported.construct("else branch of the __main__ guard", i.orelse().get(0));
            }
            mainBody.addAll(i.body());
            return;
        }
        if (s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str) {
            return;
        }
        mainBody.add(s);
    }

    private static boolean isMainGuard(Expr test) {
        return test instanceof Expr.Compare c && c.ops().size() == 1
                && c.ops().get(0) == io.portalis.accel.python.ast.CmpOp.Eq
                && c.left() instanceof Expr.Name n && n.id().equals("__name__")
                && c.comparators().get(0) instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str str
                && str.value().equals("__main__");
    }

    private void collectClass(Stmt.ClassDef c) {
        if (scope.classes.containsKey(c.name())) {
            throw Unsupported.construct("redefinition of class '" + c.name() + "'", c);
        }
        if (!c.keywords().isEmpty()) {
            throw Unsupported.construct("class keyword arguments", c.keywords().get(0));
        }
        boolean dataclass = false;
        for (Expr d : c.decorator_list()) {
            if (d instanceof Expr.Name n && n.id().equals("dataclass") && imported.contains("dataclass")) {
                dataclass = true;
            } else if (d instanceof Expr.Call call && call.func() instanceof Expr.Name n && n.id().equals("dataclass")
                    && call.args().isEmpty() && call.keywords().isEmpty()) {
                dataclass = true;
            } else if (d instanceof Expr.Call call && call.func() instanceof Expr.Name n && n.id().equals("dataclass")
                    && !call.keywords().isEmpty()) {
                throw Unsupported.construct("dataclass(" + call.keywords().get(0).arg() + "=...)", call.keywords().get(0));
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
                exceptionBase = bn.id();
                ClassInfo user = scope.classOf(bn.id());
                if (user != null && user.objectException()) {
                    base = user;
                }
            } else if (!bn.id().equals("object")) {
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
        info.rustName(rustTypeName(c.name()));
        scope.classes.put(c.name(), info);
    }

    private String rustTypeName(String name) {
        String id = ModuleScope.ident(name);
        if (id.startsWith("r#")) {
            id = id.substring(2) + "_";
        }
        return id;
    }

    // ------------------------------------------------------------------ signatures

    private void signatures() {
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
                classMembers(c);
            } catch (Unsupported u) {
                report(u);
            }
        }
        for (Stmt.FunctionDef f : functionDefs) {
            try {
                String rust = ModuleScope.ident(f.name());
                scope.functions.put(f.name(), signature(f, false, null, rust));
            } catch (Unsupported u) {
                report(u);
            }
        }
        try {
            constantsFromMain();
        } catch (Unsupported u) {
            report(u);
        }
        try {
            Set<String> defined = new HashSet<>(scope.functions.keySet());
            defined.addAll(scope.classes.keySet());
            defined.addAll(scope.globals.keySet());
            defined.addAll(scope.constants.keySet());
            functionDefs.forEach(f -> defined.add(f.name()));
            scope.stdlib.requireUnshadowed(defined, module.body());
        } catch (Unsupported u) {
            report(u);
        }
    }

    private void classMembers(ClassInfo c) {
        if (c.objectException() && c.base() == null) {
            // BaseException.args, kept by each object of the family.
            c.ownFields().put("args", PyType.ARGS);
        }
        for (Stmt s : c.def().body()) {
            if (s instanceof Stmt.Pass || (s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant k
                    && k.value() instanceof ConstantValue.Str)) {
                continue;
            }
            if (s instanceof Stmt.FunctionDef f) {
                if (!f.decorator_list().isEmpty()) {
                    throw Unsupported.construct("method decorator", f.decorator_list().get(0));
                }
                if (f.name().startsWith("__") && f.name().endsWith("__") && !Dunders.supported(f.name())) {
                    throw Unsupported.construct("special method " + f.name()
                            + (f.name().equals("__hash__") ? " (instances cannot key a dict or be in a set)" : ""), f);
                }
                if (c.methods().containsKey(f.name())) {
                    throw Unsupported.construct("redefinition of method '" + f.name() + "'", f);
                }
                c.methods().put(f.name(), f);
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
                    c.dataclassDefaults().put(n.id(), dataclassDefault(a.value(), t));
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
        for (Stmt.FunctionDef f : c.methods().values()) {
            String python = f.name();
            FunctionSig sig = signature(f, true, c, ClassEmitter.implName(c, python));
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
        ModuleScope.Constant k = constant(name, value, annotation);
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

    /** A dataclass field's default as an expression evaluated at each call (a factory call for field()). */
    private Expr dataclassDefault(Expr value, PyType t) {
        if (value == null) {
            return null;
        }
        if (value instanceof Expr.Call call && call.func() instanceof Expr.Name n && n.id().equals("field")) {
            if (!call.args().isEmpty() || call.keywords().size() != 1 || !"default_factory".equals(call.keywords().get(0).arg())) {
                throw Unsupported.construct("field() other than field(default_factory=...)", value);
            }
            Expr factory = call.keywords().get(0).value();
            if (!(factory instanceof Expr.Name f) || !Set.of("list", "dict", "set").contains(f.id())) {
                throw Unsupported.construct("default_factory other than list, dict or set", factory);
            }
            return new Expr.Call(f, List.of(), List.of(), value.start(), value.end());
        }
        if (value instanceof Expr.List || value instanceof Expr.Dict || value instanceof Expr.Set) {
            throw Unsupported.construct("mutable default value", value);
        }
        return value;
    }

    private FunctionSig signature(Stmt.FunctionDef f, boolean method, ClassInfo owner, String rustName) {
        io.portalis.accel.python.ast.Arguments a = f.args();
        if (!a.posonlyargs().isEmpty()) {
            throw Unsupported.construct("positional-only parameters", f);
        }
        List<Arg> args = a.args();
        int skip = 0;
        if (method) {
            if (args.isEmpty() || !args.get(0).arg().equals("self")) {
                throw Unsupported.construct("method without a self parameter", f);
            }
            skip = 1;
        }
        List<FunctionSig.Param> params = new ArrayList<>();
        int firstDefault = args.size() - a.defaults().size();
        for (int i = skip; i < args.size(); i++) {
            Arg arg = args.get(i);
            if (arg.annotation() == null) {
                throw Unsupported.type("parameter '" + arg.arg() + "' needs a type annotation", arg);
            }
            PyType t = scope.annotation(arg.annotation());
            if (arg.annotation() instanceof Expr.Subscript sub && sub.value() instanceof Expr.Name an
                    && an.id().equals("Iterable")) {
                throw Unsupported.construct("Iterable[...] parameter (a list passed there could be iterated twice; "
                        + "annotate Iterator[...] or list[...])", arg.annotation());
            }
            Expr dflt = i >= firstDefault ? a.defaults().get(i - firstDefault) : null;
            params.add(new FunctionSig.Param(arg.arg(), t, plainDefault(dflt)));
        }
        if (a.vararg() != null) {
            params.add(new FunctionSig.Param(a.vararg().arg(), new PyType.VarTupleT(annotated(a.vararg())), null,
                    FunctionSig.Kind.VAR_POSITIONAL));
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Arg arg = a.kwonlyargs().get(i);
            params.add(new FunctionSig.Param(arg.arg(), annotated(arg), plainDefault(a.kw_defaults().get(i)),
                    FunctionSig.Kind.KEYWORD_ONLY));
        }
        if (a.kwarg() != null) {
            params.add(new FunctionSig.Param(a.kwarg().arg(), new PyType.DictT(PyType.STR, annotated(a.kwarg())), null,
                    FunctionSig.Kind.VAR_KEYWORD));
        }
        boolean generator = GeneratorFunction.isGenerator(f);
        if (generator && !(f.returns() != null && scope.annotation(f.returns()) instanceof PyType.GenT)) {
            throw Unsupported.type("generator function '" + f.name() + "' needs an Iterator[...] or Generator[...] "
                    + "return annotation", f.returns() == null ? f : f.returns());
        }
        if (!generator && f.returns() != null && scope.annotation(f.returns()) instanceof PyType.GenT) {
            throw Unsupported.construct("function returning an iterator without yield", f.returns());
        }
        PyType ret;
        if (f.returns() == null) {
            if (f.name().equals("__init__") || !returnsValue(f.body())) {
                ret = PyType.NONE;
            } else {
                throw Unsupported.type("function '" + f.name() + "' returns a value but has no return annotation", f);
            }
        } else {
            ret = scope.annotation(f.returns());
        }
        return new FunctionSig(f.name(), rustName, params, ret, owner);
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

    private static boolean returnsValue(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Return r && r.value() != null) {
                return true;
            }
            if (s instanceof Stmt.If i && (returnsValue(i.body()) || returnsValue(i.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.For f && (returnsValue(f.body()) || returnsValue(f.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.While w && (returnsValue(w.body()) || returnsValue(w.orelse()))) {
                return true;
            }
            if (s instanceof Stmt.Try t && (returnsValue(t.body()) || returnsValue(t.orelse()) || returnsValue(t.finalbody())
                    || t.handlers().stream().anyMatch(h -> returnsValue(h.body())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Top-level assignments that functions read become Rust constants when they are literals
     * (or displays that cannot raise) assigned once, before anything runs; every other
     * module-level variable that functions see, and each one a function declares
     * {@code global}, becomes a {@link ModuleScope.Global} that the top-level code assigns in order.
     */
    private void constantsFromMain() {
        Set<String> readInFunctions = new HashSet<>();
        Set<String> declaredGlobal = new java.util.LinkedHashSet<>();
        List<Stmt.FunctionDef> bodies = new ArrayList<>(functionDefs);
        for (Stmt.FunctionDef f : functionDefs) {
            f.args().defaults().forEach(d -> readInFunctions.addAll(DeclarationPlanner.reads(d)));
        }
        for (ClassInfo c : scope.classes.values()) {
            for (Stmt s : c.def().body()) {
                if (s instanceof Stmt.FunctionDef f) {
                    bodies.add(f);
                }
            }
        }
        for (Stmt.FunctionDef f : bodies) {
            readInFunctions.addAll(freeNames(f));
            declaredGlobal.addAll(globalNames(f.body()));
        }
        Map<String, Integer> assignments = new HashMap<>();
        for (Stmt s : allStatements(mainBody)) {
            Set<String> targets = new HashSet<>();
            if (s instanceof Stmt.Assign a) {
                a.targets().forEach(t -> DeclarationPlanner.targetNames(t, targets));
            } else if (s instanceof Stmt.AnnAssign a) {
                DeclarationPlanner.targetNames(a.target(), targets);
            } else if (s instanceof Stmt.AugAssign a) {
                DeclarationPlanner.targetNames(a.target(), targets);
            } else if (s instanceof Stmt.For f) {
                DeclarationPlanner.targetNames(f.target(), targets);
            }
            targets.forEach(t -> assignments.merge(t, 1, Integer::sum));
        }
        List<Stmt> kept = new ArrayList<>();
        boolean runsUserCode = false;
        for (Stmt s : mainBody) {
            String name = null;
            Expr value = null;
            Expr annotation = null;
            if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
                name = n.id();
                value = a.value();
            } else if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && a.value() != null) {
                name = n.id();
                value = a.value();
                annotation = a.annotation();
            }
            if (name != null && readInFunctions.contains(name) && !declaredGlobal.contains(name)
                    && assignments.getOrDefault(name, 0) == 1 && !runsUserCode) {
                try {
                    scope.constants.put(name, constant(name, value, annotation));
                    continue;
                } catch (Unsupported notConstant) {
                    // A value that needs statements or may raise: assigned in order, as a Global.
                }
            }
            kept.add(s);
            runsUserCode |= runsUserCode(s);
        }
        Set<String> globals = new java.util.LinkedHashSet<>(declaredGlobal);
        for (String name : readInFunctions) {
            if (!scope.constants.containsKey(name) && assignments.containsKey(name)) {
                globals.add(name);
            }
        }
        for (String name : globals) {
            if (scope.functions.containsKey(name) || scope.classes.containsKey(name)) {
                throw Unsupported.construct("module-level variable '" + name + "' named like a function or class",
                        mainBody.isEmpty() ? module : mainBody.get(0));
            }
            Node at = bodies.stream().flatMap(f -> allStatements(f.body()).stream())
                    .filter(st -> st instanceof Stmt.Global g && g.names().contains(name)).findFirst()
                    .map(st -> (Node) st).orElse(kept.isEmpty() ? module : kept.get(0));
            scope.globals.put(name, new ModuleScope.Global(name, ModuleScope.ident(name).toUpperCase(java.util.Locale.ROOT),
                    globalType(name, kept, at)));
        }
        mainBody.clear();
        mainBody.addAll(kept);
    }

    /**
     * Whether a top-level statement may run the program's own functions or methods (it names
     * one of its functions or classes): a constant assigned after it is a Global, since that code
     * could read the name before Python binds it.
     */
    private boolean runsUserCode(Stmt s) {
        for (Stmt inner : allStatements(List.of(s))) {
            for (Expr e : expressions(inner)) {
                for (String n : DeclarationPlanner.reads(e)) {
                    if (scope.functions.containsKey(n) || scope.classes.containsKey(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The names a function body declares {@code global}. */
    static Set<String> globalNames(List<Stmt> body) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Stmt s : allStatements(body)) {
            if (s instanceof Stmt.Global g) {
                out.addAll(g.names());
            }
        }
        return out;
    }

    /** A module-level variable's type: its annotation, or the type of its first top-level value. */
    private PyType globalType(String name, List<Stmt> body, Node at) {
        Stmt first = null;
        for (Stmt s : allStatements(body)) {
            if (s instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && n.id().equals(name)) {
                return scope.annotation(a.annotation());
            }
            if (first == null && s instanceof Stmt.Assign a && a.targets().size() == 1
                    && a.targets().get(0) instanceof Expr.Name n && n.id().equals(name)) {
                first = s;
            }
        }
        if (first == null) {
            throw Unsupported.type("module-level variable '" + name + "' needs an annotated assignment at the top level"
                    + " (e.g. " + name + ": int = 0)", at);
        }
        Expr value = ((Stmt.Assign) first).value();
        FunctionTranslator ft = new FunctionTranslator(scope, null, null, false);
        PyType t;
        try {
            t = ft.probeType(value);
        } catch (Unsupported u) {
            t = null;
        }
        if (t == null || t == PyType.NONE || t instanceof PyType.IterT) {
            throw Unsupported.type("cannot settle the type of module-level variable '" + name + "'; annotate it", value);
        }
        return t;
    }

    private static boolean writes(Stmt s, String name) {
        Set<String> targets = new HashSet<>();
        if (s instanceof Stmt.Assign a) {
            a.targets().forEach(t -> DeclarationPlanner.targetNames(t, targets));
        } else if (s instanceof Stmt.AnnAssign a) {
            DeclarationPlanner.targetNames(a.target(), targets);
        }
        return targets.contains(name);
    }

    private ModuleScope.Constant constant(String name, Expr value, Expr annotation) {
        PyType t;
        String lit;
        Expr v = value;
        boolean negative = false;
        if (v instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub) {
            negative = true;
            v = u.operand();
        }
        if (!(v instanceof Expr.Constant c)) {
            return global(name, value, annotation);
        }
        ConstantValue cv = c.value();
        if (cv instanceof ConstantValue.Int i && i.value().bitLength() < 64) {
            t = PyType.INT;
            lit = (negative ? "-" : "") + i.value();
        } else if (cv instanceof ConstantValue.Float f) {
            t = PyType.FLOAT;
            lit = (negative ? "-" : "") + RustLiterals.floatLiteral(f.value());
        } else if (cv instanceof ConstantValue.Str s && !negative) {
            t = PyType.STR;
            lit = RustLiterals.string(s.value());
        } else if (cv instanceof ConstantValue.Bool b && !negative) {
            t = PyType.BOOL;
            lit = b.value() ? "true" : "false";
        } else {
            throw Unsupported.construct("module-level constant of this type", value);
        }
        if (annotation != null) {
            PyType declared = scope.annotation(annotation);
            if (declared == PyType.FLOAT && t == PyType.INT) {
                throw NumericTower.refuseIntInFloatSlot(value);
            } else if (declared == PyType.NUM && (t == PyType.INT || t == PyType.FLOAT)) {
                return new ModuleScope.Constant(constantName(name), declared,
                        new RExpr.Atom("py::Num::" + (t == PyType.INT ? "I" : "F") + "(" + lit + ")"));
            } else if (!declared.equals(t)) {
                throw Unsupported.type("constant '" + name + "' is annotated " + declared.python() + " but holds " + t.python(), value);
            }
        }
        return new ModuleScope.Constant(constantName(name), t, new RExpr.Atom(lit));
    }

    private static String constantName(String name) {
        String rustName = ModuleScope.ident(name);
        if (rustName.equals(rustName.toLowerCase())) {
            rustName = rustName.toUpperCase();
        }
        return rustName;
    }

    /** The module globals a function (or anything nested in it) reads or binds, from the check stage. */
    private Set<String> freeNames(Stmt.FunctionDef f) {
        return scope.names.scopeOf(f).globalIdentifiers();
    }

    /** A module-level list, dict, set or tuple display that functions read: a thread-local handle. */
    private ModuleScope.Constant global(String name, Expr value, Expr annotation) {
        PyType declared = annotation == null ? null : scope.annotation(annotation);
        FunctionTranslator ft = new FunctionTranslator(scope, null, null, false);
        FunctionTranslator.Val v = ft.standalone(value, declared);
        if (v == null || v.type() instanceof PyType.IterT || v.type() instanceof PyType.ClassT) {
            throw Unsupported.construct("module-level variable '" + name + "' used inside functions "
                    + "(only literal constants and displays that cannot raise)", value);
        }
        String rustName = ModuleScope.ident(name).toUpperCase();
        return new ModuleScope.Constant(rustName, v.type(), ft.owned(v), true);
    }

    /** Every statement of a body, nested ones after the statement that holds them. */
    static List<Stmt> allStatementsOf(List<Stmt> body) {
        return allStatements(body);
    }

    private static List<Stmt> allStatements(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            out.add(s);
            if (s instanceof Stmt.If i) {
                out.addAll(allStatements(i.body()));
                out.addAll(allStatements(i.orelse()));
            } else if (s instanceof Stmt.For f) {
                out.addAll(allStatements(f.body()));
                out.addAll(allStatements(f.orelse()));
            } else if (s instanceof Stmt.While w) {
                out.addAll(allStatements(w.body()));
                out.addAll(allStatements(w.orelse()));
            } else if (s instanceof Stmt.Try t) {
                out.addAll(allStatements(t.body()));
                out.addAll(allStatements(t.orelse()));
                out.addAll(allStatements(t.finalbody()));
                t.handlers().forEach(h -> out.addAll(allStatements(h.body())));
            } else if (s instanceof Stmt.FunctionDef f) {
                out.addAll(allStatements(f.body()));
            } else if (s instanceof Stmt.ClassDef c) {
                out.addAll(allStatements(c.body()));
            }
        }
        return out;
    }

    private static List<Expr> expressions(Stmt s) {
        List<Expr> out = new ArrayList<>();
        if (s instanceof Stmt.Assign a) {
            out.add(a.value());
            out.addAll(a.targets());
        } else if (s instanceof Stmt.AnnAssign a && a.value() != null) {
            out.add(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            out.add(a.value());
            out.add(a.target());
        } else if (s instanceof Stmt.Expr e) {
            out.add(e.value());
        } else if (s instanceof Stmt.Return r && r.value() != null) {
            out.add(r.value());
        } else if (s instanceof Stmt.If i) {
            out.add(i.test());
        } else if (s instanceof Stmt.While w) {
            out.add(w.test());
        } else if (s instanceof Stmt.For f) {
            out.add(f.iter());
        } else if (s instanceof Stmt.Raise r && r.exc() != null) {
            out.add(r.exc());
        } else if (s instanceof Stmt.Assert a) {
            out.add(a.test());
        } else if (s instanceof Stmt.FunctionDef f) {
            out.addAll(f.args().defaults());
        }
        return out;
    }

    // ------------------------------------------------------------------ attributes

    /** Learns instance attributes and their types from the assignments to self in each method. */
    private void discoverFields() {
        for (int round = 0; round < 3; round++) {
            boolean added = false;
            for (ClassInfo c : scope.classes.values()) {
                if (c.exception() && !c.objectException()) {
                    continue;
                }
                List<String> order = new ArrayList<>(c.methods().keySet());
                order.sort(Comparator.comparing(m -> m.equals("__init__") ? 0 : 1));
                for (String m : order) {
                    FunctionSig sig = c.signatures().get(m);
                    FunctionTranslator ft = translator(sig, c, true);
                    try {
                        ft.translate(c.methods().get(m).body(), c.methods().get(m));
                    } catch (Unsupported ignored) {
                        // Reported by the real translation below.
                    }
                    added |= ft.addedField();
                }
            }
            if (!added) {
                break;
            }
        }
    }

    // ------------------------------------------------------------------ emission

    private void exceptionTable(StringBuilder items) {
        RustPrinter p = new RustPrinter();
        p.line(0, "/// The base class of each exception class the program defines.");
        p.line(0, "fn user_exception_base(kind: &str) -> Option<&'static str> {");
        List<ClassInfo> exceptions = scope.classes.values().stream().filter(ClassInfo::exception).toList();
        if (exceptions.isEmpty()) {
            p.line(4, "let _ = kind;");
            p.line(4, "None");
        } else {
            p.line(4, "match kind {");
            for (ClassInfo e : exceptions) {
                p.line(8, "\"" + e.name() + "\" => Some(\"" + e.exceptionBase() + "\"),");
            }
            p.line(8, "_ => None,");
            p.line(4, "}");
        }
        p.line(0, "}");
        items.append('\n').append(p.text());
    }

    /** Each module function used as a value, held once so that its copies are the same function. */
    private void functionValues(StringBuilder items) {
        if (scope.functionValues.isEmpty()) {
            return;
        }
        RustPrinter p = new RustPrinter();
        p.line(0, "thread_local! {");
        for (String name : scope.functionValues) {
            FunctionSig f = scope.functions.get(name);
            p.line(4, "static " + Closures.valueName(f) + ": " + Closures.typeOf(f).rust() + " = Rc::new(" + f.rustName() + ");");
        }
        p.line(0, "}");
        items.append('\n').append(p.text());
    }

    private void constants(StringBuilder items) {
        if (scope.constants.isEmpty() && scope.globals.isEmpty()) {
            return;
        }
        RustPrinter p = new RustPrinter();
        for (ModuleScope.Global g : scope.globals.values()) {
            // Unbound until the module's code assigns it; see py::Global for why thread-local.
            p.line(0, "thread_local! {");
            p.line(4, "static " + g.rustName() + ": py::Global<" + g.type().rust() + "> = py::Global::new();");
            p.line(0, "}");
        }
        for (ModuleScope.Constant k : scope.constants.values()) {
            if (k.global()) {
                // A shared handle, made on first use: the display cannot raise or print.
                p.line(0, "thread_local! {");
                String head = "static " + k.rustName() + ": " + k.type().rust() + " = ";
                p.line(4, head + RustPrinter.flat(k.value()) + ";");
                p.line(0, "}");
                continue;
            }
            String type = k.type() == PyType.STR ? "&str" : k.type().rust();
            String head = "const " + k.rustName() + ": " + type + " = ";
            String lit = RustPrinter.flat(k.value());
            if (RustPrinter.width(head + lit) + 1 > RustPrinter.MAX_WIDTH && lit.startsWith("\"")) {
                p.line(0, head.stripTrailing());
                p.line(4, lit + ";");
            } else {
                p.line(0, head + lit + ";");
            }
        }
        items.append('\n').append(p.text());
    }

    private String emitClass(ClassInfo root) {
        List<ClassEmitter.MethodBody> bodies = new ArrayList<>();
        boolean failed = false;
        for (ClassInfo c : root.family()) {
            for (Map.Entry<String, Stmt.FunctionDef> m : c.methods().entrySet()) {
                FunctionSig sig = c.signatures().get(m.getKey());
                FunctionTranslator ft = translator(sig, c, false);
                try {
                    List<RStmt> body = ft.translate(m.getValue().body(), m.getValue());
                    Set<String> mutable = new HashSet<>();
                    sig.params().forEach(p -> {
                        if (ft.paramMutable(p.name())) {
                            mutable.add(p.name());
                        }
                    });
                    bodies.add(new ClassEmitter.MethodBody(c, m.getKey(), sig, body, mutable));
                } catch (Unsupported u) {
                    report(u);
                    failed = true;
                }
            }
            if (c.dataclass()) {
                if (!c.methods().containsKey("__init__")) {
                    bodies.add(dataclassInit(c));
                }
                if (!c.methods().containsKey("__repr__") && c.resolve("__repr__") == c) {
                    bodies.add(dataclassRepr(c));
                }
            }
        }
        if (failed) {
            return null;
        }
        // Constructors and methods in a stable order: __init__ first, then as written.
        bodies.sort(Comparator.comparingInt(b -> b.python().equals("__init__") ? 0 : 1));
        return ClassEmitter.emit(root, bodies);
    }

    private ClassEmitter.MethodBody dataclassInit(ClassInfo c) {
        FunctionSig sig = c.signatures().get("__init__");
        List<RStmt> body = new ArrayList<>();
        for (FunctionSig.Param p : sig.params()) {
            body.add(new RStmt.Expr(RExpr.method(new RExpr.Atom("self"), "set_" + FunctionTranslator.fieldName(p.name()),
                    new RExpr.Atom(ModuleScope.ident(p.name())))));
        }
        body.add(new RStmt.Tail(new RExpr.Atom("Ok(())")));
        return new ClassEmitter.MethodBody(c, "__init__", sig, body, Set.of());
    }

    private ClassEmitter.MethodBody dataclassRepr(ClassInfo c) {
        FunctionSig sig = c.signatures().get("__repr__");
        List<String> fields = ClassEmitter.dataclassFields(c);
        StringBuilder fmt = new StringBuilder("\"{}(");
        List<RExpr> args = new ArrayList<>();
        args.add(null);
        args.add(RExpr.method(new RExpr.Atom("self"), "class_name"));
        for (int i = 0; i < fields.size(); i++) {
            fmt.append(i > 0 ? ", " : "").append(fields.get(i)).append("={}");
            args.add(RExpr.method(RExpr.method(new RExpr.Atom("self"), "get_" + FunctionTranslator.fieldName(fields.get(i))), "repr"));
        }
        fmt.append(")\"");
        args.set(0, new RExpr.Atom(fmt.toString()));
        List<RStmt> body = List.of(new RStmt.Tail(RExpr.call("Ok", new RExpr.Macro("format", args, false, true))));
        return new ClassEmitter.MethodBody(c, "__repr__", sig, body, Set.of());
    }

    private String emitFunction(Stmt.FunctionDef f) {
        FunctionSig sig = scope.functions.get(f.name());
        if (sig == null) {
            return null;
        }
        boolean generator = sig.returns() instanceof PyType.GenT;
        FunctionTranslator ft = translator(sig, null, false);
        List<RStmt> body;
        try {
            body = ft.translate(f.body(), f);
        } catch (Unsupported u) {
            report(u);
            return null;
        }
        if (generator) {
            Set<String> mutable = new HashSet<>();
            sig.params().forEach(prm -> {
                if (ft.paramMutable(prm.name())) {
                    mutable.add(prm.name());
                }
            });
            return GeneratorFunction.emit(sig, generatorBodyName(sig.rustName()), mutable, body);
        }
        RustPrinter p = new RustPrinter();
        List<String> params = new ArrayList<>();
        for (FunctionSig.Param prm : sig.params()) {
            params.add((ft.paramMutable(prm.name()) ? "mut " : "") + ModuleScope.ident(prm.name()) + ": " + prm.type().rust());
        }
        String head = "fn " + sig.rustName() + "(" + String.join(", ", params) + ") -> py::PyResult<" + sig.returns().rust() + "> {";
        if (RustPrinter.width(head) <= RustPrinter.MAX_WIDTH) {
            p.line(0, head);
        } else {
            p.line(0, "fn " + sig.rustName() + "(");
            for (String prm : params) {
                p.line(4, prm + ",");
            }
            p.line(0, ") -> py::PyResult<" + sig.returns().rust() + "> {");
        }
        p.stmts(body, 4);
        p.line(0, "}");
        return p.text();
    }

    /**
     * The translator of a function's or method's body. A generator's (it returns an iterator)
     * translates as a body returning None that yields the iterator's items.
     */
    private FunctionTranslator translator(FunctionSig sig, ClassInfo owner, boolean discovery) {
        if (sig.returns() instanceof PyType.GenT g) {
            FunctionSig body = new FunctionSig(sig.pythonName(), sig.rustName(), sig.params(), PyType.NONE, sig.owner());
            return new FunctionTranslator(scope, body, owner, discovery).yielding(g.elem());
        }
        return new FunctionTranslator(scope, sig, owner, discovery);
    }

    /** The Rust name of a generator's async body: {@code <name>_body}, unless a module item has it. */
    private String generatorBodyName(String rustName) {
        String name = rustName + "_body";
        while (true) {
            String candidate = name;
            boolean taken = scope.functions.values().stream().anyMatch(s -> s.rustName().equals(candidate))
                    || scope.classes.values().stream().anyMatch(c -> c.rustName().equals(candidate));
            if (!taken) {
                return name;
            }
            name = name + "_";
        }
    }

    private String emitMain() {
        FunctionTranslator ft = new FunctionTranslator(scope, null, null, false);
        RustPrinter p = new RustPrinter();
        p.line(0, "/// The module's top-level statements.");
        p.line(0, "fn run_module() -> py::PyResult<()> {");
        try {
            p.stmts(ft.translate(mainBody, module), 4);
        } catch (Unsupported u) {
            report(u);
            return "";
        }
        p.line(0, "}");
        p.blank();
        p.line(0, "fn main() {");
        p.line(4, "if let Err(error) = run_module() {");
        p.line(8, "py::die(&error);");
        p.line(4, "}");
        p.line(0, "}");
        return p.text();
    }
}
