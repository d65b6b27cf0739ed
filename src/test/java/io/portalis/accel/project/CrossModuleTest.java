package io.portalis.accel.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.accel.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What crosses modules beyond functions, classes and constants (exception classes, module variables
 * that change at run time, generator functions, defaults reading constants), through the real CLI:
 * what translates prints as {@code python3 -m} does (the multi-module project in
 * src/test/resources/project-crate shows the rest), and what cannot is refused by name.
 */
class CrossModuleTest {
    @TempDir
    Path tmp;

    private Path project(Map<String, String> files) throws IOException {
        Path src = tmp.resolve("p" + System.nanoTime());
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = src.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        return src;
    }

    private CliRun transpile(Path src, String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"transpile", src.toString(), "-o", tmp.resolve("out" + System.nanoTime()).toString(),
            "--strategy", "cpu"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(args);
    }

    @Test
    void aModuleVariableIsReadLiveThroughItsModuleAndCopiedByAFromImport() throws Exception {
        assumeTrue(ProjectCrateTest.available("cargo"), "cargo not found on PATH");
        assumeTrue(ProjectCrateTest.available("python3"), "python3 not found on PATH");
        Path src = project(Map.of(
                "conf.py", "level = 1\nnames: list[str] = []\n\n\ndef up() -> None:\n    global level, names\n"
                        + "    level += 1\n    names.append(str(level))\n\n\ndef fresh() -> None:\n    global names\n    names = []\n",
                "app.py", "import conf\nfrom conf import level, names, up, fresh\n\n\ndef main() -> None:\n    up()\n"
                        + "    print(conf.level, level, conf.names, names)\n    fresh()\n    up()\n"
                        + "    print(conf.level, level, conf.names, names, conf.names is names)\n\n\n"
                        + "if __name__ == \"__main__\":\n    main()\n"));
        CliRun r = transpile(src, "-q", "--verify");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode v = new ObjectMapper().readTree(r.out()).get("project").get("verification");
        assertEquals(1, v.get("summary").get("same").asInt(), v.toString());
    }

    @Test
    void aSubclassOfAnotherModulesClassIsRefusedByName() throws Exception {
        CliRun r = transpile(project(Map.of(
                "shapes.py", "class Shape:\n    def area(self) -> int:\n        return 0\n",
                "app.py", "from shapes import Shape\n\n\nclass Square(Shape):\n    def area(self) -> int:\n        return 4\n")));
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("app.py:4:14: error[E-UNSUPPORTED]: unsupported: subclass of class 'Shape' of another module"),
                r.err());
    }

    @Test
    void twoModulesDefiningExceptionClassesOfOneNameAreRefused() throws Exception {
        // an except clause for a.Error would catch b.Error in a crate that matches exceptions by name
        CliRun r = transpile(project(Map.of(
                "a.py", "class Error(Exception):\n    pass\n",
                "b.py", "class Error(Exception):\n    pass\n")));
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("b.py:1:1: error[E-UNSUPPORTED]: unsupported: exception class 'Error' while a.py defines one"
                + " of the same name"), r.err());
    }

    @Test
    void whatCannotCrossModulesIsRefusedAtTheImport() throws Exception {
        CliRun r = transpile(project(Map.of(
                "lib.py", "from typing import Iterator\n\nstep = 1\n\n\ndef grow() -> None:\n    global step\n    step += 1\n\n\n"
                        + "def guarded() -> Iterator[int]:\n    try:\n        yield 1\n    finally:\n        print(\"closed\")\n\n\n"
                        + "def scaled(x: int, k: int = step) -> int:\n    return x * k\n",
                "app.py", "from lib import guarded\nfrom lib import scaled\n",
                "early.py", "import lib\nlib.grow()\nfrom lib import step\n\nif __name__ == \"__main__\":\n    print(step)\n")));
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("app.py:1:17: error[E-UNSUPPORTED]: unsupported: generator function 'guarded' with a finally"),
                r.err());
        assertTrue(r.err().contains("app.py:2:17: error[E-UNSUPPORTED]: unsupported: function 'scaled' imported from another module"
                + " with a default value that reads 'step'"), r.err());
        assertTrue(r.err().contains("early.py:3:17: error[E-UNSUPPORTED]: unsupported: importing the module variable 'step' by name"
                + " copies its value when the import runs, and early.py runs code (line 2) before one of its imports"), r.err());
    }
    @Test
    void anImportOfAModuleThatFailedBeforeItsNamesWereReadFailsAtTheImportAndTheRestGoesThrough() throws Exception {
        // broken.py does not parse and doc.py's doctest example does not check: neither binds a name the
        // index could read, so a from-import of either fails at that import, and ok.py still goes through
        CliRun r = transpile(project(Map.of(
                "broken.py", "def f(:\n    pass\n",
                "doc.py", "def g() -> int:\n    \"\"\"\n    >>> g() + undefined_name\n    1\n    \"\"\"\n    return 1\n\n\n"
                        + "if __name__ == \"__main__\":\n    import doctest\n\n    doctest.testmod()\n",
                "uses_broken.py", "from broken import f\n",
                "uses_doc.py", "import doc\nfrom doc import g\n\nif __name__ == \"__main__\":\n    print(g(), doc.g())\n",
                "ok.py", "print(1)\n")), "-q");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("uses_broken.py:1:1: error[E-IMPORT]: imports 'broken' (broken.py), which could not be translated"),
                r.err());
        assertTrue(r.err().contains("uses_doc.py:1:1: error[E-IMPORT]: imports 'doc' (doc.py), which could not be translated"),
                r.err());
        JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
        int ok = 0;
        for (JsonNode f : files) {
            if (f.get("status").asText().equals("ok")) {
                assertTrue(f.get("path").asText().equals("ok.py"), f.toString());
                ok++;
            }
        }
        assertEquals(1, ok, files.toString());
    }
    @Test
    void aMethodWhoseSignatureIsRefusedIsReportedByItsCauseNotAsAnInternalLimit() throws Exception {
        CliRun r = transpile(project(Map.of(
                "shapes.py", "import numpy as np\n\n\nclass Grid:\n    def __init__(self) -> None:\n        self.n = 1\n\n"
                        + "    def cells(self) -> np.ndarray:\n        return self.n\n")), "-q");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("shapes.py:1:8: error[E-UNSUPPORTED]: unsupported: import of module 'numpy'"), r.err());
        assertTrue(!r.err().contains("internal translator limit"), r.err());
    }
    @Test
    void aStandardLibraryExceptionIsCaughtByItsBaseInACrate() throws Exception {
        // json.JSONDecodeError is a ValueError: the crate's table of exception bases must say so
        assumeTrue(ProjectCrateTest.available("cargo"), "cargo not found on PATH");
        assumeTrue(ProjectCrateTest.available("python3"), "python3 not found on PATH");
        Path src = project(Map.of("jv.py", "import json\n\n\ndef parse(text: str) -> dict[str, int]:\n    try:\n"
                + "        data: dict[str, int] = json.loads(text)\n        return data\n    except ValueError as e:\n"
                + "        print(\"not json:\", e)\n        return {}\n\n\nif __name__ == \"__main__\":\n"
                + "    print(parse('{\"a\": 1}'))\n    print(parse(\"{bad\"))\n"));
        CliRun r = transpile(src, "-q", "--verify");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode v = new ObjectMapper().readTree(r.out()).get("project").get("verification");
        assertEquals(1, v.get("summary").get("same").asInt(), v.toString());
    }
}
