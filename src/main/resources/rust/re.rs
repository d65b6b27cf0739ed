/// Python's `re` module for str patterns, as CPython 3.11's sre runs it (Lib/re/_parser.py,
/// Lib/re/_compiler.py, Modules/_sre/sre.c): the same syntax and error messages, and a
/// backtracking matcher over code points that tries alternatives and repeats in sre's order,
/// with sre's rules for empty matches, captures and Unicode classes.
#[allow(dead_code)]
mod re {

    pub const TEMPLATE: i64 = 1;
    pub const IGNORECASE: i64 = 2;
    pub const LOCALE: i64 = 4;
    pub const MULTILINE: i64 = 8;
    pub const DOTALL: i64 = 16;
    pub const UNICODE: i64 = 32;
    pub const VERBOSE: i64 = 64;
    pub const DEBUG: i64 = 128;
    pub const ASCII: i64 = 256;

    const MAXREPEAT: u64 = 4294967295;
    const MAXGROUPS: usize = 1073741823;
    const TYPE_FLAGS: i64 = ASCII | LOCALE | UNICODE;
    const GLOBAL_FLAGS: i64 = DEBUG | TEMPLATE;

    /// How a repeat chooses its count: most first, fewest first, or most without giving back.
    #[derive(Clone, Copy, PartialEq)]
    enum Greed {
        Greedy,
        Lazy,
        Possessive,
    }

    /// A zero-width position test.
    #[derive(Clone, Copy)]
    enum At {
        Bol,
        BolMulti,
        Eol,
        EolMulti,
        Start,
        End,
        Boundary(bool),
        NotBoundary(bool),
    }

    /// A class escape: `\d`, `\w`, `\s`, ASCII-only or not.
    #[derive(Clone, Copy)]
    enum Category {
        Digit(bool),
        Word(bool),
        Space(bool),
    }

    enum SetItem {
        Char(char),
        Range(char, char),
        Category(Category, bool),
    }

    /// A character set `[...]`, with the flags in force where it was written.
    struct CharSet {
        negate: bool,
        icase: bool,
        ascii: bool,
        items: Vec<SetItem>,
    }

    /// A compiled pattern node; flags are already applied to each node.
    enum Node {
        Char(char),
        /// A literal under IGNORECASE: the folded character, and whether ASCII folding only.
        CharI(char, bool),
        Any,
        AnyAll,
        Set(Box<CharSet>),
        At(At),
        Group(usize, Box<Node>),
        Alt(Vec<Node>),
        Seq(Vec<Node>),
        Repeat(Box<Node>, u64, u64, Greed),
        Atomic(Box<Node>),
        Backref(usize, bool, bool),
        /// Lookahead (true) or lookbehind of a fixed width, negated or not.
        Look(bool, bool, usize, Box<Node>),
        Cond(usize, Box<Node>, Box<Node>),
    }

    /// A compiled pattern: its source, flags, groups and their names.
    struct Compiled {
        pattern: String,
        flags: i64,
        node: Node,
        groups: usize,
        names: Vec<(String, usize)>,
    }

    /// A syntax error: CPython's exception class, message and position.
    struct Error {
        kind: &'static str,
        msg: String,
        pos: Option<usize>,
    }

    fn fail<T>(msg: impl Into<String>, pos: usize) -> Result<T, Error> {
        Err(Error {
            kind: "re.error",
            msg: msg.into(),
            pos: Some(pos),
        })
    }

    /// `re.error(msg, pattern, pos)`: the message with the position, and the line and column
    /// when the pattern has several lines.
    fn raised(e: Error, pattern: &str) -> super::py::Exc {
        let text = match e.pos {
            None => e.msg,
            Some(pos) => {
                let chars: Vec<char> = pattern.chars().collect();
                let before = &chars[..pos.min(chars.len())];
                if chars.contains(&'\n') {
                    let line = before.iter().filter(|&&c| c == '\n').count() + 1;
                    let column = match before.iter().rposition(|&c| c == '\n') {
                        Some(nl) => pos - nl,
                        None => pos + 1,
                    };
                    format!(
                        "{} at position {} (line {}, column {})",
                        e.msg, pos, line, column
                    )
                } else {
                    format!("{} at position {}", e.msg, pos)
                }
            }
        };
        super::py::exc(e.kind, text)
    }

    // ---------------------------------------------------------------- characters

    fn encoded(c: char, buf: &mut [u8; 4]) -> &str {
        c.encode_utf8(buf)
    }

    fn is_word(c: char, ascii: bool) -> bool {
        if c.is_ascii() {
            c.is_ascii_alphanumeric() || c == '_'
        } else {
            !ascii && super::py::isalnum(encoded(c, &mut [0; 4]))
        }
    }

    fn is_digit(c: char, ascii: bool) -> bool {
        if c.is_ascii() {
            c.is_ascii_digit()
        } else {
            !ascii && super::py::isdecimal(encoded(c, &mut [0; 4]))
        }
    }

    fn is_space(c: char, ascii: bool) -> bool {
        if c.is_ascii() {
            matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
                || (!ascii && ('\x1c'..='\x1f').contains(&c))
        } else {
            !ascii && super::py::isspace(encoded(c, &mut [0; 4]))
        }
    }

    /// The one character of a case mapping, or `c` where the mapping has several.
    fn single(mapped: String, c: char) -> char {
        let mut it = mapped.chars();
        match (it.next(), it.next()) {
            (Some(x), None) => x,
            _ => c,
        }
    }

    fn lower1(c: char) -> char {
        if c.is_ascii() {
            return c.to_ascii_lowercase();
        }
        if c == '\u{130}' {
            return 'i';
        }
        single(super::py::lower(encoded(c, &mut [0; 4])), c)
    }

    fn upper1(c: char) -> char {
        if c.is_ascii() {
            return c.to_ascii_uppercase();
        }
        single(super::py::upper(encoded(c, &mut [0; 4])), c)
    }

    /// The character IGNORECASE compares: two characters match when they fold alike
    /// (CPython's simple case mappings, which also pair ſ with s and K with k).
    fn fold(c: char, ascii: bool) -> char {
        if ascii || c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            lower1(upper1(c))
        }
    }

    fn category(cat: Category, c: char) -> bool {
        match cat {
            Category::Digit(a) => is_digit(c, a),
            Category::Word(a) => is_word(c, a),
            Category::Space(a) => is_space(c, a),
        }
    }

    impl CharSet {
        fn holds(&self, c: char) -> bool {
            self.items.iter().any(|item| match *item {
                SetItem::Char(x) => x == c,
                SetItem::Range(lo, hi) => lo <= c && c <= hi,
                SetItem::Category(cat, negated) => category(cat, c) != negated,
            })
        }

        fn test(&self, c: char) -> bool {
            let mut hit = self.holds(c);
            if !hit && self.icase {
                hit = if self.ascii || c.is_ascii() {
                    self.holds(c.to_ascii_lowercase()) || self.holds(c.to_ascii_uppercase())
                } else {
                    self.holds(lower1(c)) || self.holds(upper1(c)) || self.holds(fold(c, false))
                };
            }
            hit != self.negate
        }
    }

    // ---------------------------------------------------------------- parser

    /// A token of the pattern: a character, or a backslash and the character after it.
    #[derive(Clone, Copy, PartialEq)]
    enum Tok {
        Ch(char),
        Esc(char),
    }

    impl Tok {
        fn text(self) -> String {
            match self {
                Tok::Ch(c) => c.to_string(),
                Tok::Esc(c) => format!("\\{}", c),
            }
        }

        fn len(self) -> usize {
            match self {
                Tok::Ch(_) => 1,
                Tok::Esc(_) => 2,
            }
        }
    }

    /// What the last item of a sequence is, for the "nothing to repeat" checks.
    #[derive(Clone, Copy, PartialEq)]
    enum Last {
        Nothing,
        At,
        Repeat,
        Other,
    }

    struct Parser {
        p: Vec<char>,
        i: usize,
        flags: i64,
        names: Vec<(String, usize)>,
        /// The (min, max) width of each closed group; None while it is open.
        widths: Vec<Option<(u64, u64)>>,
        lookbehind: Option<usize>,
        grouprefpos: Vec<(usize, usize)>,
        /// The compiler's error about a lookbehind, raised once the parse succeeds.
        deferred: Option<Error>,
    }

    fn is_identifier(name: &str) -> bool {
        let mut chars = name.chars();
        let first = match chars.next() {
            Some(c) => c,
            None => return false,
        };
        let start = |c: char| {
            c == '_'
                || c.is_ascii_alphabetic()
                || (!c.is_ascii() && super::py::isalpha(encoded(c, &mut [0; 4])))
        };
        start(first) && chars.all(|c| start(c) || is_word(c, false))
    }

    fn flag_of(c: char) -> Option<i64> {
        Some(match c {
            'i' => IGNORECASE,
            'L' => LOCALE,
            'm' => MULTILINE,
            's' => DOTALL,
            'x' => VERBOSE,
            'a' => ASCII,
            't' => TEMPLATE,
            'u' => UNICODE,
            _ => return None,
        })
    }

    impl Parser {
        fn groups(&self) -> usize {
            self.widths.len()
        }

        fn peek(&self) -> Result<Option<Tok>, Error> {
            if self.i >= self.p.len() {
                return Ok(None);
            }
            if self.p[self.i] != '\\' {
                return Ok(Some(Tok::Ch(self.p[self.i])));
            }
            if self.i + 1 >= self.p.len() {
                return fail("bad escape (end of pattern)", self.p.len() - 1);
            }
            Ok(Some(Tok::Esc(self.p[self.i + 1])))
        }

        fn get(&mut self) -> Result<Option<Tok>, Error> {
            let t = self.peek()?;
            if let Some(t) = t {
                self.i += t.len();
            }
            Ok(t)
        }

        fn eat(&mut self, c: char) -> Result<bool, Error> {
            if self.peek()? == Some(Tok::Ch(c)) {
                self.i += 1;
                return Ok(true);
            }
            Ok(false)
        }

        fn err<T>(&self, msg: impl Into<String>, offset: usize) -> Result<T, Error> {
            fail(msg, self.i - offset)
        }

        fn getwhile(&mut self, n: usize, ok: fn(char) -> bool) -> String {
            let mut out = String::new();
            for _ in 0..n {
                match self.p.get(self.i) {
                    Some(&c) if c != '\\' && ok(c) => {
                        out.push(c);
                        self.i += 1;
                    }
                    _ => break,
                }
            }
            out
        }

        fn getuntil(&mut self, terminator: char, name: &str) -> Result<String, Error> {
            let mut result = String::new();
            loop {
                let t = self.get()?;
                match t {
                    None => {
                        if result.is_empty() {
                            return self.err(format!("missing {}", name), 0);
                        }
                        let n = result.chars().count();
                        return self.err(format!("missing {}, unterminated name", terminator), n);
                    }
                    Some(Tok::Ch(c)) if c == terminator => {
                        if result.is_empty() {
                            return self.err(format!("missing {}", name), 1);
                        }
                        return Ok(result);
                    }
                    Some(t) => result.push_str(&t.text()),
                }
            }
        }

        fn check_name(&self, name: &str, offset: usize) -> Result<(), Error> {
            if !is_identifier(name) {
                let msg = format!("bad character in group name {}", super::py::repr_str(name));
                return self.err(msg, name.chars().count() + offset);
            }
            Ok(())
        }

        fn closed(&self, gid: usize) -> bool {
            gid < self.groups() && self.widths[gid].is_some()
        }

        fn check_lookbehind_group(&self, gid: usize) -> Result<(), Error> {
            if let Some(lb) = self.lookbehind {
                if !self.closed(gid) {
                    return self.err("cannot refer to an open group", 0);
                }
                if gid >= lb {
                    return self.err(
                        "cannot refer to group defined in the same lookbehind subpattern",
                        0,
                    );
                }
            }
            Ok(())
        }

        fn width(&self, n: &Node) -> (u64, u64) {
            let cap = |(lo, hi): (u64, u64)| (lo.min(MAXREPEAT - 1), hi.min(MAXREPEAT));
            match n {
                Node::Char(_) | Node::CharI(..) | Node::Any | Node::AnyAll | Node::Set(_) => (1, 1),
                Node::At(_) | Node::Look(..) => (0, 0),
                Node::Group(_, inner) | Node::Atomic(inner) => self.width(inner),
                Node::Seq(items) => cap(items.iter().fold((0, 0), |(lo, hi), item| {
                    let (l, h) = self.width(item);
                    (lo + l, hi + h)
                })),
                Node::Alt(branches) => {
                    let mut lo = MAXREPEAT - 1;
                    let mut hi = 0;
                    for b in branches {
                        let (l, h) = self.width(b);
                        lo = lo.min(l);
                        hi = hi.max(h);
                    }
                    (lo, hi)
                }
                Node::Repeat(item, min, max, _) => {
                    let (l, h) = self.width(item);
                    cap((l.saturating_mul(*min), h.saturating_mul(*max)))
                }
                Node::Backref(g, ..) => self.widths[*g].unwrap_or((0, 0)),
                Node::Cond(_, yes, no) => {
                    let (l, h) = self.width(yes);
                    match no.as_ref() {
                        Node::Seq(items) if items.is_empty() => (0, h),
                        no => {
                            let (l2, h2) = self.width(no);
                            (l.min(l2), h.max(h2))
                        }
                    }
                }
            }
        }

        fn sub(&mut self, verbose: bool, nested: usize, cur: i64) -> Result<Node, Error> {
            let mut verbose = verbose;
            let mut items = vec![self.seq(verbose, nested + 1, nested == 0, cur)?];
            while self.eat('|')? {
                if nested == 0 {
                    verbose = self.flags & VERBOSE != 0;
                }
                let c = if nested == 0 { self.flags } else { cur };
                items.push(self.seq(verbose, nested + 1, false, c)?);
            }
            if items.len() == 1 {
                return Ok(items.pop().unwrap());
            }
            Ok(Node::Alt(items))
        }

        fn literal(c: char, cur: i64) -> Node {
            if cur & IGNORECASE != 0 {
                Node::CharI(fold(c, cur & ASCII != 0), cur & ASCII != 0)
            } else {
                Node::Char(c)
            }
        }

        fn seq(
            &mut self,
            verbose: bool,
            nested: usize,
            first: bool,
            cur: i64,
        ) -> Result<Node, Error> {
            let mut verbose = verbose;
            let mut cur = cur;
            let mut items: Vec<Node> = Vec::new();
            let mut last = Last::Nothing;
            loop {
                let this = match self.peek()? {
                    None | Some(Tok::Ch('|')) | Some(Tok::Ch(')')) => break,
                    Some(t) => t,
                };
                self.i += this.len();
                if verbose {
                    if let Tok::Ch(' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') = this {
                        continue;
                    }
                    if this == Tok::Ch('#') {
                        loop {
                            match self.get()? {
                                None | Some(Tok::Ch('\n')) => break,
                                _ => {}
                            }
                        }
                        continue;
                    }
                }
                let c = match this {
                    Tok::Esc(e) => {
                        let node = self.escape(e, cur)?;
                        last = if matches!(node, Node::At(_)) {
                            Last::At
                        } else {
                            Last::Other
                        };
                        items.push(node);
                        continue;
                    }
                    Tok::Ch(c) => c,
                };
                match c {
                    '[' => {
                        items.push(self.set(cur)?);
                        last = Last::Other;
                    }
                    '*' | '+' | '?' | '{' => {
                        let here = self.i;
                        let (min, max) = match c {
                            '?' => (0, 1),
                            '*' => (0, MAXREPEAT),
                            '+' => (1, MAXREPEAT),
                            _ => {
                                if self.peek()? == Some(Tok::Ch('}')) {
                                    items.push(Parser::literal('{', cur));
                                    last = Last::Other;
                                    continue;
                                }
                                let lo = self.getwhile(usize::MAX, |c| c.is_ascii_digit());
                                let hi = if self.eat(',')? {
                                    self.getwhile(usize::MAX, |c| c.is_ascii_digit())
                                } else {
                                    lo.clone()
                                };
                                if !self.eat('}')? {
                                    items.push(Parser::literal('{', cur));
                                    last = Last::Other;
                                    self.i = here;
                                    continue;
                                }
                                let number = |s: &str| -> Result<u64, Error> {
                                    match s.parse::<u64>() {
                                        Ok(n) if n < MAXREPEAT => Ok(n),
                                        _ => Err(Error {
                                            kind: "OverflowError",
                                            msg: "the repetition number is too large".into(),
                                            pos: None,
                                        }),
                                    }
                                };
                                let min = if lo.is_empty() { 0 } else { number(&lo)? };
                                let max = if hi.is_empty() {
                                    MAXREPEAT
                                } else {
                                    number(&hi)?
                                };
                                if max < min {
                                    return self
                                        .err("min repeat greater than max repeat", self.i - here);
                                }
                                (min, max)
                            }
                        };
                        if last == Last::Nothing || last == Last::At {
                            return self.err("nothing to repeat", self.i - here + 1);
                        }
                        if last == Last::Repeat {
                            return self.err("multiple repeat", self.i - here + 1);
                        }
                        let greed = if self.eat('?')? {
                            Greed::Lazy
                        } else if self.eat('+')? {
                            Greed::Possessive
                        } else {
                            Greed::Greedy
                        };
                        let item = items.pop().unwrap();
                        items.push(Node::Repeat(Box::new(item), min, max, greed));
                        last = Last::Repeat;
                    }
                    '.' => {
                        items.push(if cur & DOTALL != 0 {
                            Node::AnyAll
                        } else {
                            Node::Any
                        });
                        last = Last::Other;
                    }
                    '^' => {
                        items.push(Node::At(if cur & MULTILINE != 0 {
                            At::BolMulti
                        } else {
                            At::Bol
                        }));
                        last = Last::At;
                    }
                    '$' => {
                        items.push(Node::At(if cur & MULTILINE != 0 {
                            At::EolMulti
                        } else {
                            At::Eol
                        }));
                        last = Last::At;
                    }
                    '(' => {
                        let start = self.i - 1;
                        match self.group(start, verbose, nested, first && items.is_empty(), cur)? {
                            Grouped::Node(n) => {
                                items.push(n);
                                last = Last::Other;
                            }
                            Grouped::Nothing => {}
                            Grouped::Global => {
                                verbose = self.flags & VERBOSE != 0;
                                cur = self.flags;
                            }
                        }
                    }
                    _ => {
                        items.push(Parser::literal(c, cur));
                        last = Last::Other;
                    }
                }
            }
            if items.len() == 1 {
                return Ok(items.pop().unwrap());
            }
            Ok(Node::Seq(items))
        }

        fn group(
            &mut self,
            start: usize,
            verbose: bool,
            nested: usize,
            first: bool,
            cur: i64,
        ) -> Result<Grouped, Error> {
            let mut capture = true;
            let mut atomic = false;
            let mut name: Option<String> = None;
            let mut add = 0;
            let mut del = 0;
            if self.eat('?')? {
                let c = match self.get()? {
                    None => return self.err("unexpected end of pattern", 0),
                    Some(t) => t,
                };
                match c {
                    Tok::Ch('P') => {
                        if self.eat('<')? {
                            let n = self.getuntil('>', "group name")?;
                            self.check_name(&n, 1)?;
                            name = Some(n);
                        } else if self.eat('=')? {
                            let n = self.getuntil(')', "group name")?;
                            self.check_name(&n, 1)?;
                            let len = n.chars().count() + 1;
                            let gid = match self.names.iter().find(|(k, _)| *k == n) {
                                Some(&(_, g)) => g,
                                None => {
                                    return self.err(
                                        format!("unknown group name {}", super::py::repr_str(&n)),
                                        len,
                                    )
                                }
                            };
                            if !self.closed(gid) {
                                return self.err("cannot refer to an open group", len);
                            }
                            self.check_lookbehind_group(gid)?;
                            let icase = cur & IGNORECASE != 0;
                            return Ok(Grouped::Node(Node::Backref(gid, icase, cur & ASCII != 0)));
                        } else {
                            return match self.get()? {
                                None => self.err("unexpected end of pattern", 0),
                                Some(t) => self
                                    .err(format!("unknown extension ?P{}", t.text()), t.len() + 2),
                            };
                        }
                    }
                    Tok::Ch(':') => capture = false,
                    Tok::Ch('#') => loop {
                        if self.peek()?.is_none() {
                            return self.err("missing ), unterminated comment", self.i - start);
                        }
                        if self.get()? == Some(Tok::Ch(')')) {
                            return Ok(Grouped::Nothing);
                        }
                    },
                    Tok::Ch(d @ ('=' | '!' | '<')) => {
                        let mut kind = d;
                        let mut saved = None;
                        let behind = d == '<';
                        if behind {
                            kind = match self.get()? {
                                None => return self.err("unexpected end of pattern", 0),
                                Some(Tok::Ch(k @ ('=' | '!'))) => k,
                                Some(t) => {
                                    return self.err(
                                        format!("unknown extension ?<{}", t.text()),
                                        t.len() + 2,
                                    )
                                }
                            };
                            saved = Some(self.lookbehind);
                            if self.lookbehind.is_none() {
                                self.lookbehind = Some(self.groups());
                            }
                        }
                        let p = self.sub(verbose, nested + 1, cur)?;
                        if let Some(None) = saved {
                            self.lookbehind = None;
                        }
                        if !self.eat(')')? {
                            return self.err("missing ), unterminated subpattern", self.i - start);
                        }
                        let mut width = 0;
                        if behind {
                            let (lo, hi) = self.width(&p);
                            if lo != hi && self.deferred.is_none() {
                                self.deferred = Some(Error {
                                    kind: "re.error",
                                    msg: "look-behind requires fixed-width pattern".into(),
                                    pos: None,
                                });
                            }
                            width = lo as usize;
                        }
                        return Ok(Grouped::Node(Node::Look(
                            !behind,
                            kind == '!',
                            width,
                            Box::new(p),
                        )));
                    }
                    Tok::Ch('(') => {
                        let condname = self.getuntil(')', "group name")?;
                        let len = condname.chars().count() + 1;
                        let gid = if is_identifier(&condname) {
                            match self.names.iter().find(|(k, _)| *k == condname) {
                                Some(&(_, g)) => g,
                                None => {
                                    let msg = format!(
                                        "unknown group name {}",
                                        super::py::repr_str(&condname)
                                    );
                                    return self.err(msg, len);
                                }
                            }
                        } else {
                            let g = match condname.parse::<usize>() {
                                Ok(g) if condname.chars().all(|c| c.is_ascii_digit()) => g,
                                _ => {
                                    let msg = format!(
                                        "bad character in group name {}",
                                        super::py::repr_str(&condname)
                                    );
                                    return self.err(msg, len);
                                }
                            };
                            if g == 0 {
                                return self.err("bad group number", len);
                            }
                            if g >= MAXGROUPS {
                                return self.err(format!("invalid group reference {}", g), len);
                            }
                            if !self.grouprefpos.iter().any(|&(k, _)| k == g) {
                                self.grouprefpos.push((g, self.i - len));
                            }
                            g
                        };
                        self.check_lookbehind_group(gid)?;
                        let yes = self.seq(verbose, nested + 1, false, cur)?;
                        let no = if self.eat('|')? {
                            let no = self.seq(verbose, nested + 1, false, cur)?;
                            if self.peek()? == Some(Tok::Ch('|')) {
                                return self
                                    .err("conditional backref with more than two branches", 0);
                            }
                            no
                        } else {
                            Node::Seq(Vec::new())
                        };
                        if !self.eat(')')? {
                            return self.err("missing ), unterminated subpattern", self.i - start);
                        }
                        return Ok(Grouped::Node(Node::Cond(gid, Box::new(yes), Box::new(no))));
                    }
                    Tok::Ch('>') => {
                        capture = false;
                        atomic = true;
                    }
                    Tok::Ch(f) if flag_of(f).is_some() || f == '-' => {
                        match self.inline_flags(f)? {
                            None => {
                                if !first {
                                    return self.err(
                                        "global flags not at the start of the expression",
                                        self.i - start,
                                    );
                                }
                                return Ok(Grouped::Global);
                            }
                            Some((a, d)) => {
                                add = a;
                                del = d;
                                capture = false;
                            }
                        }
                    }
                    t => return self.err(format!("unknown extension ?{}", t.text()), t.len() + 1),
                }
            }
            let gid = if capture {
                let gid = self.groups();
                self.widths.push(None);
                if let Some(n) = name {
                    if let Some(&(_, old)) = self.names.iter().find(|(k, _)| *k == n) {
                        let msg = format!(
                            "redefinition of group name {} as group {}; was group {}",
                            super::py::repr_str(&n),
                            gid,
                            old
                        );
                        return self.err(msg, n.chars().count() + 1);
                    }
                    self.names.push((n, gid));
                }
                Some(gid)
            } else {
                None
            };
            let sub_verbose = (verbose || add & VERBOSE != 0) && del & VERBOSE == 0;
            let p = self.sub(sub_verbose, nested + 1, (cur | add) & !del)?;
            if !self.eat(')')? {
                return self.err("missing ), unterminated subpattern", self.i - start);
            }
            if let Some(g) = gid {
                self.widths[g] = Some(self.width(&p));
                return Ok(Grouped::Node(Node::Group(g, Box::new(p))));
            }
            if atomic {
                return Ok(Grouped::Node(Node::Atomic(Box::new(p))));
            }
            Ok(Grouped::Node(p))
        }

        /// `(?aiLmsux)` (global: None) or `(?aiLmsux-imsx:...)` (the flags added and removed).
        fn inline_flags(&mut self, first: char) -> Result<Option<(i64, i64)>, Error> {
            let mut add = 0;
            let mut del = 0;
            let mut c = Tok::Ch(first);
            if first != '-' {
                loop {
                    let ch = match c {
                        Tok::Ch(ch) => ch,
                        _ => unreachable!(),
                    };
                    let flag = flag_of(ch).unwrap();
                    if ch == 'L' {
                        return self.err(
                            "bad inline flags: cannot use 'L' flag with a str pattern",
                            0,
                        );
                    }
                    add |= flag;
                    if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                        return self.err(
                            "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                            0,
                        );
                    }
                    c = match self.get()? {
                        None => return self.err("missing -, : or )", 0),
                        Some(t) => t,
                    };
                    if let Tok::Ch(')' | '-' | ':') = c {
                        break;
                    }
                    match c {
                        Tok::Ch(x) if flag_of(x).is_some() => {}
                        Tok::Ch(x) if x.is_alphabetic() => return self.err("unknown flag", 1),
                        t => return self.err("missing -, : or )", t.len()),
                    }
                }
            }
            if c == Tok::Ch(')') {
                self.flags |= add;
                return Ok(None);
            }
            if add & GLOBAL_FLAGS != 0 {
                return self.err("bad inline flags: cannot turn on global flag", 1);
            }
            if c == Tok::Ch('-') {
                c = match self.get()? {
                    None => return self.err("missing flag", 0),
                    Some(t) => t,
                };
                loop {
                    let flag = match c {
                        Tok::Ch(x) if flag_of(x).is_some() => flag_of(x).unwrap(),
                        Tok::Ch(x) if x.is_alphabetic() => return self.err("unknown flag", 1),
                        t => {
                            let msg = if del == 0 {
                                "missing flag"
                            } else {
                                "missing :"
                            };
                            return self.err(msg, t.len());
                        }
                    };
                    if flag & TYPE_FLAGS != 0 {
                        return self.err(
                            "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                            0,
                        );
                    }
                    del |= flag;
                    c = match self.get()? {
                        None => return self.err("missing :", 0),
                        Some(t) => t,
                    };
                    if c == Tok::Ch(':') {
                        break;
                    }
                }
            }
            if del & GLOBAL_FLAGS != 0 {
                return self.err("bad inline flags: cannot turn off global flag", 1);
            }
            if add & del != 0 {
                return self.err("bad inline flags: flag turned on and off", 1);
            }
            Ok(Some((add, del)))
        }

        /// The escapes that give one character, in and out of sets; None for the others.
        fn char_escape(&mut self, c: char, in_set: bool) -> Result<Option<char>, Error> {
            let simple = match c {
                'a' => Some('\x07'),
                'b' if in_set => Some('\x08'),
                'f' => Some('\x0c'),
                'n' => Some('\n'),
                'r' => Some('\r'),
                't' => Some('\t'),
                'v' => Some('\x0b'),
                '\\' => Some('\\'),
                _ => None,
            };
            if simple.is_some() {
                return Ok(simple);
            }
            let digits = match c {
                'x' => 2,
                'u' => 4,
                'U' => 8,
                _ => return Ok(None),
            };
            let hex = self.getwhile(digits, |c| c.is_ascii_hexdigit());
            let escape = format!("\\{}{}", c, hex);
            if hex.len() != digits {
                return self.err(format!("incomplete escape {}", escape), escape.len());
            }
            match char::from_u32(u32::from_str_radix(&hex, 16).unwrap()) {
                Some(ch) => Ok(Some(ch)),
                None => self.err(format!("bad escape {}", escape), escape.len()),
            }
        }

        fn octal(&mut self, escape: String) -> Result<char, Error> {
            let value = u32::from_str_radix(&escape[1..], 8).unwrap();
            if value > 0o377 {
                let msg = format!("octal escape value {} outside of range 0-0o377", escape);
                return self.err(msg, escape.len());
            }
            Ok(char::from_u32(value).unwrap())
        }

        fn category(c: char, cur: i64) -> Option<(Category, bool)> {
            let ascii = cur & ASCII != 0;
            Some(match c {
                'd' => (Category::Digit(ascii), false),
                'D' => (Category::Digit(ascii), true),
                'w' => (Category::Word(ascii), false),
                'W' => (Category::Word(ascii), true),
                's' => (Category::Space(ascii), false),
                'S' => (Category::Space(ascii), true),
                _ => return None,
            })
        }

        fn escape(&mut self, c: char, cur: i64) -> Result<Node, Error> {
            let ascii = cur & ASCII != 0;
            match c {
                'A' => return Ok(Node::At(At::Start)),
                'Z' => return Ok(Node::At(At::End)),
                'b' => return Ok(Node::At(At::Boundary(ascii))),
                'B' => return Ok(Node::At(At::NotBoundary(ascii))),
                _ => {}
            }
            if let Some((cat, negated)) = Parser::category(c, cur) {
                return Ok(Node::Set(Box::new(CharSet {
                    negate: false,
                    icase: false,
                    ascii,
                    items: vec![SetItem::Category(cat, negated)],
                })));
            }
            if let Some(ch) = self.char_escape(c, false)? {
                return Ok(Parser::literal(ch, cur));
            }
            if c == 'N' {
                return self.err("\\N{...} escapes are not supported by this translation", 2);
            }
            if c == '0' {
                let digits = self.getwhile(2, |c| ('0'..='7').contains(&c));
                let value = u32::from_str_radix(&format!("0{}", digits), 8).unwrap();
                return Ok(Parser::literal(char::from_u32(value).unwrap(), cur));
            }
            if c.is_ascii_digit() {
                let mut escape = format!("\\{}", c);
                if let Some(&d) = self.p.get(self.i) {
                    if d.is_ascii_digit() {
                        escape.push(d);
                        self.i += 1;
                        let octal = |x: char| ('0'..='7').contains(&x);
                        if octal(c) && octal(d) && self.p.get(self.i).map_or(false, |&e| octal(e)) {
                            escape.push(self.p[self.i]);
                            self.i += 1;
                            let ch = self.octal(escape.clone())?;
                            return Ok(Parser::literal(ch, cur));
                        }
                    }
                }
                let group: usize = escape[1..].parse().unwrap();
                if group < self.groups() {
                    if !self.closed(group) {
                        return self.err("cannot refer to an open group", escape.len());
                    }
                    self.check_lookbehind_group(group)?;
                    return Ok(Node::Backref(group, cur & IGNORECASE != 0, ascii));
                }
                return self.err(
                    format!("invalid group reference {}", group),
                    escape.len() - 1,
                );
            }
            if c.is_ascii_alphabetic() {
                return self.err(format!("bad escape \\{}", c), 2);
            }
            Ok(Parser::literal(c, cur))
        }

        /// An item of a set: a character (Ok(Ok)) or a class (Ok(Err)).
        fn set_escape(
            &mut self,
            c: char,
            cur: i64,
        ) -> Result<Result<char, (Category, bool)>, Error> {
            if let Some(ch) = self.char_escape(c, true)? {
                return Ok(Ok(ch));
            }
            if let Some(cat) = Parser::category(c, cur) {
                return Ok(Err(cat));
            }
            if c == 'N' {
                return self.err("\\N{...} escapes are not supported by this translation", 2);
            }
            if ('0'..='7').contains(&c) {
                let digits = self.getwhile(2, |c| ('0'..='7').contains(&c));
                let escape = format!("\\{}{}", c, digits);
                return Ok(Ok(self.octal(escape)?));
            }
            if c.is_ascii_digit() || c.is_ascii_alphabetic() {
                return self.err(format!("bad escape \\{}", c), 2);
            }
            Ok(Ok(c))
        }

        fn set(&mut self, cur: i64) -> Result<Node, Error> {
            let here = self.i - 1;
            let negate = self.eat('^')?;
            let mut items: Vec<SetItem> = Vec::new();
            loop {
                let this = match self.get()? {
                    None => return self.err("unterminated character set", self.i - here),
                    Some(t) => t,
                };
                if this == Tok::Ch(']') && !items.is_empty() {
                    break;
                }
                let code1 = match this {
                    Tok::Esc(e) => self.set_escape(e, cur)?,
                    Tok::Ch(c) => Ok(c),
                };
                if self.eat('-')? {
                    let that = match self.get()? {
                        None => return self.err("unterminated character set", self.i - here),
                        Some(t) => t,
                    };
                    if that == Tok::Ch(']') {
                        items.push(match code1 {
                            Ok(c) => SetItem::Char(c),
                            Err((cat, neg)) => SetItem::Category(cat, neg),
                        });
                        items.push(SetItem::Char('-'));
                        break;
                    }
                    let code2 = match that {
                        Tok::Esc(e) => self.set_escape(e, cur)?,
                        Tok::Ch(c) => Ok(c),
                    };
                    let msg = format!("bad character range {}-{}", this.text(), that.text());
                    let offset = this.len() + 1 + that.len();
                    match (code1, code2) {
                        (Ok(lo), Ok(hi)) if lo <= hi => items.push(SetItem::Range(lo, hi)),
                        _ => return self.err(msg, offset),
                    }
                } else {
                    items.push(match code1 {
                        Ok(c) => SetItem::Char(c),
                        Err((cat, neg)) => SetItem::Category(cat, neg),
                    });
                }
            }
            Ok(Node::Set(Box::new(CharSet {
                negate,
                icase: cur & IGNORECASE != 0,
                ascii: cur & ASCII != 0,
                items,
            })))
        }
    }

    /// What a parenthesis gave: a node, nothing (a comment), or global flags.
    enum Grouped {
        Node(Node),
        Nothing,
        Global,
    }

    fn parse(pattern: &str, flags: i64) -> Result<Compiled, Error> {
        let mut p = Parser {
            p: pattern.chars().collect(),
            i: 0,
            flags,
            names: Vec::new(),
            widths: vec![Some((0, 0))],
            lookbehind: None,
            grouprefpos: Vec::new(),
            deferred: None,
        };
        let node = p.sub(flags & VERBOSE != 0, 0, flags)?;
        let mut flags = p.flags;
        let value_error = |msg: &str| Error {
            kind: "ValueError",
            msg: msg.into(),
            pos: None,
        };
        if flags & LOCALE != 0 {
            return Err(value_error("cannot use LOCALE flag with a str pattern"));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(value_error("ASCII and UNICODE flags are incompatible"));
        }
        if p.peek()?.is_some() {
            return p.err("unbalanced parenthesis", 0);
        }
        for &(g, pos) in &p.grouprefpos {
            if g >= p.groups() {
                return fail(format!("invalid group reference {}", g), pos);
            }
        }
        if let Some(e) = p.deferred.take() {
            return Err(e);
        }
        Ok(Compiled {
            pattern: pattern.to_string(),
            flags,
            node,
            groups: p.groups() - 1,
            names: p.names,
        })
    }

    // ---------------------------------------------------------------- matcher

    /// One attempt's state: the subject, where it ends (endpos), and the groups so far.
    struct Run<'a> {
        text: &'a [char],
        end: usize,
        caps: Vec<Option<(usize, usize)>>,
        last: Option<usize>,
        /// How deep the matcher's recursion is, the most it may go on this thread's stack, and
        /// whether an attempt went past that (it then fails, to be redone on a bigger stack).
        depth: usize,
        limit: usize,
        deep: bool,
    }

    /// The matcher's recursion depth tried on the caller's stack; a deeper match (a repeat of a
    /// group over a long subject) is redone on a thread with a stack as big as it needs, since
    /// sre keeps its backtracking state on the heap and has no such limit.
    const SHALLOW: usize = 2000;
    const DEEP_STACK: usize = 1 << 30;

    type Cont<'k> = &'k mut dyn FnMut(&mut Run, usize) -> bool;

    /// A node that consumes at most one character or none: where it leaves the position, or
    /// None when it fails there; Err when it is a bigger node.
    fn step(n: &Node, r: &Run, i: usize) -> Result<Option<usize>, ()> {
        let one = |test: &dyn Fn(char) -> bool| {
            if i < r.end && test(r.text[i]) {
                Some(i + 1)
            } else {
                None
            }
        };
        Ok(match n {
            Node::Char(c) => one(&|x| x == *c),
            Node::CharI(c, ascii) => one(&|x| x == *c || fold(x, *ascii) == *c),
            Node::Any => one(&|x| x != '\n'),
            Node::AnyAll => one(&|_| true),
            Node::Set(s) => one(&|x| s.test(x)),
            Node::At(a) => {
                if at(*a, r, i) {
                    Some(i)
                } else {
                    None
                }
            }
            _ => return Err(()),
        })
    }

    fn at(a: At, r: &Run, i: usize) -> bool {
        let word_around = |ascii: bool| {
            let before = i > 0 && is_word(r.text[i - 1], ascii);
            let after = i < r.end && is_word(r.text[i], ascii);
            (before, after)
        };
        match a {
            At::Bol => i == 0,
            At::BolMulti => i == 0 || r.text[i - 1] == '\n',
            At::Eol => i == r.end || (i + 1 == r.end && r.text[i] == '\n'),
            At::EolMulti => i == r.end || (i < r.text.len() && r.text[i] == '\n'),
            At::Start => i == 0,
            At::End => i == r.end,
            At::Boundary(ascii) => {
                let (b, f) = word_around(ascii);
                r.end > 0 && b != f
            }
            At::NotBoundary(ascii) => {
                let (b, f) = word_around(ascii);
                r.end > 0 && b == f
            }
        }
    }

    fn seq(ns: &[Node], r: &mut Run, mut i: usize, k: Cont) -> bool {
        let mut idx = 0;
        while idx < ns.len() {
            match step(&ns[idx], r, i) {
                Ok(Some(j)) => {
                    i = j;
                    idx += 1;
                }
                Ok(None) => return false,
                Err(()) => break,
            }
        }
        if idx == ns.len() {
            return k(r, i);
        }
        let rest = &ns[idx + 1..];
        m(&ns[idx], r, i, &mut |r: &mut Run, j| {
            seq(rest, r, j, &mut *k)
        })
    }

    fn m(n: &Node, r: &mut Run, i: usize, k: Cont) -> bool {
        if r.deep || r.depth >= r.limit {
            r.deep = true;
            return false;
        }
        r.depth += 1;
        let ok = node(n, r, i, k);
        r.depth -= 1;
        ok
    }

    fn node(n: &Node, r: &mut Run, i: usize, k: Cont) -> bool {
        match n {
            Node::Seq(ns) => seq(ns, r, i, k),
            Node::Alt(branches) => branches.iter().any(|b| m(b, r, i, &mut *k)),
            Node::Group(g, inner) => {
                let g = *g;
                m(inner, r, i, &mut |r: &mut Run, j| {
                    let old = (r.caps[g], r.last);
                    r.caps[g] = Some((i, j));
                    r.last = Some(g);
                    if k(r, j) {
                        return true;
                    }
                    r.caps[g] = old.0;
                    r.last = old.1;
                    false
                })
            }
            Node::Repeat(item, min, max, greed) => repeat(item, *min, *max, *greed, r, i, k),
            Node::Atomic(inner) => {
                let saved = (r.caps.clone(), r.last);
                let mut end = None;
                if !m(inner, r, i, &mut |_: &mut Run, j| {
                    end = Some(j);
                    true
                }) {
                    return false;
                }
                if k(r, end.unwrap()) {
                    return true;
                }
                r.caps = saved.0;
                r.last = saved.1;
                false
            }
            Node::Backref(g, icase, ascii) => {
                let (s, e) = match r.caps[*g] {
                    Some(span) => span,
                    None => return false,
                };
                let len = e - s;
                if i + len > r.end {
                    return false;
                }
                let same = (0..len).all(|d| {
                    let (a, b) = (r.text[s + d], r.text[i + d]);
                    a == b || (*icase && fold(a, *ascii) == fold(b, *ascii))
                });
                same && k(r, i + len)
            }
            Node::Look(ahead, negate, width, inner) => {
                let saved = (r.caps.clone(), r.last);
                let found = if *ahead {
                    m(inner, r, i, &mut |_: &mut Run, _| true)
                } else {
                    i >= *width && m(inner, r, i - *width, &mut |_: &mut Run, j| j == i)
                };
                if *negate {
                    r.caps = saved.0;
                    r.last = saved.1;
                    return !found && k(r, i);
                }
                if found && k(r, i) {
                    return true;
                }
                r.caps = saved.0;
                r.last = saved.1;
                false
            }
            Node::Cond(g, yes, no) => {
                if r.caps[*g].is_some() {
                    m(yes, r, i, k)
                } else {
                    m(no, r, i, k)
                }
            }
            _ => match step(n, r, i) {
                Ok(Some(j)) => k(r, j),
                _ => false,
            },
        }
    }

    fn repeat(
        item: &Node,
        min: u64,
        max: u64,
        greed: Greed,
        r: &mut Run,
        i: usize,
        k: Cont,
    ) -> bool {
        if !matches!(item, Node::At(_)) {
            if let Ok(first) = step(item, r, i) {
                // sre's REPEAT_ONE gives up at once past endpos (a match at a pos after endpos).
                if i > r.end {
                    return false;
                }
                // One character at a time: count the run, then try the rest at each length.
                let mut n: u64 = 0;
                let mut at_ = i;
                let mut next = first;
                while n < max {
                    match next {
                        Some(j) => {
                            n += 1;
                            at_ = j;
                            next = step(item, r, at_).unwrap();
                        }
                        None => break,
                    }
                }
                if n < min {
                    return false;
                }
                return match greed {
                    Greed::Greedy => (min..=n).rev().any(|c| k(r, i + c as usize)),
                    Greed::Lazy => (min..=n).any(|c| k(r, i + c as usize)),
                    Greed::Possessive => k(r, i + n as usize),
                };
            }
        }
        match greed {
            Greed::Greedy => greedy(item, min, max, 0, r, i, k),
            Greed::Lazy => lazy(item, min, max, 0, r, i, k),
            Greed::Possessive => {
                let saved = (r.caps.clone(), r.last);
                let mut end = None;
                if !greedy(item, min, max, 0, r, i, &mut |_: &mut Run, j| {
                    end = Some(j);
                    true
                }) {
                    return false;
                }
                if k(r, end.unwrap()) {
                    return true;
                }
                r.caps = saved.0;
                r.last = saved.1;
                false
            }
        }
    }

    /// Another iteration first, then the rest; an iteration that matched nothing ends the loop
    /// (sre's rule against looping on an empty match).
    fn greedy(item: &Node, min: u64, max: u64, count: u64, r: &mut Run, i: usize, k: Cont) -> bool {
        if count < max
            && m(item, r, i, &mut |r: &mut Run, j| {
                if j == i && count >= min {
                    return k(r, j);
                }
                greedy(item, min, max, count + 1, r, j, &mut *k)
            })
        {
            return true;
        }
        count >= min && k(r, i)
    }

    fn lazy(item: &Node, min: u64, max: u64, count: u64, r: &mut Run, i: usize, k: Cont) -> bool {
        if count >= min && k(r, i) {
            return true;
        }
        count < max
            && m(item, r, i, &mut |r: &mut Run, j| {
                if j == i && count >= min {
                    return false;
                }
                lazy(item, min, max, count + 1, r, j, &mut *k)
            })
    }

    /// A successful attempt: the span of the whole match and of each group.
    struct Found {
        spans: Vec<Option<(usize, usize)>>,
        last: Option<usize>,
    }

    /// How a search is anchored.
    #[derive(Clone, Copy, PartialEq)]
    enum Mode {
        Search,
        Match,
        Full,
    }

    /// sre's search from `pos`: the first position where the pattern matches; with
    /// `must_advance`, a match at `pos` itself must not be empty (the rule after an empty match).
    fn search(
        c: &Compiled,
        text: &[char],
        pos: usize,
        end: usize,
        mode: Mode,
        must_advance: bool,
    ) -> Option<Found> {
        // sre's search finds nothing past endpos, but its match still tries at pos.
        if pos > end && mode != Mode::Match {
            return None;
        }
        if let Ok(found) = attempt(c, text, pos, end, mode, must_advance, SHALLOW) {
            return found;
        }
        std::thread::scope(|scope| {
            let deep = std::thread::Builder::new()
                .stack_size(DEEP_STACK)
                .spawn_scoped(scope, || {
                    attempt(c, text, pos, end, mode, must_advance, usize::MAX)
                });
            match deep.map(|t| t.join()) {
                Ok(Ok(Ok(found))) => found,
                _ => panic!("the regular expression matcher ran out of stack"),
            }
        })
    }

    /// The search, with the matcher's recursion limited to `limit` (Err where it went past).
    fn attempt(
        c: &Compiled,
        text: &[char],
        pos: usize,
        end: usize,
        mode: Mode,
        must_advance: bool,
        limit: usize,
    ) -> Result<Option<Found>, ()> {
        let mut r = Run {
            text,
            end,
            caps: vec![None; c.groups + 1],
            last: None,
            depth: 0,
            limit,
            deep: false,
        };
        for start in pos..=end.max(pos) {
            for cap in r.caps.iter_mut() {
                *cap = None;
            }
            r.last = None;
            let mut stop = None;
            let ok = m(&c.node, &mut r, start, &mut |_: &mut Run, j| {
                if mode == Mode::Full && j != end {
                    return false;
                }
                if must_advance && start == pos && j == start {
                    return false;
                }
                stop = Some(j);
                true
            });
            if r.deep {
                return Err(());
            }
            if ok {
                let mut spans = r.caps.clone();
                spans[0] = Some((start, stop.unwrap()));
                return Ok(Some(Found {
                    spans,
                    last: r.last,
                }));
            }
            if mode != Mode::Search {
                break;
            }
        }
        Ok(None)
    }

    // ---------------------------------------------------------------- pattern and match objects

    /// One group's value in a tuple of groups: a str ('' where the group did not take part, as
    /// `findall` gives it) or an Optional str (None there, as `groups()` gives it).
    pub trait Group {
        fn from_group(g: Option<String>) -> Self;
    }

    impl Group for String {
        fn from_group(g: Option<String>) -> Self {
            g.unwrap_or_default()
        }
    }

    impl Group for Option<String> {
        fn from_group(g: Option<String>) -> Self {
            g
        }
    }

    /// A tuple of groups' values, of the types the translation settled.
    pub trait Groups {
        fn from_groups(g: &[Option<String>]) -> Self;
    }

    macro_rules! groups_tuple {
        ($($name:ident $idx:tt),+) => {
            impl<$($name: Group),+> Groups for ($($name,)+) {
                fn from_groups(g: &[Option<String>]) -> Self {
                    ($($name::from_group(g[$idx].clone()),)+)
                }
            }
        };
    }
    groups_tuple!(A 0);
    groups_tuple!(A 0, B 1);
    groups_tuple!(A 0, B 1, C 2);
    groups_tuple!(A 0, B 1, C 2, D 3);
    groups_tuple!(A 0, B 1, C 2, D 3, E 4);
    groups_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);
    groups_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
    groups_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
    groups_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8);
    groups_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9);
    groups_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10);
    groups_tuple!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7, I 8, J 9, K 10, L 11);

    /// A compiled pattern (`re.Pattern[str]`), shared.
    pub struct Pattern<S = String>(std::rc::Rc<Compiled>, std::marker::PhantomData<S>);

    impl<S> Clone for Pattern<S> {
        fn clone(&self) -> Self {
            Pattern(std::rc::Rc::clone(&self.0), std::marker::PhantomData)
        }
    }

    /// A match (`re.Match[str]`): the subject, the spans of the groups, and its pattern.
    pub struct Match<S = String>(std::rc::Rc<MatchData>, std::marker::PhantomData<S>);

    pub struct MatchData {
        re: std::rc::Rc<Compiled>,
        string: std::rc::Rc<str>,
        text: std::rc::Rc<Vec<char>>,
        spans: Vec<Option<(usize, usize)>>,
        pos: usize,
        endpos: usize,
        last: Option<usize>,
    }

    impl<S> Clone for Match<S> {
        fn clone(&self) -> Self {
            Match(std::rc::Rc::clone(&self.0), std::marker::PhantomData)
        }
    }

    /// `re.compile(pattern, flags)`, cached as CPython caches compiled patterns.
    pub fn compile(pattern: &str, flags: i64) -> super::py::PyResult<Pattern> {
        thread_local! {
            static CACHE: std::cell::RefCell<std::collections::HashMap<(String, i64), std::rc::Rc<Compiled>>> =
                std::cell::RefCell::new(std::collections::HashMap::new());
        }
        let key = (pattern.to_string(), flags);
        if let Some(c) = CACHE.with(|cache| cache.borrow().get(&key).cloned()) {
            return Ok(Pattern(c, std::marker::PhantomData));
        }
        let compiled = match parse(pattern, flags) {
            Ok(c) => std::rc::Rc::new(c),
            Err(e) => return Err(raised(e, pattern)),
        };
        CACHE.with(|cache| {
            cache
                .borrow_mut()
                .insert(key, std::rc::Rc::clone(&compiled))
        });
        Ok(Pattern(compiled, std::marker::PhantomData))
    }

    impl Pattern {
        /// The value of a Pattern variable before the assignment every read follows (the
        /// translation declares some variables ahead of their first assignment).
        pub fn unset() -> Pattern {
            compile("", 0).ok().unwrap()
        }
    }

    /// `re.escape(s)`: a backslash before each character that is special in a pattern.
    pub fn escape(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
        out
    }

    /// CPython's clamp of `pos` and `endpos` to the subject.
    fn bounds(len: usize, pos: i64, endpos: i64) -> (usize, usize) {
        let clamp = |v: i64| v.max(0).min(len as i64) as usize;
        (clamp(pos), clamp(endpos))
    }

    /// One piece of a replacement template.
    enum Piece {
        Text(String),
        Group(usize),
    }

    impl<S> Pattern<S> {
        fn make(
            &self,
            string: &std::rc::Rc<str>,
            text: &std::rc::Rc<Vec<char>>,
            f: Found,
            pos: usize,
            endpos: usize,
        ) -> Match {
            Match(
                std::rc::Rc::new(MatchData {
                    re: std::rc::Rc::clone(&self.0),
                    string: std::rc::Rc::clone(string),
                    text: std::rc::Rc::clone(text),
                    spans: f.spans,
                    pos,
                    endpos,
                    last: f.last,
                }),
                std::marker::PhantomData,
            )
        }

        fn run(&self, s: &str, pos: i64, endpos: i64, mode: Mode) -> Option<Match> {
            let text: Vec<char> = s.chars().collect();
            let (pos, endpos) = bounds(text.len(), pos, endpos);
            let found = search(&self.0, &text, pos, endpos, mode, false)?;
            Some(self.make(
                &std::rc::Rc::from(s),
                &std::rc::Rc::new(text),
                found,
                pos,
                endpos,
            ))
        }

        /// `p.match(s, pos, endpos)`.
        pub fn prefix(&self, s: &str, pos: i64, endpos: i64) -> Option<Match> {
            self.run(s, pos, endpos, Mode::Match)
        }

        pub fn fullmatch(&self, s: &str, pos: i64, endpos: i64) -> Option<Match> {
            self.run(s, pos, endpos, Mode::Full)
        }

        pub fn search(&self, s: &str, pos: i64, endpos: i64) -> Option<Match> {
            self.run(s, pos, endpos, Mode::Search)
        }

        /// Every match, left to right, with the 3.7 rule: an empty match may follow a
        /// non-empty one at the same place, but never another empty one.
        fn each(
            &self,
            s: &str,
            pos: i64,
            endpos: i64,
            limit: usize,
            mut f: impl FnMut(Found, &[char]),
        ) -> usize {
            let text: Vec<char> = s.chars().collect();
            let (mut at_, end) = bounds(text.len(), pos, endpos);
            let mut must_advance = false;
            let mut n = 0;
            while limit == 0 || n < limit {
                let found = match search(&self.0, &text, at_, end, Mode::Search, must_advance) {
                    Some(found) => found,
                    None => break,
                };
                let (start, stop) = found.spans[0].unwrap();
                f(found, &text);
                n += 1;
                must_advance = start == stop;
                at_ = stop;
            }
            n
        }

        /// `p.finditer(s)`, all at once (matching has no effects a program could see between
        /// the steps).
        pub fn finditer(&self, s: &str, pos: i64, endpos: i64) -> Vec<Match> {
            let string: std::rc::Rc<str> = std::rc::Rc::from(s);
            let text: std::rc::Rc<Vec<char>> = std::rc::Rc::new(s.chars().collect());
            let (p, e) = bounds(text.len(), pos, endpos);
            let mut out = Vec::new();
            self.each(s, pos, endpos, 0, |found, _| {
                out.push(self.make(&string, &text, found, p, e))
            });
            out
        }

        fn slice(text: &[char], span: Option<(usize, usize)>) -> Option<String> {
            span.map(|(a, b)| text[a..b].iter().collect())
        }

        /// `p.findall(s)` of a pattern with no group (the whole matches) or one (that group,
        /// '' where it did not take part).
        pub fn findall(&self, s: &str, pos: i64, endpos: i64) -> super::py::List<String> {
            let mut out = Vec::new();
            let g = if self.0.groups == 0 { 0 } else { 1 };
            self.each(s, pos, endpos, 0, |found, text| {
                out.push(Self::slice(text, found.spans[g]).unwrap_or_default())
            });
            super::py::List::from(out)
        }

        /// `p.findall(s)` of a pattern with several groups: each match's groups as a tuple.
        pub fn findall_tuples<T: Groups + Clone>(
            &self,
            s: &str,
            pos: i64,
            endpos: i64,
        ) -> super::py::List<T> {
            let mut out = Vec::new();
            self.each(s, pos, endpos, 0, |found, text| {
                let groups: Vec<Option<String>> = found.spans[1..]
                    .iter()
                    .map(|span| Self::slice(text, *span))
                    .collect();
                out.push(T::from_groups(&groups))
            });
            super::py::List::from(out)
        }

        /// `p.split(s, maxsplit)`: the text between matches, and each match's groups (None
        /// for a group that did not take part).
        pub fn split(&self, s: &str, maxsplit: i64) -> super::py::List<Option<String>> {
            let mut out = Vec::new();
            if maxsplit < 0 {
                out.push(Some(s.to_string()));
                return super::py::List::from(out);
            }
            let mut last = 0;
            self.each(s, 0, i64::MAX, maxsplit as usize, |found, text| {
                let (start, stop) = found.spans[0].unwrap();
                out.push(Some(text[last..start].iter().collect()));
                for span in &found.spans[1..] {
                    out.push(Self::slice(text, *span));
                }
                last = stop;
            });
            out.push(Some(s.chars().skip(last).collect()));
            super::py::List::from(out)
        }

        /// `p.split(s)` of a pattern whose groups always take part in a match.
        pub fn split_str(&self, s: &str, maxsplit: i64) -> super::py::List<String> {
            let items = self.split(s, maxsplit).0.borrow().clone();
            super::py::List::from(items.into_iter().map(Option::unwrap_or_default).collect())
        }

        /// A replacement template: `\1`, `\g<name>`, `\g<0>` and the character escapes.
        fn template(&self, repl: &str) -> super::py::PyResult<Vec<Piece>> {
            let p: Vec<char> = repl.chars().collect();
            let mut out = Vec::new();
            let mut text = String::new();
            let mut i = 0;
            let err = |msg: String, pos: usize| {
                raised(
                    Error {
                        kind: "re.error",
                        msg,
                        pos: Some(pos),
                    },
                    repl,
                )
            };
            let mut group = |out: &mut Vec<Piece>, text: &mut String, g: usize| {
                if !text.is_empty() {
                    out.push(Piece::Text(std::mem::take(text)));
                }
                out.push(Piece::Group(g));
            };
            while i < p.len() {
                let c = p[i];
                i += 1;
                if c != '\\' {
                    text.push(c);
                    continue;
                }
                if i >= p.len() {
                    return Err(err("bad escape (end of pattern)".into(), p.len() - 1));
                }
                let e = p[i];
                i += 1;
                match e {
                    'g' => {
                        if p.get(i) != Some(&'<') {
                            return Err(err("missing <".into(), i));
                        }
                        i += 1;
                        let close = p[i..].iter().position(|&x| x == '>');
                        let name: String = match close {
                            Some(n) => p[i..i + n].iter().collect(),
                            None => {
                                if i >= p.len() {
                                    return Err(err("missing group name".into(), i));
                                }
                                return Err(err("missing >, unterminated name".into(), i));
                            }
                        };
                        i += name.chars().count() + 1;
                        let len = name.chars().count() + 1;
                        if name.is_empty() {
                            return Err(err("missing group name".into(), i - 1));
                        }
                        let index = if is_identifier(&name) {
                            match self.0.names.iter().find(|(k, _)| *k == name) {
                                Some(&(_, g)) => g,
                                None => {
                                    return super::py::raise(
                                        "IndexError",
                                        format!(
                                            "unknown group name {}",
                                            super::py::repr_str(&name)
                                        ),
                                    )
                                }
                            }
                        } else {
                            match name.parse::<usize>() {
                                Ok(g) if name.chars().all(|c| c.is_ascii_digit()) => g,
                                _ => {
                                    let msg = format!(
                                        "bad character in group name {}",
                                        super::py::repr_str(&name)
                                    );
                                    return Err(err(msg, i - len));
                                }
                            }
                        };
                        if index > self.0.groups {
                            return Err(err(format!("invalid group reference {}", index), i - len));
                        }
                        group(&mut out, &mut text, index);
                    }
                    '0' => {
                        let mut digits = String::from("0");
                        while digits.len() < 3 && i < p.len() && ('0'..='7').contains(&p[i]) {
                            digits.push(p[i]);
                            i += 1;
                        }
                        let v = u32::from_str_radix(&digits, 8).unwrap() & 0xff;
                        text.push(char::from_u32(v).unwrap());
                    }
                    d if d.is_ascii_digit() => {
                        let start = i - 2;
                        let mut digits = d.to_string();
                        let octal = |x: char| ('0'..='7').contains(&x);
                        if i < p.len() && p[i].is_ascii_digit() {
                            digits.push(p[i]);
                            i += 1;
                            if octal(d)
                                && octal(digits.chars().nth(1).unwrap())
                                && i < p.len()
                                && octal(p[i])
                            {
                                digits.push(p[i]);
                                i += 1;
                                let v = u32::from_str_radix(&digits, 8).unwrap();
                                if v > 0o377 {
                                    let msg = format!(
                                        "octal escape value \\{} outside of range 0-0o377",
                                        digits
                                    );
                                    return Err(err(msg, start));
                                }
                                text.push(char::from_u32(v).unwrap());
                                continue;
                            }
                        }
                        let g: usize = digits.parse().unwrap();
                        if g > self.0.groups {
                            return Err(err(format!("invalid group reference {}", g), start + 1));
                        }
                        group(&mut out, &mut text, g);
                    }
                    _ => {
                        let simple = match e {
                            'a' => Some('\x07'),
                            'b' => Some('\x08'),
                            'f' => Some('\x0c'),
                            'n' => Some('\n'),
                            'r' => Some('\r'),
                            't' => Some('\t'),
                            'v' => Some('\x0b'),
                            '\\' => Some('\\'),
                            _ => None,
                        };
                        match simple {
                            Some(ch) => text.push(ch),
                            None if e.is_ascii_alphabetic() => {
                                return Err(err(format!("bad escape \\{}", e), i - 2))
                            }
                            None => {
                                text.push('\\');
                                text.push(e);
                            }
                        }
                    }
                }
            }
            if !text.is_empty() {
                out.push(Piece::Text(text));
            }
            Ok(out)
        }

        fn substitute(
            &self,
            s: &str,
            count: i64,
            repl: &mut dyn FnMut(Match) -> super::py::PyResult<String>,
        ) -> super::py::PyResult<(String, i64)> {
            let string: std::rc::Rc<str> = std::rc::Rc::from(s);
            let text: std::rc::Rc<Vec<char>> = std::rc::Rc::new(s.chars().collect());
            let mut out = String::new();
            let mut last = 0;
            let mut error = None;
            let limit = if count <= 0 { 0 } else { count as usize };
            if count < 0 {
                return Ok((s.to_string(), 0));
            }
            let n = self.each(s, 0, i64::MAX, limit, |found, chars| {
                if error.is_some() {
                    return;
                }
                let (start, stop) = found.spans[0].unwrap();
                out.extend(chars[last..start].iter());
                let len = chars.len();
                match repl(self.make(&string, &text, found, 0, len)) {
                    Ok(piece) => out.push_str(&piece),
                    Err(e) => error = Some(e),
                }
                last = stop;
            });
            if let Some(e) = error {
                return Err(e);
            }
            out.extend(text[last..].iter());
            Ok((out, n as i64))
        }

        fn expand_with(
            &self,
            repl: &str,
        ) -> super::py::PyResult<impl FnMut(Match) -> super::py::PyResult<String>> {
            let pieces = self.template(repl)?;
            Ok(move |m: Match| Ok(m.expand_pieces(&pieces)))
        }

        /// `p.subn(repl, s, count)` with a template.
        pub fn subn(&self, repl: &str, s: &str, count: i64) -> super::py::PyResult<(String, i64)> {
            let mut f = self.expand_with(repl)?;
            self.substitute(s, count, &mut f)
        }

        pub fn sub(&self, repl: &str, s: &str, count: i64) -> super::py::PyResult<String> {
            Ok(self.subn(repl, s, count)?.0)
        }

        /// `p.subn(f, s, count)`: each match replaced by what the function returns for it.
        pub fn subn_fn(
            &self,
            f: &dyn Fn(Match) -> super::py::PyResult<String>,
            s: &str,
            count: i64,
        ) -> super::py::PyResult<(String, i64)> {
            self.substitute(s, count, &mut |m| f(m))
        }

        pub fn sub_fn(
            &self,
            f: &dyn Fn(Match) -> super::py::PyResult<String>,
            s: &str,
            count: i64,
        ) -> super::py::PyResult<String> {
            Ok(self.subn_fn(f, s, count)?.0)
        }

        pub fn pattern(&self) -> String {
            self.0.pattern.clone()
        }

        pub fn flags(&self) -> i64 {
            self.0.flags
        }

        pub fn groups(&self) -> i64 {
            self.0.groups as i64
        }
    }

    /// `re.compile('a(b)', re.IGNORECASE)`.
    impl<S> super::py::Show for Pattern<S> {
        fn repr(&self) -> String {
            let mut shown: String = super::py::repr_str(&self.0.pattern)
                .chars()
                .take(200)
                .collect();
            let mut flags = self.0.flags;
            if flags & (LOCALE | UNICODE | ASCII) == UNICODE {
                flags &= !UNICODE;
            }
            let names = [
                (TEMPLATE, "re.TEMPLATE"),
                (IGNORECASE, "re.IGNORECASE"),
                (LOCALE, "re.LOCALE"),
                (MULTILINE, "re.MULTILINE"),
                (DOTALL, "re.DOTALL"),
                (UNICODE, "re.UNICODE"),
                (VERBOSE, "re.VERBOSE"),
                (DEBUG, "re.DEBUG"),
                (ASCII, "re.ASCII"),
            ];
            if flags != 0 {
                let mut parts = Vec::new();
                for (bit, name) in names {
                    if flags & bit != 0 {
                        parts.push(name.to_string());
                        flags &= !bit;
                    }
                }
                if flags != 0 {
                    parts.push(format!("0x{:x}", flags));
                }
                shown = format!("{}, {}", shown, parts.join("|"));
            }
            format!("re.compile({})", shown)
        }
    }

    impl<S> Match<S> {
        fn span_of(&self, g: usize) -> Option<(usize, usize)> {
            self.0.spans[g]
        }

        fn index(&self, g: i64) -> super::py::PyResult<usize> {
            if g < 0 || g as usize > self.0.re.groups {
                return super::py::raise("IndexError", "no such group");
            }
            Ok(g as usize)
        }

        /// The number of the group a name stands for.
        pub fn gid(&self, name: &str) -> super::py::PyResult<i64> {
            match self.0.re.names.iter().find(|(k, _)| k == name) {
                Some(&(_, g)) => Ok(g as i64),
                None => super::py::raise("IndexError", "no such group"),
            }
        }

        fn text(&self, span: Option<(usize, usize)>) -> Option<String> {
            span.map(|(a, b)| self.0.text[a..b].iter().collect())
        }

        /// `m.group()`: the whole match.
        pub fn group0(&self) -> String {
            self.text(self.span_of(0)).unwrap()
        }

        /// `m.group(n)`: None where the group did not take part.
        pub fn group(&self, g: i64) -> super::py::PyResult<Option<String>> {
            let g = self.index(g)?;
            Ok(self.text(self.span_of(g)))
        }

        /// `m.group(n)` of a group that takes part in every match of its pattern.
        pub fn group_str(&self, g: i64) -> super::py::PyResult<String> {
            Ok(self.group(g)?.unwrap_or_default())
        }

        pub fn groups(&self, default: Option<String>) -> Vec<Option<String>> {
            (1..=self.0.re.groups)
                .map(|g| self.text(self.span_of(g)).or_else(|| default.clone()))
                .collect()
        }

        /// `m.groups(default)` as the tuple of the types the translation settled.
        pub fn groups_tuple<T: Groups>(&self, default: Option<String>) -> T {
            T::from_groups(&self.groups(default))
        }

        pub fn groupdict(
            &self,
            default: Option<String>,
        ) -> super::py::Dict<String, Option<String>> {
            let pairs = self
                .0
                .re
                .names
                .iter()
                .map(|(k, g)| {
                    (
                        k.clone(),
                        self.text(self.span_of(*g)).or_else(|| default.clone()),
                    )
                })
                .collect();
            super::py::Dict::from(pairs)
        }

        /// `m.groupdict(default)` with a str default.
        pub fn groupdict_or(&self, default: String) -> super::py::Dict<String, String> {
            let pairs = self
                .0
                .re
                .names
                .iter()
                .map(|(k, g)| {
                    (
                        k.clone(),
                        self.text(self.span_of(*g))
                            .unwrap_or_else(|| default.clone()),
                    )
                })
                .collect();
            super::py::Dict::from(pairs)
        }

        pub fn groupdict_str(&self) -> super::py::Dict<String, String> {
            let pairs = self
                .0
                .re
                .names
                .iter()
                .map(|(k, g)| (k.clone(), self.text(self.span_of(*g)).unwrap_or_default()))
                .collect();
            super::py::Dict::from(pairs)
        }

        pub fn start(&self, g: i64) -> super::py::PyResult<i64> {
            Ok(self.span(g)?.0)
        }

        pub fn end(&self, g: i64) -> super::py::PyResult<i64> {
            Ok(self.span(g)?.1)
        }

        /// `m.span(n)`: (-1, -1) where the group did not take part.
        pub fn span(&self, g: i64) -> super::py::PyResult<(i64, i64)> {
            let g = self.index(g)?;
            Ok(match self.span_of(g) {
                Some((a, b)) => (a as i64, b as i64),
                None => (-1, -1),
            })
        }

        fn expand_pieces(&self, pieces: &[Piece]) -> String {
            let mut out = String::new();
            for piece in pieces {
                match piece {
                    Piece::Text(t) => out.push_str(t),
                    Piece::Group(g) => {
                        out.push_str(&self.text(self.span_of(*g)).unwrap_or_default())
                    }
                }
            }
            out
        }

        /// `m.expand(template)`.
        pub fn expand(&self, template: &str) -> super::py::PyResult<String> {
            let p: Pattern = Pattern(std::rc::Rc::clone(&self.0.re), std::marker::PhantomData);
            Ok(self.expand_pieces(&p.template(template)?))
        }

        pub fn string(&self) -> String {
            self.0.string.to_string()
        }

        pub fn pos(&self) -> i64 {
            self.0.pos as i64
        }

        pub fn endpos(&self) -> i64 {
            self.0.endpos as i64
        }

        pub fn lastindex(&self) -> Option<i64> {
            self.0.last.map(|g| g as i64)
        }

        pub fn lastgroup(&self) -> Option<String> {
            let g = self.0.last?;
            self.0
                .re
                .names
                .iter()
                .find(|(_, x)| *x == g)
                .map(|(k, _)| k.clone())
        }

        pub fn re(&self) -> Pattern {
            Pattern(std::rc::Rc::clone(&self.0.re), std::marker::PhantomData)
        }
    }

    /// `p == q`: the same pattern text and flags, as CPython compares patterns.
    impl<S> PartialEq for Pattern<S> {
        fn eq(&self, other: &Self) -> bool {
            self.0.pattern == other.0.pattern && self.0.flags == other.0.flags
        }
    }

    /// `m == n`: the same match object (CPython compares matches by identity).
    impl<S> PartialEq for Match<S> {
        fn eq(&self, other: &Self) -> bool {
            std::rc::Rc::ptr_eq(&self.0, &other.0)
        }
    }

    /// `<re.Match object; span=(0, 3), match='abc'>`, the repr of the match cut to 50
    /// characters as CPython's `%.50R` cuts it.
    impl<S> super::py::Show for Match<S> {
        fn repr(&self) -> String {
            let (a, b) = self.span_of(0).unwrap();
            let shown: String = super::py::repr_str(&self.group0())
                .chars()
                .take(50)
                .collect();
            format!("<re.Match object; span=({}, {}), match={}>", a, b, shown)
        }
    }
}
