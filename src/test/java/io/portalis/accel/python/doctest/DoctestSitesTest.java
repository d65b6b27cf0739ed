package io.portalis.accel.python.doctest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.portalis.accel.python.ast.Mod;
import io.portalis.accel.python.parser.PythonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The docstrings testmod() finds, in its order, with the lines doctest's _find_lineno gives
 * (values from CPython 3.11: a failure in C's first example is reported at line 3, in C.s's at
 * line 9 (the decorator's line is where the search starts), in C.p's at line "?").
 */
class DoctestSitesTest {
    private static final String SOURCE = """
            class C:
                \"""Doc
                >>> 1
                2
                \"""
                @staticmethod
                def s() -> int:
                    \"""
                    >>> C.s()
                    3
                    \"""
                    return 1

                @property
                def p(self) -> int:
                    \"""
                    >>> 5
                    \"""
                    return 1


            def a() -> None:
                \"""No examples.\"""
            """;

    @Test
    void namesLinesAndOrderAsDoctestFindsThem() {
        byte[] bytes = SOURCE.getBytes(StandardCharsets.UTF_8);
        Mod.Module module = PythonParser.parse(bytes).module();
        List<DoctestSites.Site> sites = DoctestSites.find(module, SOURCE.split("\n", -1), new DoctestSites.LineIndex(bytes));
        assertEquals(List.of("C", "C.p", "C.s", "a"), sites.stream().map(DoctestSites.Site::name).toList());
        assertEquals(1, sites.get(0).lineno());
        assertEquals(null, sites.get(1).lineno());
        assertEquals(7, sites.get(2).lineno());
        assertEquals("__main__.C.s", sites.get(2).fullName("__main__"));
        // the reported line is the docstring's line + the example's line + 1
        DocstringParser.Example first = DocstringParser.parse(sites.get(0).text(), "C").examples().get(0);
        assertEquals(3, sites.get(0).lineno() + first.lineno() + 1);
        DocstringParser.Example s = DocstringParser.parse(sites.get(2).text(), "C.s").examples().get(0);
        assertEquals(9, sites.get(2).lineno() + s.lineno() + 1);
    }
}
