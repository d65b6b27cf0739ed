package io.portalis.accel.python.doctest;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.Severity;
import io.portalis.accel.python.ast.Alias;
import io.portalis.accel.python.ast.ConstantValue;
import io.portalis.accel.python.ast.Expr;
import io.portalis.accel.python.ast.ExprContext;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.ast.Node;
import io.portalis.accel.python.ast.Stmt;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A module's doctests as Python the translator reads like the module's own code. Each docstring
 * with examples becomes a function appended to the module's source,
 * {@code def __portalis_doctest_K() -> None:}, whose body runs the examples in order in one
 * namespace (the function's locals, as doctest runs a docstring's examples in one copy of the
 * module's globals): each example is announced ({@code __portalis_doctest._example(i)}), then run
 * inside {@code try: ... except BaseException as e: __portalis_doctest._raised(e)}, and each of its
 * expression statements outside a nested function or class goes through
 * {@code __portalis_doctest._display(...)}, which shows the value's repr as the interactive
 * interpreter does. The module's source is kept as is in front, so the check stage and the
 * translator see both; {@link #remap} moves a diagnostic in the appended part back to the
 * example's line in the docstring.
 *
 * <p>What CPython's doctest would refuse (a ValueError from its parser), an example that does
 * not parse, one CPython would not compile as one interactive statement, and forms the function
 * body cannot hold as doctest's namespace does are diagnostics at the example's line.
 */
public final class DoctestProgram {
    /** The prefix of the functions that run the examples, and the module alias the intrinsics go through. */
    public static final String FUNCTION_PREFIX = "__portalis_doctest_";
    public static final String MODULE_ALIAS = "__portalis_doctest";
    private static final String INDENT = "        ";
    private static final Set<String> REFUSED_OPTIONS = Set.of("REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
            "REPORT_ONLY_FIRST_FAILURE", "FAIL_FAST");

    /** One docstring's test: its site, its examples (skipped ones included), the function that runs them or null. */
    public record Test(DoctestSites.Site site, List<DocstringParser.Example> examples, String function) {
        public Test {
            examples = List.copyOf(examples);
        }
    }

    /** Where an example's text lies in the appended source, and where its lines are in the file. */
    record Anchor(int from, int to, int[] syntheticLineStarts, int[] fileOffsets) {}

    /**
     * The module's source with the doctest functions appended ({@code source} itself when there
     * are none), the offset where the appended part starts, the tests, and the problems found.
     */
    public record Plan(byte[] source, int syntheticFrom, List<Test> tests, List<Diagnostic> problems, List<Anchor> anchors,
            int fallback) {
        /** The same plan, failing with these diagnostics (moved into the file already). */
        public Plan failing(List<Diagnostic> more) {
            List<Diagnostic> all = new ArrayList<>(problems);
            all.addAll(more);
            return new Plan(source, syntheticFrom, tests, all, anchors, fallback);
        }

        /** Whether the module has examples to run. */
        public boolean hasTests() {
            return !tests.isEmpty();
        }

        /** A diagnostic of the augmented module, moved back into the file: into the example it points at. */
        public Diagnostic remap(Diagnostic d) {
            if (d.start() < syntheticFrom) {
                return d;
            }
            for (Anchor a : anchors) {
                if (d.start() >= a.from() && d.start() < a.to()) {
                    int line = 0;
                    while (line + 1 < a.syntheticLineStarts().length && a.syntheticLineStarts()[line + 1] <= d.start()) {
                        line++;
                    }
                    int at = a.fileOffsets()[line];
                    return new Diagnostic(d.severity(), d.code(), d.message() + " (in a doctest example)", at, at);
                }
            }
            return new Diagnostic(d.severity(), d.code(), d.message() + " (in a doctest example)", fallback, fallback);
        }

        /** Every diagnostic remapped. */
        public List<Diagnostic> remap(List<Diagnostic> ds) {
            return ds.stream().map(this::remap).toList();
        }
    }

    private DoctestProgram() {
    }

    /** The plan for a parsed module and its source bytes; imports in its examples are refused. */
    public static Plan build(byte[] source, Mod.Module module) {
        return build(source, module, name -> false);
    }

    /**
     * The plan for a parsed module and its source bytes; an example may import a module
     * {@code importable} accepts (it binds a name in the docstring's namespace, see
     * {@link DoctestNamespace#imports}).
     */
    public static Plan build(byte[] source, Mod.Module module, java.util.function.Predicate<String> importable) {
        if (!mentionsPrompt(source)) {
            // no ">>>" anywhere: no docstring has an example (the common case, without decoding the file)
            return new Plan(source, source.length, List.of(), List.of(), List.of(), 0);
        }
        String text = new String(source, StandardCharsets.UTF_8);
        String[] sourceLines = text.split("\n", -1);
        DoctestSites.LineIndex lines = new DoctestSites.LineIndex(source);
        List<DoctestSites.Site> sites = DoctestSites.find(module, sourceLines, lines);
        List<Test> tests = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        StringBuilder out = new StringBuilder(text);
        if (!text.endsWith("\n")) {
            out.append('\n');
        }
        out.append("\nimport doctest as ").append(MODULE_ALIAS).append('\n');
        int prefixBytes = bytes(out);
        int syntheticFrom = source.length;
        Set<String> moduleNames = moduleNames(module);
        Set<String> copyable = DoctestNamespace.copyable(module);
        Set<String> blockOnly = DoctestNamespace.blockOnly(module, moduleNames);
        // the examples' imports, as the module's own under aliases: each line with its example's offset in the file
        java.util.Map<String, Integer> moduleImports = new java.util.LinkedHashMap<>();
        int k = 0;
        for (DoctestSites.Site site : sites) {
            DocstringParser.Parsed parsed = DocstringParser.parse(site.text(), site.fullName("__main__"));
            int docLine = lines.line(site.docstring().start());
            if (parsed.problem() != null) {
                int at = lines.start(docLine + parsed.problem().lineno());
                problems.add(Diagnostic.error("E-UNSUPPORTED", "unsupported: a docstring doctest cannot parse ("
                        + parsed.problem().message() + ")", at, at));
                continue;
            }
            if (parsed.examples().isEmpty()) {
                continue;
            }
            StringBuilder fn = new StringBuilder();
            String name = FUNCTION_PREFIX + k;
            fn.append("\ndef ").append(name).append("() -> None:\n");
            // the module's variables the examples rebind: locals holding this docstring's copy (DoctestNamespace)
            List<DocstringParser.Example> runnable = new ArrayList<>();
            List<Mod.Module> parsedExamples = parsedExamples(parsed.examples(), runnable);
            java.util.Map<String, String> renamed = new java.util.LinkedHashMap<>();
            for (String r : DoctestNamespace.rebound(parsedExamples, copyable)) {
                renamed.put(r, DoctestNamespace.local(r));
                fn.append("    ").append(DoctestNamespace.local(r)).append(" = ").append(r).append('\n');
            }
            // imports in the examples: the module's own, under aliases (DoctestNamespace.imports)
            java.util.Map<String, Integer> importLines = new java.util.LinkedHashMap<>();
            DoctestNamespace.imports(parsedExamples, importable, renamed, importLines);
            // names the examples bind in their namespace although the module binds them too
            Set<String> ownLocals = new HashSet<>(renamed.keySet());
            ownLocals.addAll(DoctestNamespace.assignedFirst(parsedExamples, blockOnly));
            for (var line : importLines.entrySet()) {
                DocstringParser.Example ex = runnable.get(line.getValue());
                moduleImports.putIfAbsent(line.getKey(), codeOffset(lines, sourceLines, docLine + ex.lineno(), ex.indent()));
            }
            boolean runs = false;
            for (int i = 0; i < parsed.examples().size(); i++) {
                DocstringParser.Example ex = parsed.examples().get(i);
                int firstLine = docLine + ex.lineno();
                int codeAt = codeOffset(lines, sourceLines, firstLine, ex.indent());
                String refusedOption = ex.options().keySet().stream().filter(REFUSED_OPTIONS::contains).findFirst().orElse(null);
                if (refusedOption != null) {
                    problems.add(Diagnostic.error("E-UNSUPPORTED", "unsupported: doctest option " + refusedOption, codeAt, codeAt));
                    continue;
                }
                if (ex.option("SKIP")) {
                    continue;
                }
                String body = rewrite(ex, moduleNames, renamed, ownLocals, codeAt, problems);
                if (body == null) {
                    continue;
                }
                runs = true;
                int anchorFrom = prefixBytes + bytes(fn);
                fn.append("    ").append(MODULE_ALIAS).append("._example(").append(i).append(")\n");
                fn.append("    try:\n");
                String[] exLines = body.split("\n", -1);
                int n = exLines.length;
                if (n > 1 && exLines[n - 1].isEmpty()) {
                    n--;
                }
                int[] synStarts = new int[n];
                int[] fileOffsets = new int[n];
                for (int j = 0; j < n; j++) {
                    synStarts[j] = prefixBytes + bytes(fn);
                    fileOffsets[j] = codeOffset(lines, sourceLines, firstLine + j, ex.indent());
                    fn.append(INDENT).append(exLines[j]).append('\n');
                }
                fn.append("    except BaseException as __portalis_e:\n");
                fn.append("        ").append(MODULE_ALIAS).append("._raised(__portalis_e)\n");
                anchors.add(new Anchor(anchorFrom, prefixBytes + bytes(fn), synStarts, fileOffsets));
            }
            tests.add(new Test(site, parsed.examples(), runs ? name : null));
            if (runs) {
                out.append(fn);
                prefixBytes = bytes(out);
                k++;
            }
        }
        for (var imp : moduleImports.entrySet()) {
            int from = bytes(out);
            out.append(imp.getKey()).append('\n');
            anchors.add(new Anchor(from, bytes(out), new int[] {from}, new int[] {imp.getValue()}));
        }
        int fallback = sites.isEmpty() ? 0 : sites.get(0).docstring().start();
        if (tests.isEmpty() || !problems.isEmpty()) {
            return new Plan(source, syntheticFrom, tests, problems, anchors, fallback);
        }
        return new Plan(out.toString().getBytes(StandardCharsets.UTF_8), syntheticFrom, tests, problems, anchors, fallback);
    }

    /** The examples that parse, parsed (the others are refused where they are rewritten). */
    private static List<Mod.Module> parsedExamples(List<DocstringParser.Example> examples, List<DocstringParser.Example> runnable) {
        List<Mod.Module> out = new ArrayList<>();
        for (DocstringParser.Example ex : examples) {
            if (ex.option("SKIP")) {
                continue;
            }
            ParseResult p = PythonParser.parse(ex.source().getBytes(StandardCharsets.UTF_8));
            if (p.ok()) {
                out.add(p.module());
                runnable.add(ex);
            }
        }
        return out;
    }

    private static boolean mentionsPrompt(byte[] source) {
        for (int i = 0; i + 2 < source.length; i++) {
            if (source[i] == '>' && source[i + 1] == '>' && source[i + 2] == '>') {
                return true;
            }
        }
        return false;
    }

    private static int bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /** The file offset of an example line's code (after its prompt), or of the line's start when the line is not as expected. */
    private static int codeOffset(DoctestSites.LineIndex lines, String[] sourceLines, int line, int indent) {
        int start = lines.start(Math.min(line, lines.lines()));
        if (line - 1 < sourceLines.length) {
            String l = sourceLines[line - 1];
            if (l.length() >= indent + 4 && (l.startsWith(">>> ", indent) || l.startsWith("... ", indent))) {
                return start + l.substring(0, indent + 4).getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return start;
    }

    /**
     * The example's source with its displayed expression statements wrapped, or null (and a
     * problem) when it cannot run as part of the function body.
     */
    private static String rewrite(DocstringParser.Example ex, Set<String> moduleNames, java.util.Map<String, String> renamed,
            Set<String> ownLocals, int at,
            List<Diagnostic> problems) {
        byte[] src = ex.source().getBytes(StandardCharsets.UTF_8);
        ParseResult parsed = PythonParser.parse(src);
        if (!parsed.ok()) {
            String why = parsed.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::message)
                    .findFirst().orElse("it does not parse");
            problems.add(Diagnostic.error("E-SYNTAX", "doctest example does not compile: " + why, at, at));
            return null;
        }
        List<Stmt> body = parsed.module().body();
        if (body.isEmpty()) {
            return null;
        }
        if (body.size() > 1 && body.stream().anyMatch(s -> lineOf(src, s.start()) > 0)) {
            problems.add(Diagnostic.error("E-SYNTAX", "doctest example of more than one statement (CPython compiles an "
                    + "example as one interactive statement: multiple statements found while compiling a single statement)", at, at));
            return null;
        }
        String refusal = refusal(parsed.module(), src, moduleNames, ownLocals, false, false);
        if (refusal != null) {
            problems.add(Diagnostic.error("E-UNSUPPORTED", "unsupported: " + refusal + " in a doctest example", at, at));
            return null;
        }
        // edits from the end: a renamed name is replaced before the display call opens in front of it
        List<int[]> edits = new ArrayList<>();
        List<int[]> uses = new ArrayList<>();
        DoctestNamespace.uses(parsed.module(), renamed, uses);
        uses.forEach(u -> edits.add(new int[] {u[0], u[1], 0}));
        for (Stmt s : body) {
            if (DoctestNamespace.moved(s, renamed)) {
                // the import is the module's: here it does nothing (None, which the interpreter does not show)
                edits.add(new int[] {s.start(), s.end(), 3});
            }
        }
        List<int[]> displayed = new ArrayList<>();
        displayed(body, displayed);
        for (int[] d : displayed) {
            // parenthesized again: a tuple without parentheses stays one value
            edits.add(new int[] {d[0], d[0], 1});
            edits.add(new int[] {d[1], d[1], 2});
        }
        edits.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(b[1], a[1]));
        byte[] rewritten = src;
        for (int[] e : edits) {
            String text = e[2] == 1 ? MODULE_ALIAS + "._display((" : e[2] == 2 ? "))" : e[2] == 3 ? "None"
                    : renamed.get(new String(src, e[0], e[1] - e[0], StandardCharsets.UTF_8));
            byte[] put = text.getBytes(StandardCharsets.UTF_8);
            byte[] next = new byte[rewritten.length - (e[1] - e[0]) + put.length];
            System.arraycopy(rewritten, 0, next, 0, e[0]);
            System.arraycopy(put, 0, next, e[0], put.length);
            System.arraycopy(rewritten, e[1], next, e[0] + put.length, rewritten.length - e[1]);
            rewritten = next;
        }
        return new String(rewritten, StandardCharsets.UTF_8);
    }

    /** The expression statements the interactive interpreter shows: those outside a nested function or class. */
    private static void displayed(List<Stmt> body, List<int[]> out) {
        for (Stmt s : body) {
            if (s instanceof Stmt.Expr e) {
                out.add(new int[] {e.value().start(), e.value().end()});
            } else if (s instanceof Stmt.If i) {
                displayed(i.body(), out);
                displayed(i.orelse(), out);
            } else if (s instanceof Stmt.For f) {
                displayed(f.body(), out);
                displayed(f.orelse(), out);
            } else if (s instanceof Stmt.While w) {
                displayed(w.body(), out);
                displayed(w.orelse(), out);
            } else if (s instanceof Stmt.With w) {
                displayed(w.body(), out);
            } else if (s instanceof Stmt.Try t) {
                displayed(t.body(), out);
                t.handlers().forEach(h -> displayed(h.body(), out));
                displayed(t.orelse(), out);
                displayed(t.finalbody(), out);
            } else if (s instanceof Stmt.Match m) {
                m.cases().forEach(c -> displayed(c.body(), out));
            }
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
    }

    /** Why the example cannot run in the function body as doctest runs it, or null. */
    private static String refusal(Node node, byte[] src, Set<String> moduleNames, Set<String> ownLocals, boolean nested,
            boolean inFunction) {
        if (node instanceof Stmt.Global || node instanceof Stmt.Nonlocal) {
            return "a global or nonlocal statement";
        }
        if (node instanceof Stmt.Return && !inFunction) {
            return "'return' outside a function";
        }
        if ((node instanceof Expr.Yield || node instanceof Expr.YieldFrom || node instanceof Expr.Await) && !inFunction) {
            return "'yield' or 'await'";
        }
        if (node instanceof Expr.Constant c && (c.value() instanceof ConstantValue.Str || c.value() instanceof ConstantValue.Bytes)
                && lineOf(src, c.start()) != lineOf(src, Math.max(c.start(), c.end() - 1))) {
            return "a string literal over several lines";
        }
        if (node instanceof Expr.JoinedStr j && lineOf(src, j.start()) != lineOf(src, Math.max(j.start(), j.end() - 1))) {
            return "a string literal over several lines";
        }
        String bound = null;
        if (node instanceof Expr.Name n && n.ctx() == ExprContext.Store && (nested || ownLocals.contains(n.id()))) {
            bound = null; // a nested scope's own local, or the docstring's copy of the module's variable
        } else if (node instanceof Expr.Name n && n.ctx() != ExprContext.Load) {
            bound = n.id();
        } else if (node instanceof Stmt.FunctionDef f) {
            bound = f.name();
        } else if (node instanceof Stmt.ClassDef c) {
            bound = c.name();
        }
        if (bound != null && moduleNames.contains(bound)) {
            return "binding '" + bound + "', a name of the module (doctest binds it in a copy of the module's namespace)";
        }
        boolean inner = nested || node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                || node instanceof Stmt.ClassDef || node instanceof Expr.Lambda
                || node instanceof io.portalis.accel.python.ast.Comprehension;
        for (Node child : children(node)) {
            // a function (or lambda) defined by the example has its own return, yield and await
            String r = refusal(child, src, moduleNames, ownLocals, inner, inFunction || node instanceof Stmt.FunctionDef
                    || node instanceof Stmt.AsyncFunctionDef || node instanceof Expr.Lambda);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        for (RecordComponent rc : node.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (v instanceof Node n) {
                out.add(n);
            } else if (v instanceof List<?> l) {
                for (Object o : l) {
                    if (o instanceof Node n) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }

    private static int lineOf(byte[] src, int offset) {
        int n = 0;
        for (int i = 0; i < offset && i < src.length; i++) {
            if (src[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The names the module binds at its top level. */
    private static Set<String> moduleNames(Mod.Module module) {
        Set<String> names = new HashSet<>();
        for (Stmt s : module.body()) {
            if (s instanceof Stmt.FunctionDef f) {
                names.add(f.name());
            } else if (s instanceof Stmt.ClassDef c) {
                names.add(c.name());
            } else if (s instanceof Stmt.Assign a) {
                a.targets().forEach(t -> storedNames(t, names));
            } else if (s instanceof Stmt.AnnAssign a) {
                storedNames(a.target(), names);
            } else if (s instanceof Stmt.AugAssign a) {
                storedNames(a.target(), names);
            } else if (s instanceof Stmt.Import i) {
                for (Alias al : i.names()) {
                    names.add(al.asname() != null ? al.asname() : al.name().split("\\.")[0]);
                }
            } else if (s instanceof Stmt.ImportFrom i) {
                for (Alias al : i.names()) {
                    names.add(al.asname() != null ? al.asname() : al.name());
                }
            } else if (!(s instanceof Stmt.Expr)) {
                // names bound inside compound statements at the top level (the main block's too)
                for (Node c : children(s)) {
                    collectStores(c, names);
                }
            }
        }
        return names;
    }

    private static void collectStores(Node n, Set<String> names) {
        if (n instanceof Expr.Name name && name.ctx() != ExprContext.Load) {
            names.add(name.id());
        }
        if (n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef || n instanceof Expr.Lambda) {
            return;
        }
        for (Node c : children(n)) {
            collectStores(c, names);
        }
    }

    private static void storedNames(Expr target, Set<String> names) {
        collectStores(target, names);
    }
}
