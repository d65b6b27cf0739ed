package io.portalis.accel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check stage through the real CLI: E-NAME fails the file, with its position, in the report and on stderr. */
class NameCheckCliTest {
    @TempDir
    Path tmp;

    @Test
    void aNameCPythonWouldNotFindFailsTheFileAtTheCheckStage() throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("ok.py"), "from typing import List\n\nxs: List[int] = [1]\nprint(xs)\n");
        Files.writeString(src.resolve("typing_missing.py"), "def total(xs: List[int]) -> int:\n    return sum(xs)\n\n\n"
                + "print(total([1]))\n");
        Files.writeString(src.resolve("unbound.py"), "print(limit)\nlimit = 3\n");
        CliRun r = CliRun.of("transpile", "--layout", "files", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu");
        assertEquals(ExitCodes.FILES_FAILED, r.exitCode(), r.err());
        JsonNode rep = CliTest.json(r.out());
        assertEquals(List.of("ok.py", "typing_missing.py", "unbound.py"), CliTest.field(rep.get("files"), "path"));
        assertEquals(List.of("ok", "failed", "failed"), CliTest.field(rep.get("files"), "status"));
        JsonNode ok = rep.get("files").get(0);
        assertEquals(List.of("read", "decode", "lex", "parse", "check", "translate", "write"), texts(ok.get("stages")));
        JsonNode missing = rep.get("files").get(1);
        assertEquals(List.of("read", "decode", "lex", "parse", "check"), texts(missing.get("stages")));
        JsonNode d = missing.get("diagnostics").get(0);
        assertEquals("E-NAME", d.get("code").asText());
        assertEquals(1, d.get("line").asInt());
        assertEquals(15, d.get("column").asInt());
        assertTrue(d.get("message").asText().startsWith("name 'List' is not defined"), d.toString());
        assertTrue(r.err().contains("typing_missing.py:1:15: error[E-NAME]: name 'List' is not defined"), r.err());
        JsonNode unbound = rep.get("files").get(2).get("diagnostics").get(0);
        assertEquals("E-NAME", unbound.get("code").asText());
        assertEquals(1, unbound.get("line").asInt());
        assertEquals("name 'limit' is read before the module binds it (NameError in CPython)",
                unbound.get("message").asText());
        assertFalse(Files.exists(tmp.resolve("out/typing_missing.rs")));
        assertTrue(rep.get("stage_times_ms").has("check"), rep.get("stage_times_ms").toString());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
