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
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * E-NAME against CPython on the programs of {@code src/test/resources/python/semantics/}: each
 * program is run with python3, and our E-NAME lines must be exactly the line where it dies of
 * NameError or UnboundLocalError (the innermost frame of the traceback), plus the lines marked
 * {@code # E-NAME} (reads a static rule settles: a name bound nowhere, in a function that is never
 * called), minus the lines marked {@code # missed: why} (CPython fails there; the checker does not
 * claim it, which is allowed, never the other way round). A program that runs to the end must get
 * no E-NAME at all.
 */
class NameErrorDifferentialTest {
    private static final Path CORPUS = Path.of("src/test/resources/python/semantics");
    private static final Pattern FRAME = Pattern.compile("^  File \"([^\"]*)\", line (\\d+)", Pattern.MULTILINE);

    @Test
    void eNameIsReportedExactlyWhereCPythonFailsToFindAName() throws Exception {
        assumeTrue(Python3.is311(), "python3 3.11 is the oracle");
        List<Path> programs;
        try (Stream<Path> s = Files.list(CORPUS)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(programs.size() >= 50, "the corpus is there: " + programs.size());
        List<String> wrong = new ArrayList<>();
        int failing = 0;
        for (Path program : programs) {
            byte[] src = Files.readAllBytes(program);
            String[] lines = new String(src, StandardCharsets.UTF_8).split("\n", -1);
            TreeSet<Integer> expected = new TreeSet<>();
            TreeSet<Integer> missed = new TreeSet<>();
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains("# E-NAME")) {
                    expected.add(i + 1);
                }
                if (lines[i].contains("# missed:")) {
                    missed.add(i + 1);
                }
            }
            Integer raisedAt = nameErrorLine(program);
            if (raisedAt != null) {
                failing++;
                if (!missed.remove(raisedAt)) {
                    expected.add(raisedAt);
                }
            }
            if (!missed.isEmpty()) {
                wrong.add(program.getFileName() + ": marked missed at " + missed + " but CPython fails at "
                        + raisedAt);
            }
            ParseResult parsed = PythonParser.parse(CpuLexer.lex(src));
            assertTrue(parsed.ok(), program + " parses: " + parsed.diagnostics());
            NameResolution names = NameChecker.check(parsed.module());
            SourceMap map = new SourceMap(src);
            TreeSet<Integer> ours = new TreeSet<>();
            for (Diagnostic d : names.diagnostics()) {
                assertEquals("E-NAME", d.code());
                ours.add(map.at(d.start()).line());
            }
            if (!ours.equals(expected)) {
                wrong.add(program.getFileName() + ": CPython says " + expected + ", we say " + ours + " "
                        + names.diagnostics().stream().map(Diagnostic::message).toList());
            }
        }
        System.err.printf("name-error differential: %d programs, %d die of NameError/UnboundLocalError%n",
                programs.size(), failing);
        assertTrue(failing >= 20, "the corpus has failing programs: " + failing);
        assertEquals(List.of(), wrong);
    }

    /** The line (in the program itself) where python3 raises NameError or UnboundLocalError, or null. */
    private static Integer nameErrorLine(Path program) throws Exception {
        Process p = new ProcessBuilder("python3", program.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), program + " ends");
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        if (!last.startsWith("NameError:") && !last.startsWith("UnboundLocalError:")) {
            return null;
        }
        Integer line = null;
        Matcher m = FRAME.matcher(out);
        while (m.find()) {
            if (Path.of(m.group(1)).equals(program.toAbsolutePath())) {
                line = Integer.parseInt(m.group(2));
            }
        }
        return line;
    }
}
