package io.portalis.accel.spark;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * What a task learns from Spark's {@code TaskContext}: where it runs, which attempt it is, the
 * resources it was given, and whether Spark has asked it to stop.
 */
public record TaskEnv(int partition, int attempt, String host, String executorId,
        Map<String, List<String>> resources, BooleanSupplier killed) {
    public TaskEnv {
        resources = Map.copyOf(resources);
    }
}
