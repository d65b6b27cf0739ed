package io.portalis.accel.transpile;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** The stages one file went through and how long each took; owned by one thread. */
final class StageTimes {
    private final EnumMap<Stage, Long> nanos = new EnumMap<>(Stage.class);

    <V> V time(Stage stage, Supplier<V> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(stage, System.nanoTime() - t0);
        }
    }

    void record(Stage stage, long elapsed) {
        nanos.merge(stage, elapsed, Long::sum);
    }

    Map<Stage, Long> snapshot() {
        return new EnumMap<>(nanos);
    }
}
