package io.portalis.accel.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Streams records, lists, maps and scalars as pretty-printed JSON with snake_case field names,
 * through jackson-core alone: the same text as {@link ReportJson#mapper()} writes for them, without
 * the start-up of jackson-databind (over a second of class loading and introspection in a cold
 * one-file run, all of it spent after the batch).
 */
final class RecordJson {
    private static final JsonFactory FACTORY = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private RecordJson() {}

    /** Whether {@link #write} can write {@code value} (and everything it holds) itself. */
    static boolean handles(Object value) {
        return value instanceof Record;
    }

    static void write(Object value, Writer out) throws IOException {
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            gen.useDefaultPrettyPrinter();
            value(gen, value);
        }
    }

    private static void value(JsonGenerator gen, Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String s) {
            gen.writeString(s);
        } else if (value instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (value instanceof Integer i) {
            gen.writeNumber(i);
        } else if (value instanceof Long l) {
            gen.writeNumber(l);
        } else if (value instanceof Double d) {
            gen.writeNumber(d);
        } else if (value instanceof List<?> list) {
            gen.writeStartArray();
            for (Object item : list) {
                value(gen, item);
            }
            gen.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName(String.valueOf(e.getKey()));
                value(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof Record record) {
            gen.writeStartObject();
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                gen.writeFieldName(snakeCase(c.getName()));
                value(gen, read(c, record));
            }
            gen.writeEndObject();
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    /** {@code cpuSimdSupport} → {@code cpu_simd_support}; a run of capitals stays one word, as databind's SNAKE_CASE. */
    static String snakeCase(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        boolean previousUpper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && !previousUpper && b.charAt(b.length() - 1) != '_') {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
                previousUpper = true;
            } else {
                b.append(c);
                previousUpper = false;
            }
        }
        return b.toString();
    }
}
