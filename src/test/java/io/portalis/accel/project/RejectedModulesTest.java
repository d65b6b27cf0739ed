package io.portalis.accel.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.accel.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --verify} through the real CLI when rustc rejects one module's Rust (injected with the
 * tests-only property {@link RejectedModules#TEST_FAULT_PROPERTY}): that module fails with the rustc
 * error, the module importing it fails at the import, and the rest of the crate is still built and
 * verified against CPython (main modules and doctests); the exit status is 1.
 */
class RejectedModulesTest {
    @TempDir
    Path tmp;

    private Path project(Map<String, String> files) throws IOException {
        Path src = tmp.resolve("proj");
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = src.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        return src;
    }

    @Test
    void aModuleRustcRejectsFailsAloneAndTheOthersAreStillVerified() throws Exception {
        assumeTrue(ProjectCrateTest.available("cargo"), "cargo not found on PATH");
        assumeTrue(ProjectCrateTest.available("python3"), "python3 not found on PATH");
        Map<String, String> files = new HashMap<>();
        files.put("geo/__init__.py", "");
        files.put("geo/shapes.py", "def area(w: int, h: int) -> int:\n    return w * h\n");
        files.put("geo/report.py", "from geo.shapes import area\n\n\nif __name__ == \"__main__\":\n    print(\"area\", area(3, 4))\n");
        files.put("hello.py", "def twice(n: int) -> int:\n    \"\"\"\n    >>> twice(4)\n    8\n    \"\"\"\n    return 2 * n\n\n\n"
                + "if __name__ == \"__main__\":\n    print(\"twice\", twice(21))\n");
        Path src = project(files);
        Path out = tmp.resolve("out");
        CliRun r;
        System.setProperty(RejectedModules.TEST_FAULT_PROPERTY, "geo/shapes.py");
        try {
            r = CliRun.of("-q", "transpile", src.toString(), "-o", out.toString(), "--strategy", "cpu", "--verify");
        } finally {
            System.clearProperty(RejectedModules.TEST_FAULT_PROPERTY);
        }
        assertEquals(1, r.exitCode(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        Map<String, JsonNode> byPath = new HashMap<>();
        report.get("files").forEach(f -> byPath.put(f.get("path").asText(), f));
        JsonNode shapes = byPath.get("geo/shapes.py");
        assertEquals("failed", shapes.get("status").asText());
        assertTrue(shapes.get("output").isNull());
        assertEquals("E-RUSTC", shapes.get("diagnostics").get(0).get("code").asText());
        assertTrue(shapes.get("diagnostics").get(0).get("message").asText().contains("error[E0308]: mismatched types (src/geo/shapes.rs:"),
                shapes.toString());
        JsonNode user = byPath.get("geo/report.py");
        assertEquals("failed", user.get("status").asText());
        assertEquals("E-IMPORT", user.get("diagnostics").get(0).get("code").asText());
        assertEquals("ok", byPath.get("geo/__init__.py").get("status").asText());
        assertEquals("ok", byPath.get("hello.py").get("status").asText());
        JsonNode summary = report.get("summary");
        assertEquals(2, summary.get("ok").asInt(), summary.toString());
        assertEquals(2, summary.get("failed").asInt(), summary.toString());
        JsonNode v = report.get("project").get("verification");
        assertEquals("ok", v.get("build").asText(), v.toString());
        assertEquals(1, v.get("files").size(), v.toString());
        assertEquals("hello.py", v.get("files").get(0).get("path").asText());
        assertEquals("same", v.get("files").get(0).get("status").asText());
        assertEquals(1, v.get("doctests").get("summary").get("same").asInt(), v.toString());
        assertTrue(r.err().contains("shapes.py:1:1: error[E-RUSTC]: rustc rejects this module's translation"), r.err());
        assertFalse(Files.exists(out.resolve("src/geo/shapes.rs")), "the rejected module's Rust is left out of the crate");
        assertFalse(Files.readString(out.resolve("src/geo/__init__.rs")).contains("pub mod shapes"));
    }

    @Test
    void withoutTheFaultTheSameProjectVerifiesClean() throws Exception {
        assumeTrue(ProjectCrateTest.available("cargo"), "cargo not found on PATH");
        assumeTrue(ProjectCrateTest.available("python3"), "python3 not found on PATH");
        Path src = project(Map.of("geo/__init__.py", "",
                "geo/shapes.py", "def area(w: int, h: int) -> int:\n    return w * h\n",
                "geo/report.py", "from geo.shapes import area\n\n\nif __name__ == \"__main__\":\n    print(\"area\", area(3, 4))\n"));
        CliRun r = CliRun.of("-q", "transpile", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu",
                "--verify");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(3, report.get("summary").get("ok").asInt());
        assertEquals(1, report.get("project").get("verification").get("summary").get("same").asInt());
    }
}
