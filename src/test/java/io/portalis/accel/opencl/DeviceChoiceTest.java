package io.portalis.accel.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.hardware.GpuDevice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Device choice (GPU, then accelerator, then CPU only when allowed; --device N) and fault specs. */
class DeviceChoiceTest {
    private static OpenClDevice device(int index, OpenClDevice.DeviceType type) {
        GpuDevice info = new GpuDevice("p", type + "-" + index, "v", type.name(), "1", 1L << 30, 1L << 28, 4, null);
        return new OpenClDevice(index, null, null, type, info, null);
    }

    private static final List<OpenClDevice> MIXED = List.of(device(0, OpenClDevice.DeviceType.CPU),
            device(1, OpenClDevice.DeviceType.ACCELERATOR), device(2, OpenClDevice.DeviceType.GPU));

    private static int chosen(List<OpenClDevice> devices, Integer index, boolean cpu) {
        OpenClDevices.Selection s = OpenClDevices.choose(devices, new OpenClDevices.Choice(index, cpu));
        return s instanceof OpenClDevices.Selected sel ? sel.device().index() : -1;
    }

    @Test
    void prefersGpuThenAcceleratorThenAllowedCpu() {
        assertEquals(2, chosen(MIXED, null, false));
        assertEquals(1, chosen(MIXED.subList(0, 2), null, false));
        assertEquals(-1, chosen(MIXED.subList(0, 1), null, false));
        assertEquals(0, chosen(MIXED.subList(0, 1), null, true));
    }

    @Test
    void deviceIndexPicksOneButACpuDeviceStillNeedsPermission() {
        assertEquals(1, chosen(MIXED, 1, false));
        assertEquals(-1, chosen(MIXED, 0, false));
        assertEquals(0, chosen(MIXED, 0, true));
        OpenClDevices.Selection s = OpenClDevices.choose(MIXED, new OpenClDevices.Choice(7, true));
        assertTrue(((OpenClDevices.Refused) s).reason().contains("device 7 does not exist"));
        OpenClDevices.Selection cpuOnly = OpenClDevices.choose(MIXED.subList(0, 1), new OpenClDevices.Choice(null, false));
        assertTrue(((OpenClDevices.Refused) cpuOnly).reason().contains("--opencl-cpu"));
    }

    @Test
    void faultSpecsParse() {
        assertEquals(new FaultInjection(FaultInjection.Kind.OOM, 0), FaultInjection.parse("oom"));
        assertEquals(new FaultInjection(FaultInjection.Kind.DRIVER, 3), FaultInjection.parse("driver:after=3"));
        assertEquals(new FaultInjection(FaultInjection.Kind.TIMEOUT, FaultInjection.AFTER_RESULTS),
                FaultInjection.parse("TIMEOUT:after=results"));
        assertEquals("unavailable:after=2", FaultInjection.parse("unavailable:after=2").toString());
        assertThrows(IllegalArgumentException.class, () -> FaultInjection.parse("melt"));
        assertThrows(IllegalArgumentException.class, () -> FaultInjection.parse("oom:before=1"));
        assertThrows(IllegalArgumentException.class, () -> FaultInjection.parse("oom:after=-1"));
    }

    @Test
    void subBatchesFitTheDevice() {
        GpuDevice small = new GpuDevice("p", "small", "v", "GPU", "1", 64L << 20, 16L << 20, 1, null);
        OpenClDevice d = new OpenClDevice(0, null, null, OpenClDevice.DeviceType.GPU, small, null);
        long w = OpenClLexer.windowSize(d, OpenClLexer.Settings.defaults());
        assertTrue(w * 4 <= small.maxAllocationBytes(), "token positions fit one allocation: " + w);
        assertTrue(w * 6 <= small.globalMemoryBytes() / 2, "a sub-batch's buffers fit half the memory: " + w);
        assertEquals(0, w % OpenClLexer.Settings.defaults().chunkBytes());
        assertInstanceOf(Long.class, w);
    }
}
