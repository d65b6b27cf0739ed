package io.portalis.accel.hardware;

import java.util.List;
import java.util.Objects;

/** What a {@link GpuProbe} found: a device the GPU path will use, or exactly why there is none. */
public sealed interface GpuProbeResult extends java.io.Serializable permits GpuProbeResult.Available, GpuProbeResult.Unavailable {

    /** Every device the probe saw, usable or not (empty when there is no OpenCL at all). */
    List<GpuDevice> devices();

    /**
     * A usable device exists.
     *
     * @param devices  every device seen
     * @param selected index into {@code devices} of the device the GPU path runs on
     */
    record Available(List<GpuDevice> devices, int selected) implements GpuProbeResult {
        public Available {
            devices = List.copyOf(devices);
            if (selected < 0 || selected >= devices.size()) {
                throw new IllegalArgumentException("selected device " + selected + " out of " + devices.size());
            }
        }

        public GpuDevice device() {
            return devices.get(selected);
        }
    }

    /**
     * No usable device.
     *
     * @param code    {@code library_missing}, {@code no_platform}, {@code no_device},
     *                {@code no_usable_device}, {@code probe_failed} or {@code no_backend}
     * @param reason  the exact reason in words (e.g. the loader's error message)
     * @param devices devices seen but not usable (e.g. CPU-only OpenCL devices), possibly empty
     */
    record Unavailable(String code, String reason, List<GpuDevice> devices) implements GpuProbeResult {
        public Unavailable {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
            devices = List.copyOf(devices);
        }
    }
}
