package io.portalis.accel.transpile;

import io.portalis.accel.strategy.CpuExecutor;

/** The CPU batch kernel: each worker runs the whole {@link FilePipeline} for one file. */
public final class CpuKernel {
    /** Worker stack size: deep but finite, so pathological nesting gives a diagnostic, not a crash. */
    public static final long WORKER_STACK_BYTES = 16L << 20;

    private CpuKernel() {}

    public static CpuExecutor<SourceFile, FileOutcome> executor(FilePipeline pipeline, int threads) {
        return new CpuExecutor<>(pipeline::process, threads, WORKER_STACK_BYTES);
    }
}
