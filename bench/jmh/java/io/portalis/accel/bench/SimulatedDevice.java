package io.portalis.accel.bench;

import io.portalis.accel.strategy.CpuExecutor;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.strategy.ExecutorKind;
import io.portalis.accel.strategy.GpuExecutor;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.RateMeter;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.strategy.SystemLoad;
import io.portalis.accel.strategy.TaskSink;
import io.portalis.accel.strategy.UnitRate;
import io.portalis.accel.strategy.WorkloadProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * {@code auto} against the fixed strategies with a simulated device, on real threads: the CPU workers
 * do real work ({@link Spin}, a fixed number of rounds per byte of the task), the "device" takes wall
 * time without using a host core (it sleeps its per-call cost plus its per-byte cost for each task
 * and then completes it, as an accelerator keeps the host free while it works). Its speed is set
 * from the CPU pool's speed measured on this machine at the start: {@code fast} does 10x the pool's
 * bytes per second, {@code slow} a third. Then the rates are measured as {@code calibrate} would (the
 * CPU alone, the device alone on sub-batches of four sizes) and each round runs cpu, gpu, hybrid:70
 * and auto (planning from those rates) back to back, in an order that rotates every round. Prints a
 * Markdown table: median wall ms per strategy, and the median (and range) over rounds of auto's time
 * over cpu's and over the best fixed strategy's in the same round.
 *
 * <p>Usage: {@code java -Dportalis.log.level=ERROR -cp target/bench/benchmarks.jar
 * io.portalis.accel.bench.SimulatedDevice [--rounds R] [--tasks N] [--threads W]}.
 */
public final class SimulatedDevice {
    /** Spin rounds per byte of a task: 116 rounds are about 0.2 us of one quiet core (a 1 KB task: 0.2 ms). */
    private static final long ROUNDS_PER_BYTE = 116;
    private static final double DEVICE_FIXED_NANOS = 1e6;
    private static volatile long sink;

    private SimulatedDevice() {}

    /** A device of the given speed: per call {@code fixed}, then {@code perByte} for each task's bytes. */
    private record Device(long[] weights, double fixedNanos, double perByteNanos) implements GpuExecutor<Integer, Long> {
        @Override
        public String name() {
            return "simulated";
        }

        @Override
        public void execute(List<Integer> tasks, TaskSink<Long> out) {
            LockSupport.parkNanos((long) fixedNanos);
            long start = System.nanoTime();
            double due = 0;
            for (int i = 0; i < tasks.size(); i++) {
                due += perByteNanos * weights[tasks.get(i)];
                long wait = start + (long) due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                out.complete(i, (long) tasks.get(i));
            }
        }
    }

    public static void main(String[] args) {
        int rounds = 5;
        int n = 200;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--tasks" -> n = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        System.out.println("| sizes | device | cpu (ms) | gpu (ms) | hybrid:70 (ms) | auto (ms) | auto / cpu (paired) "
                + "| auto / best fixed (paired) | auto chose |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---|");
        for (String sizes : List.of("uniform", "heavy-tailed")) {
            long[] w = sizes.equals("uniform") ? uniform(n, 1) : heavyTailed(n, 1);
            for (String speed : List.of("fast", "slow")) {
                row(sizes, speed, w, threads, rounds);
            }
        }
    }

    private static void row(String sizes, String speed, long[] w, int threads, int rounds) {
        List<Integer> tasks = IntStream.range(0, w.length).boxed().toList();
        WorkloadProfile profile = new WorkloadProfile(w.length, 1024, 1, 0.9);
        HardwareCapabilities hw = new HardwareCapabilities(threads, true, 1L << 32, "simulated", "bench",
                List.of(), 1L << 33);
        SystemLoad load = new SystemLoad(null, 1L << 32, 1L << 33, null);
        try (CpuExecutor<Integer, Long> cpu = new CpuExecutor<>(t -> {
            sink += Spin.run(w[t] * ROUNDS_PER_BYTE, t);
            return (long) t;
        }, threads)) {
            // the pool's speed on this machine now, then a device 10x faster or 3x slower than it
            RateMeter cpuMeter = RateMeter.unknown();
            for (int k = 0; k < 2; k++) {
                StrategyManager.withStrategy(cpu, GpuExecutor.<Integer, Long>unavailable("none"),
                        new ExecutionStrategy.CpuOnly(), hw, () -> load).withWeigher(t -> w[t])
                        .withRates(cpuMeter, false).execute(tasks, profile);
            }
            UnitRate cpuRate = cpuMeter.observedCpu();
            double poolPerByte = cpuRate.nanosPerByte() / threads;
            double factor = speed.equals("fast") ? 1.0 / 10 : 3;
            Device device = new Device(w, DEVICE_FIXED_NANOS, poolPerByte * factor);
            // calibrate the device alone on sub-batches of four sizes, as `calibrate` does
            RateMeter gpuMeter = RateMeter.unknown();
            for (int size : new int[] {w.length / 8, w.length / 4, w.length / 2, w.length}) {
                StrategyManager.withStrategy(cpu, device, new ExecutionStrategy.GpuOnly(), hw, () -> load)
                        .withWeigher(t -> w[t]).withRates(gpuMeter, false).execute(tasks.subList(0, size), profile);
            }
            UnitRate gpuRate = gpuMeter.observedGpu();
            List<String> names = List.of("cpu", "gpu", "hybrid:70", "auto");
            double[][] ms = new double[names.size()][rounds];
            List<String> chose = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < names.size(); k++) {
                    int s = (k + r) % names.size();
                    StrategyManager<Integer, Long> m = StrategyManager.withStrategy(cpu, device,
                            ExecutionStrategy.parse(names.get(s)), hw, () -> load).withWeigher(t -> w[t])
                            .withRates(new RateMeter(cpuRate, gpuRate), false);
                    long t0 = System.nanoTime();
                    ExecutionResult<Long> res = m.execute(tasks, profile);
                    ms[s][r] = (System.nanoTime() - t0) / 1e6;
                    if (res.okCount() != w.length) {
                        throw new IllegalStateException(names.get(s) + ": " + res.okCount() + " of " + w.length + " ok");
                    }
                    if (names.get(s).equals("auto")) {
                        long gpuBytes = 0;
                        long total = 0;
                        for (var t : res.results()) {
                            total += w[t.index()];
                            gpuBytes += t.executor() == ExecutorKind.GPU ? w[t.index()] : 0;
                        }
                        chose.add(res.selection().strategy().label() + String.format(Locale.ROOT, " (GPU %.0f%%)",
                                100.0 * gpuBytes / total));
                    }
                }
            }
            double[] autoOverCpu = new double[rounds];
            double[] autoOverBest = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                double best = Math.min(ms[0][r], Math.min(ms[1][r], ms[2][r]));
                autoOverCpu[r] = ms[3][r] / ms[0][r];
                autoOverBest[r] = ms[3][r] / best;
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f | %.0f | %s | %s | %s |%n", sizes,
                    speed.equals("fast") ? "10x the pool" : "1/3 of the pool", median(ms[0]), median(ms[1]),
                    median(ms[2]), median(ms[3]), ratio(autoOverCpu), ratio(autoOverBest),
                    String.join(", ", chose.stream().distinct().toList()));
        }
    }

    private static String ratio(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median(xs), s[0], s[s.length - 1]);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    static long[] uniform(int n, long seed) {
        Random r = new Random(seed);
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            w[i] = 500 + r.nextInt(1001);
        }
        return w;
    }

    /** Pareto sizes (alpha 1.1, from 200 bytes, at most 50 KB): a few tasks hold much of the bytes. */
    static long[] heavyTailed(int n, long seed) {
        Random r = new Random(seed);
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.min(50_000, Math.round(200 / Math.pow(1 - r.nextDouble(), 1 / 1.1)));
        }
        return w;
    }
}
