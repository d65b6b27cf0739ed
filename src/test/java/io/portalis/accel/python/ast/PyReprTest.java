package io.portalis.accel.python.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** repr() of literal values against what python3 printed for the same values (golden/repr). */
class PyReprTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = PyReprTest.class.getResourceAsStream("/golden/repr/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @Test
    void stringsAndBytesMatchPython() throws IOException {
        List<String> lines = lines("strings.tsv");
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            String[] parts = line.split("\t");
            String expected = JSON.readValue(parts[1], String.class);
            if (parts[0].startsWith("B")) {
                int[] ints = JSON.readValue(parts[0].substring(1), int[].class);
                byte[] b = new byte[ints.length];
                for (int i = 0; i < ints.length; i++) {
                    b[i] = (byte) ints[i];
                }
                assertEquals(expected, new ConstantValue.Bytes(b).repr(), line);
            } else {
                assertEquals(expected, new ConstantValue.Str(JSON.readValue(parts[0], String.class)).repr(), line);
            }
        }
    }

    @Test
    void floatsAndImaginariesMatchPython() throws IOException {
        List<String> lines = lines("floats.txt");
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            double v = parts[1].equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(parts[1]);
            String actual = parts[0].equals("F") ? new ConstantValue.Float(v).repr() : new ConstantValue.Complex(v).repr();
            assertEquals(parts[2], actual, line);
        }
    }
}
