package io.portalis.accel.transpile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parts of {@code textwrap} the translation leaves out are refused with a diagnostic naming
 * them, through the real file pipeline; the supported calls translate.
 */
class TextwrapRefusalTest {
    @TempDir
    Path tmp;

    private FileOutcome translate(String program) throws IOException {
        byte[] bytes = ("import textwrap\n" + program + "\n").getBytes(StandardCharsets.UTF_8);
        Path p = tmp.resolve("src/t.py");
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return new FilePipeline(new OutputTree(tmp.resolve("out"))).process(new SourceFile(p, "t.py", bytes.length));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "w = textwrap.TextWrapper(width=10)|textwrap.TextWrapper",
        "print(textwrap.indent('a', '> ', lambda l: [l]))|predicate returning list[str]",
        "print(textwrap.wrap('a b', 3, break_long_words=1))|break_long_words= of int",
        "print(textwrap.wrap('a b', 3, colour=True))|unexpected keyword argument 'colour'",
        "print(textwrap.shorten('a b', 3, max_lines=2))|multiple values for keyword argument 'max_lines'",
        "f = textwrap.fill|textwrap.fill used as a value",
        "print(textwrap.wrap(width=3, text='a b'))|keyword arguments out of parameter order",
        "print(textwrap.dedent(3))|textwrap.dedent() of int",
    })
    void leftOutUsesAreRefusedByName(String program, String named) throws IOException {
        FileOutcome o = translate(program);
        assertEquals(FileStatus.FAILED, o.status(), program);
        String message = o.diagnostics().get(0).message();
        assertTrue(message.contains(named), message);
    }

    @Test
    void supportedCallsTranslate() throws IOException {
        FileOutcome o = translate("print(textwrap.fill('a b c', 3, initial_indent='*', max_lines=None))\n"
                + "print(textwrap.indent(textwrap.dedent('  a\\n  b'), '> ', predicate=lambda l: l != 'b'))\n"
                + "print(textwrap.shorten(text='a b c', width=4, placeholder='.'))");
        assertEquals(FileStatus.OK, o.status(), o.diagnostics().toString());
    }
}
