package io.portalis.accel.opencl;

import io.portalis.accel.hardware.GpuDevice;
import io.portalis.accel.hardware.GpuProbe;
import io.portalis.accel.hardware.GpuProbeResult;
import java.util.List;

/**
 * The {@link GpuProbe} backed by JOCL: every OpenCL device, and the one the GPU path runs on by
 * the {@link OpenClDevices.Choice} rule, or exactly why there is none. Never throws.
 */
public final class OpenClGpuProbe implements GpuProbe {
    private final OpenClDevices.Choice choice;
    private volatile OpenClDevice selected;

    public OpenClGpuProbe(OpenClDevices.Choice choice) {
        this.choice = choice;
    }

    @Override
    public GpuProbeResult probe() {
        OpenClDevices.Scan scan = OpenClDevices.scan();
        if (scan instanceof OpenClDevices.NotFound nf) {
            return new GpuProbeResult.Unavailable(nf.code(), nf.reason(), List.of());
        }
        List<OpenClDevice> devices = ((OpenClDevices.Found) scan).devices();
        List<GpuDevice> infos = devices.stream().map(OpenClDevice::info).toList();
        OpenClDevices.Selection sel = OpenClDevices.choose(devices, choice);
        if (sel instanceof OpenClDevices.Refused r) {
            return new GpuProbeResult.Unavailable(r.code(), r.reason(), infos);
        }
        selected = ((OpenClDevices.Selected) sel).device();
        return new GpuProbeResult.Available(infos, selected.index());
    }

    /** The device the last {@link #probe()} chose, or null when it chose none. */
    public OpenClDevice selected() {
        return selected;
    }
}
