/// Python's `os` and `os.path` (posixpath) as CPython 3.11 has them on Linux: the path
/// functions work on the text as posixpath does; the file-system calls raise the OSError
/// CPython raises (`super::io::os_error`).
#[allow(dead_code)]
mod os {
    /// `os.path.join(a, *p)`.
    pub fn join(parts: Vec<String>) -> String {
        let mut path = String::new();
        for (i, b) in parts.into_iter().enumerate() {
            if i == 0 || b.starts_with('/') {
                path = b;
            } else if path.is_empty() || path.ends_with('/') {
                path.push_str(&b);
            } else {
                path.push('/');
                path.push_str(&b);
            }
        }
        path
    }

    /// `os.path.split(p)`: the head (trailing slashes removed unless it is all slashes) and tail.
    pub fn split(p: &str) -> (String, String) {
        let i = p.rfind('/').map_or(0, |i| i + 1);
        let (head, tail) = (&p[..i], &p[i..]);
        let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
            head.trim_end_matches('/')
        } else {
            head
        };
        (head.to_string(), tail.to_string())
    }

    /// `os.path.basename(p)`.
    pub fn basename(p: &str) -> String {
        let i = p.rfind('/').map_or(0, |i| i + 1);
        p[i..].to_string()
    }

    /// `os.path.dirname(p)`.
    pub fn dirname(p: &str) -> String {
        split(p).0
    }

    /// `os.path.splitext(p)`: the extension is the last dot's part of the last component,
    /// unless the component is only dots before it.
    pub fn splitext(p: &str) -> (String, String) {
        let sep = p.rfind('/').map(|i| i as i64).unwrap_or(-1);
        if let Some(dot) = p.rfind('.') {
            if dot as i64 > sep {
                let start = (sep + 1) as usize;
                if p[start..dot].chars().any(|c| c != '.') {
                    return (p[..dot].to_string(), p[dot..].to_string());
                }
            }
        }
        (p.to_string(), String::new())
    }

    /// `os.path.isabs(p)`.
    pub fn isabs(p: &str) -> bool {
        p.starts_with('/')
    }

    /// `os.path.normpath(p)`: "." and empty components dropped, ".." folded where it can be.
    pub fn normpath(p: &str) -> String {
        if p.is_empty() {
            return ".".to_string();
        }
        let mut initial = if p.starts_with('/') { 1 } else { 0 };
        if p.starts_with("//") && !p.starts_with("///") {
            initial = 2;
        }
        let mut comps: Vec<&str> = Vec::new();
        for comp in p.split('/') {
            if comp.is_empty() || comp == "." {
                continue;
            }
            if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
                comps.push(comp);
            } else if !comps.is_empty() {
                comps.pop();
            }
        }
        let out = "/".repeat(initial) + &comps.join("/");
        if out.is_empty() {
            ".".to_string()
        } else {
            out
        }
    }

    /// `os.getcwd()`.
    pub fn getcwd() -> super::py::PyResult<String> {
        match std::env::current_dir() {
            Ok(p) => Ok(p.to_string_lossy().into_owned()),
            Err(e) => Err(super::io::os_error(&e, None)),
        }
    }

    /// `os.path.abspath(p)`.
    pub fn abspath(p: &str) -> super::py::PyResult<String> {
        if isabs(p) {
            return Ok(normpath(p));
        }
        Ok(normpath(&join(vec![getcwd()?, p.to_string()])))
    }

    fn metadata(p: &str) -> Option<std::fs::Metadata> {
        std::fs::metadata(p).ok()
    }

    /// `os.path.exists(p)`: False where the file system cannot say.
    pub fn exists(p: &str) -> bool {
        metadata(p).is_some()
    }

    /// `os.path.isfile(p)`.
    pub fn isfile(p: &str) -> bool {
        metadata(p).map_or(false, |m| m.is_file())
    }

    /// `os.path.isdir(p)`.
    pub fn isdir(p: &str) -> bool {
        metadata(p).map_or(false, |m| m.is_dir())
    }

    /// `os.path.getsize(p)`.
    pub fn getsize(p: &str) -> super::py::PyResult<i64> {
        match std::fs::metadata(p) {
            Ok(m) => Ok(m.len() as i64),
            Err(e) => Err(super::io::os_error(&e, Some(p))),
        }
    }

    /// `os.listdir(p)`: the names in the OS's order.
    pub fn listdir(p: &str) -> super::py::PyResult<super::py::List<String>> {
        let entries = match std::fs::read_dir(p) {
            Ok(entries) => entries,
            Err(e) => return Err(super::io::os_error(&e, Some(p))),
        };
        let mut names = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => names.push(entry.file_name().to_string_lossy().into_owned()),
                Err(e) => return Err(super::io::os_error(&e, Some(p))),
            }
        }
        Ok(super::py::List::from(names))
    }

    /// `os.remove(p)` (and `os.unlink`).
    pub fn remove(p: &str) -> super::py::PyResult<()> {
        std::fs::remove_file(p).map_err(|e| super::io::os_error(&e, Some(p)))
    }

    /// `os.rmdir(p)`.
    pub fn rmdir(p: &str) -> super::py::PyResult<()> {
        std::fs::remove_dir(p).map_err(|e| super::io::os_error(&e, Some(p)))
    }

    /// `os.mkdir(p)`.
    pub fn mkdir(p: &str) -> super::py::PyResult<()> {
        std::fs::create_dir(p).map_err(|e| super::io::os_error(&e, Some(p)))
    }

    /// `os.makedirs(p, exist_ok=...)`, as Lib/os.py makes the missing parents first.
    pub fn makedirs(p: &str, exist_ok: bool) -> super::py::PyResult<()> {
        let (mut head, mut tail) = split(p);
        if tail.is_empty() {
            let again = split(&head);
            head = again.0;
            tail = again.1;
        }
        if !head.is_empty() && !tail.is_empty() && !exists(&head) {
            match makedirs(&head, exist_ok) {
                Err(e) if e.kind != "FileExistsError" => return Err(e),
                _ => {}
            }
            if tail == "." {
                return Ok(());
            }
        }
        match mkdir(p) {
            Err(_) if exist_ok && isdir(p) => Ok(()),
            other => other,
        }
    }

    /// `os.environ.get(key)`, `os.getenv(key)`.
    pub fn getenv(key: &str) -> Option<String> {
        std::env::var_os(key).map(|v| v.to_string_lossy().into_owned())
    }

    /// `os.environ[key]`: KeyError when it is not set.
    pub fn environ_item(key: &str) -> super::py::PyResult<String> {
        match getenv(key) {
            Some(v) => Ok(v),
            None => Err(super::py::exc("KeyError", super::py::repr_str(key))),
        }
    }
}
