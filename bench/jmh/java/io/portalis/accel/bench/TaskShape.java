package io.portalis.accel.bench;

import java.util.Locale;

/**
 * A batch shape written {@code COUNTxCOST}, e.g. {@code 1000x100us}: how many tasks, and about how
 * long one task runs. The cost becomes a fixed number of {@link Spin} rounds (a fixed rate, not one
 * measured per JVM, so the benchmarks compared with each other spin exactly the same work even
 * though each runs in its own fork).
 */
record TaskShape(int tasks, long micros) {
    /**
     * Spin rounds per microsecond, measured on the machine bench/README.md names (AMD EPYC, Java 17,
     * best of 15 runs of 2M rounds: 570-583). Elsewhere a task takes a different time; the ratios
     * stay fair because both sides of each comparison run the same rounds.
     */
    static final long ROUNDS_PER_MICRO = 580;

    static TaskShape parse(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("x", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected COUNTxCOST (e.g. 1000x100us), got " + text);
        }
        int tasks = Integer.parseInt(parts[0]);
        String cost = parts[1];
        long micros;
        if (cost.endsWith("us")) {
            micros = Long.parseLong(cost.substring(0, cost.length() - 2));
        } else if (cost.endsWith("ms")) {
            micros = Long.parseLong(cost.substring(0, cost.length() - 2)) * 1000;
        } else {
            throw new IllegalArgumentException("task cost must end in us or ms: " + text);
        }
        if (tasks < 1 || micros < 1) {
            throw new IllegalArgumentException("tasks and cost must be positive: " + text);
        }
        return new TaskShape(tasks, micros);
    }

    long rounds() {
        return micros * ROUNDS_PER_MICRO;
    }
}
