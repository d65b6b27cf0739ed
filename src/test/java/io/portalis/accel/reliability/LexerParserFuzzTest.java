package io.portalis.accel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.diagnostic.Severity;
import io.portalis.accel.opencl.OpenClDevice;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.opencl.OpenClTestSupport;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, fuzzing: a seeded mutator over standard-library files (the examples when there is no
 * python3 3.11). Lexer and parser give diagnostics for every mutant, never an exception; each input
 * finishes within a generous deadline (a hang detector, not a speed check); where an OpenCL device
 * exists, its lexer gives exactly the CPU lexer's tokens and diagnostics for every mutant.
 */
class LexerParserFuzzTest {
    private static final long SEED = 0x6_2026L;
    private static final int BASE_FILES = 60;
    private static final int MUTANTS_PER_FILE = 5;
    private static final int MAX_BASE_BYTES = 24 * 1024;
    private static final long DEADLINE_SECONDS = 20;

    private static final byte[][] FRAGMENTS = {
        b("("), b(")"), b("["), b("}"), b("\"\"\""), b("'''"), b("'"), b("\""), b("\\"), b("\\\n"), b("\t"), b("\r"),
        b("\r\n"), b("\0"), {(byte) 0xFF}, {(byte) 0xC3}, b("é"), b("f'{"), b("f\"{x!r:>{w}}\""), b("}"), b("    "),
        b("\n"), b("\n\n    "), b("#"), b("lambda"), b(":"), b("if x:\n"), b("0x"), b("1e"), b("1_000_"), b("0o8"),
        b("@"), b("->"), b(":="), b("**"), b("async "), b("match x:\n case"), b("yield"), b("*"), b(","), b(";"),
        b("rb'\\x"), b("# -*- coding: latin-1 -*-\n"), b("\u00a0"), b("\ufeff"), b("$"), b("?"), b("`"),
    };

    private static ExecutorService worker;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void startWorker() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-worker", 64L << 20);
            t.setDaemon(true); // a hung input must not keep the test JVM alive
            return t;
        });
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    /** The base corpus: a seeded sample of stdlib files (or the examples), each cut to a bounded size. */
    static List<byte[]> corpus() throws IOException, InterruptedException {
        List<Path> files = new ArrayList<>();
        Path root = stdlib();
        if (root == null) {
            root = Path.of("examples");
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !p.toString().contains("site-packages"))
                    .sorted()
                    .forEach(files::add);
        }
        Random random = new Random(SEED);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < BASE_FILES && !files.isEmpty(); i++) {
            byte[] bytes = Files.readAllBytes(files.get(random.nextInt(files.size())));
            out.add(Arrays.copyOf(bytes, Math.min(bytes.length, MAX_BASE_BYTES)));
        }
        return out;
    }

    private static Path stdlib() throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("python3", "-c",
                    "import sys,sysconfig;print(sysconfig.get_paths()['stdlib'] if sys.version_info[:2]==(3,11) else '')")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty() ? Path.of(out) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** One seeded mutation of {@code base}: flips, deletions, duplications, insertions, cuts, splices. */
    static byte[] mutate(byte[] base, byte[] other, Random r) {
        byte[] cur = base;
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int n = cur.length;
            int at = n == 0 ? 0 : r.nextInt(n + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(n + 64);
            switch (r.nextInt(6)) {
                case 0 -> { // flip bytes
                    cur = cur.clone();
                    for (int k = 0; k < 1 + r.nextInt(8) && n > 0; k++) {
                        cur[r.nextInt(n)] = (byte) r.nextInt(256);
                    }
                    continue;
                }
                case 1 -> { // delete a range
                    int len = Math.min(n - at, r.nextInt(200));
                    out.write(cur, 0, at);
                    out.write(cur, at + len, n - at - len);
                }
                case 2 -> { // duplicate a range
                    int len = Math.min(n - at, r.nextInt(400));
                    out.write(cur, 0, at + len);
                    out.write(cur, at, n - at);
                }
                case 3 -> { // insert tricky fragments
                    out.write(cur, 0, at);
                    for (int k = 0; k < 1 + r.nextInt(3); k++) {
                        out.writeBytes(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
                    }
                    out.write(cur, at, n - at);
                }
                case 4 -> out.write(cur, 0, at); // cut the file short
                default -> { // splice another file in
                    int from = other.length == 0 ? 0 : r.nextInt(other.length);
                    out.write(cur, 0, at);
                    out.write(other, from, Math.min(other.length - from, 1 + r.nextInt(2000)));
                    out.write(cur, at, n - at);
                }
            }
            cur = out.toByteArray();
        }
        return cur;
    }

    static List<byte[]> mutants() throws IOException, InterruptedException {
        List<byte[]> base = corpus();
        assertFalse(base.isEmpty(), "no corpus");
        Random r = new Random(SEED);
        List<byte[]> out = new ArrayList<>();
        for (byte[] b : base) {
            for (int k = 0; k < MUTANTS_PER_FILE; k++) {
                out.add(mutate(b, base.get(r.nextInt(base.size())), r));
            }
        }
        return out;
    }

    private record Outcome(LexResult lexed, ParseResult parsed) {}

    @Test
    void mutantsGiveDiagnosticsNeverExceptionsAndFinish() throws Exception {
        List<byte[]> inputs = mutants();
        int withErrors = 0;
        for (int i = 0; i < inputs.size(); i++) {
            byte[] input = inputs.get(i);
            Future<Outcome> f = worker.submit(() -> {
                LexResult lexed = CpuLexer.lex(input);
                return new Outcome(lexed, PythonParser.parse(lexed));
            });
            Outcome o;
            try {
                o = f.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                fail("mutant " + i + " (seed " + SEED + ") did not finish within " + DEADLINE_SECONDS + " s");
                return;
            } catch (ExecutionException e) {
                throw new AssertionError("mutant " + i + " (seed " + SEED + ") threw " + e.getCause(), e.getCause());
            }
            assertNotNull(o.parsed(), "mutant " + i);
            List<Diagnostic> all = new ArrayList<>(o.lexed().diagnostics());
            all.addAll(o.parsed().diagnostics());
            for (Diagnostic d : all) {
                assertTrue(d.start() >= 0 && d.start() <= d.end() && d.end() <= input.length,
                        "mutant " + i + ": diagnostic outside the file: " + d);
            }
            boolean errors = all.stream().anyMatch(d -> d.severity() == Severity.ERROR);
            if (o.parsed().module() == null) {
                assertTrue(errors, "mutant " + i + ": no module but no error diagnostic");
            }
            if (errors) {
                withErrors++;
            }
        }
        assertTrue(withErrors > inputs.size() / 4, "the mutator barely breaks anything: " + withErrors);
    }

    @Test
    void theOpenClLexerAgreesWithTheCpuLexerOnEveryMutant() throws Exception {
        OpenClDevice device = OpenClTestSupport.deviceOrSkip();
        List<byte[]> inputs = mutants();
        List<LexResult> gpu;
        try (OpenClLexer lexer = OpenClLexer.open(device, OpenClLexer.Settings.defaults())) {
            gpu = lexer.lex(inputs);
        }
        assertEquals(inputs.size(), gpu.size());
        for (int i = 0; i < inputs.size(); i++) {
            LexResult cpu = CpuLexer.lex(inputs.get(i));
            assertEquals(cpu.tokens(), gpu.get(i).tokens(), "tokens of mutant " + i);
            assertEquals(cpu.diagnostics(), gpu.get(i).diagnostics(), "diagnostics of mutant " + i);
        }
    }
}
