package io.portalis.accel.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.Severity;
import io.portalis.accel.diagnostic.SourceMap;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.semantics.NameChecker;
import io.portalis.accel.python.semantics.NameResolution;
import io.portalis.accel.python.parser.PythonParser;
import io.portalis.accel.python.semantics.PrivateNames;
import java.io.IOException;
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
 * Golden pairs: each {@code golden/rust/NAME.py} translates to exactly {@code NAME.rs} (the
 * prelude items it embeds shown as one marker naming them), and each {@code golden/rust-unsupported/NAME.py}
 * fails with exactly the diagnostics in {@code NAME.txt}. Run with {@code -Dgolden.update=true}
 * to rewrite the expected files after an intended change, then review the diff.
 */
class RustGoldenTest {
    private static final Path PAIRS = Path.of("src/test/resources/golden/rust");
    private static final Path REFUSALS = Path.of("src/test/resources/golden/rust-unsupported");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /**
     * The output with its prelude part shown as one marker that names what was kept (the names the
     * kept definitions, traits and macros define), so a golden shows which runtime support each
     * program pulls in without repeating its code.
     */
    static String withPreludeMarker(String rust) {
        PreludeShaker.Shaken prelude = PreludeShaker.standard().shake(rust, List.of("Format", "Show"));
        assertTrue(rust.contains(prelude.text()), "the output embeds the prelude items it uses");
        StringBuilder marker = new StringBuilder("// [prelude:");
        int width = marker.length();
        for (int i = 0; i < prelude.names().size(); i++) {
            String word = " " + prelude.names().get(i) + (i + 1 < prelude.names().size() ? "," : "]");
            if (width + word.length() > RustPrinter.MAX_WIDTH) {
                marker.append("\n//");
                width = 2;
            }
            marker.append(word);
            width += word.length();
        }
        if (prelude.names().isEmpty()) {
            marker.append(']');
        }
        return rust.replace(prelude.text(), marker.append('\n').toString());
    }

    static Translation translate(Path py, String shownPath) throws IOException {
        byte[] source = Files.readAllBytes(py);
        ParseResult parsed = PythonParser.parse(source).withModule(PrivateNames::mangle);
        assertNotNull(parsed.module(), () -> py + " does not parse: " + parsed.diagnostics());
        // as the pipeline does: a file the check stage refuses is never lowered
        NameResolution names = NameChecker.check(parsed.module());
        if (!names.diagnostics().isEmpty()) {
            return new Translation(null, names.diagnostics());
        }
        return RustTranslator.translate(parsed.module(), names, source, shownPath);
    }

    private static List<Path> inputs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    private static Path sibling(Path py, String ext) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - 3) + ext);
    }

    @Test
    void everyInputHasItsPair() throws IOException {
        for (Path[] dirExt : new Path[][] {{PAIRS, Path.of(".rs")}, {REFUSALS, Path.of(".txt")}}) {
            Path dir = dirExt[0];
            String ext = dirExt[1].toString();
            List<Path> pys = inputs(dir);
            assertFalse(pys.isEmpty(), "no golden inputs in " + dir);
            for (Path py : pys) {
                assertTrue(Files.exists(sibling(py, ext)), py + " has no " + ext + " pair");
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path other : s.filter(p -> p.toString().endsWith(ext)).toList()) {
                    String name = other.getFileName().toString();
                    Path py = other.resolveSibling(name.substring(0, name.length() - ext.length()) + ".py");
                    assertTrue(Files.exists(py), other + " has no .py input");
                }
            }
        }
    }

    private static Translation translateText(String source) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        ParseResult parsed = PythonParser.parse(bytes).withModule(PrivateNames::mangle);
        assertNotNull(parsed.module(), () -> "does not parse: " + parsed.diagnostics());
        return RustTranslator.translate(parsed.module(), bytes, "t.py");
    }

    @Test
    void aProgramShowingTheOrderOfASetOfStrIsWarnedAboutAtThatStatement() {
        String source = "words = {\"b\", \"a\"}\nprint(len(words))\nfor w in words:\n    print(w)\n";
        Translation t = translateText(source);
        assertNotNull(t.rust());
        assertEquals(1, t.diagnostics().size(), () -> "diagnostics: " + t.diagnostics());
        Diagnostic d = t.diagnostics().get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("W-HASH-ORDER", d.code());
        assertEquals(source.indexOf("for w"), d.start());
        assertTrue(d.message().contains("PYTHONHASHSEED=0"), d.message());
    }

    @Test
    void orderFreeUsesOfStrSetsAndPrintedIntSetsAreNotWarnedAbout() {
        Translation t = translateText("words = {\"b\", \"a\"}\nprint(len(words), sorted(words), \"a\" in words)\n"
                + "print({3, 1}, [x for x in {(1, 2.5)}])\n");
        assertNotNull(t.rust());
        assertTrue(t.diagnostics().isEmpty(), () -> "diagnostics: " + t.diagnostics());
    }

    @TestFactory
    List<DynamicTest> translationsMatchTheirGoldenRust() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path py : inputs(PAIRS)) {
            tests.add(DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
                Translation t = translate(py, py.getFileName().toString());
                assertTrue(t.diagnostics().stream().allMatch(d -> d.severity() == Severity.WARNING),
                        () -> "diagnostics: " + t.diagnostics());
                assertNotNull(t.rust());
                String shown = withPreludeMarker(t.rust());
                Path expected = sibling(py, ".rs");
                if (UPDATE) {
                    Files.writeString(expected, shown);
                }
                assertEquals(Files.readString(expected), shown);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> unsupportedConstructsAreDiagnosedAtTheirPosition() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path py : inputs(REFUSALS)) {
            tests.add(DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
                String name = py.getFileName().toString();
                Translation t = translate(py, name);
                assertNull(t.rust(), "no program for a file outside the subset");
                assertFalse(t.diagnostics().isEmpty());
                SourceMap map = new SourceMap(Files.readAllBytes(py));
                StringBuilder sb = new StringBuilder();
                for (Diagnostic d : t.diagnostics()) {
                    sb.append('[').append(d.code()).append("] ").append(map.render(name, d)).append('\n');
                }
                Path expected = sibling(py, ".txt");
                if (UPDATE) {
                    Files.writeString(expected, sb.toString());
                }
                assertEquals(Files.readString(expected), sb.toString());
            }));
        }
        return tests;
    }
}
