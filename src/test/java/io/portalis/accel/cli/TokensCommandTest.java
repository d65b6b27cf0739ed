package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.accel.opencl.OpenClDevices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code tokens FILE} prints exactly what {@code python -m tokenize FILE} prints (after its
 * ENCODING line) for every lexer edge case; {@code --engine opencl} prints the same; lexical
 * errors give exit 1 and a rendered diagnostic on stderr.
 */
class TokensCommandTest {
    private static final Path EDGE = Path.of("src/test/resources/lexer");

    private static List<Path> edgeFiles() throws Exception {
        try (Stream<Path> s = Files.list(EDGE)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    /** python -m tokenize's output for each file, from one python3 process. */
    private static Map<Path, String> pythonTokenize(List<Path> files) throws Exception {
        String script = String.join("\n",
                "import sys, io, tokenize, contextlib",
                "for path in sys.argv[1:]:",
                "    buf = io.StringIO()",
                "    with contextlib.redirect_stdout(buf):",
                "        sys.argv = ['tokenize', path]",
                "        tokenize.main()",
                "    out = buf.getvalue().split('\\n', 1)[1]",
                "    sys.stdout.write('\\x00' + path + '\\x00' + out)");
        List<String> cmd = new ArrayList<>(List.of("python3", "-c", script));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 -m tokenize ran");
        Map<Path, String> out = new LinkedHashMap<>();
        String[] parts = all.split("\u0000", -1);
        for (int i = 1; i + 1 < parts.length; i += 2) {
            out.put(Path.of(parts[i]), parts[i + 1]);
        }
        return out;
    }

    @Test
    void printsWhatPythonTokenizePrints() throws Exception {
        List<Path> files = edgeFiles();
        assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "no python3");
        Map<Path, String> expected = pythonTokenize(files);
        assertEquals(files.size(), expected.size());
        for (Path f : files) {
            CliRun r = CliRun.of("tokens", f.toString());
            assertEquals(0, r.exitCode(), f + ": " + r.err());
            assertEquals(expected.get(f), r.out(), f.toString());
        }
    }

    @Test
    void openclEnginePrintsTheSame() throws Exception {
        assumeTrue(OpenClDevices.scan() instanceof OpenClDevices.Found, "no OpenCL device");
        for (Path f : edgeFiles().subList(0, 12)) {
            CliRun cpu = CliRun.of("tokens", f.toString());
            CliRun gpu = CliRun.of("tokens", "--engine", "opencl", "--opencl-cpu", f.toString());
            assertEquals(cpu, gpu, f.toString());
        }
    }

    @Test
    void lexicalErrorsExitOneWithARenderedDiagnostic() {
        CliRun r = CliRun.of("tokens", "src/test/resources/lexer-golden/unterminated_single.py");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("unterminated_single.py:1:5: error: unterminated string literal (detected at line 1)"),
                r.err());
        assertTrue(r.out().contains("ERRORTOKEN"), r.out());
    }
}
