package io.portalis.accel.rust;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.Severity;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.doctest.DoctestProgram;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import io.portalis.accel.python.semantics.BlockImports;
import io.portalis.accel.python.semantics.NameChecker;
import io.portalis.accel.python.semantics.NameResolution;
import io.portalis.accel.python.semantics.PrivateNames;
import java.util.List;

/**
 * Doctests in {@code --layout files}: a module that imports {@code doctest} (to call
 * {@code testmod()}) is translated with its docstring examples appended as functions
 * ({@link DoctestProgram}), parsed and checked again with them; a module that does not import it
 * is translated as written (its examples are not run by anything, so an untranslatable one does
 * not fail it). The program then sends {@code print!}/{@code println!} through the runtime's
 * {@code write_stdout}, which collects an example's output while it runs.
 */
record StandaloneDoctests(Mod.Module module, NameResolution names, DoctestProgram.Plan plan, Translation failed) {

    /** The print macros of a program (or crate) with doctests: printing goes through the runtime. */
    static final String PRINT_MACROS = """
            // Printing goes through the runtime, which collects a doctest example's output while it runs.
            macro_rules! println {
                () => {
                    $crate::py::write_stdout("\\n")
                };
                ($($arg:tt)*) => {
                    $crate::py::write_stdout(&format!("{}\\n", format_args!($($arg)*)))
                };
            }

            macro_rules! print {
                ($($arg:tt)*) => {
                    $crate::py::write_stdout(&format!($($arg)*))
                };
            }
            """;

    static StandaloneDoctests of(Mod.Module module, NameResolution names, byte[] source) {
        boolean imports = module.body().stream().anyMatch(s -> (s instanceof Stmt.Import i
                && i.names().stream().anyMatch(a -> a.name().equals("doctest")))
                || (s instanceof Stmt.ImportFrom f && "doctest".equals(f.module()) && f.level() == 0));
        if (!imports || source == null) {
            return new StandaloneDoctests(module, names, null, null);
        }
        DoctestProgram.Plan plan = DoctestProgram.build(source, module, name -> true);
        if (!plan.problems().isEmpty()) {
            return new StandaloneDoctests(module, names, plan, new Translation(null, plan.problems()));
        }
        if (!plan.hasTests()) {
            return new StandaloneDoctests(module, names, plan, null);
        }
        ParseResult parsed = PythonParser.parse(plan.source()).withModule(PrivateNames::mangle);
        if (!parsed.ok()) {
            return new StandaloneDoctests(module, names, plan, new Translation(null, plan.remap(parsed.diagnostics())));
        }
        BlockImports.Result hoisted = BlockImports.hoist(parsed.module(), name -> false);
        if (!hoisted.refusals().isEmpty()) {
            // a name an example reads is imported only in a block of the module
            return new StandaloneDoctests(module, names, plan, new Translation(null, plan.remap(hoisted.refusals())));
        }
        NameResolution checked = NameChecker.check(hoisted.module());
        List<Diagnostic> errors = checked.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            return new StandaloneDoctests(module, names, plan, new Translation(null, plan.remap(errors)));
        }
        return new StandaloneDoctests(hoisted.module(), checked, plan, null);
    }

    /** Whether the program runs doctests (then it carries their table and the print macros). */
    boolean isEmpty() {
        return plan == null || !plan.hasTests();
    }

    /** Tells the translator about the doctests (before it starts). */
    void apply(RustTranslator t) {
        ModuleScope s = t.scope();
        s.doctestsPlanned = plan != null;
        s.doctestSource = t.sourcePath;
        if (!isEmpty()) {
            t.doctests = plan.tests();
            s.doctestsFrom = plan.syntheticFrom();
            s.doctestTable = true;
        }
    }

    List<Diagnostic> remap(List<Diagnostic> ds) {
        return isEmpty() ? ds : plan.remap(ds);
    }
}
