package io.portalis.accel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a {@link Report} as one SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), for
 * code-scanning tools: one run, one result per diagnostic, rule ids = the diagnostic codes ({@code E-SYNTAX},
 * ...), locations relative to the source root through the base id {@code SRCROOT}, columns in code points
 * as the report counts them.
 */
public final class SarifWriter {
    static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final JsonFactory FACTORY = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SarifWriter() {}

    public static void write(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = ruleIndex(report);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA_URI);
            g.writeStringField("version", "2.1.0");
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            tool(g, report, ruleIndex);
            invocation(g, report);
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart("SRCROOT");
            g.writeStringField("uri", directoryUri(report.source()));
            g.writeEndObject();
            g.writeEndObject();
            g.writeStringField("columnKind", "unicodeCodePoints");
            g.writeArrayFieldStart("results");
            for (Report.FileEntry f : report.files()) {
                for (Report.DiagnosticEntry d : f.diagnostics()) {
                    result(g, f, d, ruleIndex.get(d.code()));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** The codes that occur, sorted, each with its index in {@code rules}. */
    private static Map<String, Integer> ruleIndex(Report report) {
        TreeSet<String> codes = new TreeSet<>();
        for (Report.FileEntry f : report.files()) {
            for (Report.DiagnosticEntry d : f.diagnostics()) {
                codes.add(d.code());
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String c : codes) {
            index.put(c, index.size());
        }
        return index;
    }

    private static void tool(JsonGenerator g, Report report, Map<String, Integer> ruleIndex) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", report.tool().name());
        g.writeStringField("version", report.tool().version());
        g.writeArrayFieldStart("rules");
        for (String code : ruleIndex.keySet()) {
            g.writeStartObject();
            g.writeStringField("id", code);
            g.writeStringField("name", DiagnosticRules.name(code));
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", DiagnosticRules.describe(code));
            g.writeEndObject();
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", code.startsWith("W-") ? "warning" : "error");
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void invocation(JsonGenerator g, Report report) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", "completed".equals(report.status()));
        g.writeStringField("startTimeUtc", report.startedAt());
        g.writeStringField("endTimeUtc", report.finishedAt());
        if (!report.errors().isEmpty()) {
            // run-level problems (a GPU failure and its fallback, an interrupt): not about one file
            String level = "completed".equals(report.status()) ? "warning" : "error";
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (String e : report.errors()) {
                g.writeStartObject();
                g.writeStringField("level", level);
                g.writeObjectFieldStart("message");
                g.writeStringField("text", e);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void result(JsonGenerator g, Report.FileEntry f, Report.DiagnosticEntry d, int ruleIndex)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", d.code());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", level(d.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", d.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", relativeUri(f.path()));
        g.writeStringField("uriBaseId", "SRCROOT");
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", d.line());
        g.writeNumberField("startColumn", d.column());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String level(String severity) {
        return switch (severity) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }

    /** The source root as a {@code file:} URI ending in {@code /}, as SARIF requires of a base. */
    static String directoryUri(String absolutePath) {
        String uri = Path.of(absolutePath).toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * A {@code /}-separated relative path as a relative URI reference: every byte outside the unreserved
     * set and {@code /} is percent-encoded (so a space, {@code %}, {@code #} or a {@code :} in the first
     * segment can never be read as something else).
     */
    static String relativeUri(String relativePath) {
        StringBuilder b = new StringBuilder(relativePath.length() + 8);
        for (byte x : relativePath.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }
}
