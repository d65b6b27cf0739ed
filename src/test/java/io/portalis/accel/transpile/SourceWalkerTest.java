package io.portalis.accel.transpile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {
    @TempDir
    Path tmp;

    private void touch(Path root, String rel) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x = 1\n");
    }

    private static List<String> paths(SourceWalker.Walk w) {
        return w.files().stream().map(SourceFile::relativePath).toList();
    }

    @Test
    void findsPythonFilesInAFixedOrderAndSkipsHiddenCachesAndVenvs() throws IOException {
        Path src = tmp.resolve("src");
        for (String rel : List.of("b.py", "a.py", "pkg/z.py", "pkg/sub/m.py", "pkg/readme.txt", "pkg-extra/q.py",
                ".hidden/h.py", "pkg/.git/x.py", "__pycache__/c.py", "pkg/__pycache__/d.py",
                "myenv/lib/e.py", "venv/bin/activate", "venv/lib/f.py", "lib/site-packages/g.py", ".h.py")) {
            touch(src, rel);
        }
        Files.writeString(src.resolve("myenv/pyvenv.cfg"), "home = /usr/bin\n");
        SourceWalker.Walk w = new SourceWalker(PathFilter.defaults()).walk(src, tmp.resolve("out"));
        assertEquals(List.of(".h.py", "a.py", "b.py", "pkg-extra/q.py", "pkg/sub/m.py", "pkg/z.py"), paths(w));
        assertTrue(w.skipped().isEmpty());
        assertEquals(6, w.files().get(1).size());
    }

    @Test
    void orderDoesNotDependOnCreationOrder() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        List<String> names = List.of("m/b.py", "a.py", "m/a.py", "z/y.py", "c.py");
        for (String n : names) {
            touch(one, n);
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            touch(two, names.get(i));
        }
        SourceWalker walker = new SourceWalker(PathFilter.defaults());
        assertEquals(paths(walker.walk(one, null)), paths(walker.walk(two, null)));
    }

    @Test
    void neverReadsTheOutputFolderInsideTheSource() throws IOException {
        Path src = tmp.resolve("src");
        touch(src, "a.py");
        touch(src, "out/old.py");
        assertEquals(List.of("a.py"), paths(new SourceWalker(PathFilter.defaults()).walk(src, src.resolve("out"))));
        // also when given through a different spelling of the same folder
        assertEquals(List.of("a.py"), paths(new SourceWalker(PathFilter.defaults()).walk(src, src.resolve("x/../out"))));
    }

    @Test
    void linksLeavingTheRootAreSkippedLinksInsideAreReadFolderLinksAreNotFollowed() throws IOException {
        Path src = tmp.resolve("src");
        Path outside = tmp.resolve("outside");
        touch(src, "real.py");
        touch(outside, "secret.py");
        Files.createSymbolicLink(src.resolve("inside_link.py"), src.resolve("real.py"));
        Files.createSymbolicLink(src.resolve("outside_link.py"), outside.resolve("secret.py"));
        Files.createSymbolicLink(src.resolve("dirlink"), outside);
        Files.createSymbolicLink(src.resolve("loop"), src);
        Files.createSymbolicLink(src.resolve("broken.py"), tmp.resolve("nowhere.py"));
        SourceWalker.Walk w = new SourceWalker(PathFilter.defaults()).walk(src, null);
        assertEquals(List.of("inside_link.py", "real.py"), paths(w));
        assertEquals(List.of("broken.py", "outside_link.py"), w.skipped().stream().map(SkippedFile::relativePath).toList());
        assertTrue(w.skipped().get(1).reason().contains("outside the source root"));
    }

    @Test
    void includeAndExcludeGlobs() throws IOException {
        Path src = tmp.resolve("src");
        for (String rel : List.of("a.py", "test_a.py", "pkg/b.py", "pkg/test_b.py", "tests/c.py", "d.pyi")) {
            touch(src, rel);
        }
        SourceWalker.Walk w = new SourceWalker(new PathFilter(List.of(), List.of("test_*", "tests/**"))).walk(src, null);
        assertEquals(List.of("a.py", "pkg/b.py"), paths(w));
        w = new SourceWalker(new PathFilter(List.of("pkg/*.py", "*.pyi"), List.of())).walk(src, null);
        assertEquals(List.of("d.pyi", "pkg/b.py", "pkg/test_b.py"), paths(w));
    }

    @Test
    void excludeMatchesFolderNamesAtAnyDepthAsGitignoreDoes() throws IOException {
        Path src = tmp.resolve("src");
        for (String rel : List.of("a.py", "a/tests/x.py", "a/tests/deep/y.py", "tests/z.py", "a/tests.py",
                "pkg/gen/g.py", "other/pkg/gen/h.py", "build/b.py", "lib/build")) {
            touch(src, rel);
        }
        assertEquals(List.of("a.py", "a/tests.py", "build/b.py", "lib/build", "other/pkg/gen/h.py", "pkg/gen/g.py"),
                paths(walk(src, List.of("*", "build"), List.of("tests"))));
        // a trailing / matches folders only; a / inside anchors at the source root
        assertEquals(List.of("a.py", "a/tests.py", "a/tests/deep/y.py", "a/tests/x.py", "lib/build",
                        "other/pkg/gen/h.py", "tests/z.py"),
                paths(walk(src, List.of("*", "build"), List.of("build/", "pkg/gen"))));
        assertEquals(List.of("a.py", "a/tests.py", "build/b.py", "lib/build", "other/pkg/gen/h.py", "pkg/gen/g.py"),
                paths(walk(src, List.of("*", "build"), List.of("tes?s"))), "globs still work on folder names");
        assertEquals(List.of("a.py", "a/tests/deep/y.py", "a/tests/x.py", "build/b.py", "other/pkg/gen/h.py",
                        "pkg/gen/g.py"),
                paths(walk(src, List.of("*", "build"), List.of("/tests", "tests.py", "lib/*"))));
        PathFilter f = new PathFilter(List.of(), List.of("tests"));
        assertTrue(f.excludesFolder("a/tests"));
        assertFalse(f.excludesFolder("a/testsuite"));
    }

    private static SourceWalker.Walk walk(Path src, List<String> includes, List<String> excludes) throws IOException {
        return new SourceWalker(new PathFilter(includes, excludes)).walk(src, null);
    }
}
