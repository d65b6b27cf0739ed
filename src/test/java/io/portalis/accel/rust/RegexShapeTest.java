package io.portalis.accel.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RegexShape} reads a constant pattern as CPython 3.11's {@code re} does: the syntax errors
 * it reports carry CPython's exception class, message and position (the expected texts are
 * python3.11's {@code str(e)} for each pattern), and a valid pattern's groups are counted, with
 * those that may not take part in a match told apart.
 */
class RegexShapeTest {

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("(", "re.error", "missing ), unterminated subpattern at position 0"),
                Arguments.of("a)", "re.error", "unbalanced parenthesis at position 1"),
                Arguments.of("*", "re.error", "nothing to repeat at position 0"),
                Arguments.of("a**", "re.error", "multiple repeat at position 2"),
                Arguments.of("a{3,2}", "re.error", "min repeat greater than max repeat at position 2"),
                Arguments.of("[a", "re.error", "unterminated character set at position 0"),
                Arguments.of("[z-a]", "re.error", "bad character range z-a at position 1"),
                Arguments.of("\\q", "re.error", "bad escape \\q at position 0"),
                Arguments.of("(?P<1>a)", "re.error", "bad character in group name '1' at position 4"),
                Arguments.of("(?P=x)", "re.error", "unknown group name 'x' at position 4"),
                Arguments.of("(?x", "re.error", "missing -, : or ) at position 3"),
                Arguments.of("(?<a>x)", "re.error", "unknown extension ?<a at position 1"),
                Arguments.of("(?P<a>x)(?P<a>y)", "re.error", "redefinition of group name 'a' as group 2; was group 1 at position 12"),
                Arguments.of("\\2(a)", "re.error", "invalid group reference 2 at position 1"),
                Arguments.of("a(?i)b", "re.error", "global flags not at the start of the expression at position 1"),
                Arguments.of("(?z)", "re.error", "unknown extension ?z at position 1"),
                Arguments.of("x\\", "re.error", "bad escape (end of pattern) at position 1"),
                Arguments.of("(?#abc", "re.error", "missing ), unterminated comment at position 0"),
                Arguments.of("(?i", "re.error", "missing -, : or ) at position 3"),
                Arguments.of("(a)\\2", "re.error", "invalid group reference 2 at position 4"),
                Arguments.of("[\\d-z]", "re.error", "bad character range \\d-z at position 1"),
                Arguments.of("(?P<a-b>x)", "re.error", "bad character in group name 'a-b' at position 4"),
                Arguments.of("(?P<>x)", "re.error", "missing group name at position 4"),
                Arguments.of("(?P<a", "re.error", "missing >, unterminated name at position 4"),
                Arguments.of("ab\n(", "re.error", "missing ), unterminated subpattern at position 3 (line 2, column 1)"),
                Arguments.of("(?P", "re.error", "unexpected end of pattern at position 3"),
                Arguments.of("(?", "re.error", "unexpected end of pattern at position 2"),
                Arguments.of("\\x4", "re.error", "incomplete escape \\x4 at position 0"),
                Arguments.of("(?i-i:a)", "re.error", "bad inline flags: flag turned on and off at position 5"),
                Arguments.of("(?a)(?u)", "ValueError", "ASCII and UNICODE flags are incompatible"),
                Arguments.of("(?L)", "re.error", "bad inline flags: cannot use 'L' flag with a str pattern at position 3"),
                Arguments.of("(?(2)a|b)(c)", "re.error", "invalid group reference 2 at position 3"),
                Arguments.of("(?(0)a)", "re.error", "bad group number at position 3"),
                Arguments.of("(?(x)a)", "re.error", "unknown group name 'x' at position 3"),
                Arguments.of("[\\777]", "re.error", "octal escape value \\777 outside of range 0-0o377 at position 1"),
                Arguments.of("\\400", "re.error", "octal escape value \\400 outside of range 0-0o377 at position 0"),
                Arguments.of("a{99999999999}", "OverflowError", "the repetition number is too large"),
                Arguments.of("(?-", "re.error", "missing flag at position 3"),
                Arguments.of("(?-:a)", "re.error", "missing flag at position 3"),
                Arguments.of("(?i-:a)", "re.error", "missing flag at position 4"),
                Arguments.of("(?-x)", "re.error", "missing : at position 4"),
                Arguments.of("(a)(?P=a)", "re.error", "unknown group name 'a' at position 7"),
                Arguments.of("(?#(x))(y)", "re.error", "unbalanced parenthesis at position 6"),
                Arguments.of("(?x)a[#]b(", "re.error", "missing ), unterminated subpattern at position 9"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void anInvalidPatternIsRefusedWithCPythonsWords(String pattern, String kind, String text) {
        RegexShape.SyntaxError e = assertThrows(RegexShape.SyntaxError.class, () -> RegexShape.parse(pattern, 0));
        assertEquals(kind + ": " + text, e.kind + ": " + e.text(pattern));
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("(a)(b)", 0, 2),
                Arguments.of("(a)?(b)", 0, 2),
                Arguments.of("(a)|(b)", 0, 2),
                Arguments.of("(?:(a)|b)(c)", 0, 2),
                Arguments.of("(a)+(b)*", 0, 2),
                Arguments.of("(?=(a))(b)", 0, 2),
                Arguments.of("(?P<x>a)(?(x)(b)|c)", 0, 2),
                Arguments.of("[(](a)", 0, 1),
                Arguments.of("\\((a)\\)", 0, 1),
                Arguments.of("(?x) ( a ) # (b)", 0, 1),
                Arguments.of("( a ) # (b)", 64, 1),
                Arguments.of("(?#x)(y)", 0, 1),
                Arguments.of("(?>(a)|b)", 0, 1),
                Arguments.of("((a)b)+", 0, 2),
                Arguments.of("(a){0,1}(b){1,2}", 0, 2),
                Arguments.of("[#(](a) # (b)", 64, 1),
                Arguments.of("(a)\\((?:b)", 0, 1));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void aValidPatternsGroupsAreCounted(String pattern, int flags, int groups) throws Exception {
        assertEquals(groups, RegexShape.parse(pattern, flags).groups());
    }

    @ParameterizedTest
    @MethodSource("always")
    void aGroupOutsideEveryOptionalPartAlwaysTakesPart(String pattern, String always) throws Exception {
        RegexShape shape = RegexShape.parse(pattern, 0);
        List<Integer> out = new ArrayList<>();
        for (int g = 1; g <= shape.groups(); g++) {
            if (shape.always(g)) {
                out.add(g);
            }
        }
        assertEquals(always, out.toString());
    }

    static Stream<Arguments> always() {
        return Stream.of(
                Arguments.of("(a)(b)", "[1, 2]"),
                Arguments.of("(a)?(b)", "[2]"),
                Arguments.of("(a)|(b)", "[]"),
                Arguments.of("(?:(a)|b)(c)", "[2]"),
                Arguments.of("(a)+(b)*", "[1]"),
                Arguments.of("(?=(a))(b)", "[2]"),
                Arguments.of("(?!(a))(b)", "[2]"),
                Arguments.of("(?P<x>a)(?(x)(b)|c)", "[1]"),
                Arguments.of("((a)b)+", "[1, 2]"),
                Arguments.of("((a)|b)", "[1]"),
                Arguments.of("(a){0,1}(b){1,2}(c){0}", "[2]"),
                Arguments.of("(?>(a)b)(c)??", "[1]"));
    }
}
