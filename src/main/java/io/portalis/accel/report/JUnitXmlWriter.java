package io.portalis.accel.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Report} as JUnit XML (the Ant/Surefire shape that CI test dashboards read): one
 * {@code <testsuite>} for the run, one {@code <testcase>} per input file, its class name the module's
 * dotted path ({@code pkg/mod.py} → {@code pkg.mod}). A failed file carries a {@code <failure>} with
 * its diagnostics, a skipped file a {@code <skipped>}; a file in any other state that is not ok (one the
 * run never got to translate) an {@code <error>}. Warnings of ok files go to the case's {@code <system-out>}.
 */
public final class JUnitXmlWriter {
    private JUnitXmlWriter() {}

    public static void write(Report report, Writer out) throws IOException {
        int failures = 0;
        int errors = 0;
        int skipped = 0;
        for (Report.FileEntry f : report.files()) {
            switch (f.status()) {
                case "ok" -> { }
                case "failed" -> failures++;
                case "skipped" -> skipped++;
                default -> errors++;
            }
        }
        String suiteName = "portalis-accel transpile " + lastSegment(report.source());
        String tests = Integer.toString(report.files().size());
        String time = seconds(report.executionTimeMs());
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "portalis-accel");
            counts(x, tests, failures, errors, skipped, time);
            x.writeCharacters("\n  ");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", suiteName);
            counts(x, tests, failures, errors, skipped, time);
            x.writeAttribute("timestamp", report.startedAt());
            x.writeCharacters("\n    ");
            properties(x, report);
            for (Report.FileEntry f : report.files()) {
                x.writeCharacters("\n    ");
                testcase(x, f);
            }
            x.writeCharacters("\n  ");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private static void counts(XMLStreamWriter x, String tests, int failures, int errors, int skipped, String time)
            throws XMLStreamException {
        x.writeAttribute("tests", tests);
        x.writeAttribute("failures", Integer.toString(failures));
        x.writeAttribute("errors", Integer.toString(errors));
        x.writeAttribute("skipped", Integer.toString(skipped));
        x.writeAttribute("time", time);
    }

    private static void properties(XMLStreamWriter x, Report report) throws XMLStreamException {
        x.writeStartElement("properties");
        property(x, "tool.version", report.tool().version());
        property(x, "source", report.source());
        property(x, "output", report.output());
        property(x, "status", report.status());
        property(x, "strategy.selected", report.strategy().selected());
        property(x, "strategy.used", report.strategy().used());
        property(x, "fallback_occurred", Boolean.toString(report.fallbackOccurred()));
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    private static void property(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeEmptyElement("property");
        x.writeAttribute("name", name);
        x.writeAttribute("value", xmlSafe(value == null ? "" : value));
    }

    private static void testcase(XMLStreamWriter x, Report.FileEntry f) throws XMLStreamException {
        x.writeStartElement("testcase");
        x.writeAttribute("name", xmlSafe(f.path()));
        x.writeAttribute("classname", xmlSafe(className(f.path())));
        x.writeAttribute("file", xmlSafe(f.path()));
        x.writeAttribute("time", seconds(f.timeMs()));
        String first = f.diagnostics().isEmpty() ? f.status()
                : f.diagnostics().get(0).code() + ": " + f.diagnostics().get(0).message();
        switch (f.status()) {
            case "ok" -> {
                if (!f.diagnostics().isEmpty()) {
                    x.writeCharacters("\n      ");
                    x.writeStartElement("system-out");
                    x.writeCharacters(xmlSafe(diagnostics(f)));
                    x.writeEndElement();
                    x.writeCharacters("\n    ");
                }
            }
            case "skipped" -> {
                x.writeCharacters("\n      ");
                x.writeEmptyElement("skipped");
                x.writeAttribute("message", xmlSafe(f.diagnostics().isEmpty() ? "skipped" : f.diagnostics().get(0).message()));
                x.writeCharacters("\n    ");
            }
            default -> {
                x.writeCharacters("\n      ");
                x.writeStartElement(f.status().equals("failed") ? "failure" : "error");
                x.writeAttribute("message", xmlSafe(first));
                x.writeAttribute("type", f.diagnostics().isEmpty() ? f.status() : f.diagnostics().get(0).code());
                x.writeCharacters(xmlSafe(diagnostics(f)));
                x.writeEndElement();
                x.writeCharacters("\n    ");
            }
        }
        x.writeEndElement();
    }

    /** Every diagnostic of the file, one {@code path:line:col: severity[CODE]: message} per line. */
    private static String diagnostics(Report.FileEntry f) {
        StringBuilder b = new StringBuilder();
        for (Report.DiagnosticEntry d : f.diagnostics()) {
            b.append(f.path()).append(':').append(d.line()).append(':').append(d.column()).append(": ")
                    .append(d.severity()).append('[').append(d.code()).append("]: ").append(d.message()).append('\n');
        }
        return b.toString();
    }

    /** {@code pkg/sub/mod.py} → {@code pkg.sub.mod}. */
    static String className(String path) {
        String p = path.endsWith(".py") ? path.substring(0, path.length() - 3) : path;
        return p.replace('/', '.');
    }

    private static String lastSegment(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }

    private static String seconds(double ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }

    /**
     * Replaces what XML 1.0 cannot carry at all (control characters other than tab, LF and CR, lone
     * surrogates, U+FFFE/U+FFFF) with U+FFFD; everything else is escaped by the stream writer.
     */
    static String xmlSafe(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                if (ok) {
                    b.appendCodePoint(cp);
                } else {
                    b.append('\uFFFD');
                }
            }
            i += n;
        }
        return b == null ? s : b.toString();
    }
}
