/// Python's `string` module (CPython 3.11, Lib/string.py): the function it defines; its
/// constants are string literals in the translated program.
#[allow(dead_code)]
mod string {
    /// `capwords(s, sep=None)`: `s.split(sep)`, each word capitalized, joined by `sep or ' '`.
    /// Without `sep`, runs of whitespace split and leading and trailing whitespace goes.
    pub fn capwords(s: &str, sep: Option<&str>) -> super::py::PyResult<String> {
        let words = match sep {
            None => super::py::split_whitespace(s),
            Some(sep) => super::py::split(s, sep, -1)?,
        };
        let joiner = match sep {
            Some(sep) if !sep.is_empty() => sep,
            _ => " ",
        };
        let capitalized: Vec<String> = words
            .items()
            .iter()
            .map(|w| super::py::capitalize(w))
            .collect();
        Ok(capitalized.join(joiner))
    }
}
