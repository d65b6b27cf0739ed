package io.portalis.accel.python.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.SourceMap;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Our scopes against CPython 3.11's {@code symtable} module, on every {@code .py} of the standard
 * library on this machine that CPython compiles: the same scope tree (kind, name, line, in
 * pre-order) and, in every scope, the same names with the same class (local, declared global,
 * implicit global, free, cell). One python3 process (tools/symtable_oracle.py) answers for the
 * whole corpus. The same run checks that no such file gets an E-NAME: the standard library reads
 * no name CPython would certainly not find.
 */
class SymtableDifferentialTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The E-NAME errors the standard library does get, each a read CPython indeed fails at when it
     * runs (most on purpose, in tests of NameError itself), keyed by file (relative to the stdlib
     * root) and name. Nothing else may be reported.
     */
    private static final Map<String, String> GENUINE = Map.ofEntries(
            Map.entry("distutils/tests/test_versionpredicate.py unittest",
                    "never imported; read under if __name__ == '__main__'"),
            Map.entry("idlelib/idle_test/test_rpc.py a", "a nested def, never called, returns a + b + c"),
            Map.entry("idlelib/idle_test/test_rpc.py b", "same"),
            Map.entry("idlelib/idle_test/test_rpc.py c", "same"),
            Map.entry("test/test_capi/test_eval_code_ex.py a", "the function's code is run with other globals"),
            Map.entry("test/test_keywordonlyarg.py b", "defaults read undefined names, expecting NameError"),
            Map.entry("test/test_keywordonlyarg.py c", "same"),
            Map.entry("test/test_keywordonlyarg.py d", "same"),
            Map.entry("test/test_raise.py xyzzy", "an __exit__ that raises NameError on purpose"),
            Map.entry("test/test_shutil.py x", "lambdas that are never called"),
            Map.entry("test/test_sqlite3/test_dbapi.py size", "reads a name defined nowhere"),
            Map.entry("test/test_ssl.py WindowsError", "a builtin on Windows only"),
            Map.entry("test/typinganndata/ann_module.py List", "annotation test data without the typing import"),
            Map.entry("test/typinganndata/ann_module3.py sfel", "annotation test data, undefined on purpose"),
            Map.entry("test/typinganndata/ann_module3.py no_such_name", "same"));

    /** One oracle process answering for the given files, in order. */
    private static final class Oracle implements AutoCloseable {
        private final Process process;
        private final BufferedReader answers;
        private final Thread feeder;

        Oracle(List<Path> files) throws IOException {
            process = new ProcessBuilder("python3", "tools/symtable_oracle.py")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            feeder = new Thread(() -> {
                try (Writer w = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                    for (Path f : files) {
                        w.write(f.toAbsolutePath().toString());
                        w.write('\n');
                    }
                } catch (IOException e) {
                    // the reader sees the missing answers
                }
            }, "symtable-oracle-feeder");
            feeder.start();
        }

        JsonNode next() throws IOException {
            String line = answers.readLine();
            if (line == null) {
                throw new IOException("the oracle stopped answering");
            }
            return JSON.readTree(line);
        }

        @Override
        public void close() throws InterruptedException {
            feeder.join(10_000);
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void scopesMatchCPythonsSymtableAndNoStandardLibraryFileGetsAnEName() throws Exception {
        assumeTrue(Python3.is311(), "python3 3.11 is the oracle");
        List<Path> files = Python3.stdlibFiles();
        Path stdlib = Python3.stdlib();
        int genuine = 0;
        assertTrue(files.size() > 1000, "the standard library is there: " + files.size() + " files");
        List<String> mismatches = new ArrayList<>();
        List<String> eNames = new ArrayList<>();
        int compared = 0;
        long scopes = 0;
        long symbols = 0;
        long bytes = 0;
        long checkNanos = 0;
        try (Oracle oracle = new Oracle(files)) {
            for (Path f : files) {
                byte[] src = Files.readAllBytes(f);
                JsonNode theirs = oracle.next();
                ParseResult parsed = PythonParser.parse(CpuLexer.lex(src));
                if (!theirs.get("ok").asBoolean() || !parsed.ok()) {
                    continue;
                }
                long t0 = System.nanoTime();
                NameResolution ours = NameChecker.check(parsed.module());
                checkNanos += System.nanoTime() - t0;
                bytes += src.length;
                compared++;
                SourceMap map = new SourceMap(src);
                List<String> ourTables = new ArrayList<>();
                tables(ours.module(), map, src, ourTables);
                List<String> theirTables = new ArrayList<>();
                for (JsonNode t : theirs.get("tables")) {
                    theirTables.add(describe(t));
                }
                scopes += ourTables.size();
                for (String t : ourTables) {
                    symbols += t.chars().filter(c -> c == '=').count();
                }
                String diff = firstDifference(theirTables, ourTables);
                if (diff != null) {
                    mismatches.add(f + ": " + diff);
                }
                String rel = stdlib.relativize(f).toString().replace('\\', '/');
                for (Diagnostic d : ours.diagnostics()) {
                    String name = new String(src, d.start(), d.end() - d.start(), StandardCharsets.UTF_8);
                    if (GENUINE.containsKey(rel + " " + name)) {
                        genuine++;
                        continue;
                    }
                    SourceMap.LineCol at = map.at(d.start());
                    eNames.add(rel + ":" + at.line() + ":" + at.column() + ": " + d.code() + " " + d.message());
                }
            }
        }
        System.err.printf(Locale.ROOT, "symtable differential: %d files compared, %.1f MB, %d scopes, %d symbols, "
                + "%d mismatching files, %d genuine E-NAME, %d others; name check %.1f ms in all, %.1f ms/MB%n", compared,
                bytes / 1e6, scopes, symbols, mismatches.size(), genuine, eNames.size(), checkNanos / 1e6, checkNanos / 1e6 / (bytes / 1e6));
        mismatches.stream().limit(30).forEach(System.err::println);
        eNames.stream().limit(60).forEach(System.err::println);
        assertEquals(List.of(), mismatches.stream().limit(30).toList(), mismatches.size() + " files differ");
        assertEquals(List.of(), eNames.stream().limit(60).toList(), eNames.size() + " E-NAME on the standard library");
    }

    private static final String[] SCOPE = {"?", "local", "global_explicit", "global_implicit", "free", "cell"};

    private static String describe(JsonNode t) {
        Map<String, String> syms = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = t.get(3).fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            syms.put(e.getKey(), SCOPE[e.getValue().asInt()]);
        }
        return t.get(0).asText() + " " + t.get(1).asText() + " line " + t.get(2).asInt() + " " + syms;
    }

    private static void tables(Scope s, SourceMap map, byte[] src, List<String> out) {
        String type = switch (s.kind()) {
            case MODULE -> "module";
            case CLASS -> "class";
            default -> "function";
        };
        int line = s.kind() == ScopeKind.MODULE ? 0 : map.at(keywordStart(s.node(), src)).line();
        Map<String, String> syms = new TreeMap<>();
        for (Symbol sym : s.symbols()) {
            syms.put(sym.name(), sym.binding().name().toLowerCase(Locale.ROOT));
        }
        out.add(type + " " + s.name() + " line " + line + " " + syms);
        for (Scope c : s.children()) {
            tables(c, map, src, out);
        }
    }

    /** CPython's line of a def or class is the keyword's, after the decorators. */
    private static int keywordStart(io.portalis.accel.python.ast.Node n, byte[] src) {
        List<io.portalis.accel.python.ast.Expr> decorators = n instanceof io.portalis.accel.python.ast.Stmt.FunctionDef f
                ? f.decorator_list() : n instanceof io.portalis.accel.python.ast.Stmt.AsyncFunctionDef f
                ? f.decorator_list() : n instanceof io.portalis.accel.python.ast.Stmt.ClassDef c ? c.decorator_list() : List.of();
        if (decorators.isEmpty()) {
            return n.start();
        }
        for (int i = decorators.get(decorators.size() - 1).end(); i + 5 < src.length; i++) {
            if ((src[i] == 'd' && src[i + 1] == 'e' && src[i + 2] == 'f' && src[i + 3] <= ' ')
                    || (src[i] == 'c' && src[i + 1] == 'l' && src[i + 2] == 'a' && src[i + 3] == 's' && src[i + 4] == 's')
                    || (src[i] == 'a' && src[i + 1] == 's' && src[i + 2] == 'y' && src[i + 3] == 'n' && src[i + 4] == 'c')) {
                return i;
            }
        }
        return n.start();
    }

    private static String firstDifference(List<String> theirs, List<String> ours) {
        for (int i = 0; i < Math.max(theirs.size(), ours.size()); i++) {
            String a = i < theirs.size() ? theirs.get(i) : "(none)";
            String b = i < ours.size() ? ours.get(i) : "(none)";
            if (!a.equals(b)) {
                return "table " + i + "\n  cpython: " + a + "\n  ours:    " + b;
            }
        }
        return null;
    }
}
