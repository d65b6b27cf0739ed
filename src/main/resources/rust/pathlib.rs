/// Python's `pathlib.Path` as CPython 3.11 has it on Linux (a `PosixPath`): a root ("", "/"
/// or "//") and the parts after it, "." and empty parts dropped when it is made; the pure
/// operations work on those, the file-system ones call `super::os` and `super::io`.
#[allow(dead_code)]
mod pathlib {
    #[derive(Clone, PartialEq)]
    pub struct Path {
        root: String,
        parts: Vec<String>,
    }

    impl Path {
        /// The value of a variable declared before the statement that first stores to it.
        pub fn placeholder() -> Path {
            Path::new(".")
        }

        /// `Path(text)`.
        pub fn new(text: &str) -> Path {
            let mut p = Path {
                root: String::new(),
                parts: Vec::new(),
            };
            p.push(text);
            p
        }

        /// Joins a str as `Path(self, text)` does: an absolute one starts over.
        fn push(&mut self, text: &str) {
            if text.starts_with('/') {
                let slashes = text.len() - text.trim_start_matches('/').len();
                self.root = if slashes == 2 { "//" } else { "/" }.to_string();
                self.parts.clear();
            }
            for part in text.split('/') {
                if !part.is_empty() && part != "." {
                    self.parts.push(part.to_string());
                }
            }
        }

        /// `self / other` and `self.joinpath(other)`.
        pub fn join(&self, other: &str) -> Path {
            let mut p = self.clone();
            p.push(other);
            p
        }

        /// `self / other` for another Path.
        pub fn join_path(&self, other: &Path) -> Path {
            self.join(&other.text())
        }

        /// `other / self` with a str on the left.
        pub fn rjoin(left: &str, right: &Path) -> Path {
            Path::new(left).join_path(right)
        }

        /// `str(p)`.
        pub fn text(&self) -> String {
            if self.root.is_empty() && self.parts.is_empty() {
                return ".".to_string();
            }
            self.root.clone() + &self.parts.join("/")
        }

        /// `p.parts`.
        pub fn parts(&self) -> super::py::Tuple<String> {
            let mut all = Vec::new();
            if !self.root.is_empty() {
                all.push(self.root.clone());
            }
            all.extend(self.parts.iter().cloned());
            super::py::Tuple(all)
        }

        /// `p.name`: the last part, "" for a root or ".".
        pub fn name(&self) -> String {
            self.parts.last().cloned().unwrap_or_default()
        }

        /// `p.suffix`.
        pub fn suffix(&self) -> String {
            let name = self.name();
            match name.rfind('.') {
                Some(i) if i > 0 && i < name.len() - 1 => name[i..].to_string(),
                _ => String::new(),
            }
        }

        /// `p.suffixes`.
        pub fn suffixes(&self) -> super::py::List<String> {
            let name = self.name();
            if name.ends_with('.') {
                return super::py::List::from(Vec::new());
            }
            let name = name.trim_start_matches('.');
            let found: Vec<String> = name.split('.').skip(1).map(|s| format!(".{}", s)).collect();
            super::py::List::from(found)
        }

        /// `p.stem`.
        pub fn stem(&self) -> String {
            let name = self.name();
            match name.rfind('.') {
                Some(i) if i > 0 && i < name.len() - 1 => name[..i].to_string(),
                _ => name,
            }
        }

        /// `p.parent`: itself for a root or ".".
        pub fn parent(&self) -> Path {
            let mut p = self.clone();
            p.parts.pop();
            p
        }

        /// `p.is_absolute()`.
        pub fn is_absolute(&self) -> bool {
            !self.root.is_empty()
        }

        fn empty_name(&self) -> super::py::Exc {
            super::py::exc(
                "ValueError",
                format!("{} has an empty name", super::py::Show::repr(self)),
            )
        }

        /// `p.with_name(name)`.
        pub fn with_name(&self, name: &str) -> super::py::PyResult<Path> {
            if self.parts.is_empty() {
                return Err(self.empty_name());
            }
            let parsed = Path::new(name);
            if name.is_empty()
                || name.ends_with('/')
                || !parsed.root.is_empty()
                || parsed.parts.len() != 1
            {
                return super::py::raise(
                    "ValueError",
                    format!("Invalid name {}", super::py::repr_str(name)),
                );
            }
            let mut p = self.clone();
            p.parts.pop();
            p.parts.push(name.to_string());
            Ok(p)
        }

        /// `p.with_stem(stem)`.
        pub fn with_stem(&self, stem: &str) -> super::py::PyResult<Path> {
            self.with_name(&(stem.to_string() + &self.suffix()))
        }

        /// `p.with_suffix(suffix)`: "" removes it.
        pub fn with_suffix(&self, suffix: &str) -> super::py::PyResult<Path> {
            if suffix.contains('/')
                || (!suffix.is_empty() && !suffix.starts_with('.'))
                || suffix == "."
            {
                return super::py::raise(
                    "ValueError",
                    format!("Invalid suffix {}", super::py::repr_str(suffix)),
                );
            }
            if self.parts.is_empty() {
                return Err(self.empty_name());
            }
            let name = self.name();
            let old = self.suffix();
            let stem = &name[..name.len() - old.len()];
            let mut p = self.clone();
            p.parts.pop();
            p.parts.push(stem.to_string() + suffix);
            Ok(p)
        }

        /// `p.exists()`.
        pub fn exists(&self) -> bool {
            super::os::exists(&self.text())
        }

        /// `p.is_file()`.
        pub fn is_file(&self) -> bool {
            super::os::isfile(&self.text())
        }

        /// `p.is_dir()`.
        pub fn is_dir(&self) -> bool {
            super::os::isdir(&self.text())
        }

        /// `p.read_text()`.
        pub fn read_text(&self) -> super::py::PyResult<String> {
            super::io::read_text(&self.text())
        }

        /// `p.write_text(data)`: the count of characters written.
        pub fn write_text(&self, data: &str) -> super::py::PyResult<i64> {
            super::io::write_text(&self.text(), data)
        }

        /// `p.open(mode)`.
        pub fn open(&self, mode: &str) -> super::py::PyResult<super::io::TextIOWrapper> {
            super::io::open(&self.text(), mode)
        }

        /// `p.mkdir(parents=, exist_ok=)`, as Lib/pathlib.py retries after making the parents.
        pub fn mkdir(&self, parents: bool, exist_ok: bool) -> super::py::PyResult<()> {
            match super::os::mkdir(&self.text()) {
                Ok(()) => Ok(()),
                Err(e) if e.kind == "FileNotFoundError" => {
                    if !parents || self.parent() == *self {
                        return Err(e);
                    }
                    self.parent().mkdir(true, true)?;
                    self.mkdir(false, exist_ok)
                }
                Err(e) => {
                    if !exist_ok || !self.is_dir() {
                        return Err(e);
                    }
                    Ok(())
                }
            }
        }

        /// `p.unlink(missing_ok=)`.
        pub fn unlink(&self, missing_ok: bool) -> super::py::PyResult<()> {
            match super::os::remove(&self.text()) {
                Err(e) if missing_ok && e.kind == "FileNotFoundError" => Ok(()),
                other => other,
            }
        }

        /// `p.rmdir()`.
        pub fn rmdir(&self) -> super::py::PyResult<()> {
            super::os::rmdir(&self.text())
        }

        /// `p.iterdir()`: the entries in the OS's order.
        pub fn iterdir(&self) -> super::py::PyResult<Vec<Path>> {
            let names = super::os::listdir(&self.text())?;
            Ok(names.items().iter().map(|n| self.join(n)).collect())
        }

        /// `p.glob(pattern)` for a pattern of one component (no "/", no "**"): the entries
        /// whose names match it as fnmatch matches on Linux (case-sensitive; `*` matches a
        /// leading dot), in the OS's order; nothing when `p` is not a directory.
        pub fn glob(&self, pattern: &str) -> super::py::PyResult<Vec<Path>> {
            if pattern.is_empty() {
                return super::py::raise(
                    "ValueError",
                    format!("Unacceptable pattern: {}", super::py::repr_str(pattern)),
                );
            }
            if !self.is_dir() {
                return Ok(Vec::new());
            }
            let names = match super::os::listdir(&self.text()) {
                Ok(names) => names.items(),
                Err(e) if e.kind == "PermissionError" => return Ok(Vec::new()),
                Err(e) => return Err(e),
            };
            let pat: Vec<char> = pattern.chars().collect();
            Ok(names
                .iter()
                .filter(|n| fnmatch(&n.chars().collect::<Vec<char>>(), &pat))
                .map(|n| self.join(n))
                .collect())
        }

        /// `Path.cwd()`.
        pub fn cwd() -> super::py::PyResult<Path> {
            Ok(Path::new(&super::os::getcwd()?))
        }
    }

    /// Whether a name matches a shell pattern: `*`, `?`, `[set]`, `[!set]` with ranges; a `[`
    /// without its `]` is itself.
    fn fnmatch(name: &[char], pat: &[char]) -> bool {
        match pat.first() {
            None => name.is_empty(),
            Some('*') => (0..=name.len()).any(|k| fnmatch(&name[k..], &pat[1..])),
            Some('?') => !name.is_empty() && fnmatch(&name[1..], &pat[1..]),
            Some('[') => match set_end(pat) {
                Some(end) => {
                    !name.is_empty()
                        && in_set(name[0], &pat[1..end])
                        && fnmatch(&name[1..], &pat[end + 1..])
                }
                None => name.first() == Some(&'[') && fnmatch(&name[1..], &pat[1..]),
            },
            Some(c) => name.first() == Some(c) && fnmatch(&name[1..], &pat[1..]),
        }
    }

    /// The index of the `]` closing the set that opens at `pat[0]`, as fnmatch.translate finds it.
    fn set_end(pat: &[char]) -> Option<usize> {
        let mut j = 1;
        if pat.get(j) == Some(&'!') {
            j += 1;
        }
        if pat.get(j) == Some(&']') {
            j += 1;
        }
        while j < pat.len() && pat[j] != ']' {
            j += 1;
        }
        if j < pat.len() {
            Some(j)
        } else {
            None
        }
    }

    /// Whether c is in a set's text (between its brackets): `!` first negates, `a-z` is a range.
    fn in_set(c: char, set: &[char]) -> bool {
        let (negate, items) = match set.first() {
            Some('!') => (true, &set[1..]),
            _ => (false, set),
        };
        let mut found = false;
        let mut i = 0;
        while i < items.len() {
            if i + 2 < items.len() && items[i + 1] == '-' {
                found |= items[i] <= c && c <= items[i + 2];
                i += 3;
            } else {
                found |= items[i] == c;
                i += 1;
            }
        }
        found != negate
    }

    impl super::py::Show for Path {
        fn repr(&self) -> String {
            format!("PosixPath({})", super::py::repr_str(&self.text()))
        }
        fn str(&self) -> String {
            self.text()
        }
    }

    impl super::py::PyOrd for Path {
        fn py_cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.parts().0.cmp(&other.parts().0)
        }
    }
}
