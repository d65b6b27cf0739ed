package io.portalis.accel.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The errors of a failed {@code cargo build --message-format=json}, each placed in the crate file
 * rustc blames (the primary span, followed out of macro expansions to the call site).
 */
final class CargoErrors {
    /** One rustc error: the crate file it points at (relative to the crate, / separated), where, and what. */
    record Error(String file, int line, int column, String code, String message) {
        /** {@code error[E0599]: no method named `mul` found for type `f64` (src/a.rs:12:5)}. */
        String describe() {
            return "error" + (code == null ? "" : "[" + code + "]") + ": " + message + " (" + file + ":" + line + ":"
                    + column + ")";
        }
    }

    /** The errors, and whether some error could not be placed in a file (then no module can be blamed for it). */
    record Errors(List<Error> placed, List<String> unplaced) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private CargoErrors() {}

    /** Reads cargo's JSON lines (stdout of {@code --message-format=json}); lines that are not JSON are skipped. */
    static Errors read(byte[] stdout, Path crate) {
        List<Error> placed = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (String line : new String(stdout, StandardCharsets.UTF_8).split("\n")) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode msg;
            try {
                JsonNode n = JSON.readTree(line);
                if (!"compiler-message".equals(n.path("reason").asText())) {
                    continue;
                }
                msg = n.path("message");
            } catch (IOException e) {
                continue;
            }
            if (!"error".equals(msg.path("level").asText())) {
                continue;
            }
            String text = msg.path("message").asText();
            String code = msg.path("code").isObject() ? msg.path("code").path("code").asText(null) : null;
            JsonNode span = primary(msg.path("spans"));
            if (span == null) {
                if (!text.startsWith("aborting due to")) {
                    unplaced.add(text);
                }
                continue;
            }
            placed.add(new Error(relative(span.path("file_name").asText(), crate), span.path("line_start").asInt(),
                    span.path("column_start").asInt(), code, text));
        }
        return new Errors(placed, unplaced);
    }

    /** The primary span, or the call site of the macro it was expanded from when that is in another file. */
    private static JsonNode primary(JsonNode spans) {
        for (JsonNode s : spans) {
            if (s.path("is_primary").asBoolean()) {
                JsonNode at = s;
                while (at.path("expansion").isObject() && at.path("expansion").path("span").isObject()
                        && !at.path("file_name").asText().startsWith("src/")) {
                    at = at.path("expansion").path("span");
                }
                return at;
            }
        }
        return null;
    }

    private static String relative(String file, Path crate) {
        Path p = Path.of(file);
        if (p.isAbsolute() && p.startsWith(crate)) {
            p = crate.relativize(p);
        }
        return p.toString().replace('\\', '/');
    }
}
