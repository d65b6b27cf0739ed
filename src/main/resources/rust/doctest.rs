/// Python's `doctest` as a translated module uses it: `testmod()` runs the docstring examples of
/// the module (translated into functions that announce each example, show the value of its
/// expression statements and hand on what it raised) and prints what CPython's doctest prints
/// when not verbose: a report per failing example, then the summary. An example's output is what
/// it prints while it runs (the prelude's `write_stdout` collects it instead of writing it).
#[allow(dead_code)]
mod doctest {
    use super::py;
    use super::py::Show;
    use std::sync::Mutex;

    pub const SKIP: u32 = 1;
    pub const ELLIPSIS: u32 = 2;
    pub const NORMALIZE_WHITESPACE: u32 = 4;
    pub const IGNORE_EXCEPTION_DETAIL: u32 = 8;
    pub const DONT_ACCEPT_TRUE_FOR_1: u32 = 16;
    pub const DONT_ACCEPT_BLANKLINE: u32 = 32;

    const DIVIDER: &str = "**********************************************************************";

    /// One example: its source and expected output as doctest's parser keeps them, the expected
    /// exception line(s), its 0-based line in the docstring and its option flags.
    pub struct Example {
        pub source: &'static str,
        pub want: &'static str,
        pub exc_msg: Option<&'static str>,
        pub lineno: usize,
        pub options: u32,
    }

    /// One docstring's examples: the object's name below the module ("" for the module), the line
    /// doctest counts from (None where CPython has none), and the function that runs them.
    pub struct DocTest {
        pub name: &'static str,
        pub lineno: Option<usize>,
        pub examples: &'static [Example],
        pub body: Option<fn() -> py::PyResult<()>>,
        /// The exception classes the module defines (CPython names them with their module's name).
        pub own_exceptions: &'static [&'static str],
    }

    /// `doctest.TestResults`.
    #[derive(Clone, Copy, PartialEq)]
    pub struct TestResults {
        pub failed: i64,
        pub attempted: i64,
    }

    impl TestResults {
        pub fn repr(&self) -> String {
            format!(
                "TestResults(failed={}, attempted={})",
                self.failed, self.attempted
            )
        }

        pub fn str(&self) -> String {
            self.repr()
        }
    }

    /// What the examples of the docstring being run printed and raised, by example.
    struct Run {
        module: String,
        own: &'static [&'static str],
        current: Option<usize>,
        got: Vec<String>,
        raised: Vec<Option<String>>,
    }

    static RUN: Mutex<Option<Run>> = Mutex::new(None);
    /// One docstring runs at a time (the crate's tests run on several threads; output is collected globally).
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

    fn finish_current(run: &mut Run) {
        let printed = py::stdout_capture(Some(String::new())).unwrap_or_default();
        if let Some(i) = run.current {
            run.got[i].push_str(&printed);
        }
    }

    /// An example starts (the one before it, if any, has ended).
    pub fn example(index: i64) {
        let mut held = RUN.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(run) = held.as_mut() {
            finish_current(run);
            run.current = Some(index as usize);
        }
    }

    /// The running example raised `e`: the last line of its traceback, as doctest compares it.
    pub fn raised(e: &py::Exc) {
        let mut held = RUN.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(run) = held.as_mut() {
            if let Some(i) = run.current {
                let kind = if run.module != "__main__" && run.own.contains(&e.kind) {
                    format!("{}.{}", run.module, e.kind)
                } else {
                    e.kind.to_string()
                };
                let text = e.str();
                run.raised[i] = Some(if text.is_empty() {
                    format!("{}\n", kind)
                } else {
                    format!("{}: {}\n", kind, text)
                });
            }
        }
    }

    /// The interactive interpreter's display of an expression statement's value (not None).
    pub fn display(repr: String) {
        py::write_stdout(&(repr + "\n"));
    }

    /// The display of an Optional value: nothing for None.
    pub fn display_optional<T>(value: Option<T>, repr: impl Fn(T) -> String) {
        if let Some(v) = value {
            display(repr(v));
        }
    }

    fn indent(s: &str) -> String {
        let mut out = String::new();
        for (i, line) in s.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if !line.is_empty() {
                out.push_str("    ");
            }
            out.push_str(line);
        }
        out
    }

    fn is_space(c: char) -> bool {
        c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
    }

    fn to_ascii(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{:02x}", n));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{:04x}", n));
            } else {
                out.push_str(&format!("\\U{:08x}", n));
            }
        }
        out
    }

    fn map_lines(s: &str, f: impl Fn(&str) -> String) -> String {
        s.split('\n').map(|l| f(l)).collect::<Vec<_>>().join("\n")
    }

    fn ellipsis_match(want: &str, got: &str) -> bool {
        if !want.contains("...") {
            return want == got;
        }
        let mut pieces: Vec<&str> = want.split("...").collect();
        let mut start = 0usize;
        let mut end = got.len();
        let first = pieces[0];
        if !first.is_empty() {
            if !got.starts_with(first) {
                return false;
            }
            start = first.len();
            pieces.remove(0);
        }
        let last = pieces[pieces.len() - 1];
        if !last.is_empty() {
            if !got.ends_with(last) {
                return false;
            }
            end -= last.len();
            pieces.pop();
        }
        if start > end {
            return false;
        }
        for piece in pieces {
            match got[start..end].find(piece) {
                Some(at) => start += at + piece.len(),
                None => return false,
            }
        }
        true
    }

    /// doctest's OutputChecker.check_output.
    fn check(want: &str, got: &str, flags: u32) -> bool {
        let mut got = to_ascii(got);
        let mut want = to_ascii(want);
        if got == want {
            return true;
        }
        if flags & DONT_ACCEPT_TRUE_FOR_1 == 0
            && ((got == "True\n" && want == "1\n") || (got == "False\n" && want == "0\n"))
        {
            return true;
        }
        if flags & DONT_ACCEPT_BLANKLINE == 0 {
            want = map_lines(&want, |l| match l.strip_prefix("<BLANKLINE>") {
                Some(rest) if rest.chars().all(is_space) => String::new(),
                _ => l.to_string(),
            });
            got = map_lines(&got, |l| {
                if !l.is_empty() && l.chars().all(is_space) {
                    String::new()
                } else {
                    l.to_string()
                }
            });
            if got == want {
                return true;
            }
        }
        if flags & NORMALIZE_WHITESPACE != 0 {
            got = got
                .split(is_space)
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            want = want
                .split(is_space)
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
            if got == want {
                return true;
            }
        }
        flags & ELLIPSIS != 0 && ellipsis_match(&want, &got)
    }

    /// doctest's OutputChecker.output_difference (without the diff options, which are refused).
    fn difference(example: &Example, got: &str, flags: u32) -> String {
        let want = example.want;
        let got = if flags & DONT_ACCEPT_BLANKLINE == 0 {
            let mut lines: Vec<String> = got.split('\n').map(|l| l.to_string()).collect();
            let n = lines.len();
            for (i, l) in lines.iter_mut().enumerate() {
                if i + 1 < n && l.chars().all(|c| c == ' ') {
                    *l = "<BLANKLINE>".to_string();
                }
            }
            lines.join("\n")
        } else {
            got.to_string()
        };
        match (want.is_empty(), got.is_empty()) {
            (false, false) => format!("Expected:\n{}Got:\n{}", indent(want), indent(&got)),
            (false, true) => format!("Expected:\n{}Got nothing\n", indent(want)),
            (true, false) => format!("Expected nothing\nGot:\n{}", indent(&got)),
            (true, true) => "Expected nothing\nGot nothing\n".to_string(),
        }
    }

    fn header(test: &DocTest, full_name: &str, file: &str, example: &Example) -> String {
        let line = match test.lineno {
            Some(n) => (n + example.lineno + 1).to_string(),
            None => "?".to_string(),
        };
        format!(
            "{}\nFile \"{}\", line {}, in {}\nFailed example:\n{}",
            DIVIDER,
            file,
            line,
            full_name,
            indent(example.source)
        )
    }

    /// Runs one docstring's examples: the failure reports (as doctest writes them) and the
    /// counts of failed and tried examples.
    pub fn run(test: &DocTest, module: &str, file: &str) -> (String, i64, i64) {
        let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let n = test.examples.len();
        *RUN.lock().unwrap_or_else(|e| e.into_inner()) = Some(Run {
            module: module.to_string(),
            own: test.own_exceptions,
            current: None,
            got: vec![String::new(); n],
            raised: vec![None; n],
        });
        py::stdout_capture(Some(String::new()));
        if let Some(body) = test.body {
            if let Err(e) = body() {
                raised_outside(&e);
            }
        }
        let run = {
            let mut held = RUN.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(r) = held.as_mut() {
                finish_current(r);
            }
            held.take()
        };
        py::stdout_capture(None);
        let run = match run {
            Some(r) => r,
            None => return (String::new(), 0, 0),
        };
        let full_name = if test.name.is_empty() {
            module.to_string()
        } else {
            format!("{}.{}", module, test.name)
        };
        let mut out = String::new();
        let (mut failures, mut tries) = (0i64, 0i64);
        for (i, example) in test.examples.iter().enumerate() {
            let flags = example.options;
            if flags & SKIP != 0 {
                continue;
            }
            tries += 1;
            let mut got = run.got[i].clone();
            if !got.is_empty() && !got.ends_with('\n') {
                got.push('\n');
            }
            match &run.raised[i] {
                None => {
                    if !check(example.want, &got, flags) {
                        out.push_str(&header(test, &full_name, file, example));
                        out.push_str(&difference(example, &got, flags));
                        failures += 1;
                    }
                }
                Some(exc_line) => {
                    let traceback = format!("Traceback (most recent call last):\n{}", exc_line);
                    let matched = match example.exc_msg {
                        None => None,
                        Some(want) => Some(
                            check(want, exc_line, flags)
                                || (flags & IGNORE_EXCEPTION_DETAIL != 0
                                    && check(&strip_detail(want), &strip_detail(exc_line), flags)),
                        ),
                    };
                    match matched {
                        Some(true) => {}
                        Some(false) => {
                            got.push_str(&traceback);
                            out.push_str(&header(test, &full_name, file, example));
                            out.push_str(&difference(example, &got, flags));
                            failures += 1;
                        }
                        None => {
                            out.push_str(&header(test, &full_name, file, example));
                            out.push_str("Exception raised:\n");
                            out.push_str(&indent(&traceback));
                            failures += 1;
                        }
                    }
                }
            }
        }
        (out, failures, tries)
    }

    /// An exception the example functions did not catch (none should escape): the running example's.
    fn raised_outside(e: &py::Exc) {
        raised(e);
    }

    /// IGNORE_EXCEPTION_DETAIL: the exception's class name only, without its module.
    fn strip_detail(msg: &str) -> String {
        let mut start = 0;
        let mut end = msg.len();
        if let Some(i) = msg.find(':') {
            end = i;
        }
        if let Some(i) = msg[..end].rfind('.') {
            start = i + 1;
        }
        msg[start..end].to_string()
    }

    /// The path CPython's doctest names in reports: the module's `__file__`, which `python3 -m`
    /// run from the project's folder makes the current folder joined with the module's path.
    fn file_of(relative: &str) -> String {
        match std::env::current_dir() {
            Ok(dir) => dir.join(relative).to_string_lossy().into_owned(),
            Err(_) => relative.to_string(),
        }
    }

    /// `doctest.testmod()` in the main module (named `__main__`): runs every docstring's
    /// examples in doctest's order, prints the reports and the summary, and returns the counts.
    pub fn testmod(relative: &str, tests: &[DocTest], verbose: Option<bool>) -> TestResults {
        let verbose = verbose.unwrap_or_else(|| std::env::args().skip(1).any(|a| a == "-v"));
        if verbose {
            py::write_stdout("");
            eprintln!("doctest.testmod(verbose=True) is not translated (its verbose report is not reproduced)");
            std::process::exit(2);
        }
        let file = file_of(relative);
        let mut failed: Vec<(String, i64, i64)> = Vec::new();
        let (mut total_failed, mut total_tried) = (0i64, 0i64);
        for test in tests {
            let (report, f, t) = run(test, "__main__", &file);
            py::write_stdout(&report);
            total_failed += f;
            total_tried += t;
            if f > 0 {
                let name = if test.name.is_empty() {
                    "__main__".to_string()
                } else {
                    format!("__main__.{}", test.name)
                };
                failed.push((name, f, t));
            }
        }
        if !failed.is_empty() {
            let mut summary = format!("{}\n{} items had failures:\n", DIVIDER, failed.len());
            failed.sort();
            for (name, f, t) in &failed {
                summary.push_str(&format!(" {:>3} of {:>3} in {}\n", f, t, name));
            }
            summary.push_str(&format!("***Test Failed*** {} failures.\n", total_failed));
            py::write_stdout(&summary);
        }
        TestResults {
            failed: total_failed,
            attempted: total_tried,
        }
    }

    /// One docstring's examples as a Rust test of the crate: its report on stdout, and a panic
    /// when an example failed.
    pub fn check_docstring(test: &DocTest, module: &str, relative: &str) {
        let (report, f, t) = run(test, module, &file_of(relative));
        if f > 0 {
            panic!("{}{} of {} examples failed", report, f, t);
        }
    }

    /// The counts of a module's doctests, one line per docstring (`name failed tried`), for --verify.
    pub fn summary(tests: &[DocTest], module: &str, relative: &str) -> String {
        let file = file_of(relative);
        let mut out = String::new();
        for test in tests {
            let (_, f, t) = run(test, module, &file);
            let name = if test.name.is_empty() {
                module.to_string()
            } else {
                format!("{}.{}", module, test.name)
            };
            out.push_str(&format!("{} {} {}\n", name, f, t));
        }
        out
    }
}
