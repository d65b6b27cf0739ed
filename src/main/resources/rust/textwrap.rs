/// Python's `textwrap` module as CPython 3.11 runs it (Lib/textwrap.py): `wrap`, `fill`,
/// `shorten`, `dedent` and `indent`. The text is cut into chunks by a hand-written matcher that
/// finds what CPython's `wordsep_re` (or, without `break_on_hyphens`, `wordsep_simple_re`)
/// finds, and the chunks are laid into lines by the same steps as `TextWrapper._wrap_chunks`.
/// Lengths are counted in code points, as Python's `len`.
#[allow(dead_code)]
mod textwrap {

    /// The keyword arguments of `TextWrapper` that `wrap`, `fill` and `shorten` pass on, each
    /// set by a builder method in the order the call writes them.
    #[derive(Clone)]
    pub struct Options {
        width: i64,
        initial_indent: String,
        subsequent_indent: String,
        expand_tabs: bool,
        replace_whitespace: bool,
        fix_sentence_endings: bool,
        break_long_words: bool,
        drop_whitespace: bool,
        break_on_hyphens: bool,
        tabsize: i64,
        max_lines: Option<i64>,
        placeholder: String,
    }

    impl Options {
        /// CPython's defaults, with `width` (70 unless given).
        pub fn new(width: i64) -> Options {
            Options {
                width,
                initial_indent: String::new(),
                subsequent_indent: String::new(),
                expand_tabs: true,
                replace_whitespace: true,
                fix_sentence_endings: false,
                break_long_words: true,
                drop_whitespace: true,
                break_on_hyphens: true,
                tabsize: 8,
                max_lines: None,
                placeholder: " [...]".to_string(),
            }
        }
        pub fn width(mut self, v: i64) -> Options {
            self.width = v;
            self
        }
        pub fn initial_indent(mut self, v: String) -> Options {
            self.initial_indent = v;
            self
        }
        pub fn subsequent_indent(mut self, v: String) -> Options {
            self.subsequent_indent = v;
            self
        }
        pub fn expand_tabs(mut self, v: bool) -> Options {
            self.expand_tabs = v;
            self
        }
        pub fn replace_whitespace(mut self, v: bool) -> Options {
            self.replace_whitespace = v;
            self
        }
        pub fn fix_sentence_endings(mut self, v: bool) -> Options {
            self.fix_sentence_endings = v;
            self
        }
        pub fn break_long_words(mut self, v: bool) -> Options {
            self.break_long_words = v;
            self
        }
        pub fn drop_whitespace(mut self, v: bool) -> Options {
            self.drop_whitespace = v;
            self
        }
        pub fn break_on_hyphens(mut self, v: bool) -> Options {
            self.break_on_hyphens = v;
            self
        }
        pub fn tabsize(mut self, v: i64) -> Options {
            self.tabsize = v;
            self
        }
        pub fn max_lines(mut self, v: Option<i64>) -> Options {
            self.max_lines = v;
            self
        }
        pub fn placeholder(mut self, v: String) -> Options {
            self.placeholder = v;
            self
        }
    }

    type Chunk = Vec<char>;

    /// The characters of `textwrap._whitespace`, the only ones the wrapper treats as spaces
    /// when it splits and munges.
    fn ws(c: char) -> bool {
        matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ')
    }

    fn one(c: char, test: fn(&str) -> bool) -> bool {
        let mut buf = [0u8; 4];
        test(c.encode_utf8(&mut buf))
    }

    /// The regex class `\w` of a str pattern: `str.isalnum()` or the underscore.
    fn word(c: char) -> bool {
        c == '_' || one(c, super::py::isalnum)
    }

    /// `[^\d\W]`: a word character that is not a decimal digit.
    fn letter(c: char) -> bool {
        word(c) && !one(c, super::py::isdecimal)
    }

    /// `[\w!"'&.,?]`.
    fn word_punct(c: char) -> bool {
        word(c) || matches!(c, '!' | '"' | '\'' | '&' | '.' | ',' | '?')
    }

    fn space(c: char) -> bool {
        one(c, super::py::isspace)
    }

    /// `chunk.strip() == ''`.
    fn blank(chunk: &[char]) -> bool {
        chunk.iter().all(|&c| space(c))
    }

    fn at(t: &[char], i: usize, test: fn(char) -> bool) -> bool {
        i < t.len() && test(t[i])
    }

    /// Whether `-{2,}` followed by `\w` matches at `i`.
    fn dashes_then_word(t: &[char], i: usize) -> bool {
        let mut j = i;
        while j < t.len() && t[j] == '-' {
            j += 1;
        }
        j - i >= 2 && at(t, j, word)
    }

    /// The end of `wordsep_re`'s match at `i` (it matches at every position of a non-empty rest).
    fn wordsep_end(t: &[char], i: usize) -> usize {
        let n = t.len();
        if ws(t[i]) {
            let mut j = i;
            while j < n && ws(t[j]) {
                j += 1;
            }
            return j;
        }
        // An em-dash between words: (?<=[\w!"'&.,?]) -{2,} (?=\w).
        if t[i] == '-' && i > 0 && word_punct(t[i - 1]) {
            let mut j = i;
            while j < n && t[j] == '-' {
                j += 1;
            }
            if j - i >= 2 && at(t, j, word) {
                return j;
            }
        }
        // A word, as few non-space characters as can end it.
        let mut p = i + 1;
        loop {
            // A hyphen inside a compound word, kept with its first part.
            if p < n && t[p] == '-' {
                let behind = (p >= 2 && letter(t[p - 2]) && letter(t[p - 1]))
                    || (p >= 3 && letter(t[p - 3]) && t[p - 2] == '-' && letter(t[p - 1]));
                let ahead = at(t, p + 1, letter)
                    && (at(t, p + 2, letter)
                        || (p + 2 < n && t[p + 2] == '-' && at(t, p + 3, letter)));
                if behind && ahead {
                    return p + 1;
                }
            }
            if p == n || ws(t[p]) {
                return p;
            }
            if word_punct(t[p - 1]) && dashes_then_word(t, p) {
                return p;
            }
            p += 1;
        }
    }

    /// `TextWrapper._split`: the text's chunks, none empty.
    fn split(t: &[char], on_hyphens: bool) -> Vec<Chunk> {
        let mut chunks = Vec::new();
        let mut i = 0;
        while i < t.len() {
            let end = if on_hyphens {
                wordsep_end(t, i)
            } else {
                let blank = ws(t[i]);
                let mut j = i;
                while j < t.len() && ws(t[j]) == blank {
                    j += 1;
                }
                j
            };
            chunks.push(t[i..end].to_vec());
            i = end;
        }
        chunks
    }

    /// `str.expandtabs(tabsize)`: the column restarts after `\n` and `\r`.
    fn expand_tabs(t: &[char], tabsize: i64) -> Vec<char> {
        let mut out = Vec::with_capacity(t.len());
        let mut col: i64 = 0;
        for &c in t {
            match c {
                '\t' => {
                    if tabsize > 0 {
                        let n = tabsize - col % tabsize;
                        for _ in 0..n {
                            out.push(' ');
                        }
                        col += n;
                    }
                }
                '\n' | '\r' => {
                    out.push(c);
                    col = 0;
                }
                _ => {
                    out.push(c);
                    col += 1;
                }
            }
        }
        out
    }

    /// `sentence_end_re.search(chunk)`: `[a-z][.!?]["']?` at the chunk's end.
    fn sentence_end(chunk: &[char]) -> bool {
        let mut k = chunk.len();
        if k > 0 && matches!(chunk[k - 1], '"' | '\'') {
            k -= 1;
        }
        k >= 2 && matches!(chunk[k - 1], '.' | '!' | '?') && chunk[k - 2].is_ascii_lowercase()
    }

    fn chunks_of(text: &str, o: &Options) -> Vec<Chunk> {
        let mut t: Vec<char> = text.chars().collect();
        if o.expand_tabs {
            t = expand_tabs(&t, o.tabsize);
        }
        if o.replace_whitespace {
            for c in t.iter_mut() {
                if ws(*c) {
                    *c = ' ';
                }
            }
        }
        let mut chunks = split(&t, o.break_on_hyphens);
        if o.fix_sentence_endings {
            let mut i = 0;
            while i + 1 < chunks.len() {
                if chunks[i + 1] == [' '] && sentence_end(&chunks[i]) {
                    chunks[i + 1] = vec![' ', ' '];
                    i += 2;
                } else {
                    i += 1;
                }
            }
        }
        chunks
    }

    fn len(s: &str) -> i64 {
        s.chars().count() as i64
    }

    fn joined(indent: &str, line: &[Chunk]) -> String {
        let mut s = indent.to_string();
        for chunk in line {
            s.extend(chunk.iter());
        }
        s
    }

    /// `TextWrapper._handle_long_word`.
    fn handle_long_word(
        o: &Options,
        rev: &mut Vec<Chunk>,
        line: &mut Vec<Chunk>,
        cur_len: i64,
        width: i64,
    ) {
        let space_left = if width < 1 { 1 } else { width - cur_len };
        if o.break_long_words {
            let chunk = rev.pop().unwrap();
            let mut end = space_left as usize;
            if o.break_on_hyphens && chunk.len() > end {
                if let Some(hyphen) = chunk[..end].iter().rposition(|&c| c == '-') {
                    if hyphen > 0 && chunk[..hyphen].iter().any(|&c| c != '-') {
                        end = hyphen + 1;
                    }
                }
            }
            let end = end.min(chunk.len());
            line.push(chunk[..end].to_vec());
            rev.push(chunk[end..].to_vec());
        } else if line.is_empty() {
            line.push(rev.pop().unwrap());
        }
    }

    /// `TextWrapper._wrap_chunks`, with its errors in CPython's words.
    fn wrap_chunks(o: &Options, mut chunks: Vec<Chunk>) -> super::py::PyResult<Vec<String>> {
        let mut lines: Vec<String> = Vec::new();
        if o.width <= 0 {
            return super::py::raise(
                "ValueError",
                format!("invalid width {} (must be > 0)", o.width),
            );
        }
        let placeholder_len = len(&o.placeholder);
        if let Some(max_lines) = o.max_lines {
            let indent = if max_lines > 1 {
                &o.subsequent_indent
            } else {
                &o.initial_indent
            };
            if len(indent) + len(o.placeholder.trim_start_matches(space)) > o.width {
                return super::py::raise("ValueError", "placeholder too large for max width");
            }
        }
        chunks.reverse();
        while !chunks.is_empty() {
            let mut line: Vec<Chunk> = Vec::new();
            let mut cur_len: i64 = 0;
            let indent = if lines.is_empty() {
                &o.initial_indent
            } else {
                &o.subsequent_indent
            };
            let width = o.width - len(indent);
            if o.drop_whitespace && blank(chunks.last().unwrap()) && !lines.is_empty() {
                chunks.pop();
            }
            while let Some(last) = chunks.last() {
                let l = last.len() as i64;
                if cur_len + l <= width {
                    line.push(chunks.pop().unwrap());
                    cur_len += l;
                } else {
                    break;
                }
            }
            if chunks.last().map_or(false, |c| c.len() as i64 > width) {
                handle_long_word(o, &mut chunks, &mut line, cur_len, width);
                cur_len = line.iter().map(|c| c.len() as i64).sum();
            }
            if o.drop_whitespace && line.last().map_or(false, |c| blank(c)) {
                cur_len -= line.pop().unwrap().len() as i64;
            }
            if line.is_empty() {
                continue;
            }
            let fits = match o.max_lines {
                None => true,
                Some(max_lines) => {
                    (lines.len() as i64) + 1 < max_lines
                        || ((chunks.is_empty()
                            || (o.drop_whitespace && chunks.len() == 1 && blank(&chunks[0])))
                            && cur_len <= width)
                }
            };
            if fits {
                lines.push(joined(indent, &line));
                continue;
            }
            let mut placed = false;
            while let Some(last) = line.last() {
                if !blank(last) && cur_len + placeholder_len <= width {
                    line.push(o.placeholder.chars().collect());
                    lines.push(joined(indent, &line));
                    placed = true;
                    break;
                }
                cur_len -= last.len() as i64;
                line.pop();
            }
            if !placed {
                let mut done = false;
                if let Some(prev) = lines.last_mut() {
                    let prev_line = prev.trim_end_matches(space).to_string();
                    if len(&prev_line) + placeholder_len <= o.width {
                        *prev = prev_line + &o.placeholder;
                        done = true;
                    }
                }
                if !done {
                    lines.push(indent.to_string() + o.placeholder.trim_start_matches(space));
                }
            }
            break;
        }
        Ok(lines)
    }

    /// `textwrap.wrap(text, width, **kwargs)`.
    pub fn wrap(text: &str, o: Options) -> super::py::PyResult<super::py::List<String>> {
        let chunks = chunks_of(text, &o);
        Ok(super::py::List::from(wrap_chunks(&o, chunks)?))
    }

    /// `textwrap.fill(text, width, **kwargs)`: the wrapped lines joined by newlines.
    pub fn fill(text: &str, o: Options) -> super::py::PyResult<String> {
        let chunks = chunks_of(text, &o);
        Ok(wrap_chunks(&o, chunks)?.join("\n"))
    }

    /// `textwrap.shorten(text, width, **kwargs)`: the words joined by single spaces, filled
    /// into one line (`max_lines=1`).
    pub fn shorten(text: &str, o: Options) -> super::py::PyResult<String> {
        let words: Vec<&str> = text.split(space).filter(|w| !w.is_empty()).collect();
        let collapsed = words.join(" ");
        fill(&collapsed, o.max_lines(Some(1)))
    }

    /// `textwrap.dedent(text)`: lines of only spaces and tabs emptied, then the longest
    /// leading run of spaces and tabs common to the other lines taken off them.
    pub fn dedent(text: &str) -> String {
        let lines: Vec<&str> = text
            .split('\n')
            .map(|l| {
                if !l.is_empty() && l.chars().all(|c| c == ' ' || c == '\t') {
                    ""
                } else {
                    l
                }
            })
            .collect();
        let mut margin: Option<&str> = None;
        for l in &lines {
            if l.is_empty() {
                continue;
            }
            let indent = &l[..l.len() - l.trim_start_matches(|c| c == ' ' || c == '\t').len()];
            margin = Some(match margin {
                None => indent,
                Some(m) if indent.starts_with(m) => m,
                Some(m) if m.starts_with(indent) => indent,
                Some(m) => {
                    let common = m
                        .bytes()
                        .zip(indent.bytes())
                        .take_while(|(x, y)| x == y)
                        .count();
                    &m[..common]
                }
            });
        }
        match margin {
            Some(m) if !m.is_empty() => lines
                .iter()
                .map(|l| l.strip_prefix(m).unwrap_or(l))
                .collect::<Vec<&str>>()
                .join("\n"),
            _ => lines.join("\n"),
        }
    }

    /// `str.splitlines(keepends=True)`.
    fn lines_with_ends(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            let end = match c {
                '\n' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}'
                | '\u{2029}' => i + c.len_utf8(),
                '\r' => {
                    if let Some(&(_, '\n')) = it.peek() {
                        it.next();
                        i + 2
                    } else {
                        i + 1
                    }
                }
                _ => continue,
            };
            out.push(&text[start..end]);
            start = end;
        }
        if start < text.len() {
            out.push(&text[start..]);
        }
        out
    }

    /// What Python's truth test makes of a predicate's result.
    pub trait Truth {
        fn truth(&self) -> bool;
    }

    impl Truth for bool {
        fn truth(&self) -> bool {
            *self
        }
    }

    impl Truth for i64 {
        fn truth(&self) -> bool {
            *self != 0
        }
    }

    impl Truth for String {
        fn truth(&self) -> bool {
            !self.is_empty()
        }
    }

    /// `textwrap.indent(text, prefix)`: the prefix before each line with more than whitespace.
    pub fn indent(text: &str, prefix: &str) -> String {
        let mut out = String::new();
        for line in lines_with_ends(text) {
            if !line.chars().all(space) {
                out.push_str(prefix);
            }
            out.push_str(line);
        }
        out
    }

    /// `textwrap.indent(text, prefix, predicate)`: the prefix before each line whose
    /// `predicate(line)` is true, the predicate called on every line in order.
    pub fn indent_by<R: Truth>(
        text: &str,
        prefix: &str,
        predicate: std::rc::Rc<dyn Fn(String) -> super::py::PyResult<R>>,
    ) -> super::py::PyResult<String> {
        let mut out = String::new();
        for line in lines_with_ends(text) {
            if predicate(line.to_string())?.truth() {
                out.push_str(prefix);
            }
            out.push_str(line);
        }
        Ok(out)
    }
}
