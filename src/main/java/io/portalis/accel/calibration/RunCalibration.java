package io.portalis.accel.calibration;

import io.portalis.accel.strategy.RateMeter;
import io.portalis.accel.strategy.UnitRate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The calibration of one run: the rates on file for this run's CPU pool and OpenCL device (the
 * {@link RateMeter}'s priors), and, after the run, what it measured written back. Off
 * ({@code --no-calibration}, or no cache folder) it reads and writes nothing: the meter starts empty,
 * so {@code auto} uses the decision tree.
 */
public final class RunCalibration {
    private final Optional<CalibrationFile> file;
    private final String cpuKey;
    private final String gpuKey;
    private final RateMeter meter;

    private RunCalibration(Optional<CalibrationFile> file, String cpuKey, String gpuKey, RateMeter meter) {
        this.file = file;
        this.cpuKey = cpuKey;
        this.gpuKey = gpuKey;
        this.meter = meter;
    }

    /** Reading nothing and writing nothing. */
    public static RunCalibration off() {
        return new RunCalibration(Optional.empty(), null, null, RateMeter.unknown());
    }

    /**
     * The rates on file for {@code cpuKey} and {@code gpuKey} ({@code null} when the run has no
     * device); the meter is calibrated only when both are there.
     */
    public static RunCalibration load(Optional<CalibrationFile> file, String cpuKey, String gpuKey, Instant now) {
        if (file.isEmpty()) {
            return new RunCalibration(file, cpuKey, gpuKey, RateMeter.unknown());
        }
        Map<String, RateEntry> table = file.get().read(now);
        RateEntry cpu = table.get(cpuKey);
        RateEntry gpu = gpuKey == null ? null : table.get(gpuKey);
        Double load = cpu == null ? null : cpu.cpuLoad();
        return new RunCalibration(file, cpuKey, gpuKey,
                new RateMeter(cpu == null ? null : cpu.rate(), gpu == null ? null : gpu.rate(), load));
    }

    public RateMeter meter() {
        return meter;
    }

    public Optional<CalibrationFile> file() {
        return file;
    }

    /**
     * Writes what this run measured (units that ran nothing are left as they were), with the CPU
     * utilization sampled before the run. Returns the units written. A run where the CPU workers and
     * the GPU path ran at the same time (hybrid, or auto sharing one queue) keeps nothing: each unit's
     * times there include the other's competition, so they are not the unit's own rate.
     */
    public Map<String, UnitRate> save(Double cpuLoad, Instant now) {
        Map<String, UnitRate> observed = new LinkedHashMap<>();
        if (file.isEmpty() || meter.ranTogether()) {
            return observed;
        }
        UnitRate cpu = meter.observedCpu();
        UnitRate gpu = meter.observedGpu();
        if (cpu != null && cpuKey != null) {
            observed.put(cpuKey, cpu);
        }
        if (gpu != null && gpuKey != null) {
            observed.put(gpuKey, gpu);
        }
        if (!observed.isEmpty()) {
            file.get().update(observed, cpuLoad, now);
        }
        return observed;
    }
}
