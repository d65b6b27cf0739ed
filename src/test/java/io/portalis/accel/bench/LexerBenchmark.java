package io.portalis.accel.bench;

import io.portalis.accel.opencl.OpenClDevice;
import io.portalis.accel.opencl.OpenClDevices;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Lexing throughput, CPU engine vs OpenCL engine, at batch sizes from 64 KB to 256 MB (or the
 * sizes given). A batch is whole .py files from CORPUS (the CPython stdlib by default), cycled
 * until the batch reaches its size. CPU: CpuLexer on one thread, and on all cores (one file per
 * task). OpenCL: OpenClLexer.lexBatch on the chosen device (CPU devices allowed), tokens
 * assembled on the host, as transpile --strategy gpu does. Each figure is the best of the runs
 * after a warm-up. Usage: LexerBenchmark CORPUS_DIR [MAX_MB] [--device N].
 */
public final class LexerBenchmark {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        long maxBytes = (args.length > 1 ? Long.parseLong(args[1]) : 256) << 20;
        Integer deviceIndex = args.length > 3 && args[2].equals("--device") ? Integer.valueOf(args[3]) : null;
        List<byte[]> files = load(corpus);
        long corpusBytes = files.stream().mapToLong(f -> f.length).sum();
        System.out.printf(Locale.ROOT, "corpus: %d files, %.1f MB from %s%n", files.size(), corpusBytes / 1e6, corpus);

        OpenClDevices.Scan scan = OpenClDevices.scan();
        OpenClDevice device = null;
        if (scan instanceof OpenClDevices.Found found) {
            OpenClDevices.Selection sel = OpenClDevices.choose(found.devices(), new OpenClDevices.Choice(deviceIndex, true));
            if (sel instanceof OpenClDevices.Selected s) {
                device = s.device();
            }
        }
        System.out.println("opencl device: " + (device == null ? "none" : device.info().name() + " ("
                + device.info().vendor() + ", " + device.info().type() + ", " + device.info().computeUnits()
                + " compute units, driver " + device.info().driverVersion() + ")"));
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "cpu: %d logical cores, java %s%n", cores, System.getProperty("java.version"));
        System.out.println();
        System.out.println("| batch | files | CPU 1 thread MB/s | CPU " + cores + " threads MB/s | OpenCL MB/s | OpenCL / CPU " + cores + "t |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        try (OpenClLexer lexer = device == null ? null : OpenClLexer.open(device, OpenClLexer.Settings.defaults())) {
            for (long size = 64L << 10; size <= maxBytes; size *= 4) {
                List<byte[]> batch = batch(files, size);
                long bytes = batch.stream().mapToLong(f -> f.length).sum();
                int reps = size <= (4L << 20) ? 5 : size <= (64L << 20) ? 2 : 1;
                double cpu1 = best(reps, bytes, () -> {
                    long t = 0;
                    for (byte[] f : batch) {
                        t += CpuLexer.lex(f).tokens().size();
                    }
                    return t;
                });
                double cpuN = best(reps, bytes, () -> batch.parallelStream().mapToLong(f -> CpuLexer.lex(f).tokens().size()).sum());
                double gpu = Double.NaN;
                if (lexer != null) {
                    gpu = best(reps, bytes, () -> {
                        AtomicLong t = new AtomicLong();
                        lexer.lexBatch(batch, (i, r, nanos) -> t.addAndGet(r.tokens().size()));
                        return t.get();
                    });
                }
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.2f |%n", human(size), batch.size(), cpu1,
                        cpuN, gpu, gpu / cpuN);
            }
        }
    }

    interface Run {
        long run();
    }

    private static double best(int reps, long bytes, Run run) {
        long sink = run.run(); // warm-up
        double best = 0;
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            sink += run.run();
            double mbs = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
            best = Math.max(best, mbs);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return best;
    }

    private static List<byte[]> batch(List<byte[]> files, long size) {
        List<byte[]> out = new ArrayList<>();
        long total = 0;
        int i = 0;
        while (total < size) {
            byte[] f = files.get(i++ % files.size());
            out.add(f);
            total += f.length;
        }
        return out;
    }

    private static List<byte[]> load(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            List<Path> paths = s.filter(p -> p.toString().endsWith(".py")).filter(p -> !p.toString().contains("site-packages"))
                    .filter(Files::isRegularFile).sorted().toList();
            List<byte[]> out = new ArrayList<>();
            for (Path p : paths) {
                byte[] b = Files.readAllBytes(p);
                if (b.length > 0) {
                    out.add(b);
                }
            }
            return out;
        }
    }

    private static String human(long size) {
        return size >= (1L << 20) ? (size >> 20) + " MB" : (size >> 10) + " KB";
    }
}
