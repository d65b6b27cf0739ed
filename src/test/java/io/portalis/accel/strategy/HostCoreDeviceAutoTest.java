package io.portalis.accel.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code auto} with an OpenCL device that runs on the host's own cores (POCL, what
 * {@code bench/auto-vs-fixed.sh} uses): on the four trees of that benchmark (small, large, uniform,
 * skewed), the planner picks the fixed strategy that finishes first under the rates it is given, never
 * a shared plan (both sides would split the same cores). With the rates {@code calibrate} measures on
 * POCL (its "GPU" no faster per byte than the pool it shares the cores with, and seconds per call to
 * build its kernels) that is {@code cpu} on every tree; only a device measured to be much faster per
 * byte, on a tree big enough to pay its start-up, gets {@code gpu}. The best fixed strategy is
 * computed here independently: the workers taking the heaviest file first onto the first free worker,
 * against one device call for all bytes.
 */
class HostCoreDeviceAutoTest {
    private static final int WORKERS = 2;
    /** One file on one worker: 0.2 ms plus 2 us per byte (the whole pipeline, lexing to writing). */
    private static final UnitRate CPU = new UnitRate(200_000, 2_000, 40);
    /** POCL as calibrated: the pool's speed per byte at best, 12 s per call to build its kernels. */
    private static final UnitRate POCL = new UnitRate(12e9, CPU.nanosPerByte() / WORKERS, 4);
    /** A host-core device measured 4x faster per byte than the pool, 50 ms per call. */
    private static final UnitRate FAST_HOST_DEVICE = new UnitRate(5e7, CPU.nanosPerByte() / WORKERS / 4, 4);

    /** The four trees of bench/auto-vs-fixed.sh, in miniature: file sizes in bytes. */
    static long[] tree(String kind) {
        Random r = new Random(16);
        return switch (kind) {
            case "small" -> r.longs(18, 300, 4_000).toArray();
            case "large" -> r.longs(600, 400, 6_000).toArray();
            case "uniform" -> r.longs(400, 1_600, 2_000).toArray();
            case "skewed" -> {
                long[] w = r.longs(300, 400, 6_000).toArray();
                long[] out = Arrays.copyOf(w, w.length + 4);
                for (int b = 0; b < 4; b++) {
                    out[w.length + b] = 40 * 3_000;
                }
                yield out;
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The workers alone, heaviest file first onto the worker free first. */
    static double cpuMakespan(long[] w, UnitRate cpu) {
        long[] sorted = w.clone();
        Arrays.sort(sorted);
        double[] free = new double[WORKERS];
        for (int i = sorted.length - 1; i >= 0; i--) {
            int first = 0;
            for (int u = 1; u < WORKERS; u++) {
                first = free[u] < free[first] ? u : first;
            }
            free[first] += cpu.predictNanos(sorted[i]);
        }
        return Arrays.stream(free).max().orElse(0);
    }

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> out = Stream.builder();
        for (String kind : List.of("small", "large", "uniform", "skewed")) {
            out.add(Arguments.of(kind, "POCL as calibrated", POCL, "cpu"));
            // 18 small files cannot pay even 50 ms of start-up against a 4x faster device; the rest can
            out.add(Arguments.of(kind, "a host-core device 4x the pool", FAST_HOST_DEVICE,
                    kind.equals("small") ? "cpu" : "gpu"));
        }
        return out.build();
    }

    @ParameterizedTest(name = "{0} tree, {1}: {3}")
    @MethodSource("cases")
    void autoPicksTheBestFixedStrategyAndNeverSharesTheHostsCores(String kind, String device, UnitRate gpu,
            String expected) {
        long[] w = tree(kind);
        long total = Arrays.stream(w).sum();
        double cpuNanos = cpuMakespan(w, CPU);
        double gpuNanos = gpu.predictNanos(total);
        String best = gpuNanos < cpuNanos ? "gpu" : "cpu";
        assertEquals(expected, best, kind + ": the case's premise (cpu " + cpuNanos / 1e6 + " ms, gpu "
                + gpuNanos / 1e6 + " ms)");
        Selection s = MakespanPlanner.select(w, WORKERS, new RateMeter(CPU, gpu), true, null, Long.MAX_VALUE);
        assertEquals(MakespanPlanner.RULE, s.rule());
        assertEquals(best, s.strategy().label(), kind + ": " + s.reason());
        assertNull(s.plan().sharedNanos(), "never shared with the workers on the same cores: " + s.reason());
    }
}
