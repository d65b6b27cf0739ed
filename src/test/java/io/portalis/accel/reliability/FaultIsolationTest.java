package io.portalis.accel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.portalis.accel.report.ReportAssembler;
import io.portalis.accel.strategy.CpuExecutor;
import io.portalis.accel.strategy.ExecutionResult;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.transpile.CpuKernel;
import io.portalis.accel.transpile.FileDiagnostic;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FilePipeline;
import io.portalis.accel.transpile.FileStatus;
import io.portalis.accel.transpile.OutputTree;
import io.portalis.accel.transpile.PathFilter;
import io.portalis.accel.transpile.SourceFile;
import io.portalis.accel.transpile.SourceWalker;
import io.portalis.accel.transpile.WorkloadProfiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, faults inside one file's work: a bug-like exception, an OutOfMemoryError, a full disk, a
 * file deleted or unreadable after the walk. Each fails that file alone; the others are transpiled.
 */
class FaultIsolationTest {
    private static final String PROGRAM = "def f(x: int) -> int:\n    return x + 1\n\nprint(f(1))\n";

    @TempDir
    Path tmp;

    private List<SourceFile> sources(int n) throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        for (int i = 0; i < n; i++) {
            Files.writeString(src.resolve("m" + i + ".py"), PROGRAM);
        }
        return new SourceWalker(PathFilter.defaults()).walk(src, tmp.resolve("out")).files();
    }

    private static List<FileOutcome> run(List<SourceFile> files, CpuExecutor.TaskFunction<SourceFile, FileOutcome> task) {
        StrategyManager<SourceFile, FileOutcome> manager = StrategyManager.cpuOnly(new CpuExecutor<>(task, 3,
                CpuKernel.WORKER_STACK_BYTES));
        ExecutionResult<FileOutcome> result = manager.execute(files, WorkloadProfiles.ofFiles(files));
        return ReportAssembler.outcomes(files, result);
    }

    private static void assertOnlyFailed(List<FileOutcome> outcomes, String failedPath, String code) {
        assertEquals(6, outcomes.size());
        for (FileOutcome o : outcomes) {
            if (o.path().equals(failedPath)) {
                assertEquals(FileStatus.FAILED, o.status());
                FileDiagnostic d = o.diagnostics().get(o.diagnostics().size() - 1);
                assertEquals(code, d.code(), o.diagnostics().toString());
                assertEquals("error", d.severity());
            } else {
                assertEquals(FileStatus.OK, o.status(), o.path() + ": " + o.diagnostics());
            }
        }
    }

    @Test
    void aBugLikeExceptionInOneFileFailsThatFileWithAnInternalError() throws IOException {
        List<SourceFile> files = sources(6);
        FilePipeline pipeline = new FilePipeline(new OutputTree(tmp.resolve("out")));
        List<FileOutcome> outcomes = run(files, f -> {
            if (f.relativePath().equals("m3.py")) {
                Object notAString = Integer.valueOf(3);
                return pipeline.process(new SourceFile(f.path(), (String) notAString, 0)); // a ClassCastException
            }
            return pipeline.process(f);
        });
        assertOnlyFailed(outcomes, "m3.py", "E-INTERNAL");
        assertTrue(outcomes.get(3).diagnostics().get(0).message().contains("ClassCastException"));
        assertFalse(Files.exists(tmp.resolve("out/m3.rs")));
        assertTrue(Files.exists(tmp.resolve("out/m4.rs")));
    }

    @Test
    void anOutOfMemoryErrorInOneFileFailsThatFileAndTheJvmGoesOn() throws IOException {
        List<SourceFile> files = sources(6);
        FilePipeline pipeline = new FilePipeline(new OutputTree(tmp.resolve("out")));
        List<FileOutcome> outcomes = run(files, f -> {
            if (f.relativePath().equals("m2.py")) {
                long[][] hog = new long[1024][];
                for (int i = 0; i < hog.length; i++) {
                    hog[i] = new long[Integer.MAX_VALUE - 8]; // 16 GB at a time: a real OutOfMemoryError, at once
                }
                return null;
            }
            return pipeline.process(f);
        });
        assertOnlyFailed(outcomes, "m2.py", "E-INTERNAL");
        assertTrue(outcomes.get(2).diagnostics().get(0).message().contains("OutOfMemoryError"),
                outcomes.get(2).diagnostics().toString());
    }

    @Test
    void aFullDiskFailsTheFileBeingWrittenAndLeavesNoPartialFile() throws IOException {
        List<SourceFile> files = sources(6);
        Path out = tmp.resolve("out");
        AtomicInteger writes = new AtomicInteger();
        OutputTree.FileWriter fillsUp = (file, bytes) -> {
            if (file.getFileName().toString().startsWith(".m5.rs.")) {
                try (OutputStream o = Files.newOutputStream(file)) {
                    o.write(bytes, 0, bytes.length / 2); // half the bytes reach the disk, then it is full
                }
                throw new IOException("No space left on device");
            }
            writes.incrementAndGet();
            Files.write(file, bytes);
        };
        FilePipeline pipeline = new FilePipeline(new OutputTree(out, fillsUp));
        List<FileOutcome> outcomes = run(files, pipeline::process);
        assertOnlyFailed(outcomes, "m5.py", "E-WRITE");
        assertTrue(outcomes.get(5).diagnostics().get(0).message().contains("No space left on device"));
        assertEquals(5, writes.get());
        assertFalse(Files.exists(out.resolve("m5.rs")));
        assertEquals(List.of("m0.rs", "m1.rs", "m2.rs", "m3.rs", "m4.rs"), Reports.tree(out).keySet().stream().toList());
    }

    @Test
    void aFileDeletedAfterTheWalkFailsWithAReadError() throws IOException {
        List<SourceFile> files = sources(6);
        Files.delete(files.get(1).path());
        FilePipeline pipeline = new FilePipeline(new OutputTree(tmp.resolve("out")));
        List<FileOutcome> outcomes = run(files, pipeline::process);
        assertOnlyFailed(outcomes, "m1.py", "E-READ");
        assertTrue(outcomes.get(1).diagnostics().get(0).message().contains("NoSuchFileException"));
    }

    @Test
    void aFileWithoutReadPermissionFailsWithAReadError() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file whatever its permissions");
        List<SourceFile> files = sources(6);
        Files.setPosixFilePermissions(files.get(4).path(), PosixFilePermissions.fromString("---------"));
        FilePipeline pipeline = new FilePipeline(new OutputTree(tmp.resolve("out")));
        List<FileOutcome> outcomes = run(files, pipeline::process);
        assertOnlyFailed(outcomes, "m4.py", "E-READ");
    }
}
