package io.portalis.accel.hardware;

import java.util.Objects;

/**
 * One OpenCL device as the probe saw it.
 *
 * @param platform           the OpenCL platform's name
 * @param name               the device's name
 * @param vendor             the device's vendor
 * @param type               {@code GPU}, {@code CPU}, {@code ACCELERATOR} or another OpenCL device type
 * @param driverVersion      the driver version the device reports
 * @param globalMemoryBytes  CL_DEVICE_GLOBAL_MEM_SIZE
 * @param maxAllocationBytes CL_DEVICE_MAX_MEM_ALLOC_SIZE
 * @param computeUnits       CL_DEVICE_MAX_COMPUTE_UNITS
 * @param freeMemoryBytes    free device memory when a vendor extension or NVML tells it, else {@code null}
 */
public record GpuDevice(
        String platform,
        String name,
        String vendor,
        String type,
        String driverVersion,
        long globalMemoryBytes,
        long maxAllocationBytes,
        int computeUnits,
        Long freeMemoryBytes) implements java.io.Serializable {

    public GpuDevice {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(driverVersion, "driverVersion");
    }

    /** Share of device memory in use, 0..1, or {@code null} when the free memory is unknown. */
    public Double memoryPressure() {
        if (freeMemoryBytes == null || globalMemoryBytes <= 0) {
            return null;
        }
        double used = 1.0 - (double) freeMemoryBytes / globalMemoryBytes;
        return Math.max(0.0, Math.min(1.0, used));
    }
}
