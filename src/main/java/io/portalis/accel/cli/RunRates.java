package io.portalis.accel.cli;

import io.portalis.accel.calibration.CalibrationFile;
import io.portalis.accel.calibration.RunCalibration;
import io.portalis.accel.calibration.UnitKeys;
import io.portalis.accel.hardware.GpuDevice;
import io.portalis.accel.hardware.GpuProbeResult;
import java.time.Instant;

/** Where {@code transpile} and {@code calibrate} find this machine's units in the calibration file. */
final class RunRates {
    private RunRates() {}

    /** The calibration of a run on {@code workers} workers and the probed device; off reads and writes nothing. */
    static RunCalibration open(boolean off, String cpuName, int workers, GpuProbeResult gpu) {
        if (off) {
            return RunCalibration.off();
        }
        GpuDevice device = device(gpu);
        return RunCalibration.load(CalibrationFile.atDefaultLocation(), UnitKeys.cpu(cpuName, workers, VersionInfo.version()),
                device == null ? null : UnitKeys.gpu(device, VersionInfo.version()), Instant.now());
    }

    /** The chosen OpenCL device, {@code null} when there is none. */
    static GpuDevice device(GpuProbeResult gpu) {
        return gpu instanceof GpuProbeResult.Available a ? a.devices().get(a.selected()) : null;
    }

    /** Whether the chosen device runs on the host's own cores (an OpenCL CPU device such as POCL). */
    static boolean sharesCpu(GpuProbeResult gpu) {
        GpuDevice d = device(gpu);
        return d != null && "CPU".equalsIgnoreCase(d.type());
    }
}
