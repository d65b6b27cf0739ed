package io.portalis.accel.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;

class CpuLoadWindowTest {
    private static final CentralProcessor CPU = new SystemInfo().getHardware().getProcessor();

    @Test
    void throughOshisCachedProcessorAWindowPastItsCacheIsMeasured() throws InterruptedException {
        CpuLoadWindow w = new CpuLoadWindow(CPU::getSystemCpuLoadTicks, CpuLoadWindow.MIN_CACHED_WINDOW_NANOS,
                System::nanoTime);
        Thread.sleep(CpuLoadWindow.MIN_CACHED_WINDOW_NANOS / 1_000_000 + 200);
        Double u = w.utilisation();
        assertNotNull(u, "OSHI's cache has expired, so the ticks moved");
        assertTrue(u >= 0 && u <= 1, u.toString());
    }

    @Test
    void aWindowLongEnoughForOshiMeasuresTheLoadOfABusyThread() throws InterruptedException {
        CpuLoadWindow w = CpuLoadWindow.start(() -> CPU);
        long end = System.nanoTime() + w.minWindowNanos() + 300_000_000L;
        long sink = 0;
        while (System.nanoTime() < end) {
            sink += Long.numberOfTrailingZeros(sink + System.nanoTime()); // one core busy for the window
        }
        Double u = w.utilisation();
        assertNotNull(u, "a " + (w.minWindowNanos() / 1_000_000 + 300) + " ms window is measured");
        int cores = CPU.getLogicalProcessorCount();
        assertTrue(u >= 0.5 / cores && u <= 1, "one busy core of " + cores + " shows: " + u + " " + sink);
    }

    @Test
    void aWindowTooShortIsUnknownNotZero() {
        AtomicLong now = new AtomicLong(0);
        CpuLoadWindow w = new CpuLoadWindow(CPU::getSystemCpuLoadTicks, CpuLoadWindow.MIN_CACHED_WINDOW_NANOS, now::get);
        now.set(CpuLoadWindow.MIN_CACHED_WINDOW_NANOS - 1);
        assertNull(w.utilisation());
    }

    @Test
    void ticksThatDidNotMoveAreUnknown() {
        long[] t = {5, 0, 3, 100, 2, 0, 0, 0};
        assertNull(CpuLoadWindow.between(t, t.clone()));
        assertNull(CpuLoadWindow.between(t, new long[] {4, 0, 3, 100, 2, 0, 0, 0}), "counters going back");
        long[] later = {15, 0, 13, 120, 2, 0, 0, 0}; // 20 busy, 20 idle
        assertEquals(0.5, CpuLoadWindow.between(t, later), 1e-9);
    }
}
