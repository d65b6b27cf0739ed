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

    /**
     * The load sampler for the strategy manager: the hardware probe's sample, with the GPU memory
     * pressure read live from the chosen device (NVML, AMD's free-memory query, or what this process
     * holds through {@code kernel} over the device's total).
     */
    java.util.function.Supplier<io.portalis.accel.strategy.SystemLoad> loadSampler(
            io.portalis.accel.hardware.HardwareProbe hardware, GpuProbeResult probed,
            GpuExecutor<SourceFile, FileOutcome> kernel) {
        OpenClDevice device = probe.selected();
        if (!(probed instanceof GpuProbeResult.Available) || device == null) {
            return hardware.loadSampler(probed);
        }
        return () -> {
            io.portalis.accel.strategy.SystemLoad s = hardware.sampleLoad(probed);
            long held = kernel instanceof OpenClKernel k ? k.deviceBytesHeld() : 0;
            double pressure = io.portalis.accel.opencl.DeviceMemory.pressure(device, held).value();
            return new io.portalis.accel.strategy.SystemLoad(s.cpuUtilization(), s.memoryAvailableBytes(),
                    s.memoryTotalBytes(), pressure);
        };
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
