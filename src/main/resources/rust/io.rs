/// Python's text files (`open()` in text mode, UTF-8, universal newlines on read) and the
/// OSError values that file-system calls raise, as CPython 3.11 gives them on Linux. Reads
/// decode the rest of the file at the first read (CPython reads 8 KiB chunks: the same text,
/// and for files under 8 KiB the same UnicodeDecodeError position); writes stay in memory
/// until `flush()`, `close()`, the end of a `with` block or the last handle's drop, as
/// CPython's buffer keeps them until then for files under its buffer size.
#[allow(dead_code)]
mod io {
    /// An OSError from a failed system call: CPython's `OSError(errno, strerror, filename)`,
    /// whose class follows the errno (FileNotFoundError for ENOENT...).
    #[derive(Clone)]
    pub struct OsError {
        kind: &'static str,
        errno: i64,
        strerror: String,
        filename: Option<String>,
    }

    impl super::py::Raised for OsError {
        fn kind(&self) -> &'static str {
            self.kind
        }
        fn args(&self) -> super::py::Args {
            super::py::Args::of(vec![
                super::py::Arg::of(&self.errno),
                super::py::Arg::of(&self.strerror),
            ])
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }

    impl super::py::Show for OsError {
        fn repr(&self) -> String {
            format!(
                "{}({}, {})",
                self.kind,
                self.errno,
                super::py::repr_str(&self.strerror)
            )
        }
        fn str(&self) -> String {
            match &self.filename {
                Some(f) => format!(
                    "[Errno {}] {}: {}",
                    self.errno,
                    self.strerror,
                    super::py::repr_str(f)
                ),
                None => format!("[Errno {}] {}", self.errno, self.strerror),
            }
        }
    }

    /// The OSError subclass CPython raises for an errno.
    fn os_error_kind(errno: i64) -> &'static str {
        match errno {
            1 | 13 => "PermissionError",
            2 => "FileNotFoundError",
            3 => "ProcessLookupError",
            4 => "InterruptedError",
            10 => "ChildProcessError",
            11 | 114 | 115 => "BlockingIOError",
            17 => "FileExistsError",
            20 => "NotADirectoryError",
            21 => "IsADirectoryError",
            32 | 108 => "BrokenPipeError",
            103 => "ConnectionAbortedError",
            104 => "ConnectionResetError",
            111 => "ConnectionRefusedError",
            110 => "TimeoutError",
            _ => "OSError",
        }
    }

    /// The exception for errno with the C library's text for it, about `filename`.
    pub fn errno_error(errno: i64, filename: Option<&str>) -> super::py::Exc {
        os_error(&std::io::Error::from_raw_os_error(errno as i32), filename)
    }

    /// The exception CPython raises for a failed call on `filename` (None: no file named).
    pub fn os_error(e: &std::io::Error, filename: Option<&str>) -> super::py::Exc {
        let errno = e.raw_os_error().unwrap_or(0) as i64;
        let text = e.to_string();
        let suffix = format!(" (os error {})", errno);
        let strerror = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
        super::py::raised(OsError {
            kind: os_error_kind(errno),
            errno,
            strerror,
            filename: filename.map(|f| f.to_string()),
        })
    }

    /// The OSError an attribute is read from: AttributeError for any other exception.
    fn os_error_object(
        e: &super::py::Exc,
        attr: &str,
        user_base: fn(&str) -> Option<&'static str>,
    ) -> super::py::PyResult<Option<OsError>> {
        if !super::py::exc_matches(e.kind, "OSError", user_base) {
            let kind = e.kind.rsplit('.').next().unwrap_or(e.kind);
            return super::py::raise(
                "AttributeError",
                format!("'{}' object has no attribute '{}'", kind, attr),
            );
        }
        Ok(e.object_as::<OsError>())
    }

    /// `e.errno`: None for an OSError raised without one.
    pub fn errno(
        e: &super::py::Exc,
        user_base: fn(&str) -> Option<&'static str>,
    ) -> super::py::PyResult<Option<i64>> {
        Ok(os_error_object(e, "errno", user_base)?.map(|o| o.errno))
    }

    /// `e.strerror`.
    pub fn strerror(
        e: &super::py::Exc,
        user_base: fn(&str) -> Option<&'static str>,
    ) -> super::py::PyResult<Option<String>> {
        Ok(os_error_object(e, "strerror", user_base)?.map(|o| o.strerror))
    }

    /// `e.filename`.
    pub fn filename(
        e: &super::py::Exc,
        user_base: fn(&str) -> Option<&'static str>,
    ) -> super::py::PyResult<Option<String>> {
        Ok(os_error_object(e, "filename", user_base)?.and_then(|o| o.filename))
    }

    /// `io.UnsupportedOperation(msg)`.
    fn unsupported(msg: &str) -> super::py::Exc {
        super::py::exc("io.UnsupportedOperation", msg)
    }

    fn closed_file() -> super::py::Exc {
        super::py::exc("ValueError", "I/O operation on closed file.")
    }

    /// Bytes as UTF-8 text, or CPython's UnicodeDecodeError naming the bad bytes' positions.
    pub fn decode_utf8(bytes: Vec<u8>) -> super::py::PyResult<String> {
        match String::from_utf8(bytes) {
            Ok(text) => Ok(text),
            Err(e) => {
                let bytes = e.as_bytes();
                let err = e.utf8_error();
                let at = err.valid_up_to();
                let (len, reason) = match err.error_len() {
                    None => (bytes.len() - at, "unexpected end of data"),
                    Some(1) if !(0xc2..=0xf4).contains(&bytes[at]) => (1, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                let what = if len == 1 {
                    format!("byte 0x{:02x} in position {}", bytes[at], at)
                } else {
                    format!("bytes in position {}-{}", at, at + len - 1)
                };
                super::py::raise(
                    "UnicodeDecodeError",
                    format!("'utf-8' codec can't decode {}: {}", what, reason),
                )
            }
        }
    }

    /// Universal newlines: "\r\n" and a lone "\r" read as "\n".
    fn universal_newlines(text: String) -> String {
        if !text.contains('\r') {
            return text;
        }
        text.replace("\r\n", "\n").replace('\r', "\n")
    }

    /// What an open text file holds: the OS file (None once closed), the text read ahead and
    /// not yet returned, and the text written and not yet flushed.
    struct FileState {
        name: String,
        mode: String,
        handle: Option<std::fs::File>,
        readable: bool,
        writable: bool,
        ahead: Option<String>,
        pos: usize,
        pending: String,
    }

    impl FileState {
        fn flush(&mut self) -> super::py::PyResult<()> {
            if self.pending.is_empty() {
                return Ok(());
            }
            let text = std::mem::take(&mut self.pending);
            if let Some(handle) = self.handle.as_mut() {
                if let Err(e) = std::io::Write::write_all(handle, text.as_bytes()) {
                    return Err(os_error(&e, None));
                }
            }
            Ok(())
        }

        /// The text not yet returned: read (and decoded) from the OS file the first time.
        fn text(&mut self) -> super::py::PyResult<&str> {
            if self.handle.is_none() {
                return Err(closed_file());
            }
            if !self.readable {
                return Err(unsupported("not readable"));
            }
            if self.ahead.is_none() {
                self.flush()?;
                let mut bytes = Vec::new();
                let handle = self.handle.as_mut().expect("checked open above");
                if let Err(e) = std::io::Read::read_to_end(handle, &mut bytes) {
                    return Err(os_error(&e, None));
                }
                self.ahead = Some(universal_newlines(decode_utf8(bytes)?));
                self.pos = 0;
            }
            Ok(&self.ahead.as_ref().expect("read above")[self.pos..])
        }
    }

    impl Drop for FileState {
        fn drop(&mut self) {
            let _ = self.flush();
        }
    }

    /// A text file object (`_io.TextIOWrapper`): a shared handle, as Python's names share it.
    #[derive(Clone)]
    pub struct TextIOWrapper(std::rc::Rc<std::cell::RefCell<FileState>>);

    /// `open(path, mode)` for the text modes "r", "w", "a", "x" and "r+".
    pub fn open(path: &str, mode: &str) -> super::py::PyResult<TextIOWrapper> {
        let mut options = std::fs::OpenOptions::new();
        let plain = mode.replace('t', "");
        let (readable, writable) = match plain.as_str() {
            "r" => (true, false),
            "w" => (false, true),
            "a" => (false, true),
            "x" => (false, true),
            _ => (true, true),
        };
        match plain.as_str() {
            "r" => options.read(true),
            "w" => options.write(true).create(true).truncate(true),
            "a" => options.append(true).create(true),
            "x" => options.write(true).create_new(true),
            _ => options.read(true).write(true),
        };
        let handle = match options.open(path) {
            Ok(h) => h,
            Err(e) => return Err(os_error(&e, Some(path))),
        };
        // Linux opens a directory for reading; CPython refuses it after the open.
        if let Ok(meta) = handle.metadata() {
            if meta.is_dir() {
                return Err(errno_error(21, Some(path)));
            }
        }
        Ok(TextIOWrapper(std::rc::Rc::new(std::cell::RefCell::new(
            FileState {
                name: path.to_string(),
                mode: mode.to_string(),
                handle: Some(handle),
                readable,
                writable,
                ahead: None,
                pos: 0,
                pending: String::new(),
            },
        ))))
    }

    /// The whole text of a file (`Path.read_text()`).
    pub fn read_text(path: &str) -> super::py::PyResult<String> {
        let f = open(path, "r")?;
        let text = f.read(-1);
        f.close()?;
        text
    }

    /// Writes a file's whole text (`Path.write_text(s)`): the count of characters.
    pub fn write_text(path: &str, data: &str) -> super::py::PyResult<i64> {
        let f = open(path, "w")?;
        let n = f.write(data)?;
        f.close()?;
        Ok(n)
    }

    impl TextIOWrapper {
        /// The value of a variable declared before the statement that first stores to it.
        pub fn placeholder() -> TextIOWrapper {
            TextIOWrapper(std::rc::Rc::new(std::cell::RefCell::new(FileState {
                name: String::new(),
                mode: String::new(),
                handle: None,
                readable: false,
                writable: false,
                ahead: None,
                pos: 0,
                pending: String::new(),
            })))
        }

        /// The file as a `with` statement enters it: ValueError once it is closed.
        pub fn enter(&self) -> super::py::PyResult<TextIOWrapper> {
            if self.0.borrow().handle.is_none() {
                return Err(closed_file());
            }
            Ok(self.clone())
        }

        /// `f.read()` (n < 0) or `f.read(n)`: at most n characters.
        pub fn read(&self, n: i64) -> super::py::PyResult<String> {
            let mut state = self.0.borrow_mut();
            let rest = state.text()?;
            let end = if n < 0 {
                rest.len()
            } else {
                rest.char_indices()
                    .nth(n as usize)
                    .map_or(rest.len(), |(i, _)| i)
            };
            let out = rest[..end].to_string();
            state.pos += end;
            Ok(out)
        }

        /// `f.readline()` (n < 0) or `f.readline(n)`: one line with its "\n", "" at the end.
        pub fn readline(&self, n: i64) -> super::py::PyResult<String> {
            let mut state = self.0.borrow_mut();
            let rest = state.text()?;
            let mut end = rest.find('\n').map_or(rest.len(), |i| i + 1);
            if n >= 0 {
                end = end.min(
                    rest.char_indices()
                        .nth(n as usize)
                        .map_or(rest.len(), |(i, _)| i),
                );
            }
            let out = rest[..end].to_string();
            state.pos += end;
            Ok(out)
        }

        /// The rest of the file's text, for another runtime module reading a file object
        /// (`json.load(f)`): `f.read()`.
        pub fn read_to_string(&self) -> super::py::PyResult<String> {
            self.read(-1)
        }

        /// Writes text for another runtime module writing to a file object (`json.dump(x, f)`):
        /// `f.write(s)`, with its errors (closed file, not writable).
        pub fn write_str(&self, s: &str) -> super::py::PyResult<()> {
            self.write(s).map(|_| ())
        }

        /// `f.readlines()`: the remaining lines.
        pub fn readlines(&self) -> super::py::PyResult<super::py::List<String>> {
            let mut lines = Vec::new();
            loop {
                let line = self.readline(-1)?;
                if line.is_empty() {
                    return Ok(super::py::List::from(lines));
                }
                lines.push(line);
            }
        }

        /// `for line in f`: the lines as they are read.
        pub fn iter(&self) -> Lines {
            Lines {
                file: self.clone(),
                done: false,
            }
        }

        /// The file as an iterator that a generator's consumers take (`enumerate(f)`, `next(f)`):
        /// its lines, each read when it is asked for.
        pub fn lines(&self) -> super::py::Gen<String> {
            let yielder = super::py::Yielder::new();
            let out = yielder.clone();
            let file = self.clone();
            super::py::Gen::new("TextIOWrapper", yielder, async move {
                loop {
                    let line = file.readline(-1)?;
                    if line.is_empty() {
                        return Ok(());
                    }
                    out.give(line).await?;
                }
            })
        }

        /// `f.write(s)`: the count of characters.
        pub fn write(&self, s: &str) -> super::py::PyResult<i64> {
            let mut state = self.0.borrow_mut();
            if state.handle.is_none() {
                return Err(closed_file());
            }
            if !state.writable {
                return Err(unsupported("not writable"));
            }
            // Text read ahead is dropped: a read after a write starts where the OS file is.
            state.ahead = None;
            state.pending.push_str(s);
            Ok(s.chars().count() as i64)
        }

        /// `f.writelines(lines)`.
        pub fn writelines(&self, lines: Vec<String>) -> super::py::PyResult<()> {
            for line in lines {
                self.write(&line)?;
            }
            Ok(())
        }

        /// `print(..., file=f)`: the text already laid out with its separators and end.
        pub fn print(&self, text: String) -> super::py::PyResult<()> {
            self.write(&text).map(|_| ())
        }

        /// `f.flush()`.
        pub fn flush(&self) -> super::py::PyResult<()> {
            let mut state = self.0.borrow_mut();
            if state.handle.is_none() {
                return Err(closed_file());
            }
            state.flush()
        }

        /// `f.close()`: flushes what was written; closing again does nothing.
        pub fn close(&self) -> super::py::PyResult<()> {
            let mut state = self.0.borrow_mut();
            if state.handle.is_none() {
                return Ok(());
            }
            let flushed = state.flush();
            state.handle = None;
            state.ahead = None;
            flushed
        }

        /// `f.closed`.
        pub fn closed(&self) -> bool {
            self.0.borrow().handle.is_none()
        }

        /// `f.name`: the path it was opened with.
        pub fn name(&self) -> String {
            self.0.borrow().name.clone()
        }

        /// `f.mode`: the mode it was opened with.
        pub fn mode(&self) -> String {
            self.0.borrow().mode.clone()
        }

        /// `f.readable()`.
        pub fn readable(&self) -> super::py::PyResult<bool> {
            let state = self.0.borrow();
            if state.handle.is_none() {
                return Err(closed_file());
            }
            Ok(state.readable)
        }

        /// `f.writable()`.
        pub fn writable(&self) -> super::py::PyResult<bool> {
            let state = self.0.borrow();
            if state.handle.is_none() {
                return Err(closed_file());
            }
            Ok(state.writable)
        }

        /// Whether two names hold the same file object (`is`, `==`).
        pub fn same_object(&self, other: &TextIOWrapper) -> bool {
            std::rc::Rc::ptr_eq(&self.0, &other.0)
        }
    }

    /// A file's lines as a `for` loop reads them; a failed read ends the loop with its error.
    pub struct Lines {
        file: TextIOWrapper,
        done: bool,
    }

    impl Iterator for Lines {
        type Item = super::py::PyResult<String>;

        fn next(&mut self) -> Option<super::py::PyResult<String>> {
            if self.done {
                return None;
            }
            match self.file.readline(-1) {
                Ok(line) if line.is_empty() => {
                    self.done = true;
                    None
                }
                Ok(line) => Some(Ok(line)),
                Err(e) => {
                    self.done = true;
                    Some(Err(e))
                }
            }
        }
    }
}
