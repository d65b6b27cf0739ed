package io.portalis.accel.transpile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.opencl.FaultInjection;
import io.portalis.accel.opencl.OpenClDevice;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.opencl.OpenClTestSupport;
import io.portalis.accel.strategy.CpuExecutor;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.ExecutorKind;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.RateMeter;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.strategy.UnitRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared queue with the real OpenCL kernel (POCL allowed): rates that make sharing the best plan,
 * so the kernel is called once per sub-batch the queue hands it, beside the CPU workers. The output
 * tree is byte-identical to the CPU's, each file runs once, and an injected fault in the first
 * sub-batch keeps what it finished and reruns only the rest of that sub-batch.
 */
class SharedOpenClRunTest {
    @TempDir
    Path tmp;

    private static final HardwareCapabilities HW =
            new HardwareCapabilities(2, true, 1L << 30, "test device", "test", List.of(), 1L << 33);
    /** One file on one worker: 1 ms + 20 us per byte; one sub-batch: 5 ms + 10 us per byte (the pool's speed). */
    private static final RateMeter RATES =
            new RateMeter(new UnitRate(1e6, 20_000, 10), new UnitRate(5e6, 10_000, 4));

    private ExecutionResult<FileOutcome> run(OpenClDevice device, OpenClLexer.Settings settings, Path out,
            List<SourceFile> files) {
        FilePipeline pipeline = new FilePipeline(new OutputTree(out));
        try (CpuExecutor<SourceFile, FileOutcome> cpu = CpuKernel.executor(pipeline, 2)) {
            return StrategyManager.withAutoStrategy(cpu, new OpenClKernel(pipeline, device, settings, 2), HW,
                    () -> new io.portalis.accel.strategy.SystemLoad(null, 1, 2, null))
                    .withWeigher(SourceFile::size)
                    .withRates(new RateMeter(RATES.cpuPrior(), RATES.gpuPrior()), false)
                    .execute(files, WorkloadProfiles.ofFiles(files));
        }
    }

    @Test
    void sharedRunsWriteTheCpuTreeAndFallBackPerSubBatch() throws IOException {
        OpenClDevice device = OpenClTestSupport.deviceOrSkip();
        Path examples = Path.of("examples");
        List<SourceFile> files = new SourceWalker(PathFilter.defaults()).walk(examples, tmp.resolve("x")).files();
        FilePipeline cpuPipeline = new FilePipeline(new OutputTree(tmp.resolve("cpu")));
        try (CpuExecutor<SourceFile, FileOutcome> cpu = CpuKernel.executor(cpuPipeline, 2)) {
            StrategyManager.cpuOnly(cpu).execute(files, WorkloadProfiles.ofFiles(files));
        }
        Map<String, String> cpuTree = tree(tmp.resolve("cpu"));

        ExecutionResult<FileOutcome> clean = run(device, OpenClLexer.Settings.defaults(), tmp.resolve("shared"), files);
        assertEquals("measured", clean.selection().rule());
        assertTrue(clean.selection().shared(), clean.selection().reason());
        assertFalse(clean.fallbackOccurred(), clean.fallbackEvents().toString());
        assertTrue(clean.results().stream().anyMatch(r -> r.executor() == ExecutorKind.GPU), "the kernel ran files");
        assertTrue(clean.results().stream().anyMatch(r -> r.executor() == ExecutorKind.CPU), "so did the workers");
        assertEquals(cpuTree, tree(tmp.resolve("shared")));

        ExecutionResult<FileOutcome> faulty = run(device,
                OpenClLexer.Settings.defaults().withFault(FaultInjection.parse("oom")), tmp.resolve("fault"), files);
        assertTrue(faulty.fallbackOccurred());
        assertEquals(1, faulty.fallbackEvents().size());
        assertEquals("out_of_memory", faulty.fallbackEvents().get(0).cause());
        long rerun = faulty.results().stream().filter(r -> r.executor() == ExecutorKind.CPU_FALLBACK).count();
        assertEquals(faulty.fallbackEvents().get(0).tasksRerun(), rerun);
        assertTrue(rerun > 0, "the failed sub-batch's files reran on the CPU");
        assertEquals(0, faulty.results().stream().filter(r -> r.executor() == ExecutorKind.GPU).count(),
                "the fault came before the first upload, and the GPU took nothing after it");
        assertEquals(files.size(), faulty.results().size());
        assertTrue(faulty.results().stream().allMatch(r -> r.ok()), "every file has its outcome");
        assertEquals(cpuTree, tree(tmp.resolve("fault")));
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Arrays.toString(Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
