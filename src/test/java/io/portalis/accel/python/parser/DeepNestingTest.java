package io.portalis.accel.python.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.python.ast.AstDump;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pathological nesting ends in a diagnostic, never a StackOverflowError; moderate nesting that
 * CPython accepts still parses.
 */
class DeepNestingTest {
    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    private static ParseResult parse(String src) {
        return PythonParser.parse(src.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unary minus|x = |-|1|100000",
        "not|x = |'not '|1|100000",
        "binary chain|x = a| + a||100000",
        "power chain|x = a| ** a||100000",
        "attribute chain|x = a|.b||100000",
        "call chain|x = a|()||100000",
        "subscript chain|x = a|[0]||100000",
        "lambda chain|x = |'lambda: '|1|100000",
        "conditional chain|x = |'1 if 1 else '|1|100000",
        "parentheses|x = |(|1|10000",
        "lists|x = |[|1|10000",
    })
    void tooDeepGivesADiagnostic(String what, String head, String unit, String tail, int times) {
        String src = head + repeat(unit, times) + tail;
        if (unit.equals("(")) {
            src += repeat(")", times);
        } else if (unit.equals("[")) {
            src += repeat("]", times);
        }
        ParseResult r = parse(src + "\n");
        assertTrue(r.module() == null, what + " must not give a tree");
        assertFalse(r.diagnostics().isEmpty(), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unary minus|-|1|1000|USub()",
        "not|'not '|1|1000|Not()",
        "lambda chain|'lambda: '|1|500|Lambda(",
        "power chain|'2 ** '|1|500|Pow()",
    })
    void moderateNestingStillParses(String what, String unit, String tail, int times, String marker) {
        ParseResult r = parse("x = " + repeat(unit, times) + tail + "\n");
        assertNotNull(r.module(), () -> what + ": " + r.diagnostics());
        String dump = AstDump.dump(r.module());
        assertTrue(dump.startsWith("Module(body=[Assign("));
        int count = (dump.length() - dump.replace(marker, "").length()) / marker.length();
        assertEquals(times, count, what);
    }

    @org.junit.jupiter.api.Test
    void thousandsOfNestedBlocksGiveADiagnostic() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        sb.append(" ".repeat(3000)).append("pass\n");
        ParseResult r = parse(sb.toString());
        assertNull(r.module());
        assertEquals("too many levels of indentation", r.diagnostics().get(0).message());
    }
}
