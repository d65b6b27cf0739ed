package io.portalis.accel.rust;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential check: every program in {@code src/test/resources/rust-diff} and every file in
 * {@code examples/} is translated, compiled with {@code rustc --edition 2021 -C opt-level=0},
 * run, and its stdout and exit status compared with {@code python3}'s (run with
 * {@code PYTHONHASHSEED=0}, the str hashes the prelude reproduces), each side in a fresh empty
 * working folder of its own; each generated file must
 * also pass {@code rustfmt --check}. Skipped, with a message, where rustc or python3 is absent.
 * Compiles run two at a time.
 */
class RustDifferentialTest {
    private static final long COMPILE_SECONDS = 180;
    private static final long RUN_SECONDS = 30;

    record Run(String stdout, String stderr, int exit) {}

    static boolean available(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Run run(long seconds, Path dir, String... command) throws IOException, InterruptedException {
        return run(seconds, dir, (Path) null, command);
    }

    /** Runs the command with stdin read from {@code stdin}, or empty when it is null. */
    static Run run(long seconds, Path dir, Path stdin, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.redirectInput(stdin != null ? stdin.toFile() : new File("/dev/null"));
        // str hashes, and so the order of a set of str, are CPython's under this seed only.
        pb.environment().put("PYTHONHASHSEED", "0");
        Path out = Files.createTempFile("diff-out", ".txt");
        Path err = Files.createTempFile("diff-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(Files.readString(out), "timed out after " + seconds + " s", -1);
        }
        Run r = new Run(new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                new String(Files.readAllBytes(err), StandardCharsets.UTF_8), p.exitValue());
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return r;
    }

    static List<Path> programs() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/rust-diff"), Path.of("examples"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void translatedProgramsPrintWhatPythonPrints(@TempDir Path work) throws Exception {
        boolean rustc = available("rustc");
        if (!rustc) {
            System.err.println("RustDifferentialTest: rustc not found on PATH; skipping the differential check");
        }
        assumeTrue(rustc, "rustc not found on PATH");
        assumeTrue(available("python3"), "python3 not found on PATH");
        boolean rustfmt = available("rustfmt");
        if (!rustfmt) {
            System.err.println("RustDifferentialTest: rustfmt not found on PATH; skipping the format check");
        }
        Path root = Path.of("").toAbsolutePath();
        List<Path> programs = programs();
        assertTrue(programs.size() >= 20, "the corpus and the examples: " + programs.size());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            Path py = programs.get(i);
            Path dir = Files.createDirectories(work.resolve("p" + i));
            results.add(pool.submit(() -> check(root, py, dir, rustfmt)));
        }
        pool.shutdown();
        List<String> failures = new ArrayList<>();
        for (Future<String> f : results) {
            String problem = f.get();
            if (problem != null) {
                failures.add(problem);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + programs.size() + " programs differ:\n"
                + String.join("\n", failures));
    }

    /** Null when the program behaves like Python's, else what differs. */
    private static String check(Path root, Path py, Path dir, boolean rustfmt) throws Exception {
        Translation t = RustGoldenTest.translate(py, py.toString());
        if (t.rust() == null) {
            return py + ": not translated: " + t.diagnostics();
        }
        Path rs = dir.resolve("main.rs");
        Files.writeString(rs, t.rust());
        if (rustfmt) {
            Run fmt = run(COMPILE_SECONDS, dir, "rustfmt", "--edition", "2021", "--check", rs.toString());
            if (fmt.exit() != 0) {
                return py + ": rustfmt --check differs:\n" + fmt.stdout() + fmt.stderr();
            }
        }
        Run compile = run(COMPILE_SECONDS, dir, "rustc", "--edition", "2021", "-C", "opt-level=0", "-o",
                dir.resolve("main").toString(), rs.toString());
        if (compile.exit() != 0) {
            return py + ": rustc failed:\n" + compile.stderr();
        }
        // A program's stdin is the file beside it named like it with .stdin (x.py reads x.stdin), else empty.
        Path input = py.resolveSibling(py.getFileName().toString().replaceAll("\\.py$", ".stdin"));
        Path stdin = Files.exists(input) ? input.toAbsolutePath() : null;
        // Each side runs in a fresh empty folder of its own, so a program may create and read
        // relative files without touching the repository or seeing the other side's files.
        Path pyCwd = Files.createDirectories(dir.resolve("python-cwd"));
        Path rsCwd = Files.createDirectories(dir.resolve("rust-cwd"));
        Run expected = run(RUN_SECONDS, pyCwd, stdin, "python3", root.resolve(py).toString());
        Run actual = run(RUN_SECONDS, rsCwd, stdin, dir.resolve("main").toString());
        if (!expected.stdout().equals(actual.stdout())) {
            return py + ": stdout differs\n--- python3\n" + expected.stdout() + "--- rust\n" + actual.stdout();
        }
        if (expected.exit() != actual.exit()) {
            return py + ": exit status " + actual.exit() + ", python3 gave " + expected.exit() + "; stderr: " + actual.stderr();
        }
        if (expected.exit() != 0) {
            String pyLast = lastLine(expected.stderr());
            String rsLast = lastLine(actual.stderr());
            if (!pyLast.equals(rsLast)) {
                return py + ": uncaught exception reads '" + rsLast + "', python3 printed '" + pyLast + "'";
            }
        }
        return null;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }
}
