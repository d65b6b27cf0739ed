package io.portalis.accel.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExecutionStrategyTest {

    @Test
    void parsesEverySpelling() {
        assertEquals(new ExecutionStrategy.Auto(), ExecutionStrategy.parse("auto"));
        assertEquals(new ExecutionStrategy.CpuOnly(), ExecutionStrategy.parse("cpu"));
        assertEquals(new ExecutionStrategy.GpuOnly(), ExecutionStrategy.parse("GPU"));
        assertEquals(new ExecutionStrategy.Hybrid(70, 30), ExecutionStrategy.parse("hybrid"));
        assertEquals(new ExecutionStrategy.Hybrid(25, 75), ExecutionStrategy.parse("hybrid:25"));
        assertEquals(new ExecutionStrategy.Hybrid(0, 100), ExecutionStrategy.parse("hybrid:0"));
        assertEquals(new ExecutionStrategy.Hybrid(100, 0), ExecutionStrategy.parse("hybrid:100"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"auto", "cpu", "gpu", "hybrid:70", "hybrid:0", "hybrid:100", "hybrid:33"})
    void labelReadsBack(String text) {
        ExecutionStrategy s = ExecutionStrategy.parse(text);
        assertEquals(text, s.label());
        assertEquals(s, ExecutionStrategy.parse(s.label()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hybrid:150", "hybrid:101", "hybrid:x", "hybrid:-1", "hybrid:", "hybrid:7.5", "turbo", "", "bogus", "hybrid:0070"})
    void rejectsAnythingElseWithOneLine(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExecutionStrategy.parse(text));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("'"), "names the bad value: " + e.getMessage());
    }

    @Test
    void hybridPercentagesMustAddUp() {
        assertThrows(IllegalArgumentException.class, () -> new ExecutionStrategy.Hybrid(70, 40));
        assertThrows(IllegalArgumentException.class, () -> new ExecutionStrategy.Hybrid(-10, 110));
    }
}
