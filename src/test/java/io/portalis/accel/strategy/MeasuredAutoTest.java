package io.portalis.accel.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code auto} with measured rates on real threads: the rule is {@code measured}, the chosen plan
 * runs (from the shared queue when both units are worth it), each task runs once, the results come
 * back in task order and equal the CPU's, and a GPU that fails in a later sub-batch keeps its
 * finished results and hands only that sub-batch's unfinished tasks to the CPU.
 */
class MeasuredAutoTest {
    private static final HardwareCapabilities WITH_GPU =
            new HardwareCapabilities(4, true, 1L << 30, "Test GPU", "Test Vendor", List.of("sse2"), 8L << 30);
    private static final SystemLoad LOAD = new SystemLoad(0.2, 4L << 30, 8L << 30, 0.1);
    /** One task on one worker: 0.01 ms + 100 ns per byte. */
    private static final UnitRate CPU = new UnitRate(10_000, 100, 5);

    private final ConcurrentHashMap<Integer, Integer> cpuRuns = new ConcurrentHashMap<>();

    private CpuExecutor<Integer, Long> cpu() {
        return new CpuExecutor<>(t -> {
            cpuRuns.merge(t, 1, Integer::sum);
            Thread.sleep(0, 50_000);
            return (long) t * t;
        }, 3);
    }

    /** A GPU path that squares each task, failing on call {@code failingCall} after {@code before} tasks. */
    static final class CountingGpu implements GpuExecutor<Integer, Long> {
        final ConcurrentHashMap<Integer, Integer> completed = new ConcurrentHashMap<>();
        final AtomicInteger calls = new AtomicInteger();
        final int failingCall;
        final int before;

        CountingGpu(int failingCall, int before) {
            this.failingCall = failingCall;
            this.before = before;
        }

        @Override
        public String name() {
            return "counting-gpu";
        }

        @Override
        public void execute(List<Integer> tasks, TaskSink<Long> sink) {
            int call = calls.incrementAndGet();
            for (int i = 0; i < tasks.size(); i++) {
                if (call == failingCall && i == before) {
                    throw new GpuFailureException(new GpuOutOfMemory("CL_OUT_OF_RESOURCES"));
                }
                int t = tasks.get(i);
                sink.complete(i, (long) t * t);
                completed.merge(t, 1, Integer::sum);
            }
        }
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    /** Task t weighs 1000 + (t * 7919 % 5000) bytes: uneven, the same every run. */
    private static long weight(int t) {
        return 1000 + (t * 7919L % 5000);
    }

    private StrategyManager<Integer, Long> auto(GpuExecutor<Integer, Long> gpu, RateMeter rates, boolean sharesCpu) {
        return StrategyManager.withAutoStrategy(cpu(), gpu, WITH_GPU, () -> LOAD)
                .withWeigher(MeasuredAutoTest::weight).withRates(rates, sharesCpu);
    }

    private void assertSquaresOnce(ExecutionResult<Long> r, int n, CountingGpu gpu) {
        assertEquals(n, r.results().size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, r.results().get(i).index());
            assertEquals((long) i * i, r.outputs().get(i), "task " + i);
            int runs = cpuRuns.getOrDefault(i, 0) + gpu.completed.getOrDefault(i, 0);
            assertEquals(1, runs, "task " + i + " ran " + runs + " times");
        }
    }

    @Test
    void aGpuAsFastAsThePoolIsSharedFromOneQueue() {
        // the GPU path does as many bytes per second as the three workers together
        UnitRate gpuRate = new UnitRate(50_000, CPU.nanosPerByte() / 3, 3);
        CountingGpu gpu = new CountingGpu(-1, 0);
        int n = 300;
        ExecutionResult<Long> r = auto(gpu, new RateMeter(CPU, gpuRate), false).execute(range(n),
                new WorkloadProfile(n, 4096, 1, 0.9));
        assertEquals("measured", r.selection().rule());
        assertTrue(r.selection().shared(), r.selection().reason());
        assertTrue(r.selection().strategy() instanceof ExecutionStrategy.Hybrid, r.selection().strategy().label());
        MakespanPlanner.Plan plan = r.selection().plan();
        assertTrue(plan.sharedNanos() < plan.cpuNanos() * 0.7, "sharing predicted well under the CPU alone: " + plan);
        assertTrue(plan.sharedNanos() < plan.gpuNanos() * 0.7, "and well under the GPU alone: " + plan);
        assertSquaresOnce(r, n, gpu);
        assertFalse(r.fallbackOccurred());
        assertTrue(gpu.calls.get() >= 2, "the GPU took several sub-batches: " + gpu.calls.get());
        assertTrue(r.results().stream().anyMatch(t -> t.executor() == ExecutorKind.CPU), "CPU workers took tasks too");
    }

    @Test
    void aGpuFailingInALaterSubBatchKeepsItsResultsAndRerunsOnlyThatSubBatch() {
        UnitRate gpuRate = new UnitRate(50_000, CPU.nanosPerByte() / 3, 3);
        CountingGpu gpu = new CountingGpu(2, 3);
        int n = 300;
        ExecutionResult<Long> r = auto(gpu, new RateMeter(CPU, gpuRate), false).execute(range(n),
                new WorkloadProfile(n, 4096, 1, 0.9));
        assertTrue(r.selection().shared(), r.selection().reason());
        assertSquaresOnce(r, n, gpu);
        assertTrue(r.fallbackOccurred());
        assertEquals(1, r.fallbackEvents().size());
        FallbackEvent e = r.fallbackEvents().get(0);
        assertEquals("out_of_memory", e.cause());
        long rerun = r.results().stream().filter(t -> t.executor() == ExecutorKind.CPU_FALLBACK).count();
        assertEquals(rerun, e.tasksRerun());
        assertTrue(rerun > 0, "the failed sub-batch had unfinished tasks");
        assertEquals(gpu.completed.size(), r.results().stream().filter(t -> t.executor() == ExecutorKind.GPU).count());
        assertEquals(2, gpu.calls.get(), "no GPU call after the failure");
    }

    @Test
    void aSlowGpuLeavesEverythingToTheCpu() {
        UnitRate gpuRate = new UnitRate(5_000_000, CPU.nanosPerByte() * 3, 3);
        CountingGpu gpu = new CountingGpu(-1, 0);
        ExecutionResult<Long> r = auto(gpu, new RateMeter(CPU, gpuRate), false).execute(range(100),
                new WorkloadProfile(100, 4096, 1, 0.9));
        assertEquals("measured", r.selection().rule());
        assertEquals(new ExecutionStrategy.CpuOnly(), r.selection().strategy());
        assertTrue(r.selection().reason().contains("cpu"), r.selection().reason());
        assertEquals(0, gpu.calls.get());
        assertSquaresOnce(r, 100, gpu);
    }

    @Test
    void aGpuOnTheHostsCoresIsNeverSharedOnlyComparedWithTheCpu() {
        UnitRate gpuRate = new UnitRate(50_000, CPU.nanosPerByte() / 3, 3);
        CountingGpu gpu = new CountingGpu(-1, 0);
        ExecutionResult<Long> r = auto(gpu, new RateMeter(CPU, gpuRate), true).execute(range(100),
                new WorkloadProfile(100, 4096, 1, 0.9));
        assertEquals("measured", r.selection().rule());
        assertFalse(r.selection().shared());
        assertNull(r.selection().plan().sharedNanos());
        assertSquaresOnce(r, 100, gpu);
    }

    @Test
    void withoutRatesAutoKeepsTheDecisionTreeAndLearnsThisRun() {
        CountingGpu gpu = new CountingGpu(-1, 0);
        RateMeter meter = RateMeter.unknown();
        ExecutionResult<Long> r = auto(gpu, meter, false).execute(range(64), new WorkloadProfile(64, 4096, 1, 0.9));
        assertEquals("large_parallel_batch", r.selection().rule());
        assertNull(r.selection().plan());
        assertSquaresOnce(r, 64, gpu);
        assertNotNull(meter.observedGpu(), "the GPU call was measured");
        assertNull(meter.observedCpu(), "nothing ran on the CPU");
    }

    @Test
    void fewTasksStayOnTheCpuEvenWithRates() {
        CountingGpu gpu = new CountingGpu(-1, 0);
        ExecutionResult<Long> r = auto(gpu, new RateMeter(CPU, new UnitRate(0, 1, 1)), false).execute(range(5),
                new WorkloadProfile(5, 4096, 1, 0.9));
        assertEquals("small_workload", r.selection().rule());
        assertSquaresOnce(r, 5, gpu);
    }

    @Test
    void hybridGivesTheGpuAShareOfTheBytesNotOfTheTasks() {
        // task 0 holds 60% of the bytes. The GPU takes the lightest tasks within its share: hybrid:5
        // (50 bytes) holds none of them, so the GPU gets nothing; hybrid:10 holds one
        long[] weights = {600, 100, 100, 100, 100};
        assertFalse(StrategyManager.givesTheGpuATask(ExecutionStrategy.parse("hybrid:0"), weights));
        assertFalse(StrategyManager.givesTheGpuATask(ExecutionStrategy.parse("hybrid:5"), weights));
        assertTrue(StrategyManager.givesTheGpuATask(ExecutionStrategy.parse("hybrid:10"), weights));
        assertTrue(StrategyManager.givesTheGpuATask(new ExecutionStrategy.GpuOnly(), weights));
        assertFalse(StrategyManager.givesTheGpuATask(new ExecutionStrategy.CpuOnly(), weights));
        CountingGpu none = new CountingGpu(-1, 0);
        ExecutionResult<Long> cpuOnly = StrategyManager.withStrategy(cpu(), none, ExecutionStrategy.parse("hybrid:5"),
                WITH_GPU, () -> LOAD).withWeigher(t -> weights[t]).execute(range(5), new WorkloadProfile(5, 1, 1, 0.5));
        assertEquals(0, none.calls.get(), "a share that holds no task never calls the GPU");
        assertSquaresOnce(cpuOnly, 5, none);
        cpuRuns.clear();
        // hybrid:40 (400 bytes) runs from the shared queue: the GPU gets tasks, each task runs once (which
        // side gets which depends on timing on real threads; SharedQueueTest checks the policy itself)
        CountingGpu gpu = new CountingGpu(-1, 0);
        ExecutionResult<Long> r = StrategyManager.withStrategy(cpu(), gpu, ExecutionStrategy.parse("hybrid:40"),
                WITH_GPU, () -> LOAD).withWeigher(t -> weights[t]).execute(range(5), new WorkloadProfile(5, 1, 1, 0.5));
        assertTrue(gpu.completed.size() >= 1, "the GPU took tasks");
        assertSquaresOnce(r, 5, gpu);
    }
}
