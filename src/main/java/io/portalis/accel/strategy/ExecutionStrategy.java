package io.portalis.accel.strategy;

import java.util.Locale;

/**
 * How a batch is spread over the CPU and the GPU. Written on the command line as
 * {@code auto}, {@code cpu}, {@code gpu}, {@code hybrid} (= {@code hybrid:70}) or {@code hybrid:N}
 * with N the GPU share in percent (0..100); the CPU takes the rest.
 */
public sealed interface ExecutionStrategy extends java.io.Serializable
        permits ExecutionStrategy.Auto, ExecutionStrategy.CpuOnly, ExecutionStrategy.GpuOnly, ExecutionStrategy.Hybrid {

    /** The GPU share {@code hybrid} alone stands for. */
    int DEFAULT_HYBRID_GPU_PERCENT = 70;

    /** The selector decides when the batch runs. */
    record Auto() implements ExecutionStrategy {
        @Override
        public String label() {
            return "auto";
        }
    }

    /** Every task on the CPU worker pool. */
    record CpuOnly() implements ExecutionStrategy {
        @Override
        public String label() {
            return "cpu";
        }
    }

    /** Every task on the GPU path; unfinished tasks move to the CPU on a GPU failure. */
    record GpuOnly() implements ExecutionStrategy {
        @Override
        public String label() {
            return "gpu";
        }
    }

    /**
     * Both paths at once, from one queue. {@code gpuPercent + cpuPercent == 100}: the GPU's target
     * share of the batch's weight (its bytes), held while both sides keep pace with it; then the
     * measured rates share the rest so both finish together ({@link StrategyManager}).
     */
    record Hybrid(int gpuPercent, int cpuPercent) implements ExecutionStrategy {
        public Hybrid {
            if (gpuPercent < 0 || cpuPercent < 0 || gpuPercent + cpuPercent != 100) {
                throw new IllegalArgumentException(
                        "hybrid percentages must be 0..100 and add up to 100, got " + gpuPercent + "/" + cpuPercent);
            }
        }

        public static Hybrid ofGpuPercent(int gpuPercent) {
            return new Hybrid(gpuPercent, 100 - gpuPercent);
        }

        @Override
        public String label() {
            return "hybrid:" + gpuPercent;
        }
    }

    /** The command-line spelling, which {@link #parse} reads back. */
    String label();

    /**
     * Reads {@code auto|cpu|gpu|hybrid|hybrid:N}.
     *
     * @throws IllegalArgumentException with a one-line message naming the bad value
     */
    static ExecutionStrategy parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing strategy; expected auto, cpu, gpu, hybrid or hybrid:N (N = 0..100)");
        }
        String s = text.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "auto":
                return new Auto();
            case "cpu":
                return new CpuOnly();
            case "gpu":
                return new GpuOnly();
            case "hybrid":
                return Hybrid.ofGpuPercent(DEFAULT_HYBRID_GPU_PERCENT);
            default:
                break;
        }
        if (s.startsWith("hybrid:")) {
            String n = s.substring("hybrid:".length());
            if (n.matches("[0-9]{1,3}")) {
                int pct = Integer.parseInt(n);
                if (pct <= 100) {
                    return Hybrid.ofGpuPercent(pct);
                }
            }
            throw new IllegalArgumentException("invalid hybrid GPU share '" + n
                    + "' in strategy '" + text + "': expected hybrid:N with N an integer from 0 to 100");
        }
        throw new IllegalArgumentException(
                "unknown strategy '" + text + "': expected auto, cpu, gpu, hybrid or hybrid:N (N = 0..100)");
    }
}
