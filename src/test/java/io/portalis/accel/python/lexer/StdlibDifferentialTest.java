package io.portalis.accel.python.lexer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CPU lexer against CPython 3.11's tokenize over every .py file of the standard library
 * (one python3 process for the whole corpus): identical kinds and byte spans wherever tokenize
 * accepts the file, a diagnostic wherever it rejects it, and the token invariants everywhere.
 */
class StdlibDifferentialTest {

    @Test
    void tokenStreamsMatchTokenizeOverTheStdlib() throws Exception {
        Path stdlib = PythonOracle.stdlib();
        assumeTrue(stdlib != null, "python3 3.11 is not available: no oracle");
        List<Path> files = PythonOracle.stdlibFiles(stdlib);
        assumeTrue(files.size() > 500, "the stdlib at " + stdlib + " looks incomplete");
        List<String> failures = new ArrayList<>();
        int[] compared = new int[3];
        PythonOracle.tokenize(files, f -> {
            byte[] src = Files.readAllBytes(f.path());
            LexResult r = CpuLexer.lex(src);
            TokenInvariants.check(f.path().toString(), r);
            if (f.ok()) {
                compared[0]++;
                String diff = firstDifference(f.tokens(), r);
                if (diff != null) {
                    failures.add(f.path() + ": " + diff);
                } else if (!r.diagnostics().isEmpty() && !unsupportedEncoding(r)) {
                    failures.add(f.path() + ": tokenize accepts it but we report " + r.diagnostics().get(0));
                }
            } else if (f.status().startsWith("regex-limit")) {
                // tokenize.py's \w+ misses some identifier characters CPython's compiler accepts
                compared[1]++;
                if (!r.ok()) {
                    failures.add(f.path() + ": valid identifiers rejected: " + r.diagnostics().get(0));
                }
            } else {
                compared[2]++;
                if (r.ok()) {
                    failures.add(f.path() + ": tokenize rejects it (" + f.status() + ") but we report nothing");
                }
            }
        });
        System.err.printf("stdlib lexer differential: %d files compared, %d tokenize-limit, %d rejected%n",
                compared[0], compared[1], compared[2]);
        assertTrue(compared[0] > 500, "too few files compared");
        assertTrue(failures.isEmpty(), failures.size() + " files differ, e.g.:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    /** Files declaring an encoding we do not read (e.g. koi8-r) are rejected on purpose. */
    private static boolean unsupportedEncoding(LexResult r) {
        return r.diagnostics().stream().allMatch(d -> d.code().equals(SourceText.CODE))
                && r.diagnostics().stream().anyMatch(d -> d.message().contains("is not supported"));
    }

    static String firstDifference(List<String> expected, LexResult r) {
        List<Token> actual = r.tokens();
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            String want = i < expected.size() ? expected.get(i) : "<none>";
            String got = i < actual.size() ? render(actual.get(i)) : "<none>";
            if (!want.equals(got)) {
                return "token " + i + ": tokenize " + want + " vs ours " + got + " near "
                        + context(r.source(), i < actual.size() ? actual.get(i).start() : r.source().length);
            }
        }
        return null;
    }

    static String render(Token t) {
        return t.kind() + " " + t.start() + " " + t.end();
    }

    private static String context(byte[] src, int at) {
        int from = Math.max(0, at - 30);
        int to = Math.min(src.length, at + 30);
        return "«" + new String(src, from, to - from, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\n", "\\n").replace("\r", "\\r") + "»";
    }
}
