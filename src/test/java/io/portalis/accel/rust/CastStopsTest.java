package io.portalis.accel.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code typing.cast(T, v)} of a union or object value takes the value out as a {@code T}: mypy
 * takes the cast on trust. Where the cast is true the program goes on as in CPython; where it lies,
 * CPython would go on with the other value, which the translated {@code T} slot cannot hold, so the
 * program stops with a message naming the value, status 1, and an {@code except} does not catch it.
 */
class CastStopsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "True|4|",
        "False||TypeError: typing.cast(int, ...): the value is 'three', which a translated int cannot hold "
                + "(CPython would go on with it)"})
    void aCastThatLiesStopsTheProgram(String flag, String printed, String stderr, @TempDir Path work) throws Exception {
        Path py = work.resolve("cast.py");
        Files.writeString(py, "from typing import Union, cast\n\n\ndef pick(flag: bool) -> Union[int, str]:\n"
                + "    return 3 if flag else \"three\"\n\n\nprint(\"before\")\ntry:\n"
                + "    v = cast(int, pick(" + flag + "))\n    print(v + 1)\nexcept Exception as e:\n"
                + "    print(\"caught\", e)\nprint(\"after\")\n");
        RustDifferentialTest.Run run = CompiledProgram.run(work, py);
        if (printed != null) {
            assertEquals("before\n" + printed + "\nafter\n", run.stdout());
            assertEquals(0, run.exit(), run.stderr());
            return;
        }
        assertEquals("before\n", run.stdout());
        assertEquals(stderr + "\n", run.stderr());
        assertEquals(1, run.exit());
    }
}
