package io.portalis.accel.rust;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.semantics.NameResolution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One module of a project, translated in phases so that the modules can see each other's names:
 * {@link #collect} (its classes and functions), then — once every module has collected —
 * {@link #bindClass} for the classes it imports and {@link #declare} (typed signatures and
 * constants), then {@link #bindFunction}/{@link #bindConstant} and {@link #discover}, and last
 * {@link #emit}. Each phase runs for all modules before the next starts; after {@link #discover}
 * the module's facts are only read (other modules' emissions read them at the same time).
 *
 * <p>The Rust it emits is a module of a crate: no runtime of its own ({@code crate::py} is the
 * crate's), and the items of other modules reached through {@code use crate::...} lines.
 */
public final class ProjectModuleTranslator {
    /** What another module may import by a name: a function, class or constant, or why not. */
    public sealed interface Export permits Export.Function, Export.Class, Export.Constant, Export.Variable, Export.Refused {
        /** The Rust name of the item in its own module. */
        String rustName();

        /**
         * A function; {@code defaultNames} are the module's constants its default values read (the
         * importer evaluates a default at each call, so it binds them under names of its own).
         */
        record Function(String rustName, Object sig, List<String> defaultNames) implements Export {}

        record Class(String rustName, Object info) implements Export {}

        record Constant(String rustName, Object constant) implements Export {}

        /** A module variable that changes at run time, bound from the start ({@link GlobalInitials}). */
        record Variable(String rustName, Object global, Object initial) implements Export {}

        /** A name that exists but cannot be imported into a translated module, and why. */
        record Refused(String rustName, String why) implements Export {}
    }

    private final RustTranslator translator;
    private final List<String> useLines = new ArrayList<>();

    /**
     * @param projectImports the module's import statements of project modules (an identity set):
     *                       the caller binds their names; the translator leaves them alone
     */
    public ProjectModuleTranslator(Mod.Module module, NameResolution names, String sourcePath, Set<Stmt> projectImports) {
        this(module, names, sourcePath, projectImports, false);
    }

    /**
     * @param intsInFloats whether the project's float slots are {@code py::Num} (an int or a float):
     *                     one decision for every module, since float signatures cross modules
     */
    public ProjectModuleTranslator(Mod.Module module, NameResolution names, String sourcePath, Set<Stmt> projectImports,
            boolean intsInFloats) {
        this(module, names, sourcePath, projectImports, intsInFloats, false);
    }

    /** @param bigInts whether the project's int slots are {@code int::Int} ({@link IntRepresentation}): one decision for every module */
    public ProjectModuleTranslator(Mod.Module module, NameResolution names, String sourcePath, Set<Stmt> projectImports,
            boolean intsInFloats, boolean bigInts) {
        this.translator = new RustTranslator(module, sourcePath, names, projectImports);
        this.translator.scope().doctestSource = sourcePath;
        this.translator.scope().intsInFloats = intsInFloats;
        this.translator.scope().bigInts = bigInts;
        this.translator.scope().projectModule = true;
    }

    /**
     * The module's doctests ({@code plan} made its source): testmod() runs them, and its Rust
     * lists them for the runtime and {@code cargo test}. Call before {@link #collect}.
     */
    public void doctests(io.portalis.accel.python.doctest.DoctestProgram.Plan plan) {
        ModuleScope s = translator.scope();
        s.doctestsPlanned = true;
        if (plan != null && plan.hasTests()) {
            translator.doctests = plan.tests();
            s.doctestsFrom = plan.syntheticFrom();
            s.doctestTable = true;
        }
    }

    /** The crate root's print!/println! when a module has doctests (they go through the runtime's write_stdout). */
    public static String printMacros() {
        return StandaloneDoctests.PRINT_MACROS;
    }

    /** Whether a module failed only because an int reached a float slot that is an {@code f64} in this translation. */
    public static boolean intInFloatSlot(List<Diagnostic> diagnostics) {
        return NumericTower.intInFloatSlot(diagnostics);
    }

    /** Phase 1: classes, functions and the main block found. False when the module already failed. */
    public boolean collect() {
        return guarded(translator::collectPhase);
    }

    /** Before {@link #collect}: the names the module imports from other project modules (a class may derive from one). */
    public void projectNames(Set<String> names) {
        translator.scope().importedBases = new ImportedBases(names);
    }

    /** After a round of {@link #bindClass}: collects the classes whose imported base is now bound; whether any was. */
    public boolean collectWaitingClasses() {
        return translator.scope().importedBases.retry(translator.classDeclarations, translator.scope(), translator);
    }

    /** When no round binds more: a class whose base is still unbound is refused. */
    public void refuseWaitingClasses() {
        translator.scope().importedBases.refuseWaiting(translator);
    }

    /** Names other modules import from this one (before {@link #declare}): its values by those names become constants. */
    public void importedElsewhere(java.util.Collection<String> names) {
        translator.readElsewhere.addAll(names);
    }

    /** Phase 2: signatures and module constants. */
    public boolean declare() {
        return guarded(translator::signaturePhase);
    }

    /** Phase 3: the instance attributes of the module's classes. */
    public boolean discover() {
        return guarded(() -> {
            translator.discoverPhase();
            return translator.diagnostics().isEmpty();
        });
    }

    private boolean guarded(java.util.function.BooleanSupplier phase) {
        try {
            return phase.getAsBoolean();
        } catch (Unsupported u) {
            translator.report(u);
            return false;
        } catch (RuntimeException e) {
            translator.diagnostics().add(Diagnostic.error("E-UNSUPPORTED", "unsupported: internal translator limit ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", 0, 0));
            return false;
        } catch (StackOverflowError e) {
            translator.diagnostics().add(Diagnostic.error("E-UNSUPPORTED", "unsupported: code nested too deeply to translate", 0, 0));
            return false;
        }
    }

    /** Whether the module defines a class by this name (known after {@link #collect}). */
    public boolean definesClass(String name) {
        return translator.scope().classes.containsKey(name);
    }

    /** Whether the module defines a function by this name (known after {@link #collect}). */
    public boolean definesFunctionOrVariable(String name) {
        ModuleScope s = translator.scope();
        return s.functions.containsKey(name) || s.constants.containsKey(name) || s.globals.containsKey(name);
    }

    /** What importing {@code name} from this module gives (after {@link #declare}), or null when it defines no such name. */
    public Export export(String name) {
        ModuleScope s = translator.scope();
        if (translator.importedNames.contains(name)) {
            return null;
        }
        ClassInfo c = s.classes.get(name);
        if (c != null) {
            return new Export.Class(c.rustName(), c);
        }
        if (s.generics.isTemplate(name)) {
            return new Export.Refused(ModuleScope.ident(name), "function '" + name + "' imported from another module: its"
                    + " parameter or return types are settled per call (TypeVars, or types left to its uses), in its own module only");
        }
        FunctionSig f = s.functions.get(name);
        if (f != null) {
            Set<String> defaultNames = new java.util.LinkedHashSet<>();
            for (FunctionSig.Param p : f.params()) {
                if (p.defaultValue() == null) {
                    continue;
                }
                for (String read : DeclarationPlanner.reads(p.defaultValue())) {
                    if (!s.constants.containsKey(read) || translator.importedNames.contains(read)) {
                        return new Export.Refused(f.rustName(), "function '" + name + "' imported from another module"
                                + " with a default value that reads '" + read + "' ('" + p.name() + "'; only the module's"
                                + " own constants can be read there)");
                    }
                    defaultNames.add(read);
                }
            }
            if (f.returns() instanceof PyType.GenT && s.closableGenerators.contains(name)) {
                // its importers could not follow when its finally runs (FunctionTranslator#closable)
                return new Export.Refused(f.rustName(), "generator function '" + name + "' with a finally (or a"
                        + " GeneratorExit handler) around its yield, imported from another module");
            }
            return new Export.Function(f.rustName(), f, List.copyOf(defaultNames));
        }
        ModuleScope.Constant k = s.constants.get(name);
        if (k != null) {
            return new Export.Constant(k.rustName(), k);
        }
        ModuleScope.Global g = s.globals.get(name);
        if (g != null) {
            ModuleScope.Constant first = s.globalInitials.of(name);
            if (first == null) {
                return new Export.Refused(g.rustName(), "module variable '" + name + "' imported from another module: its"
                        + " value changes at run time and its first assignment is not a value bound before the module's"
                        + " other top-level code runs (a literal or a display reading no names)");
            }
            return new Export.Variable(g.rustName(), g, first);
        }
        return null;
    }

    /**
     * Whether importing this module runs nothing but definitions: after {@link #declare}, its top
     * level outside the main guard holds only imports, functions, classes, constants and docstrings.
     * Null when so, else the first statement that would run.
     */
    public Node runsAtImport(Mod.Module module) {
        ModuleScope s = translator.scope();
        for (Stmt st : module.body()) {
            if (st instanceof Stmt.Import || st instanceof Stmt.ImportFrom || st instanceof Stmt.FunctionDef
                    || st instanceof Stmt.ClassDef || st instanceof Stmt.Pass) {
                continue;
            }
            if (st instanceof Stmt.Expr e && e.value() instanceof Expr.Constant) {
                continue;
            }
            if (st instanceof Stmt.If i && RustTranslator.mainGuard(i.test())) {
                continue;
            }
            if (st instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                    && s.constants.containsKey(n.id())) {
                continue;
            }
            if (st instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name n && s.constants.containsKey(n.id())) {
                continue;
            }
            if (s.globalInitials.assigns(st)) {
                continue; // a variable's first value, which its Global starts with
            }
            if (st instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name
                    && inert(a.value())) {
                continue; // a literal no function reads: binding it at import shows nowhere but in the main block
            }
            if (st instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name && a.value() != null && inert(a.value())) {
                continue;
            }
            return st;
        }
        return null;
    }

    /** A literal, or a display of literals: evaluating it cannot raise, print or read anything. */
    private static boolean inert(Expr e) {
        if (e instanceof Expr.Constant) {
            return true;
        }
        if (e instanceof Expr.UnaryOp u) {
            return u.op() == io.portalis.accel.python.ast.UnaryOperator.USub && u.operand() instanceof Expr.Constant k
                    && (k.value() instanceof io.portalis.accel.python.ast.ConstantValue.Int
                    || k.value() instanceof io.portalis.accel.python.ast.ConstantValue.Float);
        }
        if (e instanceof Expr.Tuple t) {
            return t.elts().stream().allMatch(ProjectModuleTranslator::inert);
        }
        if (e instanceof Expr.List l) {
            return l.elts().stream().allMatch(ProjectModuleTranslator::inert);
        }
        return false;
    }

    /** Binds {@code local} to a class of another module (before {@link #declare}). */
    public void bindClass(String local, Export.Class c, String modulePath) {
        ClassInfo info = (ClassInfo) c.info();
        if (translator.scope().importedClasses.containsKey(local)) {
            return; // bound in an earlier round
        }
        translator.scope().importedClasses.put(local, info);
        translator.importedNames.add(local);
        if (info.exception() && !info.objectException()) {
            return; // raised and caught by name as a py::Exc: no Rust type to import
        }
        ClassInfo root = info.root();
        String types = root.family().size() > 1 ? root.rustName() + ", " + root.rustName() + "Class" : root.rustName();
        useLines.add("use " + modulePath + "::{" + types + "};");
    }

    /**
     * Binds {@code local} to a function of another module (after {@link #declare}); {@code defaults}
     * renames the constants its default values read to the names this module bound them to.
     */
    public void bindFunction(String local, Export.Function f, String modulePath, java.util.Map<String, String> defaults) {
        FunctionSig sig = (FunctionSig) f.sig();
        String rust = ModuleScope.ident(local);
        List<FunctionSig.Param> params = sig.params();
        if (!defaults.isEmpty()) {
            params = params.stream().map(p -> p.defaultValue() == null ? p : new FunctionSig.Param(p.name(), p.type(),
                    (Expr) io.portalis.accel.python.ast.ExprRewriter.map(p.defaultValue(), e -> e instanceof Expr.Name n
                            && defaults.containsKey(n.id()) ? new Expr.Name(defaults.get(n.id()), n.ctx(), n.start(), n.end())
                            : null), p.kind())).toList();
        }
        translator.scope().functions.put(local, new FunctionSig(local, rust, params, sig.returns(), null));
        translator.importedNames.add(local);
        useLines.add("use " + modulePath + "::" + f.rustName() + (rust.equals(f.rustName()) ? "" : " as " + rust) + ";");
    }

    /** Binds {@code local} to a constant of another module (after {@link #declare}). */
    public void bindConstant(String local, Export.Constant k, String modulePath) {
        ModuleScope.Constant c = (ModuleScope.Constant) k.constant();
        String rust = ModuleScope.ident(local).toUpperCase(java.util.Locale.ROOT);
        if (!c.global()) {
            rust = ModuleScope.ident(local);
        }
        translator.scope().constants.put(local, new ModuleScope.Constant(rust, c.type(), c.value(), c.global()));
        translator.importedNames.add(local);
        useLines.add("use " + modulePath + "::" + c.rustName() + (rust.equals(c.rustName()) ? "" : " as " + rust) + ";");
    }

    /**
     * Binds {@code local} to another module's variable, read live ({@code m.name} through a module
     * object sees every later rebinding): the importer reads that module's Global.
     */
    public void bindLiveVariable(String local, Export.Variable v, String modulePath) {
        ModuleScope.Global g = (ModuleScope.Global) v.global();
        String rust = ModuleScope.ident(local).toUpperCase(java.util.Locale.ROOT);
        translator.scope().globals.put(local, new ModuleScope.Global(local, rust, g.type()));
        translator.importedNames.add(local);
        useLines.add("use " + modulePath + "::" + g.rustName() + " as " + rust + ";");
    }

    /**
     * Binds {@code local} by {@code from m import name} to another module's variable: Python copies
     * the binding when the import runs, so the importer's name holds the variable's first object
     * (shared, so mutations show through both names) and no later rebinding.
     */
    public void bindVariableCopy(String local, Export.Variable v, String modulePath) {
        ModuleScope.Global g = (ModuleScope.Global) v.global();
        ModuleScope.Constant first = (ModuleScope.Constant) v.initial();
        String rust = ModuleScope.ident(local).toUpperCase(java.util.Locale.ROOT);
        translator.scope().constants.put(local, new ModuleScope.Constant(rust, first.type(), first.value(), true));
        translator.importedNames.add(local);
        useLines.add("use " + modulePath + "::" + g.rustName() + GlobalInitials.SUFFIX + " as " + rust + ";");
    }

    /**
     * What makes the module's objects its own (after {@link #declare}): a class, a variable that
     * changes at run time or a mutable module-level object, named; null when it defines only
     * functions and immutable constants. A main module imported again by its own imports has two
     * copies in CPython (as {@code __main__} and by its name), which a crate cannot tell apart.
     */
    public String moduleState() {
        ModuleScope s = translator.scope();
        if (!s.classes.isEmpty()) {
            return "class '" + s.classes.keySet().iterator().next() + "'";
        }
        if (!s.globals.isEmpty()) {
            return "variable '" + s.globals.keySet().iterator().next() + "'";
        }
        for (var e : s.constants.entrySet()) {
            if (e.getValue().global() && !translator.importedNames.contains(e.getKey())) {
                return "variable '" + e.getKey() + "'";
            }
        }
        return null;
    }

    /** A Python name as the Rust identifier the translator gives it (module names use it too). */
    public static String rustIdent(String name) {
        String id = ModuleScope.ident(name);
        StringBuilder sb = new StringBuilder();
        for (char c : id.toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '#' ? c : '_');
        }
        return sb.toString();
    }

    /** The module's exception classes and each one's base's name (after {@link #collect}). */
    public java.util.Map<String, String> exceptionBases() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (ClassInfo c : translator.scope().classes.values()) {
            if (c.exception()) {
                out.put(c.name(), c.exceptionBase());
            }
        }
        out.putAll(StatisticsModule.exceptionBases(translator.scope().stdlib));
        out.putAll(JsonModule.exceptionBases(translator.scope().stdlib));
        out.putAll(QueueModule.exceptionBases(translator.scope().stdlib));
        out.putAll(GraphlibModule.exceptionBases(translator.scope().stdlib));
        return out;
    }

    /** The exception classes the module itself defines (after {@link #collect}), by name. */
    public Set<String> ownExceptionClasses() {
        Set<String> out = new java.util.LinkedHashSet<>();
        translator.scope().classes.values().stream().filter(ClassInfo::exception).forEach(c -> out.add(c.name()));
        return out;
    }

    /** A diagnostic of the project layer (an import that does not resolve) for this module. */
    public void fail(Diagnostic d) {
        translator.diagnostics().add(d);
    }

    /** The diagnostics so far, in source order. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> ds = new ArrayList<>(translator.diagnostics());
        ds.sort(Comparator.comparingInt(Diagnostic::start));
        return ds;
    }

    public boolean failed() {
        return translator.diagnostics().stream().anyMatch(d -> d.severity() == io.portalis.accel.diagnostic.Severity.ERROR);
    }

    /**
     * Phase 4: the module's Rust, as a module of the crate (its items, {@code run_module} and
     * {@code main}), without the runtime; a null program when the translation failed.
     */
    public Translation emit() {
        String program;
        try {
            program = failed() ? null : translator.emitProgram();
        } catch (Unsupported u) {
            translator.report(u);
            program = null;
        } catch (RuntimeException e) {
            translator.diagnostics().add(Diagnostic.error("E-UNSUPPORTED", "unsupported: internal translator limit ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", 0, 0));
            program = null;
        }
        if (program == null || failed()) {
            return new Translation(null, diagnostics());
        }
        return new Translation(String.join("\n", useLines) + (useLines.isEmpty() ? "" : "\n") + program, diagnostics());
    }

    /**
     * The crate's runtime: the items of the runtime that {@code programs} (every module's emitted
     * Rust) reach, and the {@code use} line for the runtime's traits each module starts with.
     */
    public static Runtime runtime(List<String> programs) {
        String all = String.join("\n", programs);
        PreludeShaker.Shaken prelude = PreludeShaker.standard().shake(all, RustTranslator.preludeImports());
        List<String> imports = prelude.imports();
        String use = imports.isEmpty() ? "" : imports.size() == 1 ? "use crate::py::" + imports.get(0) + ";"
                : "use crate::py::{" + String.join(", ", imports) + "};";
        StringBuilder modules = new StringBuilder();
        for (String file : StdlibModules.runtimeFiles()) {
            String name = file.substring(0, file.length() - ".rs".length());
            if (prelude.text().contains("\nmod " + name + " {")) {
                modules.append("use crate::").append(name).append(";\n");
            }
        }
        return new Runtime(prelude.text(), use, modules.toString());
    }

    /**
     * The runtime's text (for the crate root), the line that imports its traits (for each module),
     * and the {@code use} lines of the runtime modules the crate root has ({@code use crate::sys;}).
     */
    public record Runtime(String text, String useLine, String moduleUses) {}
}
