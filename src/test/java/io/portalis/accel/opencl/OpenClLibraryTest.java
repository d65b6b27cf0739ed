package io.portalis.accel.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine without a loadable OpenCL library, simulated in a child JVM by pointing the loader at a
 * library name that does not exist: {@code devices} says why and how to fix it, and a forced
 * {@code --strategy gpu} falls back to the CPU with cause unavailable and that reason. The same
 * with only a versioned {@code .so.1} present: the reason names it and the fix.
 */
class OpenClLibraryTest {
    @TempDir
    Path tmp;

    private record Child(int exit, String out, String err) {}

    private Child run(String library, String ldLibraryPath, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dportalis.opencl.library=" + library,
                "io.portalis.accel.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (ldLibraryPath != null) {
            pb.environment().put("LD_LIBRARY_PATH", ldLibraryPath);
        }
        pb.environment().put("PORTALIS_OPENCL_CPU", "1");
        pb.redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
        return new Child(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void missingLibraryIsAReasonNotACrash() throws Exception {
        Child c = run("libportalis-no-such-opencl.so", null, "devices", "--json");
        assertEquals(0, c.exit(), c.err());
        JsonNode cl = new ObjectMapper().readTree(c.out()).get("opencl");
        assertEquals(false, cl.get("available").asBoolean());
        assertEquals("library_missing", cl.get("code").asText());
        String reason = cl.get("reason").asText();
        assertTrue(reason.contains("libportalis-no-such-opencl.so") && reason.contains("cannot open shared object file")
                && reason.contains("Fix:"), reason);
    }

    @Test
    void forcedGpuFallsBackWithTheReason() throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(src.resolve("a.py"), "print(1)\n");
        Child c = run("libportalis-no-such-opencl.so", null, "transpile", "--layout", "files", src.toString(), "-o",
                tmp.resolve("out").toString(), "--strategy", "gpu", "-q");
        JsonNode rep = new ObjectMapper().readTree(c.out());
        assertTrue(rep.get("fallback_occurred").asBoolean(), c.out());
        JsonNode event = rep.get("fallback_events").get(0);
        assertEquals("unavailable", event.get("cause").asText());
        assertTrue(event.get("message").asText().contains("libportalis-no-such-opencl.so"), event.toString());
        assertTrue(!c.err().contains("Exception"), c.err());
    }

    @Test
    void onlyAVersionedLibraryNamesItAndTheFix() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("lib"));
        Files.writeString(dir.resolve("libportalis-fake.so.1"), "not a library");
        Child c = run("libportalis-fake.so", dir.toString(), "devices", "--json");
        assertEquals(0, c.exit(), c.err());
        String reason = new ObjectMapper().readTree(c.out()).get("opencl").get("reason").asText();
        assertTrue(reason.contains(dir.resolve("libportalis-fake.so.1").toString()), reason);
        assertTrue(reason.contains("bin/portalis-accel") && reason.contains("LD_LIBRARY_PATH"), reason);
    }
}
