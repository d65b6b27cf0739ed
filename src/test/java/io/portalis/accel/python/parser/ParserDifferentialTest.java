package io.portalis.accel.python.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.accel.python.ast.AstDump;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The differential test against CPython 3.11: for every {@code .py} of the standard library on
 * this machine (site-packages excluded) our dump equals {@code ast.dump(ast.parse(bytes))} when
 * CPython accepts the file, and we report an error when it rejects it. Token and span invariants
 * are checked on every file. One JVM and one python3 process (tools/ast_oracle.py) serve the
 * whole corpus. The golden inputs get the same accept/reject check.
 */
class ParserDifferentialTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Files CPython reads that we do not, each with its reason (path relative to the stdlib root).
     * Empty: every file agrees. (Sources in koi8-r and cp1252 were exceptions until the lexer
     * learned to read every ASCII-compatible declared encoding.)
     */
    private static final Map<String, String> KNOWN = Map.of();

    private static String python(String code) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", code).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.waitFor() == 0 ? out : null;
    }

    private static boolean python311() {
        try {
            return "3.11".equals(python("import sys; print('%d.%d' % sys.version_info[:2])"));
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** One oracle process answering for the given files, in order. */
    private static final class Oracle implements AutoCloseable {
        private final Process process;
        private final BufferedReader answers;
        private final Thread feeder;

        Oracle(List<Path> files) throws IOException {
            process = new ProcessBuilder("python3", "tools/ast_oracle.py")
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
            }, "oracle-feeder");
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
    void everyStandardLibraryFileParsesExactlyAsCPythonDoes() throws Exception {
        assumeTrue(python311(), "python3 3.11 is the oracle");
        Path stdlib = Path.of(python("import sysconfig; print(sysconfig.get_paths()['stdlib'])"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(stdlib)) {
            files = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !stdlib.relativize(p).toString().startsWith("site-packages"))
                    .sorted().toList();
        }
        assertTrue(files.size() > 1000, "the standard library is there: " + files.size() + " files");
        List<String> mismatches = new ArrayList<>();
        int agreedOk = 0;
        int agreedRejected = 0;
        int known = 0;
        long bytes = 0;
        try (Oracle oracle = new Oracle(files)) {
            for (Path f : files) {
                String rel = stdlib.relativize(f).toString().replace('\\', '/');
                byte[] src = Files.readAllBytes(f);
                bytes += src.length;
                LexResult lexed = CpuLexer.lex(src);
                ParseResult ours = PythonParser.parse(lexed);
                JsonNode theirs = oracle.next();
                List<String> problems = new ArrayList<>(AstInvariants.tokens(lexed));
                if (ours.module() != null) {
                    problems.addAll(AstInvariants.spans(ours.module(), src.length));
                }
                if (!problems.isEmpty()) {
                    mismatches.add(rel + ": invariants broken: " + problems);
                    continue;
                }
                boolean cpythonOk = theirs.get("ok").asBoolean();
                if (cpythonOk && ours.ok()) {
                    String expected = theirs.get("dump").asText();
                    String actual = AstDump.dump(ours.module());
                    if (expected.equals(actual)) {
                        agreedOk++;
                    } else {
                        mismatches.add(rel + ": dump differs " + firstDifference(expected, actual));
                    }
                } else if (!cpythonOk && !ours.ok()) {
                    agreedRejected++;
                } else if (KNOWN.containsKey(rel)) {
                    known++;
                } else if (cpythonOk) {
                    mismatches.add(rel + ": CPython accepts, we report " + ours.diagnostics());
                } else {
                    mismatches.add(rel + ": CPython rejects (" + theirs.get("error").asText() + "), we accept");
                }
            }
        }
        System.err.printf("stdlib differential: %d files, %.1f MB: %d identical dumps, %d rejected by both, "
                + "%d known exceptions, %d mismatches%n", files.size(), bytes / 1e6, agreedOk, agreedRejected, known,
                mismatches.size());
        assertEquals(List.of(), mismatches);
    }

    @Test
    void cpythonAgreesWithEveryGoldenPairOnAcceptOrReject() throws Exception {
        assumeTrue(python311(), "python3 3.11 is the oracle");
        List<Path> inputs = ParserGoldenTest.inputs();
        List<String> disagreements = new ArrayList<>();
        try (Oracle oracle = new Oracle(inputs)) {
            for (Path py : inputs) {
                boolean cpythonOk = oracle.next().get("ok").asBoolean();
                String n = py.getFileName().toString();
                boolean weExpectOk = Files.exists(py.resolveSibling(n.substring(0, n.length() - 3) + ".ast"));
                if (cpythonOk != weExpectOk) {
                    disagreements.add(n + (cpythonOk ? " is accepted by CPython" : " is rejected by CPython"));
                }
            }
        }
        assertEquals(List.of(), disagreements);
    }

    private static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 80);
        return "at " + i + ":\n  expected ..." + expected.substring(from, Math.min(expected.length(), i + 80))
                + "\n  actual   ..." + actual.substring(from, Math.min(actual.length(), i + 80));
    }
}
