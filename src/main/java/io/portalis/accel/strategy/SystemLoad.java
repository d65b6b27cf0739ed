package io.portalis.accel.strategy;

/**
 * How busy the machine is at the moment of sampling.
 *
 * @param cpuUtilization        system-wide CPU use, 0..1, {@code null} when it could not be measured
 * @param memoryAvailableBytes  physical memory available now
 * @param memoryTotalBytes      physical memory in total
 * @param gpuMemoryPressure     share of the GPU's memory in use, 0..1; {@code null} when there is no GPU
 *                              or its backend cannot tell (never an invented 0)
 */
public record SystemLoad(Double cpuUtilization, long memoryAvailableBytes, long memoryTotalBytes, Double gpuMemoryPressure)
        implements java.io.Serializable {
    public SystemLoad {
        checkFraction("cpuUtilization", cpuUtilization);
        checkFraction("gpuMemoryPressure", gpuMemoryPressure);
        if (memoryAvailableBytes < 0 || memoryTotalBytes < 0) {
            throw new IllegalArgumentException("negative memory figures");
        }
    }

    private static void checkFraction(String name, Double value) {
        if (value != null && !(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in 0..1: " + value);
        }
    }

    /** Share of physical memory available, 0..1, or {@code null} when the total is unknown. */
    public Double memoryAvailability() {
        return memoryTotalBytes == 0 ? null : (double) memoryAvailableBytes / memoryTotalBytes;
    }
}
