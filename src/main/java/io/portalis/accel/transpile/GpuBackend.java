package io.portalis.accel.transpile;

import io.portalis.accel.hardware.GpuProbe;
import io.portalis.accel.hardware.GpuProbeResult;
import io.portalis.accel.opencl.OpenClDevice;
import io.portalis.accel.opencl.OpenClGpuProbe;
import io.portalis.accel.opencl.OpenClLexer;
import io.portalis.accel.opencl.OpenClDevices;
import io.portalis.accel.strategy.GpuExecutor;

/**
 * The one place where the GPU backend plugs into a run: the JOCL probe that finds OpenCL
 * devices (and picks one by an {@link OpenClDevices.Choice}), and the OpenCL batch kernel of
 * {@code transpile} (the CLI's and each Spark task's). Without a usable device every GPU strategy falls back to the CPU with cause
 * {@code unavailable} and the probe's exact reason.
 */
public final class GpuBackend {
    private final OpenClGpuProbe probe;

    public GpuBackend(OpenClDevices.Choice choice) {
        this.probe = new OpenClGpuProbe(choice);
    }

    public GpuProbe probe() {
        return probe;
    }

    /**
     * The load sampler for the strategy manager: the hardware probe's sample, with the GPU memory
     * pressure read live from the chosen device (NVML, AMD's free-memory query, or what this process
     * holds through {@code kernel} over the device's total).
     */
    public java.util.function.Supplier<io.portalis.accel.strategy.SystemLoad> loadSampler(
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

    public GpuExecutor<SourceFile, FileOutcome> kernel(FilePipeline pipeline, GpuProbeResult probed, OpenClLexer.Settings settings,
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
