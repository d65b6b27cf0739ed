package io.portalis.accel.cli;

import io.portalis.accel.strategy.ExecutionStrategy;
import picocli.CommandLine;

/** Reads {@code --strategy}; a bad value is a one-line usage error. */
final class StrategyConverter implements CommandLine.ITypeConverter<ExecutionStrategy> {
    @Override
    public ExecutionStrategy convert(String value) {
        try {
            return ExecutionStrategy.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** What shell completion offers for {@code --strategy}: the names and the common hybrid splits. */
    static final class Candidates implements Iterable<String> {
        static final java.util.List<String> VALUES =
                java.util.List.of("auto", "cpu", "gpu", "hybrid", "hybrid:30", "hybrid:50", "hybrid:70");

        @Override
        public java.util.Iterator<String> iterator() {
            return VALUES.iterator();
        }
    }
}
