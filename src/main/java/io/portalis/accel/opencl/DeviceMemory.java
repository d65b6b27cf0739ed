package io.portalis.accel.opencl;

/**
 * A device's memory pressure (share in use, 0..1), read live: NVML's free memory on NVIDIA,
 * CL_DEVICE_GLOBAL_FREE_MEMORY_AMD on AMD, and otherwise, where no API tells the free memory,
 * what this process holds on the device over its total.
 */
public final class DeviceMemory {
    private DeviceMemory() {}

    /** Where a pressure figure came from. */
    public enum Source { NVML, AMD_FREE_MEMORY, OWN_ALLOCATION }

    public record Pressure(double value, Source source) {}

    public static Pressure pressure(OpenClDevice device, long bytesHeldByThisProcess) {
        long total = device.info().globalMemoryBytes();
        if (total <= 0) {
            return new Pressure(0, Source.OWN_ALLOCATION);
        }
        if (device.pciBusId() != null) {
            Long free = Nvml.freeMemory(device.pciBusId());
            if (free != null) {
                return new Pressure(clamp(1.0 - (double) free / total), Source.NVML);
            }
        }
        if (device.info().freeMemoryBytes() != null) {
            Long free = OpenClDevices.amdFreeMemory(device.device());
            if (free != null) {
                return new Pressure(clamp(1.0 - (double) free / total), Source.AMD_FREE_MEMORY);
            }
        }
        return new Pressure(clamp((double) bytesHeldByThisProcess / total), Source.OWN_ALLOCATION);
    }

    private static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }
}
