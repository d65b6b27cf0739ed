package io.portalis.accel.rust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prelude cut to what a program uses: the rules on a small prelude, then the real one under rustc. */
class PreludeShakerTest {

    private static final String SMALL = """
            /// Leaves a labelled block.
            macro_rules! attempt {
                ($value:expr) => {
                    $value
                };
            }

            mod py {
                use std::rc::Rc;

                // ---- values

                pub struct Box2(pub i64);

                impl Box2 {
                    pub fn new() -> Self {
                        Box2(helper())
                    }

                    /// Doubles; the "text" here is not a mention of `Unused`.
                    pub fn twice(&self) -> i64 {
                        self.0 * 2
                    }
                }

                fn helper() -> i64 {
                    7 // Unused
                }

                pub struct Unused;

                // ---- printing

                pub trait Show {
                    fn repr(&self) -> String;
                }

                impl Show for i64 {
                    fn repr(&self) -> String {
                        self.to_string()
                    }
                }

                impl Show for Box2 {
                    fn repr(&self) -> String {
                        format!("Box2({})", self.0)
                    }
                }

                macro_rules! show_pair {
                    ($a:ident, $b:ident) => {
                        impl<$a: Show, $b: Show> Show for ($a, $b) {
                            fn repr(&self) -> String {
                                format!("({}, {})", self.0.repr(), self.1.repr())
                            }
                        }
                    };
                }
                show_pair!(A, B);

                // ---- unused section

                pub fn lonely() {}
            }
            """;

    private static PreludeShaker small() {
        return new PreludeShaker(SMALL);
    }

    @Test
    void aProgramThatUsesNothingKeepsOnlyTheFixedItems() {
        PreludeShaker.Shaken s = small().shake("fn main() { let Box2 = 1; helper(); }", List.of("Show"));
        assertEquals("""
                mod py {
                    use std::rc::Rc;
                }
                """, s.text(), "bare names do not reach into mod py");
        assertEquals(List.of(), s.names());
        assertEquals(List.of(), s.imports());
    }

    @Test
    void aPathKeepsTheTypeAndOnlyTheMethodsNamed() {
        PreludeShaker.Shaken s = small().shake("fn main() { let b = py::Box2::new(); }", List.of("Show"));
        assertEquals(List.of("Box2", "helper"), s.names());
        assertTrue(s.text().contains("pub fn new()"));
        assertFalse(s.text().contains("fn twice"), "a method nobody names is left out");
        assertFalse(s.text().contains("struct Unused"), "a name in a comment or string is not a use");
        assertFalse(s.text().contains("impl Show"), "no impl of a trait that is not kept");
        assertTrue(s.text().startsWith("""
                mod py {
                    use std::rc::Rc;

                    // ---- values

                    pub struct Box2(pub i64);

                    impl Box2 {
                        pub fn new() -> Self {
                """), s.text());
        assertFalse(s.text().contains("---- printing"), "a heading with nothing kept under it is left out");
    }

    @Test
    void aUnicodeTableComesOnlyWithTheFunctionsThatReadIt() {
        PreludeShaker shaker = PreludeShaker.standard();
        List<String> tables = List.of("NOT_PRINTABLE", "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "SPACE", "LOWER",
                "UPPER", "UPPER_CHANGES", "LOWER_CHANGES", "TITLE", "CASE_IGNORABLE", "TITLE_CASE");
        List<String> none = shaker.shake("fn main() { let n = py::len_str(\"ab\"); }", List.of()).names();
        assertFalse(none.stream().anyMatch(tables::contains), none.toString());
        List<String> alpha = shaker.shake("fn main() { let b = py::isalpha(\"ab\"); }", List.of()).names();
        assertTrue(alpha.contains("ALPHA"), alpha.toString());
        assertFalse(alpha.contains("LOWER") || alpha.contains("TITLE_CASE") || alpha.contains("NOT_PRINTABLE"),
                alpha.toString());
        List<String> title = shaker.shake("fn main() { let t = py::title(\"ab\"); }", List.of()).names();
        assertTrue(title.containsAll(List.of("TITLE_CASE", "LOWER", "UPPER", "TITLE", "CASE_IGNORABLE")), title.toString());
        assertFalse(title.contains("ALPHA"), title.toString());
    }

    @Test
    void aMethodCallKeepsItsTraitWithTheImplsItsTypesAllow() {
        PreludeShaker.Shaken s = small().shake("fn main() { println!(\"{}\", 1.repr()); }", List.of("Show"));
        assertEquals(List.of("Show", "show_pair"), s.names());
        assertEquals(List.of("Show"), s.imports());
        assertTrue(s.text().contains("impl Show for i64"));
        assertTrue(s.text().contains("show_pair!(A, B);"), "the macro call writing Show impls comes with Show");
        assertFalse(s.text().contains("impl Show for Box2"), "Box2 is not kept, so neither is its impl");
        assertFalse(s.text().contains("pub struct Box2"));

        PreludeShaker.Shaken both = small().shake("fn f(b: py::Box2) -> String { b.repr() }", List.of("Show"));
        assertTrue(both.text().contains("impl Show for Box2"), "kept once the trait and the type are");
    }

    @Test
    void theTopLevelMacroIsReachedByItsInvocation() {
        PreludeShaker.Shaken s = small().shake("fn main() { attempt!(1); }", List.of());
        assertEquals(List.of("attempt"), s.names());
        assertTrue(s.text().startsWith("/// Leaves a labelled block.\nmacro_rules! attempt {\n"), s.text());
        assertTrue(s.text().contains("}\n\nmod py {\n"), "one blank line between items, as in the prelude");
    }

    @Test
    void aPreludeThatBreaksTheLayoutRulesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PreludeShaker("mod py {\n    fn a() {} fn b() {}\n}\n"));
        assertThrows(IllegalArgumentException.class, () -> new PreludeShaker("mod py { fn a() {}\n}\n"));
    }

    @Test
    void lexerKeepsStringsCharsAndLifetimesApart() {
        List<RustTokens.Token> ts = RustTokens.lex("break 'try x('\"', \"a // b\", '\\'') // c\n/* d */ y");
        List<String> texts = ts.stream().map(RustTokens.Token::text).toList();
        assertEquals(List.of("break", "'try", "x", "(", "'\"'", ",", "\"a // b\"", ",", "'\\''", ")", "y"), texts);
        assertEquals(1, ts.get(ts.size() - 1).line());
    }

    @Test
    void aPrintOnlyProgramLeavesOutTheCollectionsAndStillCompiles(@TempDir Path work) throws Exception {
        Path py = work.resolve("hello.py");
        Files.writeString(py, "print(\"hello\", 42)\n");
        Translation t = RustGoldenTest.translate(py, "hello.py");
        String rust = t.rust();
        assertTrue(rust != null, () -> "translated: " + t.diagnostics());
        for (String absent : List.of("struct List", "struct Dict", "struct Set", "trait PyOrd", "fn format_float")) {
            assertFalse(rust.contains(absent), absent + " left out of a print-only program");
        }
        int whole = PreludeShaker.standard().items().stream().mapToInt(i -> i.last() - i.first() + 1).sum();
        int kept = PreludeShaker.standard().shake(rust, List.of("Format", "Show")).text().split("\n").length;
        assertTrue(kept * 5 < whole, "a print-only program keeps " + kept + " of the prelude's " + whole + " lines");
        assumeTrue(RustDifferentialTest.available("rustc"), "rustc not found on PATH");
        Path rs = work.resolve("hello.rs");
        Files.writeString(rs, rust);
        RustDifferentialTest.Run compile = RustDifferentialTest.run(180, work, "rustc", "--edition", "2021",
                "-C", "opt-level=0", "-o", work.resolve("hello").toString(), rs.toString());
        assertEquals(0, compile.exit(), compile.stderr());
        RustDifferentialTest.Run run = RustDifferentialTest.run(30, work, work.resolve("hello").toString());
        assertEquals("hello 42\n", run.stdout());
    }

    @Test
    void aProgramWithoutMathGetsNoneOfTheMathRuntime(@TempDir Path work) throws Exception {
        Path py = work.resolve("floats.py");
        Files.writeString(py, """
                def norm(xs: list[float]) -> float:
                    return sum([x * x for x in xs], 0.0) ** 0.5

                if __name__ == "__main__":
                    print(norm([3.0, 4.0]), abs(-2.5), round(2.675, 2), 7 // 2, 2 ** 10, float("1e300") * 10)
                """);
        Translation t = RustGoldenTest.translate(py, "floats.py");
        assertTrue(t.rust() != null, () -> "translated: " + t.diagnostics());
        assertFalse(t.rust().contains("mod math"), "no math runtime in a program that does not import math");
        List<String> kept = PreludeShaker.standard().shake(t.rust(), List.of("Format", "Show")).names();
        List<String> math = mathRuntimeNames();
        assertTrue(kept.stream().noneMatch(math::contains), () -> "math items kept: " + kept);
    }

    @Test
    void aProgramCallingOnlySqrtGetsOnlySqrtAndWhatItUses(@TempDir Path work) throws Exception {
        Path py = work.resolve("root.py");
        Files.writeString(py, "import math\n\nprint(math.sqrt(2.0))\n");
        Translation t = RustGoldenTest.translate(py, "root.py");
        String rust = t.rust();
        assertTrue(rust != null, () -> "translated: " + t.diagnostics());
        List<String> kept = PreludeShaker.standard().shake(rust, List.of("Format", "Show")).names();
        List<String> keptMath = kept.stream().filter(mathRuntimeNames()::contains).toList();
        assertEquals(List.of("domain", "range", "checked", "sqrt"), keptMath);
        assumeTrue(RustDifferentialTest.available("rustc"), "rustc not found on PATH");
        Path rs = work.resolve("root.rs");
        Files.writeString(rs, rust);
        RustDifferentialTest.Run compile = RustDifferentialTest.run(180, work, "rustc", "--edition", "2021",
                "-C", "opt-level=0", "-o", work.resolve("root").toString(), rs.toString());
        assertEquals(0, compile.exit(), compile.stderr());
        assertEquals("1.4142135623730951\n", RustDifferentialTest.run(30, work, work.resolve("root").toString()).stdout());
    }

    /** The names the math runtime (math.rs, the last part of the standard prelude) defines. */
    private static List<String> mathRuntimeNames() {
        PreludeShaker shaker = PreludeShaker.standard();
        PreludeItem mod = shaker.items().stream()
                .filter(i -> i.kind() == PreludeItem.Kind.MODULE && "math".equals(i.name())).findFirst().orElseThrow();
        List<String> names = new ArrayList<>();
        for (PreludeItem i : shaker.items()) {
            if (i.first() > mod.open() && i.last() < mod.last() && i.name() != null) {
                names.add(i.name());
            }
        }
        assertTrue(names.containsAll(List.of("sqrt", "gamma", "fsum", "Real")), () -> "math items: " + names);
        return names;
    }

    /**
     * Every item of the real prelude, kept alone with what the shaker says it needs, type-checks:
     * a dependency the shaker misses is an error in that item's module. Each cut sits in the
     * program every translation has (the output for {@code pass}: its {@code main}, and the
     * {@code user_exception_base} the prelude calls), with the item's cut as its prelude. The
     * programs go into two crates, one module each (identical ones once), type-checked by two
     * {@code rustc --emit=metadata} at once.
     */
    @Test
    void everyPreludeItemWithWhatItNeedsCompiles(@TempDir Path work) throws Exception {
        Path empty = work.resolve("empty.py");
        Files.writeString(empty, "pass\n");
        String skeleton = RustGoldenTest.translate(empty, "empty.py").rust();
        assertTrue(skeleton != null, "the empty program translates");
        PreludeShaker shaker = PreludeShaker.standard();
        String ownPrelude = shaker.shake(skeleton, List.of("Format", "Show")).text();
        assertTrue(skeleton.contains(ownPrelude), "the empty program's output embeds its cut");
        Map<String, List<String>> cuts = new LinkedHashMap<>();
        for (PreludeItem item : shaker.items()) {
            if (item.container() || item.kind() == PreludeItem.Kind.FIXED) {
                continue;
            }
            PreludeShaker.Shaken alone = shaker.alone(item, skeleton);
            assertTrue(alone.kept().contains(item), () -> "alone(" + label(item) + ") keeps the item");
            String program = skeleton.replace(ownPrelude, alone.text());
            cuts.computeIfAbsent(program, k -> new ArrayList<>()).add(label(item));
        }
        assertTrue(cuts.size() > 20, "distinct cuts: " + cuts.size());
        assumeTrue(RustDifferentialTest.available("rustc"), "rustc not found on PATH");
        List<String> programs = new ArrayList<>(cuts.keySet());
        List<List<String>> owners = new ArrayList<>(cuts.values());
        ExecutorService pool = Executors.newFixedThreadPool(CRATES);
        List<Future<List<String>>> checks = new ArrayList<>();
        for (int k = 0; k < CRATES; k++) {
            int crate = k;
            checks.add(pool.submit(() -> check(work, crate, programs, owners)));
        }
        pool.shutdown();
        List<String> problems = new ArrayList<>();
        for (Future<List<String>> f : checks) {
            problems.addAll(f.get());
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The cuts are checked as this many crates at once (every CRATES-th cut in each). */
    private static final int CRATES = 2;

    /** Type-checks crate {@code k}'s share of the programs; what fails, by the items whose cut it is. */
    private static List<String> check(Path work, int k, List<String> programs, List<List<String>> owners)
            throws Exception {
        StringBuilder crate = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Integer> which = new ArrayList<>();
        for (int i = k; i < programs.size(); i += CRATES) {
            starts.add((int) crate.chars().filter(c -> c == '\n').count() + 1);
            which.add(i);
            crate.append("mod cut_").append(i).append(" {\n").append(programs.get(i)).append("}\n");
        }
        Path rs = work.resolve("cuts" + k + ".rs");
        Files.writeString(rs, crate);
        RustDifferentialTest.Run run = RustDifferentialTest.run(300, work, "rustc", "--edition", "2021",
                "--crate-type=lib", "--emit=metadata", "-o", work.resolve("cuts" + k + ".rmeta").toString(),
                rs.toString());
        if (run.exit() == 0) {
            return List.of();
        }
        TreeSet<String> failing = new TreeSet<>();
        Matcher m = Pattern.compile("cuts" + k + "\\.rs:(\\d+):").matcher(run.stderr());
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            int cut = 0;
            while (cut + 1 < starts.size() && starts.get(cut + 1) <= line) {
                cut++;
            }
            failing.add(String.join(" / ", owners.get(which.get(cut))));
        }
        return List.of("cuts that do not compile: " + failing + "\n" + run.stderr());
    }

    private static String label(PreludeItem item) {
        return item.kind() + " " + (item.name() == null ? "" : item.name() + " ") + "at prelude.rs:" + (item.first() + 1);
    }
}
