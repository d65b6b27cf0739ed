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
}
