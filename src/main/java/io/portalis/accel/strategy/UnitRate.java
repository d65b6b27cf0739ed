package io.portalis.accel.strategy;

import java.util.Locale;

/**
 * The measured cost of one call on a processing unit as a function of the bytes it is given:
 * {@code fixedNanos + nanosPerByte * bytes}. On the CPU one call is one task on one worker; on the
 * GPU path one call is one sub-batch (so {@code fixedNanos} is the per-batch cost: upload, kernel
 * launches, start-up).
 *
 * @param fixedNanos   the cost of a call of zero bytes, in nanoseconds (&ge; 0)
 * @param nanosPerByte the cost of each further byte, in nanoseconds (&ge; 0)
 * @param samples      how many calls the figures rest on (0 for a rate nobody measured)
 */
public record UnitRate(double fixedNanos, double nanosPerByte, long samples) implements java.io.Serializable {
    public UnitRate {
        if (!(fixedNanos >= 0) || Double.isInfinite(fixedNanos)) {
            throw new IllegalArgumentException("fixedNanos must be finite and >= 0: " + fixedNanos);
        }
        if (!(nanosPerByte >= 0) || Double.isInfinite(nanosPerByte)) {
            throw new IllegalArgumentException("nanosPerByte must be finite and >= 0: " + nanosPerByte);
        }
        if (samples < 0) {
            throw new IllegalArgumentException("samples < 0");
        }
    }

    /** The predicted cost of one call of {@code bytes} bytes, in nanoseconds. */
    public double predictNanos(long bytes) {
        return fixedNanos + nanosPerByte * bytes;
    }

    /** Bytes per second for calls of {@code bytes} bytes each, the per-call cost included. */
    public double bytesPerSecond(long bytes) {
        double t = predictNanos(bytes);
        return t <= 0 ? Double.POSITIVE_INFINITY : bytes * 1e9 / t;
    }

    /** This rate with every cost multiplied by {@code factor} (e.g. a load correction). */
    public UnitRate scaled(double factor) {
        return new UnitRate(fixedNanos * factor, nanosPerByte * factor, samples);
    }

    /**
     * An exponential moving average: this rate moved {@code weight} (0..1) of the way towards
     * {@code observed}; the sample count adds up.
     */
    public UnitRate towards(UnitRate observed, double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weight must be in 0..1: " + weight);
        }
        return new UnitRate(fixedNanos + (observed.fixedNanos - fixedNanos) * weight,
                nanosPerByte + (observed.nanosPerByte - nanosPerByte) * weight, samples + observed.samples);
    }

    /** For logs and reasons: e.g. {@code 0.210 ms + 85.3 ns/B}. */
    public String describe() {
        return String.format(Locale.ROOT, "%.3f ms + %.1f ns/B", fixedNanos / 1e6, nanosPerByte);
    }
}
