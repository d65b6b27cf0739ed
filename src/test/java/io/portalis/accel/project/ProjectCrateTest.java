package io.portalis.accel.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.portalis.accel.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole projects through the real CLI: src/test/resources/project-crate (packages, a nested
 * package, a namespace package, absolute and relative imports, re-exports through __init__.py, an
 * import cycle CPython allows, four main modules; exceptions, module variables, a generator and
 * defaults reading constants used across modules) becomes a crate that {@code cargo build --offline}
 * builds, and each binary prints and exits as {@code python3 -m} does.
 */
class ProjectCrateTest {
    private static final Path PROJECT = Path.of("src/test/resources/project-crate");

    @TempDir
    Path tmp;

    static boolean available(String tool) {
        try {
            Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path copyProject() throws IOException {
        Path src = tmp.resolve("shopproject");
        try (Stream<Path> all = Files.walk(PROJECT)) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".py")).toList()) {
                Path to = src.resolve(PROJECT.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        return src;
    }

    private record Ran(int exit, String stdout) {}

    private static Ran run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        return new Ran(p.exitValue(), out);
    }

    @Test
    void theProjectBecomesACrateWhoseBinariesBehaveAsPythonDashM() throws Exception {
        assumeTrue(available("cargo"), "cargo not found on PATH");
        assumeTrue(available("python3"), "python3 not found on PATH");
        Path src = copyProject();
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("-q", "transpile", src.toString(), "-o", out.toString(), "--strategy", "cpu", "--verify");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        for (JsonNode f : report.get("files")) {
            assertEquals("ok", f.get("status").asText(), f.toString());
            String path = f.get("path").asText();
            assertEquals("src/" + path.substring(0, path.length() - 3) + ".rs", f.get("output").asText());
        }
        JsonNode project = report.get("project");
        assertEquals("crate", project.get("layout").asText());
        assertEquals(out.toString(), project.get("crate").asText());
        List<String> bins = new ArrayList<>();
        project.get("binaries").forEach(b -> bins.add(b.get("name").asText() + "=" + b.get("module").asText()));
        assertEquals(List.of("main=main", "shop-cart=shop.cart", "tools-restock=tools.restock", "tools-stats=tools.stats"), bins);
        JsonNode v = project.get("verification");
        assertEquals("ok", v.get("build").asText(), v.toString());
        assertEquals(4, v.get("summary").get("same").asInt(), v.toString());

        // and checked here on its own: the crate builds offline, each binary against python3 -m
        Ran build = run(out, "cargo", "build", "--offline", "--quiet");
        assertEquals(0, build.exit(), "cargo build failed");
        for (String bin : bins) {
            String name = bin.substring(0, bin.indexOf('='));
            String module = bin.substring(bin.indexOf('=') + 1);
            Ran py = run(src, "python3", "-m", module);
            Ran rs = run(src, out.resolve("target/debug").resolve(name).toString());
            assertFalse(py.stdout().isEmpty(), module + " printed nothing");
            assertEquals(py.stdout(), rs.stdout(), name);
            assertEquals(py.exit(), rs.exit(), name);
        }
        // the runtime is in the crate once: no module carries a copy
        assertTrue(Files.readString(out.resolve("lib.rs")).contains("mod py {"));
        assertFalse(Files.readString(out.resolve("src/shop/money.rs")).contains("mod py {"));
    }

    @Test
    void aRerunRewritesOnlyWhatChanged() throws Exception {
        Path src = copyProject();
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("-q", "transpile", src.toString(), "-o", out.toString(), "--strategy", "cpu").exitCode());
        Map<String, FileTime> before = stamps(out);
        Map<String, String> contents = contents(out);
        FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        for (String f : before.keySet()) {
            Files.setLastModifiedTime(out.resolve(f), old);
        }
        Path text = src.resolve("shop/util/text.py");
        Files.writeString(text, Files.readString(text).replace("\".\" * (width", "\"_\" * (width"));
        assertEquals(0, CliRun.of("-q", "transpile", src.toString(), "-o", out.toString(), "--strategy", "cpu").exitCode());
        Map<String, FileTime> after = stamps(out);
        List<String> rewritten = new ArrayList<>();
        for (String f : after.keySet()) {
            if (!after.get(f).equals(old) && !f.equals(OutputManifest.FILE)) { // the manifest lists checksums
                rewritten.add(f);
            }
        }
        assertEquals(List.of("src/shop/util/text.rs"), rewritten);
        assertTrue(Files.readString(out.resolve("src/shop/util/text.rs")).contains("\"_\""));
        assertEquals(contents.keySet(), contents(out).keySet());
    }

    private static Map<String, FileTime> stamps(Path out) throws IOException {
        Map<String, FileTime> m = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                m.put(out.relativize(p).toString().replace('\\', '/'), Files.getLastModifiedTime(p));
            }
        }
        return m;
    }

    private static Map<String, String> contents(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String f : stamps(out).keySet()) {
            m.put(f, Files.readString(out.resolve(f)));
        }
        return m;
    }

    private Path project(Map<String, String> files) throws IOException {
        Path src = tmp.resolve("p" + System.nanoTime());
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = src.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        return src;
    }

    @Test
    void anIntInAFloatSlotOfAnotherModuleStaysAnIntAsInCpython() throws Exception {
        assumeTrue(available("cargo"), "cargo not found on PATH");
        assumeTrue(available("python3"), "python3 not found on PATH");
        // scale(3, 2) passes ints to float parameters defined in another module: CPython prints 6, not 6.0
        Path src = project(Map.of(
                "geo/__init__.py", "",
                "geo/shapes.py", "def scale(x: float, k: float) -> float:\n    return x * k\n\n\n"
                        + "def mean(xs: list[float]) -> float:\n    return sum(xs) / len(xs) if xs else 0\n",
                "main.py", "from geo.shapes import scale, mean\n\n\ndef main() -> None:\n    total: float = 0\n"
                        + "    print(total, scale(3, 2), scale(1.5, 2), mean([]), mean([1, 2.5]), min([2.5, 1]))\n\n\n"
                        + "if __name__ == \"__main__\":\n    main()\n"));
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("-q", "transpile", src.toString(), "-o", out.toString(), "--strategy", "cpu", "--verify");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode v = new ObjectMapper().readTree(r.out()).get("project").get("verification");
        assertEquals(1, v.get("summary").get("same").asInt(), v.toString());
        Ran rs = run(src, out.resolve("target/debug/main").toString());
        assertEquals("0 6 3.0 0 1.75 1\n", rs.stdout());
    }

    @Test
    void anImportOfAModuleTheProjectLacksIsAnErrorAtTheImport() throws Exception {
        Path src = project(Map.of(
                "pkg/__init__.py", "",
                "pkg/real.py", "def f() -> int:\n    return 1\n",
                "app.py", "from pkg.real import f\nfrom pkg.missing import g\n\nif __name__ == \"__main__\":\n    print(f())\n"));
        CliRun r = CliRun.of("transpile", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("app.py:2:1: error[E-IMPORT]: no module named 'pkg.missing' in the project"), r.err());
        CliRun relative = CliRun.of("transpile", project(Map.of("pkg/__init__.py", "",
                "pkg/a.py", "from .nothere import x\n")).toString(), "-o", tmp.resolve("out2").toString(), "--strategy", "cpu");
        assertTrue(relative.err().contains("a.py:1:1: error[E-IMPORT]: no module named 'pkg.nothere' in the project"), relative.err());
        CliRun name = CliRun.of("transpile", project(Map.of("m.py", "def f() -> int:\n    return 1\n",
                "n.py", "from m import f, g\n")).toString(), "-o", tmp.resolve("out3").toString(), "--strategy", "cpu");
        assertTrue(name.err().contains("n.py:1:18: error[E-IMPORT]: cannot import name 'g' from 'm'"), name.err());
    }

    @Test
    void sysExitInAnotherModulePassesExceptExceptionAndSetsTheExitStatus() throws Exception {
        // checks.py raises SystemExit; app.py's `except Exception` must let it through, its finally
        // must run, and python3 -m app and the binary must agree on stdout and the exit status (3).
        Path src = project(Map.of(
                "checks.py", "import sys\n\n\ndef check(x: int) -> int:\n    if x < 0:\n        sys.exit(3)\n"
                        + "    return x * 2\n",
                "app.py", "from checks import check\n\n\ndef main() -> None:\n    for x in [1, -1]:\n        try:\n"
                        + "            print(check(x))\n        except Exception:\n            print(\"wrong\")\n"
                        + "        finally:\n            print(\"finally\", x)\n\n\n"
                        + "if __name__ == \"__main__\":\n    main()\n"));
        Path out = tmp.resolve("sysout");
        CliRun r = CliRun.of("-q", "transpile", src.toString(), "-o", out.toString(), "--strategy", "cpu", "--verify");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode v = new ObjectMapper().readTree(r.out()).get("project").get("verification");
        assertEquals("ok", v.get("build").asText(), v.toString());
        assertEquals(1, v.get("summary").get("same").asInt(), v.toString());
        assertTrue(Files.readString(out.resolve("src/checks.rs")).contains("use crate::sys;"));
    }

    @Test
    void aCycleCpythonCannotLoadIsRefusedAndOneItCanWorks() throws Exception {
        // python3 -m a: a imports b, b imports a afresh, which finds b without g yet: ImportError
        Path bad = project(Map.of(
                "a.py", "from b import g\n\n\ndef f() -> int:\n    return 1\n\n\nif __name__ == \"__main__\":\n    print(g())\n",
                "b.py", "from a import f\n\n\ndef g() -> int:\n    return f() + 1\n"));
        CliRun r = CliRun.of("transpile", bad.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("error[E-IMPORT]: running 'python3 -m a' fails with CPython's ImportError: cannot import name 'g'"
                + " from partially initialized module 'b'"), r.err());
        // b binds g before it imports a: CPython loads it, and so does the crate
        Path good = project(Map.of(
                "a.py", "from b import g\n\n\ndef f() -> int:\n    return 1\n\n\nif __name__ == \"__main__\":\n    print(g())\n",
                "b.py", "def g() -> int:\n    return f() + 1\n\n\nfrom a import f  # noqa: E402\n"));
        CliRun ok = CliRun.of("transpile", good.toString(), "-o", tmp.resolve("out2").toString(), "--strategy", "cpu");
        assertEquals(0, ok.exitCode(), ok.err());
    }

    @Test
    void importingAModuleWhoseLoadingRunsCodeIsRefused() throws Exception {
        Path src = project(Map.of(
                "noisy.py", "print(\"loading\")\n\n\ndef f() -> int:\n    return 1\n",
                "app.py", "from noisy import f\n\nif __name__ == \"__main__\":\n    print(f())\n"));
        CliRun r = CliRun.of("transpile", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("app.py:1:19: error[E-UNSUPPORTED]: unsupported: loading 'noisy' runs code (noisy.py:1)"), r.err());
    }

    @Test
    void aModuleObjectIsTranslatedOnlyWhereCpythonWouldFindItsNames() throws Exception {
        // pkg.b is loaded by nothing: CPython's pkg.b.g() is an AttributeError
        Path src = project(Map.of(
                "pkg/__init__.py", "",
                "pkg/a.py", "def f() -> int:\n    return 1\n",
                "pkg/b.py", "def g() -> int:\n    return 2\n",
                "app.py", "import pkg.a\n\nif __name__ == \"__main__\":\n    print(pkg.a.f(), pkg.b.g())\n",
                "app2.py", "import pkg.a as m\n\nif __name__ == \"__main__\":\n    print(m)\n"));
        CliRun r = CliRun.of("transpile", src.toString(), "-o", tmp.resolve("out").toString(), "--strategy", "cpu");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("app.py:1:1: error[E-UNSUPPORTED]: unsupported: the module 'pkg.b' is used as an attribute but no import loads it"), r.err());
        assertTrue(r.err().contains("app2.py:4:11: error[E-UNSUPPORTED]: unsupported: the module 'pkg.a' used as a value"), r.err());
    }

    @Test
    void theCrateIsByteIdenticalWhateverTheStrategyAndThreads() throws Exception {
        Path src = copyProject();
        Map<String, String> first = null;
        String[][] runs = {{"cpu", "1"}, {"cpu", "4"}, {"hybrid:50", "2"}, {"gpu", "2"}};
        for (String[] run : runs) {
            Path out = tmp.resolve("out-" + run[0].replace(':', '-') + "-" + run[1]);
            CliRun r = CliRun.of("-q", "transpile", src.toString(), "-o", out.toString(), "--strategy", run[0],
                    "--threads", run[1], "--no-calibration");
            assertEquals(0, r.exitCode(), r.err());
            Map<String, String> tree = contents(out);
            if (first == null) {
                first = tree;
            } else {
                assertEquals(first, tree, String.join(" ", run));
            }
        }
    }

    @Test
    void verifyNeedsTheCrateLayout() {
        CliRun r = CliRun.of("transpile", PROJECT.toString(), "-o", tmp.resolve("out").toString(), "--layout", "files", "--verify");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--verify needs --layout crate"), r.err());
    }
}
