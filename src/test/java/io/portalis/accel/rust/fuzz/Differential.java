package io.portalis.accel.rust.fuzz;

import io.portalis.accel.diagnostic.Diagnostic;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import io.portalis.accel.rust.RustTranslator;
import io.portalis.accel.rust.Translation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One program through both sides: {@code PYTHONHASHSEED=0 python3}, and the project's own
 * parser and translator in process, {@code rustc --edition 2021 -C opt-level=0}, the binary. The
 * outcome says whether they agree, whether the translator refused (not a failure), or how they
 * differ.
 */
final class Differential {
    enum Kind {
        /** Same stdout and exit status (and the same last stderr line when both fail). */
        SAME,
        /** The translator refused the program with a diagnostic: allowed, counted. */
        REFUSED,
        /** Exit status equal, stdout (or the uncaught exception's line) different. */
        SILENT,
        /** The translated program exits differently from CPython. */
        LOUD,
        /** The translation does not compile. */
        RUSTC,
        /** The translator threw instead of returning a diagnostic. */
        INTERNAL,
        /** CPython itself rejects the program or runs too long: a defect of the generator. */
        INVALID;

        boolean failure() {
            return this == SILENT || this == LOUD || this == RUSTC || this == INTERNAL;
        }
    }

    /** What happened; {@code detail} is the refusal's code and message, rustc's first error, or a summary. */
    record Outcome(Kind kind, String detail, Run python, Run rust) {}

    record Run(String stdout, String stderr, int exit) {
        String lastErrLine() {
            String[] lines = stderr.strip().split("\n");
            return lines.length == 0 ? "" : lines[lines.length - 1];
        }
    }

    private static final long RUN_SECONDS = 20;
    private static final long COMPILE_SECONDS = 300;
    private static final List<String> GENERATOR_DEFECTS = List.of("SyntaxError", "TypeError", "NameError",
            "AttributeError", "UnboundLocalError", "IndentationError", "RecursionError", "OverflowError",
            "MemoryError");

    private final Path work;

    /** @param work a folder of its own for this checker's files (one checker per thread) */
    Differential(Path work) {
        this.work = work;
    }

    Outcome check(String source) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path py = work.resolve("prog.py");
        Files.writeString(py, source);
        Run python = run(RUN_SECONDS, "python3", py.toString());
        if (python.exit() == -1 || python.exit() != 0 && GENERATOR_DEFECTS.stream()
                .anyMatch(e -> python.lastErrLine().startsWith(e))) {
            return new Outcome(Kind.INVALID, "python3: " + python.lastErrLine(), python, null);
        }
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        Translation t;
        try {
            ParseResult parsed = PythonParser.parse(bytes);
            if (parsed.module() == null) {
                return new Outcome(Kind.REFUSED, "parse: " + first(parsed.diagnostics()), python, null);
            }
            t = RustTranslator.translate(parsed.module(), bytes, "prog.py");
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(Kind.INTERNAL, "translator threw " + e, python, null);
        }
        if (t.rust() == null) {
            return new Outcome(Kind.REFUSED, first(t.diagnostics()), python, null);
        }
        Path rs = work.resolve("prog.rs");
        Path bin = work.resolve("prog");
        Files.writeString(rs, t.rust());
        Files.deleteIfExists(bin);
        Run compile = run(COMPILE_SECONDS, "rustc", "--edition", "2021", "-C", "opt-level=0", "-o", bin.toString(),
                rs.toString());
        if (compile.exit() != 0) {
            return new Outcome(Kind.RUSTC, firstError(compile.stderr()), python, compile);
        }
        Run rust = run(RUN_SECONDS, bin.toString());
        if (rust.exit() != python.exit()) {
            return new Outcome(Kind.LOUD, "exit " + rust.exit() + " (python3 " + python.exit() + "): "
                    + rust.lastErrLine(), python, rust);
        }
        if (!rust.stdout().equals(python.stdout())) {
            return new Outcome(Kind.SILENT, firstDifference(python.stdout(), rust.stdout()), python, rust);
        }
        if (python.exit() != 0 && !python.lastErrLine().equals(rust.lastErrLine())) {
            return new Outcome(Kind.SILENT, "uncaught: '" + rust.lastErrLine() + "', python3 '"
                    + python.lastErrLine() + "'", python, rust);
        }
        return new Outcome(Kind.SAME, "", python, rust);
    }

    private static String first(List<Diagnostic> ds) {
        if (ds.isEmpty()) {
            return "(no diagnostic)";
        }
        Diagnostic d = ds.get(0);
        return d.code() + ": " + d.message();
    }

    static String firstError(String stderr) {
        for (String line : stderr.split("\n")) {
            if (line.startsWith("error")) {
                return line;
            }
        }
        return stderr.isBlank() ? "(no message)" : stderr.strip().split("\n")[0];
    }

    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "(end)";
            String al = i < a.length ? a[i] : "(end)";
            if (!el.equals(al)) {
                return "line " + (i + 1) + ": python3 '" + el + "', rust '" + al + "'";
            }
        }
        return "(equal)";
    }

    private Run run(long seconds, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().put("PYTHONHASHSEED", "0");
        Path out = work.resolve("stdout.txt");
        Path err = work.resolve("stderr.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Run(Files.readString(out, StandardCharsets.UTF_8), "timed out after " + seconds + " s", -1);
        }
        return new Run(new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                new String(Files.readAllBytes(err), StandardCharsets.UTF_8), p.exitValue());
    }
}
