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

    final Mod.Module module;
    final String sourcePath;
    final ModuleScope scope = new ModuleScope();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<Stmt.FunctionDef> functionDefs = new ArrayList<>();
    final List<Stmt> mainBody = new ArrayList<>();
    /** The source ranges of the main guard's blocks, whose statements are in {@link #mainBody} too. */
    final List<int[]> mainGuards = new ArrayList<>();
    final Set<String> imported = new HashSet<>();
    /** Import statements of project modules: the project layer binds their names (see ProjectModuleTranslator). */
    private Set<Stmt> projectImports = Set.of();
    /** The names bound by project imports: items of other modules, never emitted here. */
    final Set<String> importedNames = new HashSet<>();
    /** The module's docstring tests, whose functions its source ends with (DoctestProgram); empty when none. */
    List<io.portalis.accel.python.doctest.DoctestProgram.Test> doctests = List.of();
    /** Module-level names other modules of the project import: constants like those its functions read. */
    final Set<String> readElsewhere = new HashSet<>();

    // The stages of the module's translation, each sharing this translator's state.
    final ClassDeclarations classDeclarations;
    final FunctionSignatures functionSignatures;
    final ModuleGlobals moduleGlobals;
    final ItemEmission itemEmission;

    private RustTranslator(Mod.Module module, String sourcePath) {
        this.module = module;
        this.sourcePath = sourcePath;
        this.classDeclarations = new ClassDeclarations(this);
        this.functionSignatures = new FunctionSignatures(this);
        this.moduleGlobals = new ModuleGlobals(this);
        this.itemEmission = new ItemEmission(this);
    }

    /** Translates a module; unsupported constructs come back as diagnostics and a null program. */
    public static Translation translate(Mod.Module module, byte[] source, String sourcePath) {
        return translate(module, io.portalis.accel.python.semantics.NameChecker.check(module), source, sourcePath);
    }

    /** Translates a module the check stage has resolved ({@code names} is its result for {@code module}). */
    public static Translation translate(Mod.Module module, io.portalis.accel.python.semantics.NameResolution names,
            byte[] source, String sourcePath) {
        return translate(module, names, source, sourcePath, IntRepresentation.AUTO);
    }

    /** As {@link #translate(Mod.Module, io.portalis.accel.python.semantics.NameResolution, byte[], String)}, with ints as {@code ints} says. */
    public static Translation translate(Mod.Module module, io.portalis.accel.python.semantics.NameResolution names,
            byte[] source, String sourcePath, IntRepresentation ints) {
        // imports in the module's blocks move to its top level where nothing can tell, or are refused
        io.portalis.accel.python.semantics.BlockImports.Result hoisted =
                io.portalis.accel.python.semantics.BlockImports.hoist(module, name -> false);
        if (!hoisted.refusals().isEmpty()) {
            return new Translation(null, hoisted.refusals());
        }
        if (hoisted.module() != module) {
            module = hoisted.module();
            names = io.portalis.accel.python.semantics.NameChecker.check(module);
        }
        // a module that imports doctest gets its docstring examples as functions (StandaloneDoctests)
        StandaloneDoctests doctests = StandaloneDoctests.of(module, names, source);
        if (doctests.failed() != null) {
            return doctests.failed();
        }
        if (ints == IntRepresentation.BIG || (ints == IntRepresentation.AUTO && IntRepresentation.prone(doctests.module()))) {
            Translation big = translate(doctests, sourcePath, true);
            if (big.rust() != null || ints == IntRepresentation.BIG) {
                return big;
            }
            // auto: a construct the int::Int lowering refuses; i64 as without the option (OverflowError past 64 bits).
        }
        return translate(doctests, sourcePath, false);
    }

    private static Translation translate(StandaloneDoctests doctests, String sourcePath, boolean bigInts) {
        Translation floats = translate(doctests, sourcePath, false, bigInts);
        if (floats.rust() != null || !NumericTower.intInFloatSlot(floats.diagnostics())) {
            return floats;
        }
        // An int reaches a float slot: float slots become py::Num, which keeps ints ints.
        return translate(doctests, sourcePath, true, bigInts);
    }

    private static Translation translate(StandaloneDoctests doctests, String sourcePath, boolean intsInFloats,
            boolean bigInts) {
        MatchStatements matches = MatchStatements.of(doctests.module(), doctests.names());
        RustTranslator t = new RustTranslator(matches.module(), sourcePath);
        t.scope.names = matches.names();
        t.scope.matches = matches;
        t.scope.intsInFloats = intsInFloats;
        t.scope.bigInts = bigInts;
        doctests.apply(t);
        String rust;
        try {
            rust = t.run(doctests);
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
        List<Diagnostic> ds = new ArrayList<>(doctests.remap(t.diagnostics));
        ds.sort(Comparator.comparingInt(Diagnostic::start));
        return new Translation(failed ? null : rust, ds);
    }

    private static String describe(RuntimeException e) {
        return "internal translator limit (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
    }

    void report(Unsupported u) {
        diagnostics.add(Diagnostic.error(u.code(), u.getMessage(), u.start(), Math.max(u.start(), u.end())));
    }

    private String run(StandaloneDoctests doctests) {
        if (!collectPhase() || !signaturePhase()) {
            return null;
        }
        discoverFields();
        String program = emitProgram();
        return program == null ? null : standalone(program, doctests);
    }

    // ------------------------------------------------------------------ phases (the project layer runs them one by one)

    /** For a module of a project: its project imports are bound by the caller, not translated here. */
    RustTranslator(Mod.Module module, String sourcePath, io.portalis.accel.python.semantics.NameResolution names,
            Set<Stmt> projectImports) {
        this(MatchStatements.of(module, names), sourcePath, projectImports);
    }

    private RustTranslator(MatchStatements matches, String sourcePath, Set<Stmt> projectImports) {
        this(matches.module(), sourcePath);
        scope.names = matches.names();
        scope.matches = matches;
        this.projectImports = projectImports;
    }

    ModuleScope scope() {
        return scope;
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Classes, functions and the main block found; false when that already failed. */
    boolean collectPhase() {
        scope.frozensets = new FrozensetConstants(module);
        collect();
        return diagnostics.isEmpty();
    }

    /** Typed signatures and module constants; false when that failed. */
    boolean signaturePhase() {
        signatures();
        return diagnostics.isEmpty();
    }

    void discoverPhase() {
        discoverFields();
    }

    /** The module's items and its main, without the runtime; null when something failed. */
    String emitProgram() {
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
        String init = doctests.isEmpty() ? "" : itemEmission.emitInit();
        scope.generics.settleUncalled(this::report);
        items.append(GenericClasses.emitAll(scope, itemEmission));
        if (diagnostics.isEmpty()) {
            scope.generics.unsettled().forEach(this::report); // only where no refusal stopped a call short
        }
        if (!diagnostics.isEmpty()) {
            return null;
        }
        functionValues(items);
        if (!doctests.isEmpty()) {
            Set<String> own = new java.util.TreeSet<>();
            scope.classes.values().stream().filter(ClassInfo::exception).forEach(c -> own.add(c.name()));
            items.append(DoctestTable.emit(doctests, own, DoctestTable.moduleName(sourcePath), sourcePath, !init.isEmpty()));
        }
        return items + "\n" + main + (init.isEmpty() ? "" : "\n" + init);
    }

    /** A module's program as a standalone file: the header, the runtime it reaches, the program. */
    private String standalone(String program, StandaloneDoctests doctests) {
        PreludeShaker.Shaken prelude = PreludeShaker.standard().shake(program, PRELUDE_IMPORTS);
        StringBuilder sb = new StringBuilder(prelude.text().length() + program.length() + 1024);
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
        if (!doctests.isEmpty()) {
            sb.append(StandaloneDoctests.PRINT_MACROS).append('\n');
        }
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
        if (projectImports.contains(s)) {
            return;
        }
        if (s instanceof Stmt.ImportFrom imp && imp.level() == 0 && imp.module() != null
                && StdlibImports.supported(imp.module())) {
            scope.stdlib.add(imp, StdlibModules.find(imp.module()));
            return;
        }
        if (s instanceof Stmt.ImportFrom imp) {
            String m = imp.module() == null ? "" : imp.module();
            if (imp.level() != 0 || !(m.equals("dataclasses") || m.equals("typing") || m.equals("__future__")
                    || m.equals("collections.abc") || ClassFormImports.module(m))) {
                throw Unsupported.construct("import from '" + m + "'", s);
            }
            for (Alias a : imp.names()) {
                if (a.asname() != null) {
                    throw Unsupported.construct("import ... as", a);
                }
                if (scope.typeVars.importName(m, a.name())) {
                    imported.add(a.name());
                    continue;
                }
                ClassFormImports.check(m, a, scope);
                if (m.equals("typing") && TypingForms.NAMES.contains(a.name())) {
                    scope.typingForms.add(a.name());
                } else if (m.equals("typing") && !AnnotationForms.TYPING_NAMES.contains(a.name()) && !a.name().equals("NamedTuple")
                        && !a.name().equals("TextIO")) {
                    throw Unsupported.construct("typing." + a.name(), a);
                }
                if (m.equals("collections.abc") && !AnnotationForms.ABC_NAMES.contains(a.name())) {
                    throw Unsupported.construct("collections.abc." + a.name(), a);
                }
                imported.add(a.name());
            }
            return;
        }
        if (s instanceof Stmt.Import imp && imp.names().stream().allMatch(a -> a.asname() == null
                && (a.name().equals("typing") || a.name().equals("collections.abc")))) {
            // Read in annotations only (typing.List[int]); CPython binds the module, which nothing else uses here.
            imp.names().forEach(a -> scope.typingModules.add(a.name()));
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
        if (s instanceof Stmt.FunctionDef f && TypingForms.overloadStub(f, scope)) {
            return; // typing.overload's stubs only type the calls of the implementation that follows
        }
        if (s instanceof Stmt.FunctionDef f) {
            scope.functionDecorators.collect(f, scope, functionDefs);
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
            mainGuards.add(new int[] {i.start(), i.end()});
            return;
        }
        if (s instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str) {
            return;
        }
        Stmt.ClassDef namedTuple = NamedTupleCalls.classFor(s, scope, module.body());
        if (namedTuple != null) {
            collectClass(namedTuple);
            return;
        }
        if (scope.typeVars.declare(s, scope.typingModules)) {
            return; // a TypeVar: read where annotations name it (TypeParameters)
        }
        if (scope.typeAlias(s)) {
            return; // read where annotations name it; it binds a typing object at run time, which nothing here uses
        }
        mainBody.add(s);
    }

    static boolean mainGuard(Expr test) {
        return isMainGuard(test);
    }

    /** The runtime names generated code uses unqualified. */
    static List<String> preludeImports() {
        return PRELUDE_IMPORTS;
    }

    private static boolean isMainGuard(Expr test) {
        return test instanceof Expr.Compare c && c.ops().size() == 1
                && c.ops().get(0) == io.portalis.accel.python.ast.CmpOp.Eq
                && c.left() instanceof Expr.Name n && n.id().equals("__name__")
                && c.comparators().get(0) instanceof Expr.Constant k && k.value() instanceof ConstantValue.Str str
                && str.value().equals("__main__");
    }

    // Entry points into those stages for run() and the other classes of the package.
    void collectClass(Stmt.ClassDef c) {
        classDeclarations.collectClass(c);
    }

    void signatures() {
        functionSignatures.signatures();
    }

    static Set<String> globalNames(List<Stmt> body) {
        return ModuleGlobals.globalNames(body);
    }

    static List<Stmt> allStatementsOf(List<Stmt> body) {
        return ModuleGlobals.allStatementsOf(body);
    }

    void discoverFields() {
        classDeclarations.discoverFields();
    }

    void exceptionTable(StringBuilder items) {
        itemEmission.exceptionTable(items);
    }

    void functionValues(StringBuilder items) {
        itemEmission.functionValues(items);
    }

    void constants(StringBuilder items) {
        itemEmission.constants(items);
    }

    String emitClass(ClassInfo root) {
        return itemEmission.emitClass(root);
    }

    String emitFunction(Stmt.FunctionDef f) {
        return itemEmission.emitFunction(f);
    }

    String emitMain() {
        return itemEmission.emitMain();
    }
}
