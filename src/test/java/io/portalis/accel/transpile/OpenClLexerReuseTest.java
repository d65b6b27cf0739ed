package io.portalis.accel.transpile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.opencl.FaultInjection;
import io.portalis.accel.opencl.OpenClDevice;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.opencl.OpenClTestSupport;
import io.portalis.accel.strategy.CpuExecutor;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.strategy.ExecutorKind;
import io.portalis.accel.strategy.GpuExecutor;
import io.portalis.accel.strategy.GpuFailureException;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.strategy.TaskResult;
import io.portalis.accel.strategy.TaskSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenCL kernel on a real device (POCL allowed) keeps one lexer for a whole run: a shared queue
 * that hands it many small sub-batches opens one OpenCL context, and the run's end releases it; a GPU
 * failure releases it at once, so nothing is left open and a later call starts from a fresh one.
 */
class OpenClLexerReuseTest {
    @TempDir
    Path tmp;

    private static final HardwareCapabilities HW =
            new HardwareCapabilities(2, true, 1L << 30, "test device", "test", List.of(), 1L << 33);

    /** The real kernel, with the queue's sub-batches capped small and its calls counted. */
    private static final class Counting implements GpuExecutor<SourceFile, FileOutcome> {
        final OpenClKernel kernel;
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger runsEnded = new AtomicInteger();

        Counting(OpenClKernel kernel) {
            this.kernel = kernel;
        }

        @Override
        public String name() {
            return kernel.name();
        }

        @Override
        public long maxBatchBytes() {
            return 200;
        }

        @Override
        public void execute(List<SourceFile> tasks, TaskSink<FileOutcome> sink) {
            calls.incrementAndGet();
            kernel.execute(tasks, sink);
        }

        @Override
        public void endRun() {
            runsEnded.incrementAndGet();
            kernel.endRun();
        }
    }

    private List<SourceFile> files(int n) throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        for (int i = 0; i < n; i++) {
            Files.writeString(src.resolve("m" + i + ".py"),
                    "def f(x: int) -> int:\n    return x * " + i + " + 1\n\nprint(f(" + i + "))\n");
        }
        return new SourceWalker(PathFilter.defaults()).walk(src, tmp.resolve("x")).files();
    }

    private ExecutionResult<FileOutcome> run(Counting gpu, FilePipeline pipeline, List<SourceFile> files) {
        try (CpuExecutor<SourceFile, FileOutcome> cpu = CpuKernel.executor(pipeline, 1)) {
            return StrategyManager.withStrategy(cpu, gpu, new ExecutionStrategy.Hybrid(90, 10), HW, () -> null)
                    .withWeigher(SourceFile::size)
                    .execute(files, WorkloadProfiles.ofFiles(files));
        }
    }

    @Test
    void oneRunOpensOneLexerForAllItsSubBatchesAndReleasesItAtTheEnd() throws IOException {
        OpenClDevice device = OpenClTestSupport.deviceOrSkip();
        List<SourceFile> files = files(40);
        int liveBefore = OpenClLexer.liveLexers();
        FilePipeline pipeline = new FilePipeline(new OutputTree(tmp.resolve("out")));
        Counting gpu = new Counting(new OpenClKernel(pipeline, device, OpenClLexer.Settings.defaults(), 1));

        ExecutionResult<FileOutcome> result = run(gpu, pipeline, files);

        assertFalse(result.fallbackOccurred(), result.fallbackEvents().toString());
        assertTrue(result.results().stream().allMatch(TaskResult::ok));
        // how many sub-batches the queue hands out depends on timing; capped at 200 bytes, 90% of the
        // bytes make several
        assertTrue(gpu.calls.get() >= 2, "the queue handed the kernel several sub-batches: " + gpu.calls.get());
        assertTrue(result.results().stream().filter(r -> r.executor() == ExecutorKind.GPU).count() >= 2);
        assertEquals(1, gpu.kernel.lexersOpened(), "one lexer for " + gpu.calls.get() + " calls");
        assertEquals(1, gpu.runsEnded.get(), "the run's end was told once");
        assertFalse(gpu.kernel.holdsLexer());
        assertEquals(0, gpu.kernel.deviceBytesHeld());
        assertEquals(liveBefore, OpenClLexer.liveLexers(), "the lexer was closed");

        // a second run on the same kernel opens its own lexer, once again
        run(gpu, new FilePipeline(new OutputTree(tmp.resolve("out2"))), files);
        assertEquals(2, gpu.kernel.lexersOpened());
        assertEquals(liveBefore, OpenClLexer.liveLexers());
    }

    @Test
    void anInjectedFaultReleasesTheRunsLexerAndLeaksNothing() throws IOException {
        OpenClDevice device = OpenClTestSupport.deviceOrSkip();
        List<SourceFile> files = files(24);
        int liveBefore = OpenClLexer.liveLexers();
        FilePipeline pipeline = new FilePipeline(new OutputTree(tmp.resolve("out")));
        Counting gpu = new Counting(new OpenClKernel(pipeline, device,
                OpenClLexer.Settings.defaults().withFault(FaultInjection.parse("driver:after=4")), 1));

        ExecutionResult<FileOutcome> result = run(gpu, pipeline, files);

        assertTrue(result.fallbackOccurred());
        assertEquals(1, result.fallbackEvents().size());
        assertEquals("driver_error", result.fallbackEvents().get(0).cause());
        long rerun = result.results().stream().filter(r -> r.executor() == ExecutorKind.CPU_FALLBACK).count();
        assertEquals(result.fallbackEvents().get(0).tasksRerun(), rerun);
        assertEquals(files.size(), result.results().size());
        assertTrue(result.results().stream().allMatch(TaskResult::ok));
        assertEquals(1, gpu.kernel.lexersOpened(), "the fault fired in the run's one lexer");
        assertFalse(gpu.kernel.holdsLexer());
        assertEquals(0, gpu.kernel.deviceBytesHeld());
        assertEquals(liveBefore, OpenClLexer.liveLexers(), "the broken lexer was closed");
    }

    @Test
    void aCallAfterAFailureOpensAFreshLexerInsteadOfReusingTheBrokenOne() throws IOException {
        OpenClDevice device = OpenClTestSupport.deviceOrSkip();
        List<SourceFile> files = files(3);
        int liveBefore = OpenClLexer.liveLexers();
        FilePipeline pipeline = new FilePipeline(new OutputTree(tmp.resolve("out")));
        OpenClKernel kernel = new OpenClKernel(pipeline, device,
                OpenClLexer.Settings.defaults().withFault(FaultInjection.parse("unavailable")), 1);
        TaskSink<FileOutcome> sink = new TaskSink<>() {
            @Override
            public void complete(int index, FileOutcome result) {
            }

            @Override
            public void fail(int index, String error) {
            }
        };
        assertThrows(GpuFailureException.class, () -> kernel.execute(files, sink));
        assertFalse(kernel.holdsLexer(), "released at the failure, before the run ended");
        assertEquals(liveBefore, OpenClLexer.liveLexers());
        GpuFailureException again = assertThrows(GpuFailureException.class, () -> kernel.execute(files, sink));
        assertTrue(again.getMessage().contains("injected fault"),
                "a fresh lexer failed as injected, not as 'unusable after an earlier failure': " + again.getMessage());
        assertEquals(2, kernel.lexersOpened());
        kernel.endRun();
        assertEquals(liveBefore, OpenClLexer.liveLexers());
    }
}
