package io.portalis.accel.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.strategy.HardwareCapabilities;
import io.portalis.accel.strategy.SystemLoad;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HardwareProbeTest {
    private static final HardwareProbe PROBE = new HardwareProbe();
    private static final GpuProbeResult NONE = new GpuProbeResult.Unavailable("no_platform", "no OpenCL platform", List.of());
    private static final GpuDevice DEVICE = new GpuDevice("Test Platform", "Test GPU", "Test Vendor", "GPU", "1.0",
            8L << 30, 2L << 30, 40, 2L << 30);

    @Test
    void detectsTheRealMachine() throws Exception {
        HardwareCapabilities hw = PROBE.capabilities(NONE);
        assertTrue(hw.cpuCores() >= 1);
        assertTrue(hw.systemMemoryBytes() > 0);
        assertFalse(hw.gpuAvailable());
        assertNull(hw.gpuMemoryBytes());
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            // every SIMD flag reported is a real flag of this CPU, and x86-64 always has sse2
            Set<String> words = new HashSet<>();
            for (String line : Files.readAllLines(cpuinfo)) {
                if (line.startsWith("flags") || line.startsWith("Features")) {
                    words.addAll(Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+")));
                }
            }
            assertTrue(words.containsAll(hw.cpuSimdSupport()), hw.cpuSimdSupport() + " not all in " + words);
            if (words.contains("sse2")) {
                assertTrue(hw.cpuSimdSupport().contains("sse2"));
            }
        }
    }

    @Test
    void aSelectedDeviceBecomesTheGpuOfTheCapabilities() {
        HardwareCapabilities hw = PROBE.capabilities(new GpuProbeResult.Available(List.of(DEVICE), 0));
        assertTrue(hw.gpuAvailable());
        assertEquals(8L << 30, hw.gpuMemoryBytes());
        assertEquals("Test GPU", hw.gpuName());
        assertEquals("Test Vendor", hw.gpuVendor());
    }

    @Test
    void loadIsMeasuredAndGpuPressureUnknownWithoutAGpu() {
        SystemLoad load = PROBE.sampleLoad(NONE);
        assertNull(load.gpuMemoryPressure());
        assertTrue(load.memoryTotalBytes() > 0);
        assertTrue(load.memoryAvailableBytes() <= load.memoryTotalBytes());
        if (load.cpuUtilization() != null) {
            assertTrue(load.cpuUtilization() >= 0 && load.cpuUtilization() <= 1);
        }
        SystemLoad withGpu = PROBE.sampleLoad(new GpuProbeResult.Available(List.of(DEVICE), 0));
        assertEquals(0.75, withGpu.gpuMemoryPressure(), 1e-9);
    }

    @Test
    void pressureIsUnknownWhenFreeMemoryIsUnknown() {
        GpuDevice d = new GpuDevice("P", "D", "V", "GPU", "1", 1000, 100, 1, null);
        assertNull(d.memoryPressure());
        assertEquals(0.0, new GpuDevice("P", "D", "V", "GPU", "1", 1000, 100, 1, 1000L).memoryPressure());
    }

    @Test
    void probeWithoutBackendSaysSo() {
        GpuProbeResult r = GpuProbe.withoutBackend("not built in").probe();
        GpuProbeResult.Unavailable u = (GpuProbeResult.Unavailable) r;
        assertEquals("no_backend", u.code());
        assertEquals("not built in", u.reason());
        assertTrue(u.devices().isEmpty());
    }
}
