package io.portalis.accel.strategy;

import java.util.Objects;

/**
 * A chosen strategy and why.
 *
 * @param strategy the strategy to run (never {@link ExecutionStrategy.Auto})
 * @param rule     a stable name for the rule that decided, e.g. {@code small_workload}
 * @param reason   the decision in words, with the figures it rests on
 * @param plan     the prediction behind a {@code measured} decision, {@code null} for every other rule
 */
public record Selection(ExecutionStrategy strategy, String rule, String reason, MakespanPlanner.Plan plan)
        implements java.io.Serializable {
    public Selection {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        if (strategy instanceof ExecutionStrategy.Auto) {
            throw new IllegalArgumentException("a selection is a concrete strategy, not auto");
        }
    }

    /** A selection by a rule that predicts nothing. */
    public Selection(ExecutionStrategy strategy, String rule, String reason) {
        this(strategy, rule, reason, null);
    }

    /**
     * Whether a measured plan runs the tasks from one queue shared by the CPU workers and the GPU path,
     * following the rates alone. (An explicit {@code hybrid:N} shares one queue too, with N% of the
     * bytes as its plan: {@link StrategyManager} decides that from the strategy, not from here.)
     */
    public boolean shared() {
        return plan != null && plan.shared();
    }
}
