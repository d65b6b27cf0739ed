package io.portalis.accel.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@link StrategyManager#execute} gives back.
 *
 * @param requested        the strategy asked for (may be {@code auto})
 * @param selection        the concrete strategy chosen and why
 * @param used             where the work really ran: the selection, or {@code cpu} when a GPU
 *                         failure moved every GPU task to the CPU
 * @param results          one result per task, in task order
 * @param executionNanos   wall time of the batch, from after the load sample to the last result
 * @param fallbackOccurred whether work moved from the GPU path to the CPU (a GPU failure left tasks
 *                         unfinished and fallback was on)
 * @param fallbackEvents   each GPU failure that left tasks unfinished, and what became of them (rerun
 *                         on the CPU, or in strict mode not run)
 * @param errors           run-level problems in words (GPU failures, broken executor contracts)
 * @param systemLoad       the load sampled before selecting, {@code null} when none was sampled
 * @param runFailed        true when a GPU failure left tasks unfinished with fallback disabled (strict mode)
 * @param <R>              the result type
 */
public record ExecutionResult<R>(
        ExecutionStrategy requested,
        Selection selection,
        ExecutionStrategy used,
        List<TaskResult<R>> results,
        long executionNanos,
        boolean fallbackOccurred,
        List<FallbackEvent> fallbackEvents,
        List<String> errors,
        SystemLoad systemLoad,
        boolean runFailed) implements java.io.Serializable {

    public ExecutionResult {
        results = List.copyOf(results);
        fallbackEvents = List.copyOf(fallbackEvents);
        errors = List.copyOf(errors);
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).index() != i) {
                throw new IllegalArgumentException("results out of task order at " + i);
            }
        }
    }

    /** The task values in task order; {@code null} where a task failed. */
    public List<R> outputs() {
        List<R> out = new ArrayList<>(results.size());
        for (TaskResult<R> r : results) {
            out.add(r.value());
        }
        return Collections.unmodifiableList(out);
    }

    public long okCount() {
        return results.stream().filter(TaskResult::ok).count();
    }

    public long failedCount() {
        return results.size() - okCount();
    }

    public double executionMillis() {
        return executionNanos / 1e6;
    }
}
