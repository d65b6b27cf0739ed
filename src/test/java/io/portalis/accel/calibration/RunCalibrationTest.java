package io.portalis.accel.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.strategy.CpuExecutor;
import io.portalis.accel.strategy.ExecutionStrategy;
import io.portalis.accel.strategy.GpuExecutor;
import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.StrategyManager;
import io.portalis.accel.strategy.SystemLoad;
import io.portalis.accel.strategy.TaskSink;
import io.portalis.accel.strategy.UnitRate;
import io.portalis.accel.strategy.WorkloadProfile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's calibration: the priors it reads, and what it keeps (only units that ran alone). */
class RunCalibrationTest {
    @TempDir
    Path tmp;

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final HardwareCapabilities HW =
            new HardwareCapabilities(2, true, 1L << 30, "gpu", "vendor", List.of(), 1L << 33);

    private static final GpuExecutor<Integer, Integer> GPU = new GpuExecutor<>() {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public void execute(List<Integer> tasks, TaskSink<Integer> sink) {
            for (int i = 0; i < tasks.size(); i++) {
                sink.complete(i, tasks.get(i));
            }
        }
    };

    private static void run(RunCalibration cal, String strategy) {
        List<Integer> tasks = IntStream.range(0, 40).boxed().toList();
        try (CpuExecutor<Integer, Integer> cpu = new CpuExecutor<>(t -> t, 2)) {
            StrategyManager.withStrategy(cpu, GPU, ExecutionStrategy.parse(strategy), HW,
                    () -> new SystemLoad(0.1, 1, 2, null))
                    .withWeigher(t -> 100L + t).withRates(cal.meter(), false)
                    .execute(tasks, new WorkloadProfile(40, 100, 1, 1));
        }
    }

    @Test
    void unitsThatRanAloneAreKeptAndReadBackAsPriors() {
        CalibrationFile file = new CalibrationFile(tmp.resolve("rates.json"));
        RunCalibration first = RunCalibration.load(Optional.of(file), "cpu|k", "opencl|k", NOW);
        assertFalse(first.meter().calibrated());
        run(first, "cpu");
        Map<String, UnitRate> kept = first.save(0.25, NOW);
        assertEquals(List.of("cpu|k"), List.copyOf(kept.keySet()), "only the CPU ran");
        RunCalibration second = RunCalibration.load(Optional.of(file), "cpu|k", "opencl|k", NOW.plusSeconds(5));
        run(second, "gpu");
        assertEquals(List.of("opencl|k"), List.copyOf(second.save(0.25, NOW.plusSeconds(5)).keySet()));
        RunCalibration third = RunCalibration.load(Optional.of(file), "cpu|k", "opencl|k", NOW.plusSeconds(9));
        assertTrue(third.meter().calibrated());
        assertNotNull(third.meter().cpuPrior());
        assertEquals(0.25, third.meter().priorLoad(), 1e-9);
    }

    @Test
    void aRunWhereBothUnitsWorkedAtOnceKeepsNothing() {
        CalibrationFile file = new CalibrationFile(tmp.resolve("rates.json"));
        RunCalibration cal = RunCalibration.load(Optional.of(file), "cpu|k", "opencl|k", NOW);
        run(cal, "hybrid:50");
        assertTrue(cal.meter().ranTogether());
        assertTrue(cal.save(null, NOW).isEmpty());
        assertTrue(file.read(NOW).isEmpty());
    }

    @Test
    void offReadsAndWritesNothing() {
        RunCalibration off = RunCalibration.off();
        run(off, "cpu");
        assertNotNull(off.meter().observedCpu(), "the run still measures (for its own use)");
        assertTrue(off.save(null, NOW).isEmpty());
        assertNull(off.meter().cpuPrior());
    }
}
