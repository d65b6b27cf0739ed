package io.portalis.accel.hardware;

import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.SystemLoad;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * Detects the machine with OSHI (cores, memory, SIMD flags, load) and a {@link GpuProbe} (devices).
 */
public final class HardwareProbe {
    private static final Logger LOG = LoggerFactory.getLogger(HardwareProbe.class);
    private final HardwareAbstractionLayer hal;
    private final CpuLoadWindow cpuLoad;

    /** Starts the CPU-utilisation window: make the probe early, read the load late. */
    public HardwareProbe() {
        this.hal = new SystemInfo().getHardware();
        this.cpuLoad = CpuLoadWindow.start(hal::getProcessor);
    }

    /** Cores, memory and SIMD flags from OSHI, and the GPU chosen by the probe result. */
    public HardwareCapabilities capabilities(GpuProbeResult gpu) {
        CentralProcessor cpu = hal.getProcessor();
        int cores = Math.max(1, cpu.getLogicalProcessorCount());
        List<String> simd = SimdFlags.fromFeatureLines(cpu.getFeatureFlags());
        long memory = hal.getMemory().getTotal();
        HardwareCapabilities caps;
        if (gpu instanceof GpuProbeResult.Available a) {
            GpuDevice d = a.device();
            caps = new HardwareCapabilities(cores, true, d.globalMemoryBytes(), d.name(), d.vendor(), simd, memory);
        } else {
            caps = new HardwareCapabilities(cores, false, null, null, null, simd, memory);
        }
        LOG.debug("hardware: {} CPU cores ({}), {} MiB memory, SIMD [{}], GPU: {}",
                cores, cpu.getProcessorIdentifier().getName().trim(), memory >> 20, String.join(" ", simd),
                gpu instanceof GpuProbeResult.Available a ? a.device().name() + " (" + a.device().vendor() + ")"
                        : "none (" + ((GpuProbeResult.Unavailable) gpu).reason() + ")");
        return caps;
    }

    /**
     * The CPU utilisation since this probe was made ({@link CpuLoadWindow}: {@code null} when that
     * window is too short to measure) and memory availability now; the GPU memory pressure comes from
     * the selected device's free memory, {@code null} when unknown. Never sleeps.
     */
    public SystemLoad sampleLoad(GpuProbeResult gpu) {
        Double cpuUtil = cpuLoad.utilisation();
        GlobalMemory mem = hal.getMemory();
        Double pressure = gpu instanceof GpuProbeResult.Available a ? a.device().memoryPressure() : null;
        return new SystemLoad(cpuUtil, mem.getAvailable(), mem.getTotal(), pressure);
    }

    /** {@link #sampleLoad} as a supplier for the strategy manager. */
    public Supplier<SystemLoad> loadSampler(GpuProbeResult gpu) {
        return () -> sampleLoad(gpu);
    }

    /** The processor's marketing name, for display. */
    public String cpuName() {
        return hal.getProcessor().getProcessorIdentifier().getName().trim();
    }
}
