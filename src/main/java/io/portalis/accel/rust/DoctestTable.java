package io.portalis.accel.rust;

import io.portalis.accel.python.doctest.DocstringParser;
import io.portalis.accel.python.doctest.DoctestProgram;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Rust that lists a module's doctests for the runtime's {@code doctest} module: the
 * constant {@code PORTALIS_DOCTESTS} (each docstring's name, line, examples as doctest parsed
 * them, and the translated function that runs them) and a {@code #[cfg(test)]} module with one
 * {@code #[test]} per docstring, so that {@code cargo test} runs them.
 */
final class DoctestTable {
    static final String NAME = "PORTALIS_DOCTESTS";

    private DoctestTable() {
    }

    /** The table and the tests; {@code module} is the dotted module name the tests run under. */
    static String emit(List<DoctestProgram.Test> tests, Set<String> ownExceptions, String module, String sourcePath,
            boolean init) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n/// The module's docstring examples, in doctest's order (see the runtime's doctest module).\n");
        sb.append("const ").append(NAME).append(": &[doctest::DocTest] = &[\n");
        String own = ownExceptions.stream().sorted().map(RustLiterals::string).reduce((a, b) -> a + ", " + b).orElse("");
        for (DoctestProgram.Test t : tests) {
            sb.append("    doctest::DocTest {\n");
            sb.append("        name: ").append(RustLiterals.string(t.site().name())).append(",\n");
            sb.append("        lineno: ").append(t.site().lineno() == null ? "None" : "Some(" + t.site().lineno() + ")").append(",\n");
            sb.append("        examples: &[\n");
            for (DocstringParser.Example e : t.examples()) {
                sb.append("            doctest::Example {\n");
                sb.append("                source: ").append(RustLiterals.string(e.source())).append(",\n");
                sb.append("                want: ").append(RustLiterals.string(e.want())).append(",\n");
                sb.append("                exc_msg: ").append(e.excMsg() == null ? "None" : "Some(" + RustLiterals.string(e.excMsg()) + ")")
                        .append(",\n");
                sb.append("                lineno: ").append(e.lineno()).append(",\n");
                sb.append("                options: ").append(flags(e)).append(",\n");
                sb.append("            },\n");
            }
            sb.append("        ],\n");
            sb.append("        body: ").append(t.function() == null ? "None" : "Some(" + ModuleScope.ident(t.function()) + ")").append(",\n");
            sb.append("        own_exceptions: &[").append(own).append("],\n");
            sb.append("    },\n");
        }
        sb.append("];\n");
        sb.append("\n/// Each docstring's failed and tried examples, one line each (`name failed tried`), for --verify.\n");
        sb.append("pub fn portalis_doctest_counts() -> String {\n");
        if (init) {
            sb.append("    if let Err(error) = init_module() {\n");
            sb.append("        py::die(&error);\n");
            sb.append("    }\n");
        }
        List<String> summaryArgs = List.of(NAME, RustLiterals.string(module), RustLiterals.string(sourcePath));
        String summary = "    doctest::summary(" + String.join(", ", summaryArgs) + ")";
        if (summary.length() <= 100) {
            sb.append(summary).append('\n');
        } else {
            sb.append("    doctest::summary(\n");
            summaryArgs.forEach(a -> sb.append("        ").append(a).append(",\n"));
            sb.append("    )\n");
        }
        sb.append("}\n");
        sb.append("\n/// One test per docstring: `cargo test` runs the examples.\n");
        sb.append("#[cfg(test)]\n");
        sb.append("mod portalis_doctests {\n");
        Set<String> used = new HashSet<>();
        for (int i = 0; i < tests.size(); i++) {
            String name = tests.get(i).site().name();
            String fn = "doctest_" + (name.isEmpty() ? "module" : name.replaceAll("[^A-Za-z0-9_]", "_"));
            while (!used.add(fn)) {
                fn = fn + "_" + i;
            }
            sb.append("    #[test]\n");
            sb.append("    fn ").append(fn).append("() {\n");
            if (init) {
                sb.append("        if super::init_module().is_err() {\n");
                sb.append("            panic!(\"importing the module raised an exception\");\n");
                sb.append("        }\n");
            }
            List<String> args = List.of("&super::" + NAME + "[" + i + "]", RustLiterals.string(module), RustLiterals.string(sourcePath));
            String oneLine = "        crate::doctest::check_docstring(" + String.join(", ", args) + ");";
            if (oneLine.length() <= 100) {
                sb.append(oneLine).append('\n');
            } else {
                // rustfmt's layout of a call too long for one line: one argument a line
                sb.append("        crate::doctest::check_docstring(\n");
                args.forEach(a -> sb.append("            ").append(a).append(",\n"));
                sb.append("        );\n");
            }
            sb.append("    }\n");
        }
        sb.append("}\n");
        return sb.toString();
    }

    private static String flags(DocstringParser.Example e) {
        StringBuilder sb = new StringBuilder();
        for (String f : List.of("SKIP", "ELLIPSIS", "NORMALIZE_WHITESPACE", "IGNORE_EXCEPTION_DETAIL",
                "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE")) {
            if (e.option(f)) {
                sb.append(sb.length() == 0 ? "" : " | ").append("doctest::").append(f);
            }
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }

    /** The dotted module name of a source path ({@code pkg/mod.py} → {@code pkg.mod}, {@code pkg/__init__.py} → {@code pkg}). */
    static String moduleName(String sourcePath) {
        String s = sourcePath.replace('\\', '/');
        s = s.endsWith(".py") ? s.substring(0, s.length() - 3) : s;
        if (s.endsWith("/__init__")) {
            s = s.substring(0, s.length() - "/__init__".length());
        }
        return s.replace('/', '.');
    }
}
