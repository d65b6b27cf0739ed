package io.portalis.accel.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.strategy.UnitRate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration file: moving average, age limit, atomic writes, and a broken file is an empty table. */
class CalibrationFileTest {
    @TempDir
    Path tmp;

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void eachRunMovesTheRateHalfWayAndOtherUnitsAreKept() {
        CalibrationFile f = new CalibrationFile(tmp.resolve("cache/portalis-accel/rates.json"));
        f.update(Map.of("cpu|x", new UnitRate(1000, 100, 10), "opencl|y", new UnitRate(5_000_000, 2, 1)), 0.2, T0);
        Map<String, RateEntry> t = f.update(Map.of("cpu|x", new UnitRate(3000, 300, 10)), 0.4, T0.plusSeconds(60));
        RateEntry cpu = t.get("cpu|x");
        assertEquals(2000, cpu.rate().fixedNanos(), 1e-9);
        assertEquals(200, cpu.rate().nanosPerByte(), 1e-9);
        assertEquals(20, cpu.rate().samples());
        assertEquals(0.3, cpu.cpuLoad(), 1e-9);
        assertEquals(T0.plusSeconds(60), cpu.updatedAt());
        assertEquals(new UnitRate(5_000_000, 2, 1), t.get("opencl|y").rate(), "a unit this run did not use is kept");
        assertEquals(t, f.read(T0.plusSeconds(61)), "what update returns is what a later read finds");
    }

    @Test
    void aRateOlderThanTheAgeLimitIsForgottenAndRelearned() {
        CalibrationFile f = new CalibrationFile(tmp.resolve("rates.json"));
        f.update(Map.of("cpu|x", new UnitRate(1000, 100, 10)), null, T0);
        Instant later = T0.plus(CalibrationFile.MAX_AGE).plus(Duration.ofMinutes(1));
        assertTrue(f.read(later).isEmpty(), "an entry past the age limit is not read");
        Map<String, RateEntry> t = f.update(Map.of("cpu|x", new UnitRate(9000, 900, 3)), null, later);
        assertEquals(new UnitRate(9000, 900, 3), t.get("cpu|x").rate(), "re-learned from scratch, not averaged");
    }

    @Test
    void aBrokenOrForeignFileIsAnEmptyTableAndIsRewritten() throws IOException {
        Path p = tmp.resolve("rates.json");
        CalibrationFile f = new CalibrationFile(p);
        Files.writeString(p, "{ not json");
        assertTrue(f.read(T0).isEmpty());
        Files.writeString(p, "{\"schema_version\": 99, \"units\": {}}");
        assertTrue(f.read(T0).isEmpty());
        f.update(Map.of("cpu|x", new UnitRate(1, 2, 3)), null, T0);
        assertEquals(1, f.read(T0).size());
    }

    @Test
    void writesAreAtomicAndLeaveNoTemporaryFile() throws IOException {
        Path dir = tmp.resolve("portalis-accel");
        CalibrationFile f = new CalibrationFile(dir.resolve("rates.json"));
        for (int i = 0; i < 5; i++) {
            f.update(Map.of("cpu|x", new UnitRate(i, i, 1)), null, T0.plusSeconds(i));
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(java.util.List.of(dir.resolve("rates.json")), s.toList());
        }
        assertTrue(f.delete());
        assertFalse(f.delete());
    }

    @Test
    void theCacheFolderComesFromThePropertyThenXdgAndNoneMeansNone() {
        String saved = System.getProperty(CalibrationFile.CACHE_HOME_PROPERTY);
        try {
            System.setProperty(CalibrationFile.CACHE_HOME_PROPERTY, tmp.toString());
            assertEquals(tmp.resolve("portalis-accel/rates.json"), CalibrationFile.atDefaultLocation().orElseThrow().path());
            System.setProperty(CalibrationFile.CACHE_HOME_PROPERTY, CalibrationFile.NO_CACHE);
            assertTrue(CalibrationFile.atDefaultLocation().isEmpty());
        } finally {
            if (saved == null) {
                System.clearProperty(CalibrationFile.CACHE_HOME_PROPERTY);
            } else {
                System.setProperty(CalibrationFile.CACHE_HOME_PROPERTY, saved);
            }
        }
    }
}
