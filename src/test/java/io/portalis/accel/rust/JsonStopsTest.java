package io.portalis.accel.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a translated {@code json.loads} cannot give what CPython gives (a document of another
 * shape than the declared type, which CPython would return as it is; an int past 64 bits in a
 * module on 64-bit ints; an unpaired surrogate escape, which no Rust String holds; nesting past
 * 900 levels), the program stops with a message naming why, status 1, and nothing printed in
 * place of the value; an {@code except} clause does not catch the stop. A document of the
 * declared shape goes on as in CPython.
 */
class JsonStopsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "dict[str, int]|'{\"a\": 1, \"b\": 2}'|{'a': 1, 'b': 2}|",
        "dict[str, int]|'{\"a\": 1, \"b\": \"x\"}'||TypeError: json.loads(): the document has a str at ['b'], where the "
                + "program declares dict[str, int] (CPython would return it; a translated program holds only the declared type)",
        "list[list[str]]|'[[\"a\"], [\"b\", null]]'||TypeError: json.loads(): the document has None at [1][1], where the "
                + "program declares list[list[str]] (CPython would return it; a translated program holds only the declared type)",
        "list[int]|'{}'||TypeError: json.loads(): the document has a dict at its top, where the program declares list[int] "
                + "(CPython would return it; a translated program holds only the declared type)",
        "int|'true'||TypeError: json.loads(): the document has a bool at its top, where the program declares int "
                + "(CPython would return it; a translated program holds only the declared type)",
        "list[int]|'[1, 99999999999999999999]'||OverflowError: json.loads(): an int of the document does not fit in 64 bits",
        "str|'\"\\\\ud800\"'||UnicodeError: json.loads(): the document holds an unpaired surrogate \\u escape (before char 7), "
                + "which a translated str cannot hold",
        "list[Any]|'[' * 901 + ']' * 901||RecursionError: maximum recursion depth exceeded while decoding a JSON array "
                + "from a unicode string"})
    void aDocumentTheTranslationCannotHoldStopsTheProgram(String declared, String document, String printed,
            String stderr, @TempDir Path work) throws Exception {
        Path py = work.resolve("doc.py");
        Files.writeString(py, "import json\nfrom typing import Any\n\nprint(\"before\")\ntry:\n"
                + "    value: " + declared + " = json.loads(" + document + ")\n    print(value)\n"
                + "except Exception as e:\n    print(\"caught\", e)\nprint(\"after\")\n");
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
