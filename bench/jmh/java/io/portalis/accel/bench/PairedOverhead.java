package io.portalis.accel.bench;

import io.portalis.accel.strategy.CpuExecutor;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.strategy.WorkloadProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

/**
 * Executor overhead measured in pairs, for a shared, noisy machine: the same batch runs on a bare
 * {@link ForkJoinPool} ({@link BareForkJoin}) and through {@code StrategyManager.cpuOnly} back to back, in alternating
 * order, round after round in one JVM; the overhead is the median over rounds of manager / bare - 1.
 * Load that comes and goes then hits both sides of a pair alike, which separate JMH forks cannot
 * promise. ({@link ExecutorOverheadBenchmark} is the same comparison as plain JMH.)
 *
 * <p>Usage: {@code java -cp target/bench/benchmarks.jar io.portalis.accel.bench.PairedOverhead
 * [--threads N] [--seconds S] [SHAPE ...]}; S is the measuring time per shape and side (default 3),
 * within 3 to 200 rounds. Prints a Markdown table.
 */
public final class PairedOverhead {
    private static final String[] DEFAULT_SHAPES = {
        "10x1us", "1000x1us", "100000x1us", "10x100us", "1000x100us", "100000x100us", "10x10ms", "1000x10ms"};

    private PairedOverhead() {}

    public static void main(String[] args) {
        int threads = Runtime.getRuntime().availableProcessors();
        double seconds = 3;
        List<String> shapes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                default -> shapes.add(args[i]);
            }
        }
        if (shapes.isEmpty()) {
            shapes = List.of(DEFAULT_SHAPES);
        }
        System.out.println("| tasks x cost | threads | rounds | per task (bare) | bare ms (median) | manager ms (median) "
                + "| added ms | overhead (median of pairs) | overhead IQR |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        ForkJoinPool bare = new ForkJoinPool(threads);
        try {
            for (String s : shapes) {
                System.out.println(measure(TaskShape.parse(s), s, threads, seconds, bare));
            }
        } finally {
            bare.shutdownNow();
        }
    }

    private static String measure(TaskShape shape, String label, int threads, double seconds, ForkJoinPool bare) {
        int n = shape.tasks();
        long rounds = shape.rounds();
        List<Integer> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tasks.add(i);
        }
        WorkloadProfile profile = new WorkloadProfile(n, 0, 1.0, 1.0);
        StrategyManager<Integer, Long> manager = StrategyManager.cpuOnly(
                new CpuExecutor<Integer, Long>(i -> Spin.run(rounds, i), threads));
        Runnable onBare = () -> BareForkJoin.run(bare, tasks, rounds);
        Runnable onManager = () -> {
            ExecutionResult<Long> r = manager.execute(tasks, profile);
            if (r.okCount() != n) {
                throw new IllegalStateException("manager lost tasks: " + r.okCount() + " of " + n);
            }
        };

        // warm-up: about a second of pairs, at least one
        long warmStart = System.nanoTime();
        int warm = 0;
        while (warm < 1 || (System.nanoTime() - warmStart < 1_000_000_000L && warm < 2000)) {
            onBare.run();
            onManager.run();
            warm++;
        }
        double pairNanos = (System.nanoTime() - warmStart) / (double) warm;
        int pairs = (int) Math.max(3, Math.min(200, Math.round(seconds * 2e9 / pairNanos)));
        double[] bareT = new double[pairs];
        double[] mgrT = new double[pairs];
        double[] ratio = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            boolean bareFirst = p % 2 == 0;
            long t0 = System.nanoTime();
            (bareFirst ? onBare : onManager).run();
            long t1 = System.nanoTime();
            (bareFirst ? onManager : onBare).run();
            long t2 = System.nanoTime();
            bareT[p] = bareFirst ? t1 - t0 : t2 - t1;
            mgrT[p] = bareFirst ? t2 - t1 : t1 - t0;
            ratio[p] = mgrT[p] / bareT[p];
        }
        double bareMed = median(bareT);
        double mgrMed = median(mgrT);
        double[] sorted = ratio.clone();
        Arrays.sort(sorted);
        double q1 = sorted[pairs / 4];
        double q3 = sorted[(3 * pairs) / 4];
        double perTaskMicros = bareMed * threads / n / 1e3;
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f us | %.3f | %.3f | %+.3f | %+.1f%% | %+.1f%% .. %+.1f%% |",
                label, threads, pairs, perTaskMicros, bareMed / 1e6, mgrMed / 1e6, (mgrMed - bareMed) / 1e6,
                (median(ratio) - 1) * 100, (q1 - 1) * 100, (q3 - 1) * 100);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
