package io.portalis.accel.cli;

import io.portalis.accel.hardware.GpuProbe;
import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.opencl.OpenClDevice;
import io.portalis.accel.opencl.OpenClGpuProbe;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.strategy.GpuExecutor;
import io.portalis.accel.transpile.FileOutcome;
import io.portalis.accel.transpile.FilePipeline;
import io.portalis.accel.transpile.OpenClKernel;
import io.portalis.accel.transpile.SourceFile;

/**
 * The one place where the GPU backend plugs into the commands: the JOCL probe that finds OpenCL
 * devices (and picks one by {@link DeviceOptions}), and the OpenCL batch kernel of
 * {@code transpile}. Without a usable device every GPU strategy falls back to the CPU with cause
 * {@code unavailable} and the probe's exact reason.
 */
final class GpuBackend {
    private final OpenClGpuProbe probe;

    GpuBackend(DeviceOptions devices) {
        this.probe = new OpenClGpuProbe(devices.choice());
    }

    GpuProbe probe() {
        return probe;
    }

    GpuExecutor<SourceFile, FileOutcome> kernel(FilePipeline pipeline, GpuProbeResult probed, OpenClLexer.Settings settings,
                                                int threads) {
        if (probed instanceof GpuProbeResult.Unavailable u) {
            return GpuExecutor.unavailable(u.reason());
        }
        OpenClDevice device = probe.selected();
        if (device == null) {
            return GpuExecutor.unavailable("the OpenCL probe chose no device");
        }
        return new OpenClKernel(pipeline, device, settings, threads);
    }
}
