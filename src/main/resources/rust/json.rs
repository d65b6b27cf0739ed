/// Python's `json` module as CPython 3.11 runs it (Lib/json and Modules/_json.c): `dumps` with
/// its keyword arguments, and `loads` into the type the program declares for the result. A
/// document is parsed into a `Value` tree by the C scanner's steps (so its errors are CPython's
/// `JSONDecodeError`s, at the same positions, counted in code points) and then converted to the
/// declared type; a document of another shape stops the program (CPython would hand back the
/// other type, which the translation cannot hold).
#[allow(dead_code)]
mod json {

    // ---------------------------------------------------------------- dumps

    /// The keyword arguments of `dumps`, each set by a builder method in the call's order.
    #[derive(Clone)]
    pub struct Options {
        indent: Option<String>,
        separators: Option<(String, String)>,
        sort_keys: bool,
        ensure_ascii: bool,
        allow_nan: bool,
    }

    impl Options {
        /// CPython's defaults.
        pub fn new() -> Options {
            Options {
                indent: None,
                separators: None,
                sort_keys: false,
                ensure_ascii: true,
                allow_nan: true,
            }
        }

        /// `indent=n`: n spaces per level (none for n <= 0, which still breaks lines).
        pub fn indent(mut self, n: i64) -> Options {
            self.indent = Some(" ".repeat(n.max(0) as usize));
            self
        }

        /// `indent="..."`: that text per level.
        pub fn indent_str(mut self, text: String) -> Options {
            self.indent = Some(text);
            self
        }

        /// `indent=None`.
        pub fn indent_none(mut self) -> Options {
            self.indent = None;
            self
        }

        /// `separators=(item, key)`.
        pub fn separators(mut self, pair: (String, String)) -> Options {
            self.separators = Some(pair);
            self
        }

        pub fn separators_none(mut self) -> Options {
            self.separators = None;
            self
        }

        pub fn sort_keys(mut self, on: bool) -> Options {
            self.sort_keys = on;
            self
        }

        pub fn ensure_ascii(mut self, on: bool) -> Options {
            self.ensure_ascii = on;
            self
        }

        pub fn allow_nan(mut self, on: bool) -> Options {
            self.allow_nan = on;
            self
        }
    }

    /// The text being written, the options, the depth and the containers being written (for
    /// CPython's "Circular reference detected").
    pub struct Encoder {
        out: String,
        indent: Option<String>,
        item_separator: String,
        key_separator: String,
        sort_keys: bool,
        ensure_ascii: bool,
        allow_nan: bool,
        level: usize,
        markers: Vec<usize>,
    }

    /// A value `dumps` can write, as CPython's encoder writes one of its type.
    pub trait Encode {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()>;
    }

    /// A dict key: how CPython turns it into the key's text, and how `sort_keys` orders it.
    pub trait Key {
        fn key_text(&self, e: &Encoder) -> super::py::PyResult<String>;
        fn key_cmp(&self, other: &Self) -> std::cmp::Ordering;
    }

    /// `json.dumps(value, **options)`.
    pub fn dumps<T: Encode + ?Sized>(value: &T, options: Options) -> super::py::PyResult<String> {
        // Without an indent the separators default to (', ', ': '); with one, to (',', ': ').
        let (item, key) = match options.separators {
            Some(pair) => pair,
            None if options.indent.is_some() => (",".to_string(), ": ".to_string()),
            None => (", ".to_string(), ": ".to_string()),
        };
        let mut e = Encoder {
            out: String::new(),
            indent: options.indent,
            item_separator: item,
            key_separator: key,
            sort_keys: options.sort_keys,
            ensure_ascii: options.ensure_ascii,
            allow_nan: options.allow_nan,
            level: 0,
            markers: Vec::new(),
        };
        value.encode(&mut e)?;
        Ok(e.out)
    }

    /// An object of a class without a JSON form: writing it raises the TypeError CPython's
    /// `default` raises, naming the object's class.
    pub struct Unserializable(pub &'static str);

    impl Encode for Unserializable {
        fn encode(&self, _e: &mut Encoder) -> super::py::PyResult<()> {
            not_serializable(self.0)
        }
    }

    fn not_serializable(type_name: &str) -> super::py::PyResult<()> {
        super::py::raise(
            "TypeError",
            format!("Object of type {} is not JSON serializable", type_name),
        )
    }

    impl Encoder {
        fn newline(&mut self) {
            if let Some(indent) = &self.indent {
                self.out.push('\n');
                for _ in 0..self.level {
                    self.out.push_str(indent);
                }
            }
        }

        fn enter(&mut self, id: usize) -> super::py::PyResult<()> {
            if self.markers.contains(&id) {
                return super::py::raise("ValueError", "Circular reference detected");
            }
            self.markers.push(id);
            Ok(())
        }

        /// A JSON array of the items: `[]` when empty, else one item per line under an indent.
        pub fn array<T: Encode>(&mut self, items: &[T], id: usize) -> super::py::PyResult<()> {
            if items.is_empty() {
                self.out.push_str("[]");
                return Ok(());
            }
            if id != 0 {
                self.enter(id)?;
            }
            self.out.push('[');
            self.level += 1;
            self.newline();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    let separator = self.item_separator.clone();
                    self.out.push_str(&separator);
                    self.newline();
                }
                item.encode(self)?;
            }
            self.level -= 1;
            self.newline();
            self.out.push(']');
            if id != 0 {
                self.markers.pop();
            }
            Ok(())
        }

        /// A JSON object of the pairs, keys converted as CPython converts them.
        pub fn object<K: Key, V: Encode>(
            &mut self,
            mut pairs: Vec<(K, V)>,
            id: usize,
        ) -> super::py::PyResult<()> {
            if pairs.is_empty() {
                self.out.push_str("{}");
                return Ok(());
            }
            self.enter(id)?;
            if self.sort_keys {
                pairs.sort_by(|a, b| a.0.key_cmp(&b.0));
            }
            self.out.push('{');
            self.level += 1;
            self.newline();
            for (i, (k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    let separator = self.item_separator.clone();
                    self.out.push_str(&separator);
                    self.newline();
                }
                let text = k.key_text(self)?;
                self.string(&text);
                let separator = self.key_separator.clone();
                self.out.push_str(&separator);
                v.encode(self)?;
            }
            self.level -= 1;
            self.newline();
            self.out.push('}');
            self.markers.pop();
            Ok(())
        }

        /// A str as `encode_basestring_ascii` (or, without `ensure_ascii`, `encode_basestring`)
        /// writes it.
        pub fn string(&mut self, s: &str) {
            self.out.push('"');
            for c in s.chars() {
                match c {
                    '"' => self.out.push_str("\\\""),
                    '\\' => self.out.push_str("\\\\"),
                    '\n' => self.out.push_str("\\n"),
                    '\r' => self.out.push_str("\\r"),
                    '\t' => self.out.push_str("\\t"),
                    '\u{8}' => self.out.push_str("\\b"),
                    '\u{c}' => self.out.push_str("\\f"),
                    c if (c as u32) < 0x20 || (self.ensure_ascii && (c as u32) >= 0x7f) => {
                        let mut units = [0u16; 2];
                        for unit in c.encode_utf16(&mut units) {
                            self.out.push_str(&format!("\\u{:04x}", unit));
                        }
                    }
                    c => self.out.push(c),
                }
            }
            self.out.push('"');
        }

        /// A float as `float.__repr__`, or NaN/Infinity/-Infinity where `allow_nan` lets them.
        fn float_text(&self, x: f64) -> super::py::PyResult<String> {
            if x.is_finite() {
                return Ok(super::py::float_repr(x));
            }
            if !self.allow_nan {
                return super::py::raise(
                    "ValueError",
                    "Out of range float values are not JSON compliant",
                );
            }
            Ok(if x.is_nan() {
                "NaN"
            } else if x > 0.0 {
                "Infinity"
            } else {
                "-Infinity"
            }
            .to_string())
        }
    }

    impl Encode for () {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            e.out.push_str("null");
            Ok(())
        }
    }

    impl Encode for bool {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            e.out.push_str(if *self { "true" } else { "false" });
            Ok(())
        }
    }

    impl Encode for i64 {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            e.out.push_str(&self.to_string());
            Ok(())
        }
    }

    impl Encode for super::int::Int {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            e.out.push_str(&super::py::Show::repr(self));
            Ok(())
        }
    }

    impl Encode for f64 {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            let text = e.float_text(*self)?;
            e.out.push_str(&text);
            Ok(())
        }
    }

    impl Encode for super::py::Num {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            match self {
                super::py::Num::I(i) => i.encode(e),
                super::py::Num::F(x) => x.encode(e),
            }
        }
    }

    impl Encode for String {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            e.string(self);
            Ok(())
        }
    }

    impl Encode for str {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            e.string(self);
            Ok(())
        }
    }

    impl<T: Encode> Encode for Option<T> {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            match self {
                Some(value) => value.encode(e),
                None => ().encode(e),
            }
        }
    }

    impl<T: Encode + Clone> Encode for super::py::List<T> {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            let id = std::rc::Rc::as_ptr(&self.0) as *const u8 as usize;
            e.array(&self.items(), id)
        }
    }

    impl<T: Encode> Encode for super::py::Tuple<T> {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            e.array(&self.0, 0)
        }
    }

    impl<K, V> Encode for super::py::Dict<K, V>
    where
        K: Key + Clone + Eq + std::hash::Hash + super::py::Show,
        V: Encode + Clone,
    {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            let id = std::rc::Rc::as_ptr(&self.0) as *const u8 as usize;
            e.object(self.items(), id)
        }
    }

    impl<T> Encode for super::py::Set<T> {
        fn encode(&self, _e: &mut Encoder) -> super::py::PyResult<()> {
            not_serializable("set")
        }
    }

    /// A tuple, written as an array as CPython writes tuples.
    macro_rules! tuple_encode {
        ($($name:ident . $index:tt),+) => {
            impl<$($name: Encode),+> Encode for ($($name,)+) {
                fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
                    let items: Vec<&dyn Encode> = vec![$(&self.$index),+];
                    e.array(&items, 0)
                }
            }
            impl<$($name),+> Key for ($($name,)+) {
                fn key_text(&self, _e: &Encoder) -> super::py::PyResult<String> {
                    super::py::raise("TypeError", "keys must be str, int, float, bool or None, not tuple")
                }
                fn key_cmp(&self, _other: &Self) -> std::cmp::Ordering {
                    std::cmp::Ordering::Equal
                }
            }
        };
    }

    tuple_encode!(A.0);
    tuple_encode!(A.0, B.1);
    tuple_encode!(A.0, B.1, C.2);
    tuple_encode!(A.0, B.1, C.2, D.3);
    tuple_encode!(A.0, B.1, C.2, D.3, E.4);

    impl<'a> Encode for &'a dyn Encode {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            (**self).encode(e)
        }
    }

    impl Encode for Box<dyn Encode> {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            (**self).encode(e)
        }
    }

    /// The fields of a dataclass object as `dataclasses.asdict` gives them: a JSON object.
    pub struct Fields(pub Vec<(&'static str, Box<dyn Encode>)>);

    /// One field of `Fields`.
    pub fn field<T: Encode + 'static>(
        name: &'static str,
        value: T,
    ) -> (&'static str, Box<dyn Encode>) {
        (name, Box::new(value))
    }

    impl Encode for Fields {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            let pairs: Vec<(String, &Box<dyn Encode>)> = self
                .0
                .iter()
                .map(|(name, value)| (name.to_string(), value))
                .collect();
            e.object(pairs, self as *const Fields as usize)
        }
    }

    impl<'a> Encode for &'a Box<dyn Encode> {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            (**self).encode(e)
        }
    }

    /// A value of a union, `object` or `Any` slot: written by its own type, of those a
    /// translated program can hold there and JSON has a form for (the scalars, and lists and
    /// str-keyed dicts of them or of such values). Any other value stops the program: its
    /// type's name, which CPython's TypeError gives, is not known at run time.
    impl Encode for super::py::Obj {
        fn encode(&self, e: &mut Encoder) -> super::py::PyResult<()> {
            use super::int::Int;
            use super::py::{Dict, List, Num, Obj};
            type Kind = fn(&Obj, &mut Encoder) -> Option<super::py::PyResult<()>>;
            let kinds: [Kind; 24] = [
                held::<()>,
                held::<bool>,
                held::<i64>,
                held::<Int>,
                held::<f64>,
                held::<Num>,
                held::<String>,
                held::<List<Obj>>,
                held::<Dict<String, Obj>>,
                held::<List<bool>>,
                held::<List<i64>>,
                held::<List<Int>>,
                held::<List<f64>>,
                held::<List<Num>>,
                held::<List<String>>,
                held::<Dict<String, bool>>,
                held::<Dict<String, i64>>,
                held::<Dict<String, Int>>,
                held::<Dict<String, f64>>,
                held::<Dict<String, Num>>,
                held::<Dict<String, String>>,
                held::<List<Dict<String, Obj>>>,
                held::<Dict<String, List<Obj>>>,
                held::<Dict<String, Dict<String, Obj>>>,
            ];
            for kind in kinds {
                if let Some(done) = kind(self, e) {
                    return done;
                }
            }
            super::py::fatal(
                "TypeError",
                "json.dumps() of a value of an Any or object slot whose type the translation cannot name at run time",
            )
        }
    }

    /// The value of `o` written as a `T`, where it is one.
    fn held<T: Encode + Clone + 'static>(
        o: &super::py::Obj,
        e: &mut Encoder,
    ) -> Option<super::py::PyResult<()>> {
        if o.is::<T>() {
            Some(o.get::<T>().encode(e))
        } else {
            None
        }
    }

    impl Key for String {
        fn key_text(&self, _e: &Encoder) -> super::py::PyResult<String> {
            Ok(self.clone())
        }
        fn key_cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.cmp(other)
        }
    }

    impl Key for i64 {
        fn key_text(&self, _e: &Encoder) -> super::py::PyResult<String> {
            Ok(self.to_string())
        }
        fn key_cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.cmp(other)
        }
    }

    impl Key for bool {
        fn key_text(&self, _e: &Encoder) -> super::py::PyResult<String> {
            Ok(if *self { "true" } else { "false" }.to_string())
        }
        fn key_cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.cmp(other)
        }
    }

    impl Key for super::int::Int {
        fn key_text(&self, _e: &Encoder) -> super::py::PyResult<String> {
            Ok(super::py::Show::repr(self))
        }
        fn key_cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.partial_cmp(other).unwrap_or(std::cmp::Ordering::Equal)
        }
    }

    // ---------------------------------------------------------------- loads

    /// A parsed document. Ints keep their digits until the declared type says what holds them.
    #[derive(Clone, Debug)]
    pub enum Value {
        Null,
        Bool(bool),
        Int(String),
        Float(f64),
        Str(String),
        Array(Vec<Value>),
        Object(Vec<(String, Value)>),
    }

    /// `json.JSONDecodeError(msg, doc, pos)`: the message with CPython's line, column and char.
    fn decode_error<T>(msg: &str, doc: &[char], pos: usize) -> super::py::PyResult<T> {
        let before = &doc[..pos];
        let line = before.iter().filter(|&&c| c == '\n').count() + 1;
        let column = match before.iter().rposition(|&c| c == '\n') {
            Some(newline) => pos - newline,
            None => pos + 1,
        };
        let text = format!("{}: line {} column {} (char {})", msg, line, column, pos);
        Err(super::py::raised(DecodeError { text }))
    }

    /// A raised `JSONDecodeError`: caught by `except ValueError` (the program's exception table
    /// gives its base), printed uncaught with its module's name as CPython prints it, and with
    /// the class's own name in its repr.
    #[derive(Clone)]
    struct DecodeError {
        text: String,
    }

    impl super::py::Show for DecodeError {
        fn repr(&self) -> String {
            format!("JSONDecodeError({})", super::py::repr_str(&self.text))
        }
        fn str(&self) -> String {
            self.text.clone()
        }
    }

    impl super::py::Raised for DecodeError {
        fn kind(&self) -> &'static str {
            "json.decoder.JSONDecodeError"
        }
        fn args(&self) -> super::py::Args {
            super::py::Args::of(vec![super::py::Arg::of(&self.text)])
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }

    /// Why a step of the scanner stopped: CPython's StopIteration (no value at that index,
    /// reported as "Expecting value") or a decode error already made.
    enum Stop {
        NoValue(usize),
        Error(super::py::Exc),
    }

    type Scan<T> = Result<T, Stop>;

    struct Scanner<'a> {
        doc: &'a [char],
        /// The first unpaired surrogate a `\u` escape made: no Rust string can hold it.
        lone_surrogate: Option<usize>,
        depth: usize,
    }

    fn is_space(c: char) -> bool {
        c == ' ' || c == '\t' || c == '\n' || c == '\r'
    }

    impl<'a> Scanner<'a> {
        fn error<T>(&self, msg: &str, pos: usize) -> Scan<T> {
            match decode_error::<T>(msg, self.doc, pos) {
                Err(e) => Err(Stop::Error(e)),
                Ok(_) => unreachable!(),
            }
        }

        fn skip_space(&self, mut i: usize) -> usize {
            while i < self.doc.len() && is_space(self.doc[i]) {
                i += 1;
            }
            i
        }

        fn at(&self, i: usize) -> Option<char> {
            self.doc.get(i).copied()
        }

        fn word(&self, i: usize, word: &str) -> bool {
            let w: Vec<char> = word.chars().collect();
            i + w.len() <= self.doc.len() && self.doc[i..i + w.len()] == w[..]
        }

        /// `scan_once`: the value starting at `i` and the index after it.
        fn value(&mut self, i: usize) -> Scan<(Value, usize)> {
            let c = match self.at(i) {
                Some(c) => c,
                None => return Err(Stop::NoValue(i)),
            };
            match c {
                '"' => {
                    let (s, end) = self.string(i + 1)?;
                    Ok((Value::Str(s), end))
                }
                '{' => self.nested(i, true),
                '[' => self.nested(i, false),
                'n' if self.word(i, "null") => Ok((Value::Null, i + 4)),
                't' if self.word(i, "true") => Ok((Value::Bool(true), i + 4)),
                'f' if self.word(i, "false") => Ok((Value::Bool(false), i + 5)),
                'N' if self.word(i, "NaN") => Ok((Value::Float(f64::NAN), i + 3)),
                'I' if self.word(i, "Infinity") => Ok((Value::Float(f64::INFINITY), i + 8)),
                '-' if self.word(i, "-Infinity") => Ok((Value::Float(f64::NEG_INFINITY), i + 9)),
                _ => self.number(i),
            }
        }

        /// An object or array. CPython's scanner counts it against the recursion limit (1000,
        /// less the caller's frames); deeper than 900 levels, the program stops here with
        /// CPython's RecursionError message rather than guess where CPython's limit falls.
        fn nested(&mut self, i: usize, object: bool) -> Scan<(Value, usize)> {
            self.depth += 1;
            if self.depth > 900 {
                super::py::fatal(
                    "RecursionError",
                    &format!(
                        "maximum recursion depth exceeded while decoding a JSON {} from a unicode string",
                        if object { "object" } else { "array" }
                    ),
                );
            }
            let result = if object {
                self.object(i + 1)
            } else {
                self.array(i + 1)
            };
            self.depth -= 1;
            result
        }

        /// `_match_number_unicode`: an int, or a float where a fraction or exponent follows.
        fn number(&self, start: usize) -> Scan<(Value, usize)> {
            let digit = |i: usize| self.at(i).map_or(false, |c| c.is_ascii_digit());
            let mut i = start;
            if self.at(i) == Some('-') {
                i += 1;
            }
            match self.at(i) {
                Some('0') => i += 1,
                Some(c) if ('1'..='9').contains(&c) => {
                    while digit(i) {
                        i += 1;
                    }
                }
                _ => return Err(Stop::NoValue(start)),
            }
            let mut float = false;
            if self.at(i) == Some('.') && digit(i + 1) {
                i += 1;
                while digit(i) {
                    i += 1;
                }
                float = true;
            }
            if matches!(self.at(i), Some('e') | Some('E')) {
                let mut j = i + 1;
                if matches!(self.at(j), Some('+') | Some('-')) {
                    j += 1;
                }
                if digit(j) {
                    while digit(j) {
                        j += 1;
                    }
                    i = j;
                    float = true;
                }
            }
            let text: String = self.doc[start..i].iter().collect();
            if float {
                let x: f64 = text.parse().expect("a JSON number is a float literal");
                Ok((Value::Float(x), i))
            } else {
                Ok((Value::Int(text), i))
            }
        }

        /// `scanstring`: the str whose opening quote is just before `start`.
        fn string(&mut self, start: usize) -> Scan<(String, usize)> {
            let begin = start - 1;
            let mut out = String::new();
            let mut i = start;
            loop {
                let c = match self.at(i) {
                    Some(c) => c,
                    None => return self.error("Unterminated string starting at", begin),
                };
                if c == '"' {
                    return Ok((out, i + 1));
                }
                if (c as u32) < 0x20 {
                    return self.error("Invalid control character at", i);
                }
                if c != '\\' {
                    out.push(c);
                    i += 1;
                    continue;
                }
                let esc = match self.at(i + 1) {
                    Some(esc) => esc,
                    None => return self.error("Unterminated string starting at", begin),
                };
                let simple = match esc {
                    '"' => Some('"'),
                    '\\' => Some('\\'),
                    '/' => Some('/'),
                    'b' => Some('\u{8}'),
                    'f' => Some('\u{c}'),
                    'n' => Some('\n'),
                    'r' => Some('\r'),
                    't' => Some('\t'),
                    'u' => None,
                    _ => return self.error("Invalid \\escape", i),
                };
                if let Some(s) = simple {
                    out.push(s);
                    i += 2;
                    continue;
                }
                let mut unit = self.hex4(i + 1)?;
                i += 6;
                if (0xd800..=0xdbff).contains(&unit)
                    && self.at(i) == Some('\\')
                    && self.at(i + 1) == Some('u')
                {
                    let low = self.hex4(i + 1)?;
                    if (0xdc00..=0xdfff).contains(&low) {
                        unit = 0x10000 + (((unit - 0xd800) << 10) | (low - 0xdc00));
                        i += 6;
                    }
                }
                match char::from_u32(unit) {
                    Some(ch) => out.push(ch),
                    None => {
                        if self.lone_surrogate.is_none() {
                            self.lone_surrogate = Some(i);
                        }
                        out.push('\u{fffd}');
                    }
                }
            }
        }

        /// The four hex digits after the `u` at `u`, else "Invalid \uXXXX escape" there.
        fn hex4(&self, u: usize) -> Scan<u32> {
            if u + 5 > self.doc.len() {
                return self.error("Invalid \\uXXXX escape", u);
            }
            let mut value = 0;
            for k in 1..5 {
                match self.doc[u + k].to_digit(16) {
                    Some(d) => value = value * 16 + d,
                    None => return self.error("Invalid \\uXXXX escape", u),
                }
            }
            Ok(value)
        }

        /// `_parse_object_unicode`, from just after the `{`.
        fn object(&mut self, start: usize) -> Scan<(Value, usize)> {
            let mut pairs = Vec::new();
            let mut i = self.skip_space(start);
            if self.at(i) == Some('}') {
                return Ok((Value::Object(pairs), i + 1));
            }
            loop {
                if self.at(i) != Some('"') {
                    return self.error("Expecting property name enclosed in double quotes", i);
                }
                let (key, after) = self.string(i + 1)?;
                i = self.skip_space(after);
                if self.at(i) != Some(':') {
                    return self.error("Expecting ':' delimiter", i);
                }
                i = self.skip_space(i + 1);
                let (value, after) = self.value(i)?;
                pairs.push((key, value));
                i = self.skip_space(after);
                match self.at(i) {
                    Some('}') => return Ok((Value::Object(pairs), i + 1)),
                    Some(',') => i = self.skip_space(i + 1),
                    _ => return self.error("Expecting ',' delimiter", i),
                }
            }
        }

        /// `_parse_array_unicode`, from just after the `[`.
        fn array(&mut self, start: usize) -> Scan<(Value, usize)> {
            let mut items = Vec::new();
            let mut i = self.skip_space(start);
            if self.at(i) == Some(']') {
                return Ok((Value::Array(items), i + 1));
            }
            loop {
                let (value, after) = self.value(i)?;
                items.push(value);
                i = self.skip_space(after);
                match self.at(i) {
                    Some(']') => return Ok((Value::Array(items), i + 1)),
                    Some(',') => i = self.skip_space(i + 1),
                    _ => return self.error("Expecting ',' delimiter", i),
                }
            }
        }
    }

    /// `JSONDecoder.decode`: the whole document, whitespace around it allowed.
    pub fn parse(s: &str) -> super::py::PyResult<Value> {
        let doc: Vec<char> = s.chars().collect();
        if doc.first() == Some(&'\u{feff}') {
            return decode_error("Unexpected UTF-8 BOM (decode using utf-8-sig)", &doc, 0);
        }
        let mut scanner = Scanner {
            doc: &doc,
            lone_surrogate: None,
            depth: 0,
        };
        let start = scanner.skip_space(0);
        let (value, end) = match scanner.value(start) {
            Ok(found) => found,
            Err(Stop::NoValue(at)) => return decode_error("Expecting value", &doc, at),
            Err(Stop::Error(e)) => return Err(e),
        };
        let end = scanner.skip_space(end);
        if end != doc.len() {
            return decode_error("Extra data", &doc, end);
        }
        if let Some(at) = scanner.lone_surrogate {
            super::py::fatal(
                "UnicodeError",
                &format!(
                    "json.loads(): the document holds an unpaired surrogate \\u escape (before char {}), which a translated str cannot hold",
                    at
                ),
            );
        }
        Ok(value)
    }

    /// A value of the declared type made from a document's value, or the stop of the program
    /// where the document has another shape.
    pub trait Decode: Sized {
        /// The declared type as Python writes it, for the message.
        fn expected() -> String;
        fn decode(v: &Value, big: bool) -> Result<Self, Mismatch>;
    }

    /// `json.loads(s)` into the declared type `T`.
    pub fn loads<T: Decode>(s: &str, big: bool) -> super::py::PyResult<T> {
        let value = parse(s)?;
        match T::decode(&value, big) {
            Ok(decoded) => Ok(decoded),
            Err(m) => super::py::fatal(
                "TypeError",
                &format!(
                    "json.loads(): the document has {} at {}, where the program declares {} (CPython would return it; a translated program holds only the declared type)",
                    m.found,
                    if m.path.is_empty() { "its top" } else { &m.path },
                    T::expected()
                ),
            ),
        }
    }

    /// Where a document leaves the declared type: the path to the value (`[0]["name"]`) and
    /// what the value is.
    pub struct Mismatch {
        path: String,
        found: &'static str,
    }

    impl Mismatch {
        fn at(v: &Value) -> Mismatch {
            Mismatch {
                path: String::new(),
                found: shape(v),
            }
        }

        fn inside(mut self, step: String) -> Mismatch {
            self.path.insert_str(0, &step);
            self
        }
    }

    /// The Python type of a document's value, as CPython would return it.
    fn shape(v: &Value) -> &'static str {
        match v {
            Value::Null => "None",
            Value::Bool(_) => "a bool",
            Value::Int(_) => "an int",
            Value::Float(_) => "a float",
            Value::Str(_) => "a str",
            Value::Array(_) => "a list",
            Value::Object(_) => "a dict",
        }
    }

    /// An int of the document as a 64-bit int: past 64 bits, the translation's OverflowError.
    fn small_int(digits: &str) -> i64 {
        match digits.parse::<i64>() {
            Ok(i) => i,
            Err(_) => super::py::fatal(
                "OverflowError",
                "json.loads(): an int of the document does not fit in 64 bits",
            ),
        }
    }

    /// An int of the document as `int::Int`: past CPython's 4,300 digits, its ValueError ends the
    /// program (CPython's is catchable there).
    fn big_int(digits: &str) -> super::int::Int {
        match super::int::Int::parse(digits, 10) {
            Ok(i) => i,
            Err(e) => super::py::die(&e),
        }
    }

    impl Decode for () {
        fn expected() -> String {
            "None".to_string()
        }
        fn decode(v: &Value, _big: bool) -> Result<(), Mismatch> {
            match v {
                Value::Null => Ok(()),
                _ => Err(Mismatch::at(v)),
            }
        }
    }

    impl Decode for bool {
        fn expected() -> String {
            "bool".to_string()
        }
        fn decode(v: &Value, _big: bool) -> Result<bool, Mismatch> {
            match v {
                Value::Bool(b) => Ok(*b),
                _ => Err(Mismatch::at(v)),
            }
        }
    }

    impl Decode for i64 {
        fn expected() -> String {
            "int".to_string()
        }
        fn decode(v: &Value, _big: bool) -> Result<i64, Mismatch> {
            match v {
                Value::Int(digits) => Ok(small_int(digits)),
                _ => Err(Mismatch::at(v)),
            }
        }
    }

    impl Decode for super::int::Int {
        fn expected() -> String {
            "int".to_string()
        }
        fn decode(v: &Value, _big: bool) -> Result<super::int::Int, Mismatch> {
            match v {
                Value::Int(digits) => Ok(big_int(digits)),
                _ => Err(Mismatch::at(v)),
            }
        }
    }

    impl Decode for f64 {
        fn expected() -> String {
            "float".to_string()
        }
        fn decode(v: &Value, _big: bool) -> Result<f64, Mismatch> {
            match v {
                Value::Float(x) => Ok(*x),
                _ => Err(Mismatch::at(v)),
            }
        }
    }

    impl Decode for super::py::Num {
        fn expected() -> String {
            "float".to_string()
        }
        fn decode(v: &Value, _big: bool) -> Result<super::py::Num, Mismatch> {
            match v {
                Value::Float(x) => Ok(super::py::Num::F(*x)),
                Value::Int(digits) => Ok(super::py::Num::I(small_int(digits))),
                _ => Err(Mismatch::at(v)),
            }
        }
    }

    impl Decode for String {
        fn expected() -> String {
            "str".to_string()
        }
        fn decode(v: &Value, _big: bool) -> Result<String, Mismatch> {
            match v {
                Value::Str(s) => Ok(s.clone()),
                _ => Err(Mismatch::at(v)),
            }
        }
    }

    impl<T: Decode> Decode for Option<T> {
        fn expected() -> String {
            format!("Optional[{}]", T::expected())
        }
        fn decode(v: &Value, big: bool) -> Result<Option<T>, Mismatch> {
            match v {
                Value::Null => Ok(None),
                _ => T::decode(v, big).map(Some),
            }
        }
    }

    impl<T: Decode + Clone> Decode for super::py::List<T> {
        fn expected() -> String {
            format!("list[{}]", T::expected())
        }
        fn decode(v: &Value, big: bool) -> Result<super::py::List<T>, Mismatch> {
            match v {
                Value::Array(items) => {
                    let mut out = Vec::with_capacity(items.len());
                    for (i, item) in items.iter().enumerate() {
                        out.push(T::decode(item, big).map_err(|m| m.inside(format!("[{}]", i)))?);
                    }
                    Ok(super::py::List::from(out))
                }
                _ => Err(Mismatch::at(v)),
            }
        }
    }

    impl<V: Decode + Clone> Decode for super::py::Dict<String, V> {
        fn expected() -> String {
            format!("dict[str, {}]", V::expected())
        }
        fn decode(v: &Value, big: bool) -> Result<super::py::Dict<String, V>, Mismatch> {
            match v {
                Value::Object(pairs) => {
                    let mut out = Vec::with_capacity(pairs.len());
                    for (key, value) in pairs {
                        let decoded = V::decode(value, big)
                            .map_err(|m| m.inside(format!("[{}]", super::py::repr_str(key))))?;
                        out.push((key.clone(), decoded));
                    }
                    Ok(super::py::Dict::from(out))
                }
                _ => Err(Mismatch::at(v)),
            }
        }
    }

    /// A document's value as a value of any type (`Any`, `object`): its ints `int::Int` where
    /// the module's ints are (`big`), else `i64`.
    fn any(v: &Value, big: bool) -> super::py::Obj {
        use super::py::{Dict, List, Obj};
        match v {
            Value::Null => Obj::of(()),
            Value::Bool(b) => Obj::of(*b),
            Value::Int(digits) if big => Obj::of(big_int(digits)),
            Value::Int(digits) => Obj::of(small_int(digits)),
            Value::Float(x) => Obj::of(*x),
            Value::Str(s) => Obj::of(s.clone()),
            Value::Array(items) => Obj::of(List::from(
                items
                    .iter()
                    .map(|item| any(item, big))
                    .collect::<Vec<Obj>>(),
            )),
            Value::Object(pairs) => Obj::of(Dict::from(
                pairs
                    .iter()
                    .map(|(k, item)| (k.clone(), any(item, big)))
                    .collect::<Vec<(String, Obj)>>(),
            )),
        }
    }

    impl Decode for super::py::Obj {
        fn expected() -> String {
            "Any".to_string()
        }
        fn decode(v: &Value, big: bool) -> Result<super::py::Obj, Mismatch> {
            Ok(any(v, big))
        }
    }
}
