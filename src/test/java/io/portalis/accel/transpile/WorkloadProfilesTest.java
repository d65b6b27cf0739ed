package io.portalis.accel.transpile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.strategy.WorkloadProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadProfilesTest {
    @Test
    void equalFilesParallelizeFully() {
        WorkloadProfile p = WorkloadProfiles.ofSizes(List.of(4096L, 4096L, 4096L, 4096L));
        assertEquals(4, p.taskCount());
        assertEquals(1.0, p.parallelization(), 1e-12);
        assertEquals(1.0, p.complexity(), 1e-12);
        assertEquals(4096 * 24, p.memoryPerTask());
    }

    @Test
    void oneFileHoldingMostBytesLowersParallelization() {
        double balanced = WorkloadProfiles.ofSizes(List.of(100L, 100L, 100L)).parallelization();
        double skewed = WorkloadProfiles.ofSizes(List.of(10_000L, 100L, 100L)).parallelization();
        double allInOne = WorkloadProfiles.ofSizes(List.of(10_000L, 0L, 0L)).parallelization();
        assertTrue(skewed < balanced);
        assertEquals((1 - 10_000.0 / 10_200) * 3 / 2, skewed, 1e-12);
        assertEquals(0.0, allInOne, 1e-12);
    }

    @Test
    void edgeCases() {
        assertEquals(new WorkloadProfile(0, 0, 0, 0), WorkloadProfiles.ofSizes(List.of()));
        assertEquals(0.0, WorkloadProfiles.ofSizes(List.of(5000L)).parallelization());
        assertEquals(1.0, WorkloadProfiles.ofSizes(List.of(0L, 0L)).parallelization());
        assertEquals(2 * 24, WorkloadProfiles.ofSizes(List.of(1L, 2L)).memoryPerTask(), "mean rounded up");
    }
}
