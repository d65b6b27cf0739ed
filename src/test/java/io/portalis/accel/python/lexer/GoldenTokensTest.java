package io.portalis.accel.python.lexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden pairs in {@code src/test/resources/lexer-golden}: {@code NAME.py} and {@code NAME.tokens},
 * the expected {@link TokenDump} (tokens, then diagnostics). They cover what CPython's tokenize
 * cannot judge: errors and their messages, CPython's limits, lone CR line ends, encodings.
 * Run with {@code -Dgolden.update=true} to rewrite the expectations (then review the diff).
 */
class GoldenTokensTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Path dir() throws Exception {
        Path classes = Path.of(GoldenTokensTest.class.getResource("/lexer-golden").toURI());
        Path source = Path.of("src/test/resources/lexer-golden");
        return Files.isDirectory(source) ? source : classes;
    }

    static List<Path> inputs() throws Exception {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    @Test
    void everyInputHasItsPairAndEveryPairItsInput() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir())) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".py") && !Files.exists(sibling(p, ".tokens")) && !UPDATE) {
                    problems.add(name + " has no .tokens");
                } else if (name.endsWith(".tokens") && !Files.exists(sibling(p, ".py"))) {
                    problems.add(name + " has no .py");
                }
            }
        }
        assertTrue(inputs().size() >= 30, "golden inputs missing");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Path sibling(Path p, String ext) {
        String name = p.getFileName().toString();
        return p.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ext);
    }

    @TestFactory
    Stream<DynamicTest> goldenTokenStreams() throws Exception {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            LexResult r = CpuLexer.lex(Files.readAllBytes(input));
            TokenInvariants.check(input.toString(), r);
            String actual = TokenDump.render(r);
            Path expectedFile = sibling(input, ".tokens");
            if (UPDATE) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual, input.toString());
        }));
    }
}
