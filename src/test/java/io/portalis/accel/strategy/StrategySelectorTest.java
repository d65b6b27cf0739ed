package io.portalis.accel.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StrategySelectorTest {
    private static final HardwareCapabilities WITH_GPU =
            new HardwareCapabilities(8, true, 8L << 30, "Test GPU", "Test Vendor", List.of("sse4_2", "avx2"), 16L << 30);
    private static final HardwareCapabilities NO_GPU = WITH_GPU.withoutGpu();
    private static final SystemLoad IDLE = new SystemLoad(0.1, 8L << 30, 16L << 30, 0.10);

    private static WorkloadProfile tasks(int n, double parallelization) {
        return new WorkloadProfile(n, 4096, 1.0, parallelization);
    }

    private static SystemLoad pressure(Double p) {
        return new SystemLoad(0.1, 8L << 30, 16L << 30, p);
    }

    @Test
    void noGpuMeansCpuWhateverTheBatch() {
        Selection s = StrategySelector.select(tasks(10_000, 1.0), NO_GPU, pressure(null));
        assertEquals(new ExecutionStrategy.CpuOnly(), s.strategy());
        assertEquals("no_gpu", s.rule());
    }

    @Test
    void nineTasksIsSmallTenIsNot() {
        Selection nine = StrategySelector.select(tasks(9, 1.0), WITH_GPU, IDLE);
        assertEquals(new ExecutionStrategy.CpuOnly(), nine.strategy());
        assertEquals("small_workload", nine.rule());
        assertTrue(nine.reason().contains("9 tasks"), nine.reason());

        Selection ten = StrategySelector.select(tasks(10, 1.0), WITH_GPU, IDLE);
        assertEquals("default_hybrid", ten.rule());
        assertEquals(ExecutionStrategy.Hybrid.ofGpuPercent(70), ten.strategy());
    }

    @Test
    void zeroAndOneTaskAreSmall() {
        assertEquals("small_workload", StrategySelector.select(tasks(0, 0), WITH_GPU, IDLE).rule());
        assertTrue(StrategySelector.select(tasks(1, 1), WITH_GPU, IDLE).reason().contains("1 task is"));
    }

    @Test
    void pressureAboveEightyPercentGivesHybridSixtyForty() {
        Selection at = StrategySelector.select(tasks(100, 1.0), WITH_GPU, pressure(0.80));
        assertEquals("large_parallel_batch", at.rule(), "exactly 80% is not above 80%");

        Selection above = StrategySelector.select(tasks(100, 1.0), WITH_GPU, pressure(0.8001));
        assertEquals("gpu_memory_pressure", above.rule());
        assertEquals(new ExecutionStrategy.Hybrid(60, 40), above.strategy());

        Selection unknown = StrategySelector.select(tasks(100, 1.0), WITH_GPU, pressure(null));
        assertEquals("large_parallel_batch", unknown.rule(), "an unknown pressure does not fire the rule");
    }

    @Test
    void pressureRuleComesBeforeTheSizeRulesButAfterSmallWorkload() {
        assertEquals("small_workload", StrategySelector.select(tasks(9, 1.0), WITH_GPU, pressure(0.95)).rule());
        assertEquals("gpu_memory_pressure", StrategySelector.select(tasks(10, 0.1), WITH_GPU, pressure(0.95)).rule());
    }

    @Test
    void fortyNineTasksIsHybridFiftyIsGpu() {
        Selection fortyNine = StrategySelector.select(tasks(49, 0.99), WITH_GPU, IDLE);
        assertEquals("default_hybrid", fortyNine.rule());
        assertTrue(fortyNine.reason().contains("49 tasks is fewer than 50"), fortyNine.reason());

        Selection fifty = StrategySelector.select(tasks(50, 0.99), WITH_GPU, IDLE);
        assertEquals(new ExecutionStrategy.GpuOnly(), fifty.strategy());
        assertEquals("large_parallel_batch", fifty.rule());
    }

    @Test
    void parallelizationMustBeAboveSevenTenths() {
        Selection at = StrategySelector.select(tasks(500, 0.7), WITH_GPU, IDLE);
        assertEquals("default_hybrid", at.rule());
        assertTrue(at.reason().contains("parallelization 0.700 is not above 0.7"), at.reason());

        Selection above = StrategySelector.select(tasks(500, 0.7001), WITH_GPU, IDLE);
        assertEquals(new ExecutionStrategy.GpuOnly(), above.strategy());
    }

    @Test
    void isAPureFunction() {
        WorkloadProfile w = tasks(77, 0.9);
        assertEquals(StrategySelector.select(w, WITH_GPU, IDLE), StrategySelector.select(w, WITH_GPU, IDLE));
    }

    /** The reasons are built by concatenation; their words must be those String.format gave. */
    @Test
    void reasonsKeepTheirFormattedWords() {
        java.util.Random random = new java.util.Random(42);
        for (int k = 0; k < 2000; k++) {
            int n = 1 + random.nextInt(200);
            double par = k % 7 == 0 ? Math.round(random.nextDouble() * 2000) / 2000.0 : random.nextDouble();
            double p = k % 5 == 0 ? 0.8 + Math.round(random.nextDouble() * 400) / 2000.0 : 0.8 + random.nextDouble() * 0.2;
            String fewer = String.format(java.util.Locale.ROOT,
                    "%d task%s is fewer than %d: the GPU's fixed costs outweigh its gain, so the CPU runs them",
                    n, n == 1 ? "" : "s", 10);
            String pressureReason = String.format(java.util.Locale.ROOT,
                    "GPU memory pressure %.1f%% is above %.0f%%: 60%% of the tasks go to the GPU, 40%% to the CPU",
                    p * 100, 80.0);
            String large = String.format(java.util.Locale.ROOT,
                    "%d tasks (at least %d) with parallelization %.3f (above %.1f): the whole batch goes to the GPU",
                    n, 50, par, 0.7);
            String hybridWhy = n < 50 ? String.format(java.util.Locale.ROOT, "%d tasks is fewer than %d", n, 50)
                    : String.format(java.util.Locale.ROOT, "parallelization %.3f is not above %.1f", par, 0.7);
            Selection s = StrategySelector.select(tasks(n, par), WITH_GPU, IDLE);
            String expected = switch (s.rule()) {
                case "small_workload" -> fewer;
                case "large_parallel_batch" -> large;
                case "default_hybrid" -> hybridWhy + ": 70% of the tasks go to the GPU, 30% to the CPU, both at once";
                default -> throw new AssertionError(s);
            };
            assertEquals(expected, s.reason());
            Selection sp = StrategySelector.select(tasks(n, par), WITH_GPU, pressure(p));
            if (n >= 10 && p > 0.8) {
                assertEquals(pressureReason, sp.reason());
            }
        }
    }

    @Test
    void fixedDecimalsMatchStringFormat() {
        java.util.Random random = new java.util.Random(7);
        double[] edges = {0, -0.0, 0.0005, 0.00049999, 0.125, 0.1235, 0.9995, 80.05, 80.15, 99.95, 1e-9, 1e21, 123456.7895,
                Double.NaN, Double.POSITIVE_INFINITY, -0.0005, -2.5};
        for (int digits = 0; digits <= 3; digits++) {
            for (double v : edges) {
                assertEquals(String.format(java.util.Locale.ROOT, "%." + digits + "f", v), StrategySelector.fixed(v, digits),
                        v + " to " + digits);
            }
            for (int k = 0; k < 5000; k++) {
                double v = k % 2 == 0 ? random.nextDouble() * 100 : Math.round(random.nextDouble() * 100_000) / 10_000.0;
                assertEquals(String.format(java.util.Locale.ROOT, "%." + digits + "f", v), StrategySelector.fixed(v, digits),
                        v + " to " + digits);
            }
        }
    }
}
