package io.portalis.accel.python.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.SourceMap;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SyntaxErrors CPython's symbol table raises, against python3's own {@code compile}: for every
 * program of {@code src/test/resources/python/semantics-syntax/} (which our parser accepts), the
 * check stage's first diagnostic is an E-SYNTAX with CPython's message on CPython's line.
 */
class SymtableSyntaxErrorTest {
    private static final Path CORPUS = Path.of("src/test/resources/python/semantics-syntax");

    @Test
    void theCheckStageRefusesWhatCPythonsSymbolTableRefusesInItsWords() throws Exception {
        assumeTrue(Python3.is311(), "python3 3.11 is the oracle");
        List<Path> programs;
        try (Stream<Path> s = Files.list(CORPUS)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(programs.size() >= 15, "the corpus is there: " + programs.size());
        List<String> wrong = new ArrayList<>();
        for (Path program : programs) {
            String cpython = Python3.run("try:\n    compile(open('" + program.toAbsolutePath() + "', 'rb').read(), 'p', 'exec')\n"
                    + "    print('compiles')\nexcept SyntaxError as e:\n    print(e.lineno, e.msg)\n");
            byte[] src = Files.readAllBytes(program);
            ParseResult parsed = PythonParser.parse(CpuLexer.lex(src));
            assertTrue(parsed.ok(), program + " parses: " + parsed.diagnostics());
            List<Diagnostic> ds = NameChecker.check(parsed.module()).diagnostics();
            String ours = ds.isEmpty() ? "compiles"
                    : ds.get(0).code() + " " + new SourceMap(src).at(ds.get(0).start()).line() + " " + ds.get(0).message();
            if (!ours.equals("E-SYNTAX " + cpython)) {
                wrong.add(program.getFileName() + ": CPython " + cpython + ", ours " + ours);
            }
        }
        assertEquals(List.of(), wrong);
    }
}
