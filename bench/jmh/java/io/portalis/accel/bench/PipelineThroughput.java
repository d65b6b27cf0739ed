package io.portalis.accel.bench;

import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FilePipeline;
import io.portalis.accel.transpile.FileStatus;
import io.portalis.accel.transpile.OutputTree;
import io.portalis.accel.transpile.SourceFile;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole per-file pipeline (read ▸ decode ▸ lex ▸ parse ▸ check ▸ translate ▸ write), in process,
 * single-threaded and warm, over a folder of translatable {@code .py} files: source lines per CPU second
 * of the measuring thread (issue 11). Not JMH: one file's pipeline is the unit, and the figure wanted is
 * CPU time (the machine is shared), which {@link ThreadMXBean#getCurrentThreadCpuTime} gives directly.
 *
 * <pre>java -cp CLASSES:portalis-accel.jar io.portalis.accel.bench.PipelineThroughput CORPUS OUT [WARMUP] [ROUNDS]</pre>
 *
 * Prints one line per round and the median; every file must come out {@code ok} (a refused file would
 * measure a shorter pipeline), else it exits 1 naming the file.
 */
public final class PipelineThroughput {
    private PipelineThroughput() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PipelineThroughput CORPUS OUT [WARMUP_ROUNDS] [ROUNDS]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<SourceFile> files = new ArrayList<>();
        long lines = 0;
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                files.add(new SourceFile(p, corpus.relativize(p).toString().replace('\\', '/'), b.length));
                lines += countLines(b);
                bytes += b.length;
            }
        }
        Files.createDirectories(out);
        FilePipeline pipeline = new FilePipeline(new OutputTree(out));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.printf("corpus %s: %d files, %d lines, %d bytes%n", corpus, files.size(), lines, bytes);
        double[] rates = new double[rounds];
        for (int r = -warmup; r < rounds; r++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            for (SourceFile f : files) {
                FileOutcome o = pipeline.process(f);
                if (o.status() != FileStatus.OK) {
                    System.err.println("not translated: " + f.relativePath() + " " + o.diagnostics());
                    System.exit(1);
                }
            }
            double cpuS = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wallS = (System.nanoTime() - wall0) / 1e9;
            double rate = lines / cpuS;
            System.out.printf("%s %d: %.3f CPU s, %.3f wall s, %,.0f lines per CPU second%n",
                    r < 0 ? "warmup" : "round", r < 0 ? r + warmup + 1 : r + 1, cpuS, wallS, rate);
            if (r >= 0) {
                rates[r] = rate;
            }
        }
        Arrays.sort(rates);
        double median = rounds % 2 == 1 ? rates[rounds / 2] : (rates[rounds / 2 - 1] + rates[rounds / 2]) / 2;
        System.out.printf("median: %,.0f lines per CPU second (%d rounds; min %,.0f, max %,.0f)%n",
                median, rounds, rates[0], rates[rounds - 1]);
    }

    private static long countLines(byte[] b) {
        long n = 0;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return b.length > 0 && b[b.length - 1] != '\n' ? n + 1 : n;
    }
}
