package io.portalis.accel.transpile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.opencl.OpenClDevice;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.opencl.OpenClTestSupport;
import io.portalis.accel.report.ReportAssembler;
import io.portalis.accel.strategy.CpuExecutor;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.strategy.ExecutorKind;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.StrategyManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenCL batch kernel on a real device (POCL in CI, with PORTALIS_OPENCL_CPU=1 or not: CPU
 * devices are allowed here): a bug in one file's work after lexing fails that file alone, as on the
 * CPU path, and is no GPU failure — no fallback, nothing rerun.
 */
class OpenClKernelTest {
    @TempDir
    Path tmp;

    @Test
    void aBugInOneFilesWorkFailsThatFileWithoutAFallback() throws IOException {
        OpenClDevice device = OpenClTestSupport.deviceOrSkip();
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        for (int i = 0; i < 6; i++) {
            Files.writeString(src.resolve("m" + i + ".py"), "def f(x: int) -> int:\n    return x + 1\n\nprint(f(" + i + "))\n");
        }
        List<SourceFile> files = new SourceWalker(PathFilter.defaults()).walk(src, tmp.resolve("out")).files();
        FilePipeline pipeline = new FilePipeline(new OutputTree(tmp.resolve("out")));
        OpenClKernel kernel = new OpenClKernel(pipeline, (source, lexed, nanos) -> {
            if (source.file().relativePath().equals("m3.py")) {
                throw new IllegalStateException("bug in the translator");
            }
            return pipeline.processLexed(source, lexed, nanos);
        }, device, OpenClLexer.Settings.defaults(), 2);
        AtomicInteger cpuCalls = new AtomicInteger();
        CpuExecutor<SourceFile, FileOutcome> cpu = new CpuExecutor<>(f -> {
            cpuCalls.incrementAndGet();
            return pipeline.process(f);
        }, 2, CpuKernel.WORKER_STACK_BYTES);
        HardwareCapabilities hardware =
                new HardwareCapabilities(2, true, 1L << 30, "test device", "test", List.of(), 1L << 30);
        ExecutionResult<FileOutcome> result;
        try {
            result = StrategyManager.withStrategy(cpu, kernel, new ExecutionStrategy.GpuOnly(), hardware, () -> null)
                    .execute(files, WorkloadProfiles.ofFiles(files));
        } finally {
            cpu.close();
        }

        assertFalse(result.fallbackOccurred(), result.fallbackEvents().toString());
        assertEquals(0, cpuCalls.get(), "no file reran on the CPU");
        assertTrue(result.results().stream().allMatch(r -> r.executor() == ExecutorKind.GPU));
        List<FileOutcome> outcomes = ReportAssembler.outcomes(files, result);
        assertEquals(6, outcomes.size());
        for (FileOutcome o : outcomes) {
            if (o.path().equals("m3.py")) {
                assertEquals(FileStatus.FAILED, o.status());
                assertEquals("E-INTERNAL", o.diagnostics().get(0).code());
                assertTrue(o.diagnostics().get(0).message().contains("IllegalStateException: bug in the translator"));
            } else {
                assertEquals(FileStatus.OK, o.status(), o.path() + ": " + o.diagnostics());
            }
        }
        assertFalse(Files.exists(tmp.resolve("out/m3.rs")));
        assertTrue(Files.exists(tmp.resolve("out/m4.rs")));
    }
}
