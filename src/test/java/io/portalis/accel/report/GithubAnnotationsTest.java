package io.portalis.accel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The escaping of workflow commands, as the GitHub Actions runner unescapes them: in the message
 * {@code %}, CR and LF; in a property value also {@code :} and {@code ,}.
 */
class GithubAnnotationsTest {
    private static Report report(String path, String message, List<String> errors, String status) {
        Report.FileEntry file = new Report.FileEntry(path, "failed", "cpu", 10, 0, 1.0, null, List.of("read"),
                List.of(new Report.DiagnosticEntry("error", "E-SYNTAX", message, 3, 7),
                        new Report.DiagnosticEntry("warning", "W-HASH-ORDER", "order", 4, 1)));
        return new Report(Report.SCHEMA_VERSION, new Report.Tool("portalis-accel", "0.1.0"), "/work/repo/src", "/out",
                "2026-12-07T10:00:00Z", "2026-12-07T10:00:01Z", status,
                new Report.StrategyInfo("cpu", "cpu", "cpu", "requested", "asked"),
                new Report.Hardware(2, false, null, null, null, List.of(), 1L), new Report.Gpu(false, "x", "y", null),
                new Report.Workload(1, 1, 0, 0), null, 1.0, Map.of(), false, List.of(), errors, 1, List.of(file),
                new Report.Summary(1, 0, 1, 0, 0, 10, 0));
    }

    @Test
    void messageEscapesPercentCrAndLfButKeepsColonAndComma() {
        assertEquals("100%25 done%0D%0Anext: a, b", GithubAnnotations.data("100% done\r\nnext: a, b"));
        assertEquals("%2525", GithubAnnotations.data("%25"), "a literal %25 must not come back as %");
    }

    @Test
    void propertyEscapesColonAndCommaToo() {
        assertEquals("a%2Cb%3Ac%25d%0Ae", GithubAnnotations.property("a,b:c%d\ne"));
    }

    @Test
    void oneCommandPerDiagnosticWithThePathRelativeToTheBase() {
        List<String> lines = GithubAnnotations.lines(report("pkg/x,y.py", "bad: 50%\nsee", List.of(), "completed"),
                Path.of("/work/repo"));
        assertEquals(List.of(
                "::error file=src/pkg/x%2Cy.py,line=3,col=7,title=E-SYNTAX::bad: 50%25%0Asee",
                "::warning file=src/pkg/x%2Cy.py,line=4,col=1,title=W-HASH-ORDER::order"), lines);
    }

    @Test
    void aFileOutsideTheBaseKeepsItsAbsolutePathAndRunErrorsComeLast() {
        List<String> lines = GithubAnnotations.lines(report("m.py", "m", List.of("GPU failure: oom"), "failed"),
                Path.of("/elsewhere"));
        assertEquals("::error file=/work/repo/src/m.py,line=3,col=7,title=E-SYNTAX::m", lines.get(0));
        assertEquals("::error title=portalis-accel::GPU failure: oom", lines.get(2));
    }
}
