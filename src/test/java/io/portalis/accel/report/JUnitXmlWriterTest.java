package io.portalis.accel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The JUnit XML of states the CLI tests cannot easily reach, read back by the JDK's XML parser. */
class JUnitXmlWriterTest {
    private static Report.FileEntry file(String path, String status, String message) {
        return new Report.FileEntry(path, status, "none", 0, 0, 0, null, List.of(),
                message == null ? List.of() : List.of(new Report.DiagnosticEntry("error", "E-X", message, 1, 1)));
    }

    private static Document xml(List<Report.FileEntry> files) throws Exception {
        Report report = new Report(Report.SCHEMA_VERSION, new Report.Tool("portalis-accel", "0.1.0"), "/w/src", "/out",
                "2026-12-07T10:00:00Z", "2026-12-07T10:00:01Z", "failed",
                new Report.StrategyInfo("gpu", "gpu", "gpu", "requested", "asked"),
                new Report.Hardware(2, false, null, null, null, List.of(), 1L), new Report.Gpu(false, "x", "y", null),
                new Report.Workload(1, 1, 0, 0), null, 1500.0, Map.of(), false, List.of(), List.of(), 0, files,
                new Report.Summary(files.size(), 0, 0, 0, 0, 0, 0));
        StringWriter w = new StringWriter();
        JUnitXmlWriter.write(report, w);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileInAnotherStateThanOkFailedOrSkippedIsAnErrorCase() throws Exception {
        Document d = xml(List.of(file("a.py", "not_run", "not run: the GPU failed"), file("b.py", "failed", "bad")));
        Element suite = (Element) d.getElementsByTagName("testsuite").item(0);
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1.500", suite.getAttribute("time"));
        Element error = (Element) d.getElementsByTagName("error").item(0);
        assertEquals("E-X: not run: the GPU failed", error.getAttribute("message"));
        assertEquals("a.py", ((Element) error.getParentNode()).getAttribute("name"));
    }

    @Test
    void charactersXmlCannotCarryAreReplacedSoTheFileStaysWellFormed() throws Exception {
        Document d = xml(List.of(file("c.py", "failed", "NUL \u0000 and \u0001 and a lone \ud800 <&\">")));
        Element failure = (Element) d.getElementsByTagName("failure").item(0);
        assertEquals("E-X: NUL \uFFFD and \uFFFD and a lone \uFFFD <&\">", failure.getAttribute("message"));
        assertEquals("c.py:1:1: error[E-X]: NUL \uFFFD and \uFFFD and a lone \uFFFD <&\">\n", failure.getTextContent());
    }

    @Test
    void classNameIsTheModulesDottedPath() {
        assertEquals("pkg.sub.mod", JUnitXmlWriter.className("pkg/sub/mod.py"));
        assertEquals("pkg.__init__", JUnitXmlWriter.className("pkg/__init__.py"));
    }
}
