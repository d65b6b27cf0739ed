package io.portalis.accel.python.parser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.accel.python.lexer.CpuLexer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Warm lex+parse throughput over the CPython standard library on one thread, side by side with
 * CPython's {@code ast.parse} over the same files in the same run (bench/cpython_parse.py).
 * Run by bench/parse.sh; prints a Markdown table. Only files both sides parse are measured.
 *
 * <p>Arguments: {@code [rounds] [warmup-rounds]} (defaults 5 and 5).
 */
public final class ParseBenchmark {
    private ParseBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path stdlib = Path.of(python("import sysconfig; print(sysconfig.get_paths()['stdlib'])"));
        List<Path> all;
        try (Stream<Path> walk = Files.walk(stdlib)) {
            all = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !stdlib.relativize(p).toString().startsWith("site-packages")).sorted().toList();
        }
        List<Path> files = new ArrayList<>();
        List<byte[]> sources = new ArrayList<>();
        for (Path p : all) {
            byte[] src = Files.readAllBytes(p);
            if (PythonParser.parse(src).ok()) {
                files.add(p);
                sources.add(src);
            }
        }
        long bytes = sources.stream().mapToLong(s -> s.length).sum();
        for (int i = 0; i < warmup; i++) {
            lexAndParse(sources);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] lexOnly = new double[rounds];
        double[] lexParse = new double[rounds];
        double[] wall = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = os.getProcessCpuTime();
            for (byte[] s : sources) {
                CpuLexer.lex(s);
            }
            long t1 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            for (byte[] s : sources) {
                PythonParser.parse(CpuLexer.lex(s));
            }
            wall[r] = (System.nanoTime() - w0) / 1e9;
            long t2 = os.getProcessCpuTime();
            lexOnly[r] = (t1 - t0) / 1e9;
            lexParse[r] = (t2 - t1) / 1e9;
        }
        Path list = Files.createTempFile("parse-bench", ".txt");
        Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Process py = new ProcessBuilder("python3", "bench/cpython_parse.py", list.toString(), Integer.toString(rounds))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        JsonNode cpython = new ObjectMapper().readTree(py.getInputStream());
        py.waitFor();
        Files.deleteIfExists(list);
        double[] cp = new double[rounds];
        double[] cpWall = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            cp[r] = cpython.get("cpu").get(r).asDouble();
            cpWall[r] = cpython.get("wall").get(r).asDouble();
        }
        double mb = bytes / 1e6;
        double ours = mb / median(lexParse);
        double theirs = mb / median(cp);
        System.out.printf(Locale.ROOT, "Corpus: %d stdlib files both parse, %.1f MB; %d warm-up + %d timed rounds, "
                + "median round; one thread each; MB/s per CPU second of the whole process (JIT and GC threads included) "
                + "(wall-clock median: ours %.2f s, CPython %.2f s).%n%n", files.size(), mb, warmup, rounds,
                median(wall), median(cpWall));
        System.out.println("| engine | MB/s per core (median) | best round CPU s | median round CPU s | vs CPython |");
        System.out.println("|---|---:|---:|---:|---:|");
        row("portalis CpuLexer.lex only", mb, lexOnly, theirs);
        row("portalis lex + PythonParser.parse", mb, lexParse, theirs);
        row("CPython 3.11 ast.parse", mb, cp, theirs);
        System.out.printf(Locale.ROOT, "%nlex+parse is %.1fx CPython's ast.parse%n", ours / theirs);
    }

    private static void row(String name, double mb, double[] secs, double cpythonMbps) {
        double med = median(secs);
        double best = Arrays.stream(secs).min().orElse(0);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.3f | %.3f | %.1fx |%n", name, mb / med, best, med,
                (mb / med) / cpythonMbps);
    }

    private static void lexAndParse(List<byte[]> sources) {
        for (byte[] s : sources) {
            PythonParser.parse(CpuLexer.lex(s));
        }
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String python(String code) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", code).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }
}
