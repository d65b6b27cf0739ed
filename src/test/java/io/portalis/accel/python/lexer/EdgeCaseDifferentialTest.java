package io.portalis.accel.python.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hand-made edge cases ({@code src/test/resources/lexer/*.py}: empty and one-byte files, every
 * string prefix and number form, every operator, CRLF, tabs, form feeds, continuations, BOM,
 * coding declarations, non-ASCII names) lexed by the CPU lexer and by CPython's tokenize: the
 * streams must be identical and the lexer must report nothing.
 */
class EdgeCaseDifferentialTest {

    static List<Path> edgeCases() throws URISyntaxException, java.io.IOException {
        Path dir = Path.of(EdgeCaseDifferentialTest.class.getResource("/lexer").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    @Test
    void everyEdgeCaseMatchesTokenize() throws Exception {
        assumeTrue(PythonOracle.stdlib() != null, "python3 3.11 is not available: no oracle");
        List<Path> files = edgeCases();
        assertTrue(files.size() >= 40, "edge cases missing");
        List<String> failures = new ArrayList<>();
        int[] seen = {0};
        PythonOracle.tokenize(files, f -> {
            seen[0]++;
            LexResult r = CpuLexer.lex(Files.readAllBytes(f.path()));
            TokenInvariants.check(f.path().toString(), r);
            String name = f.path().getFileName().toString();
            if (!f.ok()) {
                failures.add(name + ": tokenize rejects it: " + f.status());
                return;
            }
            String diff = StdlibDifferentialTest.firstDifference(f.tokens(), r);
            if (diff != null) {
                failures.add(name + ": " + diff);
            }
            if (!r.diagnostics().isEmpty()) {
                failures.add(name + ": unexpected diagnostic " + r.diagnostics());
            }
        });
        assertEquals(files.size(), seen[0], "oracle answered for every file");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
