/// Python's `sys` module as a translated program uses it: `argv`, the three standard streams
/// (CPython's text streams; stdin splits lines at "\n" only and keeps every "\r"),
/// and `input()`. `sys.exit` raises SystemExit, which `py::die` turns into the exit status.
#[allow(dead_code)]
mod sys {
    use std::io::{BufRead, Write};

    /// `sys.argv`: the program's path as it was run, then its arguments.
    pub fn argv() -> super::py::List<String> {
        super::py::List::from(std::env::args().collect())
    }

    /// `sys.stdout.write(s)`: the number of characters written.
    pub fn stdout_write(s: &str) -> i64 {
        super::py::write_stdout(s);
        s.chars().count() as i64
    }

    /// `sys.stderr.write(s)`: the number of characters written.
    pub fn stderr_write(s: &str) -> i64 {
        let _ = std::io::stderr().write_all(s.as_bytes());
        s.chars().count() as i64
    }

    /// `sys.stdout.flush()`.
    pub fn stdout_flush() {
        let _ = std::io::stdout().flush();
    }

    /// Bytes read from stdin as text: invalid UTF-8 raises UnicodeDecodeError (CPython's
    /// message names the byte and its position in its own read buffer, which this does not).
    fn text(bytes: Vec<u8>) -> super::py::PyResult<String> {
        String::from_utf8(bytes)
            .or_else(|_| super::py::raise("UnicodeDecodeError", "'utf-8' codec can't decode stdin"))
    }

    /// `sys.stdin.readline()`: one line with its "\n", "" at the end of input. CPython's stdin
    /// translates no newlines: a "\r" stays in the line.
    pub fn stdin_readline() -> super::py::PyResult<String> {
        let mut line: Vec<u8> = Vec::new();
        if let Err(e) = std::io::stdin().lock().read_until(b'\n', &mut line) {
            return super::py::raise("OSError", e.to_string());
        }
        text(line)
    }

    /// `sys.stdin.read()`: the rest of the input.
    pub fn stdin_read() -> super::py::PyResult<String> {
        let mut all = String::new();
        loop {
            let line = stdin_readline()?;
            if line.is_empty() {
                return Ok(all);
            }
            all.push_str(&line);
        }
    }

    /// `sys.stdin.readlines()`: the remaining lines, each with its newline.
    pub fn stdin_readlines() -> super::py::PyResult<super::py::List<String>> {
        let mut lines = Vec::new();
        loop {
            let line = stdin_readline()?;
            if line.is_empty() {
                return Ok(super::py::List::from(lines));
            }
            lines.push(line);
        }
    }

    /// `sys.stdin` iterated: its lines, read one at a time as the loop asks for them.
    pub fn stdin_lines() -> super::py::Gen<String> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("stdin", yielder, async move {
            loop {
                let line = stdin_readline()?;
                if line.is_empty() {
                    return Ok(());
                }
                out.give(line).await?;
            }
        })
    }

    /// `input(prompt)`: the prompt on stdout, then one line without its newline;
    /// EOFError at the end of input.
    pub fn input(prompt: &str) -> super::py::PyResult<String> {
        let mut out = std::io::stdout();
        let _ = out.write_all(prompt.as_bytes());
        let _ = out.flush();
        let mut line = stdin_readline()?;
        if line.is_empty() {
            return super::py::raise("EOFError", "EOF when reading a line");
        }
        if line.ends_with('\n') {
            line.pop();
        }
        Ok(line)
    }
}
