package io.portalis.accel.python.semantics;

import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.parser.ParseResult;
import io.portalis.accel.python.parser.PythonParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Warm cost of the check stage's name pass (NameChecker.check) over the CPython standard
 * library on one thread, next to lex+parse of the same files: CPU milliseconds of the measuring
 * thread per MB of source (so other load on the machine does not count). Run by bench/names.sh.
 *
 * <p>Arguments: {@code [rounds] [warmup-rounds]} (defaults 5 and 3).
 */
public final class NameCheckBenchmark {
    private NameCheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<byte[]> sources = new ArrayList<>();
        List<Mod.Module> modules = new ArrayList<>();
        for (Path p : Python3.stdlibFiles()) {
            byte[] src = Files.readAllBytes(p);
            ParseResult r = PythonParser.parse(CpuLexer.lex(src));
            if (r.ok()) {
                sources.add(src);
                modules.add(r.module());
            }
        }
        double mb = sources.stream().mapToLong(s -> s.length).sum() / 1e6;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] check = new double[rounds];
        double[] parse = new double[rounds];
        long names = 0;
        for (int r = -warmup; r < rounds; r++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (Mod.Module m : modules) {
                names += NameChecker.check(m).nameCount();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (byte[] s : sources) {
                PythonParser.parse(CpuLexer.lex(s));
            }
            long t2 = threads.getCurrentThreadCpuTime();
            if (r >= 0) {
                check[r] = (t1 - t0) / 1e6;
                parse[r] = (t2 - t1) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "Corpus: %d stdlib files, %.1f MB, %d Name nodes per round; %d warm-up + %d timed "
                + "rounds; thread CPU time, median round.%n%n", modules.size(), mb, names / (rounds + warmup), warmup,
                rounds);
        System.out.println("| stage | ms per MB (median) | best round ms | median round ms |");
        System.out.println("|---|---:|---:|---:|");
        row("check: NameChecker.check", mb, check);
        row("lex + parse (for scale)", mb, parse);
    }

    private static void row(String name, double mb, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double med = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.0f | %.0f |%n", name, med / mb, s[0], med);
    }
}
