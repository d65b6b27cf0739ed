package io.portalis.accel.rust;

import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Stmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emits the module's Rust items: the exception table, constants, function values, classes (with
 * dataclass methods), functions and generator bodies, and {@code main}.
 * Part of {@link RustTranslator}, reached through {@code rt}.
 */
final class ItemEmission {
    private final RustTranslator rt;
    private final Mod.Module module;
    private final ModuleScope scope;
    private final List<Stmt> mainBody;

    ItemEmission(RustTranslator rt) {
        this.rt = rt;
        this.module = rt.module;
        this.scope = rt.scope;
        this.mainBody = rt.mainBody;
    }

    // ------------------------------------------------------------------ emission

    void exceptionTable(StringBuilder items) {
        RustPrinter p = new RustPrinter();
        p.line(0, "/// The base class of each exception class the program defines.");
        p.line(0, "fn user_exception_base(kind: &str) -> Option<&'static str> {");
        java.util.Map<String, String> bases = new java.util.LinkedHashMap<>();
        scope.classes.values().stream().filter(ClassInfo::exception).forEach(e -> bases.put(e.name(), e.exceptionBase()));
        bases.putAll(StatisticsModule.exceptionBases(scope.stdlib));
        bases.putAll(JsonModule.exceptionBases(scope.stdlib));
        bases.putAll(QueueModule.exceptionBases(scope.stdlib));
        bases.putAll(GraphlibModule.exceptionBases(scope.stdlib));
        if (bases.isEmpty()) {
            p.line(4, "let _ = kind;");
            p.line(4, "None");
        } else {
            p.line(4, "match kind {");
            for (java.util.Map.Entry<String, String> e : bases.entrySet()) {
                p.line(8, "\"" + e.getKey() + "\" => Some(\"" + e.getValue() + "\"),");
            }
            p.line(8, "_ => None,");
            p.line(4, "}");
        }
        p.line(0, "}");
        items.append('\n').append(p.text());
    }

    /** Each module function used as a value, held once so that its copies are the same function. */
    void functionValues(StringBuilder items) {
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

    void constants(StringBuilder items) {
        if (scope.constants.isEmpty() && scope.globals.isEmpty()) {
            return;
        }
        RustPrinter p = new RustPrinter();
        for (ModuleScope.Global g : scope.globals.values()) {
            if (rt.importedNames.contains(g.python())) {
                continue; // another module's variable, read live through its module (ProjectModuleTranslator)
            }
            ModuleScope.Constant first = scope.globalInitials.of(g.python());
            p.line(0, "thread_local! {");
            if (first != null) {
                // Bound from the start to its first object (GlobalInitials): importers may read it.
                String initial = g.rustName() + GlobalInitials.SUFFIX;
                p.line(4, "static " + initial + ": " + first.type().rust() + " = " + RustPrinter.flat(first.value()) + ";");
                p.line(4, "static " + g.rustName() + ": py::Global<" + g.type().rust() + "> =");
                p.line(8, "py::Global::of(" + initial + ".with(|value| value.clone()));");
            } else {
                // Unbound until the module's code assigns it; see py::Global for why thread-local.
                p.line(4, "static " + g.rustName() + ": py::Global<" + g.type().rust() + "> = py::Global::new();");
            }
            p.line(0, "}");
        }
        for (Map.Entry<String, ModuleScope.Constant> named : scope.constants.entrySet()) {
            ModuleScope.Constant k = named.getValue();
            if (rt.importedNames.contains(named.getKey())) {
                continue;
            }
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

    String emitClass(ClassInfo root) {
        List<ClassEmitter.MethodBody> bodies = new ArrayList<>();
        boolean failed = false;
        for (ClassInfo c : root.family()) {
            for (Map.Entry<String, Stmt.FunctionDef> m : c.methods().entrySet()) {
                FunctionSig sig = c.signatures().get(m.getKey());
                FunctionTranslator ft = translator(sig, c, false);
                try {
                    List<RStmt> body = ft.translate(NotImplementedGuards.body(c, m.getValue()), m.getValue());
                    Set<String> mutable = new HashSet<>();
                    sig.params().forEach(p -> {
                        if (ft.paramMutable(p.name())) {
                            mutable.add(p.name());
                        }
                    });
                    bodies.add(new ClassEmitter.MethodBody(c, m.getKey(), sig, body, mutable));
                } catch (Unsupported u) {
                    rt.report(u);
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
        return ClassEmitter.emit(root, bodies) + DataclassExtras.methods(root, scope.classFormNames)
                + CopyModule.classImpls(root, scope);
    }

    private ClassEmitter.MethodBody dataclassInit(ClassInfo c) {
        FunctionSig sig = c.signatures().get("__init__");
        List<RStmt> body = new ArrayList<>();
        for (FunctionSig.Param p : sig.params()) {
            body.add(new RStmt.Expr(RExpr.method(new RExpr.Atom("self"), "set_" + FunctionTranslator.fieldName(p.name()),
                    new RExpr.Atom(ModuleScope.ident(p.name())))));
        }
        List<Stmt> rest = DataclassExtras.initRest(c);
        if (!rest.isEmpty()) {
            // init=False fields and __post_init__, translated as the Python statements they are.
            List<RStmt> translated = translator(sig, c, false).translate(rest, c.def());
            body.addAll(translated.subList(0, translated.size() - (translated.get(translated.size() - 1) instanceof RStmt.Tail ? 1 : 0)));
        }
        if (DataclassExtras.postInit(c) != null) {
            body.add(DataclassExtras.postInit(c));
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
        fields = fields.stream().filter(f -> DataclassExtras.shown(c, f)).toList(); // field(repr=False)
        for (int i = 0; i < fields.size(); i++) {
            fmt.append(i > 0 ? ", " : "").append(fields.get(i)).append("={}");
            args.add(RExpr.method(RExpr.method(new RExpr.Atom("self"), "get_" + FunctionTranslator.fieldName(fields.get(i))), "repr"));
        }
        fmt.append(")\"");
        args.set(0, new RExpr.Atom(fmt.toString()));
        List<RStmt> body = List.of(new RStmt.Tail(RExpr.call("Ok", new RExpr.Macro("format", args, false, true))));
        return new ClassEmitter.MethodBody(c, "__repr__", sig, body, Set.of());
    }

    String emitFunction(Stmt.FunctionDef f) {
        FunctionSig sig = scope.functions.get(f.name());
        if (sig == null) {
            return null;
        }
        if (scope.functionDecorators.of(f.name()) != null) {
            try {
                return scope.functionDecorators.emit(f, sig, this, scope);
            } catch (Unsupported u) {
                rt.report(u);
                return null;
            }
        }
        return emitFunction(f, sig);
    }

    /** A module function's body as the Rust function {@code sig} names. */
    String emitFunction(Stmt.FunctionDef f, FunctionSig sig) {
        boolean generator = sig.returns() instanceof PyType.GenT;
        FunctionTranslator ft = translator(sig, null, false);
        List<RStmt> body;
        try {
            body = ft.translate(f.body(), f);
        } catch (Unsupported u) {
            rt.report(u);
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
    FunctionTranslator translator(FunctionSig sig, ClassInfo owner, boolean discovery) {
        if (sig.returns() instanceof PyType.GenT g) {
            FunctionSig body = new FunctionSig(sig.pythonName(), sig.rustName(), sig.params(), PyType.NONE, sig.owner());
            return new FunctionTranslator(scope, body, owner, discovery).yielding(g.elem());
        }
        return new FunctionTranslator(scope, sig, owner, discovery);
    }

    /** A Rust item name no module function or class has: {@code name}, else with {@code _} appended. */
    String freeName(String name) {
        return freeName(scope, name);
    }

    static String freeName(ModuleScope scope, String name) {
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

    /** {@code fn name(params) -> ret {} at the left margin, broken one parameter per line when too long. */
    static void header(RustPrinter p, String fnName, List<String> params, String ret) {
        String head = fnName + "(" + String.join(", ", params) + ") -> " + ret + " {";
        if (RustPrinter.width(head) <= RustPrinter.MAX_WIDTH) {
            p.line(0, head);
            return;
        }
        p.line(0, fnName + "(");
        for (String prm : params) {
            p.line(4, prm + ",");
        }
        p.line(0, ") -> " + ret + " {");
    }

    /** The Rust name of a generator's async body: {@code <name>_body}, unless a module item has it. */
    private String generatorBodyName(String rustName) {
        return freeName(rustName + "_body");
    }

    /**
     * What importing the module runs: its top-level statements other than the main guard's block, as
     * {@code init_module}, which the doctests run first (CPython's doctest imports the module, so a
     * variable its top level computes is bound when the examples read it). Empty when the top level
     * runs nothing but the main block or diagnostics already stopped the module.
     */
    String emitInit() {
        List<Stmt> top = mainBody.stream().filter(s -> rt.mainGuards.stream()
                .noneMatch(g -> s.start() >= g[0] && s.end() <= g[1])).toList();
        if (top.isEmpty() || !rt.diagnostics.isEmpty()) {
            return "";
        }
        FunctionTranslator ft = new FunctionTranslator(scope, null, null, false);
        RustPrinter p = new RustPrinter();
        p.line(0, "/// What importing the module runs (its top level without the main block); its doctests run after it.");
        p.line(0, "pub(crate) fn init_module() -> py::PyResult<()> {");
        try {
            p.stmts(ft.translate(top, module), 4);
        } catch (Unsupported u) {
            rt.report(u);
            return "";
        }
        p.line(0, "}");
        return p.text();
    }

    String emitMain() {
        FunctionTranslator ft = new FunctionTranslator(scope, null, null, false);
        RustPrinter p = new RustPrinter();
        p.line(0, "/// The module's top-level statements.");
        p.line(0, "fn run_module() -> py::PyResult<()> {");
        try {
            p.stmts(ft.translate(mainBody, module), 4);
        } catch (Unsupported u) {
            rt.report(u);
            return "";
        }
        p.line(0, "}");
        p.blank();
        p.line(0, "fn main() {");
        p.line(4, "if let Err(error) = run_module() {");
        p.line(8, StatisticsModule.exceptionBases(scope.stdlib).isEmpty() ? "py::die(&error);"
                : "py::die(&statistics::uncaught(error));");
        p.line(4, "}");
        p.line(0, "}");
        return p.text();
    }
}
