package io.portalis.accel.project;

import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.rust.ProjectModuleTranslator.Export;

/**
 * Another module's variable that changes at run time, bound into a module with Python's binding
 * rules: {@code m.name} (a module object's attribute) reads the variable live, while
 * {@code from m import name} copies the binding when the import runs. The crate's modules run no
 * code when imported, so that copy is the variable's first object, provided no main module runs
 * code of its own before one of its project imports (then a function could have rebound it first).
 */
final class ModuleVariables {
    private ModuleVariables() {
    }

    /** Binds {@code local} of {@code m} to {@code v}; null when bound, else why not. */
    static String bind(ProjectIndex index, ProjectIndex.Module m, String local, Export.Variable v, String modulePath) {
        if (m.translator.definesFunctionOrVariable(local)) {
            return "'" + local + "', imported from another module, is bound again in this module";
        }
        if (ModuleObjects.isMemberName(local)) {
            m.translator.bindLiveVariable(local, v, modulePath);
            return null;
        }
        for (ProjectIndex.Module entry : index.modulesByPath().values()) {
            if (!entry.hasMain || entry.translator == null || entry.ast == null) {
                continue;
            }
            Node runs = entry.translator.runsAtImport(entry.ast);
            if (runs == null) {
                continue;
            }
            for (Stmt imp : entry.projectImports) {
                if (imp.start() > runs.start()) {
                    return "importing the module variable '" + local + "' by name copies its value when the import runs,"
                            + " and " + entry.file.relativePath() + " runs code (line " + ProjectIndex.lineOf(entry, runs)
                            + ") before one of its imports; read it as 'module." + local + "' instead";
                }
            }
        }
        m.translator.bindVariableCopy(local, v, modulePath);
        return null;
    }
}
