package io.portalis.accel.calibration;

import io.portalis.accel.hardware.GpuDevice;

/**
 * The names processing units are kept under in the calibration file. A unit is re-learned when any
 * part changes: the CPU's model and the worker count (workers share the cores, so the time of one
 * task depends on how many run at once), the OpenCL device's name and driver, and this tool's version.
 */
public final class UnitKeys {
    private UnitKeys() {}

    public static String cpu(String cpuName, int workers, String toolVersion) {
        return "cpu|" + clean(cpuName) + "|workers=" + workers + "|" + clean(toolVersion);
    }

    public static String gpu(GpuDevice device, String toolVersion) {
        return "opencl|" + clean(device.name()) + "|" + clean(device.platform()) + "|driver=" + clean(device.driverVersion())
                + "|" + clean(toolVersion);
    }

    private static String clean(String s) {
        return s == null ? "unknown" : s.strip().replace('|', '/');
    }
}
