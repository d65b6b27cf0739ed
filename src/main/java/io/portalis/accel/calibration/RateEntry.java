package io.portalis.accel.calibration;

import io.portalis.accel.strategy.UnitRate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One processing unit's rate as kept between runs.
 *
 * @param rate      the cost of one call (a CPU task on one worker, or one GPU sub-batch)
 * @param cpuLoad   the system CPU utilization (0..1) the rate was measured under, {@code null} when unknown
 * @param updatedAt when a run last measured it
 */
public record RateEntry(UnitRate rate, Double cpuLoad, Instant updatedAt) {
    public RateEntry {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (cpuLoad != null && !(cpuLoad >= 0 && cpuLoad <= 1)) {
            throw new IllegalArgumentException("cpuLoad must be in 0..1: " + cpuLoad);
        }
    }

    /** Whether the entry is older than {@code maxAge} at {@code now}, so it is re-learned from scratch. */
    public boolean expired(Instant now, Duration maxAge) {
        return updatedAt.plus(maxAge).isBefore(now);
    }

    /**
     * This entry moved {@code weight} of the way towards a new measurement (an exponential moving
     * average), stamped {@code now}; an expired entry is replaced outright.
     */
    public RateEntry decayTowards(UnitRate observed, Double load, Instant now, double weight, Duration maxAge) {
        if (expired(now, maxAge)) {
            return new RateEntry(observed, load, now);
        }
        Double mixedLoad;
        if (cpuLoad == null || load == null) {
            mixedLoad = cpuLoad == null ? load : cpuLoad;
        } else {
            mixedLoad = cpuLoad + (load - cpuLoad) * weight;
        }
        return new RateEntry(rate.towards(observed, weight), mixedLoad, now);
    }
}
