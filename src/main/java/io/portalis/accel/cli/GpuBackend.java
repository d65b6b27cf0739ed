package io.portalis.accel.cli;

import io.portalis.accel.hardware.GpuProbe;
import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.strategy.GpuExecutor;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FilePipeline;
import io.portalis.accel.transpile.SourceFile;

/**
 * The one place where the GPU backend plugs into the commands: the probe that finds OpenCL devices
 * and the GPU batch kernel of {@code transpile}. This build has no OpenCL backend wired in, so the
 * probe says exactly that and every GPU strategy falls back to the CPU with cause
 * {@code unavailable}.
 */
final class GpuBackend {
    static final String NO_BACKEND = "this build has no OpenCL backend wired in, so there is no GPU path";

    private GpuBackend() {}

    static GpuProbe probe() {
        return GpuProbe.withoutBackend(NO_BACKEND);
    }

    static GpuExecutor<SourceFile, FileOutcome> kernel(FilePipeline pipeline, GpuProbeResult probed) {
        if (probed instanceof GpuProbeResult.Unavailable u) {
            return GpuExecutor.unavailable(u.reason());
        }
        return GpuExecutor.unavailable(NO_BACKEND);
    }
}
