package io.portalis.accel.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenCL engine gives exactly the CPU engine's tokens and diagnostics, on the edge cases and
 * golden inputs, with chunks and sub-batch windows small enough that every kind of boundary
 * (inside strings, comments, CRLF, files) is crossed.
 */
class OpenClLexerEquivalenceTest {

    static List<byte[]> corpus() throws Exception {
        List<byte[]> files = new ArrayList<>();
        for (String dir : new String[] {"/lexer", "/lexer-golden"}) {
            Path p = Path.of(OpenClLexerEquivalenceTest.class.getResource(dir).toURI());
            try (Stream<Path> s = Files.list(p)) {
                for (Path f : s.filter(x -> x.toString().endsWith(".py")).sorted().toList()) {
                    files.add(Files.readAllBytes(f));
                }
            }
        }
        return files;
    }

    static void assertSame(List<byte[]> files, List<LexResult> gpu, String what) {
        assertEquals(files.size(), gpu.size());
        for (int i = 0; i < files.size(); i++) {
            LexResult cpu = CpuLexer.lex(files.get(i));
            assertEquals(cpu.tokens(), gpu.get(i).tokens(), what + ": tokens of file " + i);
            assertEquals(cpu.diagnostics(), gpu.get(i).diagnostics(), what + ": diagnostics of file " + i);
        }
    }

    @Test
    void sameTokensAtEveryChunkAndWindowSize() throws Exception {
        OpenClDevice device = OpenClTestSupport.deviceOrSkip();
        List<byte[]> files = corpus();
        assertTrue(files.size() > 60);
        int[][] shapes = {{2048, 0}, {1, 64}, {3, 96}, {7, 7}, {16, 4096}, {64, 1 << 20}};
        for (int[] shape : shapes) {
            OpenClLexer.Settings settings = OpenClLexer.Settings.defaults().withChunk(shape[0], shape[1]);
            try (OpenClLexer lexer = OpenClLexer.open(device, settings)) {
                assertSame(files, lexer.lex(files), "chunk " + shape[0] + ", window " + shape[1]);
            }
        }
    }
}
