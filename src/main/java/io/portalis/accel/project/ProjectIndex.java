package io.portalis.accel.project;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.Severity;
import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import io.portalis.accel.python.lexer.SourceText;
import io.portalis.accel.python.doctest.DoctestProgram;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import io.portalis.accel.python.semantics.BlockImports;
import io.portalis.accel.python.semantics.NameChecker;
import io.portalis.accel.python.semantics.NameResolution;
import io.portalis.accel.python.semantics.PrivateNames;
import io.portalis.accel.rust.ProjectModuleTranslator;
import io.portalis.accel.rust.ProjectModuleTranslator.Export;
import io.portalis.accel.rust.Translation;
import io.portalis.accel.transpile.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * The project-wide view: every module of the walk by its dotted name, its imports of other project
 * modules resolved (absolute, relative, through re-exports of {@code __init__.py}), and each
 * module translated with the names it imports typed by the module that defines them.
 *
 * <p>Built once, before the per-file pipelines run, in phases that each run over all modules in
 * parallel (read ▸ parse ▸ check; collect; declare; discover; emit); afterwards it is only read, so
 * the pipelines on every worker share it. A module whose translation failed, or that imports one
 * that failed, has its diagnostics here; the per-file pipeline reports them.
 */
public final class ProjectIndex {
    /** One module of the project. */
    static final class Module {
        final SourceFile file;
        final ModuleName name;
        Mod.Module ast;
        /** The module as parsed, before module objects were read as from-imports (see ModuleObjects). */
        Mod.Module parsed;
        /** The module as parsed, without its doctests appended. */
        Mod.Module plain;
        /** Whether its doctests are left out (SkippedDoctests), and the warnings that say why. */
        List<Diagnostic> skippedDoctests;
        /** Project modules imported only to be loaded (a module object of which nothing is used). */
        Set<String> loadedOnly = Set.of();
        /** Whether its module-object imports were refused (their errors are already in importErrors). */
        boolean objectImportsRefused;
        NameResolution names;
        ProjectModuleTranslator translator;
        /** The module's project import statements (identity). */
        final Set<Stmt> projectImports = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Names this module's from-imports bind: local name → where it points. */
        final Map<String, Target> imported = new LinkedHashMap<>();
        /** Each resolved from-import of a project module: the dotted module it names. */
        final Map<Stmt, String> fromTargets = new IdentityHashMap<>();
        /** Modules whose loading this module's loading implies (import targets, packages on the way). */
        final Set<Module> dependencies = new LinkedHashSet<>();
        /** Import-level failures found by the project layer. */
        final List<Diagnostic> importErrors = new ArrayList<>();
        boolean hasMain;
        /** The module's final Rust (null when it failed). */
        String rust;
        List<Diagnostic> diagnostics = List.of();
        /** Whether the file got as far as a checked AST (otherwise the pipeline reports why). */
        boolean checked;
        /** The module's doctests: its source with their functions appended (DoctestProgram). */
        DoctestProgram.Plan doctests;
        /** What the read phase gave (parsed, plain, doctests), before the check phase changed any of it. */
        Read read;
        /** Imports in its module-level blocks that cannot move to its top level (BlockImports): why. */
        List<Diagnostic> blockImportRefusals = List.of();

        /** Whether its doctests failed before translation (their diagnostics are the module's). */
        boolean doctestsFailed() {
            return doctests != null && !doctests.problems().isEmpty();
        }

        /** Whether it failed before the check (its doctests, or an import in one of its blocks). */
        boolean failedEarly() {
            return doctestsFailed() || !blockImportRefusals.isEmpty();
        }

        Module(SourceFile file) {
            this.file = file;
            this.name = ModuleName.of(file.relativePath());
        }

        boolean ok() {
            return checked && rust != null;
        }
    }

    /** The read phase's result for a module, reused by a second build that reads the module the same way. */
    record Read(Mod.Module parsed, Mod.Module plain, DoctestProgram.Plan doctests, List<Diagnostic> blockImportRefusals) {}

    /** A from-import's binding: {@code name} as module {@code module} defines it, imported at {@code at}. */
    record Target(Module module, String name, Alias at) {}

    private final Map<String, Module> byPath = new LinkedHashMap<>();
    private final Map<String, Module> byName = new HashMap<>();
    /** Every package's dotted name (regular or namespace). */
    private final Set<String> packages = new LinkedHashSet<>();

    private ProjectIndex() {
    }

    /** Builds the index of {@code files} with {@code threads} workers. */
    public static ProjectIndex build(List<SourceFile> files, int threads) {
        return build(files, threads, io.portalis.accel.rust.IntRepresentation.AUTO);
    }

    /**
     * As {@link #build(List, int)}, with ints as {@code ints} says: for auto, every module's int slots are
     * {@code int::Int} when any module is prone to big ints (signatures cross modules), unless that
     * translation refuses something, when the project is translated again with {@code i64} ints.
     */
    public static ProjectIndex build(List<SourceFile> files, int threads, io.portalis.accel.rust.IntRepresentation ints) {
        ProjectIndex first = build(files, threads, ints, Map.of());
        Map<String, List<Diagnostic>> skip = SkippedDoctests.toSkip(first.byPath.values());
        // examples that cannot be translated in modules that never run them: again, without those modules' doctests
        return skip.isEmpty() ? first : build(files, threads, ints, skip, first);
    }

    private static ProjectIndex build(List<SourceFile> files, int threads, io.portalis.accel.rust.IntRepresentation ints,
            Map<String, List<Diagnostic>> skipDoctests) {
        return build(files, threads, ints, skipDoctests, null);
    }

    /** As above; a module read with its doctests both here and in {@code previous} reuses that read (lex, parse, doctests). */
    private static ProjectIndex build(List<SourceFile> files, int threads, io.portalis.accel.rust.IntRepresentation ints,
            Map<String, List<Diagnostic>> skipDoctests, ProjectIndex previous) {
        ProjectIndex index = new ProjectIndex();
        for (SourceFile f : files) {
            Module m = new Module(f);
            m.skippedDoctests = skipDoctests.get(f.relativePath());
            Module before = previous == null ? null : previous.byPath.get(f.relativePath());
            if (before != null && before.read != null && before.skippedDoctests == null && m.skippedDoctests == null) {
                m.read = before.read;
                m.parsed = m.read.parsed();
                m.plain = m.read.plain();
                m.doctests = m.read.doctests();
                m.blockImportRefusals = m.read.blockImportRefusals();
            }
            index.byPath.put(f.relativePath(), m);
            if (m.name.importable()) {
                index.byName.putIfAbsent(m.name.dotted(), m);
                List<String> parts = m.name.parts();
                for (int i = 1; i < parts.size(); i++) {
                    index.packages.add(String.join(".", parts.subList(0, i)));
                }
                if (m.name.isPackage()) {
                    index.packages.add(m.name.dotted());
                }
            }
        }
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            List<Module> all = new ArrayList<>(index.byPath.values());
            index.phase(pool, all.stream().filter(m -> m.read == null).toList(), index::read);
            index.phase(pool, all.stream().filter(m -> m.parsed != null).toList(), index::check);
            List<Module> checked = all.stream().filter(m -> m.checked && !m.failedEarly()).toList();
            checked.forEach(index::resolveImports);
            Map<Module, Integer> errorsBefore = new IdentityHashMap<>();
            Map<Module, List<Module>> dependenciesBefore = new IdentityHashMap<>();
            for (Module m : checked) {
                errorsBefore.put(m, m.importErrors.size());
                dependenciesBefore.put(m, List.copyOf(m.dependencies));
            }
            boolean big = ints == io.portalis.accel.rust.IntRepresentation.BIG
                    || (ints == io.portalis.accel.rust.IntRepresentation.AUTO
                    && checked.stream().anyMatch(m -> io.portalis.accel.rust.IntRepresentation.prone(m.ast)));
            index.translateWithFloats(pool, checked, big, errorsBefore, dependenciesBefore);
            if (big && ints == io.portalis.accel.rust.IntRepresentation.AUTO && checked.stream().anyMatch(m -> m.rust == null)) {
                // A construct the int::Int lowering refuses: i64 ints, as without --ints, in the groups of
                // modules importing each other where int::Int refuses a module i64 translates (IntChoice).
                IntChoice choice = new IntChoice(checked);
                index.reset(checked, errorsBefore, dependenciesBefore);
                index.translateWithFloats(pool, checked, false, errorsBefore, dependenciesBefore);
                choice.keepBigWhereItWorks(checked);
            }
            index.propagateFailures(checked);
            for (Module m : checked) {
                m.names = null;
            }
        } finally {
            pool.shutdown();
        }
        return index;
    }

    /** Translates every checked module with f64 float slots, then with py::Num ones where an int reaches a float slot. */
    private void translateWithFloats(ForkJoinPool pool, List<Module> checked, boolean bigInts,
            Map<Module, Integer> errorsBefore, Map<Module, List<Module>> dependenciesBefore) {
        translate(pool, checked, false, bigInts);
        if (checked.stream().anyMatch(m -> m.rust == null && ProjectModuleTranslator.intInFloatSlot(m.diagnostics))) {
            // An int reaches a float slot: the whole project's float slots become py::Num (float
            // signatures cross modules, so every module must agree), as a single file's do.
            reset(checked, errorsBefore, dependenciesBefore);
            translate(pool, checked, true, bigInts);
        }
    }

    /** Forgets what a translation of the checked modules added, before another. */
    private void reset(List<Module> checked, Map<Module, Integer> errorsBefore, Map<Module, List<Module>> dependenciesBefore) {
        for (Module m : checked) {
            m.importErrors.subList(errorsBefore.get(m), m.importErrors.size()).clear();
            m.dependencies.clear();
            m.dependencies.addAll(dependenciesBefore.get(m));
        }
    }

    /** Collect ▸ bind ▸ declare ▸ discover ▸ emit for every checked module, with float slots as f64 or py::Num. */
    private void translate(ForkJoinPool pool, List<Module> checked, boolean intsInFloats, boolean bigInts) {
        phase(pool, checked, m -> {
            m.translator = new ProjectModuleTranslator(m.ast, namesOf(m), m.file.relativePath(), m.projectImports, intsInFloats,
                    bigInts);
            m.translator.doctests(m.doctests);
            m.translator.projectNames(m.imported.keySet());
            m.translator.collect();
        });
        checked.forEach(this::bindClasses);
        // a class derived from an imported class is collected once that class is bound (rounds, for chains)
        while (checked.stream().map(m -> m.translator.collectWaitingClasses()).reduce(false, Boolean::logicalOr)) {
            checked.forEach(this::bindClasses);
        }
        checked.forEach(m -> m.translator.refuseWaitingClasses());
        checkExceptionNames(checked);
        for (Module m : checked) {
            for (Target t : m.imported.values()) {
                Target d = definer(t);
                if (d != null && d.module().translator != null) {
                    d.module().translator.importedElsewhere(List.of(d.name()));
                }
            }
        }
        phase(pool, checked, m -> m.translator.declare());
        checked.forEach(this::bindValues);
        phase(pool, checked, m -> m.translator.discover());
        cyclic = hasCycle(checked);
        checked.forEach(this::checkLoading);
        phase(pool, checked, m -> {
            Translation t = m.translator.emit();
            m.diagnostics = new ArrayList<>(t.diagnostics());
            m.diagnostics.addAll(m.importErrors);
            if (m.skippedDoctests != null) {
                m.diagnostics.addAll(m.skippedDoctests);
            }
            if (m.doctests != null && m.doctests.hasTests()) {
                m.diagnostics = new ArrayList<>(m.doctests.remap(m.diagnostics));
            }
            m.diagnostics.sort(java.util.Comparator.comparingInt(Diagnostic::start));
            boolean failed = m.diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
            m.rust = failed ? null : t.rust();
        });
    }

    private void phase(ForkJoinPool pool, List<Module> modules, Consumer<Module> work) {
        try {
            pool.submit(() -> modules.parallelStream().forEach(work)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing the project", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("indexing the project failed: " + e.getCause(), e.getCause());
        }
    }

    private static NameResolution namesOf(Module m) {
        return m.names;
    }

    /** Read ▸ decode ▸ lex ▸ parse; a file that fails here is reported by its own pipeline. */
    private void read(Module m) {
        readSource(m);
        m.read = new Read(m.parsed, m.plain, m.doctests, m.blockImportRefusals);
    }

    private void readSource(Module m) {
        try {
            byte[] bytes = Files.readAllBytes(m.file.path());
            if (!SourceText.of(bytes).ok()) {
                return;
            }
            LexResult lexed = CpuLexer.lex(bytes);
            if (lexed.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
                return;
            }
            ParseResult parsed = PythonParser.parse(lexed).withModule(PrivateNames::mangle);
            if (parsed.ok()) {
                BlockImports.Result hoisted = BlockImports.hoist(parsed.module(), this::isProjectModuleName);
                m.parsed = hoisted.module();
                m.plain = hoisted.module();
                m.blockImportRefusals = hoisted.refusals();
                if (m.skippedDoctests != null) {
                    return; // translated without its doctests (SkippedDoctests)
                }
                m.doctests = DoctestProgram.build(bytes, parsed.module(), name -> !isProjectModuleName(name));
                if (m.doctests.hasTests() && m.doctests.problems().isEmpty()) {
                    // the module with its doctest functions appended, read as the module's own code
                    ParseResult augmented = PythonParser.parse(m.doctests.source()).withModule(PrivateNames::mangle);
                    BlockImports.Result withTests = augmented.ok()
                            ? BlockImports.hoist(augmented.module(), this::isProjectModuleName) : null;
                    if (withTests != null && !withTests.refusals().isEmpty() && m.blockImportRefusals.isEmpty()) {
                        // a name an example reads is imported only in a block: the examples fail, not the module
                        m.doctests = m.doctests.failing(m.doctests.remap(withTests.refusals()));
                    } else if (withTests != null) {
                        m.parsed = withTests.module();
                    } else {
                        m.doctests = m.doctests.failing(m.doctests.remap(augmented.diagnostics()));
                    }
                }
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // the pipeline meets the same file and reports what is wrong with it
        }
    }

    /** Module objects read as from-imports, then the name check (on the module as rewritten). */
    private void check(Module m) {
        try {
            ModuleObjects.Result r = ModuleObjects.rewrite(this, m, m.parsed);
            if (!r.errors().isEmpty()) {
                // refused as written: the module keeps its own imports, and fails with these errors
                r = new ModuleObjects.Result(m.parsed, r.errors(), Set.of());
                m.objectImportsRefused = true;
            }
            if (!m.blockImportRefusals.isEmpty()) {
                m.checked = true;
                m.diagnostics = m.blockImportRefusals;
                return;
            }
            if (m.doctestsFailed()) {
                m.checked = true;
                m.diagnostics = m.doctests.problems();
                return;
            }
            NameResolution names = NameChecker.check(r.module());
            if (names.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
                if (m.doctests != null && m.doctests.hasTests()
                        && names.diagnostics().stream().anyMatch(d -> d.start() >= m.doctests.syntheticFrom())) {
                    // the module checks without its examples: an example is what fails the check
                    m.doctests = m.doctests.failing(m.doctests.remap(names.diagnostics().stream()
                            .filter(d -> d.severity() == Severity.ERROR).toList()));
                    m.checked = true;
                    m.diagnostics = m.doctests.problems();
                }
                return;
            }
            m.importErrors.addAll(r.errors());
            m.loadedOnly = r.loadedOnly();
            m.ast = r.module();
            m.names = names;
            m.hasMain = m.ast.body().stream().anyMatch(ProjectIndex::isMainGuard);
            m.checked = true;
        } catch (RuntimeException | StackOverflowError e) {
            // the pipeline meets the same file and reports what is wrong with it
        }
    }

    /** Whether a dotted name's first part is a module or package of the project. */
    boolean isProjectModuleName(String dotted) {
        return isProject(dotted.split("\\.")[0]);
    }

    /** Whether a module binds {@code name} at its top level as parsed. */
    static boolean bindsName(Module m, String name) {
        return m.parsed != null && m.parsed.body().stream().anyMatch(s -> TopLevel.binds(s).contains(name));
    }

    /** The dotted module a from-import of a project module names; null when it names none (or not resolvable). */
    String fromTarget(Module m, Stmt.ImportFrom imp) {
        if (imp.level() > 0) {
            List<String> pkg = m.name.packageParts();
            if (pkg.isEmpty() || imp.level() - 1 >= pkg.size()) {
                return null;
            }
            List<String> base = new ArrayList<>(pkg.subList(0, pkg.size() - (imp.level() - 1)));
            if (imp.module() != null) {
                base.addAll(List.of(imp.module().split("\\.")));
            }
            String t = String.join(".", base);
            return exists(t) ? t : null;
        }
        if (imp.module() == null || !isProject(imp.module().split("\\.")[0]) || !exists(imp.module())) {
            return null;
        }
        return imp.module();
    }

    static boolean isMainGuard(Stmt s) {
        return s instanceof Stmt.If i && i.test() instanceof io.portalis.accel.python.ast.Expr.Compare c
                && c.left() instanceof io.portalis.accel.python.ast.Expr.Name n && n.id().equals("__name__")
                && c.comparators().size() == 1
                && c.comparators().get(0) instanceof io.portalis.accel.python.ast.Expr.Constant k
                && k.value() instanceof io.portalis.accel.python.ast.ConstantValue.Str str
                && str.value().equals("__main__");
    }

    // ------------------------------------------------------------------ import resolution

    private boolean isProject(String first) {
        return byName.containsKey(first) || packages.contains(first);
    }

    boolean exists(String dotted) {
        return byName.containsKey(dotted) || packages.contains(dotted);
    }

    private void error(Module m, String code, String message, Node at) {
        m.importErrors.add(Diagnostic.error(code, message, at.start(), Math.max(at.start(), at.end())));
    }

    /** The modules that loading {@code dotted} runs: each package on the way (its __init__.py) and the module. */
    private List<Module> loaded(String dotted) {
        List<Module> out = new ArrayList<>();
        String[] parts = dotted.split("\\.");
        for (int i = 1; i <= parts.length; i++) {
            Module mod = byName.get(String.join(".", java.util.Arrays.copyOf(parts, i)));
            if (mod != null) {
                out.add(mod);
            }
        }
        return out;
    }

    private void resolveImports(Module m) {
        // running a module of a package first runs the package's __init__.py files
        List<String> own = m.name.parts();
        for (int i = 1; i < own.size(); i++) {
            Module pkg = byName.get(String.join(".", own.subList(0, i)));
            if (pkg != null && pkg != m) {
                m.dependencies.add(pkg);
            }
        }
        for (String dotted : m.loadedOnly) {
            loaded(dotted).stream().filter(d -> d != m).forEach(m.dependencies::add);
        }
        for (Stmt s : m.ast.body()) {
            if (s instanceof Stmt.Import imp) {
                boolean project = imp.names().stream().anyMatch(a -> isProject(a.name().split("\\.")[0]));
                if (!project) {
                    continue;
                }
                m.projectImports.add(s);
                for (Alias a : imp.names()) {
                    if (m.objectImportsRefused && exists(a.name())) {
                        continue;
                    }
                    if (!exists(a.name()) && isProject(a.name().split("\\.")[0])) {
                        error(m, "E-IMPORT", "no module named '" + a.name() + "' in the project", a);
                    } else {
                        error(m, "E-UNSUPPORTED", "unsupported: import of a module as an object ('import "
                                + a.name() + "'); import its names with 'from " + a.name() + " import ...'", a);
                    }
                }
            } else if (s instanceof Stmt.ImportFrom imp) {
                resolveFrom(m, imp);
            }
        }
    }

    private void resolveFrom(Module m, Stmt.ImportFrom imp) {
        String target;
        if (imp.level() > 0) {
            List<String> pkg = m.name.packageParts();
            if (pkg.isEmpty()) {
                m.projectImports.add(imp);
                error(m, "E-IMPORT", "relative import in '" + m.name.dotted()
                        + "', which is in no package (CPython: attempted relative import with no known parent package)", imp);
                return;
            }
            if (imp.level() - 1 >= pkg.size()) {
                m.projectImports.add(imp);
                error(m, "E-IMPORT", "relative import beyond the top-level package '" + pkg.get(0) + "'", imp);
                return;
            }
            List<String> base = new ArrayList<>(pkg.subList(0, pkg.size() - (imp.level() - 1)));
            if (imp.module() != null) {
                base.addAll(List.of(imp.module().split("\\.")));
            }
            target = String.join(".", base);
        } else {
            if (imp.module() == null || !isProject(imp.module().split("\\.")[0])) {
                return;
            }
            target = imp.module();
        }
        m.projectImports.add(imp);
        if (!exists(target)) {
            error(m, "E-IMPORT", "no module named '" + target + "' in the project", imp);
            return;
        }
        m.fromTargets.put(imp, target);
        List<Module> chain = loaded(target);
        chain.stream().filter(d -> d != m).forEach(m.dependencies::add);
        Module from = byName.get(target);
        if (from != null && from.ast == null) {
            // it failed before its names could be read (syntax, doctests): the dependency fails this import
            return;
        }
        for (Alias a : imp.names()) {
            if (a.name().equals("*")) {
                error(m, "E-UNSUPPORTED", "unsupported: 'from " + target + " import *'", a);
                continue;
            }
            String local = a.asname() == null ? a.name() : a.asname();
            if (from != null && binds(from, a.name())) {
                m.imported.put(local, new Target(from, a.name(), a));
            } else if (exists(target + "." + a.name())) {
                if (m.objectImportsRefused) {
                    continue;
                }
                error(m, "E-UNSUPPORTED", "unsupported: import of the module '" + target + "." + a.name()
                        + "' as an object; import its names with 'from " + target + "." + a.name() + " import ...'", a);
            } else {
                error(m, "E-IMPORT", "cannot import name '" + a.name() + "' from '" + target + "'", a);
            }
        }
    }

    /** Whether a module binds {@code name} at its top level (outside the main guard). */
    private static boolean binds(Module m, String name) {
        for (Stmt s : m.ast.body()) {
            if (TopLevel.binds(s).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Follows re-exports: the module that defines what {@code t} names, and its name there; null at a dead end. */
    private Target definer(Target t) {
        Target at = t;
        Set<Module> seen = new java.util.HashSet<>();
        while (at.module().imported.containsKey(at.name())) {
            if (!seen.add(at.module())) {
                return null;
            }
            Target next = at.module().imported.get(at.name());
            at = new Target(next.module(), next.name(), t.at());
        }
        return at.module().checked ? at : null;
    }

    private String rustPath(Module m) {
        StringBuilder sb = new StringBuilder("crate");
        for (String p : m.name.parts()) {
            sb.append("::").append(ProjectModuleTranslator.rustIdent(p));
        }
        return sb.toString();
    }

    /**
     * The crate tells exceptions apart by class name, as one table: two modules may not define
     * exception classes of the same name (an {@code except} of one would catch the other), and a
     * library's exception class keeps one base.
     */
    private void checkExceptionNames(List<Module> modules) {
        Map<String, String> base = new HashMap<>();
        Map<String, Module> where = new HashMap<>();
        Map<String, Module> definedBy = new HashMap<>();
        for (Module m : modules) {
            for (String name : m.translator.ownExceptionClasses()) {
                Module other = definedBy.putIfAbsent(name, m);
                if (other != null) {
                    Node at = m.ast.body().stream().filter(st -> st instanceof Stmt.ClassDef c && c.name().equals(name))
                            .findFirst().map(st -> (Node) st).orElse(m.ast);
                    error(m, "E-UNSUPPORTED", "unsupported: exception class '" + name + "' while "
                            + other.file.relativePath() + " defines one of the same name (the crate tells exceptions"
                            + " apart by name, so an except clause for one would catch the other)", at);
                }
            }
        }
        for (Module m : modules) {
            for (Map.Entry<String, String> e : m.translator.exceptionBases().entrySet()) {
                String seen = base.putIfAbsent(e.getKey(), e.getValue());
                if (seen == null) {
                    where.put(e.getKey(), m);
                } else if (!seen.equals(e.getValue())) {
                    Node at = m.ast.body().stream().filter(st -> st instanceof Stmt.ClassDef c && c.name().equals(e.getKey()))
                            .findFirst().map(st -> (Node) st).orElse(m.ast);
                    error(m, "E-UNSUPPORTED", "unsupported: exception class '" + e.getKey() + "' with base " + e.getValue()
                            + " while " + where.get(e.getKey()).file.relativePath() + " defines one with base " + seen
                            + " (the crate tells exceptions apart by name)", at);
                }
            }
        }
    }

    private void bindClasses(Module m) {
        for (Map.Entry<String, Target> e : m.imported.entrySet()) {
            Target d = definer(e.getValue());
            if (d != null && d.module().translator != null && d.module().translator.definesClass(d.name())) {
                Export x = d.module().translator.export(d.name());
                if (x instanceof Export.Class c) {
                    m.translator.bindClass(e.getKey(), c, rustPath(d.module()));
                    addDependency(m, d.module());
                }
            }
        }
    }

    private void bindValues(Module m) {
        for (Map.Entry<String, Target> e : m.imported.entrySet()) {
            Alias at = e.getValue().at();
            Target d = definer(e.getValue());
            if (d == null || d.module().translator == null) {
                error(m, "E-IMPORT", "cannot import name '" + e.getValue().name() + "': its module could not be translated", at);
                continue;
            }
            if (d.module().translator.definesClass(d.name())) {
                Export x = d.module().translator.export(d.name());
                if (x instanceof Export.Refused r) {
                    error(m, "E-UNSUPPORTED", "unsupported: " + r.why(), at);
                }
                continue;
            }
            Export x = d.module().translator.export(d.name());
            if (x instanceof Export.Function f) {
                Map<String, String> defaults = new HashMap<>();
                for (String read : f.defaultNames()) {
                    // the defining module's constant, under a name of the importer's own
                    String hidden = "pyd_" + d.module().name.dotted().replace('.', '_') + "__" + read;
                    if (!m.translator.definesFunctionOrVariable(hidden)
                            && d.module().translator.export(read) instanceof Export.Constant k) {
                        m.translator.bindConstant(hidden, k, rustPath(d.module()));
                    }
                    defaults.put(read, hidden);
                }
                m.translator.bindFunction(e.getKey(), f, rustPath(d.module()), defaults);
            } else if (x instanceof Export.Constant k) {
                m.translator.bindConstant(e.getKey(), k, rustPath(d.module()));
            } else if (x instanceof Export.Variable v) {
                String refused = ModuleVariables.bind(this, m, e.getKey(), v, rustPath(d.module()));
                if (refused != null) {
                    error(m, "E-UNSUPPORTED", "unsupported: " + refused, at);
                    continue;
                }
            } else if (x instanceof Export.Refused r) {
                error(m, "E-UNSUPPORTED", "unsupported: " + r.why(), at);
                continue;
            } else {
                error(m, "E-UNSUPPORTED", "unsupported: importing '" + d.name() + "' from '" + d.module().name.dotted()
                        + "' (only its functions, classes and constants can be imported)", at);
                continue;
            }
            addDependency(m, d.module());
        }
    }

    private void addDependency(Module m, Module d) {
        if (d != m) {
            m.dependencies.add(d);
            m.dependencies.addAll(loaded(d.name.dotted()).stream().filter(x -> x != m).toList());
        }
    }

    /** Whether some import cycle exists: without one, CPython loads every module before its names are needed. */
    private boolean cyclic;

    private boolean hasCycle(List<Module> modules) {
        Map<Module, Integer> state = new HashMap<>(); // 1 on the path, 2 done
        for (Module start : modules) {
            if (state.containsKey(start)) {
                continue;
            }
            java.util.ArrayDeque<java.util.Iterator<Module>> stack = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<Module> path = new java.util.ArrayDeque<>();
            state.put(start, 1);
            path.push(start);
            stack.push(start.dependencies.iterator());
            while (!stack.isEmpty()) {
                java.util.Iterator<Module> it = stack.peek();
                if (it.hasNext()) {
                    Module d = it.next();
                    Integer s = state.get(d);
                    if (s != null && s == 1) {
                        return true;
                    }
                    if (s == null) {
                        state.put(d, 1);
                        path.push(d);
                        stack.push(d.dependencies.iterator());
                    }
                } else {
                    stack.pop();
                    state.put(path.pop(), 2);
                }
            }
        }
        return false;
    }

    /** A module whose loading runs more than definitions cannot be imported: the crate has no import-time code. */
    private void checkLoading(Module m) {
        for (Module d : m.dependencies) {
            if (!d.checked || d.translator == null) {
                continue;
            }
            Node runs = d.translator.runsAtImport(d.ast);
            if (runs != null) {
                Node at = importSite(m, d);
                int line = lineOf(d, runs);
                error(m, "E-UNSUPPORTED", "unsupported: loading '" + d.name.dotted() + "' runs code ("
                        + d.file.relativePath() + ":" + line + "), which a translated import does not", at);
            }
        }
        Diagnostic cycle = cyclic ? ImportOrder.check(this, m) : null;
        if (cycle != null) {
            m.importErrors.add(cycle);
        }
    }

    static int lineOf(Module m, Node n) {
        try {
            byte[] bytes = Files.readAllBytes(m.file.path());
            return new io.portalis.accel.diagnostic.SourceMap(bytes).at(n.start()).line();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Where {@code m} imports {@code d} (or the module's start when the package path implies it). */
    Node importSite(Module m, Module d) {
        for (Target t : m.imported.values()) {
            if (t.module() == d || loaded(t.module().name.dotted()).contains(d)) {
                return t.at();
            }
        }
        for (Stmt s : m.projectImports) {
            return s;
        }
        return m.ast.body().isEmpty() ? m.ast : m.ast.body().get(0);
    }

    /** A module that imports one that failed fails too, at that import; repeated until nothing changes. */
    private void propagateFailures(List<Module> modules) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Module m : modules) {
                if (m.rust == null) {
                    continue;
                }
                for (Module d : m.dependencies) {
                    if (!d.ok()) {
                        List<Diagnostic> ds = new ArrayList<>(m.diagnostics);
                        Node at = importSite(m, d);
                        ds.add(Diagnostic.error("E-IMPORT", "imports '" + d.name.dotted() + "' (" + d.file.relativePath()
                                + "), which could not be translated", at.start(), Math.max(at.start(), at.end())));
                        ds.sort(java.util.Comparator.comparingInt(Diagnostic::start));
                        m.diagnostics = ds;
                        m.rust = null;
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    /**
     * After the crate's build: the modules rustc rejects ({@code why}: source path → message) fail, and
     * so do the modules that import them. Returns each module that failed here with its errors.
     */
    Map<String, List<Diagnostic>> failAfterBuild(Map<String, String> why) {
        List<Module> wereOk = byPath.values().stream().filter(Module::ok).toList();
        why.forEach((path, message) -> {
            Module m = byPath.get(path);
            List<Diagnostic> ds = new ArrayList<>(m.diagnostics);
            ds.add(0, Diagnostic.error("E-RUSTC", message, 0, 0));
            m.diagnostics = ds;
            m.rust = null;
        });
        propagateFailures(new ArrayList<>(byPath.values()));
        Map<String, List<Diagnostic>> failed = new LinkedHashMap<>();
        for (Module m : wereOk) {
            if (!m.ok()) {
                failed.put(m.file.relativePath(), m.diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList());
            }
        }
        return failed;
    }

    // ------------------------------------------------------------------ reading the index

    Module module(String dotted) {
        return byName.get(dotted);
    }

    Map<String, Module> modulesByPath() {
        return byPath;
    }

    Set<String> packageNames() {
        return packages;
    }

    /**
     * What the project layer says about one file once its own pipeline has checked it: its
     * module's Rust (the crate's module file, without the crate-wide parts {@link CrateLayout} adds),
     * or why it failed. Null when the index never reached the file (the pipeline reports it).
     */
    public Translation translation(String relativePath) {
        Module m = byPath.get(relativePath);
        if (m == null || !m.checked) {
            return null;
        }
        return new Translation(m.rust, m.diagnostics);
    }
}
