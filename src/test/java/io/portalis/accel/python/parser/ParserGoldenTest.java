package io.portalis.accel.python.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.diagnostic.SourceMap;
import io.portalis.accel.python.ast.AstDump;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden pairs under {@code src/test/resources/golden/parser}: {@code NAME.py} with either
 * {@code NAME.ast} (what python3's {@code ast.dump(ast.parse(...))} printed, written by
 * tools/make_parser_goldens.py) or {@code NAME.err} (our rendered diagnostics, for inputs CPython
 * rejects too; ParserDifferentialTest checks that it does).
 */
class ParserGoldenTest {
    static final Path DIR = Path.of("src/test/resources/golden/parser");

    static List<Path> inputs() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    private static Path sibling(Path py, String ext) {
        String n = py.getFileName().toString();
        return py.resolveSibling(n.substring(0, n.length() - 3) + ext);
    }

    @Test
    void everyInputHasExactlyOnePairAndEveryPairHasItsInput() throws IOException {
        List<Path> inputs = inputs();
        assertTrue(inputs.size() >= 20, "the golden set is there");
        for (Path py : inputs) {
            boolean ast = Files.exists(sibling(py, ".ast"));
            boolean err = Files.exists(sibling(py, ".err"));
            assertTrue(ast ^ err, py + " needs exactly one of .ast / .err");
        }
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".ast") || n.endsWith(".err")) {
                    Path py = p.resolveSibling(n.substring(0, n.length() - 4) + ".py");
                    assertTrue(Files.exists(py), p + " has no input " + py);
                }
            }
        }
    }

    static String renderDiagnostics(String name, byte[] src, ParseResult r) {
        SourceMap map = new SourceMap(src);
        return r.diagnostics().stream().map(d -> map.render(name, d)).collect(Collectors.joining("\n")) + "\n";
    }

    @TestFactory
    List<DynamicTest> eachGoldenInput() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path py : inputs()) {
            tests.add(DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
                byte[] src = Files.readAllBytes(py);
                LexResult lexed = CpuLexer.lex(src);
                assertEquals(List.of(), AstInvariants.tokens(lexed), "token invariants");
                ParseResult r = PythonParser.parse(lexed);
                Path ast = sibling(py, ".ast");
                if (Files.exists(ast)) {
                    assertNotNull(r.module(), () -> "does not parse: " + r.diagnostics());
                    assertTrue(r.ok());
                    assertEquals(Files.readString(ast, StandardCharsets.UTF_8).stripTrailing(), AstDump.dump(r.module()));
                    assertEquals(List.of(), AstInvariants.spans(r.module(), src.length), "span invariants");
                } else {
                    assertNull(r.module(), "must not parse");
                    assertFalse(r.diagnostics().isEmpty());
                    assertEquals(Files.readString(sibling(py, ".err"), StandardCharsets.UTF_8),
                            renderDiagnostics(py.getFileName().toString(), src, r));
                }
            }));
        }
        return tests;
    }
}
