package io.portalis.accel.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StrategyManagerTest {
    private static final HardwareCapabilities WITH_GPU =
            new HardwareCapabilities(4, true, 1L << 30, "Test GPU", "Test Vendor", List.of("sse2"), 8L << 30);
    private static final SystemLoad LOAD = new SystemLoad(0.2, 4L << 30, 8L << 30, 0.1);

    /** The CPU path under test: squares a number, counting how often each task ran. */
    private final ConcurrentHashMap<Integer, Integer> cpuRuns = new ConcurrentHashMap<>();

    private CpuExecutor<Integer, Long> cpu(int threads) {
        return new CpuExecutor<>(t -> {
            cpuRuns.merge(t, 1, Integer::sum);
            if (t < 0) {
                throw new IllegalArgumentException("negative task " + t);
            }
            return (long) t * t;
        }, threads);
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static WorkloadProfile profile(int n) {
        return new WorkloadProfile(n, 1024, 1.0, 1.0);
    }

    private StrategyManager<Integer, Long> forced(ExecutionStrategy s, GpuExecutor<Integer, Long> gpu) {
        return StrategyManager.withStrategy(cpu(3), gpu, s, WITH_GPU, () -> LOAD);
    }

    private static void assertSquares(ExecutionResult<Long> r, int n) {
        assertEquals(n, r.results().size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, r.results().get(i).index());
            assertEquals((long) i * i, r.outputs().get(i), "task " + i);
        }
    }

    @Test
    void cpuOnlyRunsEverythingOnTheCpuInOrder() {
        ExecutionResult<Long> r = StrategyManager.cpuOnly(cpu(2)).execute(range(100), profile(100));
        assertSquares(r, 100);
        assertTrue(r.results().stream().allMatch(t -> t.executor() == ExecutorKind.CPU));
        assertFalse(r.fallbackOccurred());
        assertEquals(new ExecutionStrategy.CpuOnly(), r.used());
        assertNull(r.systemLoad());
        assertEquals(100, cpuRuns.size());
        assertTrue(cpuRuns.values().stream().allMatch(c -> c == 1));
    }

    @Test
    void workersAreKeptAcrossBatchesAndEndOnClose() throws Exception {
        java.util.Set<Thread> workers = ConcurrentHashMap.newKeySet();
        CpuExecutor<Integer, Long> cpu = new CpuExecutor<>(t -> {
            workers.add(Thread.currentThread());
            cpuRuns.merge(t, 1, Integer::sum);
            return (long) t * t;
        }, 2);
        StrategyManager<Integer, Long> m = StrategyManager.cpuOnly(cpu);
        for (int round = 0; round < 5; round++) {
            assertSquares(m.execute(range(200), profile(200)), 200);
        }
        assertTrue(cpuRuns.values().stream().allMatch(c -> c == 5), "each task once per batch");
        assertTrue(workers.size() <= 2, "five batches ran on at most the pool's 2 threads, not a pool per batch: " + workers);
        assertTrue(workers.stream().allMatch(Thread::isDaemon), "workers never keep the JVM alive");
        cpu.close();
        for (Thread t : workers) {
            t.join(TimeUnit.SECONDS.toMillis(30));
            assertFalse(t.isAlive(), t + " ended after close");
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> m.execute(range(3), profile(3)));
    }

    @Test
    void emptyBatchGivesEmptyResult() {
        ExecutionResult<Long> r = forced(new ExecutionStrategy.GpuOnly(), new ScriptedGpu<>(t -> 0L, 4)).execute(List.of(), profile(0));
        assertEquals(0, r.results().size());
        assertFalse(r.fallbackOccurred());
    }

    @Test
    void autoWithoutGpuSelectsCpu() {
        StrategyManager<Integer, Long> m = StrategyManager.withAutoStrategy(cpu(2),
                GpuExecutor.unavailable("no OpenCL platform"), WITH_GPU.withoutGpu(), () -> LOAD);
        ExecutionResult<Long> r = m.execute(range(60), profile(60));
        assertEquals("no_gpu", r.selection().rule());
        assertEquals(new ExecutionStrategy.Auto(), r.requested());
        assertFalse(r.fallbackOccurred());
        assertSquares(r, 60);
        assertEquals(LOAD, r.systemLoad());
    }

    @Test
    void autoWithGpuAndLargeBatchRunsOnTheGpu() {
        ScriptedGpu<Integer, Long> gpu = new ScriptedGpu<>(t -> (long) t * t, 16);
        ExecutionResult<Long> r = StrategyManager.withAutoStrategy(cpu(2), gpu, WITH_GPU, () -> LOAD)
                .execute(range(64), profile(64));
        assertEquals(new ExecutionStrategy.GpuOnly(), r.used());
        assertTrue(r.results().stream().allMatch(t -> t.executor() == ExecutorKind.GPU));
        assertTrue(cpuRuns.isEmpty());
        assertSquares(r, 64);
    }

    @Test
    void hybridSharesOneQueueRunsBothAtOnceAndMergesInOrder() throws Exception {
        // CPU tasks take uneven times; the GPU part starts only once a CPU task is running,
        // which would deadlock (and fail the latch) if the parts ran one after the other.
        CountDownLatch cpuStarted = new CountDownLatch(1);
        CpuExecutor<Integer, Long> slowCpu = new CpuExecutor<>(t -> {
            cpuStarted.countDown();
            Thread.sleep((t * 7L) % 5);
            cpuRuns.merge(t, 1, Integer::sum);
            return (long) t * t;
        }, 3);
        AtomicInteger latchOk = new AtomicInteger();
        ScriptedGpu<Integer, Long> gpu = new ScriptedGpu<Integer, Long>(t -> (long) t * t, 5).beforeFirstBatch(() -> {
            try {
                if (cpuStarted.await(30, TimeUnit.SECONDS)) {
                    latchOk.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ExecutionResult<Long> r = StrategyManager.withStrategy(slowCpu, gpu, ExecutionStrategy.parse("hybrid:70"),
                WITH_GPU, () -> LOAD).execute(range(33), profile(33));
        assertTrue(latchOk.get() >= 1, "GPU part ran while the CPU part was running");
        assertSquares(r, 33);
        // both sides pulled from one queue (no fixed block of tasks), each task ran once, on one side
        long onGpu = r.results().stream().filter(t -> t.executor() == ExecutorKind.GPU).count();
        long onCpu = r.results().stream().filter(t -> t.executor() == ExecutorKind.CPU).count();
        assertTrue(onGpu > 0 && onCpu > 0, onGpu + " on the GPU, " + onCpu + " on the CPU");
        assertEquals(33, onGpu + onCpu);
        assertEquals(onGpu, gpu.completions.get());
        assertEquals(onCpu, cpuRuns.size());
        for (int i = 0; i < 33; i++) {
            assertEquals(1, gpu.completedTasks.getOrDefault(i, 0) + cpuRuns.getOrDefault(i, 0), "task " + i);
        }
        assertFalse(r.fallbackOccurred());
    }

    static Stream<Arguments> failures() {
        List<GpuFailure> kinds = List.of(new GpuOutOfMemory("CL_MEM_OBJECT_ALLOCATION_FAILURE"),
                new GpuDriverError("CL_INVALID_KERNEL"), new GpuUnavailable("device lost"), new GpuTimeout("watchdog after 5 s"));
        List<ExecutionStrategy> strategies = List.of(new ExecutionStrategy.GpuOnly(), ExecutionStrategy.Hybrid.ofGpuPercent(70));
        List<Arguments> out = new ArrayList<>();
        for (GpuFailure f : kinds) {
            for (ExecutionStrategy s : strategies) {
                out.add(Arguments.of(f, s));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("failures")
    void typedGpuFailureKeepsFinishedResultsAndRerunsTheRestOnce(GpuFailure failure, ExecutionStrategy strategy) {
        int n = 200;
        // GpuOnly: one call of all 200 tasks, failing after 37. hybrid:70 (unit weights, no rates): the
        // GPU's first sub-batch from the shared queue is a sixteenth of its share of what is left (about
        // 8 tasks; CPU tasks of 1 ms keep the workers from emptying the queue first), failing after 5
        boolean shared = strategy instanceof ExecutionStrategy.Hybrid;
        int finished = shared ? 5 : 37;
        ScriptedGpu<Integer, Long> gpu = new ScriptedGpu<Integer, Long>(t -> (long) t * t, 8).failAfter(finished, failure);
        CpuExecutor<Integer, Long> cpu = shared ? new CpuExecutor<>(t -> {
            Thread.sleep(1);
            cpuRuns.merge(t, 1, Integer::sum);
            return (long) t * t;
        }, 3) : cpu(3);
        ExecutionResult<Long> r = StrategyManager.withStrategy(cpu, gpu, strategy, WITH_GPU, () -> LOAD)
                .execute(range(n), profile(n));

        assertSquares(r, n);
        assertTrue(r.fallbackOccurred());
        assertFalse(r.runFailed());
        assertEquals(1, r.fallbackEvents().size());
        FallbackEvent e = r.fallbackEvents().get(0);
        assertEquals(failure.cause(), e.cause());
        assertEquals(failure.message(), e.message());
        assertEquals("gpu", e.from());
        assertEquals("cpu", e.to());

        long onGpu = r.results().stream().filter(t -> t.executor() == ExecutorKind.GPU).count();
        long fellBack = r.results().stream().filter(t -> t.executor() == ExecutorKind.CPU_FALLBACK).count();
        assertEquals(finished, onGpu);
        assertEquals(fellBack, e.tasksRerun());
        if (shared) {
            // only the failed sub-batch's unfinished tasks move; the rest of the queue was never the GPU's
            assertTrue(fellBack > 0 && fellBack < n - finished, fellBack + " rerun");
        } else {
            assertEquals(n - finished, fellBack);
        }
        // no task ran to completion twice: GPU completions and CPU runs are disjoint and cover all
        for (int i = 0; i < n; i++) {
            int gpuCount = gpu.completedTasks.getOrDefault(i, 0);
            int cpuCount = cpuRuns.getOrDefault(i, 0);
            assertEquals(1, gpuCount + cpuCount, "task " + i + " ran " + gpuCount + "x on GPU, " + cpuCount + "x on CPU");
        }
        assertEquals(strategy, r.used(), "the GPU finished some tasks, so the strategy used stays the selected one");
        assertEquals(1, r.errors().size());
        assertTrue(r.errors().get(0).contains(failure.cause()), r.errors().get(0));
    }

    @Test
    void unavailableGpuFallsBackWithItsReasonAndUsedIsCpu() {
        ExecutionResult<Long> r = forced(ExecutionStrategy.parse("hybrid:70"),
                GpuExecutor.unavailable("libOpenCL.so could not be loaded")).execute(range(20), profile(20));
        assertSquares(r, 20);
        assertTrue(r.fallbackOccurred());
        assertEquals("unavailable", r.fallbackEvents().get(0).cause());
        assertEquals("libOpenCL.so could not be loaded", r.fallbackEvents().get(0).message());
        // the GPU's first sub-batch from the shared queue moves to the CPU; the rest never was the GPU's
        long rerun = r.results().stream().filter(t -> t.executor() == ExecutorKind.CPU_FALLBACK).count();
        assertTrue(rerun >= 1, "the failed sub-batch moved");
        assertEquals(rerun, r.fallbackEvents().get(0).tasksRerun());
        assertEquals(20, rerun + r.results().stream().filter(t -> t.executor() == ExecutorKind.CPU).count());
        assertEquals(new ExecutionStrategy.CpuOnly(), r.used());
        assertEquals(ExecutionStrategy.parse("hybrid:70"), r.selection().strategy());
    }

    @Test
    void strictModeUnderHybridLeavesOnlyTheFailedSubBatchNotRun() {
        // CPU tasks of 1 ms so the GPU's first sub-batch (about 8 tasks) is cut off after 5
        CpuExecutor<Integer, Long> cpu = new CpuExecutor<>(t -> {
            Thread.sleep(1);
            cpuRuns.merge(t, 1, Integer::sum);
            return (long) t * t;
        }, 3);
        ScriptedGpu<Integer, Long> gpu = new ScriptedGpu<Integer, Long>(t -> (long) t * t, 4).failAfter(5, new GpuTimeout("5 s"));
        int n = 200;
        ExecutionResult<Long> r = StrategyManager.withStrategy(cpu, gpu, ExecutionStrategy.parse("hybrid:70"), WITH_GPU,
                () -> LOAD).withFallback(false).execute(range(n), profile(n));
        assertTrue(r.runFailed());
        assertFalse(r.fallbackOccurred(), "nothing moved to the CPU");
        assertEquals("none", r.fallbackEvents().get(0).to());
        long notRun = r.results().stream().filter(TaskResult::notRun).count();
        long onGpu = r.results().stream().filter(t -> t.executor() == ExecutorKind.GPU).count();
        long onCpu = r.results().stream().filter(t -> t.executor() == ExecutorKind.CPU).count();
        assertEquals(5, onGpu);
        assertTrue(notRun > 0 && notRun < n - 5, notRun + " not run: only the failed sub-batch's rest");
        assertEquals(n, onGpu + onCpu + notRun, "the workers ran the rest of the queue");
        assertEquals(0, r.results().stream().filter(t -> t.executor() == ExecutorKind.CPU_FALLBACK).count());
        for (int i = 0; i < n; i++) {
            TaskResult<Long> t = r.results().get(i);
            assertEquals(t.notRun() ? 0 : 1, gpu.completedTasks.getOrDefault(i, 0) + cpuRuns.getOrDefault(i, 0), "task " + i);
        }
    }

    @Test
    void strictModeTurnsAGpuFailureIntoAFailedRun() {
        ScriptedGpu<Integer, Long> gpu = new ScriptedGpu<Integer, Long>(t -> (long) t * t, 4).failAfter(5, new GpuTimeout("5 s"));
        ExecutionResult<Long> r = forced(new ExecutionStrategy.GpuOnly(), gpu).withFallback(false).execute(range(12), profile(12));
        assertTrue(r.runFailed());
        assertFalse(r.fallbackOccurred(), "nothing moved to the CPU");
        assertEquals("none", r.fallbackEvents().get(0).to());
        assertEquals(0, r.fallbackEvents().get(0).tasksRerun());
        assertTrue(cpuRuns.isEmpty(), "nothing reran on the CPU");
        for (int i = 0; i < 12; i++) {
            TaskResult<Long> t = r.results().get(i);
            if (i < 5) {
                assertEquals(ExecutorKind.GPU, t.executor());
                assertTrue(t.ok());
            } else {
                assertEquals(ExecutorKind.NONE, t.executor());
                assertTrue(t.notRun());
                assertFalse(t.ok());
                assertTrue(t.error().contains("timeout"), t.error());
            }
        }
    }

    @Test
    void aGpuFailureAfterEveryTaskFinishedMovesNothingAndRecordsNoFallback() {
        for (boolean fallback : new boolean[] {true, false}) {
            cpuRuns.clear();
            ScriptedGpu<Integer, Long> gpu = new ScriptedGpu<Integer, Long>(t -> (long) t * t, 4)
                    .failAfter(12, new GpuOutOfMemory("CL_OUT_OF_RESOURCES"));
            ExecutionResult<Long> r = forced(new ExecutionStrategy.GpuOnly(), gpu).withFallback(fallback)
                    .execute(range(12), profile(12));
            assertSquares(r, 12);
            assertFalse(r.fallbackOccurred(), "fallback " + fallback);
            assertTrue(r.fallbackEvents().isEmpty(), r.fallbackEvents().toString());
            assertFalse(r.runFailed(), "every task finished, so strict mode has nothing to fail");
            assertEquals(new ExecutionStrategy.GpuOnly(), r.used());
            assertTrue(cpuRuns.isEmpty(), "nothing reran: " + cpuRuns);
            assertTrue(r.results().stream().allMatch(t -> t.executor() == ExecutorKind.GPU));
            assertEquals(1, r.errors().size(), "the failure is still told: " + r.errors());
            assertTrue(r.errors().get(0).contains("nothing was rerun"), r.errors().get(0));
        }
    }

    @Test
    void oneFailingTaskIsOneFailedResult() {
        List<Integer> tasks = new ArrayList<>(range(50));
        tasks.set(7, -1);
        tasks.set(31, -5);
        ExecutionResult<Long> r = StrategyManager.cpuOnly(cpu(4)).execute(tasks, profile(50));
        assertEquals(2, r.failedCount());
        assertEquals(48, r.okCount());
        assertFalse(r.results().get(7).ok());
        assertTrue(r.results().get(7).error().contains("negative task -1"));
        assertNull(r.outputs().get(31));
        assertEquals(64L, r.outputs().get(8));
        assertFalse(r.runFailed());
    }

    @Test
    void gpuExecutorThatStopsWithoutFailingCountsAsDriverError() {
        GpuExecutor<Integer, Long> lazy = new GpuExecutor<>() {
            @Override
            public String name() {
                return "lazy";
            }

            @Override
            public void execute(List<Integer> tasks, TaskSink<Long> sink) {
                sink.complete(0, 0L);
                sink.complete(0, 99L); // a second completion of the same task is ignored
            }
        };
        ExecutionResult<Long> r = forced(new ExecutionStrategy.GpuOnly(), lazy).execute(range(10), profile(10));
        assertSquares(r, 10);
        assertEquals("driver_error", r.fallbackEvents().get(0).cause());
        assertEquals(9, r.fallbackEvents().get(0).tasksRerun());
        assertEquals(ExecutorKind.GPU, r.results().get(0).executor());
    }

    @Test
    void oneTaskFailingOnTheGpuPathIsOneFailedResultAndNoFallback() {
        GpuExecutor<Integer, Long> oneBad = new GpuExecutor<>() {
            @Override
            public String name() {
                return "one-bad";
            }

            @Override
            public void execute(List<Integer> tasks, TaskSink<Long> sink) {
                for (int i = 0; i < tasks.size(); i++) {
                    if (i == 4) {
                        sink.fail(i, "IllegalStateException: bad input");
                    } else {
                        sink.complete(i, (long) tasks.get(i) * tasks.get(i));
                    }
                }
            }
        };
        ExecutionResult<Long> r = forced(new ExecutionStrategy.GpuOnly(), oneBad).execute(range(10), profile(10));
        assertFalse(r.fallbackOccurred());
        assertTrue(r.fallbackEvents().isEmpty());
        for (int i = 0; i < 10; i++) {
            TaskResult<Long> t = r.results().get(i);
            assertEquals(ExecutorKind.GPU, t.executor());
            if (i == 4) {
                assertFalse(t.ok());
                assertEquals("IllegalStateException: bad input", t.error());
            } else {
                assertEquals((long) i * i, t.value());
            }
        }
        assertTrue(cpuRuns.isEmpty(), "nothing reruns on the CPU: " + cpuRuns);
    }

    @Test
    void unexpectedExceptionInGpuExecutorIsADriverErrorNotACrash() {
        GpuExecutor<Integer, Long> broken = new GpuExecutor<>() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public void execute(List<Integer> tasks, TaskSink<Long> sink) {
                throw new IllegalStateException("kernel table corrupt");
            }
        };
        ExecutionResult<Long> r = forced(new ExecutionStrategy.GpuOnly(), broken).execute(range(10), profile(10));
        assertSquares(r, 10);
        assertEquals("driver_error", r.fallbackEvents().get(0).cause());
        assertTrue(r.fallbackEvents().get(0).message().contains("kernel table corrupt"));
    }

    @Test
    void tenThousandTasksNoneLostOrDuplicated() {
        int n = 10_000;
        for (ExecutionStrategy s : List.of(new ExecutionStrategy.CpuOnly(), ExecutionStrategy.parse("hybrid:55"),
                new ExecutionStrategy.GpuOnly())) {
            cpuRuns.clear();
            ScriptedGpu<Integer, Long> gpu = new ScriptedGpu<Integer, Long>(t -> (long) t * t, 256)
                    .failAfter(3_001, new GpuOutOfMemory("CL_OUT_OF_RESOURCES"));
            ExecutionResult<Long> r = forced(s, gpu).execute(range(n), profile(n));
            assertSquares(r, n);
            assertEquals(n, r.okCount());
            for (int i = 0; i < n; i++) {
                assertEquals(1, gpu.completedTasks.getOrDefault(i, 0) + cpuRuns.getOrDefault(i, 0), s.label() + " task " + i);
            }
        }
    }
}
