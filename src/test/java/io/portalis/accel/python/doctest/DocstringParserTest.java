package io.portalis.accel.python.doctest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Docstrings split into examples as CPython 3.11's doctest.DocTestParser splits them (values checked against it). */
class DocstringParserTest {

    private static List<DocstringParser.Example> examples(String doc) {
        DocstringParser.Parsed p = DocstringParser.parse(doc, "m.f");
        assertNull(p.problem(), () -> p.problem().message());
        return p.examples();
    }

    @Test
    void sourceWantAndLinesAfterTheCommonIndentationIsRemoved() {
        List<DocstringParser.Example> ex = examples("Adds.\n\n    >>> add(1, 2)\n    3\n    >>> x = 1\n\n    >>> print('a')\n    a\n    b\n\n    text\n    ");
        assertEquals(3, ex.size());
        assertEquals("add(1, 2)\n", ex.get(0).source());
        assertEquals("3\n", ex.get(0).want());
        assertEquals(2, ex.get(0).lineno());
        assertEquals(4, ex.get(0).indent());
        assertEquals("x = 1\n", ex.get(1).source());
        assertEquals("", ex.get(1).want());
        assertEquals(4, ex.get(1).lineno());
        assertEquals("a\nb\n", ex.get(2).want());
        assertEquals(6, ex.get(2).lineno());
    }

    @Test
    void continuationLinesJoinTheSourceAndAnExpectedPromptEndsTheWant() {
        List<DocstringParser.Example> ex = examples(">>> for i in range(2):\n...     i\n0\n1\n>>> 5\n5");
        assertEquals("for i in range(2):\n    i\n", ex.get(0).source());
        assertEquals("0\n1\n", ex.get(0).want());
        assertEquals("5\n", ex.get(1).source());
        assertEquals("5\n", ex.get(1).want());
        assertEquals(4, ex.get(1).lineno());
    }

    @Test
    void aTracebackGivesTheExceptionLinesItIsMatchedBy() {
        List<DocstringParser.Example> ex = examples(">>> f(-1)\nTraceback (most recent call last):\n  File \"x\", line 1\n    ...\nValueError: bad\n  value\n");
        assertEquals("ValueError: bad\n  value\n", ex.get(0).excMsg());
        assertNull(examples(">>> 1\n1\n").get(0).excMsg());
    }

    @Test
    void directivesSetOptionsAndACommentOnlyExampleIsNoExample() {
        List<DocstringParser.Example> ex = examples(">>> f()  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE\n'a...'\n>>> # just a comment\n>>> g()  # doctest: +SKIP\n");
        assertEquals(2, ex.size());
        assertEquals(Map.of("ELLIPSIS", true, "NORMALIZE_WHITESPACE", false), ex.get(0).options());
        assertTrue(ex.get(1).option("SKIP"));
    }

    @Test
    void tabsAreExpandedBeforeIndentationIsRead() {
        List<DocstringParser.Example> ex = examples("\t>>> 1 +\\\n\t... 1\n\t2\n");
        assertEquals("1 +\\\n1\n", ex.get(0).source());
        assertEquals("2\n", ex.get(0).want());
    }

    @Test
    void whatDoctestRefusesIsAProblemWordedAsItsValueError() {
        DocstringParser.Parsed blank = DocstringParser.parse(">>>1\n", "m.f");
        assertEquals("line 1 of the docstring for m.f lacks blank after >>>: '>>>1'", blank.problem().message());
        DocstringParser.Parsed indent = DocstringParser.parse("  >>> 1\n 1\n", "m.f");
        assertEquals("line 2 of the docstring for m.f has inconsistent leading whitespace: '1'", indent.problem().message());
        DocstringParser.Parsed option = DocstringParser.parse(">>> 1  # doctest: +BOGUS\n1\n", "m.f");
        assertEquals("line 1 of the doctest for m.f has an invalid option: '+BOGUS'", option.problem().message());
    }
}
