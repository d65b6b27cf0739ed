package io.portalis.accel.hardware;

/**
 * Finds the OpenCL platforms and devices the GPU path could use. Implementations never throw for a
 * missing library, platform or device: they say so in an {@link GpuProbeResult.Unavailable}.
 */
@FunctionalInterface
public interface GpuProbe {
    GpuProbeResult probe();

    /**
     * The probe of a build that has no GPU backend wired in: it reports exactly that, with the
     * code {@code no_backend}.
     */
    static GpuProbe withoutBackend(String reason) {
        return () -> new GpuProbeResult.Unavailable("no_backend", reason, java.util.List.of());
    }
}
