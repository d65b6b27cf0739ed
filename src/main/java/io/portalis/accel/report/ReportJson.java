package io.portalis.accel.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Report} as pretty-printed snake_case JSON. */
public final class ReportJson {
    private ReportJson() {}

    /** Made on first use only: jackson-databind's start-up costs about a second in a cold JVM. */
    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    public static String toJson(Object value) {
        try {
            if (RecordJson.handles(value)) {
                java.io.StringWriter w = new java.io.StringWriter();
                RecordJson.write(value, w);
                return w + "\n";
            }
            return mapper().writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Streams {@code value} as JSON plus a newline to {@code out} and flushes it, without building the
     * whole text in memory first (a report of many thousand files stays small in the heap).
     */
    public static void write(Object value, java.io.Writer out) throws IOException {
        if (RecordJson.handles(value)) {
            RecordJson.write(value, out);
        } else {
            mapper().writeValue(out, value);
        }
        out.write('\n');
        out.flush();
    }

    public static void write(Object value, OutputStream out) throws IOException {
        out.write(toJson(value).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }
}
