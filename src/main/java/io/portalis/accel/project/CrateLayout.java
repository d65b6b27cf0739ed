package io.portalis.accel.project;

import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.semantics.NameResolution;
import io.portalis.accel.rust.ProjectModuleTranslator;
import io.portalis.accel.rust.Translation;
import io.portalis.accel.transpile.ModuleTranslations;
import io.portalis.accel.transpile.OutputTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Cargo crate a project becomes ({@code --layout crate}):
 * <pre>
 * OUT/Cargo.toml             no dependencies; one [[bin]] per main module
 * OUT/lib.rs                 the crate root: the runtime (once) and the top-level modules
 * OUT/src/pkg/__init__.rs    package pkg: its __init__.py's items and its modules
 * OUT/src/pkg/mod.rs         module pkg.mod (the source tree, .py → .rs)
 * OUT/bin/pkg-mod.rs         the binary of a main module: python3 -m pkg.mod
 * </pre>
 * Only modules that translated are in the crate. Every file is written only when its content
 * changed, so that cargo rebuilds only what did.
 */
public final class CrateLayout implements ModuleTranslations {
    /** The crate's library name, which each binary calls. */
    static final String LIB = "portalis_translated";

    private final ProjectIndex index;
    private final String packageName;
    private final ProjectModuleTranslator.Runtime runtime;
    /** ok module's dotted name → module, sorted (the module tree). */
    private final Map<String, ProjectIndex.Module> ok = new TreeMap<>();

    public CrateLayout(ProjectIndex index, String sourceFolderName) {
        this.index = index;
        this.packageName = packageName(sourceFolderName);
        List<String> programs = new ArrayList<>();
        for (ProjectIndex.Module m : index.modulesByPath().values()) {
            if (m.ok() && m.name.importable()) {
                ok.put(m.name.dotted(), m);
                programs.add(m.rust);
            }
        }
        this.runtime = ProjectModuleTranslator.runtime(programs);
    }

    /** A Cargo package name from the source folder's name ({@code translated} when nothing is left of it). */
    static String packageName(String folder) {
        String s = folder == null ? "" : folder.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "-")
                .replaceAll("^[^a-z]+", "").replaceAll("-+$", "");
        return s.isEmpty() ? "translated" : s;
    }

    @Override
    public Translation translation(String relativePath, Mod.Module module, NameResolution names, byte[] source) {
        Translation t = index.translation(relativePath);
        if (t == null) {
            return new Translation(null, List.of(io.portalis.accel.diagnostic.Diagnostic.error("E-INTERNAL",
                    "the project index did not reach this file", 0, 0)));
        }
        ProjectIndex.Module m = index.modulesByPath().get(relativePath);
        if (t.rust() == null) {
            return t;
        }
        if (!m.name.importable()) {
            return new Translation(null, List.of(io.portalis.accel.diagnostic.Diagnostic.error("E-UNSUPPORTED",
                    "unsupported: a module whose name is no Python identifier ('" + m.name.dotted()
                            + "') in a crate; use --layout files", 0, 0)));
        }
        return new Translation(moduleFile(m), t.diagnostics());
    }

    ProjectIndex index() {
        return index;
    }

    /** Whether the module at this source path is in the crate. */
    boolean contains(String relativePath) {
        ProjectIndex.Module m = index.modulesByPath().get(relativePath);
        return m != null && ok.get(m.name.dotted()) == m;
    }

    /** Leaves the module at this source path out of the crate (rustc rejected it, or it imports one that was). */
    void drop(String relativePath) {
        ok.remove(index.modulesByPath().get(relativePath).name.dotted());
    }

    @Override
    public boolean translated(String relativePath) {
        return index.translation(relativePath) != null;
    }

    @Override
    public String outputPath(String relativePath) {
        return ModuleName.of(relativePath).rustFile();
    }

    @Override
    public boolean keepsUnchanged() {
        return true;
    }

    private String moduleFile(ProjectIndex.Module m) {
        StringBuilder sb = new StringBuilder();
        sb.append("// Translated from ").append(m.file.relativePath()).append(" by portalis-accel: module `")
                .append(m.name.dotted()).append("` of the crate (see lib.rs).\n");
        sb.append("use crate::py;\nuse crate::user_exception_base;\n");
        if (!runtime.useLine().isEmpty()) {
            sb.append(runtime.useLine()).append('\n');
        }
        sb.append(runtime.moduleUses());
        sb.append("use std::cell::RefCell;\nuse std::rc::Rc;\n\n");
        // the module's exception table joins the crate's (exceptions cross modules by name)
        sb.append(RustVisibility.publish(m.rust).replace("pub(crate) fn user_exception_base(",
                "pub(crate) fn module_exception_base("));
        if (!sb.toString().endsWith("\n")) {
            sb.append('\n');
        }
        sb.append(RejectedModules.testFault(m.file.relativePath()));
        if (m.name.isPackage()) {
            String children = children(m.name.dotted(), "");
            if (!children.isEmpty()) {
                sb.append("\n// The package's modules.\n").append(children);
            }
        }
        return sb.toString();
    }

    /**
     * The {@code mod} lines of the modules and packages directly in package {@code pkg} ({@code ""}:
     * the crate root), with paths relative to the declaring file ({@code prefix}: from OUT for the root).
     */
    private String children(String pkg, String prefix) {
        TreeSet<String> names = new TreeSet<>();
        String head = pkg.isEmpty() ? "" : pkg + ".";
        for (String dotted : ok.keySet()) {
            if (dotted.startsWith(head) && !dotted.equals(pkg)) {
                names.add(dotted.substring(head.length()).split("\\.")[0]);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String child : names) {
            String full = head + child;
            boolean isPackage = index.packageNames().contains(full);
            String path = prefix + child + (isPackage ? "/__init__.rs" : ".rs");
            sb.append("#[path = \"").append(path).append("\"]\n");
            sb.append("pub mod ").append(ProjectModuleTranslator.rustIdent(child)).append(";\n");
        }
        return sb.toString();
    }

    /** The binary that prints every module's doctest counts for --verify (no module's binary can have this name). */
    public static final String DOCTEST_BINARY = "portalis--doctests";

    /** The modules with doctests (dotted name → source path), sorted. */
    public Map<String, String> doctestModules() {
        Map<String, String> out = new TreeMap<>();
        for (ProjectIndex.Module m : ok.values()) {
            if (m.doctests != null && m.doctests.hasTests()) {
                out.put(m.name.dotted(), m.file.relativePath());
            }
        }
        return out;
    }

    private String doctestBinary() {
        StringBuilder sb = new StringBuilder("// Every module's doctest counts (`module.name failed tried` lines), for portalis-accel --verify.\n");
        sb.append("// With module names as arguments, only those modules' (one process per module keeps a slow one apart).\n");
        sb.append("fn main() {\n");
        sb.append("    let wanted: Vec<String> = std::env::args().skip(1).collect();\n");
        sb.append("    let runs = |name: &str| wanted.is_empty() || wanted.iter().any(|w| w == name);\n");
        for (String dotted : doctestModules().keySet()) {
            StringBuilder path = new StringBuilder(LIB);
            for (String p : dotted.split("\\.")) {
                path.append("::").append(ProjectModuleTranslator.rustIdent(p));
            }
            sb.append("    if runs(\"").append(dotted).append("\") {\n");
            sb.append("        print!(\"{}\", ").append(path).append("::portalis_doctest_counts());\n    }\n");
        }
        sb.append("}\n");
        return sb.toString();
    }

    /** The main modules, by binary name. */
    public Map<String, String> binaries() {
        Map<String, String> out = new TreeMap<>();
        for (ProjectIndex.Module m : ok.values()) {
            if (m.hasMain) {
                out.put(m.name.binaryName(), m.name.dotted());
            }
        }
        return out;
    }

    /** The source path of each main module, by binary name. */
    public Map<String, String> binarySources() {
        Map<String, String> out = new TreeMap<>();
        for (ProjectIndex.Module m : ok.values()) {
            if (m.hasMain) {
                out.put(m.name.binaryName(), m.file.relativePath());
            }
        }
        return out;
    }

    /**
     * Writes the crate-wide files (Cargo.toml, lib.rs, the namespace packages' files, one file per
     * binary), each only where its content changed.
     *
     * @return how many files were written (the others were already up to date)
     */
    public int write(OutputTree out) throws IOException {
        int written = 0;
        written += put(out, "Cargo.toml", cargoToml());
        written += put(out, "lib.rs", libRs());
        // packages without a translated __init__.py (namespace packages): a file with their modules only
        for (String pkg : index.packageNames()) {
            if (ok.containsKey(pkg) || ok.keySet().stream().noneMatch(d -> d.startsWith(pkg + "."))) {
                continue;
            }
            String file = "src/" + pkg.replace('.', '/') + "/__init__.rs";
            String text = "// Namespace package `" + pkg + "` (no __init__.py): its modules.\n" + children(pkg, "");
            written += put(out, file, text);
        }
        // a package's module list, again: a module left out after the build is no longer in it
        for (ProjectIndex.Module m : ok.values()) {
            if (m.name.isPackage()) {
                written += put(out, m.name.rustFile(), moduleFile(m));
            }
        }
        for (Map.Entry<String, String> b : binaries().entrySet()) {
            StringBuilder path = new StringBuilder(LIB);
            for (String p : b.getValue().split("\\.")) {
                path.append("::").append(ProjectModuleTranslator.rustIdent(p));
            }
            String text = "// `python3 -m " + b.getValue() + "`, translated by portalis-accel.\n"
                    + "fn main() {\n    " + path + "::main();\n}\n";
            written += put(out, "bin/" + b.getKey() + ".rs", text);
        }
        if (!doctestModules().isEmpty()) {
            written += put(out, "bin/" + DOCTEST_BINARY + ".rs", doctestBinary());
        }
        return written;
    }

    /** Every file of the crate this run writes (or keeps unchanged), relative to OUT: the crate-wide files and the modules'. */
    public java.util.Set<String> files() {
        java.util.Set<String> out = new TreeSet<>(List.of("Cargo.toml", "lib.rs"));
        for (String pkg : index.packageNames()) {
            if (!ok.containsKey(pkg) && ok.keySet().stream().anyMatch(d -> d.startsWith(pkg + "."))) {
                out.add("src/" + pkg.replace('.', '/') + "/__init__.rs");
            }
        }
        binaries().keySet().forEach(b -> out.add("bin/" + b + ".rs"));
        if (!doctestModules().isEmpty()) {
            out.add("bin/" + DOCTEST_BINARY + ".rs");
        }
        ok.values().forEach(m -> out.add(m.name.rustFile()));
        return out;
    }

    private static int put(OutputTree out, String path, String text) throws IOException {
        return out.writeIfChanged(path, text.getBytes(StandardCharsets.UTF_8)) ? 1 : 0;
    }

    String cargoToml() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Generated by portalis-accel from a Python project. No dependencies: cargo build --offline.\n");
        sb.append("[package]\nname = \"").append(packageName).append("\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
        sb.append("autobins = false\nautoexamples = false\nautotests = false\nautobenches = false\n\n");
        sb.append("[lib]\nname = \"").append(LIB).append("\"\npath = \"lib.rs\"\n");
        for (String bin : binaries().keySet()) {
            sb.append("\n[[bin]]\nname = \"").append(bin).append("\"\npath = \"bin/").append(bin).append(".rs\"\n");
        }
        if (!doctestModules().isEmpty()) {
            sb.append("\n[[bin]]\nname = \"").append(DOCTEST_BINARY).append("\"\npath = \"bin/").append(DOCTEST_BINARY)
                    .append(".rs\"\n");
        }
        sb.append("\n[workspace]\n");
        return sb.toString();
    }

    String libRs() {
        StringBuilder sb = new StringBuilder();
        sb.append("// The crate root, generated by portalis-accel: the runtime support of the translated modules\n");
        sb.append("// (once for the whole crate), then one module per Python module, as the source tree has them.\n");
        sb.append("#![allow(dead_code, unused_imports, unused_mut, unused_variables)]\n");
        sb.append("#![allow(unused_parens, unused_labels, unreachable_code)]\n");
        sb.append("#![allow(unused_assignments, non_snake_case, non_camel_case_types)]\n");
        sb.append("#![allow(non_upper_case_globals, private_interfaces, unused_macros)]\n\n");
        sb.append("use std::cell::RefCell;\nuse std::rc::Rc;\n");
        if (!runtime.useLine().isEmpty()) {
            sb.append(runtime.useLine().replace("use crate::py::", "use py::")).append('\n');
        }
        if (!doctestModules().isEmpty()) {
            // print!/println! go through the runtime, which collects a doctest example's output while it runs
            sb.append('\n').append(ProjectModuleTranslator.printMacros());
        }
        sb.append('\n').append(runtime.text());
        if (!runtime.text().endsWith("\n")) {
            sb.append('\n');
        }
        sb.append("\n/// The base class of each exception class the crate's modules define (by name, as they are raised).\n");
        sb.append("fn user_exception_base(kind: &str) -> Option<&'static str> {\n");
        List<String> tables = new ArrayList<>();
        for (ProjectIndex.Module m : ok.values()) {
            if (!m.translator.exceptionBases().isEmpty()) {
                StringBuilder path = new StringBuilder("crate");
                for (String p : m.name.parts()) {
                    path.append("::").append(ProjectModuleTranslator.rustIdent(p));
                }
                tables.add(path + "::module_exception_base(kind)");
            }
        }
        if (tables.isEmpty()) {
            sb.append("    let _ = kind;\n    None\n");
        } else {
            sb.append("    ").append(String.join("\n        .or_else(|| ", tables)).append(")".repeat(tables.size() - 1)).append("\n");
        }
        sb.append("}\n");
        sb.append("\n// The modules.\n").append(children("", "src/"));
        return sb.toString();
    }
}
