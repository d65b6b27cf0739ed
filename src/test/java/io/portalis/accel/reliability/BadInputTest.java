package io.portalis.accel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.portalis.accel.cli.CliRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, bad input: a tree holding every kind of hostile file still finishes with exit 1, each bad
 * file failed with a diagnostic of its own (never an internal error or a stack trace), the good file
 * transpiled, every file listed once, and no temporary file left in OUT.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    /** The hostile files, built at test time (nothing big is committed). */
    private Map<String, Boolean> writeTree(Path src) throws IOException {
        Map<String, Boolean> mustFail = new LinkedHashMap<>();
        Files.createDirectories(src);
        Files.writeString(src.resolve("good.py"), "def twice(x: int) -> int:\n    return 2 * x\n\nprint(twice(21))\n");
        mustFail.put("good.py", false);

        Files.write(src.resolve("non_utf8.py"), new byte[] {'s', ' ', '=', ' ', '"', (byte) 0xC3, (byte) 0x28, '"', '\n'});
        mustFail.put("non_utf8.py", true);

        byte[] binary = new byte[4096];
        new Random(6).nextBytes(binary);
        binary[0] = 0x7F; // an ELF-like header: certainly not Python
        Files.write(src.resolve("binary.py"), binary);
        mustFail.put("binary.py", true);

        byte[] utf16 = "print('hi')\n".getBytes(StandardCharsets.UTF_16); // big-endian with a BOM
        Files.write(src.resolve("utf16.py"), utf16);
        mustFail.put("utf16.py", true);

        Files.write(src.resolve("empty.py"), new byte[0]);
        mustFail.put("empty.py", null);
        Files.writeString(src.resolve("only_comments.py"), "# nothing here\n# but comments\n");
        mustFail.put("only_comments.py", null);

        Files.writeString(src.resolve("parens.py"), "x = " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "\n");
        mustFail.put("parens.py", true);

        StringBuilder blocks = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            blocks.append(" ".repeat(i)).append("if True:\n");
        }
        blocks.append(" ".repeat(3_000)).append("pass\n");
        Files.writeString(src.resolve("blocks.py"), blocks.toString());
        mustFail.put("blocks.py", true);

        Files.writeString(src.resolve("eof_error.py"), "print(1)\nprint(2)\ndef f(x: int) -> int:\n    return (x +\n");
        mustFail.put("eof_error.py", true);

        Files.write(src.resolve("nul.py"), "x = 1\n\0y = 2\n".getBytes(StandardCharsets.US_ASCII));
        mustFail.put("nul.py", true);

        try (OutputStream out = Files.newOutputStream(src.resolve("long_line.py"))) {
            out.write("x = \"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "abcdefghij".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 10; i++) {
                out.write(chunk); // 10 MB on one line
            }
            out.write("\"\nprint(len(x))\n".getBytes(StandardCharsets.US_ASCII));
        }
        mustFail.put("long_line.py", null);

        try (OutputStream out = Files.newOutputStream(src.resolve("big_50mb.py"))) {
            byte[] line = ("s = \"" + "0123456789".repeat(99) + "\"\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50 * 1024 * 1024 / line.length; i++) {
                out.write(line);
            }
            out.write("print(len(s))\n".getBytes(StandardCharsets.US_ASCII));
        }
        mustFail.put("big_50mb.py", null);
        return mustFail;
    }

    @Test
    void everyHostileFileFailsAloneWithADiagnosticAndTheRunGoesOn() throws IOException {
        Path src = tmp.resolve("src");
        Path out = tmp.resolve("out");
        Map<String, Boolean> mustFail = writeTree(src);

        CliRun r = CliRun.of("transpile", "--layout", "files", src.toString(), "-o", out.toString(), "--strategy", "cpu", "--threads", "2");

        assertEquals(1, r.exitCode(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        JsonNode report = Reports.parse(r.out());
        Reports.assertAccountedFor(report, new TreeSet<>(mustFail.keySet()));
        assertEquals("completed", report.get("status").asText());

        Map<String, JsonNode> byPath = Reports.byPath(report);
        for (Map.Entry<String, Boolean> e : mustFail.entrySet()) {
            JsonNode f = byPath.get(e.getKey());
            String status = f.get("status").asText();
            for (JsonNode d : f.get("diagnostics")) {
                assertFalse(d.get("code").asText().equals("E-INTERNAL"), e.getKey() + ": " + d);
                assertTrue(d.get("line").asInt() >= 1 && d.get("column").asInt() >= 1, e.getKey() + ": " + d);
            }
            if (Boolean.TRUE.equals(e.getValue())) {
                assertEquals("failed", status, e.getKey());
                assertTrue(Reports.hasError(f), e.getKey() + " failed without an error diagnostic");
                assertTrue(r.err().contains(e.getKey() + ":"), "no diagnostic on stderr for " + e.getKey());
            } else if (Boolean.FALSE.equals(e.getValue())) {
                assertEquals("ok", status, e.getKey() + ": " + f);
            }
            // either way: an ok file has its output, a failed one none
            String rs = e.getKey().replaceAll("\\.py$", ".rs");
            assertEquals("ok".equals(status), Files.exists(out.resolve(rs)), e.getKey());
        }
        JsonNode eof = byPath.get("eof_error.py").get("diagnostics").get(0);
        assertTrue(eof.get("line").asInt() >= 4, "the end-of-file error points at the end: " + eof);
        Set<String> leftovers = Reports.temporaryFiles(out);
        assertTrue(leftovers.isEmpty(), "temporary files left in OUT: " + leftovers);
    }
}
