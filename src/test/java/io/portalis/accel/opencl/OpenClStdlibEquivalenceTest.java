package io.portalis.accel.opencl;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.portalis.accel.python.lexer.CpuLexer;
import io.portalis.accel.python.lexer.LexResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The OpenCL engine against the CPU engine over every .py file of the python3 stdlib, lexed as
 * batches of about 8 MB (so files span sub-batches of 1 MB): identical tokens and diagnostics.
 */
class OpenClStdlibEquivalenceTest {

    @Test
    void sameTokensAsTheCpuEngineOverTheStdlib() throws Exception {
        OpenClDevice device = OpenClTestSupport.deviceOrSkip();
        Path stdlib = stdlib();
        assumeTrue(stdlib != null, "python3 is not available: no stdlib corpus");
        List<Path> paths;
        try (Stream<Path> s = Files.walk(stdlib)) {
            Path root = stdlib;
            paths = s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !root.relativize(p).toString().startsWith("site-packages"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        assumeTrue(paths.size() > 500, "stdlib looks incomplete");
        List<String> failures = new ArrayList<>();
        OpenClLexer.Settings settings = OpenClLexer.Settings.defaults().withChunk(1024, 1 << 20);
        try (OpenClLexer lexer = OpenClLexer.open(device, settings)) {
            List<byte[]> batch = new ArrayList<>();
            List<Path> names = new ArrayList<>();
            long size = 0;
            for (int i = 0; i <= paths.size(); i++) {
                if (i == paths.size() || size > (8 << 20)) {
                    List<Path> batchNames = List.copyOf(names);
                    List<byte[]> batchBytes = List.copyOf(batch);
                    lexer.lexBatch(batchBytes, (j, gpu, nanos) -> {
                        LexResult cpu = CpuLexer.lex(batchBytes.get(j));
                        if (!cpu.tokens().equals(gpu.tokens()) || !cpu.diagnostics().equals(gpu.diagnostics())) {
                            failures.add(batchNames.get(j).toString());
                        }
                    });
                    batch.clear();
                    names.clear();
                    size = 0;
                    if (i == paths.size()) {
                        break;
                    }
                }
                byte[] b = Files.readAllBytes(paths.get(i));
                batch.add(b);
                names.add(paths.get(i));
                size += b.length;
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " files differ, e.g. " + failures.subList(0,
                Math.min(10, failures.size())));
    }

    private static Path stdlib() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor() == 0 && !out.isEmpty() ? Path.of(out) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
