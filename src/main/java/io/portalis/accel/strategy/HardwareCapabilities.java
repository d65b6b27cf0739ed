package io.portalis.accel.strategy;

import java.util.List;
import java.util.Objects;

/**
 * What the machine offers, as detected (never assumed).
 *
 * @param cpuCores          logical processors available to the JVM's host
 * @param gpuAvailable      whether a usable GPU (OpenCL device) was found
 * @param gpuMemoryBytes    global memory of the chosen GPU, {@code null} when there is none
 * @param gpuName           the chosen GPU's name, {@code null} when there is none
 * @param gpuVendor         the chosen GPU's vendor, {@code null} when there is none
 * @param cpuSimdSupport    the SIMD instruction-set flags the CPU reports (e.g. {@code sse4_2}, {@code avx2}, {@code neon})
 * @param systemMemoryBytes total physical memory
 */
public record HardwareCapabilities(
        int cpuCores,
        boolean gpuAvailable,
        Long gpuMemoryBytes,
        String gpuName,
        String gpuVendor,
        List<String> cpuSimdSupport,
        long systemMemoryBytes) implements java.io.Serializable {

    public HardwareCapabilities {
        if (cpuCores < 1) {
            throw new IllegalArgumentException("cpuCores < 1: " + cpuCores);
        }
        cpuSimdSupport = List.copyOf(Objects.requireNonNull(cpuSimdSupport, "cpuSimdSupport"));
        if (!gpuAvailable && (gpuMemoryBytes != null || gpuName != null || gpuVendor != null)) {
            throw new IllegalArgumentException("GPU details given but gpuAvailable is false");
        }
    }

    /** The same machine seen without its GPU (e.g. when the GPU path is switched off). */
    public HardwareCapabilities withoutGpu() {
        return new HardwareCapabilities(cpuCores, false, null, null, null, cpuSimdSupport, systemMemoryBytes);
    }
}
