package io.portalis.accel.hardware;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import oshi.PlatformEnum;
import oshi.SystemInfo;
import oshi.driver.linux.proc.CpuStat;
import oshi.hardware.CentralProcessor;
import oshi.hardware.CentralProcessor.TickType;

/**
 * System-wide CPU utilisation (this process included) over a window that starts when this is made
 * and ends when it is read, so a run measures the machine's load over its own start-up (the walk and
 * the probes, about a second) instead of sleeping for a sample.
 *
 * <p>The counters are the kernel's CPU ticks through OSHI. OSHI's processor object caches them (300
 * ms by default), which is why the old 200 ms sample always read 0; on Linux this reads
 * {@code /proc/stat} through OSHI's uncached driver instead, and a window needs only a few ticks (10
 * ms each). A window shorter than {@link #minWindowNanos}, or one in which no tick passed, gives
 * {@code null} (not measured), never an invented 0.
 */
public final class CpuLoadWindow {
    /** The least window read through OSHI's uncached Linux driver. */
    static final long MIN_LINUX_WINDOW_NANOS = 100_000_000L;
    /** The least window read through OSHI's processor object, whose tick cache lasts 300 ms. */
    static final long MIN_CACHED_WINDOW_NANOS = 500_000_000L;

    private final Supplier<long[]> ticks;
    private final long minWindowNanos;
    private final LongSupplier clock;
    private final long[] startTicks;
    private final long startNanos;

    CpuLoadWindow(Supplier<long[]> ticks, long minWindowNanos, LongSupplier clock) {
        this.ticks = ticks;
        this.minWindowNanos = minWindowNanos;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.startTicks = ticks.get();
    }

    /**
     * Starts a window now. On Linux it reads the kernel's counters directly and never touches
     * {@code processor} (whose creation is slow); elsewhere it reads them through it.
     */
    public static CpuLoadWindow start(Supplier<CentralProcessor> processor) {
        if (SystemInfo.getCurrentPlatform() == PlatformEnum.LINUX) {
            return new CpuLoadWindow(CpuStat::getSystemCpuLoadTicks, MIN_LINUX_WINDOW_NANOS, System::nanoTime);
        }
        CentralProcessor cpu = processor.get();
        return new CpuLoadWindow(cpu::getSystemCpuLoadTicks, MIN_CACHED_WINDOW_NANOS, System::nanoTime);
    }

    /** The shortest window this measures; shorter ones are {@code null}. */
    public long minWindowNanos() {
        return minWindowNanos;
    }

    /** The share of CPU time spent busy since the window started, 0..1, or {@code null} when it cannot be told. */
    public Double utilisation() {
        if (clock.getAsLong() - startNanos < minWindowNanos) {
            return null;
        }
        return between(startTicks, ticks.get());
    }

    /** Busy share between two tick snapshots; {@code null} when no tick passed or the counters went back. */
    static Double between(long[] before, long[] after) {
        if (before == null || after == null || before.length != after.length || before.length < TickType.values().length) {
            return null;
        }
        long total = 0;
        for (int i = 0; i < before.length; i++) {
            long d = after[i] - before[i];
            if (d < 0) {
                return null;
            }
            total += d;
        }
        if (total == 0) {
            return null;
        }
        long idle = after[TickType.IDLE.getIndex()] - before[TickType.IDLE.getIndex()]
                + after[TickType.IOWAIT.getIndex()] - before[TickType.IOWAIT.getIndex()];
        double busy = (double) (total - idle) / total;
        return Math.max(0.0, Math.min(1.0, busy));
    }
}
