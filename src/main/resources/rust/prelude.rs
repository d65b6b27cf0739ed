// prelude.rs: the runtime support of translated programs (std only). This comment is not copied.
//
// Each output gets only the items its program reaches (see PreludeShaker): an item whose name
// the program uses (`py::name`, `.method()`, `name!`), then whatever the kept items use, by
// name. A trait comes with any of its method names; a trait impl, or a macro call that writes
// trait impls (`show_tuple!`), comes once the prelude's traits and types in its header are all
// kept; each method of an inherent impl comes on its own when its type is kept and its name
// is used; a `use` always stays. So refer to prelude items by their names (no glob imports, no
// renaming `use`), and keep the layout rustfmt gives, which the cutting relies on:
// - an item starts on a line of its own, its doc comments and attributes directly above it;
// - one blank line between items; a section heading (`// ---- name`) has a blank line after it
//   and is copied when an item under it is;
// - a `mod` or inherent `impl` body opens with `{` at the end of a line and closes with `}` on
//   a line of its own.

/// `expr?` inside a `try:` body: an exception leaves the body's labelled block, as a
/// value for the `except` clauses, instead of leaving the function.
macro_rules! attempt {
    ($value:expr, $body:lifetime) => {
        match $value {
            Ok(v) => v,
            Err(e) => break $body Err(e),
        }
    };
}

/// Runtime support for programs translated from Python: the values, printing and
/// arithmetic rules of CPython that Rust's standard library does not have.
#[allow(dead_code)]
mod py {
    use std::cell::RefCell;
    use std::cmp::Ordering;
    use std::collections::HashMap;
    use std::future::Future;
    use std::hash::Hash;
    use std::io::Write;
    use std::pin::Pin;
    use std::rc::Rc;
    use std::task::{Context, Poll, Waker};

    // ---------------------------------------------------------------- exceptions

    /// A raised Python exception: its class name and its `args`, or, for a class with a body
    /// of its own (an `__init__`, attributes, a `__str__`), the object itself.
    #[derive(Clone)]
    pub struct Exc {
        pub kind: &'static str,
        args: Args,
        object: Option<Rc<dyn Raised>>,
    }

    pub type PyResult<T> = Result<T, Exc>;

    /// An object of a user exception class with a body, as the exception that carries it;
    /// its `Show` gives the exception's `str()` and `repr()`.
    pub trait Raised: Show {
        fn kind(&self) -> &'static str;
        fn args(&self) -> Args;
        fn as_any(&self) -> &dyn std::any::Any;
    }

    /// An exception with one str argument (the message).
    pub fn exc(kind: &'static str, msg: impl Into<String>) -> Exc {
        let msg = msg.into();
        // KeyError's message is already the repr of its key.
        let repr = if kind == "KeyError" {
            msg.clone()
        } else {
            repr_str(&msg)
        };
        exc_args(kind, Args(vec![Arg { str: msg, repr }]))
    }

    pub fn exc_args(kind: &'static str, args: Args) -> Exc {
        Exc {
            kind,
            args,
            object: None,
        }
    }

    /// `raise object` for an object of a user exception class with a body.
    pub fn raised<T: Raised + 'static>(object: T) -> Exc {
        Exc {
            kind: object.kind(),
            args: Args::default(),
            object: Some(Rc::new(object)),
        }
    }

    pub fn raise<T>(kind: &'static str, msg: impl Into<String>) -> PyResult<T> {
        Err(exc(kind, msg))
    }

    impl Exc {
        /// `e.args`.
        pub fn args(&self) -> Args {
            match &self.object {
                Some(o) => o.args(),
                None => self.args.clone(),
            }
        }

        /// The object of a user exception class that an `except` clause for that class caught.
        pub fn object<T: Clone + 'static>(&self) -> T {
            let object = self
                .object
                .as_ref()
                .and_then(|o| o.as_any().downcast_ref::<T>());
            object.cloned().expect("an except clause matched the class")
        }
    }

    /// One argument of an exception as `str()` and `repr()` show it, rendered when the
    /// exception gets it (the translation passes only values that cannot change later).
    #[derive(Clone)]
    pub struct Arg {
        str: String,
        repr: String,
    }

    impl Arg {
        pub fn of<T: Show>(value: &T) -> Arg {
            Arg {
                str: value.str(),
                repr: value.repr(),
            }
        }
    }

    impl Show for Arg {
        fn repr(&self) -> String {
            self.repr.clone()
        }
        fn str(&self) -> String {
            self.str.clone()
        }
    }

    /// `BaseException.args`: the arguments the exception was made with.
    #[derive(Clone, Default)]
    pub struct Args(Vec<Arg>);

    impl Args {
        pub fn of(items: Vec<Arg>) -> Args {
            Args(items)
        }

        /// The arguments of a constructor call that passed its first `n` parameters by
        /// position: what `BaseException.__new__` keeps when `__init__` does not set them.
        pub fn first(n: usize, mut items: Vec<Arg>) -> Args {
            items.truncate(n);
            Args(items)
        }

        /// `e.args[index]`, as a tuple's item: IndexError past either end.
        pub fn get(&self, index: i64) -> PyResult<Arg> {
            Ok(self.0[position(index, self.0.len(), "tuple")?].clone())
        }

        pub fn len(&self) -> i64 {
            self.0.len() as i64
        }

        /// `BaseException.__str__`: empty, the only argument's `str()` (its `repr()` for a
        /// KeyError), or the repr of the whole tuple.
        pub fn exc_str(&self, kind: &str) -> String {
            match self.0.as_slice() {
                [] => String::new(),
                [one] if exc_matches(kind, "KeyError", super::user_exception_base) => {
                    one.repr.clone()
                }
                [one] => one.str.clone(),
                _ => self.repr(),
            }
        }

        /// `BaseException.__repr__`: `Kind(arg, ...)`, with no trailing comma for one argument.
        pub fn exc_repr(&self, kind: &str) -> String {
            let parts: Vec<&str> = self.0.iter().map(|a| a.repr.as_str()).collect();
            format!("{}({})", kind, parts.join(", "))
        }
    }

    impl Show for Args {
        fn repr(&self) -> String {
            let parts: Vec<&str> = self.0.iter().map(|a| a.repr.as_str()).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
    }

    /// The base class of a built-in exception class, `None` for `BaseException`.
    fn builtin_base(kind: &str) -> Option<&'static str> {
        Some(match kind {
            "BaseException" => return None,
            "GeneratorExit" => "BaseException",
            "Exception" => "BaseException",
            "ZeroDivisionError" | "OverflowError" => "ArithmeticError",
            "IndexError" | "KeyError" => "LookupError",
            "NotImplementedError" | "RecursionError" => "RuntimeError",
            "UnicodeError" => "ValueError",
            "UnboundLocalError" => "NameError",
            _ => "Exception",
        })
    }

    /// Whether an exception of class `kind` is caught by `except target`; `user_base`
    /// names the base class of each user-defined exception class.
    pub fn exc_matches(
        kind: &str,
        target: &str,
        user_base: fn(&str) -> Option<&'static str>,
    ) -> bool {
        let mut current: Option<&str> = Some(kind);
        while let Some(k) = current {
            if k == target {
                return true;
            }
            current = user_base(k).or_else(|| builtin_base(k));
        }
        false
    }

    /// Ends the program the way CPython ends on an uncaught exception: the last line of
    /// the traceback on stderr, exit status 1.
    pub fn die(e: &Exc) -> ! {
        let _ = std::io::stdout().flush();
        let text = e.str();
        if text.is_empty() {
            eprintln!("{}", e.kind);
        } else {
            eprintln!("{}: {}", e.kind, text);
        }
        std::process::exit(1)
    }

    /// For failures the translation cannot turn into a catchable exception (an int
    /// leaving the 64-bit range, a missing attribute).
    pub fn fatal(kind: &'static str, msg: &str) -> ! {
        die(&exc(kind, msg))
    }

    // ---------------------------------------------------------------- int arithmetic

    fn overflow(op: &str) -> ! {
        fatal(
            "OverflowError",
            &format!("integer result of {} does not fit in 64 bits", op),
        )
    }

    pub fn add(a: i64, b: i64) -> i64 {
        a.checked_add(b).unwrap_or_else(|| overflow("+"))
    }

    pub fn sub(a: i64, b: i64) -> i64 {
        a.checked_sub(b).unwrap_or_else(|| overflow("-"))
    }

    pub fn mul(a: i64, b: i64) -> i64 {
        a.checked_mul(b).unwrap_or_else(|| overflow("*"))
    }

    pub fn neg(a: i64) -> i64 {
        a.checked_neg().unwrap_or_else(|| overflow("unary -"))
    }

    pub fn abs_int(a: i64) -> i64 {
        a.checked_abs().unwrap_or_else(|| overflow("abs()"))
    }

    /// `a // b`: the quotient rounded towards negative infinity.
    pub fn floordiv(a: i64, b: i64) -> PyResult<i64> {
        if b == 0 {
            return raise("ZeroDivisionError", "integer division or modulo by zero");
        }
        let q = a.checked_div(b).unwrap_or_else(|| overflow("//"));
        Ok(if (a % b != 0) && ((a < 0) != (b < 0)) {
            q - 1
        } else {
            q
        })
    }

    /// `a % b`: the remainder with the sign of `b`.
    pub fn modulo(a: i64, b: i64) -> PyResult<i64> {
        if b == 0 {
            return raise("ZeroDivisionError", "integer modulo by zero");
        }
        let r = a.checked_rem(b).unwrap_or(0);
        Ok(if r != 0 && ((r < 0) != (b < 0)) {
            r + b
        } else {
            r
        })
    }

    pub fn divmod(a: i64, b: i64) -> PyResult<(i64, i64)> {
        let q = floordiv(a, b)?;
        Ok((q, a - q * b))
    }

    /// `a / b` for two ints: the float nearest to the exact quotient (halves to even), as
    /// CPython divides ints; converting both to floats first would round twice.
    pub fn truediv(a: i64, b: i64) -> PyResult<f64> {
        if b == 0 {
            return raise("ZeroDivisionError", "division by zero");
        }
        let (n, d) = (a.unsigned_abs(), b.unsigned_abs());
        if n <= 1 << 53 && d <= 1 << 53 {
            // Both exact as floats, so the one division rounds once.
            return Ok(a as f64 / b as f64);
        }
        let bits = |v: u128| 128 - v.leading_zeros() as i32;
        // Scale the dividend so that the quotient has at least 55 bits, then round it to 53
        // with the remainder as a sticky bit.
        let scale = (55 + bits(d as u128) - bits(n as u128)).max(0);
        let num = (n as u128) << scale;
        let (q, sticky) = (num / d as u128, num % d as u128 != 0);
        let drop = bits(q) - 53;
        let mut m = q >> drop;
        let rest = q & ((1u128 << drop) - 1);
        let half = 1u128 << (drop - 1);
        if rest > half || (rest == half && (sticky || m & 1 == 1)) {
            m += 1;
        }
        let power = f64::from_bits(((1023 + drop - scale) as u64) << 52);
        let magnitude = m as f64 * power;
        Ok(if (a < 0) != (b < 0) {
            -magnitude
        } else {
            magnitude
        })
    }

    /// The sign of `i - f` as -1.0, 0.0 or 1.0, compared exactly as CPython compares an int
    /// with a float (converting the int could round it); NaN when `f` is NaN, so that
    /// `int_float_cmp(i, f) < 0.0` is `i < f` for every operator.
    pub fn int_float_cmp(i: i64, f: f64) -> f64 {
        if f.is_nan() {
            return f64::NAN;
        }
        if f >= 9.223372036854775807e18 {
            return -1.0;
        }
        if f < -9.223372036854775808e18 {
            return 1.0;
        }
        let floor = f.floor();
        let whole = floor as i64;
        if i < whole || (i == whole && f > floor) {
            -1.0
        } else if i > whole {
            1.0
        } else {
            0.0
        }
    }

    /// The sign of `f - i`, as `int_float_cmp`.
    pub fn float_int_cmp(f: f64, i: i64) -> f64 {
        -int_float_cmp(i, f)
    }

    pub fn float_div(a: f64, b: f64) -> PyResult<f64> {
        if b == 0.0 {
            return raise("ZeroDivisionError", "float division by zero");
        }
        Ok(a / b)
    }

    /// CPython's float divmod: the remainder takes the sign of the divisor.
    fn float_divmod(a: f64, b: f64) -> (f64, f64) {
        let mut m = a % b;
        let mut div = (a - m) / b;
        if m != 0.0 {
            if (b < 0.0) != (m < 0.0) {
                m += b;
                div -= 1.0;
            }
        } else {
            m = 0.0f64.copysign(b);
        }
        let floor = if div != 0.0 {
            let f = div.floor();
            if div - f > 0.5 {
                f + 1.0
            } else {
                f
            }
        } else {
            0.0f64.copysign(a / b)
        };
        (floor, m)
    }

    pub fn float_floordiv(a: f64, b: f64) -> PyResult<f64> {
        if b == 0.0 {
            return raise("ZeroDivisionError", "float floor division by zero");
        }
        Ok(float_divmod(a, b).0)
    }

    pub fn float_mod(a: f64, b: f64) -> PyResult<f64> {
        if b == 0.0 {
            return raise("ZeroDivisionError", "float modulo");
        }
        Ok(float_divmod(a, b).1)
    }

    /// `a ** b` for ints with `b >= 0` (a negative exponent would make a float in Python).
    pub fn pow_int(a: i64, b: i64) -> i64 {
        if b < 0 {
            fatal(
                "TypeError",
                "a negative int exponent makes a float; the translation typed it as int",
            );
        }
        let e = u32::try_from(b).unwrap_or_else(|_| overflow("**"));
        a.checked_pow(e).unwrap_or_else(|| overflow("**"))
    }

    pub fn pow_float(a: f64, b: f64) -> PyResult<f64> {
        if a == 0.0 && b < 0.0 {
            return raise(
                "ZeroDivisionError",
                "0.0 cannot be raised to a negative power",
            );
        }
        if a < 0.0 && b.is_finite() && b != b.floor() {
            fatal(
                "TypeError",
                "a negative float to a fractional power makes a complex; the translation typed it as float",
            );
        }
        let r = a.powf(b);
        if r.is_infinite() && a.is_finite() && b.is_finite() {
            // CPython reports pow()'s ERANGE with C's errno and message.
            let args = vec![
                Arg::of(&34i64),
                Arg::of(&"Numerical result out of range".to_string()),
            ];
            return Err(exc_args("OverflowError", Args::of(args)));
        }
        Ok(r)
    }

    pub fn lshift(a: i64, b: i64) -> PyResult<i64> {
        if b < 0 {
            return raise("ValueError", "negative shift count");
        }
        if a == 0 {
            return Ok(0);
        }
        if b >= 64 || (a.abs().leading_zeros() as i64) <= b {
            overflow("<<");
        }
        Ok(a << b)
    }

    pub fn rshift(a: i64, b: i64) -> PyResult<i64> {
        if b < 0 {
            return raise("ValueError", "negative shift count");
        }
        Ok(a >> b.min(63))
    }

    /// Python's `round(x)`: to the nearest int, halves to even.
    pub fn round_int(x: f64) -> PyResult<i64> {
        if x.is_nan() {
            return raise("ValueError", "cannot convert float NaN to integer");
        }
        if x.is_infinite() {
            return raise("OverflowError", "cannot convert float infinity to integer");
        }
        let r = x.round_ties_even();
        if r >= 9.223372036854775807e18 || r < -9.223372036854775808e18 {
            overflow("round()");
        }
        Ok(r as i64)
    }

    /// Python's `round(x, n)`: the float nearest to the correctly rounded decimal.
    pub fn round_float(x: f64, digits: i64) -> f64 {
        if !x.is_finite() || x == 0.0 || digits > 323 {
            return x;
        }
        if digits < -308 {
            return 0.0 * x;
        }
        let text = if digits >= 0 {
            // Rust formats the exact binary value correctly rounded, halves to even, as
            // CPython's round() does.
            format!("{:.*}", digits as usize, x)
        } else {
            round_to_tens(x, (-digits) as usize)
        };
        let r: f64 = text.parse().unwrap_or(x);
        if r.is_infinite() {
            fatal("OverflowError", "rounded value too large to represent");
        }
        if r == 0.0 {
            0.0f64.copysign(x)
        } else {
            r
        }
    }

    /// `x` rounded to a multiple of `10**n`, halves to even, from its exact decimal digits
    /// (rounding `x / 10**n` in floating point would round twice).
    fn round_to_tens(x: f64, n: usize) -> String {
        let whole = x.abs().trunc();
        let has_fraction = whole != x.abs();
        let mut digits = format!("{:.0}", whole);
        if digits.len() <= n {
            digits = format!("{}{}", "0".repeat(n + 1 - digits.len()), digits);
        }
        let (kept, dropped) = digits.split_at(digits.len() - n);
        let half = format!("5{}", "0".repeat(n - 1));
        let odd = kept.bytes().last().map_or(false, |b| (b - b'0') % 2 == 1);
        let up = match dropped.cmp(half.as_str()) {
            Ordering::Greater => true,
            Ordering::Equal => has_fraction || odd,
            Ordering::Less => false,
        };
        let mut kept: Vec<u8> = kept.bytes().collect();
        if up {
            let mut i = kept.len();
            loop {
                if i == 0 {
                    kept.insert(0, b'1');
                    break;
                }
                i -= 1;
                if kept[i] == b'9' {
                    kept[i] = b'0';
                } else {
                    kept[i] += 1;
                    break;
                }
            }
        }
        let sign = if x < 0.0 { "-" } else { "" };
        format!(
            "{}{}e{}",
            sign,
            String::from_utf8(kept).unwrap_or_default(),
            n
        )
    }

    /// `int(x)` for a float: truncation towards zero.
    pub fn float_to_int(x: f64) -> PyResult<i64> {
        if x.is_nan() {
            return raise("ValueError", "cannot convert float NaN to integer");
        }
        if x.is_infinite() {
            return raise("OverflowError", "cannot convert float infinity to integer");
        }
        let t = x.trunc();
        if t >= 9.223372036854775807e18 || t < -9.223372036854775808e18 {
            overflow("int()");
        }
        Ok(t as i64)
    }

    /// The text `int()` and `float()` parse: CPython turns every non-ASCII `str.isspace()`
    /// character into a space and every decimal digit of any script into its ASCII digit,
    /// strips ASCII whitespace, and takes out underscores that stand between two digits. None when anything else is
    /// non-ASCII or an underscore is misplaced.
    fn number_text(s: &str) -> Option<String> {
        let mut ascii = String::with_capacity(s.len());
        for c in s.chars() {
            if c.is_ascii() {
                ascii.push(c);
            } else if is_space(c) {
                ascii.push(' ');
            } else if let Some(d) = decimal_value(c) {
                ascii.push(char::from(b'0' + d as u8));
            } else {
                return None;
            }
        }
        // C's isspace(), which leaves out U+001C..U+001F.
        let t = ascii
            .trim_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c'])
            .as_bytes();
        let mut out = String::with_capacity(t.len());
        for (i, &b) in t.iter().enumerate() {
            if b == b'_' {
                let between_digits = i > 0
                    && t[i - 1].is_ascii_digit()
                    && t.get(i + 1).map_or(false, u8::is_ascii_digit);
                if !between_digits {
                    return None;
                }
            } else {
                out.push(char::from(b));
            }
        }
        Some(out)
    }

    /// `int(s)` for a str, base 10.
    pub fn str_to_int(s: &str) -> PyResult<i64> {
        if let Some(t) = number_text(s) {
            let body = t.strip_prefix(['+', '-']).unwrap_or(&t);
            if !body.is_empty() && body.bytes().all(|b| b.is_ascii_digit()) {
                if let Ok(v) = t.parse::<i64>() {
                    return Ok(v);
                }
                overflow("int()");
            }
        }
        // CPython's message holds at most 200 characters of the repr (`%.200R`).
        let shown: String = repr_str(s).chars().take(200).collect();
        raise(
            "ValueError",
            format!("invalid literal for int() with base 10: {}", shown),
        )
    }

    /// `float(s)` for a str.
    pub fn str_to_float(s: &str) -> PyResult<f64> {
        if let Some(t) = number_text(s) {
            let body = t
                .strip_prefix(['+', '-'])
                .unwrap_or(&t)
                .to_ascii_lowercase();
            let special = matches!(body.as_str(), "inf" | "infinity" | "nan");
            let plain = !body.is_empty()
                && body
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-'));
            if special || plain {
                if let Ok(v) = t.parse::<f64>() {
                    return Ok(v);
                }
            }
        }
        raise(
            "ValueError",
            format!("could not convert string to float: {}", repr_str(s)),
        )
    }

    // ---------------------------------------------------------------- printing

    /// Python's `str()` and `repr()` of a value.
    pub trait Show {
        fn repr(&self) -> String;
        fn str(&self) -> String {
            self.repr()
        }
    }

    impl Show for i64 {
        fn repr(&self) -> String {
            self.to_string()
        }
    }

    impl Show for bool {
        fn repr(&self) -> String {
            if *self { "True" } else { "False" }.to_string()
        }
    }

    impl Show for f64 {
        fn repr(&self) -> String {
            float_repr(*self)
        }
    }

    impl Show for String {
        fn repr(&self) -> String {
            repr_str(self)
        }
        fn str(&self) -> String {
            self.clone()
        }
    }

    impl Show for () {
        fn repr(&self) -> String {
            "None".to_string()
        }
    }

    impl<T: Show> Show for Option<T> {
        fn repr(&self) -> String {
            match self {
                Some(v) => v.repr(),
                None => "None".to_string(),
            }
        }
        fn str(&self) -> String {
            match self {
                Some(v) => v.str(),
                None => "None".to_string(),
            }
        }
    }

    impl Show for Exc {
        fn repr(&self) -> String {
            match &self.object {
                Some(o) => o.repr(),
                None => self.args.exc_repr(self.kind),
            }
        }
        fn str(&self) -> String {
            match &self.object {
                Some(o) => o.str(),
                None => self.args.exc_str(self.kind),
            }
        }
    }

    macro_rules! show_tuple {
        ($($name:ident $idx:tt),+) => {
            impl<$($name: Show),+> Show for ($($name,)+) {
                fn repr(&self) -> String {
                    let parts: Vec<String> = vec![$(self.$idx.repr()),+];
                    if parts.len() == 1 {
                        format!("({},)", parts[0])
                    } else {
                        format!("({})", parts.join(", "))
                    }
                }
            }
        };
    }
    show_tuple!(A 0);
    show_tuple!(A 0, B 1);
    show_tuple!(A 0, B 1, C 2);
    show_tuple!(A 0, B 1, C 2, D 3);
    show_tuple!(A 0, B 1, C 2, D 3, E 4);
    show_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);

    /// Python's repr of a str: single quotes unless the text has a single quote and no double one.
    pub fn repr_str(s: &str) -> String {
        let quote = if s.contains('\'') && !s.contains('"') {
            '"'
        } else {
            '\''
        };
        let mut out = String::with_capacity(s.len() + 2);
        out.push(quote);
        for c in s.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c == quote => {
                    out.push('\\');
                    out.push(c);
                }
                c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                    out.push_str(&format!("\\x{:02x}", c as u32))
                }
                // Outside ASCII, what str.isprintable() rejects is escaped.
                c if !c.is_ascii() && in_ranges(NOT_PRINTABLE, c) => {
                    let n = c as u32;
                    if n <= 0xff {
                        out.push_str(&format!("\\x{:02x}", n));
                    } else if n <= 0xffff {
                        out.push_str(&format!("\\u{:04x}", n));
                    } else {
                        out.push_str(&format!("\\U{:08x}", n));
                    }
                }
                c => out.push(c),
            }
        }
        out.push(quote);
        out
    }

    /// Python's repr of a float: the shortest digits that read back to the same value (of
    /// two, the nearer; of two as near, the even), in positional notation for exponents
    /// -4..16 and scientific notation otherwise.
    pub fn float_repr(x: f64) -> String {
        if x.is_nan() {
            return "nan".to_string();
        }
        if x.is_infinite() {
            return if x > 0.0 { "inf" } else { "-inf" }.to_string();
        }
        let body = float_digits_text(x.abs(), 'r', 0, false, true);
        if x.is_sign_negative() {
            format!("-{}", body)
        } else {
            body
        }
    }

    pub fn print_line(parts: &[String], sep: &str, end: &str) {
        let mut line = parts.join(sep);
        line.push_str(end);
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        let _ = lock.write_all(line.as_bytes());
    }

    // ---------------------------------------------------------------- format specs

    /// A parsed format spec: `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`,
    /// read as CPython's parse_internal_render_format_spec reads it.
    #[derive(Debug)]
    struct Spec {
        fill: char,
        align: char,
        sign: Option<char>,
        no_neg_zero: bool,
        alternate: bool,
        width: Option<usize>,
        grouping: Option<char>,
        precision: Option<usize>,
        kind: Option<char>,
    }

    /// `default_align` is '>' for numbers and '<' for str; `type_name` is for messages.
    fn parse_spec(spec: &str, default_align: char, type_name: &str) -> PyResult<Spec> {
        let chars: Vec<char> = spec.chars().collect();
        let mut i = 0;
        let mut s = Spec {
            fill: ' ',
            align: default_align,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            kind: None,
        };
        let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
        let mut fill_given = false;
        let mut align_given = false;
        if chars.len() >= 2 && is_align(chars[1]) {
            s.fill = chars[0];
            s.align = chars[1];
            fill_given = true;
            align_given = true;
            i = 2;
        } else if !chars.is_empty() && is_align(chars[0]) {
            s.align = chars[0];
            align_given = true;
            i = 1;
        }
        if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
            s.sign = Some(chars[i]);
            i += 1;
        }
        if i < chars.len() && chars[i] == 'z' {
            s.no_neg_zero = true;
            i += 1;
        }
        if i < chars.len() && chars[i] == '#' {
            s.alternate = true;
            i += 1;
        }
        // A `0` flag makes `0` the fill unless a fill was written, and for numbers
        // aligns after the sign unless an alignment was written.
        if !fill_given && i < chars.len() && chars[i] == '0' {
            s.fill = '0';
            if !align_given && default_align == '>' {
                s.align = '=';
            }
            i += 1;
        }
        let number = |i: &mut usize| -> Option<usize> {
            let begin = *i;
            let mut n = 0usize;
            while *i < chars.len() && chars[*i].is_ascii_digit() {
                n = n
                    .saturating_mul(10)
                    .saturating_add(chars[*i] as usize - '0' as usize);
                *i += 1;
            }
            if *i == begin {
                None
            } else {
                Some(n)
            }
        };
        s.width = number(&mut i);
        let both = "Cannot specify both ',' and '_'.";
        if i < chars.len() && chars[i] == ',' {
            s.grouping = Some(',');
            i += 1;
        }
        if i < chars.len() && chars[i] == '_' {
            if s.grouping.is_some() {
                return raise("ValueError", both);
            }
            s.grouping = Some('_');
            i += 1;
        }
        if i < chars.len() && chars[i] == ',' && s.grouping == Some('_') {
            return raise("ValueError", both);
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            match number(&mut i) {
                Some(p) => s.precision = Some(p),
                None => return raise("ValueError", "Format specifier missing precision"),
            }
        }
        if chars.len() - i > 1 {
            return raise(
                "ValueError",
                format!(
                    "Invalid format specifier '{}' for object of type '{}'",
                    spec, type_name
                ),
            );
        }
        if i < chars.len() {
            s.kind = Some(chars[i]);
        }
        if let Some(sep) = s.grouping {
            let kind = s.kind.unwrap_or(match type_name {
                "int" => 'd',
                "str" => 's',
                _ => '\0',
            });
            let allowed = matches!(kind, 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0')
                || (sep == '_' && matches!(kind, 'b' | 'o' | 'x' | 'X'));
            if !allowed {
                return raise(
                    "ValueError",
                    format!("Cannot specify '{}' with {}.", sep, code_text(kind)),
                );
            }
        }
        Ok(s)
    }

    /// A presentation type as CPython's messages show it: `'x'`, or `'\x..'` outside ASCII.
    fn code_text(kind: char) -> String {
        if (kind as u32) > 32 && (kind as u32) < 128 {
            format!("'{}'", kind)
        } else {
            format!("'\\x{:x}'", kind as u32)
        }
    }

    fn unknown_code<T>(kind: char, type_name: &str) -> PyResult<T> {
        raise(
            "ValueError",
            format!(
                "Unknown format code {} for object of type '{}'",
                code_text(kind),
                type_name
            ),
        )
    }

    /// `digits` with the grouping separator every `every` digits, left-padded with zeros to
    /// at least `min_width` characters as CPython's _PyUnicode_InsertThousandsGrouping pads
    /// (a group is never started by a separator, so the result may pass `min_width` by one).
    fn group_digits(digits: &str, min_width: isize, grouping: Option<(char, usize)>) -> String {
        let d = digits.as_bytes();
        let mut end = d.len();
        let mut remaining = d.len() as isize;
        let mut min_width = min_width.max(0);
        let mut groups: Vec<String> = Vec::new();
        let mut take = |len: isize, remaining: &mut isize, groups: &mut Vec<String>| {
            let zeros = (len - *remaining).max(0) as usize;
            let n = (*remaining).min(len).max(0) as usize;
            let mut g = "0".repeat(zeros);
            g.push_str(std::str::from_utf8(&d[end - n..end]).unwrap_or(""));
            end -= n;
            *remaining -= n as isize;
            groups.push(g);
        };
        let mut finished = false;
        if let Some((_, every)) = grouping {
            loop {
                let len = (every as isize).min(remaining.max(min_width).max(1));
                take(len, &mut remaining, &mut groups);
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    finished = true;
                    break;
                }
                min_width -= 1;
            }
        }
        if !finished {
            let len = remaining.max(min_width).max(1);
            take(len, &mut remaining, &mut groups);
        }
        groups.reverse();
        let sep = grouping.map(|(c, _)| c.to_string()).unwrap_or_default();
        groups.join(&sep)
    }

    /// Lays out a number as CPython's calc_number_widths and fill_number do:
    /// padding, sign, prefix, padding after the sign ('='), the grouped `digits`, the
    /// decimal point if there is one, and `rest` (fraction, exponent, `%`, or a `c` character).
    fn lay_out_number(
        spec: &Spec,
        negative: bool,
        prefix: &str,
        (digits, has_decimal, rest): (&str, bool, &str),
        every: usize,
    ) -> String {
        let sign = match (spec.sign, negative) {
            (_, true) => "-",
            (Some('+'), false) => "+",
            (Some(' '), false) => " ",
            _ => "",
        };
        let others =
            sign.len() + prefix.chars().count() + usize::from(has_decimal) + rest.chars().count();
        let width = spec.width.map_or(-1, |w| w as isize);
        let min_width = if spec.fill == '0' && spec.align == '=' {
            width - others as isize
        } else {
            0
        };
        let grouped = if digits.is_empty() {
            String::new()
        } else {
            group_digits(digits, min_width, spec.grouping.map(|c| (c, every)))
        };
        let padding = (width - (others + grouped.chars().count()) as isize).max(0) as usize;
        let fill = |n: usize| spec.fill.to_string().repeat(n);
        let (left, inner, right) = match spec.align {
            '<' => (0, 0, padding),
            '^' => (padding / 2, 0, padding - padding / 2),
            '=' => (0, padding, 0),
            _ => (padding, 0, 0),
        };
        let mut out = fill(left);
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(&fill(inner));
        out.push_str(&grouped);
        if has_decimal {
            out.push('.');
        }
        out.push_str(rest);
        out.push_str(&fill(right));
        out
    }

    pub fn format_int(v: i64, spec_text: &str) -> PyResult<String> {
        if spec_text.is_empty() {
            return Ok(v.to_string());
        }
        let spec = parse_spec(spec_text, '>', "int")?;
        let kind = spec.kind.unwrap_or('d');
        if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
            return format_float_spec(v as f64, &spec);
        }
        if !matches!(kind, 'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') {
            return unknown_code(kind, "int");
        }
        if spec.precision.is_some() {
            return raise(
                "ValueError",
                "Precision not allowed in integer format specifier",
            );
        }
        if spec.no_neg_zero {
            return raise(
                "ValueError",
                "Negative zero coercion (z) not allowed in integer format specifier",
            );
        }
        if kind == 'c' {
            if spec.sign.is_some() {
                return raise(
                    "ValueError",
                    "Sign not allowed with integer format specifier 'c'",
                );
            }
            if spec.alternate {
                return raise(
                    "ValueError",
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                );
            }
            let c = u32::try_from(v).ok().and_then(char::from_u32);
            return match c {
                Some(c) => Ok(lay_out_number(
                    &spec,
                    false,
                    "",
                    ("", false, &c.to_string()),
                    3,
                )),
                None if (0..0x110000).contains(&v) => {
                    fatal("UnicodeEncodeError", "a surrogate is not a Rust char")
                }
                None => raise("OverflowError", "%c arg not in range(0x110000)"),
            };
        }
        let m = v.unsigned_abs();
        let (digits, prefix, every) = match kind {
            'b' => (format!("{:b}", m), "0b", 4),
            'o' => (format!("{:o}", m), "0o", 4),
            'x' => (format!("{:x}", m), "0x", 4),
            'X' => (format!("{:X}", m), "0X", 4),
            _ => (m.to_string(), "", 3),
        };
        let prefix = if spec.alternate { prefix } else { "" };
        Ok(lay_out_number(
            &spec,
            v < 0,
            prefix,
            (&digits, false, ""),
            every,
        ))
    }

    /// The digits of `x` (finite, not negative) and the place of the decimal point, as
    /// CPython's _Py_dg_dtoa gives them: mode 0 (`None`) the shortest digits that read back
    /// as `x`; `Some(n)` with `fixed` the digits rounded at `n` places after the point
    /// (mode 3), else rounded to `n` significant digits (mode 2). Trailing zeros are dropped,
    /// and zero is `"0"` with the point after it.
    fn dtoa(x: f64, digits: Option<usize>, fixed: bool) -> (String, i32) {
        if x == 0.0 {
            return ("0".to_string(), 1);
        }
        let (text, exact_point) = match digits {
            None => (shortest_digits(x), None),
            Some(n) if fixed => (format!("{:.*}", n, x), Some(())),
            Some(n) => (format!("{:.*e}", n.max(1) - 1, x), None),
        };
        let (mut ds, mut point) = match exact_point {
            Some(()) => {
                let int_len = text.find('.').unwrap_or(text.len()) as i32;
                (text.replace('.', ""), int_len)
            }
            None => {
                let (m, e) = text.split_once('e').expect("exponent");
                let e: i32 = e.parse().expect("exponent digits");
                (m.replace('.', ""), e + 1)
            }
        };
        let zeros = ds.len() - ds.trim_start_matches('0').len();
        if zeros == ds.len() {
            return ("0".to_string(), 1);
        }
        ds.drain(..zeros);
        point -= zeros as i32;
        let kept = ds.trim_end_matches('0').len();
        ds.truncate(kept);
        (ds, point)
    }

    /// The shortest digits that read back as `x` (finite, non-zero), in `{:e}` form. Of two
    /// such strings equally near `x`, Rust takes the upper; CPython's repr the even one.
    fn shortest_digits(x: f64) -> String {
        let shortest = format!("{:e}", x);
        let n = shortest
            .split_once('e')
            .map_or(0, |(m, _)| m.bytes().filter(u8::is_ascii_digit).count());
        // Rounding the exact value to n digits gives the nearest n-digit string, halves
        // to even; when it reads back as x it is the one CPython picks.
        let nearest = format!("{:.*e}", n.max(1) - 1, x);
        if nearest.parse::<f64>() == Ok(x) {
            nearest
        } else {
            shortest
        }
    }

    /// CPython's format_float_short: `x` (finite, not negative) in presentation `kind`
    /// ('e', 'f', 'g' or 'r' for repr) with `precision`, as PyOS_double_to_string writes it.
    fn float_digits_text(
        x: f64,
        kind: char,
        precision: usize,
        alternate: bool,
        dot_0: bool,
    ) -> String {
        let (digits, mut point) = match kind {
            'e' => dtoa(x, Some(precision + 1), false),
            'f' => dtoa(x, Some(precision), true),
            'g' => dtoa(x, Some(precision.max(1)), false),
            _ => dtoa(x, None, false),
        };
        let precision = if kind == 'g' {
            precision.max(1)
        } else {
            precision
        } as i32;
        let len = digits.len() as i32;
        let mut end = len;
        let mut exponent = false;
        match kind {
            'e' => {
                exponent = true;
                end = precision + 1;
            }
            'f' => end = point + precision,
            'g' => {
                exponent = point <= -4 || point > if dot_0 { precision - 1 } else { precision };
                if alternate {
                    end = precision;
                }
            }
            _ => exponent = point <= -4 || point > 16,
        }
        let exp = point - 1;
        if exponent {
            point = 1;
        }
        let start = if point <= 0 { point - 1 } else { 0 };
        end = if !exponent && dot_0 {
            end.max(point + 1)
        } else {
            end.max(point)
        };
        // The digits, padded with zeros from `start` to `end`, with the point at `point`.
        let mut out = String::new();
        for i in start..end {
            if i == point {
                out.push('.');
            }
            let d = if i >= 0 && i < len {
                digits.as_bytes()[i as usize] as char
            } else {
                '0'
            };
            out.push(d);
        }
        if end == point {
            out.push('.');
        }
        if out.ends_with('.') && !alternate {
            out.pop();
        }
        if exponent {
            out.push_str(&format!(
                "e{}{:02}",
                if exp < 0 { '-' } else { '+' },
                exp.abs()
            ));
        }
        out
    }

    pub fn format_float(v: f64, spec_text: &str) -> PyResult<String> {
        if spec_text.is_empty() {
            return Ok(float_repr(v));
        }
        let spec = parse_spec(spec_text, '>', "float")?;
        format_float_spec(v, &spec)
    }

    /// CPython's format_float_internal.
    fn format_float_spec(v: f64, spec: &Spec) -> PyResult<String> {
        let kind = spec.kind.unwrap_or('\0');
        let upper = matches!(kind, 'E' | 'F' | 'G');
        let (base, default_precision) = match kind {
            '\0' => ('r', 0),
            'e' | 'E' => ('e', 6),
            'f' | 'F' | '%' => ('f', 6),
            'g' | 'G' | 'n' => ('g', 6),
            other => return unknown_code(other, "float"),
        };
        // No type: repr, or with a precision 'g' that keeps a digit after the point.
        let dot_0 = kind == '\0';
        let base = if base == 'r' && spec.precision.is_some() {
            'g'
        } else {
            base
        };
        let precision = spec.precision.unwrap_or(default_precision);
        let x = if kind == '%' { v * 100.0 } else { v };
        let mut negative = x.is_sign_negative() && !x.is_nan();
        let mut text = if x.is_nan() {
            "nan".to_string()
        } else if x.is_infinite() {
            "inf".to_string()
        } else {
            float_digits_text(x.abs(), base, precision, spec.alternate, dot_0)
        };
        if spec.no_neg_zero
            && negative
            && x.is_finite()
            && !text.bytes().any(|b| matches!(b, b'1'..=b'9'))
        {
            negative = false;
        }
        if upper {
            text = text.to_uppercase();
        }
        if kind == '%' {
            text.push('%');
        }
        // The integer digits, then a decimal point, then the rest (CPython's parse_number).
        let n = text.bytes().take_while(u8::is_ascii_digit).count();
        let parts = match text[n..].strip_prefix('.') {
            Some(rest) => (&text[..n], true, rest),
            None => (&text[..n], false, &text[n..]),
        };
        Ok(lay_out_number(spec, negative, "", parts, 3))
    }

    pub fn format_str(v: &str, spec_text: &str) -> PyResult<String> {
        let spec = parse_spec(spec_text, '<', "str")?;
        if let Some(k) = spec.kind {
            if k != 's' {
                return unknown_code(k, "str");
            }
        }
        let refuse = |what: &str| {
            raise(
                "ValueError",
                format!("{} not allowed in string format specifier", what),
            )
        };
        match spec.sign {
            Some(' ') => return refuse("Space"),
            Some(_) => return refuse("Sign"),
            None => {}
        }
        if spec.no_neg_zero {
            return refuse("Negative zero coercion (z)");
        }
        if spec.alternate {
            return refuse("Alternate form (#)");
        }
        if spec.align == '=' {
            return refuse("'=' alignment");
        }
        let body: String = match spec.precision {
            Some(p) => v.chars().take(p).collect(),
            None => v.to_string(),
        };
        let n = body.chars().count();
        let padding = spec.width.unwrap_or(0).saturating_sub(n);
        let left = match spec.align {
            '>' => padding,
            '^' => padding / 2,
            _ => 0,
        };
        let fill = |k: usize| spec.fill.to_string().repeat(k);
        Ok(format!("{}{}{}", fill(left), body, fill(padding - left)))
    }

    /// `format(value, spec)`, the `{value:spec}` of an f-string.
    pub trait Format {
        fn format(&self, spec: &str) -> PyResult<String>;
    }

    impl Format for i64 {
        fn format(&self, spec: &str) -> PyResult<String> {
            format_int(*self, spec)
        }
    }

    impl Format for f64 {
        fn format(&self, spec: &str) -> PyResult<String> {
            format_float(*self, spec)
        }
    }

    impl Format for String {
        fn format(&self, spec: &str) -> PyResult<String> {
            format_str(self, spec)
        }
    }

    impl Format for bool {
        fn format(&self, spec: &str) -> PyResult<String> {
            if spec.is_empty() {
                Ok(self.str())
            } else {
                format_int(*self as i64, spec)
            }
        }
    }

    // ---------------------------------------------------------------- ordering

    /// Python's `<` as a total order for sorting, `min` and `max`.
    pub trait PyOrd {
        fn py_cmp(&self, other: &Self) -> Ordering;
    }

    impl PyOrd for i64 {
        fn py_cmp(&self, other: &Self) -> Ordering {
            self.cmp(other)
        }
    }

    impl PyOrd for bool {
        fn py_cmp(&self, other: &Self) -> Ordering {
            self.cmp(other)
        }
    }

    impl PyOrd for f64 {
        fn py_cmp(&self, other: &Self) -> Ordering {
            self.partial_cmp(other).unwrap_or(Ordering::Equal)
        }
    }

    impl PyOrd for String {
        fn py_cmp(&self, other: &Self) -> Ordering {
            self.cmp(other)
        }
    }

    macro_rules! ord_tuple {
        ($($name:ident $idx:tt),+) => {
            impl<$($name: PyOrd),+> PyOrd for ($($name,)+) {
                fn py_cmp(&self, other: &Self) -> Ordering {
                    Ordering::Equal $(.then_with(|| self.$idx.py_cmp(&other.$idx)))+
                }
            }
        };
    }
    ord_tuple!(A 0);
    ord_tuple!(A 0, B 1);
    ord_tuple!(A 0, B 1, C 2);
    ord_tuple!(A 0, B 1, C 2, D 3);
    ord_tuple!(A 0, B 1, C 2, D 3, E 4);
    ord_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);

    impl<T: PyOrd> PyOrd for List<T> {
        fn py_cmp(&self, other: &Self) -> Ordering {
            let (a, b) = (self.0.borrow(), other.0.borrow());
            for (x, y) in a.iter().zip(b.iter()) {
                let o = x.py_cmp(y);
                if o != Ordering::Equal {
                    return o;
                }
            }
            a.len().cmp(&b.len())
        }
    }

    pub fn lt<T: PyOrd>(a: &T, b: &T) -> bool {
        a.py_cmp(b) == Ordering::Less
    }

    pub fn le<T: PyOrd>(a: &T, b: &T) -> bool {
        a.py_cmp(b) != Ordering::Greater
    }

    /// CPython's sort by a `<` that cannot raise (PyOrd's).
    fn sort_pyord<T: Clone>(items: Vec<T>, reverse: bool, lt: impl Fn(&T, &T) -> bool) -> Vec<T> {
        match list_sort(items, reverse, &mut |a, b| Ok(lt(a, b))) {
            Ok(sorted) => sorted,
            Err(_) => unreachable!("a PyOrd comparison cannot raise"),
        }
    }

    /// A stable sort by precomputed keys, as `sorted(items, key=..., reverse=...)`: CPython's
    /// sort compares only the keys, and the items move with them.
    pub fn sort_by_key<T: Clone, K: Clone + PyOrd>(
        items: Vec<T>,
        keys: Vec<K>,
        reverse: bool,
    ) -> Vec<T> {
        let pairs: Vec<(K, T)> = keys.into_iter().zip(items).collect();
        let sorted = sort_pyord(pairs, reverse, |a, b| lt(&a.0, &b.0));
        sorted.into_iter().map(|(_, item)| item).collect()
    }

    /// `sorted(d.items())`: dict keys are unique, so only they are compared.
    pub fn sorted_items<K: Clone + PyOrd, V: Clone>(
        items: Vec<(K, V)>,
        reverse: bool,
    ) -> Vec<(K, V)> {
        sort_pyord(items, reverse, |a, b| lt(&a.0, &b.0))
    }

    pub fn sorted<T: Clone + PyOrd>(items: Vec<T>, reverse: bool) -> Vec<T> {
        sort_pyord(items, reverse, lt)
    }

    /// `min`/`max` by key: the first of the extreme elements, as Python returns.
    pub fn extreme_by_key<T: Clone, K: PyOrd>(
        items: Vec<T>,
        keys: Vec<K>,
        want_max: bool,
        what: &str,
    ) -> PyResult<T> {
        if items.is_empty() {
            return raise("ValueError", format!("{}() arg is an empty sequence", what));
        }
        let mut best = 0;
        for i in 1..items.len() {
            let o = keys[i].py_cmp(&keys[best]);
            if (want_max && o == Ordering::Greater) || (!want_max && o == Ordering::Less) {
                best = i;
            }
        }
        Ok(items[best].clone())
    }

    pub fn extreme<T: Clone + PyOrd>(items: Vec<T>, want_max: bool, what: &str) -> PyResult<T> {
        let keys = items.clone();
        extreme_by_key(items, keys, want_max, what)
    }

    // ---------------------------------------------------------------- sequences

    /// The positions a slice `[start:stop:step]` selects in a sequence of `len` items.
    pub fn slice_positions(
        len: usize,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> PyResult<Vec<usize>> {
        let step = step.unwrap_or(1);
        if step == 0 {
            return raise("ValueError", "slice step cannot be zero");
        }
        let n = len as i64;
        let clamp = |v: i64, low: i64, high: i64| v.max(low).min(high);
        let fix = |v: Option<i64>, default: i64, low: i64, high: i64| match v {
            None => default,
            Some(i) if i < 0 => clamp(i + n, low, high),
            Some(i) => clamp(i, low, high),
        };
        let mut out = Vec::new();
        if step > 0 {
            let (mut i, stop) = (fix(start, 0, 0, n), fix(stop, n, 0, n));
            while i < stop {
                out.push(i as usize);
                i += step;
            }
        } else {
            let (mut i, stop) = (fix(start, n - 1, -1, n - 1), fix(stop, -1, -1, n - 1));
            while i > stop {
                out.push(i as usize);
                i += step;
            }
        }
        Ok(out)
    }

    /// Resolves a possibly negative index into `0..len`.
    pub fn position(index: i64, len: usize, what: &str) -> PyResult<usize> {
        let i = if index < 0 { index + len as i64 } else { index };
        if i < 0 || i >= len as i64 {
            return raise("IndexError", format!("{} index out of range", what));
        }
        Ok(i as usize)
    }

    pub fn range(start: i64, stop: i64, step: i64) -> PyResult<Vec<i64>> {
        if step == 0 {
            return raise("ValueError", "range() arg 3 must not be zero");
        }
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(i);
            i += step;
        }
        Ok(out)
    }

    pub fn enumerate<T>(items: Vec<T>, start: i64) -> Vec<(i64, T)> {
        items
            .into_iter()
            .enumerate()
            .map(|(i, v)| (i as i64 + start, v))
            .collect()
    }

    pub fn zip<A, B>(a: Vec<A>, b: Vec<B>) -> Vec<(A, B)> {
        a.into_iter().zip(b).collect()
    }

    pub fn reversed<T>(mut items: Vec<T>) -> Vec<T> {
        items.reverse();
        items
    }

    /// Python's sum: a left fold from the start value.
    pub fn sum_int(items: Vec<i64>, start: i64) -> i64 {
        items.into_iter().fold(start, add)
    }

    /// A left fold from the (float) start, as Python 3.11 adds: no compensation, and no -0.0 seed.
    pub fn sum_float(items: Vec<f64>, start: f64) -> f64 {
        items.into_iter().fold(start, |a, b| a + b)
    }

    // ---------------------------------------------------------------- generators

    // A generator function's body is a Rust `async fn`: the compiler turns it into a state
    // machine that keeps its locals between resumptions, and each `yield` is an `.await`
    // on `Yielder::give`. `Gen` drives it by hand (one poll per `next()`), on the caller's
    // thread, so only one side runs at a time and thread-locals and `Rc` work as anywhere.

    /// What passes between a generator's body and its handle: the value just yielded, and
    /// whether the handle is closing the generator.
    struct Channel<T> {
        yielded: Option<T>,
        closing: bool,
    }

    /// The body's end of a generator: `yielder.give(value).await?` is Python's `yield value`.
    pub struct Yielder<T>(Rc<RefCell<Channel<T>>>);

    impl<T> Clone for Yielder<T> {
        fn clone(&self) -> Self {
            Yielder(self.0.clone())
        }
    }

    impl<T> Yielder<T> {
        pub fn new() -> Self {
            Yielder(Rc::new(RefCell::new(Channel {
                yielded: None,
                closing: false,
            })))
        }

        pub fn give(&self, value: T) -> Give<T> {
            Give {
                channel: self.0.clone(),
                value: Some(value),
            }
        }
    }

    /// One `yield`: the first poll hands the value over and suspends the body; the next
    /// resumes it, raising GeneratorExit there when the generator is being closed.
    pub struct Give<T> {
        channel: Rc<RefCell<Channel<T>>>,
        value: Option<T>,
    }

    impl<T> Unpin for Give<T> {}

    impl<T> Future for Give<T> {
        type Output = PyResult<()>;

        fn poll(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<PyResult<()>> {
            if let Some(v) = self.value.take() {
                self.channel.borrow_mut().yielded = Some(v);
                return Poll::Pending;
            }
            if self.channel.borrow().closing {
                return Poll::Ready(raise("GeneratorExit", ""));
            }
            Poll::Ready(Ok(()))
        }
    }

    struct Frame<T> {
        name: &'static str,
        channel: Rc<RefCell<Channel<T>>>,
        body: Option<Pin<Box<dyn Future<Output = PyResult<()>>>>>,
        started: bool,
    }

    impl<T> Frame<T> {
        /// Runs the body to its next `yield` (Some) or its end (None).
        fn resume(&mut self) -> PyResult<Option<T>> {
            let Some(body) = self.body.as_mut() else {
                return Ok(None);
            };
            self.started = true;
            match body.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
                Poll::Pending => Ok(self.channel.borrow_mut().yielded.take()),
                Poll::Ready(end) => {
                    self.body = None;
                    match end {
                        Ok(()) => Ok(None),
                        // PEP 479: a StopIteration leaving the body becomes a RuntimeError.
                        Err(e) if e.kind == "StopIteration" => {
                            raise("RuntimeError", "generator raised StopIteration")
                        }
                        Err(e) => Err(e),
                    }
                }
            }
        }
    }

    /// CPython closes a suspended generator when its last reference goes: GeneratorExit is
    /// raised at the `yield`, so its `finally` blocks run. Problems are reported, not raised.
    impl<T> Drop for Frame<T> {
        fn drop(&mut self) {
            if !self.started || self.body.is_none() {
                return;
            }
            self.channel.borrow_mut().closing = true;
            let problem = match self.resume() {
                Ok(None) => return,
                Err(e) if e.kind == "GeneratorExit" => return,
                Ok(Some(_)) => exc("RuntimeError", "generator ignored GeneratorExit"),
                Err(e) => e,
            };
            self.body = None;
            let _ = std::io::stdout().flush();
            eprintln!("Exception ignored in: <generator object {}>", self.name);
            eprintln!("{}: {}", problem.kind, problem.str());
        }
    }

    /// A generator object: a shared handle, as in Python.
    pub struct Gen<T>(Rc<RefCell<Frame<T>>>);

    impl<T> Clone for Gen<T> {
        fn clone(&self) -> Self {
            Gen(self.0.clone())
        }
    }

    impl<T: 'static> Gen<T> {
        pub fn new(
            name: &'static str,
            yielder: Yielder<T>,
            body: impl Future<Output = PyResult<()>> + 'static,
        ) -> Self {
            Gen(Rc::new(RefCell::new(Frame {
                name,
                channel: yielder.0,
                body: Some(Box::pin(body)),
                started: false,
            })))
        }

        /// A generator over items already computed (a list handed to `zip`, say).
        pub fn over(items: Vec<T>) -> Self {
            let yielder = Yielder::new();
            let out = yielder.clone();
            Gen::new("iterator", yielder, async move {
                for item in items {
                    out.give(item).await?;
                }
                Ok(())
            })
        }

        /// One step: the next item, or None once the generator is exhausted.
        pub fn step(&self) -> PyResult<Option<T>> {
            match self.0.try_borrow_mut() {
                Ok(mut frame) => frame.resume(),
                Err(_) => raise("ValueError", "generator already executing"),
            }
        }
    }

    /// `for x in gen`: each step may raise the generator's exception.
    impl<T: 'static> Iterator for Gen<T> {
        type Item = PyResult<T>;

        fn next(&mut self) -> Option<PyResult<T>> {
            self.step().transpose()
        }
    }

    /// The items not yet taken, running the generator to its end (for `list(gen)`, `sum(gen)`).
    pub fn remaining<T: 'static>(g: Gen<T>) -> PyResult<Vec<T>> {
        let mut out = Vec::new();
        while let Some(item) = g.step()? {
            out.push(item);
        }
        Ok(out)
    }

    /// Python's `next(gen)`.
    pub fn next_item<T: 'static>(g: Gen<T>) -> PyResult<T> {
        match g.step()? {
            Some(item) => Ok(item),
            None => raise("StopIteration", ""),
        }
    }

    /// Python's `next(gen, default)`.
    pub fn next_or<T: 'static>(g: Gen<T>, default: T) -> PyResult<T> {
        Ok(g.step()?.unwrap_or(default))
    }

    /// `yield from inner`: its items, one per resumption. A close reaches the inner
    /// generator first, as in CPython.
    pub async fn delegate<T: 'static>(yielder: &Yielder<T>, inner: Gen<T>) -> PyResult<()> {
        while let Some(item) = inner.step()? {
            if let Err(e) = yielder.give(item).await {
                inner.close();
                return Err(e);
            }
        }
        Ok(())
    }

    impl<T> Gen<T> {
        /// Python's `gen.close()`: a suspended body gets GeneratorExit now.
        pub fn close(&self) {
            let mut frame = self.0.borrow_mut();
            if frame.started && frame.body.is_some() {
                frame.channel.borrow_mut().closing = true;
                let _ = frame.resume();
                frame.body = None;
            }
        }
    }

    /// `enumerate(gen)`, as lazy as Python's.
    pub fn enumerate_gen<T: 'static>(inner: Gen<T>, start: i64) -> Gen<(i64, T)> {
        let yielder = Yielder::new();
        let out = yielder.clone();
        Gen::new("enumerate", yielder, async move {
            let mut i = start;
            while let Some(item) = inner.step()? {
                out.give((i, item)).await?;
                i = add(i, 1);
            }
            Ok(())
        })
    }

    /// `zip(a, b)` over generators, as lazy as Python's: it takes from `a` first and stops
    /// at the first one that is exhausted.
    pub fn zip_gen<A: 'static, B: 'static>(a: Gen<A>, b: Gen<B>) -> Gen<(A, B)> {
        let yielder = Yielder::new();
        let out = yielder.clone();
        Gen::new("zip", yielder, async move {
            while let Some(x) = a.step()? {
                let Some(y) = b.step()? else {
                    break;
                };
                out.give((x, y)).await?;
            }
            Ok(())
        })
    }

    /// `any(gen)` and `all(gen)` of bools: they stop at the first item that settles them.
    pub fn any_gen(g: Gen<bool>) -> PyResult<bool> {
        while let Some(b) = g.step()? {
            if b {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn all_gen(g: Gen<bool>) -> PyResult<bool> {
        while let Some(b) = g.step()? {
            if !b {
                return Ok(false);
            }
        }
        Ok(true)
    }

    // ---------------------------------------------------------------- str

    pub fn len_str(s: &str) -> i64 {
        s.chars().count() as i64
    }

    pub fn chars(s: &str) -> Vec<String> {
        s.chars().map(String::from).collect()
    }

    pub fn str_index(s: &str, index: i64) -> PyResult<String> {
        let n = s.chars().count();
        let i = position(index, n, "string")?;
        Ok(s.chars().nth(i).map(String::from).unwrap_or_default())
    }

    pub fn str_slice(
        s: &str,
        start: Option<i64>,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> PyResult<String> {
        let cs: Vec<char> = s.chars().collect();
        Ok(slice_positions(cs.len(), start, stop, step)?
            .into_iter()
            .map(|i| cs[i])
            .collect())
    }

    pub fn str_repeat(s: &str, n: i64) -> String {
        s.repeat(n.max(0) as usize)
    }

    pub fn ord(s: &str) -> PyResult<i64> {
        let mut it = s.chars();
        match (it.next(), it.next()) {
            (Some(c), None) => Ok(c as i64),
            _ => raise(
                "TypeError",
                format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ),
            ),
        }
    }

    pub fn chr(i: i64) -> PyResult<String> {
        match u32::try_from(i).ok().and_then(char::from_u32) {
            Some(c) => Ok(c.to_string()),
            None => raise("ValueError", "chr() arg not in range(0x110000)"),
        }
    }

    /// `str.split()` with no separator: runs of `str.isspace()` characters separate.
    pub fn split_whitespace(s: &str) -> List<String> {
        List::from(
            s.split(is_space)
                .filter(|w| !w.is_empty())
                .map(String::from)
                .collect(),
        )
    }

    pub fn split(s: &str, sep: &str, maxsplit: i64) -> PyResult<List<String>> {
        if sep.is_empty() {
            return raise("ValueError", "empty separator");
        }
        let parts: Vec<String> = if maxsplit < 0 {
            s.split(sep).map(String::from).collect()
        } else {
            s.splitn(maxsplit as usize + 1, sep)
                .map(String::from)
                .collect()
        };
        Ok(List::from(parts))
    }

    pub fn splitlines(s: &str) -> List<String> {
        let mut out = Vec::new();
        let mut current = String::new();
        let mut it = s.chars().peekable();
        while let Some(c) = it.next() {
            // The line boundaries of str.splitlines: more than \n and \r\n.
            match c {
                '\n' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}'
                | '\u{2029}' => out.push(std::mem::take(&mut current)),
                '\r' => {
                    if it.peek() == Some(&'\n') {
                        it.next();
                    }
                    out.push(std::mem::take(&mut current));
                }
                c => current.push(c),
            }
        }
        if !current.is_empty() {
            out.push(current);
        }
        List::from(out)
    }

    pub fn join(sep: &str, items: Vec<String>) -> String {
        items.join(sep)
    }

    pub fn strip(s: &str, chars: Option<&str>) -> String {
        match chars {
            None => s.trim_matches(is_space).to_string(),
            Some(cs) => s.trim_matches(|c| cs.contains(c)).to_string(),
        }
    }

    pub fn lstrip(s: &str, chars: Option<&str>) -> String {
        match chars {
            None => s.trim_start_matches(is_space).to_string(),
            Some(cs) => s.trim_start_matches(|c| cs.contains(c)).to_string(),
        }
    }

    pub fn rstrip(s: &str, chars: Option<&str>) -> String {
        match chars {
            None => s.trim_end_matches(is_space).to_string(),
            Some(cs) => s.trim_end_matches(|c| cs.contains(c)).to_string(),
        }
    }

    pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
        if count < 0 {
            s.replace(old, new)
        } else {
            s.replacen(old, new, count as usize)
        }
    }

    /// `find`: the code-point index of the first match, or -1.
    pub fn find(s: &str, sub: &str) -> i64 {
        match s.find(sub) {
            Some(b) => s[..b].chars().count() as i64,
            None => -1,
        }
    }

    pub fn rfind(s: &str, sub: &str) -> i64 {
        match s.rfind(sub) {
            Some(b) => s[..b].chars().count() as i64,
            None => -1,
        }
    }

    pub fn str_index_of(s: &str, sub: &str) -> PyResult<i64> {
        match find(s, sub) {
            -1 => raise("ValueError", "substring not found"),
            i => Ok(i),
        }
    }

    pub fn count(s: &str, sub: &str) -> i64 {
        if sub.is_empty() {
            return s.chars().count() as i64 + 1;
        }
        s.matches(sub).count() as i64
    }

    /// `str.title()`: a cased character after a cased one goes to lower case, any other
    /// character to its title case.
    pub fn title(s: &str) -> String {
        let mut out = String::new();
        let mut previous_cased = false;
        for (i, c) in s.char_indices() {
            if previous_cased {
                push_lower(&mut out, s, i, c);
            } else {
                push_title(&mut out, c);
            }
            previous_cased = is_cased(c);
        }
        out
    }

    /// `str.capitalize()`: the first character in title case, the rest in lower case.
    pub fn capitalize(s: &str) -> String {
        let mut out = String::new();
        for (i, c) in s.char_indices() {
            if i == 0 {
                push_title(&mut out, c);
            } else {
                push_lower(&mut out, s, i, c);
            }
        }
        out
    }

    /// `str.upper()`: Rust's full upper case mapping, for the characters that have one in
    /// CPython's Unicode 14 (Rust's tables are of a later Unicode).
    pub fn upper(s: &str) -> String {
        if s.is_ascii() {
            return s.to_ascii_uppercase();
        }
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            push_upper(&mut out, c);
        }
        out
    }

    /// `str.lower()`, with the final sigma rule.
    pub fn lower(s: &str) -> String {
        if s.is_ascii() {
            return s.to_ascii_lowercase();
        }
        let mut out = String::with_capacity(s.len());
        for (i, c) in s.char_indices() {
            push_lower(&mut out, s, i, c);
        }
        out
    }

    fn push_upper(out: &mut String, c: char) {
        if in_ranges(UPPER_CHANGES, c) {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }

    /// The full title case mapping of `c` (ǆ → ǅ, ß → Ss, ﬁ → Fi).
    fn push_title(out: &mut String, c: char) {
        match TITLE_CASE.binary_search_by(|&(k, _)| k.cmp(&c)) {
            Ok(i) => out.push_str(TITLE_CASE[i].1),
            Err(_) => push_upper(out, c),
        }
    }

    /// The lower case of `s`'s character `c` at byte `at`, with CPython's final sigma rule:
    /// Σ becomes ς after a cased letter when no cased letter follows (case-ignorable
    /// characters skipped both ways).
    fn push_lower(out: &mut String, s: &str, at: usize, c: char) {
        if c != '\u{3a3}' {
            if in_ranges(LOWER_CHANGES, c) {
                out.extend(c.to_lowercase());
            } else {
                out.push(c);
            }
            return;
        }
        let before = s[..at].chars().rev().find(|&b| !is_case_ignorable(b));
        let after = s[at + c.len_utf8()..]
            .chars()
            .find(|&a| !is_case_ignorable(a));
        let is_final = before.map_or(false, is_cased) && !after.map_or(false, is_cased);
        out.push(if is_final { '\u{3c2}' } else { '\u{3c3}' });
    }

    fn all_chars(s: &str, test: impl Fn(char) -> bool) -> bool {
        !s.is_empty() && s.chars().all(test)
    }

    /// The first code point of the range of `table` (`lo, hi, lo, hi, ...`, inclusive,
    /// ascending) that holds `c`.
    fn range_start(table: &[u32], c: char) -> Option<u32> {
        let c = c as u32;
        let (mut lo, mut hi) = (0, table.len() / 2);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if table[2 * mid + 1] < c {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo < table.len() / 2 && table[2 * lo] <= c {
            Some(table[2 * lo])
        } else {
            None
        }
    }

    fn in_ranges(table: &[u32], c: char) -> bool {
        range_start(table, c).is_some()
    }

    /// `str.isspace()` of one character.
    fn is_space(c: char) -> bool {
        in_ranges(SPACE, c)
    }

    /// The value of a decimal digit (category Nd) of any script.
    fn decimal_value(c: char) -> Option<u32> {
        range_start(DECIMAL, c).map(|lo| (c as u32 - lo) % 10)
    }

    fn is_cased(c: char) -> bool {
        in_ranges(LOWER, c) || in_ranges(UPPER, c) || in_ranges(TITLE, c)
    }

    /// Unicode's Case_Ignorable: categories Mn, Me, Cf, Lm, Sk and Word_Break MidLetter,
    /// MidNumLet, Single_Quote.
    fn is_case_ignorable(c: char) -> bool {
        in_ranges(CASE_IGNORABLE, c)
    }

    pub fn isdigit(s: &str) -> bool {
        all_chars(s, |c| in_ranges(DIGIT, c))
    }

    pub fn isdecimal(s: &str) -> bool {
        all_chars(s, |c| in_ranges(DECIMAL, c))
    }

    pub fn isnumeric(s: &str) -> bool {
        all_chars(s, |c| in_ranges(NUMERIC, c))
    }

    pub fn isalpha(s: &str) -> bool {
        all_chars(s, |c| in_ranges(ALPHA, c))
    }

    pub fn isalnum(s: &str) -> bool {
        all_chars(s, |c| in_ranges(ALPHA, c) || in_ranges(NUMERIC, c))
    }

    pub fn isspace(s: &str) -> bool {
        all_chars(s, is_space)
    }

    pub fn isprintable(s: &str) -> bool {
        s.chars().all(|c| !in_ranges(NOT_PRINTABLE, c))
    }

    /// `str.isupper()`: some cased character, and none lower or title case.
    pub fn isupper(s: &str) -> bool {
        let mut cased = false;
        for c in s.chars() {
            if in_ranges(LOWER, c) || in_ranges(TITLE, c) {
                return false;
            }
            cased |= in_ranges(UPPER, c);
        }
        cased
    }

    /// `str.islower()`: some cased character, and none upper or title case.
    pub fn islower(s: &str) -> bool {
        let mut cased = false;
        for c in s.chars() {
            if in_ranges(UPPER, c) || in_ranges(TITLE, c) {
                return false;
            }
            cased |= in_ranges(LOWER, c);
        }
        cased
    }

    /// `str.istitle()`: upper and title case characters only after uncased ones, lower
    /// case ones only after cased ones, and at least one cased character.
    pub fn istitle(s: &str) -> bool {
        let mut cased = false;
        let mut previous_cased = false;
        for c in s.chars() {
            if in_ranges(UPPER, c) || in_ranges(TITLE, c) {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else if in_ranges(LOWER, c) {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        cased
    }

    fn padding(s: &str, width: i64, fill: &str) -> PyResult<(usize, char)> {
        let mut it = fill.chars();
        let c = match (it.next(), it.next()) {
            (Some(c), None) => c,
            _ => {
                return raise(
                    "TypeError",
                    "The fill character must be exactly one character long",
                )
            }
        };
        Ok(((width.max(0) as usize).saturating_sub(s.chars().count()), c))
    }

    pub fn ljust(s: &str, width: i64, fill: &str) -> PyResult<String> {
        let (n, c) = padding(s, width, fill)?;
        Ok(format!("{}{}", s, c.to_string().repeat(n)))
    }

    pub fn rjust(s: &str, width: i64, fill: &str) -> PyResult<String> {
        let (n, c) = padding(s, width, fill)?;
        Ok(format!("{}{}", c.to_string().repeat(n), s))
    }

    pub fn center(s: &str, width: i64, fill: &str) -> PyResult<String> {
        let (n, c) = padding(s, width, fill)?;
        // CPython's rule: the odd fill character goes on the left only when the width is odd too.
        let left = n / 2 + (n & width.max(0) as usize & 1);
        Ok(format!(
            "{}{}{}",
            c.to_string().repeat(left),
            s,
            c.to_string().repeat(n - left)
        ))
    }

    pub fn zfill(s: &str, width: i64) -> String {
        let n = (width.max(0) as usize).saturating_sub(s.chars().count());
        match s.strip_prefix(['+', '-']) {
            Some(rest) => format!("{}{}{}", &s[..1], "0".repeat(n), rest),
            None => format!("{}{}", "0".repeat(n), s),
        }
    }

    // ---------------------------------------------------------------- list

    /// A Python list: shared and mutable, so aliases see each other's changes.
    pub struct List<T>(pub Rc<RefCell<Vec<T>>>);

    impl<T> Clone for List<T> {
        fn clone(&self) -> Self {
            List(Rc::clone(&self.0))
        }
    }

    impl<T: PartialEq> PartialEq for List<T> {
        fn eq(&self, other: &Self) -> bool {
            *self.0.borrow() == *other.0.borrow()
        }
    }

    impl<T: Show> Show for List<T> {
        fn repr(&self) -> String {
            let parts: Vec<String> = self.0.borrow().iter().map(Show::repr).collect();
            format!("[{}]", parts.join(", "))
        }
    }

    impl<T: Clone> List<T> {
        pub fn new() -> Self {
            List(Rc::new(RefCell::new(Vec::new())))
        }

        pub fn from(items: Vec<T>) -> Self {
            List(Rc::new(RefCell::new(items)))
        }

        /// Iterates as Python does: by position, seeing items appended during the loop.
        pub fn iter(&self) -> ListIter<T> {
            ListIter {
                list: self.clone(),
                next: 0,
            }
        }

        pub fn set_items(&self, items: Vec<T>) {
            *self.0.borrow_mut() = items;
        }

        /// A snapshot of the items, for iteration and for building new values.
        pub fn items(&self) -> Vec<T> {
            self.0.borrow().clone()
        }

        pub fn len(&self) -> i64 {
            self.0.borrow().len() as i64
        }

        pub fn get(&self, index: i64) -> PyResult<T> {
            let v = self.0.borrow();
            let i = position(index, v.len(), "list")?;
            Ok(v[i].clone())
        }

        pub fn set(&self, index: i64, value: T) -> PyResult<()> {
            let mut v = self.0.borrow_mut();
            let i = position(index, v.len(), "list assignment")?;
            v[i] = value;
            Ok(())
        }

        pub fn del(&self, index: i64) -> PyResult<()> {
            let mut v = self.0.borrow_mut();
            let i = position(index, v.len(), "list assignment")?;
            v.remove(i);
            Ok(())
        }

        pub fn slice(
            &self,
            start: Option<i64>,
            stop: Option<i64>,
            step: Option<i64>,
        ) -> PyResult<List<T>> {
            let v = self.0.borrow();
            let picked = slice_positions(v.len(), start, stop, step)?
                .into_iter()
                .map(|i| v[i].clone())
                .collect();
            Ok(List::from(picked))
        }

        pub fn append(&self, value: T) {
            self.0.borrow_mut().push(value);
        }

        pub fn extend(&self, values: Vec<T>) {
            self.0.borrow_mut().extend(values);
        }

        pub fn insert(&self, index: i64, value: T) {
            let mut v = self.0.borrow_mut();
            let n = v.len() as i64;
            let i = if index < 0 {
                (index + n).max(0)
            } else {
                index.min(n)
            };
            v.insert(i as usize, value);
        }

        pub fn pop(&self) -> PyResult<T> {
            match self.0.borrow_mut().pop() {
                Some(v) => Ok(v),
                None => raise("IndexError", "pop from empty list"),
            }
        }

        pub fn pop_at(&self, index: i64) -> PyResult<T> {
            let mut v = self.0.borrow_mut();
            if v.is_empty() {
                return raise("IndexError", "pop from empty list");
            }
            let i = position(index, v.len(), "pop")?;
            Ok(v.remove(i))
        }

        pub fn clear(&self) {
            self.0.borrow_mut().clear();
        }

        pub fn reverse(&self) {
            self.0.borrow_mut().reverse();
        }

        pub fn copy(&self) -> List<T> {
            List::from(self.items())
        }

        pub fn concat(&self, other: &List<T>) -> List<T> {
            let mut v = self.items();
            v.extend(other.items());
            List::from(v)
        }

        pub fn repeat(&self, n: i64) -> List<T> {
            let v = self.0.borrow();
            let mut out = Vec::new();
            for _ in 0..n.max(0) {
                out.extend(v.iter().cloned());
            }
            List::from(out)
        }
    }

    pub struct ListIter<T> {
        list: List<T>,
        next: usize,
    }

    impl<T: Clone> Iterator for ListIter<T> {
        type Item = T;

        fn next(&mut self) -> Option<T> {
            let item = self.list.0.borrow().get(self.next).cloned();
            self.next += 1;
            item
        }
    }

    impl<T: Clone + PartialEq + Show> List<T> {
        pub fn contains(&self, value: &T) -> bool {
            self.0.borrow().contains(value)
        }

        pub fn count(&self, value: &T) -> i64 {
            self.0.borrow().iter().filter(|v| *v == value).count() as i64
        }

        pub fn index(&self, value: &T) -> PyResult<i64> {
            match self.0.borrow().iter().position(|v| v == value) {
                Some(i) => Ok(i as i64),
                None => raise("ValueError", format!("{} is not in list", value.repr())),
            }
        }

        pub fn remove(&self, value: &T) -> PyResult<()> {
            let mut v = self.0.borrow_mut();
            match v.iter().position(|x| x == value) {
                Some(i) => {
                    v.remove(i);
                    Ok(())
                }
                None => raise("ValueError", "list.remove(x): x not in list"),
            }
        }
    }

    impl<T: Clone + PyOrd> List<T> {
        pub fn sort(&self, reverse: bool) {
            let sorted_items = sorted(self.items(), reverse);
            *self.0.borrow_mut() = sorted_items;
        }
    }

    // ---------------------------------------------------------------- dict

    /// A Python dict: shared, mutable, and iterated in insertion order.
    pub struct Dict<K, V>(pub Rc<RefCell<DictData<K, V>>>);

    /// CPython 3.11's dict layout, as far as iteration can observe it (Objects/dictobject.c):
    /// an entries array that new keys are appended to and deleted keys leave holes in, a
    /// count of entries that may still be appended, and a resize that compacts the entries
    /// when that count is spent. Lookups go through a `HashMap` from key to entry.
    pub struct DictData<K, V> {
        entries: Vec<Option<(K, V)>>,
        index: HashMap<K, usize>,
        /// log2 of CPython's hash table size; 0 for the shared empty table of a new dict.
        log2_size: u32,
        /// Entries that can be appended before the table must grow.
        usable: usize,
    }

    const DICT_LOG_MINSIZE: u32 = 3;

    /// How many entries a table of `1 << log2_size` slots holds: two thirds.
    fn usable_fraction(log2_size: u32) -> usize {
        ((1usize << log2_size) << 1) / 3
    }

    /// log2 of the table CPython 3.11 picks for `minsize` entries: the bit length of
    /// `((minsize | 8) - 1) | 7`: the smallest power of two at least `minsize` and 8, except
    /// that a power of two from 16 up gets double and 1 to 7 get 16.
    fn log2_keysize(minsize: usize) -> u32 {
        usize::BITS - (((minsize | 8) - 1) | 7).leading_zeros()
    }

    /// The table CPython sizes for `n` keys at once: room for 1.5 times as many.
    fn estimate_log2_keysize(n: usize) -> u32 {
        log2_keysize((n * 3 + 1) / 2)
    }

    impl<K: Clone + Eq + Hash, V: Clone> DictData<K, V> {
        fn empty() -> Self {
            DictData {
                entries: Vec::new(),
                index: HashMap::new(),
                log2_size: 0,
                usable: 0,
            }
        }

        /// A dict sized for `n` keys, as `_PyDict_NewPresized` makes for a display.
        fn presized(n: usize) -> Self {
            let mut d = DictData::empty();
            if n > usable_fraction(DICT_LOG_MINSIZE) {
                d.log2_size = estimate_log2_keysize(n).min(17);
                d.usable = usable_fraction(d.log2_size);
            }
            d
        }

        fn used(&self) -> usize {
            self.index.len()
        }

        /// A new table of `1 << log2_size` slots holding the live entries, compacted.
        fn resize(&mut self, log2_size: u32) {
            let live: Vec<(K, V)> = self.entries.drain(..).flatten().collect();
            self.index.clear();
            for (i, (k, v)) in live.into_iter().enumerate() {
                self.index.insert(k.clone(), i);
                self.entries.push(Some((k, v)));
            }
            self.log2_size = log2_size;
            self.usable = usable_fraction(log2_size) - self.entries.len();
        }

        /// Sets a key's value; a new key is appended, after growing the table to fit three
        /// times the length when no entry is usable.
        fn insert(&mut self, key: K, value: V) {
            if let Some(&i) = self.index.get(&key) {
                if let Some(slot) = self.entries[i].as_mut() {
                    slot.1 = value;
                }
                return;
            }
            if self.usable == 0 {
                self.resize(log2_keysize(self.used() * 3));
            }
            self.index.insert(key.clone(), self.entries.len());
            self.entries.push(Some((key, value)));
            self.usable -= 1;
        }

        /// Leaves a hole; the entry is not reused until a resize.
        fn remove(&mut self, key: &K) -> Option<V> {
            let i = self.index.remove(key)?;
            self.entries[i].take().map(|(_, v)| v)
        }

        /// `self.update(other)` (CPython's dict_merge): into an empty dict a compact, not
        /// oversized table is copied as it is; otherwise the table grows once for the other's
        /// length and its entries are inserted in order.
        fn merge(&mut self, other: &DictData<K, V>) {
            if other.used() == 0 {
                return;
            }
            if self.used() == 0
                && other.used() == other.entries.len()
                && (other.log2_size == DICT_LOG_MINSIZE
                    || usable_fraction(other.log2_size - 1) < other.used())
            {
                *self = other.clone_layout();
                return;
            }
            if usable_fraction(self.log2_size) < other.used() {
                self.resize(estimate_log2_keysize(self.used() + other.used()));
            }
            for (k, v) in other.entries.iter().flatten() {
                self.insert(k.clone(), v.clone());
            }
        }

        /// The same entries, holes included, in a table of the same size.
        fn clone_layout(&self) -> Self {
            DictData {
                entries: self.entries.clone(),
                index: self.index.clone(),
                log2_size: self.log2_size,
                usable: self.usable,
            }
        }

        /// `d.copy()`: the layout itself unless a third or more of the entries are holes, in
        /// which case a merge into a new dict compacts them.
        fn copy(&self) -> Self {
            if self.used() == 0 {
                return DictData::empty();
            }
            if self.used() >= self.entries.len() * 2 / 3 {
                return self.clone_layout();
            }
            let mut d = DictData::empty();
            d.merge(self);
            d
        }
    }

    impl<K, V> Clone for Dict<K, V> {
        fn clone(&self) -> Self {
            Dict(Rc::clone(&self.0))
        }
    }

    impl<K: Clone + Eq + Hash + Show, V: Clone + PartialEq> PartialEq for Dict<K, V> {
        fn eq(&self, other: &Self) -> bool {
            self.len() == other.len()
                && self
                    .items()
                    .into_iter()
                    .all(|(k, v)| other.get(&k) == Some(v))
        }
    }

    impl<K: Clone + Eq + Hash + Show, V: Clone + Show> Show for Dict<K, V> {
        fn repr(&self) -> String {
            let parts: Vec<String> = self
                .items()
                .iter()
                .map(|(k, v)| format!("{}: {}", k.repr(), v.repr()))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
    }

    impl<K: Clone + Eq + Hash + Show, V: Clone> Dict<K, V> {
        fn wrap(data: DictData<K, V>) -> Self {
            Dict(Rc::new(RefCell::new(data)))
        }

        pub fn new() -> Self {
            Dict::wrap(DictData::empty())
        }

        /// `dict(pairs)` or a dict comprehension: the pairs inserted one by one.
        pub fn from(pairs: Vec<(K, V)>) -> Self {
            let mut d = DictData::empty();
            for (k, v) in pairs {
                d.insert(k, v);
            }
            Dict::wrap(d)
        }

        /// A `{k: v, ...}` display, built as CPython 3.11 compiles it: runs of 17 pairs go
        /// into a dict grown pair by pair (the first run) or merged into it (later runs); a
        /// final run of 16 is grown the same way, a shorter one is presized for its length.
        pub fn display(pairs: Vec<(K, V)>) -> Self {
            let mut built: Option<DictData<K, V>> = None;
            let mut rest = pairs.into_iter().peekable();
            let total = rest.len();
            let mut taken = 0;
            while rest.peek().is_some() {
                let n = (total - taken).min(17);
                let mut part = if n >= 16 {
                    DictData::empty()
                } else {
                    DictData::presized(n)
                };
                for (k, v) in rest.by_ref().take(n) {
                    part.insert(k, v);
                }
                taken += n;
                match built.as_mut() {
                    Some(d) => d.merge(&part),
                    None => built = Some(part),
                }
            }
            Dict::wrap(built.unwrap_or_else(DictData::empty))
        }

        /// `dict(other)`.
        pub fn from_dict(other: &Dict<K, V>) -> Self {
            let mut d = DictData::empty();
            d.merge(&other.0.borrow());
            Dict::wrap(d)
        }

        pub fn len(&self) -> i64 {
            self.0.borrow().used() as i64
        }

        pub fn contains(&self, key: &K) -> bool {
            self.0.borrow().index.contains_key(key)
        }

        pub fn get(&self, key: &K) -> Option<V> {
            let d = self.0.borrow();
            d.index
                .get(key)
                .and_then(|&i| d.entries[i].as_ref())
                .map(|(_, v)| v.clone())
        }

        /// `d[key]`.
        pub fn item(&self, key: &K) -> PyResult<V> {
            match self.get(key) {
                Some(v) => Ok(v),
                None => raise("KeyError", key.repr()),
            }
        }

        pub fn get_or(&self, key: &K, default: V) -> V {
            self.get(key).unwrap_or(default)
        }

        pub fn set(&self, key: K, value: V) {
            self.0.borrow_mut().insert(key, value);
        }

        pub fn setdefault(&self, key: K, default: V) -> V {
            if let Some(v) = self.get(&key) {
                return v;
            }
            self.set(key, default.clone());
            default
        }

        pub fn pop(&self, key: &K) -> PyResult<V> {
            let removed = self.0.borrow_mut().remove(key);
            match removed {
                Some(v) => Ok(v),
                None => raise("KeyError", key.repr()),
            }
        }

        pub fn pop_or(&self, key: &K, default: V) -> V {
            let removed = self.0.borrow_mut().remove(key);
            removed.unwrap_or(default)
        }

        pub fn del(&self, key: &K) -> PyResult<()> {
            self.pop(key).map(|_| ())
        }

        /// A cleared dict goes back to CPython's shared empty table.
        pub fn clear(&self) {
            *self.0.borrow_mut() = DictData::empty();
        }

        /// `for k in d`: a live iteration, as Python's (see [`DictIter`]).
        pub fn iter_keys(&self) -> impl Iterator<Item = PyResult<K>> {
            DictIter::new(self).map(|r| r.map(|(k, _)| k))
        }

        /// `for v in d.values()`.
        pub fn iter_values(&self) -> impl Iterator<Item = PyResult<V>> {
            DictIter::new(self).map(|r| r.map(|(_, v)| v))
        }

        /// `for k, v in d.items()`.
        pub fn iter_items(&self) -> impl Iterator<Item = PyResult<(K, V)>> {
            DictIter::new(self)
        }

        pub fn keys(&self) -> Vec<K> {
            self.0
                .borrow()
                .entries
                .iter()
                .flatten()
                .map(|(k, _)| k.clone())
                .collect()
        }

        pub fn values(&self) -> Vec<V> {
            self.0
                .borrow()
                .entries
                .iter()
                .flatten()
                .map(|(_, v)| v.clone())
                .collect()
        }

        pub fn items(&self) -> Vec<(K, V)> {
            self.0.borrow().entries.iter().flatten().cloned().collect()
        }

        pub fn update(&self, other: &Dict<K, V>) {
            if !Rc::ptr_eq(&self.0, &other.0) {
                let theirs = other.0.borrow();
                self.0.borrow_mut().merge(&theirs);
            }
        }

        pub fn copy(&self) -> Dict<K, V> {
            Dict::wrap(self.0.borrow().copy())
        }
    }

    /// Iterates a dict as CPython does: a position in the live entries array and a count of
    /// keys still expected. A step after the body changed the length raises `RuntimeError:
    /// dictionary changed size during iteration`; one that finds an entry when no more were
    /// expected (keys were both added and removed) raises `dictionary keys changed during
    /// iteration`. Values are read when reached, so a value the body changes is seen.
    pub struct DictIter<K, V> {
        dict: Dict<K, V>,
        pos: usize,
        /// The length at the start; None once a check failed.
        used: Option<usize>,
        /// Keys still expected.
        left: usize,
        done: bool,
    }

    impl<K: Clone + Eq + Hash, V: Clone> DictIter<K, V> {
        fn new(dict: &Dict<K, V>) -> Self {
            let used = dict.0.borrow().used();
            DictIter {
                dict: dict.clone(),
                pos: 0,
                used: Some(used),
                left: used,
                done: false,
            }
        }
    }

    impl<K: Clone + Eq + Hash, V: Clone> Iterator for DictIter<K, V> {
        type Item = PyResult<(K, V)>;

        fn next(&mut self) -> Option<PyResult<(K, V)>> {
            if self.done {
                return None;
            }
            let d = self.dict.0.borrow();
            if self.used != Some(d.used()) {
                self.used = None;
                return Some(raise(
                    "RuntimeError",
                    "dictionary changed size during iteration",
                ));
            }
            while self.pos < d.entries.len() {
                let i = self.pos;
                self.pos += 1;
                if let Some(pair) = &d.entries[i] {
                    if self.left == 0 {
                        self.done = true;
                        return Some(raise(
                            "RuntimeError",
                            "dictionary keys changed during iteration",
                        ));
                    }
                    self.left -= 1;
                    return Some(Ok(pair.clone()));
                }
            }
            self.done = true;
            None
        }
    }

    // ---------------------------------------------------------------- hashing

    /// CPython's `hash()` of a value (64-bit build). Set order follows these hashes, so each
    /// copies CPython 3.11's; `str` is hashed as under `PYTHONHASHSEED=0`.
    pub trait PyHash {
        fn py_hash(&self) -> i64;
    }

    /// The modulus of CPython's numeric hash: 2**61 - 1.
    const HASH_MODULUS: u64 = (1 << 61) - 1;

    /// CPython reserves -1 for errors, so a hash that comes out as -1 is -2.
    fn not_minus_one(h: i64) -> i64 {
        if h == -1 {
            -2
        } else {
            h
        }
    }

    impl PyHash for i64 {
        /// The value reduced modulo 2**61 - 1, keeping its sign.
        fn py_hash(&self) -> i64 {
            let m = (self.unsigned_abs() % HASH_MODULUS) as i64;
            not_minus_one(if *self < 0 { -m } else { m })
        }
    }

    impl PyHash for bool {
        fn py_hash(&self) -> i64 {
            i64::from(*self)
        }
    }

    impl PyHash for f64 {
        /// The value modulo 2**61 - 1, where 2**61 counts as 1 (so 2**-k is 2**(61-k)): an
        /// integral float hashes as the int. Infinities hash to +-314159; a NaN hashes by its
        /// address in CPython 3.11, which no translation can reproduce.
        fn py_hash(&self) -> i64 {
            if self.is_nan() {
                fatal(
                    "RuntimeError",
                    "a float NaN in a set: CPython hashes it by its address, so its place cannot be reproduced",
                );
            }
            if self.is_infinite() {
                return if *self > 0.0 { 314159 } else { -314159 };
            }
            let bits = self.to_bits();
            let biased = ((bits >> 52) & 0x7ff) as i64;
            let fraction = bits & ((1 << 52) - 1);
            // The value is mantissa * 2**exponent, both integers.
            let (mantissa, exponent) = if biased == 0 {
                (fraction, -1074)
            } else {
                (fraction | (1 << 52), biased - 1075)
            };
            let shift = exponent.rem_euclid(61) as u32;
            let x = ((mantissa % HASH_MODULUS) as u128 * (1u128 << shift)) % HASH_MODULUS as u128;
            let x = x as i64;
            not_minus_one(if *self < 0.0 { -x } else { x })
        }
    }

    impl PyHash for String {
        /// SipHash-1-3 with a zero key (what PYTHONHASHSEED=0 gives) over the string's PEP 393
        /// storage: 1, 2 or 4 little-endian bytes per code point, by the widest code point.
        fn py_hash(&self) -> i64 {
            if self.is_empty() {
                return 0;
            }
            let widest = self.chars().map(|c| c as u32).max().unwrap_or(0);
            let width = if widest < 0x100 {
                1
            } else if widest < 0x10000 {
                2
            } else {
                4
            };
            let mut bytes = Vec::with_capacity(self.len() * width);
            for c in self.chars() {
                bytes.extend_from_slice(&(c as u32).to_le_bytes()[..width]);
            }
            not_minus_one(siphash13(&bytes) as i64)
        }
    }

    /// SipHash-1-3 (one compression round per 8-byte word, three finalisation rounds) with a
    /// zero key.
    fn siphash13(data: &[u8]) -> u64 {
        let mut v = [
            0x736f6d6570736575u64,
            0x646f72616e646f6d,
            0x6c7967656e657261,
            0x7465646279746573,
        ];
        let words = data.chunks_exact(8);
        let tail = words.remainder();
        for word in words {
            let m = u64::from_le_bytes(word.try_into().expect("8 bytes"));
            v[3] ^= m;
            sip_round(&mut v);
            v[0] ^= m;
        }
        let mut last = (data.len() as u64) << 56;
        for (i, b) in tail.iter().enumerate() {
            last |= u64::from(*b) << (8 * i);
        }
        v[3] ^= last;
        sip_round(&mut v);
        v[0] ^= last;
        v[2] ^= 0xff;
        for _ in 0..3 {
            sip_round(&mut v);
        }
        v[0] ^ v[1] ^ v[2] ^ v[3]
    }

    fn sip_round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[2] = v[2].wrapping_add(v[3]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[1]);
        v[0] = v[0].wrapping_add(v[3]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].rotate_left(32);
    }

    /// CPython 3.11's tuple hash: an xxHash-style accumulation of the items' hashes.
    fn tuple_hash(lanes: &[i64]) -> i64 {
        const PRIME_1: u64 = 11400714785074694791;
        const PRIME_2: u64 = 14029467366897019727;
        const PRIME_5: u64 = 2870177450012600261;
        let mut acc = PRIME_5;
        for &lane in lanes {
            acc = acc.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(PRIME_1);
        }
        acc = acc.wrapping_add(lanes.len() as u64 ^ (PRIME_5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }

    macro_rules! hash_tuple {
        ($($name:ident $idx:tt),+) => {
            impl<$($name: PyHash),+> PyHash for ($($name,)+) {
                fn py_hash(&self) -> i64 {
                    tuple_hash(&[$(self.$idx.py_hash()),+])
                }
            }
        };
    }
    hash_tuple!(A 0);
    hash_tuple!(A 0, B 1);
    hash_tuple!(A 0, B 1, C 2);
    hash_tuple!(A 0, B 1, C 2, D 3);
    hash_tuple!(A 0, B 1, C 2, D 3, E 4);
    hash_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);

    // ---------------------------------------------------------------- set

    /// The smallest table; a set never shrinks below it.
    const SET_MINSIZE: usize = 8;
    /// After the slot a hash picks, this many neighbours are tried before jumping elsewhere.
    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;

    #[derive(Clone)]
    enum Slot<T> {
        Unused,
        /// Left by a removal: searches walk past it.
        Dummy,
        Active(i64, T),
    }

    /// Visits the slots CPython's set probes for `hash`, in its order, until `stop` accepts
    /// one, and gives that slot: the picked slot and up to LINEAR_PROBES neighbours (when they
    /// fit before the table's end), then a jump to `i*5 + 1 + perturb`, where `perturb` starts
    /// as the hash and loses 5 low bits before each jump.
    fn probe(mask: usize, hash: i64, mut stop: impl FnMut(usize) -> bool) -> usize {
        let mut perturb = hash as u64 as usize;
        let mut i = perturb & mask;
        loop {
            let run = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + run {
                if stop(j) {
                    return j;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb) & mask;
        }
    }

    /// The length a set table is resized for when it grows or sheds dummies.
    fn grown_size(used: usize) -> usize {
        if used > 50000 {
            used * 2
        } else {
            used * 4
        }
    }

    /// CPython 3.11's set table (Objects/setobject.c), slot for slot: iterating walks the
    /// slots in order, so the same operations in the same order give Python's order.
    pub struct SetTable<T> {
        slots: Vec<Slot<T>>,
        /// Active and dummy slots.
        fill: usize,
        /// Active slots: the length.
        used: usize,
        /// Where the next `pop` starts looking.
        finger: usize,
    }

    impl<T: Clone + PartialEq + PyHash> SetTable<T> {
        fn empty() -> Self {
            SetTable {
                slots: vec![Slot::Unused; SET_MINSIZE],
                fill: 0,
                used: 0,
                finger: 0,
            }
        }

        fn mask(&self) -> usize {
            self.slots.len() - 1
        }

        /// The active entries in table order.
        fn entries(&self) -> impl Iterator<Item = (i64, &T)> {
            self.slots.iter().filter_map(|s| match s {
                Slot::Active(h, v) => Some((*h, v)),
                _ => None,
            })
        }

        fn lookup(&self, hash: i64, key: &T) -> Option<usize> {
            let mut hit = None;
            probe(self.mask(), hash, |j| match &self.slots[j] {
                Slot::Unused => true,
                Slot::Active(h, k) if *h == hash && k == key => {
                    hit = Some(j);
                    true
                }
                _ => false,
            });
            hit
        }

        /// Adds in the last dummy the probe sequence passed, else at the unused slot that
        /// ended it; in the latter case the table grows once it is 60% filled, to hold 4
        /// times the length.
        fn add_entry(&mut self, hash: i64, key: T) {
            let mut already = false;
            let mut last_dummy = None;
            let j = probe(self.mask(), hash, |j| match &self.slots[j] {
                Slot::Unused => true,
                Slot::Active(h, k) => {
                    already = *h == hash && *k == key;
                    already
                }
                Slot::Dummy => {
                    last_dummy = Some(j);
                    false
                }
            });
            if already {
                return;
            }
            if let Some(d) = last_dummy {
                self.slots[d] = Slot::Active(hash, key);
                self.used += 1;
                return;
            }
            self.slots[j] = Slot::Active(hash, key);
            self.fill += 1;
            self.used += 1;
            if self.fill * 5 >= self.mask() * 3 {
                self.resize(grown_size(self.used));
            }
        }

        fn add(&mut self, key: T) {
            let hash = key.py_hash();
            self.add_entry(hash, key);
        }

        fn discard_entry(&mut self, hash: i64, key: &T) -> bool {
            match self.lookup(hash, key) {
                Some(j) => {
                    self.slots[j] = Slot::Dummy;
                    self.used -= 1;
                    true
                }
                None => false,
            }
        }

        /// Moves the active entries, in table order, into the smallest table larger than
        /// `minused`, dropping dummies. A minimum-size table without dummies stays as it is.
        fn resize(&mut self, minused: usize) {
            let mut size = SET_MINSIZE;
            while size <= minused {
                size <<= 1;
            }
            if size == SET_MINSIZE && self.slots.len() == SET_MINSIZE && self.fill == self.used {
                return;
            }
            let old = std::mem::take(&mut self.slots);
            self.slots = vec![Slot::Unused; size];
            self.fill = self.used;
            for slot in old {
                if let Slot::Active(h, v) = slot {
                    self.insert_clean(h, v);
                }
            }
        }

        /// Places a key known to be absent, in a table known to have no dummies.
        fn insert_clean(&mut self, hash: i64, key: T) {
            let slots = &self.slots;
            let j = probe(self.mask(), hash, |j| matches!(slots[j], Slot::Unused));
            self.slots[j] = Slot::Active(hash, key);
        }

        fn clear(&mut self) {
            self.slots = vec![Slot::Unused; SET_MINSIZE];
            self.fill = 0;
            self.used = 0;
        }

        /// `self |= other` (CPython's set_merge): one resize up front, then the other's entries
        /// in its table order; into an empty table they are placed directly, slot for slot
        /// when the tables have the same size and the other has no dummies.
        fn merge(&mut self, other: &SetTable<T>) {
            if other.used == 0 {
                return;
            }
            if (self.fill + other.used) * 5 >= self.mask() * 3 {
                self.resize((self.used + other.used) * 2);
            }
            if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
                self.slots = other.slots.clone();
                self.fill = other.fill;
                self.used = other.used;
                return;
            }
            if self.fill == 0 {
                self.fill = other.used;
                self.used = other.used;
                for (h, v) in other.entries() {
                    self.insert_clean(h, v.clone());
                }
                return;
            }
            for (h, v) in other.entries() {
                self.add_entry(h, v.clone());
            }
        }

        /// A new set holding this one's entries (CPython's set_copy).
        fn copy(&self) -> SetTable<T> {
            let mut t = SetTable::empty();
            t.merge(self);
            t
        }

        /// `self & other` where the two are different sets: the smaller one's entries (the
        /// other's when the lengths are equal) that the larger one holds, in that order.
        fn intersection(&self, other: &SetTable<T>) -> SetTable<T> {
            let (small, large) = if other.used > self.used {
                (self, other)
            } else {
                (other, self)
            };
            let mut t = SetTable::empty();
            for (h, v) in small.entries() {
                if large.lookup(h, v).is_some() {
                    t.add_entry(h, v.clone());
                }
            }
            t
        }

        /// `self -= other` for a different set: dummies where the other's keys were, then a
        /// rebuild when more than a quarter of the slots are dummies.
        fn difference_update(&mut self, other: &SetTable<T>) {
            for (h, v) in other.entries() {
                self.discard_entry(h, v);
            }
            if self.fill - self.used > self.mask() / 4 {
                self.resize(grown_size(self.used));
            }
        }

        /// `self - other` for a different set: when this set is more than 4 times the other's
        /// length, a copy with the other's keys removed; otherwise this set's entries that the
        /// other lacks, added in order to a new set.
        fn difference(&self, other: &SetTable<T>) -> SetTable<T> {
            if (self.used >> 2) > other.used {
                let mut t = self.copy();
                t.difference_update(other);
                return t;
            }
            let mut t = SetTable::empty();
            for (h, v) in self.entries() {
                if other.lookup(h, v).is_none() {
                    t.add_entry(h, v.clone());
                }
            }
            t
        }

        /// `self ^= other` for a different set: each of the other's keys, in its order, is
        /// removed when present and added when not.
        fn symmetric_difference_update(&mut self, other: &SetTable<T>) {
            for (h, v) in other.entries() {
                if !self.discard_entry(h, v) {
                    self.add_entry(h, v.clone());
                }
            }
        }
    }

    /// A Python set: a shared handle on CPython's table layout, so iteration, printing and
    /// `pop` give CPython's order.
    pub struct Set<T>(pub Rc<RefCell<SetTable<T>>>);

    impl<T> Clone for Set<T> {
        fn clone(&self) -> Self {
            Set(Rc::clone(&self.0))
        }
    }

    impl<T: Clone + PartialEq + PyHash> PartialEq for Set<T> {
        fn eq(&self, other: &Self) -> bool {
            self.len() == other.len() && self.issubset(other)
        }
    }

    impl<T: Clone + PartialEq + PyHash + Show> Show for Set<T> {
        fn repr(&self) -> String {
            let t = self.0.borrow();
            if t.used == 0 {
                return "set()".to_string();
            }
            let parts: Vec<String> = t.entries().map(|(_, v)| v.repr()).collect();
            format!("{{{}}}", parts.join(", "))
        }
    }

    impl<T: Clone + PartialEq + PyHash> Set<T> {
        fn wrap(table: SetTable<T>) -> Self {
            Set(Rc::new(RefCell::new(table)))
        }

        pub fn new() -> Self {
            Set::wrap(SetTable::empty())
        }

        /// `set(iterable)`, a set comprehension, or a display with a non-constant item: the
        /// items added one by one.
        pub fn from(items: Vec<T>) -> Self {
            let mut t = SetTable::empty();
            for v in items {
                t.add(v);
            }
            Set::wrap(t)
        }

        /// The frozenset constant CPython makes of a display of constants: built by adding
        /// the items, then rebuilt from its own order `rebuilds` times (once when the compiler
        /// merges constants, once more when interning replaced one of its strings).
        pub fn frozen_constant(items: Vec<T>, rebuilds: usize) -> Self {
            let mut set = Set::from(items);
            for _ in 0..rebuilds {
                set = Set::from(set.items());
            }
            set
        }

        /// A display of three or more constants: CPython compiles it to a frozenset constant
        /// and updates an empty set with it.
        pub fn from_constants(items: Vec<T>, rebuilds: usize) -> Self {
            let mut t = SetTable::empty();
            t.merge(&Set::frozen_constant(items, rebuilds).0.borrow());
            Set::wrap(t)
        }

        /// `set(d)` of a dict: the table is sized for the dict's length first.
        pub fn from_dict_keys(keys: Vec<T>) -> Self {
            let mut t = SetTable::empty();
            if (t.fill + keys.len()) * 5 >= t.mask() * 3 {
                t.resize((t.used + keys.len()) * 2);
            }
            for v in keys {
                t.add(v);
            }
            Set::wrap(t)
        }

        /// The members in iteration order.
        pub fn items(&self) -> Vec<T> {
            self.0.borrow().entries().map(|(_, v)| v.clone()).collect()
        }

        /// `for x in s`: a live iteration, as Python's (see [`SetIter`]).
        pub fn iter(&self) -> SetIter<T> {
            SetIter {
                set: self.clone(),
                pos: 0,
                used: Some(self.0.borrow().used),
            }
        }

        pub fn len(&self) -> i64 {
            self.0.borrow().used as i64
        }

        pub fn contains(&self, v: &T) -> bool {
            self.0.borrow().lookup(v.py_hash(), v).is_some()
        }

        pub fn add(&self, v: T) {
            self.0.borrow_mut().add(v);
        }

        pub fn discard(&self, v: &T) {
            self.0.borrow_mut().discard_entry(v.py_hash(), v);
        }

        pub fn clear(&self) {
            self.0.borrow_mut().clear();
        }

        pub fn copy(&self) -> Set<T> {
            Set::wrap(self.0.borrow().copy())
        }

        /// `s.update(items)` with a list or other iterable: the items added one by one.
        pub fn extend(&self, items: Vec<T>) {
            let mut t = self.0.borrow_mut();
            for v in items {
                t.add(v);
            }
        }

        pub fn union(&self, other: &Set<T>) -> Set<T> {
            let mut t = self.0.borrow().copy();
            t.merge(&other.0.borrow());
            Set::wrap(t)
        }

        pub fn intersection(&self, other: &Set<T>) -> Set<T> {
            if Rc::ptr_eq(&self.0, &other.0) {
                return self.copy();
            }
            Set::wrap(self.0.borrow().intersection(&other.0.borrow()))
        }

        pub fn difference(&self, other: &Set<T>) -> Set<T> {
            Set::wrap(self.0.borrow().difference(&other.0.borrow()))
        }

        /// `a ^ b`: a copy of `b` updated with `a`'s keys.
        pub fn symmetric_difference(&self, other: &Set<T>) -> Set<T> {
            let mut t = other.0.borrow().copy();
            t.symmetric_difference_update(&self.0.borrow());
            Set::wrap(t)
        }

        /// `s |= other`, `s.update(other)`.
        pub fn update(&self, other: &Set<T>) {
            if !Rc::ptr_eq(&self.0, &other.0) {
                self.0.borrow_mut().merge(&other.0.borrow());
            }
        }

        /// `s &= other`: the intersection's table replaces this one's (the pop finger stays).
        pub fn intersection_update(&self, other: &Set<T>) {
            if Rc::ptr_eq(&self.0, &other.0) {
                return;
            }
            let result = self.0.borrow().intersection(&other.0.borrow());
            let mut t = self.0.borrow_mut();
            t.slots = result.slots;
            t.fill = result.fill;
            t.used = result.used;
        }

        /// `s -= other`.
        pub fn difference_update(&self, other: &Set<T>) {
            if Rc::ptr_eq(&self.0, &other.0) {
                self.clear();
            } else {
                self.0.borrow_mut().difference_update(&other.0.borrow());
            }
        }

        /// `s ^= other`.
        pub fn symmetric_difference_update(&self, other: &Set<T>) {
            if Rc::ptr_eq(&self.0, &other.0) {
                self.clear();
            } else {
                self.0
                    .borrow_mut()
                    .symmetric_difference_update(&other.0.borrow());
            }
        }

        /// Takes the first active slot at or after the finger (wrapping around), and leaves
        /// the finger just past it.
        pub fn pop(&self) -> PyResult<T> {
            let mut t = self.0.borrow_mut();
            if t.used == 0 {
                return raise("KeyError", "'pop from an empty set'");
            }
            let mut j = t.finger & t.mask();
            while !matches!(t.slots[j], Slot::Active(..)) {
                j = (j + 1) & t.mask();
            }
            let v = match &t.slots[j] {
                Slot::Active(_, v) => v.clone(),
                _ => unreachable!("an active slot"),
            };
            t.slots[j] = Slot::Dummy;
            t.used -= 1;
            t.finger = j + 1;
            Ok(v)
        }

        pub fn issubset(&self, other: &Set<T>) -> bool {
            let mine = self.0.borrow();
            let theirs = other.0.borrow();
            mine.used <= theirs.used && mine.entries().all(|(h, v)| theirs.lookup(h, v).is_some())
        }

        pub fn issuperset(&self, other: &Set<T>) -> bool {
            other.issubset(self)
        }
    }

    impl<T: Clone + PartialEq + PyHash + Show> Set<T> {
        pub fn remove(&self, v: &T) -> PyResult<()> {
            if self.0.borrow_mut().discard_entry(v.py_hash(), v) {
                Ok(())
            } else {
                raise("KeyError", v.repr())
            }
        }
    }

    /// Iterates a set as CPython does: from a position in the live table, so a body that adds
    /// and removes keys keeps the length but changes what comes next; a body that changes the
    /// length makes the next step raise `RuntimeError: Set changed size during iteration`.
    pub struct SetIter<T> {
        set: Set<T>,
        pos: usize,
        /// The length the set had when iteration began; None once that check failed.
        used: Option<usize>,
    }

    impl<T: Clone> Iterator for SetIter<T> {
        type Item = PyResult<T>;

        fn next(&mut self) -> Option<PyResult<T>> {
            let t = self.set.0.borrow();
            if self.used != Some(t.used) {
                self.used = None;
                return Some(raise("RuntimeError", "Set changed size during iteration"));
            }
            while self.pos < t.slots.len() {
                let slot = &t.slots[self.pos];
                self.pos += 1;
                if let Slot::Active(_, v) = slot {
                    return Some(Ok(v.clone()));
                }
            }
            None
        }
    }

    // ---------------------------------------------------------------- objects

    /// Reads an instance attribute; Python raises AttributeError when it was never set.
    pub fn attr<T: Clone>(value: &Option<T>, class: &str, name: &str) -> T {
        match value {
            Some(v) => v.clone(),
            None => fatal(
                "AttributeError",
                &format!("'{}' object has no attribute '{}'", class, name),
            ),
        }
    }

    /// `str()` of an object whose `__str__` raised: Python would propagate the exception.
    pub fn or_die(text: PyResult<String>) -> String {
        text.unwrap_or_else(|e| die(&e))
    }

    // ---------------------------------------------------------------- tuples of any length

    /// A tuple whose length is known only when the program runs (a function's `*args`).
    #[derive(Clone, PartialEq)]
    pub struct Tuple<T>(pub Vec<T>);

    impl<T: Show> Show for Tuple<T> {
        fn repr(&self) -> String {
            let parts: Vec<String> = self.0.iter().map(Show::repr).collect();
            // One item keeps its comma, as Python prints `(1,)`.
            let comma = if parts.len() == 1 { "," } else { "" };
            format!("({}{})", parts.join(", "), comma)
        }
    }

    impl<T: Clone> Tuple<T> {
        pub fn items(&self) -> Vec<T> {
            self.0.clone()
        }

        pub fn len(&self) -> i64 {
            self.0.len() as i64
        }

        pub fn get(&self, index: i64) -> PyResult<T> {
            let i = position(index, self.0.len(), "tuple")?;
            Ok(self.0[i].clone())
        }
    }

    impl<T: PartialEq> Tuple<T> {
        pub fn contains(&self, value: &T) -> bool {
            self.0.contains(value)
        }
    }

    // ---------------------------------------------------------------- user operators

    /// Equality through a class's `__eq__`, which may raise. Like CPython's containers, an
    /// object is equal to itself without asking `__eq__`.
    pub trait PyEq {
        fn py_eq(&self, other: &Self) -> PyResult<bool>;
    }

    impl<T: Clone + PyEq + Show> List<T> {
        /// The position of the first item equal to `value`, reading one item at a time as
        /// CPython does, so an `__eq__` that changes the list sees the change.
        fn position_eq(&self, value: &T) -> PyResult<Option<usize>> {
            let mut i = 0;
            loop {
                let item = match self.0.borrow().get(i) {
                    Some(item) => item.clone(),
                    None => return Ok(None),
                };
                if item.py_eq(value)? {
                    return Ok(Some(i));
                }
                i += 1;
            }
        }

        pub fn contains_eq(&self, value: &T) -> PyResult<bool> {
            Ok(self.position_eq(value)?.is_some())
        }

        pub fn index_eq(&self, value: &T) -> PyResult<i64> {
            match self.position_eq(value)? {
                Some(i) => Ok(i as i64),
                None => raise("ValueError", format!("{} is not in list", value.repr())),
            }
        }

        pub fn count_eq(&self, value: &T) -> PyResult<i64> {
            let mut n = 0;
            for item in self.items() {
                if item.py_eq(value)? {
                    n += 1;
                }
            }
            Ok(n)
        }

        pub fn remove_eq(&self, value: &T) -> PyResult<()> {
            match self.position_eq(value)? {
                Some(i) => {
                    self.0.borrow_mut().remove(i);
                    Ok(())
                }
                None => raise("ValueError", "list.remove(x): x not in list"),
            }
        }
    }

    /// `sorted`/`list.sort` of objects by their class's `__lt__`, which may raise: the first
    /// exception stops the sort.
    pub fn sort_by_lt<T: Clone>(
        items: Vec<T>,
        reverse: bool,
        lt: &dyn Fn(&T, &T) -> PyResult<bool>,
    ) -> PyResult<Vec<T>> {
        list_sort(items, reverse, &mut |a, b| lt(a, b))
    }

    /// `min`/`max` by a comparison that may raise: `better(item, best)` is CPython's
    /// `item < best` for min and `item > best` for max; the first extreme item wins.
    pub fn extreme_by<T: Clone>(
        items: Vec<T>,
        what: &str,
        better: &dyn Fn(&T, &T) -> PyResult<bool>,
    ) -> PyResult<T> {
        let mut rest = items.into_iter();
        let mut best = match rest.next() {
            Some(first) => first,
            None => return raise("ValueError", format!("{}() arg is an empty sequence", what)),
        };
        for item in rest {
            if better(&item, &best)? {
                best = item;
            }
        }
        Ok(best)
    }

    // ---------------------------------------------------------------- unbound names

    /// A read of a function's local variable that may not be assigned yet.
    pub fn bound_local<T: Clone>(value: &Option<T>, name: &str) -> PyResult<T> {
        match value {
            Some(v) => Ok(v.clone()),
            None => raise(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name
                ),
            ),
        }
    }

    /// A read of a variable of the module's code that may not be assigned yet.
    pub fn bound_name<T: Clone>(value: &Option<T>, name: &str) -> PyResult<T> {
        match value {
            Some(v) => Ok(v.clone()),
            None => raise("NameError", format!("name '{}' is not defined", name)),
        }
    }

    // ---------------------------------------------------------------- module variables

    /// A module-level variable that changes after the program starts (a function rebinds it
    /// with `global`, or the module assigns it more than once): unbound until its first
    /// assignment runs, as a name in a Python module's namespace is. Each lives in a
    /// `thread_local!`, since lists, dicts and objects are `Rc` handles; the translated
    /// program runs on one thread.
    pub struct Global<T>(RefCell<Option<T>>);

    impl<T: Clone> Global<T> {
        pub const fn new() -> Global<T> {
            Global(RefCell::new(None))
        }
    }

    /// Reads a module-level variable: Python's NameError while it is unbound.
    pub fn load<T: Clone>(
        key: &'static std::thread::LocalKey<Global<T>>,
        name: &str,
    ) -> PyResult<T> {
        key.with(|g| match &*g.0.borrow() {
            Some(v) => Ok(v.clone()),
            None => raise("NameError", format!("name '{}' is not defined", name)),
        })
    }

    /// An Optional module-level variable read inside `if name is not None:`. Code in the block
    /// may have set it to None since the test; Python would then fail on using None as the
    /// value, and so does this, loudly.
    pub fn present<T>(value: Option<T>, name: &str) -> T {
        value.unwrap_or_else(|| {
            fatal(
                "AttributeError",
                &format!("'NoneType' object: '{}' became None after its test", name),
            )
        })
    }

    /// Binds a module-level variable.
    pub fn store<T>(key: &'static std::thread::LocalKey<Global<T>>, value: T) {
        key.with(|g| *g.0.borrow_mut() = Some(value));
    }

    // ---------------------------------------------------------------- list sort

    /// CPython 3.11's list sort (Objects/listsort.txt), comparison for comparison: runs found
    /// and extended by binary insertion to `minrun`, merged in powersort's order, with galloping.
    /// Any sort gives the same result for a consistent `<`; this one also gives CPython's result
    /// for NaNs and inconsistent `__lt__`s, and calls a user `__lt__` on the same pairs in the
    /// same order. `reverse` reverses, sorts and reverses again, which keeps equal items in
    /// their original order. On an exception the caller drops the half-sorted copy (CPython
    /// leaves `list.sort()`'s list partly sorted).
    pub fn list_sort<T: Clone>(
        mut items: Vec<T>,
        reverse: bool,
        lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
    ) -> PyResult<Vec<T>> {
        if reverse {
            items.reverse();
        }
        let mut sorter = TimSort {
            a: items,
            lt,
            runs: Vec::new(),
            min_gallop: MIN_GALLOP,
        };
        sorter.merge_all()?;
        let mut items = sorter.a;
        if reverse {
            items.reverse();
        }
        Ok(items)
    }

    /// Galloping starts after this many wins in a row by one run (CPython's MIN_GALLOP).
    const MIN_GALLOP: usize = 7;

    /// One sort in progress: the items, the `<`, the pending runs (start, length, power) and
    /// the adaptive galloping threshold.
    struct TimSort<'a, T> {
        a: Vec<T>,
        lt: &'a mut dyn FnMut(&T, &T) -> PyResult<bool>,
        runs: Vec<(usize, usize, u32)>,
        min_gallop: usize,
    }

    impl<'a, T: Clone> TimSort<'a, T> {
        fn less(&mut self, x: &T, y: &T) -> PyResult<bool> {
            (self.lt)(x, y)
        }

        fn merge_all(&mut self) -> PyResult<()> {
            let n = self.a.len();
            if n < 2 {
                return Ok(());
            }
            let minrun = {
                let (mut m, mut r) = (n, 0);
                while m >= 64 {
                    r |= m & 1;
                    m >>= 1;
                }
                m + r
            };
            let mut lo = 0;
            while lo < n {
                let (mut len, descending) = self.count_run(lo, n)?;
                if descending {
                    self.a[lo..lo + len].reverse();
                }
                if len < minrun {
                    let force = minrun.min(n - lo);
                    self.binary_sort(lo, lo + force, lo + len)?;
                    len = force;
                }
                self.found_new_run(len, n)?;
                self.runs.push((lo, len, 0));
                lo += len;
            }
            while self.runs.len() > 1 {
                let mut i = self.runs.len() - 2;
                if i > 0 && self.runs[i - 1].1 < self.runs[i + 1].1 {
                    i -= 1;
                }
                self.merge_at(i)?;
            }
            Ok(())
        }

        /// The length of the run at `lo` and whether it is strictly descending.
        fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
            if lo + 1 == hi {
                return Ok((1, false));
            }
            let (x, y) = (self.a[lo + 1].clone(), self.a[lo].clone());
            let descending = self.less(&x, &y)?;
            let mut n = 2;
            while lo + n < hi {
                let (x, y) = (self.a[lo + n].clone(), self.a[lo + n - 1].clone());
                if self.less(&x, &y)? != descending {
                    break;
                }
                n += 1;
            }
            Ok((n, descending))
        }

        /// Binary insertion of `a[start..hi]` into the sorted `a[lo..start]`.
        fn binary_sort(&mut self, lo: usize, hi: usize, start: usize) -> PyResult<()> {
            let mut start = if start == lo { start + 1 } else { start };
            while start < hi {
                let pivot = self.a[start].clone();
                let (mut l, mut r) = (lo, start);
                while l < r {
                    let p = l + ((r - l) >> 1);
                    let at = self.a[p].clone();
                    if self.less(&pivot, &at)? {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                }
                self.a[l..=start].rotate_right(1);
                start += 1;
            }
            Ok(())
        }

        /// Powersort: merges the pending runs whose power is above the new boundary's.
        fn found_new_run(&mut self, n2: usize, n: usize) -> PyResult<()> {
            let Some(&(s1, n1, _)) = self.runs.last() else {
                return Ok(());
            };
            let (mut a, mut b) = (2 * s1 + n1, 2 * s1 + 2 * n1 + n2);
            let mut power = 0;
            loop {
                power += 1;
                if a >= n {
                    a -= n;
                    b -= n;
                } else if b >= n {
                    break;
                }
                a <<= 1;
                b <<= 1;
            }
            while self.runs.len() > 1 && self.runs[self.runs.len() - 2].2 > power {
                self.merge_at(self.runs.len() - 2)?;
            }
            let last = self.runs.len() - 1;
            self.runs[last].2 = power;
            Ok(())
        }

        /// Merges pending runs `i` and `i + 1`.
        fn merge_at(&mut self, i: usize) -> PyResult<()> {
            let (pa, na0, power) = self.runs[i];
            let (pb, nb0, _) = self.runs[i + 1];
            self.runs[i] = (pa, na0 + nb0, power);
            self.runs.remove(i + 1);
            let first_b = self.a[pb].clone();
            let k = self.gallop_right(&first_b, pa, na0, 0)?;
            let (pa, na) = (pa + k, na0 - k);
            if na == 0 {
                return Ok(());
            }
            let last_a = self.a[pa + na - 1].clone();
            let nb = self.gallop_left(&last_a, pb, nb0, nb0 - 1)?;
            if nb == 0 {
                return Ok(());
            }
            if na <= nb {
                self.merge_lo(pa, na, pb, nb)
            } else {
                self.merge_hi(pa, na, pb, nb)
            }
        }

        /// Where `key` goes in the sorted `a[base..base+n]`, left of equal items; the search
        /// starts at `hint` and gallops outwards.
        fn gallop_left(&mut self, key: &T, base: usize, n: usize, hint: usize) -> PyResult<usize> {
            gallop(&mut *self.lt, key, &self.a[base..base + n], hint, true)
        }

        /// Where `key` goes in the sorted `a[base..base+n]`, right of equal items.
        fn gallop_right(&mut self, key: &T, base: usize, n: usize, hint: usize) -> PyResult<usize> {
            gallop(&mut *self.lt, key, &self.a[base..base + n], hint, false)
        }

        /// Merges `a[pa..pa+na]` and the run right after it, `na <= nb`, from the left.
        fn merge_lo(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> PyResult<()> {
            let tmp: Vec<T> = self.a[pa..pa + na].to_vec();
            let (mut ia, mut ib, mut dest) = (0, pb, pa);
            let mut min_gallop = self.min_gallop;
            self.a[dest] = self.a[ib].clone();
            dest += 1;
            ib += 1;
            nb -= 1;
            let done = |s: &mut Self, dest: usize, ia: usize, na: usize| {
                s.a[dest..dest + na].clone_from_slice(&tmp[ia..ia + na]);
            };
            if nb == 0 {
                done(self, dest, ia, na);
                return Ok(());
            }
            if na == 1 {
                return self.copy_b_then_last_a(dest, ib, nb, tmp[ia].clone());
            }
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    let (x, y) = (self.a[ib].clone(), tmp[ia].clone());
                    if self.less(&x, &y)? {
                        self.a[dest] = x;
                        dest += 1;
                        ib += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            done(self, dest, ia, na);
                            return Ok(());
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.a[dest] = y;
                        dest += 1;
                        ia += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            return self.copy_b_then_last_a(dest, ib, nb, tmp[ia].clone());
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = self.a[ib].clone();
                    let k = gallop(&mut *self.lt, &key, &tmp[ia..ia + na], 0, false)?;
                    acount = k;
                    if k > 0 {
                        self.a[dest..dest + k].clone_from_slice(&tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            return self.copy_b_then_last_a(dest, ib, nb, tmp[ia].clone());
                        }
                        if na == 0 {
                            return Ok(());
                        }
                    }
                    self.a[dest] = self.a[ib].clone();
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        done(self, dest, ia, na);
                        return Ok(());
                    }
                    let key = tmp[ia].clone();
                    let k = self.gallop_left(&key, ib, nb, 0)?;
                    bcount = k;
                    if k > 0 {
                        for j in 0..k {
                            self.a[dest + j] = self.a[ib + j].clone();
                        }
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            done(self, dest, ia, na);
                            return Ok(());
                        }
                    }
                    self.a[dest] = tmp[ia].clone();
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        return self.copy_b_then_last_a(dest, ib, nb, tmp[ia].clone());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }

        fn copy_b_then_last_a(
            &mut self,
            dest: usize,
            ib: usize,
            nb: usize,
            last_a: T,
        ) -> PyResult<()> {
            for j in 0..nb {
                self.a[dest + j] = self.a[ib + j].clone();
            }
            self.a[dest + nb] = last_a;
            Ok(())
        }

        /// Merges `a[pa..pa+na]` and the shorter run right after it, from the right.
        fn merge_hi(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> PyResult<()> {
            let tmp: Vec<T> = self.a[pb..pb + nb].to_vec();
            // Positions one past the next item to take or fill, so they never go below zero.
            let (mut ea, mut eb, mut dest) = (pa + na, nb, pb + nb);
            let mut min_gallop = self.min_gallop;
            dest -= 1;
            ea -= 1;
            self.a[dest] = self.a[ea].clone();
            na -= 1;
            let done = |s: &mut Self, dest: usize, nb: usize| {
                s.a[dest - nb..dest].clone_from_slice(&tmp[..nb]);
            };
            if na == 0 {
                done(self, dest, nb);
                return Ok(());
            }
            if nb == 1 {
                return self.copy_a_then_first_b(dest, ea, na, tmp[0].clone());
            }
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    let (x, y) = (tmp[eb - 1].clone(), self.a[ea - 1].clone());
                    if self.less(&x, &y)? {
                        dest -= 1;
                        ea -= 1;
                        self.a[dest] = y;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            done(self, dest, nb);
                            return Ok(());
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        dest -= 1;
                        eb -= 1;
                        self.a[dest] = x;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            return self.copy_a_then_first_b(dest, ea, na, tmp[0].clone());
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let key = tmp[eb - 1].clone();
                    let k = na - self.gallop_right(&key, pa, na, na - 1)?;
                    acount = k;
                    if k > 0 {
                        for j in (0..k).rev() {
                            self.a[dest - k + j] = self.a[ea - k + j].clone();
                        }
                        dest -= k;
                        ea -= k;
                        na -= k;
                        if na == 0 {
                            done(self, dest, nb);
                            return Ok(());
                        }
                    }
                    dest -= 1;
                    eb -= 1;
                    self.a[dest] = tmp[eb].clone();
                    nb -= 1;
                    if nb == 1 {
                        return self.copy_a_then_first_b(dest, ea, na, tmp[0].clone());
                    }
                    let key = self.a[ea - 1].clone();
                    let k = nb - gallop(&mut *self.lt, &key, &tmp[..nb], nb - 1, true)?;
                    bcount = k;
                    if k > 0 {
                        dest -= k;
                        eb -= k;
                        self.a[dest..dest + k].clone_from_slice(&tmp[eb..eb + k]);
                        nb -= k;
                        if nb == 1 {
                            return self.copy_a_then_first_b(dest, ea, na, tmp[0].clone());
                        }
                        if nb == 0 {
                            return Ok(());
                        }
                    }
                    dest -= 1;
                    ea -= 1;
                    self.a[dest] = self.a[ea].clone();
                    na -= 1;
                    if na == 0 {
                        done(self, dest, nb);
                        return Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        }

        fn copy_a_then_first_b(
            &mut self,
            dest: usize,
            ea: usize,
            na: usize,
            first_b: T,
        ) -> PyResult<()> {
            for j in (0..na).rev() {
                self.a[dest - na + j] = self.a[ea - na + j].clone();
            }
            self.a[dest - na - 1] = first_b;
            Ok(())
        }
    }

    /// CPython's gallop_left (`left`) or gallop_right over the sorted `run`: the place for
    /// `key`, left or right of equal items, found by galloping out from `hint` and then a
    /// binary search, with the same comparisons in the same order as CPython.
    fn gallop<T>(
        lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
        key: &T,
        run: &[T],
        hint: usize,
        left: bool,
    ) -> PyResult<usize> {
        // Whether `key` goes after run[i]: `run[i] < key` on the left, `!(key < run[i])` on the right.
        let mut after = |i: isize| -> PyResult<bool> {
            let item = &run[i as usize];
            if left {
                lt(item, key)
            } else {
                Ok(!lt(key, item)?)
            }
        };
        let (n, hint) = (run.len() as isize, hint as isize);
        let (mut last, mut ofs): (isize, isize) = (0, 1);
        if after(hint)? {
            let max = n - hint;
            while ofs < max && after(hint + ofs)? {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            last += hint;
            ofs += hint;
        } else {
            let max = hint + 1;
            while ofs < max && !after(hint - ofs)? {
                last = ofs;
                ofs = (ofs << 1) + 1;
            }
            ofs = ofs.min(max);
            let k = last;
            last = hint - ofs;
            ofs = hint - k;
        }
        last += 1;
        while last < ofs {
            let m = last + ((ofs - last) >> 1);
            if after(m)? {
                last = m + 1;
            } else {
                ofs = m;
            }
        }
        Ok(ofs as usize)
    }

    // ---------------------------------------------------------------- unicode tables

    // Generated by tools/gen_unicode_tables.py from CPython's unicodedata (Unicode 14.0.0).
    // Inclusive code point ranges `lo, hi, ...`, ascending; do not edit by hand.

    /// Characters `str.isprintable()` rejects: categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs but space.
    const NOT_PRINTABLE: &[u32] = &[
        0x0, 0x1f, 0x7f, 0xa0, 0xad, 0xad, 0x378, 0x379, 0x380, 0x383, 0x38b, 0x38b, 0x38d, 0x38d,
        0x3a2, 0x3a2, 0x530, 0x530, 0x557, 0x558, 0x58b, 0x58c, 0x590, 0x590, 0x5c8, 0x5cf, 0x5eb,
        0x5ee, 0x5f5, 0x605, 0x61c, 0x61c, 0x6dd, 0x6dd, 0x70e, 0x70f, 0x74b, 0x74c, 0x7b2, 0x7bf,
        0x7fb, 0x7fc, 0x82e, 0x82f, 0x83f, 0x83f, 0x85c, 0x85d, 0x85f, 0x85f, 0x86b, 0x86f, 0x88f,
        0x897, 0x8e2, 0x8e2, 0x984, 0x984, 0x98d, 0x98e, 0x991, 0x992, 0x9a9, 0x9a9, 0x9b1, 0x9b1,
        0x9b3, 0x9b5, 0x9ba, 0x9bb, 0x9c5, 0x9c6, 0x9c9, 0x9ca, 0x9cf, 0x9d6, 0x9d8, 0x9db, 0x9de,
        0x9de, 0x9e4, 0x9e5, 0x9ff, 0xa00, 0xa04, 0xa04, 0xa0b, 0xa0e, 0xa11, 0xa12, 0xa29, 0xa29,
        0xa31, 0xa31, 0xa34, 0xa34, 0xa37, 0xa37, 0xa3a, 0xa3b, 0xa3d, 0xa3d, 0xa43, 0xa46, 0xa49,
        0xa4a, 0xa4e, 0xa50, 0xa52, 0xa58, 0xa5d, 0xa5d, 0xa5f, 0xa65, 0xa77, 0xa80, 0xa84, 0xa84,
        0xa8e, 0xa8e, 0xa92, 0xa92, 0xaa9, 0xaa9, 0xab1, 0xab1, 0xab4, 0xab4, 0xaba, 0xabb, 0xac6,
        0xac6, 0xaca, 0xaca, 0xace, 0xacf, 0xad1, 0xadf, 0xae4, 0xae5, 0xaf2, 0xaf8, 0xb00, 0xb00,
        0xb04, 0xb04, 0xb0d, 0xb0e, 0xb11, 0xb12, 0xb29, 0xb29, 0xb31, 0xb31, 0xb34, 0xb34, 0xb3a,
        0xb3b, 0xb45, 0xb46, 0xb49, 0xb4a, 0xb4e, 0xb54, 0xb58, 0xb5b, 0xb5e, 0xb5e, 0xb64, 0xb65,
        0xb78, 0xb81, 0xb84, 0xb84, 0xb8b, 0xb8d, 0xb91, 0xb91, 0xb96, 0xb98, 0xb9b, 0xb9b, 0xb9d,
        0xb9d, 0xba0, 0xba2, 0xba5, 0xba7, 0xbab, 0xbad, 0xbba, 0xbbd, 0xbc3, 0xbc5, 0xbc9, 0xbc9,
        0xbce, 0xbcf, 0xbd1, 0xbd6, 0xbd8, 0xbe5, 0xbfb, 0xbff, 0xc0d, 0xc0d, 0xc11, 0xc11, 0xc29,
        0xc29, 0xc3a, 0xc3b, 0xc45, 0xc45, 0xc49, 0xc49, 0xc4e, 0xc54, 0xc57, 0xc57, 0xc5b, 0xc5c,
        0xc5e, 0xc5f, 0xc64, 0xc65, 0xc70, 0xc76, 0xc8d, 0xc8d, 0xc91, 0xc91, 0xca9, 0xca9, 0xcb4,
        0xcb4, 0xcba, 0xcbb, 0xcc5, 0xcc5, 0xcc9, 0xcc9, 0xcce, 0xcd4, 0xcd7, 0xcdc, 0xcdf, 0xcdf,
        0xce4, 0xce5, 0xcf0, 0xcf0, 0xcf3, 0xcff, 0xd0d, 0xd0d, 0xd11, 0xd11, 0xd45, 0xd45, 0xd49,
        0xd49, 0xd50, 0xd53, 0xd64, 0xd65, 0xd80, 0xd80, 0xd84, 0xd84, 0xd97, 0xd99, 0xdb2, 0xdb2,
        0xdbc, 0xdbc, 0xdbe, 0xdbf, 0xdc7, 0xdc9, 0xdcb, 0xdce, 0xdd5, 0xdd5, 0xdd7, 0xdd7, 0xde0,
        0xde5, 0xdf0, 0xdf1, 0xdf5, 0xe00, 0xe3b, 0xe3e, 0xe5c, 0xe80, 0xe83, 0xe83, 0xe85, 0xe85,
        0xe8b, 0xe8b, 0xea4, 0xea4, 0xea6, 0xea6, 0xebe, 0xebf, 0xec5, 0xec5, 0xec7, 0xec7, 0xece,
        0xecf, 0xeda, 0xedb, 0xee0, 0xeff, 0xf48, 0xf48, 0xf6d, 0xf70, 0xf98, 0xf98, 0xfbd, 0xfbd,
        0xfcd, 0xfcd, 0xfdb, 0xfff, 0x10c6, 0x10c6, 0x10c8, 0x10cc, 0x10ce, 0x10cf, 0x1249, 0x1249,
        0x124e, 0x124f, 0x1257, 0x1257, 0x1259, 0x1259, 0x125e, 0x125f, 0x1289, 0x1289, 0x128e,
        0x128f, 0x12b1, 0x12b1, 0x12b6, 0x12b7, 0x12bf, 0x12bf, 0x12c1, 0x12c1, 0x12c6, 0x12c7,
        0x12d7, 0x12d7, 0x1311, 0x1311, 0x1316, 0x1317, 0x135b, 0x135c, 0x137d, 0x137f, 0x139a,
        0x139f, 0x13f6, 0x13f7, 0x13fe, 0x13ff, 0x1680, 0x1680, 0x169d, 0x169f, 0x16f9, 0x16ff,
        0x1716, 0x171e, 0x1737, 0x173f, 0x1754, 0x175f, 0x176d, 0x176d, 0x1771, 0x1771, 0x1774,
        0x177f, 0x17de, 0x17df, 0x17ea, 0x17ef, 0x17fa, 0x17ff, 0x180e, 0x180e, 0x181a, 0x181f,
        0x1879, 0x187f, 0x18ab, 0x18af, 0x18f6, 0x18ff, 0x191f, 0x191f, 0x192c, 0x192f, 0x193c,
        0x193f, 0x1941, 0x1943, 0x196e, 0x196f, 0x1975, 0x197f, 0x19ac, 0x19af, 0x19ca, 0x19cf,
        0x19db, 0x19dd, 0x1a1c, 0x1a1d, 0x1a5f, 0x1a5f, 0x1a7d, 0x1a7e, 0x1a8a, 0x1a8f, 0x1a9a,
        0x1a9f, 0x1aae, 0x1aaf, 0x1acf, 0x1aff, 0x1b4d, 0x1b4f, 0x1b7f, 0x1b7f, 0x1bf4, 0x1bfb,
        0x1c38, 0x1c3a, 0x1c4a, 0x1c4c, 0x1c89, 0x1c8f, 0x1cbb, 0x1cbc, 0x1cc8, 0x1ccf, 0x1cfb,
        0x1cff, 0x1f16, 0x1f17, 0x1f1e, 0x1f1f, 0x1f46, 0x1f47, 0x1f4e, 0x1f4f, 0x1f58, 0x1f58,
        0x1f5a, 0x1f5a, 0x1f5c, 0x1f5c, 0x1f5e, 0x1f5e, 0x1f7e, 0x1f7f, 0x1fb5, 0x1fb5, 0x1fc5,
        0x1fc5, 0x1fd4, 0x1fd5, 0x1fdc, 0x1fdc, 0x1ff0, 0x1ff1, 0x1ff5, 0x1ff5, 0x1fff, 0x200f,
        0x2028, 0x202f, 0x205f, 0x206f, 0x2072, 0x2073, 0x208f, 0x208f, 0x209d, 0x209f, 0x20c1,
        0x20cf, 0x20f1, 0x20ff, 0x218c, 0x218f, 0x2427, 0x243f, 0x244b, 0x245f, 0x2b74, 0x2b75,
        0x2b96, 0x2b96, 0x2cf4, 0x2cf8, 0x2d26, 0x2d26, 0x2d28, 0x2d2c, 0x2d2e, 0x2d2f, 0x2d68,
        0x2d6e, 0x2d71, 0x2d7e, 0x2d97, 0x2d9f, 0x2da7, 0x2da7, 0x2daf, 0x2daf, 0x2db7, 0x2db7,
        0x2dbf, 0x2dbf, 0x2dc7, 0x2dc7, 0x2dcf, 0x2dcf, 0x2dd7, 0x2dd7, 0x2ddf, 0x2ddf, 0x2e5e,
        0x2e7f, 0x2e9a, 0x2e9a, 0x2ef4, 0x2eff, 0x2fd6, 0x2fef, 0x2ffc, 0x3000, 0x3040, 0x3040,
        0x3097, 0x3098, 0x3100, 0x3104, 0x3130, 0x3130, 0x318f, 0x318f, 0x31e4, 0x31ef, 0x321f,
        0x321f, 0xa48d, 0xa48f, 0xa4c7, 0xa4cf, 0xa62c, 0xa63f, 0xa6f8, 0xa6ff, 0xa7cb, 0xa7cf,
        0xa7d2, 0xa7d2, 0xa7d4, 0xa7d4, 0xa7da, 0xa7f1, 0xa82d, 0xa82f, 0xa83a, 0xa83f, 0xa878,
        0xa87f, 0xa8c6, 0xa8cd, 0xa8da, 0xa8df, 0xa954, 0xa95e, 0xa97d, 0xa97f, 0xa9ce, 0xa9ce,
        0xa9da, 0xa9dd, 0xa9ff, 0xa9ff, 0xaa37, 0xaa3f, 0xaa4e, 0xaa4f, 0xaa5a, 0xaa5b, 0xaac3,
        0xaada, 0xaaf7, 0xab00, 0xab07, 0xab08, 0xab0f, 0xab10, 0xab17, 0xab1f, 0xab27, 0xab27,
        0xab2f, 0xab2f, 0xab6c, 0xab6f, 0xabee, 0xabef, 0xabfa, 0xabff, 0xd7a4, 0xd7af, 0xd7c7,
        0xd7ca, 0xd7fc, 0xf8ff, 0xfa6e, 0xfa6f, 0xfada, 0xfaff, 0xfb07, 0xfb12, 0xfb18, 0xfb1c,
        0xfb37, 0xfb37, 0xfb3d, 0xfb3d, 0xfb3f, 0xfb3f, 0xfb42, 0xfb42, 0xfb45, 0xfb45, 0xfbc3,
        0xfbd2, 0xfd90, 0xfd91, 0xfdc8, 0xfdce, 0xfdd0, 0xfdef, 0xfe1a, 0xfe1f, 0xfe53, 0xfe53,
        0xfe67, 0xfe67, 0xfe6c, 0xfe6f, 0xfe75, 0xfe75, 0xfefd, 0xff00, 0xffbf, 0xffc1, 0xffc8,
        0xffc9, 0xffd0, 0xffd1, 0xffd8, 0xffd9, 0xffdd, 0xffdf, 0xffe7, 0xffe7, 0xffef, 0xfffb,
        0xfffe, 0xffff, 0x1000c, 0x1000c, 0x10027, 0x10027, 0x1003b, 0x1003b, 0x1003e, 0x1003e,
        0x1004e, 0x1004f, 0x1005e, 0x1007f, 0x100fb, 0x100ff, 0x10103, 0x10106, 0x10134, 0x10136,
        0x1018f, 0x1018f, 0x1019d, 0x1019f, 0x101a1, 0x101cf, 0x101fe, 0x1027f, 0x1029d, 0x1029f,
        0x102d1, 0x102df, 0x102fc, 0x102ff, 0x10324, 0x1032c, 0x1034b, 0x1034f, 0x1037b, 0x1037f,
        0x1039e, 0x1039e, 0x103c4, 0x103c7, 0x103d6, 0x103ff, 0x1049e, 0x1049f, 0x104aa, 0x104af,
        0x104d4, 0x104d7, 0x104fc, 0x104ff, 0x10528, 0x1052f, 0x10564, 0x1056e, 0x1057b, 0x1057b,
        0x1058b, 0x1058b, 0x10593, 0x10593, 0x10596, 0x10596, 0x105a2, 0x105a2, 0x105b2, 0x105b2,
        0x105ba, 0x105ba, 0x105bd, 0x105ff, 0x10737, 0x1073f, 0x10756, 0x1075f, 0x10768, 0x1077f,
        0x10786, 0x10786, 0x107b1, 0x107b1, 0x107bb, 0x107ff, 0x10806, 0x10807, 0x10809, 0x10809,
        0x10836, 0x10836, 0x10839, 0x1083b, 0x1083d, 0x1083e, 0x10856, 0x10856, 0x1089f, 0x108a6,
        0x108b0, 0x108df, 0x108f3, 0x108f3, 0x108f6, 0x108fa, 0x1091c, 0x1091e, 0x1093a, 0x1093e,
        0x10940, 0x1097f, 0x109b8, 0x109bb, 0x109d0, 0x109d1, 0x10a04, 0x10a04, 0x10a07, 0x10a0b,
        0x10a14, 0x10a14, 0x10a18, 0x10a18, 0x10a36, 0x10a37, 0x10a3b, 0x10a3e, 0x10a49, 0x10a4f,
        0x10a59, 0x10a5f, 0x10aa0, 0x10abf, 0x10ae7, 0x10aea, 0x10af7, 0x10aff, 0x10b36, 0x10b38,
        0x10b56, 0x10b57, 0x10b73, 0x10b77, 0x10b92, 0x10b98, 0x10b9d, 0x10ba8, 0x10bb0, 0x10bff,
        0x10c49, 0x10c7f, 0x10cb3, 0x10cbf, 0x10cf3, 0x10cf9, 0x10d28, 0x10d2f, 0x10d3a, 0x10e5f,
        0x10e7f, 0x10e7f, 0x10eaa, 0x10eaa, 0x10eae, 0x10eaf, 0x10eb2, 0x10eff, 0x10f28, 0x10f2f,
        0x10f5a, 0x10f6f, 0x10f8a, 0x10faf, 0x10fcc, 0x10fdf, 0x10ff7, 0x10fff, 0x1104e, 0x11051,
        0x11076, 0x1107e, 0x110bd, 0x110bd, 0x110c3, 0x110cf, 0x110e9, 0x110ef, 0x110fa, 0x110ff,
        0x11135, 0x11135, 0x11148, 0x1114f, 0x11177, 0x1117f, 0x111e0, 0x111e0, 0x111f5, 0x111ff,
        0x11212, 0x11212, 0x1123f, 0x1127f, 0x11287, 0x11287, 0x11289, 0x11289, 0x1128e, 0x1128e,
        0x1129e, 0x1129e, 0x112aa, 0x112af, 0x112eb, 0x112ef, 0x112fa, 0x112ff, 0x11304, 0x11304,
        0x1130d, 0x1130e, 0x11311, 0x11312, 0x11329, 0x11329, 0x11331, 0x11331, 0x11334, 0x11334,
        0x1133a, 0x1133a, 0x11345, 0x11346, 0x11349, 0x1134a, 0x1134e, 0x1134f, 0x11351, 0x11356,
        0x11358, 0x1135c, 0x11364, 0x11365, 0x1136d, 0x1136f, 0x11375, 0x113ff, 0x1145c, 0x1145c,
        0x11462, 0x1147f, 0x114c8, 0x114cf, 0x114da, 0x1157f, 0x115b6, 0x115b7, 0x115de, 0x115ff,
        0x11645, 0x1164f, 0x1165a, 0x1165f, 0x1166d, 0x1167f, 0x116ba, 0x116bf, 0x116ca, 0x116ff,
        0x1171b, 0x1171c, 0x1172c, 0x1172f, 0x11747, 0x117ff, 0x1183c, 0x1189f, 0x118f3, 0x118fe,
        0x11907, 0x11908, 0x1190a, 0x1190b, 0x11914, 0x11914, 0x11917, 0x11917, 0x11936, 0x11936,
        0x11939, 0x1193a, 0x11947, 0x1194f, 0x1195a, 0x1199f, 0x119a8, 0x119a9, 0x119d8, 0x119d9,
        0x119e5, 0x119ff, 0x11a48, 0x11a4f, 0x11aa3, 0x11aaf, 0x11af9, 0x11bff, 0x11c09, 0x11c09,
        0x11c37, 0x11c37, 0x11c46, 0x11c4f, 0x11c6d, 0x11c6f, 0x11c90, 0x11c91, 0x11ca8, 0x11ca8,
        0x11cb7, 0x11cff, 0x11d07, 0x11d07, 0x11d0a, 0x11d0a, 0x11d37, 0x11d39, 0x11d3b, 0x11d3b,
        0x11d3e, 0x11d3e, 0x11d48, 0x11d4f, 0x11d5a, 0x11d5f, 0x11d66, 0x11d66, 0x11d69, 0x11d69,
        0x11d8f, 0x11d8f, 0x11d92, 0x11d92, 0x11d99, 0x11d9f, 0x11daa, 0x11edf, 0x11ef9, 0x11faf,
        0x11fb1, 0x11fbf, 0x11ff2, 0x11ffe, 0x1239a, 0x123ff, 0x1246f, 0x1246f, 0x12475, 0x1247f,
        0x12544, 0x12f8f, 0x12ff3, 0x12fff, 0x1342f, 0x143ff, 0x14647, 0x167ff, 0x16a39, 0x16a3f,
        0x16a5f, 0x16a5f, 0x16a6a, 0x16a6d, 0x16abf, 0x16abf, 0x16aca, 0x16acf, 0x16aee, 0x16aef,
        0x16af6, 0x16aff, 0x16b46, 0x16b4f, 0x16b5a, 0x16b5a, 0x16b62, 0x16b62, 0x16b78, 0x16b7c,
        0x16b90, 0x16e3f, 0x16e9b, 0x16eff, 0x16f4b, 0x16f4e, 0x16f88, 0x16f8e, 0x16fa0, 0x16fdf,
        0x16fe5, 0x16fef, 0x16ff2, 0x16fff, 0x187f8, 0x187ff, 0x18cd6, 0x18cff, 0x18d09, 0x1afef,
        0x1aff4, 0x1aff4, 0x1affc, 0x1affc, 0x1afff, 0x1afff, 0x1b123, 0x1b14f, 0x1b153, 0x1b163,
        0x1b168, 0x1b16f, 0x1b2fc, 0x1bbff, 0x1bc6b, 0x1bc6f, 0x1bc7d, 0x1bc7f, 0x1bc89, 0x1bc8f,
        0x1bc9a, 0x1bc9b, 0x1bca0, 0x1ceff, 0x1cf2e, 0x1cf2f, 0x1cf47, 0x1cf4f, 0x1cfc4, 0x1cfff,
        0x1d0f6, 0x1d0ff, 0x1d127, 0x1d128, 0x1d173, 0x1d17a, 0x1d1eb, 0x1d1ff, 0x1d246, 0x1d2df,
        0x1d2f4, 0x1d2ff, 0x1d357, 0x1d35f, 0x1d379, 0x1d3ff, 0x1d455, 0x1d455, 0x1d49d, 0x1d49d,
        0x1d4a0, 0x1d4a1, 0x1d4a3, 0x1d4a4, 0x1d4a7, 0x1d4a8, 0x1d4ad, 0x1d4ad, 0x1d4ba, 0x1d4ba,
        0x1d4bc, 0x1d4bc, 0x1d4c4, 0x1d4c4, 0x1d506, 0x1d506, 0x1d50b, 0x1d50c, 0x1d515, 0x1d515,
        0x1d51d, 0x1d51d, 0x1d53a, 0x1d53a, 0x1d53f, 0x1d53f, 0x1d545, 0x1d545, 0x1d547, 0x1d549,
        0x1d551, 0x1d551, 0x1d6a6, 0x1d6a7, 0x1d7cc, 0x1d7cd, 0x1da8c, 0x1da9a, 0x1daa0, 0x1daa0,
        0x1dab0, 0x1deff, 0x1df1f, 0x1dfff, 0x1e007, 0x1e007, 0x1e019, 0x1e01a, 0x1e022, 0x1e022,
        0x1e025, 0x1e025, 0x1e02b, 0x1e0ff, 0x1e12d, 0x1e12f, 0x1e13e, 0x1e13f, 0x1e14a, 0x1e14d,
        0x1e150, 0x1e28f, 0x1e2af, 0x1e2bf, 0x1e2fa, 0x1e2fe, 0x1e300, 0x1e7df, 0x1e7e7, 0x1e7e7,
        0x1e7ec, 0x1e7ec, 0x1e7ef, 0x1e7ef, 0x1e7ff, 0x1e7ff, 0x1e8c5, 0x1e8c6, 0x1e8d7, 0x1e8ff,
        0x1e94c, 0x1e94f, 0x1e95a, 0x1e95d, 0x1e960, 0x1ec70, 0x1ecb5, 0x1ed00, 0x1ed3e, 0x1edff,
        0x1ee04, 0x1ee04, 0x1ee20, 0x1ee20, 0x1ee23, 0x1ee23, 0x1ee25, 0x1ee26, 0x1ee28, 0x1ee28,
        0x1ee33, 0x1ee33, 0x1ee38, 0x1ee38, 0x1ee3a, 0x1ee3a, 0x1ee3c, 0x1ee41, 0x1ee43, 0x1ee46,
        0x1ee48, 0x1ee48, 0x1ee4a, 0x1ee4a, 0x1ee4c, 0x1ee4c, 0x1ee50, 0x1ee50, 0x1ee53, 0x1ee53,
        0x1ee55, 0x1ee56, 0x1ee58, 0x1ee58, 0x1ee5a, 0x1ee5a, 0x1ee5c, 0x1ee5c, 0x1ee5e, 0x1ee5e,
        0x1ee60, 0x1ee60, 0x1ee63, 0x1ee63, 0x1ee65, 0x1ee66, 0x1ee6b, 0x1ee6b, 0x1ee73, 0x1ee73,
        0x1ee78, 0x1ee78, 0x1ee7d, 0x1ee7d, 0x1ee7f, 0x1ee7f, 0x1ee8a, 0x1ee8a, 0x1ee9c, 0x1eea0,
        0x1eea4, 0x1eea4, 0x1eeaa, 0x1eeaa, 0x1eebc, 0x1eeef, 0x1eef2, 0x1efff, 0x1f02c, 0x1f02f,
        0x1f094, 0x1f09f, 0x1f0af, 0x1f0b0, 0x1f0c0, 0x1f0c0, 0x1f0d0, 0x1f0d0, 0x1f0f6, 0x1f0ff,
        0x1f1ae, 0x1f1e5, 0x1f203, 0x1f20f, 0x1f23c, 0x1f23f, 0x1f249, 0x1f24f, 0x1f252, 0x1f25f,
        0x1f266, 0x1f2ff, 0x1f6d8, 0x1f6dc, 0x1f6ed, 0x1f6ef, 0x1f6fd, 0x1f6ff, 0x1f774, 0x1f77f,
        0x1f7d9, 0x1f7df, 0x1f7ec, 0x1f7ef, 0x1f7f1, 0x1f7ff, 0x1f80c, 0x1f80f, 0x1f848, 0x1f84f,
        0x1f85a, 0x1f85f, 0x1f888, 0x1f88f, 0x1f8ae, 0x1f8af, 0x1f8b2, 0x1f8ff, 0x1fa54, 0x1fa5f,
        0x1fa6e, 0x1fa6f, 0x1fa75, 0x1fa77, 0x1fa7d, 0x1fa7f, 0x1fa87, 0x1fa8f, 0x1faad, 0x1faaf,
        0x1fabb, 0x1fabf, 0x1fac6, 0x1facf, 0x1fada, 0x1fadf, 0x1fae8, 0x1faef, 0x1faf7, 0x1faff,
        0x1fb93, 0x1fb93, 0x1fbcb, 0x1fbef, 0x1fbfa, 0x1ffff, 0x2a6e0, 0x2a6ff, 0x2b739, 0x2b73f,
        0x2b81e, 0x2b81f, 0x2cea2, 0x2ceaf, 0x2ebe1, 0x2f7ff, 0x2fa1e, 0x2ffff, 0x3134b, 0xe00ff,
        0xe01f0, 0x10ffff,
    ];

    /// `str.isalpha()`: categories Lu, Ll, Lt, Lm, Lo.
    const ALPHA: &[u32] = &[
        0x41, 0x5a, 0x61, 0x7a, 0xaa, 0xaa, 0xb5, 0xb5, 0xba, 0xba, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8,
        0x2c1, 0x2c6, 0x2d1, 0x2e0, 0x2e4, 0x2ec, 0x2ec, 0x2ee, 0x2ee, 0x370, 0x374, 0x376, 0x377,
        0x37a, 0x37d, 0x37f, 0x37f, 0x386, 0x386, 0x388, 0x38a, 0x38c, 0x38c, 0x38e, 0x3a1, 0x3a3,
        0x3f5, 0x3f7, 0x481, 0x48a, 0x52f, 0x531, 0x556, 0x559, 0x559, 0x560, 0x588, 0x5d0, 0x5ea,
        0x5ef, 0x5f2, 0x620, 0x64a, 0x66e, 0x66f, 0x671, 0x6d3, 0x6d5, 0x6d5, 0x6e5, 0x6e6, 0x6ee,
        0x6ef, 0x6fa, 0x6fc, 0x6ff, 0x6ff, 0x710, 0x710, 0x712, 0x72f, 0x74d, 0x7a5, 0x7b1, 0x7b1,
        0x7ca, 0x7ea, 0x7f4, 0x7f5, 0x7fa, 0x7fa, 0x800, 0x815, 0x81a, 0x81a, 0x824, 0x824, 0x828,
        0x828, 0x840, 0x858, 0x860, 0x86a, 0x870, 0x887, 0x889, 0x88e, 0x8a0, 0x8c9, 0x904, 0x939,
        0x93d, 0x93d, 0x950, 0x950, 0x958, 0x961, 0x971, 0x980, 0x985, 0x98c, 0x98f, 0x990, 0x993,
        0x9a8, 0x9aa, 0x9b0, 0x9b2, 0x9b2, 0x9b6, 0x9b9, 0x9bd, 0x9bd, 0x9ce, 0x9ce, 0x9dc, 0x9dd,
        0x9df, 0x9e1, 0x9f0, 0x9f1, 0x9fc, 0x9fc, 0xa05, 0xa0a, 0xa0f, 0xa10, 0xa13, 0xa28, 0xa2a,
        0xa30, 0xa32, 0xa33, 0xa35, 0xa36, 0xa38, 0xa39, 0xa59, 0xa5c, 0xa5e, 0xa5e, 0xa72, 0xa74,
        0xa85, 0xa8d, 0xa8f, 0xa91, 0xa93, 0xaa8, 0xaaa, 0xab0, 0xab2, 0xab3, 0xab5, 0xab9, 0xabd,
        0xabd, 0xad0, 0xad0, 0xae0, 0xae1, 0xaf9, 0xaf9, 0xb05, 0xb0c, 0xb0f, 0xb10, 0xb13, 0xb28,
        0xb2a, 0xb30, 0xb32, 0xb33, 0xb35, 0xb39, 0xb3d, 0xb3d, 0xb5c, 0xb5d, 0xb5f, 0xb61, 0xb71,
        0xb71, 0xb83, 0xb83, 0xb85, 0xb8a, 0xb8e, 0xb90, 0xb92, 0xb95, 0xb99, 0xb9a, 0xb9c, 0xb9c,
        0xb9e, 0xb9f, 0xba3, 0xba4, 0xba8, 0xbaa, 0xbae, 0xbb9, 0xbd0, 0xbd0, 0xc05, 0xc0c, 0xc0e,
        0xc10, 0xc12, 0xc28, 0xc2a, 0xc39, 0xc3d, 0xc3d, 0xc58, 0xc5a, 0xc5d, 0xc5d, 0xc60, 0xc61,
        0xc80, 0xc80, 0xc85, 0xc8c, 0xc8e, 0xc90, 0xc92, 0xca8, 0xcaa, 0xcb3, 0xcb5, 0xcb9, 0xcbd,
        0xcbd, 0xcdd, 0xcde, 0xce0, 0xce1, 0xcf1, 0xcf2, 0xd04, 0xd0c, 0xd0e, 0xd10, 0xd12, 0xd3a,
        0xd3d, 0xd3d, 0xd4e, 0xd4e, 0xd54, 0xd56, 0xd5f, 0xd61, 0xd7a, 0xd7f, 0xd85, 0xd96, 0xd9a,
        0xdb1, 0xdb3, 0xdbb, 0xdbd, 0xdbd, 0xdc0, 0xdc6, 0xe01, 0xe30, 0xe32, 0xe33, 0xe40, 0xe46,
        0xe81, 0xe82, 0xe84, 0xe84, 0xe86, 0xe8a, 0xe8c, 0xea3, 0xea5, 0xea5, 0xea7, 0xeb0, 0xeb2,
        0xeb3, 0xebd, 0xebd, 0xec0, 0xec4, 0xec6, 0xec6, 0xedc, 0xedf, 0xf00, 0xf00, 0xf40, 0xf47,
        0xf49, 0xf6c, 0xf88, 0xf8c, 0x1000, 0x102a, 0x103f, 0x103f, 0x1050, 0x1055, 0x105a, 0x105d,
        0x1061, 0x1061, 0x1065, 0x1066, 0x106e, 0x1070, 0x1075, 0x1081, 0x108e, 0x108e, 0x10a0,
        0x10c5, 0x10c7, 0x10c7, 0x10cd, 0x10cd, 0x10d0, 0x10fa, 0x10fc, 0x1248, 0x124a, 0x124d,
        0x1250, 0x1256, 0x1258, 0x1258, 0x125a, 0x125d, 0x1260, 0x1288, 0x128a, 0x128d, 0x1290,
        0x12b0, 0x12b2, 0x12b5, 0x12b8, 0x12be, 0x12c0, 0x12c0, 0x12c2, 0x12c5, 0x12c8, 0x12d6,
        0x12d8, 0x1310, 0x1312, 0x1315, 0x1318, 0x135a, 0x1380, 0x138f, 0x13a0, 0x13f5, 0x13f8,
        0x13fd, 0x1401, 0x166c, 0x166f, 0x167f, 0x1681, 0x169a, 0x16a0, 0x16ea, 0x16f1, 0x16f8,
        0x1700, 0x1711, 0x171f, 0x1731, 0x1740, 0x1751, 0x1760, 0x176c, 0x176e, 0x1770, 0x1780,
        0x17b3, 0x17d7, 0x17d7, 0x17dc, 0x17dc, 0x1820, 0x1878, 0x1880, 0x1884, 0x1887, 0x18a8,
        0x18aa, 0x18aa, 0x18b0, 0x18f5, 0x1900, 0x191e, 0x1950, 0x196d, 0x1970, 0x1974, 0x1980,
        0x19ab, 0x19b0, 0x19c9, 0x1a00, 0x1a16, 0x1a20, 0x1a54, 0x1aa7, 0x1aa7, 0x1b05, 0x1b33,
        0x1b45, 0x1b4c, 0x1b83, 0x1ba0, 0x1bae, 0x1baf, 0x1bba, 0x1be5, 0x1c00, 0x1c23, 0x1c4d,
        0x1c4f, 0x1c5a, 0x1c7d, 0x1c80, 0x1c88, 0x1c90, 0x1cba, 0x1cbd, 0x1cbf, 0x1ce9, 0x1cec,
        0x1cee, 0x1cf3, 0x1cf5, 0x1cf6, 0x1cfa, 0x1cfa, 0x1d00, 0x1dbf, 0x1e00, 0x1f15, 0x1f18,
        0x1f1d, 0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f57, 0x1f59, 0x1f59, 0x1f5b, 0x1f5b,
        0x1f5d, 0x1f5d, 0x1f5f, 0x1f7d, 0x1f80, 0x1fb4, 0x1fb6, 0x1fbc, 0x1fbe, 0x1fbe, 0x1fc2,
        0x1fc4, 0x1fc6, 0x1fcc, 0x1fd0, 0x1fd3, 0x1fd6, 0x1fdb, 0x1fe0, 0x1fec, 0x1ff2, 0x1ff4,
        0x1ff6, 0x1ffc, 0x2071, 0x2071, 0x207f, 0x207f, 0x2090, 0x209c, 0x2102, 0x2102, 0x2107,
        0x2107, 0x210a, 0x2113, 0x2115, 0x2115, 0x2119, 0x211d, 0x2124, 0x2124, 0x2126, 0x2126,
        0x2128, 0x2128, 0x212a, 0x212d, 0x212f, 0x2139, 0x213c, 0x213f, 0x2145, 0x2149, 0x214e,
        0x214e, 0x2183, 0x2184, 0x2c00, 0x2ce4, 0x2ceb, 0x2cee, 0x2cf2, 0x2cf3, 0x2d00, 0x2d25,
        0x2d27, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67, 0x2d6f, 0x2d6f, 0x2d80, 0x2d96, 0x2da0,
        0x2da6, 0x2da8, 0x2dae, 0x2db0, 0x2db6, 0x2db8, 0x2dbe, 0x2dc0, 0x2dc6, 0x2dc8, 0x2dce,
        0x2dd0, 0x2dd6, 0x2dd8, 0x2dde, 0x2e2f, 0x2e2f, 0x3005, 0x3006, 0x3031, 0x3035, 0x303b,
        0x303c, 0x3041, 0x3096, 0x309d, 0x309f, 0x30a1, 0x30fa, 0x30fc, 0x30ff, 0x3105, 0x312f,
        0x3131, 0x318e, 0x31a0, 0x31bf, 0x31f0, 0x31ff, 0x3400, 0x4dbf, 0x4e00, 0xa48c, 0xa4d0,
        0xa4fd, 0xa500, 0xa60c, 0xa610, 0xa61f, 0xa62a, 0xa62b, 0xa640, 0xa66e, 0xa67f, 0xa69d,
        0xa6a0, 0xa6e5, 0xa717, 0xa71f, 0xa722, 0xa788, 0xa78b, 0xa7ca, 0xa7d0, 0xa7d1, 0xa7d3,
        0xa7d3, 0xa7d5, 0xa7d9, 0xa7f2, 0xa801, 0xa803, 0xa805, 0xa807, 0xa80a, 0xa80c, 0xa822,
        0xa840, 0xa873, 0xa882, 0xa8b3, 0xa8f2, 0xa8f7, 0xa8fb, 0xa8fb, 0xa8fd, 0xa8fe, 0xa90a,
        0xa925, 0xa930, 0xa946, 0xa960, 0xa97c, 0xa984, 0xa9b2, 0xa9cf, 0xa9cf, 0xa9e0, 0xa9e4,
        0xa9e6, 0xa9ef, 0xa9fa, 0xa9fe, 0xaa00, 0xaa28, 0xaa40, 0xaa42, 0xaa44, 0xaa4b, 0xaa60,
        0xaa76, 0xaa7a, 0xaa7a, 0xaa7e, 0xaaaf, 0xaab1, 0xaab1, 0xaab5, 0xaab6, 0xaab9, 0xaabd,
        0xaac0, 0xaac0, 0xaac2, 0xaac2, 0xaadb, 0xaadd, 0xaae0, 0xaaea, 0xaaf2, 0xaaf4, 0xab01,
        0xab06, 0xab09, 0xab0e, 0xab11, 0xab16, 0xab20, 0xab26, 0xab28, 0xab2e, 0xab30, 0xab5a,
        0xab5c, 0xab69, 0xab70, 0xabe2, 0xac00, 0xd7a3, 0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900,
        0xfa6d, 0xfa70, 0xfad9, 0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfb1d, 0xfb1f, 0xfb28,
        0xfb2a, 0xfb36, 0xfb38, 0xfb3c, 0xfb3e, 0xfb3e, 0xfb40, 0xfb41, 0xfb43, 0xfb44, 0xfb46,
        0xfbb1, 0xfbd3, 0xfd3d, 0xfd50, 0xfd8f, 0xfd92, 0xfdc7, 0xfdf0, 0xfdfb, 0xfe70, 0xfe74,
        0xfe76, 0xfefc, 0xff21, 0xff3a, 0xff41, 0xff5a, 0xff66, 0xffbe, 0xffc2, 0xffc7, 0xffca,
        0xffcf, 0xffd2, 0xffd7, 0xffda, 0xffdc, 0x10000, 0x1000b, 0x1000d, 0x10026, 0x10028,
        0x1003a, 0x1003c, 0x1003d, 0x1003f, 0x1004d, 0x10050, 0x1005d, 0x10080, 0x100fa, 0x10280,
        0x1029c, 0x102a0, 0x102d0, 0x10300, 0x1031f, 0x1032d, 0x10340, 0x10342, 0x10349, 0x10350,
        0x10375, 0x10380, 0x1039d, 0x103a0, 0x103c3, 0x103c8, 0x103cf, 0x10400, 0x1049d, 0x104b0,
        0x104d3, 0x104d8, 0x104fb, 0x10500, 0x10527, 0x10530, 0x10563, 0x10570, 0x1057a, 0x1057c,
        0x1058a, 0x1058c, 0x10592, 0x10594, 0x10595, 0x10597, 0x105a1, 0x105a3, 0x105b1, 0x105b3,
        0x105b9, 0x105bb, 0x105bc, 0x10600, 0x10736, 0x10740, 0x10755, 0x10760, 0x10767, 0x10780,
        0x10785, 0x10787, 0x107b0, 0x107b2, 0x107ba, 0x10800, 0x10805, 0x10808, 0x10808, 0x1080a,
        0x10835, 0x10837, 0x10838, 0x1083c, 0x1083c, 0x1083f, 0x10855, 0x10860, 0x10876, 0x10880,
        0x1089e, 0x108e0, 0x108f2, 0x108f4, 0x108f5, 0x10900, 0x10915, 0x10920, 0x10939, 0x10980,
        0x109b7, 0x109be, 0x109bf, 0x10a00, 0x10a00, 0x10a10, 0x10a13, 0x10a15, 0x10a17, 0x10a19,
        0x10a35, 0x10a60, 0x10a7c, 0x10a80, 0x10a9c, 0x10ac0, 0x10ac7, 0x10ac9, 0x10ae4, 0x10b00,
        0x10b35, 0x10b40, 0x10b55, 0x10b60, 0x10b72, 0x10b80, 0x10b91, 0x10c00, 0x10c48, 0x10c80,
        0x10cb2, 0x10cc0, 0x10cf2, 0x10d00, 0x10d23, 0x10e80, 0x10ea9, 0x10eb0, 0x10eb1, 0x10f00,
        0x10f1c, 0x10f27, 0x10f27, 0x10f30, 0x10f45, 0x10f70, 0x10f81, 0x10fb0, 0x10fc4, 0x10fe0,
        0x10ff6, 0x11003, 0x11037, 0x11071, 0x11072, 0x11075, 0x11075, 0x11083, 0x110af, 0x110d0,
        0x110e8, 0x11103, 0x11126, 0x11144, 0x11144, 0x11147, 0x11147, 0x11150, 0x11172, 0x11176,
        0x11176, 0x11183, 0x111b2, 0x111c1, 0x111c4, 0x111da, 0x111da, 0x111dc, 0x111dc, 0x11200,
        0x11211, 0x11213, 0x1122b, 0x11280, 0x11286, 0x11288, 0x11288, 0x1128a, 0x1128d, 0x1128f,
        0x1129d, 0x1129f, 0x112a8, 0x112b0, 0x112de, 0x11305, 0x1130c, 0x1130f, 0x11310, 0x11313,
        0x11328, 0x1132a, 0x11330, 0x11332, 0x11333, 0x11335, 0x11339, 0x1133d, 0x1133d, 0x11350,
        0x11350, 0x1135d, 0x11361, 0x11400, 0x11434, 0x11447, 0x1144a, 0x1145f, 0x11461, 0x11480,
        0x114af, 0x114c4, 0x114c5, 0x114c7, 0x114c7, 0x11580, 0x115ae, 0x115d8, 0x115db, 0x11600,
        0x1162f, 0x11644, 0x11644, 0x11680, 0x116aa, 0x116b8, 0x116b8, 0x11700, 0x1171a, 0x11740,
        0x11746, 0x11800, 0x1182b, 0x118a0, 0x118df, 0x118ff, 0x11906, 0x11909, 0x11909, 0x1190c,
        0x11913, 0x11915, 0x11916, 0x11918, 0x1192f, 0x1193f, 0x1193f, 0x11941, 0x11941, 0x119a0,
        0x119a7, 0x119aa, 0x119d0, 0x119e1, 0x119e1, 0x119e3, 0x119e3, 0x11a00, 0x11a00, 0x11a0b,
        0x11a32, 0x11a3a, 0x11a3a, 0x11a50, 0x11a50, 0x11a5c, 0x11a89, 0x11a9d, 0x11a9d, 0x11ab0,
        0x11af8, 0x11c00, 0x11c08, 0x11c0a, 0x11c2e, 0x11c40, 0x11c40, 0x11c72, 0x11c8f, 0x11d00,
        0x11d06, 0x11d08, 0x11d09, 0x11d0b, 0x11d30, 0x11d46, 0x11d46, 0x11d60, 0x11d65, 0x11d67,
        0x11d68, 0x11d6a, 0x11d89, 0x11d98, 0x11d98, 0x11ee0, 0x11ef2, 0x11fb0, 0x11fb0, 0x12000,
        0x12399, 0x12480, 0x12543, 0x12f90, 0x12ff0, 0x13000, 0x1342e, 0x14400, 0x14646, 0x16800,
        0x16a38, 0x16a40, 0x16a5e, 0x16a70, 0x16abe, 0x16ad0, 0x16aed, 0x16b00, 0x16b2f, 0x16b40,
        0x16b43, 0x16b63, 0x16b77, 0x16b7d, 0x16b8f, 0x16e40, 0x16e7f, 0x16f00, 0x16f4a, 0x16f50,
        0x16f50, 0x16f93, 0x16f9f, 0x16fe0, 0x16fe1, 0x16fe3, 0x16fe3, 0x17000, 0x187f7, 0x18800,
        0x18cd5, 0x18d00, 0x18d08, 0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000,
        0x1b122, 0x1b150, 0x1b152, 0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1bc00, 0x1bc6a, 0x1bc70,
        0x1bc7c, 0x1bc80, 0x1bc88, 0x1bc90, 0x1bc99, 0x1d400, 0x1d454, 0x1d456, 0x1d49c, 0x1d49e,
        0x1d49f, 0x1d4a2, 0x1d4a2, 0x1d4a5, 0x1d4a6, 0x1d4a9, 0x1d4ac, 0x1d4ae, 0x1d4b9, 0x1d4bb,
        0x1d4bb, 0x1d4bd, 0x1d4c3, 0x1d4c5, 0x1d505, 0x1d507, 0x1d50a, 0x1d50d, 0x1d514, 0x1d516,
        0x1d51c, 0x1d51e, 0x1d539, 0x1d53b, 0x1d53e, 0x1d540, 0x1d544, 0x1d546, 0x1d546, 0x1d54a,
        0x1d550, 0x1d552, 0x1d6a5, 0x1d6a8, 0x1d6c0, 0x1d6c2, 0x1d6da, 0x1d6dc, 0x1d6fa, 0x1d6fc,
        0x1d714, 0x1d716, 0x1d734, 0x1d736, 0x1d74e, 0x1d750, 0x1d76e, 0x1d770, 0x1d788, 0x1d78a,
        0x1d7a8, 0x1d7aa, 0x1d7c2, 0x1d7c4, 0x1d7cb, 0x1df00, 0x1df1e, 0x1e100, 0x1e12c, 0x1e137,
        0x1e13d, 0x1e14e, 0x1e14e, 0x1e290, 0x1e2ad, 0x1e2c0, 0x1e2eb, 0x1e7e0, 0x1e7e6, 0x1e7e8,
        0x1e7eb, 0x1e7ed, 0x1e7ee, 0x1e7f0, 0x1e7fe, 0x1e800, 0x1e8c4, 0x1e900, 0x1e943, 0x1e94b,
        0x1e94b, 0x1ee00, 0x1ee03, 0x1ee05, 0x1ee1f, 0x1ee21, 0x1ee22, 0x1ee24, 0x1ee24, 0x1ee27,
        0x1ee27, 0x1ee29, 0x1ee32, 0x1ee34, 0x1ee37, 0x1ee39, 0x1ee39, 0x1ee3b, 0x1ee3b, 0x1ee42,
        0x1ee42, 0x1ee47, 0x1ee47, 0x1ee49, 0x1ee49, 0x1ee4b, 0x1ee4b, 0x1ee4d, 0x1ee4f, 0x1ee51,
        0x1ee52, 0x1ee54, 0x1ee54, 0x1ee57, 0x1ee57, 0x1ee59, 0x1ee59, 0x1ee5b, 0x1ee5b, 0x1ee5d,
        0x1ee5d, 0x1ee5f, 0x1ee5f, 0x1ee61, 0x1ee62, 0x1ee64, 0x1ee64, 0x1ee67, 0x1ee6a, 0x1ee6c,
        0x1ee72, 0x1ee74, 0x1ee77, 0x1ee79, 0x1ee7c, 0x1ee7e, 0x1ee7e, 0x1ee80, 0x1ee89, 0x1ee8b,
        0x1ee9b, 0x1eea1, 0x1eea3, 0x1eea5, 0x1eea9, 0x1eeab, 0x1eebb, 0x20000, 0x2a6df, 0x2a700,
        0x2b738, 0x2b740, 0x2b81d, 0x2b820, 0x2cea1, 0x2ceb0, 0x2ebe0, 0x2f800, 0x2fa1d, 0x30000,
        0x3134a,
    ];

    /// `str.isdecimal()`: category Nd, in runs of ten whose first digit is 0.
    const DECIMAL: &[u32] = &[
        0x30, 0x39, 0x660, 0x669, 0x6f0, 0x6f9, 0x7c0, 0x7c9, 0x966, 0x96f, 0x9e6, 0x9ef, 0xa66,
        0xa6f, 0xae6, 0xaef, 0xb66, 0xb6f, 0xbe6, 0xbef, 0xc66, 0xc6f, 0xce6, 0xcef, 0xd66, 0xd6f,
        0xde6, 0xdef, 0xe50, 0xe59, 0xed0, 0xed9, 0xf20, 0xf29, 0x1040, 0x1049, 0x1090, 0x1099,
        0x17e0, 0x17e9, 0x1810, 0x1819, 0x1946, 0x194f, 0x19d0, 0x19d9, 0x1a80, 0x1a89, 0x1a90,
        0x1a99, 0x1b50, 0x1b59, 0x1bb0, 0x1bb9, 0x1c40, 0x1c49, 0x1c50, 0x1c59, 0xa620, 0xa629,
        0xa8d0, 0xa8d9, 0xa900, 0xa909, 0xa9d0, 0xa9d9, 0xa9f0, 0xa9f9, 0xaa50, 0xaa59, 0xabf0,
        0xabf9, 0xff10, 0xff19, 0x104a0, 0x104a9, 0x10d30, 0x10d39, 0x11066, 0x1106f, 0x110f0,
        0x110f9, 0x11136, 0x1113f, 0x111d0, 0x111d9, 0x112f0, 0x112f9, 0x11450, 0x11459, 0x114d0,
        0x114d9, 0x11650, 0x11659, 0x116c0, 0x116c9, 0x11730, 0x11739, 0x118e0, 0x118e9, 0x11950,
        0x11959, 0x11c50, 0x11c59, 0x11d50, 0x11d59, 0x11da0, 0x11da9, 0x16a60, 0x16a69, 0x16ac0,
        0x16ac9, 0x16b50, 0x16b59, 0x1d7ce, 0x1d7ff, 0x1e140, 0x1e149, 0x1e2f0, 0x1e2f9, 0x1e950,
        0x1e959, 0x1fbf0, 0x1fbf9,
    ];

    /// `str.isdigit()`: Numeric_Type Decimal or Digit.
    const DIGIT: &[u32] = &[
        0x30, 0x39, 0xb2, 0xb3, 0xb9, 0xb9, 0x660, 0x669, 0x6f0, 0x6f9, 0x7c0, 0x7c9, 0x966, 0x96f,
        0x9e6, 0x9ef, 0xa66, 0xa6f, 0xae6, 0xaef, 0xb66, 0xb6f, 0xbe6, 0xbef, 0xc66, 0xc6f, 0xce6,
        0xcef, 0xd66, 0xd6f, 0xde6, 0xdef, 0xe50, 0xe59, 0xed0, 0xed9, 0xf20, 0xf29, 0x1040,
        0x1049, 0x1090, 0x1099, 0x1369, 0x1371, 0x17e0, 0x17e9, 0x1810, 0x1819, 0x1946, 0x194f,
        0x19d0, 0x19da, 0x1a80, 0x1a89, 0x1a90, 0x1a99, 0x1b50, 0x1b59, 0x1bb0, 0x1bb9, 0x1c40,
        0x1c49, 0x1c50, 0x1c59, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468,
        0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff, 0x2776,
        0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0xa620, 0xa629, 0xa8d0, 0xa8d9, 0xa900, 0xa909,
        0xa9d0, 0xa9d9, 0xa9f0, 0xa9f9, 0xaa50, 0xaa59, 0xabf0, 0xabf9, 0xff10, 0xff19, 0x104a0,
        0x104a9, 0x10a40, 0x10a43, 0x10d30, 0x10d39, 0x10e60, 0x10e68, 0x11052, 0x1105a, 0x11066,
        0x1106f, 0x110f0, 0x110f9, 0x11136, 0x1113f, 0x111d0, 0x111d9, 0x112f0, 0x112f9, 0x11450,
        0x11459, 0x114d0, 0x114d9, 0x11650, 0x11659, 0x116c0, 0x116c9, 0x11730, 0x11739, 0x118e0,
        0x118e9, 0x11950, 0x11959, 0x11c50, 0x11c59, 0x11d50, 0x11d59, 0x11da0, 0x11da9, 0x16a60,
        0x16a69, 0x16ac0, 0x16ac9, 0x16b50, 0x16b59, 0x1d7ce, 0x1d7ff, 0x1e140, 0x1e149, 0x1e2f0,
        0x1e2f9, 0x1e950, 0x1e959, 0x1f100, 0x1f10a, 0x1fbf0, 0x1fbf9,
    ];

    /// `str.isnumeric()`: Numeric_Type Decimal, Digit or Numeric.
    const NUMERIC: &[u32] = &[
        0x30, 0x39, 0xb2, 0xb3, 0xb9, 0xb9, 0xbc, 0xbe, 0x660, 0x669, 0x6f0, 0x6f9, 0x7c0, 0x7c9,
        0x966, 0x96f, 0x9e6, 0x9ef, 0x9f4, 0x9f9, 0xa66, 0xa6f, 0xae6, 0xaef, 0xb66, 0xb6f, 0xb72,
        0xb77, 0xbe6, 0xbf2, 0xc66, 0xc6f, 0xc78, 0xc7e, 0xce6, 0xcef, 0xd58, 0xd5e, 0xd66, 0xd78,
        0xde6, 0xdef, 0xe50, 0xe59, 0xed0, 0xed9, 0xf20, 0xf33, 0x1040, 0x1049, 0x1090, 0x1099,
        0x1369, 0x137c, 0x16ee, 0x16f0, 0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1810, 0x1819, 0x1946,
        0x194f, 0x19d0, 0x19da, 0x1a80, 0x1a89, 0x1a90, 0x1a99, 0x1b50, 0x1b59, 0x1bb0, 0x1bb9,
        0x1c40, 0x1c49, 0x1c50, 0x1c59, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2150,
        0x2182, 0x2185, 0x2189, 0x2460, 0x249b, 0x24ea, 0x24ff, 0x2776, 0x2793, 0x2cfd, 0x2cfd,
        0x3007, 0x3007, 0x3021, 0x3029, 0x3038, 0x303a, 0x3192, 0x3195, 0x3220, 0x3229, 0x3248,
        0x324f, 0x3251, 0x325f, 0x3280, 0x3289, 0x32b1, 0x32bf, 0x3405, 0x3405, 0x3483, 0x3483,
        0x382a, 0x382a, 0x3b4d, 0x3b4d, 0x4e00, 0x4e00, 0x4e03, 0x4e03, 0x4e07, 0x4e07, 0x4e09,
        0x4e09, 0x4e5d, 0x4e5d, 0x4e8c, 0x4e8c, 0x4e94, 0x4e94, 0x4e96, 0x4e96, 0x4ebf, 0x4ec0,
        0x4edf, 0x4edf, 0x4ee8, 0x4ee8, 0x4f0d, 0x4f0d, 0x4f70, 0x4f70, 0x5104, 0x5104, 0x5146,
        0x5146, 0x5169, 0x5169, 0x516b, 0x516b, 0x516d, 0x516d, 0x5341, 0x5341, 0x5343, 0x5345,
        0x534c, 0x534c, 0x53c1, 0x53c4, 0x56db, 0x56db, 0x58f1, 0x58f1, 0x58f9, 0x58f9, 0x5e7a,
        0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0e, 0x5f10, 0x5f10, 0x62fe, 0x62fe, 0x634c, 0x634c,
        0x67d2, 0x67d2, 0x6f06, 0x6f06, 0x7396, 0x7396, 0x767e, 0x767e, 0x8086, 0x8086, 0x842c,
        0x842c, 0x8cae, 0x8cae, 0x8cb3, 0x8cb3, 0x8d30, 0x8d30, 0x9621, 0x9621, 0x9646, 0x9646,
        0x964c, 0x964c, 0x9678, 0x9678, 0x96f6, 0x96f6, 0xa620, 0xa629, 0xa6e6, 0xa6ef, 0xa830,
        0xa835, 0xa8d0, 0xa8d9, 0xa900, 0xa909, 0xa9d0, 0xa9d9, 0xa9f0, 0xa9f9, 0xaa50, 0xaa59,
        0xabf0, 0xabf9, 0xf96b, 0xf96b, 0xf973, 0xf973, 0xf978, 0xf978, 0xf9b2, 0xf9b2, 0xf9d1,
        0xf9d1, 0xf9d3, 0xf9d3, 0xf9fd, 0xf9fd, 0xff10, 0xff19, 0x10107, 0x10133, 0x10140, 0x10178,
        0x1018a, 0x1018b, 0x102e1, 0x102fb, 0x10320, 0x10323, 0x10341, 0x10341, 0x1034a, 0x1034a,
        0x103d1, 0x103d5, 0x104a0, 0x104a9, 0x10858, 0x1085f, 0x10879, 0x1087f, 0x108a7, 0x108af,
        0x108fb, 0x108ff, 0x10916, 0x1091b, 0x109bc, 0x109bd, 0x109c0, 0x109cf, 0x109d2, 0x109ff,
        0x10a40, 0x10a48, 0x10a7d, 0x10a7e, 0x10a9d, 0x10a9f, 0x10aeb, 0x10aef, 0x10b58, 0x10b5f,
        0x10b78, 0x10b7f, 0x10ba9, 0x10baf, 0x10cfa, 0x10cff, 0x10d30, 0x10d39, 0x10e60, 0x10e7e,
        0x10f1d, 0x10f26, 0x10f51, 0x10f54, 0x10fc5, 0x10fcb, 0x11052, 0x1106f, 0x110f0, 0x110f9,
        0x11136, 0x1113f, 0x111d0, 0x111d9, 0x111e1, 0x111f4, 0x112f0, 0x112f9, 0x11450, 0x11459,
        0x114d0, 0x114d9, 0x11650, 0x11659, 0x116c0, 0x116c9, 0x11730, 0x1173b, 0x118e0, 0x118f2,
        0x11950, 0x11959, 0x11c50, 0x11c6c, 0x11d50, 0x11d59, 0x11da0, 0x11da9, 0x11fc0, 0x11fd4,
        0x12400, 0x1246e, 0x16a60, 0x16a69, 0x16ac0, 0x16ac9, 0x16b50, 0x16b59, 0x16b5b, 0x16b61,
        0x16e80, 0x16e96, 0x1d2e0, 0x1d2f3, 0x1d360, 0x1d378, 0x1d7ce, 0x1d7ff, 0x1e140, 0x1e149,
        0x1e2f0, 0x1e2f9, 0x1e8c7, 0x1e8cf, 0x1e950, 0x1e959, 0x1ec71, 0x1ecab, 0x1ecad, 0x1ecaf,
        0x1ecb1, 0x1ecb4, 0x1ed01, 0x1ed2d, 0x1ed2f, 0x1ed3d, 0x1f100, 0x1f10c, 0x1fbf0, 0x1fbf9,
        0x20001, 0x20001, 0x20064, 0x20064, 0x200e2, 0x200e2, 0x20121, 0x20121, 0x2092a, 0x2092a,
        0x20983, 0x20983, 0x2098c, 0x2098c, 0x2099c, 0x2099c, 0x20aea, 0x20aea, 0x20afd, 0x20afd,
        0x20b19, 0x20b19, 0x22390, 0x22390, 0x22998, 0x22998, 0x23b1b, 0x23b1b, 0x2626d, 0x2626d,
        0x2f890, 0x2f890,
    ];

    /// `str.isspace()`: bidirectional class WS, B or S, or category Zs.
    const SPACE: &[u32] = &[
        0x9, 0xd, 0x1c, 0x20, 0x85, 0x85, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028,
        0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000,
    ];

    /// Lowercase characters (`c.islower()` of one character).
    const LOWER: &[u32] = &[
        0x61, 0x7a, 0xaa, 0xaa, 0xb5, 0xb5, 0xba, 0xba, 0xdf, 0xf6, 0xf8, 0xff, 0x101, 0x101,
        0x103, 0x103, 0x105, 0x105, 0x107, 0x107, 0x109, 0x109, 0x10b, 0x10b, 0x10d, 0x10d, 0x10f,
        0x10f, 0x111, 0x111, 0x113, 0x113, 0x115, 0x115, 0x117, 0x117, 0x119, 0x119, 0x11b, 0x11b,
        0x11d, 0x11d, 0x11f, 0x11f, 0x121, 0x121, 0x123, 0x123, 0x125, 0x125, 0x127, 0x127, 0x129,
        0x129, 0x12b, 0x12b, 0x12d, 0x12d, 0x12f, 0x12f, 0x131, 0x131, 0x133, 0x133, 0x135, 0x135,
        0x137, 0x138, 0x13a, 0x13a, 0x13c, 0x13c, 0x13e, 0x13e, 0x140, 0x140, 0x142, 0x142, 0x144,
        0x144, 0x146, 0x146, 0x148, 0x149, 0x14b, 0x14b, 0x14d, 0x14d, 0x14f, 0x14f, 0x151, 0x151,
        0x153, 0x153, 0x155, 0x155, 0x157, 0x157, 0x159, 0x159, 0x15b, 0x15b, 0x15d, 0x15d, 0x15f,
        0x15f, 0x161, 0x161, 0x163, 0x163, 0x165, 0x165, 0x167, 0x167, 0x169, 0x169, 0x16b, 0x16b,
        0x16d, 0x16d, 0x16f, 0x16f, 0x171, 0x171, 0x173, 0x173, 0x175, 0x175, 0x177, 0x177, 0x17a,
        0x17a, 0x17c, 0x17c, 0x17e, 0x180, 0x183, 0x183, 0x185, 0x185, 0x188, 0x188, 0x18c, 0x18d,
        0x192, 0x192, 0x195, 0x195, 0x199, 0x19b, 0x19e, 0x19e, 0x1a1, 0x1a1, 0x1a3, 0x1a3, 0x1a5,
        0x1a5, 0x1a8, 0x1a8, 0x1aa, 0x1ab, 0x1ad, 0x1ad, 0x1b0, 0x1b0, 0x1b4, 0x1b4, 0x1b6, 0x1b6,
        0x1b9, 0x1ba, 0x1bd, 0x1bf, 0x1c6, 0x1c6, 0x1c9, 0x1c9, 0x1cc, 0x1cc, 0x1ce, 0x1ce, 0x1d0,
        0x1d0, 0x1d2, 0x1d2, 0x1d4, 0x1d4, 0x1d6, 0x1d6, 0x1d8, 0x1d8, 0x1da, 0x1da, 0x1dc, 0x1dd,
        0x1df, 0x1df, 0x1e1, 0x1e1, 0x1e3, 0x1e3, 0x1e5, 0x1e5, 0x1e7, 0x1e7, 0x1e9, 0x1e9, 0x1eb,
        0x1eb, 0x1ed, 0x1ed, 0x1ef, 0x1f0, 0x1f3, 0x1f3, 0x1f5, 0x1f5, 0x1f9, 0x1f9, 0x1fb, 0x1fb,
        0x1fd, 0x1fd, 0x1ff, 0x1ff, 0x201, 0x201, 0x203, 0x203, 0x205, 0x205, 0x207, 0x207, 0x209,
        0x209, 0x20b, 0x20b, 0x20d, 0x20d, 0x20f, 0x20f, 0x211, 0x211, 0x213, 0x213, 0x215, 0x215,
        0x217, 0x217, 0x219, 0x219, 0x21b, 0x21b, 0x21d, 0x21d, 0x21f, 0x21f, 0x221, 0x221, 0x223,
        0x223, 0x225, 0x225, 0x227, 0x227, 0x229, 0x229, 0x22b, 0x22b, 0x22d, 0x22d, 0x22f, 0x22f,
        0x231, 0x231, 0x233, 0x239, 0x23c, 0x23c, 0x23f, 0x240, 0x242, 0x242, 0x247, 0x247, 0x249,
        0x249, 0x24b, 0x24b, 0x24d, 0x24d, 0x24f, 0x293, 0x295, 0x2b8, 0x2c0, 0x2c1, 0x2e0, 0x2e4,
        0x345, 0x345, 0x371, 0x371, 0x373, 0x373, 0x377, 0x377, 0x37a, 0x37d, 0x390, 0x390, 0x3ac,
        0x3ce, 0x3d0, 0x3d1, 0x3d5, 0x3d7, 0x3d9, 0x3d9, 0x3db, 0x3db, 0x3dd, 0x3dd, 0x3df, 0x3df,
        0x3e1, 0x3e1, 0x3e3, 0x3e3, 0x3e5, 0x3e5, 0x3e7, 0x3e7, 0x3e9, 0x3e9, 0x3eb, 0x3eb, 0x3ed,
        0x3ed, 0x3ef, 0x3f3, 0x3f5, 0x3f5, 0x3f8, 0x3f8, 0x3fb, 0x3fc, 0x430, 0x45f, 0x461, 0x461,
        0x463, 0x463, 0x465, 0x465, 0x467, 0x467, 0x469, 0x469, 0x46b, 0x46b, 0x46d, 0x46d, 0x46f,
        0x46f, 0x471, 0x471, 0x473, 0x473, 0x475, 0x475, 0x477, 0x477, 0x479, 0x479, 0x47b, 0x47b,
        0x47d, 0x47d, 0x47f, 0x47f, 0x481, 0x481, 0x48b, 0x48b, 0x48d, 0x48d, 0x48f, 0x48f, 0x491,
        0x491, 0x493, 0x493, 0x495, 0x495, 0x497, 0x497, 0x499, 0x499, 0x49b, 0x49b, 0x49d, 0x49d,
        0x49f, 0x49f, 0x4a1, 0x4a1, 0x4a3, 0x4a3, 0x4a5, 0x4a5, 0x4a7, 0x4a7, 0x4a9, 0x4a9, 0x4ab,
        0x4ab, 0x4ad, 0x4ad, 0x4af, 0x4af, 0x4b1, 0x4b1, 0x4b3, 0x4b3, 0x4b5, 0x4b5, 0x4b7, 0x4b7,
        0x4b9, 0x4b9, 0x4bb, 0x4bb, 0x4bd, 0x4bd, 0x4bf, 0x4bf, 0x4c2, 0x4c2, 0x4c4, 0x4c4, 0x4c6,
        0x4c6, 0x4c8, 0x4c8, 0x4ca, 0x4ca, 0x4cc, 0x4cc, 0x4ce, 0x4cf, 0x4d1, 0x4d1, 0x4d3, 0x4d3,
        0x4d5, 0x4d5, 0x4d7, 0x4d7, 0x4d9, 0x4d9, 0x4db, 0x4db, 0x4dd, 0x4dd, 0x4df, 0x4df, 0x4e1,
        0x4e1, 0x4e3, 0x4e3, 0x4e5, 0x4e5, 0x4e7, 0x4e7, 0x4e9, 0x4e9, 0x4eb, 0x4eb, 0x4ed, 0x4ed,
        0x4ef, 0x4ef, 0x4f1, 0x4f1, 0x4f3, 0x4f3, 0x4f5, 0x4f5, 0x4f7, 0x4f7, 0x4f9, 0x4f9, 0x4fb,
        0x4fb, 0x4fd, 0x4fd, 0x4ff, 0x4ff, 0x501, 0x501, 0x503, 0x503, 0x505, 0x505, 0x507, 0x507,
        0x509, 0x509, 0x50b, 0x50b, 0x50d, 0x50d, 0x50f, 0x50f, 0x511, 0x511, 0x513, 0x513, 0x515,
        0x515, 0x517, 0x517, 0x519, 0x519, 0x51b, 0x51b, 0x51d, 0x51d, 0x51f, 0x51f, 0x521, 0x521,
        0x523, 0x523, 0x525, 0x525, 0x527, 0x527, 0x529, 0x529, 0x52b, 0x52b, 0x52d, 0x52d, 0x52f,
        0x52f, 0x560, 0x588, 0x10d0, 0x10fa, 0x10fd, 0x10ff, 0x13f8, 0x13fd, 0x1c80, 0x1c88,
        0x1d00, 0x1dbf, 0x1e01, 0x1e01, 0x1e03, 0x1e03, 0x1e05, 0x1e05, 0x1e07, 0x1e07, 0x1e09,
        0x1e09, 0x1e0b, 0x1e0b, 0x1e0d, 0x1e0d, 0x1e0f, 0x1e0f, 0x1e11, 0x1e11, 0x1e13, 0x1e13,
        0x1e15, 0x1e15, 0x1e17, 0x1e17, 0x1e19, 0x1e19, 0x1e1b, 0x1e1b, 0x1e1d, 0x1e1d, 0x1e1f,
        0x1e1f, 0x1e21, 0x1e21, 0x1e23, 0x1e23, 0x1e25, 0x1e25, 0x1e27, 0x1e27, 0x1e29, 0x1e29,
        0x1e2b, 0x1e2b, 0x1e2d, 0x1e2d, 0x1e2f, 0x1e2f, 0x1e31, 0x1e31, 0x1e33, 0x1e33, 0x1e35,
        0x1e35, 0x1e37, 0x1e37, 0x1e39, 0x1e39, 0x1e3b, 0x1e3b, 0x1e3d, 0x1e3d, 0x1e3f, 0x1e3f,
        0x1e41, 0x1e41, 0x1e43, 0x1e43, 0x1e45, 0x1e45, 0x1e47, 0x1e47, 0x1e49, 0x1e49, 0x1e4b,
        0x1e4b, 0x1e4d, 0x1e4d, 0x1e4f, 0x1e4f, 0x1e51, 0x1e51, 0x1e53, 0x1e53, 0x1e55, 0x1e55,
        0x1e57, 0x1e57, 0x1e59, 0x1e59, 0x1e5b, 0x1e5b, 0x1e5d, 0x1e5d, 0x1e5f, 0x1e5f, 0x1e61,
        0x1e61, 0x1e63, 0x1e63, 0x1e65, 0x1e65, 0x1e67, 0x1e67, 0x1e69, 0x1e69, 0x1e6b, 0x1e6b,
        0x1e6d, 0x1e6d, 0x1e6f, 0x1e6f, 0x1e71, 0x1e71, 0x1e73, 0x1e73, 0x1e75, 0x1e75, 0x1e77,
        0x1e77, 0x1e79, 0x1e79, 0x1e7b, 0x1e7b, 0x1e7d, 0x1e7d, 0x1e7f, 0x1e7f, 0x1e81, 0x1e81,
        0x1e83, 0x1e83, 0x1e85, 0x1e85, 0x1e87, 0x1e87, 0x1e89, 0x1e89, 0x1e8b, 0x1e8b, 0x1e8d,
        0x1e8d, 0x1e8f, 0x1e8f, 0x1e91, 0x1e91, 0x1e93, 0x1e93, 0x1e95, 0x1e9d, 0x1e9f, 0x1e9f,
        0x1ea1, 0x1ea1, 0x1ea3, 0x1ea3, 0x1ea5, 0x1ea5, 0x1ea7, 0x1ea7, 0x1ea9, 0x1ea9, 0x1eab,
        0x1eab, 0x1ead, 0x1ead, 0x1eaf, 0x1eaf, 0x1eb1, 0x1eb1, 0x1eb3, 0x1eb3, 0x1eb5, 0x1eb5,
        0x1eb7, 0x1eb7, 0x1eb9, 0x1eb9, 0x1ebb, 0x1ebb, 0x1ebd, 0x1ebd, 0x1ebf, 0x1ebf, 0x1ec1,
        0x1ec1, 0x1ec3, 0x1ec3, 0x1ec5, 0x1ec5, 0x1ec7, 0x1ec7, 0x1ec9, 0x1ec9, 0x1ecb, 0x1ecb,
        0x1ecd, 0x1ecd, 0x1ecf, 0x1ecf, 0x1ed1, 0x1ed1, 0x1ed3, 0x1ed3, 0x1ed5, 0x1ed5, 0x1ed7,
        0x1ed7, 0x1ed9, 0x1ed9, 0x1edb, 0x1edb, 0x1edd, 0x1edd, 0x1edf, 0x1edf, 0x1ee1, 0x1ee1,
        0x1ee3, 0x1ee3, 0x1ee5, 0x1ee5, 0x1ee7, 0x1ee7, 0x1ee9, 0x1ee9, 0x1eeb, 0x1eeb, 0x1eed,
        0x1eed, 0x1eef, 0x1eef, 0x1ef1, 0x1ef1, 0x1ef3, 0x1ef3, 0x1ef5, 0x1ef5, 0x1ef7, 0x1ef7,
        0x1ef9, 0x1ef9, 0x1efb, 0x1efb, 0x1efd, 0x1efd, 0x1eff, 0x1f07, 0x1f10, 0x1f15, 0x1f20,
        0x1f27, 0x1f30, 0x1f37, 0x1f40, 0x1f45, 0x1f50, 0x1f57, 0x1f60, 0x1f67, 0x1f70, 0x1f7d,
        0x1f80, 0x1f87, 0x1f90, 0x1f97, 0x1fa0, 0x1fa7, 0x1fb0, 0x1fb4, 0x1fb6, 0x1fb7, 0x1fbe,
        0x1fbe, 0x1fc2, 0x1fc4, 0x1fc6, 0x1fc7, 0x1fd0, 0x1fd3, 0x1fd6, 0x1fd7, 0x1fe0, 0x1fe7,
        0x1ff2, 0x1ff4, 0x1ff6, 0x1ff7, 0x2071, 0x2071, 0x207f, 0x207f, 0x2090, 0x209c, 0x210a,
        0x210a, 0x210e, 0x210f, 0x2113, 0x2113, 0x212f, 0x212f, 0x2134, 0x2134, 0x2139, 0x2139,
        0x213c, 0x213d, 0x2146, 0x2149, 0x214e, 0x214e, 0x2170, 0x217f, 0x2184, 0x2184, 0x24d0,
        0x24e9, 0x2c30, 0x2c5f, 0x2c61, 0x2c61, 0x2c65, 0x2c66, 0x2c68, 0x2c68, 0x2c6a, 0x2c6a,
        0x2c6c, 0x2c6c, 0x2c71, 0x2c71, 0x2c73, 0x2c74, 0x2c76, 0x2c7d, 0x2c81, 0x2c81, 0x2c83,
        0x2c83, 0x2c85, 0x2c85, 0x2c87, 0x2c87, 0x2c89, 0x2c89, 0x2c8b, 0x2c8b, 0x2c8d, 0x2c8d,
        0x2c8f, 0x2c8f, 0x2c91, 0x2c91, 0x2c93, 0x2c93, 0x2c95, 0x2c95, 0x2c97, 0x2c97, 0x2c99,
        0x2c99, 0x2c9b, 0x2c9b, 0x2c9d, 0x2c9d, 0x2c9f, 0x2c9f, 0x2ca1, 0x2ca1, 0x2ca3, 0x2ca3,
        0x2ca5, 0x2ca5, 0x2ca7, 0x2ca7, 0x2ca9, 0x2ca9, 0x2cab, 0x2cab, 0x2cad, 0x2cad, 0x2caf,
        0x2caf, 0x2cb1, 0x2cb1, 0x2cb3, 0x2cb3, 0x2cb5, 0x2cb5, 0x2cb7, 0x2cb7, 0x2cb9, 0x2cb9,
        0x2cbb, 0x2cbb, 0x2cbd, 0x2cbd, 0x2cbf, 0x2cbf, 0x2cc1, 0x2cc1, 0x2cc3, 0x2cc3, 0x2cc5,
        0x2cc5, 0x2cc7, 0x2cc7, 0x2cc9, 0x2cc9, 0x2ccb, 0x2ccb, 0x2ccd, 0x2ccd, 0x2ccf, 0x2ccf,
        0x2cd1, 0x2cd1, 0x2cd3, 0x2cd3, 0x2cd5, 0x2cd5, 0x2cd7, 0x2cd7, 0x2cd9, 0x2cd9, 0x2cdb,
        0x2cdb, 0x2cdd, 0x2cdd, 0x2cdf, 0x2cdf, 0x2ce1, 0x2ce1, 0x2ce3, 0x2ce4, 0x2cec, 0x2cec,
        0x2cee, 0x2cee, 0x2cf3, 0x2cf3, 0x2d00, 0x2d25, 0x2d27, 0x2d27, 0x2d2d, 0x2d2d, 0xa641,
        0xa641, 0xa643, 0xa643, 0xa645, 0xa645, 0xa647, 0xa647, 0xa649, 0xa649, 0xa64b, 0xa64b,
        0xa64d, 0xa64d, 0xa64f, 0xa64f, 0xa651, 0xa651, 0xa653, 0xa653, 0xa655, 0xa655, 0xa657,
        0xa657, 0xa659, 0xa659, 0xa65b, 0xa65b, 0xa65d, 0xa65d, 0xa65f, 0xa65f, 0xa661, 0xa661,
        0xa663, 0xa663, 0xa665, 0xa665, 0xa667, 0xa667, 0xa669, 0xa669, 0xa66b, 0xa66b, 0xa66d,
        0xa66d, 0xa681, 0xa681, 0xa683, 0xa683, 0xa685, 0xa685, 0xa687, 0xa687, 0xa689, 0xa689,
        0xa68b, 0xa68b, 0xa68d, 0xa68d, 0xa68f, 0xa68f, 0xa691, 0xa691, 0xa693, 0xa693, 0xa695,
        0xa695, 0xa697, 0xa697, 0xa699, 0xa699, 0xa69b, 0xa69d, 0xa723, 0xa723, 0xa725, 0xa725,
        0xa727, 0xa727, 0xa729, 0xa729, 0xa72b, 0xa72b, 0xa72d, 0xa72d, 0xa72f, 0xa731, 0xa733,
        0xa733, 0xa735, 0xa735, 0xa737, 0xa737, 0xa739, 0xa739, 0xa73b, 0xa73b, 0xa73d, 0xa73d,
        0xa73f, 0xa73f, 0xa741, 0xa741, 0xa743, 0xa743, 0xa745, 0xa745, 0xa747, 0xa747, 0xa749,
        0xa749, 0xa74b, 0xa74b, 0xa74d, 0xa74d, 0xa74f, 0xa74f, 0xa751, 0xa751, 0xa753, 0xa753,
        0xa755, 0xa755, 0xa757, 0xa757, 0xa759, 0xa759, 0xa75b, 0xa75b, 0xa75d, 0xa75d, 0xa75f,
        0xa75f, 0xa761, 0xa761, 0xa763, 0xa763, 0xa765, 0xa765, 0xa767, 0xa767, 0xa769, 0xa769,
        0xa76b, 0xa76b, 0xa76d, 0xa76d, 0xa76f, 0xa778, 0xa77a, 0xa77a, 0xa77c, 0xa77c, 0xa77f,
        0xa77f, 0xa781, 0xa781, 0xa783, 0xa783, 0xa785, 0xa785, 0xa787, 0xa787, 0xa78c, 0xa78c,
        0xa78e, 0xa78e, 0xa791, 0xa791, 0xa793, 0xa795, 0xa797, 0xa797, 0xa799, 0xa799, 0xa79b,
        0xa79b, 0xa79d, 0xa79d, 0xa79f, 0xa79f, 0xa7a1, 0xa7a1, 0xa7a3, 0xa7a3, 0xa7a5, 0xa7a5,
        0xa7a7, 0xa7a7, 0xa7a9, 0xa7a9, 0xa7af, 0xa7af, 0xa7b5, 0xa7b5, 0xa7b7, 0xa7b7, 0xa7b9,
        0xa7b9, 0xa7bb, 0xa7bb, 0xa7bd, 0xa7bd, 0xa7bf, 0xa7bf, 0xa7c1, 0xa7c1, 0xa7c3, 0xa7c3,
        0xa7c8, 0xa7c8, 0xa7ca, 0xa7ca, 0xa7d1, 0xa7d1, 0xa7d3, 0xa7d3, 0xa7d5, 0xa7d5, 0xa7d7,
        0xa7d7, 0xa7d9, 0xa7d9, 0xa7f6, 0xa7f6, 0xa7f8, 0xa7fa, 0xab30, 0xab5a, 0xab5c, 0xab68,
        0xab70, 0xabbf, 0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xff41, 0xff5a, 0x10428, 0x1044f, 0x104d8,
        0x104fb, 0x10597, 0x105a1, 0x105a3, 0x105b1, 0x105b3, 0x105b9, 0x105bb, 0x105bc, 0x10780,
        0x10780, 0x10783, 0x10785, 0x10787, 0x107b0, 0x107b2, 0x107ba, 0x10cc0, 0x10cf2, 0x118c0,
        0x118df, 0x16e60, 0x16e7f, 0x1d41a, 0x1d433, 0x1d44e, 0x1d454, 0x1d456, 0x1d467, 0x1d482,
        0x1d49b, 0x1d4b6, 0x1d4b9, 0x1d4bb, 0x1d4bb, 0x1d4bd, 0x1d4c3, 0x1d4c5, 0x1d4cf, 0x1d4ea,
        0x1d503, 0x1d51e, 0x1d537, 0x1d552, 0x1d56b, 0x1d586, 0x1d59f, 0x1d5ba, 0x1d5d3, 0x1d5ee,
        0x1d607, 0x1d622, 0x1d63b, 0x1d656, 0x1d66f, 0x1d68a, 0x1d6a5, 0x1d6c2, 0x1d6da, 0x1d6dc,
        0x1d6e1, 0x1d6fc, 0x1d714, 0x1d716, 0x1d71b, 0x1d736, 0x1d74e, 0x1d750, 0x1d755, 0x1d770,
        0x1d788, 0x1d78a, 0x1d78f, 0x1d7aa, 0x1d7c2, 0x1d7c4, 0x1d7c9, 0x1d7cb, 0x1d7cb, 0x1df00,
        0x1df09, 0x1df0b, 0x1df1e, 0x1e922, 0x1e943,
    ];

    /// Uppercase characters (`c.isupper()` of one character).
    const UPPER: &[u32] = &[
        0x41, 0x5a, 0xc0, 0xd6, 0xd8, 0xde, 0x100, 0x100, 0x102, 0x102, 0x104, 0x104, 0x106, 0x106,
        0x108, 0x108, 0x10a, 0x10a, 0x10c, 0x10c, 0x10e, 0x10e, 0x110, 0x110, 0x112, 0x112, 0x114,
        0x114, 0x116, 0x116, 0x118, 0x118, 0x11a, 0x11a, 0x11c, 0x11c, 0x11e, 0x11e, 0x120, 0x120,
        0x122, 0x122, 0x124, 0x124, 0x126, 0x126, 0x128, 0x128, 0x12a, 0x12a, 0x12c, 0x12c, 0x12e,
        0x12e, 0x130, 0x130, 0x132, 0x132, 0x134, 0x134, 0x136, 0x136, 0x139, 0x139, 0x13b, 0x13b,
        0x13d, 0x13d, 0x13f, 0x13f, 0x141, 0x141, 0x143, 0x143, 0x145, 0x145, 0x147, 0x147, 0x14a,
        0x14a, 0x14c, 0x14c, 0x14e, 0x14e, 0x150, 0x150, 0x152, 0x152, 0x154, 0x154, 0x156, 0x156,
        0x158, 0x158, 0x15a, 0x15a, 0x15c, 0x15c, 0x15e, 0x15e, 0x160, 0x160, 0x162, 0x162, 0x164,
        0x164, 0x166, 0x166, 0x168, 0x168, 0x16a, 0x16a, 0x16c, 0x16c, 0x16e, 0x16e, 0x170, 0x170,
        0x172, 0x172, 0x174, 0x174, 0x176, 0x176, 0x178, 0x179, 0x17b, 0x17b, 0x17d, 0x17d, 0x181,
        0x182, 0x184, 0x184, 0x186, 0x187, 0x189, 0x18b, 0x18e, 0x191, 0x193, 0x194, 0x196, 0x198,
        0x19c, 0x19d, 0x19f, 0x1a0, 0x1a2, 0x1a2, 0x1a4, 0x1a4, 0x1a6, 0x1a7, 0x1a9, 0x1a9, 0x1ac,
        0x1ac, 0x1ae, 0x1af, 0x1b1, 0x1b3, 0x1b5, 0x1b5, 0x1b7, 0x1b8, 0x1bc, 0x1bc, 0x1c4, 0x1c4,
        0x1c7, 0x1c7, 0x1ca, 0x1ca, 0x1cd, 0x1cd, 0x1cf, 0x1cf, 0x1d1, 0x1d1, 0x1d3, 0x1d3, 0x1d5,
        0x1d5, 0x1d7, 0x1d7, 0x1d9, 0x1d9, 0x1db, 0x1db, 0x1de, 0x1de, 0x1e0, 0x1e0, 0x1e2, 0x1e2,
        0x1e4, 0x1e4, 0x1e6, 0x1e6, 0x1e8, 0x1e8, 0x1ea, 0x1ea, 0x1ec, 0x1ec, 0x1ee, 0x1ee, 0x1f1,
        0x1f1, 0x1f4, 0x1f4, 0x1f6, 0x1f8, 0x1fa, 0x1fa, 0x1fc, 0x1fc, 0x1fe, 0x1fe, 0x200, 0x200,
        0x202, 0x202, 0x204, 0x204, 0x206, 0x206, 0x208, 0x208, 0x20a, 0x20a, 0x20c, 0x20c, 0x20e,
        0x20e, 0x210, 0x210, 0x212, 0x212, 0x214, 0x214, 0x216, 0x216, 0x218, 0x218, 0x21a, 0x21a,
        0x21c, 0x21c, 0x21e, 0x21e, 0x220, 0x220, 0x222, 0x222, 0x224, 0x224, 0x226, 0x226, 0x228,
        0x228, 0x22a, 0x22a, 0x22c, 0x22c, 0x22e, 0x22e, 0x230, 0x230, 0x232, 0x232, 0x23a, 0x23b,
        0x23d, 0x23e, 0x241, 0x241, 0x243, 0x246, 0x248, 0x248, 0x24a, 0x24a, 0x24c, 0x24c, 0x24e,
        0x24e, 0x370, 0x370, 0x372, 0x372, 0x376, 0x376, 0x37f, 0x37f, 0x386, 0x386, 0x388, 0x38a,
        0x38c, 0x38c, 0x38e, 0x38f, 0x391, 0x3a1, 0x3a3, 0x3ab, 0x3cf, 0x3cf, 0x3d2, 0x3d4, 0x3d8,
        0x3d8, 0x3da, 0x3da, 0x3dc, 0x3dc, 0x3de, 0x3de, 0x3e0, 0x3e0, 0x3e2, 0x3e2, 0x3e4, 0x3e4,
        0x3e6, 0x3e6, 0x3e8, 0x3e8, 0x3ea, 0x3ea, 0x3ec, 0x3ec, 0x3ee, 0x3ee, 0x3f4, 0x3f4, 0x3f7,
        0x3f7, 0x3f9, 0x3fa, 0x3fd, 0x42f, 0x460, 0x460, 0x462, 0x462, 0x464, 0x464, 0x466, 0x466,
        0x468, 0x468, 0x46a, 0x46a, 0x46c, 0x46c, 0x46e, 0x46e, 0x470, 0x470, 0x472, 0x472, 0x474,
        0x474, 0x476, 0x476, 0x478, 0x478, 0x47a, 0x47a, 0x47c, 0x47c, 0x47e, 0x47e, 0x480, 0x480,
        0x48a, 0x48a, 0x48c, 0x48c, 0x48e, 0x48e, 0x490, 0x490, 0x492, 0x492, 0x494, 0x494, 0x496,
        0x496, 0x498, 0x498, 0x49a, 0x49a, 0x49c, 0x49c, 0x49e, 0x49e, 0x4a0, 0x4a0, 0x4a2, 0x4a2,
        0x4a4, 0x4a4, 0x4a6, 0x4a6, 0x4a8, 0x4a8, 0x4aa, 0x4aa, 0x4ac, 0x4ac, 0x4ae, 0x4ae, 0x4b0,
        0x4b0, 0x4b2, 0x4b2, 0x4b4, 0x4b4, 0x4b6, 0x4b6, 0x4b8, 0x4b8, 0x4ba, 0x4ba, 0x4bc, 0x4bc,
        0x4be, 0x4be, 0x4c0, 0x4c1, 0x4c3, 0x4c3, 0x4c5, 0x4c5, 0x4c7, 0x4c7, 0x4c9, 0x4c9, 0x4cb,
        0x4cb, 0x4cd, 0x4cd, 0x4d0, 0x4d0, 0x4d2, 0x4d2, 0x4d4, 0x4d4, 0x4d6, 0x4d6, 0x4d8, 0x4d8,
        0x4da, 0x4da, 0x4dc, 0x4dc, 0x4de, 0x4de, 0x4e0, 0x4e0, 0x4e2, 0x4e2, 0x4e4, 0x4e4, 0x4e6,
        0x4e6, 0x4e8, 0x4e8, 0x4ea, 0x4ea, 0x4ec, 0x4ec, 0x4ee, 0x4ee, 0x4f0, 0x4f0, 0x4f2, 0x4f2,
        0x4f4, 0x4f4, 0x4f6, 0x4f6, 0x4f8, 0x4f8, 0x4fa, 0x4fa, 0x4fc, 0x4fc, 0x4fe, 0x4fe, 0x500,
        0x500, 0x502, 0x502, 0x504, 0x504, 0x506, 0x506, 0x508, 0x508, 0x50a, 0x50a, 0x50c, 0x50c,
        0x50e, 0x50e, 0x510, 0x510, 0x512, 0x512, 0x514, 0x514, 0x516, 0x516, 0x518, 0x518, 0x51a,
        0x51a, 0x51c, 0x51c, 0x51e, 0x51e, 0x520, 0x520, 0x522, 0x522, 0x524, 0x524, 0x526, 0x526,
        0x528, 0x528, 0x52a, 0x52a, 0x52c, 0x52c, 0x52e, 0x52e, 0x531, 0x556, 0x10a0, 0x10c5,
        0x10c7, 0x10c7, 0x10cd, 0x10cd, 0x13a0, 0x13f5, 0x1c90, 0x1cba, 0x1cbd, 0x1cbf, 0x1e00,
        0x1e00, 0x1e02, 0x1e02, 0x1e04, 0x1e04, 0x1e06, 0x1e06, 0x1e08, 0x1e08, 0x1e0a, 0x1e0a,
        0x1e0c, 0x1e0c, 0x1e0e, 0x1e0e, 0x1e10, 0x1e10, 0x1e12, 0x1e12, 0x1e14, 0x1e14, 0x1e16,
        0x1e16, 0x1e18, 0x1e18, 0x1e1a, 0x1e1a, 0x1e1c, 0x1e1c, 0x1e1e, 0x1e1e, 0x1e20, 0x1e20,
        0x1e22, 0x1e22, 0x1e24, 0x1e24, 0x1e26, 0x1e26, 0x1e28, 0x1e28, 0x1e2a, 0x1e2a, 0x1e2c,
        0x1e2c, 0x1e2e, 0x1e2e, 0x1e30, 0x1e30, 0x1e32, 0x1e32, 0x1e34, 0x1e34, 0x1e36, 0x1e36,
        0x1e38, 0x1e38, 0x1e3a, 0x1e3a, 0x1e3c, 0x1e3c, 0x1e3e, 0x1e3e, 0x1e40, 0x1e40, 0x1e42,
        0x1e42, 0x1e44, 0x1e44, 0x1e46, 0x1e46, 0x1e48, 0x1e48, 0x1e4a, 0x1e4a, 0x1e4c, 0x1e4c,
        0x1e4e, 0x1e4e, 0x1e50, 0x1e50, 0x1e52, 0x1e52, 0x1e54, 0x1e54, 0x1e56, 0x1e56, 0x1e58,
        0x1e58, 0x1e5a, 0x1e5a, 0x1e5c, 0x1e5c, 0x1e5e, 0x1e5e, 0x1e60, 0x1e60, 0x1e62, 0x1e62,
        0x1e64, 0x1e64, 0x1e66, 0x1e66, 0x1e68, 0x1e68, 0x1e6a, 0x1e6a, 0x1e6c, 0x1e6c, 0x1e6e,
        0x1e6e, 0x1e70, 0x1e70, 0x1e72, 0x1e72, 0x1e74, 0x1e74, 0x1e76, 0x1e76, 0x1e78, 0x1e78,
        0x1e7a, 0x1e7a, 0x1e7c, 0x1e7c, 0x1e7e, 0x1e7e, 0x1e80, 0x1e80, 0x1e82, 0x1e82, 0x1e84,
        0x1e84, 0x1e86, 0x1e86, 0x1e88, 0x1e88, 0x1e8a, 0x1e8a, 0x1e8c, 0x1e8c, 0x1e8e, 0x1e8e,
        0x1e90, 0x1e90, 0x1e92, 0x1e92, 0x1e94, 0x1e94, 0x1e9e, 0x1e9e, 0x1ea0, 0x1ea0, 0x1ea2,
        0x1ea2, 0x1ea4, 0x1ea4, 0x1ea6, 0x1ea6, 0x1ea8, 0x1ea8, 0x1eaa, 0x1eaa, 0x1eac, 0x1eac,
        0x1eae, 0x1eae, 0x1eb0, 0x1eb0, 0x1eb2, 0x1eb2, 0x1eb4, 0x1eb4, 0x1eb6, 0x1eb6, 0x1eb8,
        0x1eb8, 0x1eba, 0x1eba, 0x1ebc, 0x1ebc, 0x1ebe, 0x1ebe, 0x1ec0, 0x1ec0, 0x1ec2, 0x1ec2,
        0x1ec4, 0x1ec4, 0x1ec6, 0x1ec6, 0x1ec8, 0x1ec8, 0x1eca, 0x1eca, 0x1ecc, 0x1ecc, 0x1ece,
        0x1ece, 0x1ed0, 0x1ed0, 0x1ed2, 0x1ed2, 0x1ed4, 0x1ed4, 0x1ed6, 0x1ed6, 0x1ed8, 0x1ed8,
        0x1eda, 0x1eda, 0x1edc, 0x1edc, 0x1ede, 0x1ede, 0x1ee0, 0x1ee0, 0x1ee2, 0x1ee2, 0x1ee4,
        0x1ee4, 0x1ee6, 0x1ee6, 0x1ee8, 0x1ee8, 0x1eea, 0x1eea, 0x1eec, 0x1eec, 0x1eee, 0x1eee,
        0x1ef0, 0x1ef0, 0x1ef2, 0x1ef2, 0x1ef4, 0x1ef4, 0x1ef6, 0x1ef6, 0x1ef8, 0x1ef8, 0x1efa,
        0x1efa, 0x1efc, 0x1efc, 0x1efe, 0x1efe, 0x1f08, 0x1f0f, 0x1f18, 0x1f1d, 0x1f28, 0x1f2f,
        0x1f38, 0x1f3f, 0x1f48, 0x1f4d, 0x1f59, 0x1f59, 0x1f5b, 0x1f5b, 0x1f5d, 0x1f5d, 0x1f5f,
        0x1f5f, 0x1f68, 0x1f6f, 0x1fb8, 0x1fbb, 0x1fc8, 0x1fcb, 0x1fd8, 0x1fdb, 0x1fe8, 0x1fec,
        0x1ff8, 0x1ffb, 0x2102, 0x2102, 0x2107, 0x2107, 0x210b, 0x210d, 0x2110, 0x2112, 0x2115,
        0x2115, 0x2119, 0x211d, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212a, 0x212d,
        0x2130, 0x2133, 0x213e, 0x213f, 0x2145, 0x2145, 0x2160, 0x216f, 0x2183, 0x2183, 0x24b6,
        0x24cf, 0x2c00, 0x2c2f, 0x2c60, 0x2c60, 0x2c62, 0x2c64, 0x2c67, 0x2c67, 0x2c69, 0x2c69,
        0x2c6b, 0x2c6b, 0x2c6d, 0x2c70, 0x2c72, 0x2c72, 0x2c75, 0x2c75, 0x2c7e, 0x2c80, 0x2c82,
        0x2c82, 0x2c84, 0x2c84, 0x2c86, 0x2c86, 0x2c88, 0x2c88, 0x2c8a, 0x2c8a, 0x2c8c, 0x2c8c,
        0x2c8e, 0x2c8e, 0x2c90, 0x2c90, 0x2c92, 0x2c92, 0x2c94, 0x2c94, 0x2c96, 0x2c96, 0x2c98,
        0x2c98, 0x2c9a, 0x2c9a, 0x2c9c, 0x2c9c, 0x2c9e, 0x2c9e, 0x2ca0, 0x2ca0, 0x2ca2, 0x2ca2,
        0x2ca4, 0x2ca4, 0x2ca6, 0x2ca6, 0x2ca8, 0x2ca8, 0x2caa, 0x2caa, 0x2cac, 0x2cac, 0x2cae,
        0x2cae, 0x2cb0, 0x2cb0, 0x2cb2, 0x2cb2, 0x2cb4, 0x2cb4, 0x2cb6, 0x2cb6, 0x2cb8, 0x2cb8,
        0x2cba, 0x2cba, 0x2cbc, 0x2cbc, 0x2cbe, 0x2cbe, 0x2cc0, 0x2cc0, 0x2cc2, 0x2cc2, 0x2cc4,
        0x2cc4, 0x2cc6, 0x2cc6, 0x2cc8, 0x2cc8, 0x2cca, 0x2cca, 0x2ccc, 0x2ccc, 0x2cce, 0x2cce,
        0x2cd0, 0x2cd0, 0x2cd2, 0x2cd2, 0x2cd4, 0x2cd4, 0x2cd6, 0x2cd6, 0x2cd8, 0x2cd8, 0x2cda,
        0x2cda, 0x2cdc, 0x2cdc, 0x2cde, 0x2cde, 0x2ce0, 0x2ce0, 0x2ce2, 0x2ce2, 0x2ceb, 0x2ceb,
        0x2ced, 0x2ced, 0x2cf2, 0x2cf2, 0xa640, 0xa640, 0xa642, 0xa642, 0xa644, 0xa644, 0xa646,
        0xa646, 0xa648, 0xa648, 0xa64a, 0xa64a, 0xa64c, 0xa64c, 0xa64e, 0xa64e, 0xa650, 0xa650,
        0xa652, 0xa652, 0xa654, 0xa654, 0xa656, 0xa656, 0xa658, 0xa658, 0xa65a, 0xa65a, 0xa65c,
        0xa65c, 0xa65e, 0xa65e, 0xa660, 0xa660, 0xa662, 0xa662, 0xa664, 0xa664, 0xa666, 0xa666,
        0xa668, 0xa668, 0xa66a, 0xa66a, 0xa66c, 0xa66c, 0xa680, 0xa680, 0xa682, 0xa682, 0xa684,
        0xa684, 0xa686, 0xa686, 0xa688, 0xa688, 0xa68a, 0xa68a, 0xa68c, 0xa68c, 0xa68e, 0xa68e,
        0xa690, 0xa690, 0xa692, 0xa692, 0xa694, 0xa694, 0xa696, 0xa696, 0xa698, 0xa698, 0xa69a,
        0xa69a, 0xa722, 0xa722, 0xa724, 0xa724, 0xa726, 0xa726, 0xa728, 0xa728, 0xa72a, 0xa72a,
        0xa72c, 0xa72c, 0xa72e, 0xa72e, 0xa732, 0xa732, 0xa734, 0xa734, 0xa736, 0xa736, 0xa738,
        0xa738, 0xa73a, 0xa73a, 0xa73c, 0xa73c, 0xa73e, 0xa73e, 0xa740, 0xa740, 0xa742, 0xa742,
        0xa744, 0xa744, 0xa746, 0xa746, 0xa748, 0xa748, 0xa74a, 0xa74a, 0xa74c, 0xa74c, 0xa74e,
        0xa74e, 0xa750, 0xa750, 0xa752, 0xa752, 0xa754, 0xa754, 0xa756, 0xa756, 0xa758, 0xa758,
        0xa75a, 0xa75a, 0xa75c, 0xa75c, 0xa75e, 0xa75e, 0xa760, 0xa760, 0xa762, 0xa762, 0xa764,
        0xa764, 0xa766, 0xa766, 0xa768, 0xa768, 0xa76a, 0xa76a, 0xa76c, 0xa76c, 0xa76e, 0xa76e,
        0xa779, 0xa779, 0xa77b, 0xa77b, 0xa77d, 0xa77e, 0xa780, 0xa780, 0xa782, 0xa782, 0xa784,
        0xa784, 0xa786, 0xa786, 0xa78b, 0xa78b, 0xa78d, 0xa78d, 0xa790, 0xa790, 0xa792, 0xa792,
        0xa796, 0xa796, 0xa798, 0xa798, 0xa79a, 0xa79a, 0xa79c, 0xa79c, 0xa79e, 0xa79e, 0xa7a0,
        0xa7a0, 0xa7a2, 0xa7a2, 0xa7a4, 0xa7a4, 0xa7a6, 0xa7a6, 0xa7a8, 0xa7a8, 0xa7aa, 0xa7ae,
        0xa7b0, 0xa7b4, 0xa7b6, 0xa7b6, 0xa7b8, 0xa7b8, 0xa7ba, 0xa7ba, 0xa7bc, 0xa7bc, 0xa7be,
        0xa7be, 0xa7c0, 0xa7c0, 0xa7c2, 0xa7c2, 0xa7c4, 0xa7c7, 0xa7c9, 0xa7c9, 0xa7d0, 0xa7d0,
        0xa7d6, 0xa7d6, 0xa7d8, 0xa7d8, 0xa7f5, 0xa7f5, 0xff21, 0xff3a, 0x10400, 0x10427, 0x104b0,
        0x104d3, 0x10570, 0x1057a, 0x1057c, 0x1058a, 0x1058c, 0x10592, 0x10594, 0x10595, 0x10c80,
        0x10cb2, 0x118a0, 0x118bf, 0x16e40, 0x16e5f, 0x1d400, 0x1d419, 0x1d434, 0x1d44d, 0x1d468,
        0x1d481, 0x1d49c, 0x1d49c, 0x1d49e, 0x1d49f, 0x1d4a2, 0x1d4a2, 0x1d4a5, 0x1d4a6, 0x1d4a9,
        0x1d4ac, 0x1d4ae, 0x1d4b5, 0x1d4d0, 0x1d4e9, 0x1d504, 0x1d505, 0x1d507, 0x1d50a, 0x1d50d,
        0x1d514, 0x1d516, 0x1d51c, 0x1d538, 0x1d539, 0x1d53b, 0x1d53e, 0x1d540, 0x1d544, 0x1d546,
        0x1d546, 0x1d54a, 0x1d550, 0x1d56c, 0x1d585, 0x1d5a0, 0x1d5b9, 0x1d5d4, 0x1d5ed, 0x1d608,
        0x1d621, 0x1d63c, 0x1d655, 0x1d670, 0x1d689, 0x1d6a8, 0x1d6c0, 0x1d6e2, 0x1d6fa, 0x1d71c,
        0x1d734, 0x1d756, 0x1d76e, 0x1d790, 0x1d7a8, 0x1d7ca, 0x1d7ca, 0x1e900, 0x1e921, 0x1f130,
        0x1f149, 0x1f150, 0x1f169, 0x1f170, 0x1f189,
    ];

    /// Characters `str.upper()` changes (the others have no mapping in Unicode 14).
    const UPPER_CHANGES: &[u32] = &[
        0x61, 0x7a, 0xb5, 0xb5, 0xdf, 0xf6, 0xf8, 0xff, 0x101, 0x101, 0x103, 0x103, 0x105, 0x105,
        0x107, 0x107, 0x109, 0x109, 0x10b, 0x10b, 0x10d, 0x10d, 0x10f, 0x10f, 0x111, 0x111, 0x113,
        0x113, 0x115, 0x115, 0x117, 0x117, 0x119, 0x119, 0x11b, 0x11b, 0x11d, 0x11d, 0x11f, 0x11f,
        0x121, 0x121, 0x123, 0x123, 0x125, 0x125, 0x127, 0x127, 0x129, 0x129, 0x12b, 0x12b, 0x12d,
        0x12d, 0x12f, 0x12f, 0x131, 0x131, 0x133, 0x133, 0x135, 0x135, 0x137, 0x137, 0x13a, 0x13a,
        0x13c, 0x13c, 0x13e, 0x13e, 0x140, 0x140, 0x142, 0x142, 0x144, 0x144, 0x146, 0x146, 0x148,
        0x149, 0x14b, 0x14b, 0x14d, 0x14d, 0x14f, 0x14f, 0x151, 0x151, 0x153, 0x153, 0x155, 0x155,
        0x157, 0x157, 0x159, 0x159, 0x15b, 0x15b, 0x15d, 0x15d, 0x15f, 0x15f, 0x161, 0x161, 0x163,
        0x163, 0x165, 0x165, 0x167, 0x167, 0x169, 0x169, 0x16b, 0x16b, 0x16d, 0x16d, 0x16f, 0x16f,
        0x171, 0x171, 0x173, 0x173, 0x175, 0x175, 0x177, 0x177, 0x17a, 0x17a, 0x17c, 0x17c, 0x17e,
        0x180, 0x183, 0x183, 0x185, 0x185, 0x188, 0x188, 0x18c, 0x18c, 0x192, 0x192, 0x195, 0x195,
        0x199, 0x19a, 0x19e, 0x19e, 0x1a1, 0x1a1, 0x1a3, 0x1a3, 0x1a5, 0x1a5, 0x1a8, 0x1a8, 0x1ad,
        0x1ad, 0x1b0, 0x1b0, 0x1b4, 0x1b4, 0x1b6, 0x1b6, 0x1b9, 0x1b9, 0x1bd, 0x1bd, 0x1bf, 0x1bf,
        0x1c5, 0x1c6, 0x1c8, 0x1c9, 0x1cb, 0x1cc, 0x1ce, 0x1ce, 0x1d0, 0x1d0, 0x1d2, 0x1d2, 0x1d4,
        0x1d4, 0x1d6, 0x1d6, 0x1d8, 0x1d8, 0x1da, 0x1da, 0x1dc, 0x1dd, 0x1df, 0x1df, 0x1e1, 0x1e1,
        0x1e3, 0x1e3, 0x1e5, 0x1e5, 0x1e7, 0x1e7, 0x1e9, 0x1e9, 0x1eb, 0x1eb, 0x1ed, 0x1ed, 0x1ef,
        0x1f0, 0x1f2, 0x1f3, 0x1f5, 0x1f5, 0x1f9, 0x1f9, 0x1fb, 0x1fb, 0x1fd, 0x1fd, 0x1ff, 0x1ff,
        0x201, 0x201, 0x203, 0x203, 0x205, 0x205, 0x207, 0x207, 0x209, 0x209, 0x20b, 0x20b, 0x20d,
        0x20d, 0x20f, 0x20f, 0x211, 0x211, 0x213, 0x213, 0x215, 0x215, 0x217, 0x217, 0x219, 0x219,
        0x21b, 0x21b, 0x21d, 0x21d, 0x21f, 0x21f, 0x223, 0x223, 0x225, 0x225, 0x227, 0x227, 0x229,
        0x229, 0x22b, 0x22b, 0x22d, 0x22d, 0x22f, 0x22f, 0x231, 0x231, 0x233, 0x233, 0x23c, 0x23c,
        0x23f, 0x240, 0x242, 0x242, 0x247, 0x247, 0x249, 0x249, 0x24b, 0x24b, 0x24d, 0x24d, 0x24f,
        0x254, 0x256, 0x257, 0x259, 0x259, 0x25b, 0x25c, 0x260, 0x261, 0x263, 0x263, 0x265, 0x266,
        0x268, 0x26c, 0x26f, 0x26f, 0x271, 0x272, 0x275, 0x275, 0x27d, 0x27d, 0x280, 0x280, 0x282,
        0x283, 0x287, 0x28c, 0x292, 0x292, 0x29d, 0x29e, 0x345, 0x345, 0x371, 0x371, 0x373, 0x373,
        0x377, 0x377, 0x37b, 0x37d, 0x390, 0x390, 0x3ac, 0x3ce, 0x3d0, 0x3d1, 0x3d5, 0x3d7, 0x3d9,
        0x3d9, 0x3db, 0x3db, 0x3dd, 0x3dd, 0x3df, 0x3df, 0x3e1, 0x3e1, 0x3e3, 0x3e3, 0x3e5, 0x3e5,
        0x3e7, 0x3e7, 0x3e9, 0x3e9, 0x3eb, 0x3eb, 0x3ed, 0x3ed, 0x3ef, 0x3f3, 0x3f5, 0x3f5, 0x3f8,
        0x3f8, 0x3fb, 0x3fb, 0x430, 0x45f, 0x461, 0x461, 0x463, 0x463, 0x465, 0x465, 0x467, 0x467,
        0x469, 0x469, 0x46b, 0x46b, 0x46d, 0x46d, 0x46f, 0x46f, 0x471, 0x471, 0x473, 0x473, 0x475,
        0x475, 0x477, 0x477, 0x479, 0x479, 0x47b, 0x47b, 0x47d, 0x47d, 0x47f, 0x47f, 0x481, 0x481,
        0x48b, 0x48b, 0x48d, 0x48d, 0x48f, 0x48f, 0x491, 0x491, 0x493, 0x493, 0x495, 0x495, 0x497,
        0x497, 0x499, 0x499, 0x49b, 0x49b, 0x49d, 0x49d, 0x49f, 0x49f, 0x4a1, 0x4a1, 0x4a3, 0x4a3,
        0x4a5, 0x4a5, 0x4a7, 0x4a7, 0x4a9, 0x4a9, 0x4ab, 0x4ab, 0x4ad, 0x4ad, 0x4af, 0x4af, 0x4b1,
        0x4b1, 0x4b3, 0x4b3, 0x4b5, 0x4b5, 0x4b7, 0x4b7, 0x4b9, 0x4b9, 0x4bb, 0x4bb, 0x4bd, 0x4bd,
        0x4bf, 0x4bf, 0x4c2, 0x4c2, 0x4c4, 0x4c4, 0x4c6, 0x4c6, 0x4c8, 0x4c8, 0x4ca, 0x4ca, 0x4cc,
        0x4cc, 0x4ce, 0x4cf, 0x4d1, 0x4d1, 0x4d3, 0x4d3, 0x4d5, 0x4d5, 0x4d7, 0x4d7, 0x4d9, 0x4d9,
        0x4db, 0x4db, 0x4dd, 0x4dd, 0x4df, 0x4df, 0x4e1, 0x4e1, 0x4e3, 0x4e3, 0x4e5, 0x4e5, 0x4e7,
        0x4e7, 0x4e9, 0x4e9, 0x4eb, 0x4eb, 0x4ed, 0x4ed, 0x4ef, 0x4ef, 0x4f1, 0x4f1, 0x4f3, 0x4f3,
        0x4f5, 0x4f5, 0x4f7, 0x4f7, 0x4f9, 0x4f9, 0x4fb, 0x4fb, 0x4fd, 0x4fd, 0x4ff, 0x4ff, 0x501,
        0x501, 0x503, 0x503, 0x505, 0x505, 0x507, 0x507, 0x509, 0x509, 0x50b, 0x50b, 0x50d, 0x50d,
        0x50f, 0x50f, 0x511, 0x511, 0x513, 0x513, 0x515, 0x515, 0x517, 0x517, 0x519, 0x519, 0x51b,
        0x51b, 0x51d, 0x51d, 0x51f, 0x51f, 0x521, 0x521, 0x523, 0x523, 0x525, 0x525, 0x527, 0x527,
        0x529, 0x529, 0x52b, 0x52b, 0x52d, 0x52d, 0x52f, 0x52f, 0x561, 0x587, 0x10d0, 0x10fa,
        0x10fd, 0x10ff, 0x13f8, 0x13fd, 0x1c80, 0x1c88, 0x1d79, 0x1d79, 0x1d7d, 0x1d7d, 0x1d8e,
        0x1d8e, 0x1e01, 0x1e01, 0x1e03, 0x1e03, 0x1e05, 0x1e05, 0x1e07, 0x1e07, 0x1e09, 0x1e09,
        0x1e0b, 0x1e0b, 0x1e0d, 0x1e0d, 0x1e0f, 0x1e0f, 0x1e11, 0x1e11, 0x1e13, 0x1e13, 0x1e15,
        0x1e15, 0x1e17, 0x1e17, 0x1e19, 0x1e19, 0x1e1b, 0x1e1b, 0x1e1d, 0x1e1d, 0x1e1f, 0x1e1f,
        0x1e21, 0x1e21, 0x1e23, 0x1e23, 0x1e25, 0x1e25, 0x1e27, 0x1e27, 0x1e29, 0x1e29, 0x1e2b,
        0x1e2b, 0x1e2d, 0x1e2d, 0x1e2f, 0x1e2f, 0x1e31, 0x1e31, 0x1e33, 0x1e33, 0x1e35, 0x1e35,
        0x1e37, 0x1e37, 0x1e39, 0x1e39, 0x1e3b, 0x1e3b, 0x1e3d, 0x1e3d, 0x1e3f, 0x1e3f, 0x1e41,
        0x1e41, 0x1e43, 0x1e43, 0x1e45, 0x1e45, 0x1e47, 0x1e47, 0x1e49, 0x1e49, 0x1e4b, 0x1e4b,
        0x1e4d, 0x1e4d, 0x1e4f, 0x1e4f, 0x1e51, 0x1e51, 0x1e53, 0x1e53, 0x1e55, 0x1e55, 0x1e57,
        0x1e57, 0x1e59, 0x1e59, 0x1e5b, 0x1e5b, 0x1e5d, 0x1e5d, 0x1e5f, 0x1e5f, 0x1e61, 0x1e61,
        0x1e63, 0x1e63, 0x1e65, 0x1e65, 0x1e67, 0x1e67, 0x1e69, 0x1e69, 0x1e6b, 0x1e6b, 0x1e6d,
        0x1e6d, 0x1e6f, 0x1e6f, 0x1e71, 0x1e71, 0x1e73, 0x1e73, 0x1e75, 0x1e75, 0x1e77, 0x1e77,
        0x1e79, 0x1e79, 0x1e7b, 0x1e7b, 0x1e7d, 0x1e7d, 0x1e7f, 0x1e7f, 0x1e81, 0x1e81, 0x1e83,
        0x1e83, 0x1e85, 0x1e85, 0x1e87, 0x1e87, 0x1e89, 0x1e89, 0x1e8b, 0x1e8b, 0x1e8d, 0x1e8d,
        0x1e8f, 0x1e8f, 0x1e91, 0x1e91, 0x1e93, 0x1e93, 0x1e95, 0x1e9b, 0x1ea1, 0x1ea1, 0x1ea3,
        0x1ea3, 0x1ea5, 0x1ea5, 0x1ea7, 0x1ea7, 0x1ea9, 0x1ea9, 0x1eab, 0x1eab, 0x1ead, 0x1ead,
        0x1eaf, 0x1eaf, 0x1eb1, 0x1eb1, 0x1eb3, 0x1eb3, 0x1eb5, 0x1eb5, 0x1eb7, 0x1eb7, 0x1eb9,
        0x1eb9, 0x1ebb, 0x1ebb, 0x1ebd, 0x1ebd, 0x1ebf, 0x1ebf, 0x1ec1, 0x1ec1, 0x1ec3, 0x1ec3,
        0x1ec5, 0x1ec5, 0x1ec7, 0x1ec7, 0x1ec9, 0x1ec9, 0x1ecb, 0x1ecb, 0x1ecd, 0x1ecd, 0x1ecf,
        0x1ecf, 0x1ed1, 0x1ed1, 0x1ed3, 0x1ed3, 0x1ed5, 0x1ed5, 0x1ed7, 0x1ed7, 0x1ed9, 0x1ed9,
        0x1edb, 0x1edb, 0x1edd, 0x1edd, 0x1edf, 0x1edf, 0x1ee1, 0x1ee1, 0x1ee3, 0x1ee3, 0x1ee5,
        0x1ee5, 0x1ee7, 0x1ee7, 0x1ee9, 0x1ee9, 0x1eeb, 0x1eeb, 0x1eed, 0x1eed, 0x1eef, 0x1eef,
        0x1ef1, 0x1ef1, 0x1ef3, 0x1ef3, 0x1ef5, 0x1ef5, 0x1ef7, 0x1ef7, 0x1ef9, 0x1ef9, 0x1efb,
        0x1efb, 0x1efd, 0x1efd, 0x1eff, 0x1f07, 0x1f10, 0x1f15, 0x1f20, 0x1f27, 0x1f30, 0x1f37,
        0x1f40, 0x1f45, 0x1f50, 0x1f57, 0x1f60, 0x1f67, 0x1f70, 0x1f7d, 0x1f80, 0x1fb4, 0x1fb6,
        0x1fb7, 0x1fbc, 0x1fbc, 0x1fbe, 0x1fbe, 0x1fc2, 0x1fc4, 0x1fc6, 0x1fc7, 0x1fcc, 0x1fcc,
        0x1fd0, 0x1fd3, 0x1fd6, 0x1fd7, 0x1fe0, 0x1fe7, 0x1ff2, 0x1ff4, 0x1ff6, 0x1ff7, 0x1ffc,
        0x1ffc, 0x214e, 0x214e, 0x2170, 0x217f, 0x2184, 0x2184, 0x24d0, 0x24e9, 0x2c30, 0x2c5f,
        0x2c61, 0x2c61, 0x2c65, 0x2c66, 0x2c68, 0x2c68, 0x2c6a, 0x2c6a, 0x2c6c, 0x2c6c, 0x2c73,
        0x2c73, 0x2c76, 0x2c76, 0x2c81, 0x2c81, 0x2c83, 0x2c83, 0x2c85, 0x2c85, 0x2c87, 0x2c87,
        0x2c89, 0x2c89, 0x2c8b, 0x2c8b, 0x2c8d, 0x2c8d, 0x2c8f, 0x2c8f, 0x2c91, 0x2c91, 0x2c93,
        0x2c93, 0x2c95, 0x2c95, 0x2c97, 0x2c97, 0x2c99, 0x2c99, 0x2c9b, 0x2c9b, 0x2c9d, 0x2c9d,
        0x2c9f, 0x2c9f, 0x2ca1, 0x2ca1, 0x2ca3, 0x2ca3, 0x2ca5, 0x2ca5, 0x2ca7, 0x2ca7, 0x2ca9,
        0x2ca9, 0x2cab, 0x2cab, 0x2cad, 0x2cad, 0x2caf, 0x2caf, 0x2cb1, 0x2cb1, 0x2cb3, 0x2cb3,
        0x2cb5, 0x2cb5, 0x2cb7, 0x2cb7, 0x2cb9, 0x2cb9, 0x2cbb, 0x2cbb, 0x2cbd, 0x2cbd, 0x2cbf,
        0x2cbf, 0x2cc1, 0x2cc1, 0x2cc3, 0x2cc3, 0x2cc5, 0x2cc5, 0x2cc7, 0x2cc7, 0x2cc9, 0x2cc9,
        0x2ccb, 0x2ccb, 0x2ccd, 0x2ccd, 0x2ccf, 0x2ccf, 0x2cd1, 0x2cd1, 0x2cd3, 0x2cd3, 0x2cd5,
        0x2cd5, 0x2cd7, 0x2cd7, 0x2cd9, 0x2cd9, 0x2cdb, 0x2cdb, 0x2cdd, 0x2cdd, 0x2cdf, 0x2cdf,
        0x2ce1, 0x2ce1, 0x2ce3, 0x2ce3, 0x2cec, 0x2cec, 0x2cee, 0x2cee, 0x2cf3, 0x2cf3, 0x2d00,
        0x2d25, 0x2d27, 0x2d27, 0x2d2d, 0x2d2d, 0xa641, 0xa641, 0xa643, 0xa643, 0xa645, 0xa645,
        0xa647, 0xa647, 0xa649, 0xa649, 0xa64b, 0xa64b, 0xa64d, 0xa64d, 0xa64f, 0xa64f, 0xa651,
        0xa651, 0xa653, 0xa653, 0xa655, 0xa655, 0xa657, 0xa657, 0xa659, 0xa659, 0xa65b, 0xa65b,
        0xa65d, 0xa65d, 0xa65f, 0xa65f, 0xa661, 0xa661, 0xa663, 0xa663, 0xa665, 0xa665, 0xa667,
        0xa667, 0xa669, 0xa669, 0xa66b, 0xa66b, 0xa66d, 0xa66d, 0xa681, 0xa681, 0xa683, 0xa683,
        0xa685, 0xa685, 0xa687, 0xa687, 0xa689, 0xa689, 0xa68b, 0xa68b, 0xa68d, 0xa68d, 0xa68f,
        0xa68f, 0xa691, 0xa691, 0xa693, 0xa693, 0xa695, 0xa695, 0xa697, 0xa697, 0xa699, 0xa699,
        0xa69b, 0xa69b, 0xa723, 0xa723, 0xa725, 0xa725, 0xa727, 0xa727, 0xa729, 0xa729, 0xa72b,
        0xa72b, 0xa72d, 0xa72d, 0xa72f, 0xa72f, 0xa733, 0xa733, 0xa735, 0xa735, 0xa737, 0xa737,
        0xa739, 0xa739, 0xa73b, 0xa73b, 0xa73d, 0xa73d, 0xa73f, 0xa73f, 0xa741, 0xa741, 0xa743,
        0xa743, 0xa745, 0xa745, 0xa747, 0xa747, 0xa749, 0xa749, 0xa74b, 0xa74b, 0xa74d, 0xa74d,
        0xa74f, 0xa74f, 0xa751, 0xa751, 0xa753, 0xa753, 0xa755, 0xa755, 0xa757, 0xa757, 0xa759,
        0xa759, 0xa75b, 0xa75b, 0xa75d, 0xa75d, 0xa75f, 0xa75f, 0xa761, 0xa761, 0xa763, 0xa763,
        0xa765, 0xa765, 0xa767, 0xa767, 0xa769, 0xa769, 0xa76b, 0xa76b, 0xa76d, 0xa76d, 0xa76f,
        0xa76f, 0xa77a, 0xa77a, 0xa77c, 0xa77c, 0xa77f, 0xa77f, 0xa781, 0xa781, 0xa783, 0xa783,
        0xa785, 0xa785, 0xa787, 0xa787, 0xa78c, 0xa78c, 0xa791, 0xa791, 0xa793, 0xa794, 0xa797,
        0xa797, 0xa799, 0xa799, 0xa79b, 0xa79b, 0xa79d, 0xa79d, 0xa79f, 0xa79f, 0xa7a1, 0xa7a1,
        0xa7a3, 0xa7a3, 0xa7a5, 0xa7a5, 0xa7a7, 0xa7a7, 0xa7a9, 0xa7a9, 0xa7b5, 0xa7b5, 0xa7b7,
        0xa7b7, 0xa7b9, 0xa7b9, 0xa7bb, 0xa7bb, 0xa7bd, 0xa7bd, 0xa7bf, 0xa7bf, 0xa7c1, 0xa7c1,
        0xa7c3, 0xa7c3, 0xa7c8, 0xa7c8, 0xa7ca, 0xa7ca, 0xa7d1, 0xa7d1, 0xa7d7, 0xa7d7, 0xa7d9,
        0xa7d9, 0xa7f6, 0xa7f6, 0xab53, 0xab53, 0xab70, 0xabbf, 0xfb00, 0xfb06, 0xfb13, 0xfb17,
        0xff41, 0xff5a, 0x10428, 0x1044f, 0x104d8, 0x104fb, 0x10597, 0x105a1, 0x105a3, 0x105b1,
        0x105b3, 0x105b9, 0x105bb, 0x105bc, 0x10cc0, 0x10cf2, 0x118c0, 0x118df, 0x16e60, 0x16e7f,
        0x1e922, 0x1e943,
    ];

    /// Characters `str.lower()` changes.
    const LOWER_CHANGES: &[u32] = &[
        0x41, 0x5a, 0xc0, 0xd6, 0xd8, 0xde, 0x100, 0x100, 0x102, 0x102, 0x104, 0x104, 0x106, 0x106,
        0x108, 0x108, 0x10a, 0x10a, 0x10c, 0x10c, 0x10e, 0x10e, 0x110, 0x110, 0x112, 0x112, 0x114,
        0x114, 0x116, 0x116, 0x118, 0x118, 0x11a, 0x11a, 0x11c, 0x11c, 0x11e, 0x11e, 0x120, 0x120,
        0x122, 0x122, 0x124, 0x124, 0x126, 0x126, 0x128, 0x128, 0x12a, 0x12a, 0x12c, 0x12c, 0x12e,
        0x12e, 0x130, 0x130, 0x132, 0x132, 0x134, 0x134, 0x136, 0x136, 0x139, 0x139, 0x13b, 0x13b,
        0x13d, 0x13d, 0x13f, 0x13f, 0x141, 0x141, 0x143, 0x143, 0x145, 0x145, 0x147, 0x147, 0x14a,
        0x14a, 0x14c, 0x14c, 0x14e, 0x14e, 0x150, 0x150, 0x152, 0x152, 0x154, 0x154, 0x156, 0x156,
        0x158, 0x158, 0x15a, 0x15a, 0x15c, 0x15c, 0x15e, 0x15e, 0x160, 0x160, 0x162, 0x162, 0x164,
        0x164, 0x166, 0x166, 0x168, 0x168, 0x16a, 0x16a, 0x16c, 0x16c, 0x16e, 0x16e, 0x170, 0x170,
        0x172, 0x172, 0x174, 0x174, 0x176, 0x176, 0x178, 0x179, 0x17b, 0x17b, 0x17d, 0x17d, 0x181,
        0x182, 0x184, 0x184, 0x186, 0x187, 0x189, 0x18b, 0x18e, 0x191, 0x193, 0x194, 0x196, 0x198,
        0x19c, 0x19d, 0x19f, 0x1a0, 0x1a2, 0x1a2, 0x1a4, 0x1a4, 0x1a6, 0x1a7, 0x1a9, 0x1a9, 0x1ac,
        0x1ac, 0x1ae, 0x1af, 0x1b1, 0x1b3, 0x1b5, 0x1b5, 0x1b7, 0x1b8, 0x1bc, 0x1bc, 0x1c4, 0x1c5,
        0x1c7, 0x1c8, 0x1ca, 0x1cb, 0x1cd, 0x1cd, 0x1cf, 0x1cf, 0x1d1, 0x1d1, 0x1d3, 0x1d3, 0x1d5,
        0x1d5, 0x1d7, 0x1d7, 0x1d9, 0x1d9, 0x1db, 0x1db, 0x1de, 0x1de, 0x1e0, 0x1e0, 0x1e2, 0x1e2,
        0x1e4, 0x1e4, 0x1e6, 0x1e6, 0x1e8, 0x1e8, 0x1ea, 0x1ea, 0x1ec, 0x1ec, 0x1ee, 0x1ee, 0x1f1,
        0x1f2, 0x1f4, 0x1f4, 0x1f6, 0x1f8, 0x1fa, 0x1fa, 0x1fc, 0x1fc, 0x1fe, 0x1fe, 0x200, 0x200,
        0x202, 0x202, 0x204, 0x204, 0x206, 0x206, 0x208, 0x208, 0x20a, 0x20a, 0x20c, 0x20c, 0x20e,
        0x20e, 0x210, 0x210, 0x212, 0x212, 0x214, 0x214, 0x216, 0x216, 0x218, 0x218, 0x21a, 0x21a,
        0x21c, 0x21c, 0x21e, 0x21e, 0x220, 0x220, 0x222, 0x222, 0x224, 0x224, 0x226, 0x226, 0x228,
        0x228, 0x22a, 0x22a, 0x22c, 0x22c, 0x22e, 0x22e, 0x230, 0x230, 0x232, 0x232, 0x23a, 0x23b,
        0x23d, 0x23e, 0x241, 0x241, 0x243, 0x246, 0x248, 0x248, 0x24a, 0x24a, 0x24c, 0x24c, 0x24e,
        0x24e, 0x370, 0x370, 0x372, 0x372, 0x376, 0x376, 0x37f, 0x37f, 0x386, 0x386, 0x388, 0x38a,
        0x38c, 0x38c, 0x38e, 0x38f, 0x391, 0x3a1, 0x3a3, 0x3ab, 0x3cf, 0x3cf, 0x3d8, 0x3d8, 0x3da,
        0x3da, 0x3dc, 0x3dc, 0x3de, 0x3de, 0x3e0, 0x3e0, 0x3e2, 0x3e2, 0x3e4, 0x3e4, 0x3e6, 0x3e6,
        0x3e8, 0x3e8, 0x3ea, 0x3ea, 0x3ec, 0x3ec, 0x3ee, 0x3ee, 0x3f4, 0x3f4, 0x3f7, 0x3f7, 0x3f9,
        0x3fa, 0x3fd, 0x42f, 0x460, 0x460, 0x462, 0x462, 0x464, 0x464, 0x466, 0x466, 0x468, 0x468,
        0x46a, 0x46a, 0x46c, 0x46c, 0x46e, 0x46e, 0x470, 0x470, 0x472, 0x472, 0x474, 0x474, 0x476,
        0x476, 0x478, 0x478, 0x47a, 0x47a, 0x47c, 0x47c, 0x47e, 0x47e, 0x480, 0x480, 0x48a, 0x48a,
        0x48c, 0x48c, 0x48e, 0x48e, 0x490, 0x490, 0x492, 0x492, 0x494, 0x494, 0x496, 0x496, 0x498,
        0x498, 0x49a, 0x49a, 0x49c, 0x49c, 0x49e, 0x49e, 0x4a0, 0x4a0, 0x4a2, 0x4a2, 0x4a4, 0x4a4,
        0x4a6, 0x4a6, 0x4a8, 0x4a8, 0x4aa, 0x4aa, 0x4ac, 0x4ac, 0x4ae, 0x4ae, 0x4b0, 0x4b0, 0x4b2,
        0x4b2, 0x4b4, 0x4b4, 0x4b6, 0x4b6, 0x4b8, 0x4b8, 0x4ba, 0x4ba, 0x4bc, 0x4bc, 0x4be, 0x4be,
        0x4c0, 0x4c1, 0x4c3, 0x4c3, 0x4c5, 0x4c5, 0x4c7, 0x4c7, 0x4c9, 0x4c9, 0x4cb, 0x4cb, 0x4cd,
        0x4cd, 0x4d0, 0x4d0, 0x4d2, 0x4d2, 0x4d4, 0x4d4, 0x4d6, 0x4d6, 0x4d8, 0x4d8, 0x4da, 0x4da,
        0x4dc, 0x4dc, 0x4de, 0x4de, 0x4e0, 0x4e0, 0x4e2, 0x4e2, 0x4e4, 0x4e4, 0x4e6, 0x4e6, 0x4e8,
        0x4e8, 0x4ea, 0x4ea, 0x4ec, 0x4ec, 0x4ee, 0x4ee, 0x4f0, 0x4f0, 0x4f2, 0x4f2, 0x4f4, 0x4f4,
        0x4f6, 0x4f6, 0x4f8, 0x4f8, 0x4fa, 0x4fa, 0x4fc, 0x4fc, 0x4fe, 0x4fe, 0x500, 0x500, 0x502,
        0x502, 0x504, 0x504, 0x506, 0x506, 0x508, 0x508, 0x50a, 0x50a, 0x50c, 0x50c, 0x50e, 0x50e,
        0x510, 0x510, 0x512, 0x512, 0x514, 0x514, 0x516, 0x516, 0x518, 0x518, 0x51a, 0x51a, 0x51c,
        0x51c, 0x51e, 0x51e, 0x520, 0x520, 0x522, 0x522, 0x524, 0x524, 0x526, 0x526, 0x528, 0x528,
        0x52a, 0x52a, 0x52c, 0x52c, 0x52e, 0x52e, 0x531, 0x556, 0x10a0, 0x10c5, 0x10c7, 0x10c7,
        0x10cd, 0x10cd, 0x13a0, 0x13f5, 0x1c90, 0x1cba, 0x1cbd, 0x1cbf, 0x1e00, 0x1e00, 0x1e02,
        0x1e02, 0x1e04, 0x1e04, 0x1e06, 0x1e06, 0x1e08, 0x1e08, 0x1e0a, 0x1e0a, 0x1e0c, 0x1e0c,
        0x1e0e, 0x1e0e, 0x1e10, 0x1e10, 0x1e12, 0x1e12, 0x1e14, 0x1e14, 0x1e16, 0x1e16, 0x1e18,
        0x1e18, 0x1e1a, 0x1e1a, 0x1e1c, 0x1e1c, 0x1e1e, 0x1e1e, 0x1e20, 0x1e20, 0x1e22, 0x1e22,
        0x1e24, 0x1e24, 0x1e26, 0x1e26, 0x1e28, 0x1e28, 0x1e2a, 0x1e2a, 0x1e2c, 0x1e2c, 0x1e2e,
        0x1e2e, 0x1e30, 0x1e30, 0x1e32, 0x1e32, 0x1e34, 0x1e34, 0x1e36, 0x1e36, 0x1e38, 0x1e38,
        0x1e3a, 0x1e3a, 0x1e3c, 0x1e3c, 0x1e3e, 0x1e3e, 0x1e40, 0x1e40, 0x1e42, 0x1e42, 0x1e44,
        0x1e44, 0x1e46, 0x1e46, 0x1e48, 0x1e48, 0x1e4a, 0x1e4a, 0x1e4c, 0x1e4c, 0x1e4e, 0x1e4e,
        0x1e50, 0x1e50, 0x1e52, 0x1e52, 0x1e54, 0x1e54, 0x1e56, 0x1e56, 0x1e58, 0x1e58, 0x1e5a,
        0x1e5a, 0x1e5c, 0x1e5c, 0x1e5e, 0x1e5e, 0x1e60, 0x1e60, 0x1e62, 0x1e62, 0x1e64, 0x1e64,
        0x1e66, 0x1e66, 0x1e68, 0x1e68, 0x1e6a, 0x1e6a, 0x1e6c, 0x1e6c, 0x1e6e, 0x1e6e, 0x1e70,
        0x1e70, 0x1e72, 0x1e72, 0x1e74, 0x1e74, 0x1e76, 0x1e76, 0x1e78, 0x1e78, 0x1e7a, 0x1e7a,
        0x1e7c, 0x1e7c, 0x1e7e, 0x1e7e, 0x1e80, 0x1e80, 0x1e82, 0x1e82, 0x1e84, 0x1e84, 0x1e86,
        0x1e86, 0x1e88, 0x1e88, 0x1e8a, 0x1e8a, 0x1e8c, 0x1e8c, 0x1e8e, 0x1e8e, 0x1e90, 0x1e90,
        0x1e92, 0x1e92, 0x1e94, 0x1e94, 0x1e9e, 0x1e9e, 0x1ea0, 0x1ea0, 0x1ea2, 0x1ea2, 0x1ea4,
        0x1ea4, 0x1ea6, 0x1ea6, 0x1ea8, 0x1ea8, 0x1eaa, 0x1eaa, 0x1eac, 0x1eac, 0x1eae, 0x1eae,
        0x1eb0, 0x1eb0, 0x1eb2, 0x1eb2, 0x1eb4, 0x1eb4, 0x1eb6, 0x1eb6, 0x1eb8, 0x1eb8, 0x1eba,
        0x1eba, 0x1ebc, 0x1ebc, 0x1ebe, 0x1ebe, 0x1ec0, 0x1ec0, 0x1ec2, 0x1ec2, 0x1ec4, 0x1ec4,
        0x1ec6, 0x1ec6, 0x1ec8, 0x1ec8, 0x1eca, 0x1eca, 0x1ecc, 0x1ecc, 0x1ece, 0x1ece, 0x1ed0,
        0x1ed0, 0x1ed2, 0x1ed2, 0x1ed4, 0x1ed4, 0x1ed6, 0x1ed6, 0x1ed8, 0x1ed8, 0x1eda, 0x1eda,
        0x1edc, 0x1edc, 0x1ede, 0x1ede, 0x1ee0, 0x1ee0, 0x1ee2, 0x1ee2, 0x1ee4, 0x1ee4, 0x1ee6,
        0x1ee6, 0x1ee8, 0x1ee8, 0x1eea, 0x1eea, 0x1eec, 0x1eec, 0x1eee, 0x1eee, 0x1ef0, 0x1ef0,
        0x1ef2, 0x1ef2, 0x1ef4, 0x1ef4, 0x1ef6, 0x1ef6, 0x1ef8, 0x1ef8, 0x1efa, 0x1efa, 0x1efc,
        0x1efc, 0x1efe, 0x1efe, 0x1f08, 0x1f0f, 0x1f18, 0x1f1d, 0x1f28, 0x1f2f, 0x1f38, 0x1f3f,
        0x1f48, 0x1f4d, 0x1f59, 0x1f59, 0x1f5b, 0x1f5b, 0x1f5d, 0x1f5d, 0x1f5f, 0x1f5f, 0x1f68,
        0x1f6f, 0x1f88, 0x1f8f, 0x1f98, 0x1f9f, 0x1fa8, 0x1faf, 0x1fb8, 0x1fbc, 0x1fc8, 0x1fcc,
        0x1fd8, 0x1fdb, 0x1fe8, 0x1fec, 0x1ff8, 0x1ffc, 0x2126, 0x2126, 0x212a, 0x212b, 0x2132,
        0x2132, 0x2160, 0x216f, 0x2183, 0x2183, 0x24b6, 0x24cf, 0x2c00, 0x2c2f, 0x2c60, 0x2c60,
        0x2c62, 0x2c64, 0x2c67, 0x2c67, 0x2c69, 0x2c69, 0x2c6b, 0x2c6b, 0x2c6d, 0x2c70, 0x2c72,
        0x2c72, 0x2c75, 0x2c75, 0x2c7e, 0x2c80, 0x2c82, 0x2c82, 0x2c84, 0x2c84, 0x2c86, 0x2c86,
        0x2c88, 0x2c88, 0x2c8a, 0x2c8a, 0x2c8c, 0x2c8c, 0x2c8e, 0x2c8e, 0x2c90, 0x2c90, 0x2c92,
        0x2c92, 0x2c94, 0x2c94, 0x2c96, 0x2c96, 0x2c98, 0x2c98, 0x2c9a, 0x2c9a, 0x2c9c, 0x2c9c,
        0x2c9e, 0x2c9e, 0x2ca0, 0x2ca0, 0x2ca2, 0x2ca2, 0x2ca4, 0x2ca4, 0x2ca6, 0x2ca6, 0x2ca8,
        0x2ca8, 0x2caa, 0x2caa, 0x2cac, 0x2cac, 0x2cae, 0x2cae, 0x2cb0, 0x2cb0, 0x2cb2, 0x2cb2,
        0x2cb4, 0x2cb4, 0x2cb6, 0x2cb6, 0x2cb8, 0x2cb8, 0x2cba, 0x2cba, 0x2cbc, 0x2cbc, 0x2cbe,
        0x2cbe, 0x2cc0, 0x2cc0, 0x2cc2, 0x2cc2, 0x2cc4, 0x2cc4, 0x2cc6, 0x2cc6, 0x2cc8, 0x2cc8,
        0x2cca, 0x2cca, 0x2ccc, 0x2ccc, 0x2cce, 0x2cce, 0x2cd0, 0x2cd0, 0x2cd2, 0x2cd2, 0x2cd4,
        0x2cd4, 0x2cd6, 0x2cd6, 0x2cd8, 0x2cd8, 0x2cda, 0x2cda, 0x2cdc, 0x2cdc, 0x2cde, 0x2cde,
        0x2ce0, 0x2ce0, 0x2ce2, 0x2ce2, 0x2ceb, 0x2ceb, 0x2ced, 0x2ced, 0x2cf2, 0x2cf2, 0xa640,
        0xa640, 0xa642, 0xa642, 0xa644, 0xa644, 0xa646, 0xa646, 0xa648, 0xa648, 0xa64a, 0xa64a,
        0xa64c, 0xa64c, 0xa64e, 0xa64e, 0xa650, 0xa650, 0xa652, 0xa652, 0xa654, 0xa654, 0xa656,
        0xa656, 0xa658, 0xa658, 0xa65a, 0xa65a, 0xa65c, 0xa65c, 0xa65e, 0xa65e, 0xa660, 0xa660,
        0xa662, 0xa662, 0xa664, 0xa664, 0xa666, 0xa666, 0xa668, 0xa668, 0xa66a, 0xa66a, 0xa66c,
        0xa66c, 0xa680, 0xa680, 0xa682, 0xa682, 0xa684, 0xa684, 0xa686, 0xa686, 0xa688, 0xa688,
        0xa68a, 0xa68a, 0xa68c, 0xa68c, 0xa68e, 0xa68e, 0xa690, 0xa690, 0xa692, 0xa692, 0xa694,
        0xa694, 0xa696, 0xa696, 0xa698, 0xa698, 0xa69a, 0xa69a, 0xa722, 0xa722, 0xa724, 0xa724,
        0xa726, 0xa726, 0xa728, 0xa728, 0xa72a, 0xa72a, 0xa72c, 0xa72c, 0xa72e, 0xa72e, 0xa732,
        0xa732, 0xa734, 0xa734, 0xa736, 0xa736, 0xa738, 0xa738, 0xa73a, 0xa73a, 0xa73c, 0xa73c,
        0xa73e, 0xa73e, 0xa740, 0xa740, 0xa742, 0xa742, 0xa744, 0xa744, 0xa746, 0xa746, 0xa748,
        0xa748, 0xa74a, 0xa74a, 0xa74c, 0xa74c, 0xa74e, 0xa74e, 0xa750, 0xa750, 0xa752, 0xa752,
        0xa754, 0xa754, 0xa756, 0xa756, 0xa758, 0xa758, 0xa75a, 0xa75a, 0xa75c, 0xa75c, 0xa75e,
        0xa75e, 0xa760, 0xa760, 0xa762, 0xa762, 0xa764, 0xa764, 0xa766, 0xa766, 0xa768, 0xa768,
        0xa76a, 0xa76a, 0xa76c, 0xa76c, 0xa76e, 0xa76e, 0xa779, 0xa779, 0xa77b, 0xa77b, 0xa77d,
        0xa77e, 0xa780, 0xa780, 0xa782, 0xa782, 0xa784, 0xa784, 0xa786, 0xa786, 0xa78b, 0xa78b,
        0xa78d, 0xa78d, 0xa790, 0xa790, 0xa792, 0xa792, 0xa796, 0xa796, 0xa798, 0xa798, 0xa79a,
        0xa79a, 0xa79c, 0xa79c, 0xa79e, 0xa79e, 0xa7a0, 0xa7a0, 0xa7a2, 0xa7a2, 0xa7a4, 0xa7a4,
        0xa7a6, 0xa7a6, 0xa7a8, 0xa7a8, 0xa7aa, 0xa7ae, 0xa7b0, 0xa7b4, 0xa7b6, 0xa7b6, 0xa7b8,
        0xa7b8, 0xa7ba, 0xa7ba, 0xa7bc, 0xa7bc, 0xa7be, 0xa7be, 0xa7c0, 0xa7c0, 0xa7c2, 0xa7c2,
        0xa7c4, 0xa7c7, 0xa7c9, 0xa7c9, 0xa7d0, 0xa7d0, 0xa7d6, 0xa7d6, 0xa7d8, 0xa7d8, 0xa7f5,
        0xa7f5, 0xff21, 0xff3a, 0x10400, 0x10427, 0x104b0, 0x104d3, 0x10570, 0x1057a, 0x1057c,
        0x1058a, 0x1058c, 0x10592, 0x10594, 0x10595, 0x10c80, 0x10cb2, 0x118a0, 0x118bf, 0x16e40,
        0x16e5f, 0x1e900, 0x1e921,
    ];

    /// Titlecase letters, category Lt.
    const TITLE: &[u32] = &[
        0x1c5, 0x1c5, 0x1c8, 0x1c8, 0x1cb, 0x1cb, 0x1f2, 0x1f2, 0x1f88, 0x1f8f, 0x1f98, 0x1f9f,
        0x1fa8, 0x1faf, 0x1fbc, 0x1fbc, 0x1fcc, 0x1fcc, 0x1ffc, 0x1ffc,
    ];

    /// Case_Ignorable characters, which the final sigma rule skips.
    const CASE_IGNORABLE: &[u32] = &[
        0x27, 0x27, 0x2e, 0x2e, 0x3a, 0x3a, 0x5e, 0x5e, 0x60, 0x60, 0xa8, 0xa8, 0xad, 0xad, 0xaf,
        0xaf, 0xb4, 0xb4, 0xb7, 0xb8, 0x2b0, 0x36f, 0x374, 0x375, 0x37a, 0x37a, 0x384, 0x385,
        0x387, 0x387, 0x483, 0x489, 0x559, 0x559, 0x55f, 0x55f, 0x591, 0x5bd, 0x5bf, 0x5bf, 0x5c1,
        0x5c2, 0x5c4, 0x5c5, 0x5c7, 0x5c7, 0x5f4, 0x5f4, 0x600, 0x605, 0x610, 0x61a, 0x61c, 0x61c,
        0x640, 0x640, 0x64b, 0x65f, 0x670, 0x670, 0x6d6, 0x6dd, 0x6df, 0x6e8, 0x6ea, 0x6ed, 0x70f,
        0x70f, 0x711, 0x711, 0x730, 0x74a, 0x7a6, 0x7b0, 0x7eb, 0x7f5, 0x7fa, 0x7fa, 0x7fd, 0x7fd,
        0x816, 0x82d, 0x859, 0x85b, 0x888, 0x888, 0x890, 0x891, 0x898, 0x89f, 0x8c9, 0x902, 0x93a,
        0x93a, 0x93c, 0x93c, 0x941, 0x948, 0x94d, 0x94d, 0x951, 0x957, 0x962, 0x963, 0x971, 0x971,
        0x981, 0x981, 0x9bc, 0x9bc, 0x9c1, 0x9c4, 0x9cd, 0x9cd, 0x9e2, 0x9e3, 0x9fe, 0x9fe, 0xa01,
        0xa02, 0xa3c, 0xa3c, 0xa41, 0xa42, 0xa47, 0xa48, 0xa4b, 0xa4d, 0xa51, 0xa51, 0xa70, 0xa71,
        0xa75, 0xa75, 0xa81, 0xa82, 0xabc, 0xabc, 0xac1, 0xac5, 0xac7, 0xac8, 0xacd, 0xacd, 0xae2,
        0xae3, 0xafa, 0xaff, 0xb01, 0xb01, 0xb3c, 0xb3c, 0xb3f, 0xb3f, 0xb41, 0xb44, 0xb4d, 0xb4d,
        0xb55, 0xb56, 0xb62, 0xb63, 0xb82, 0xb82, 0xbc0, 0xbc0, 0xbcd, 0xbcd, 0xc00, 0xc00, 0xc04,
        0xc04, 0xc3c, 0xc3c, 0xc3e, 0xc40, 0xc46, 0xc48, 0xc4a, 0xc4d, 0xc55, 0xc56, 0xc62, 0xc63,
        0xc81, 0xc81, 0xcbc, 0xcbc, 0xcbf, 0xcbf, 0xcc6, 0xcc6, 0xccc, 0xccd, 0xce2, 0xce3, 0xd00,
        0xd01, 0xd3b, 0xd3c, 0xd41, 0xd44, 0xd4d, 0xd4d, 0xd62, 0xd63, 0xd81, 0xd81, 0xdca, 0xdca,
        0xdd2, 0xdd4, 0xdd6, 0xdd6, 0xe31, 0xe31, 0xe34, 0xe3a, 0xe46, 0xe4e, 0xeb1, 0xeb1, 0xeb4,
        0xebc, 0xec6, 0xec6, 0xec8, 0xecd, 0xf18, 0xf19, 0xf35, 0xf35, 0xf37, 0xf37, 0xf39, 0xf39,
        0xf71, 0xf7e, 0xf80, 0xf84, 0xf86, 0xf87, 0xf8d, 0xf97, 0xf99, 0xfbc, 0xfc6, 0xfc6, 0x102d,
        0x1030, 0x1032, 0x1037, 0x1039, 0x103a, 0x103d, 0x103e, 0x1058, 0x1059, 0x105e, 0x1060,
        0x1071, 0x1074, 0x1082, 0x1082, 0x1085, 0x1086, 0x108d, 0x108d, 0x109d, 0x109d, 0x10fc,
        0x10fc, 0x135d, 0x135f, 0x1712, 0x1714, 0x1732, 0x1733, 0x1752, 0x1753, 0x1772, 0x1773,
        0x17b4, 0x17b5, 0x17b7, 0x17bd, 0x17c6, 0x17c6, 0x17c9, 0x17d3, 0x17d7, 0x17d7, 0x17dd,
        0x17dd, 0x180b, 0x180f, 0x1843, 0x1843, 0x1885, 0x1886, 0x18a9, 0x18a9, 0x1920, 0x1922,
        0x1927, 0x1928, 0x1932, 0x1932, 0x1939, 0x193b, 0x1a17, 0x1a18, 0x1a1b, 0x1a1b, 0x1a56,
        0x1a56, 0x1a58, 0x1a5e, 0x1a60, 0x1a60, 0x1a62, 0x1a62, 0x1a65, 0x1a6c, 0x1a73, 0x1a7c,
        0x1a7f, 0x1a7f, 0x1aa7, 0x1aa7, 0x1ab0, 0x1ace, 0x1b00, 0x1b03, 0x1b34, 0x1b34, 0x1b36,
        0x1b3a, 0x1b3c, 0x1b3c, 0x1b42, 0x1b42, 0x1b6b, 0x1b73, 0x1b80, 0x1b81, 0x1ba2, 0x1ba5,
        0x1ba8, 0x1ba9, 0x1bab, 0x1bad, 0x1be6, 0x1be6, 0x1be8, 0x1be9, 0x1bed, 0x1bed, 0x1bef,
        0x1bf1, 0x1c2c, 0x1c33, 0x1c36, 0x1c37, 0x1c78, 0x1c7d, 0x1cd0, 0x1cd2, 0x1cd4, 0x1ce0,
        0x1ce2, 0x1ce8, 0x1ced, 0x1ced, 0x1cf4, 0x1cf4, 0x1cf8, 0x1cf9, 0x1d2c, 0x1d6a, 0x1d78,
        0x1d78, 0x1d9b, 0x1dff, 0x1fbd, 0x1fbd, 0x1fbf, 0x1fc1, 0x1fcd, 0x1fcf, 0x1fdd, 0x1fdf,
        0x1fed, 0x1fef, 0x1ffd, 0x1ffe, 0x200b, 0x200f, 0x2018, 0x2019, 0x2024, 0x2024, 0x2027,
        0x2027, 0x202a, 0x202e, 0x2060, 0x2064, 0x2066, 0x206f, 0x2071, 0x2071, 0x207f, 0x207f,
        0x2090, 0x209c, 0x20d0, 0x20f0, 0x2c7c, 0x2c7d, 0x2cef, 0x2cf1, 0x2d6f, 0x2d6f, 0x2d7f,
        0x2d7f, 0x2de0, 0x2dff, 0x2e2f, 0x2e2f, 0x3005, 0x3005, 0x302a, 0x302d, 0x3031, 0x3035,
        0x303b, 0x303b, 0x3099, 0x309e, 0x30fc, 0x30fe, 0xa015, 0xa015, 0xa4f8, 0xa4fd, 0xa60c,
        0xa60c, 0xa66f, 0xa672, 0xa674, 0xa67d, 0xa67f, 0xa67f, 0xa69c, 0xa69f, 0xa6f0, 0xa6f1,
        0xa700, 0xa721, 0xa770, 0xa770, 0xa788, 0xa78a, 0xa7f2, 0xa7f4, 0xa7f8, 0xa7f9, 0xa802,
        0xa802, 0xa806, 0xa806, 0xa80b, 0xa80b, 0xa825, 0xa826, 0xa82c, 0xa82c, 0xa8c4, 0xa8c5,
        0xa8e0, 0xa8f1, 0xa8ff, 0xa8ff, 0xa926, 0xa92d, 0xa947, 0xa951, 0xa980, 0xa982, 0xa9b3,
        0xa9b3, 0xa9b6, 0xa9b9, 0xa9bc, 0xa9bd, 0xa9cf, 0xa9cf, 0xa9e5, 0xa9e6, 0xaa29, 0xaa2e,
        0xaa31, 0xaa32, 0xaa35, 0xaa36, 0xaa43, 0xaa43, 0xaa4c, 0xaa4c, 0xaa70, 0xaa70, 0xaa7c,
        0xaa7c, 0xaab0, 0xaab0, 0xaab2, 0xaab4, 0xaab7, 0xaab8, 0xaabe, 0xaabf, 0xaac1, 0xaac1,
        0xaadd, 0xaadd, 0xaaec, 0xaaed, 0xaaf3, 0xaaf4, 0xaaf6, 0xaaf6, 0xab5b, 0xab5f, 0xab69,
        0xab6b, 0xabe5, 0xabe5, 0xabe8, 0xabe8, 0xabed, 0xabed, 0xfb1e, 0xfb1e, 0xfbb2, 0xfbc2,
        0xfe00, 0xfe0f, 0xfe13, 0xfe13, 0xfe20, 0xfe2f, 0xfe52, 0xfe52, 0xfe55, 0xfe55, 0xfeff,
        0xfeff, 0xff07, 0xff07, 0xff0e, 0xff0e, 0xff1a, 0xff1a, 0xff3e, 0xff3e, 0xff40, 0xff40,
        0xff70, 0xff70, 0xff9e, 0xff9f, 0xffe3, 0xffe3, 0xfff9, 0xfffb, 0x101fd, 0x101fd, 0x102e0,
        0x102e0, 0x10376, 0x1037a, 0x10780, 0x10785, 0x10787, 0x107b0, 0x107b2, 0x107ba, 0x10a01,
        0x10a03, 0x10a05, 0x10a06, 0x10a0c, 0x10a0f, 0x10a38, 0x10a3a, 0x10a3f, 0x10a3f, 0x10ae5,
        0x10ae6, 0x10d24, 0x10d27, 0x10eab, 0x10eac, 0x10f46, 0x10f50, 0x10f82, 0x10f85, 0x11001,
        0x11001, 0x11038, 0x11046, 0x11070, 0x11070, 0x11073, 0x11074, 0x1107f, 0x11081, 0x110b3,
        0x110b6, 0x110b9, 0x110ba, 0x110bd, 0x110bd, 0x110c2, 0x110c2, 0x110cd, 0x110cd, 0x11100,
        0x11102, 0x11127, 0x1112b, 0x1112d, 0x11134, 0x11173, 0x11173, 0x11180, 0x11181, 0x111b6,
        0x111be, 0x111c9, 0x111cc, 0x111cf, 0x111cf, 0x1122f, 0x11231, 0x11234, 0x11234, 0x11236,
        0x11237, 0x1123e, 0x1123e, 0x112df, 0x112df, 0x112e3, 0x112ea, 0x11300, 0x11301, 0x1133b,
        0x1133c, 0x11340, 0x11340, 0x11366, 0x1136c, 0x11370, 0x11374, 0x11438, 0x1143f, 0x11442,
        0x11444, 0x11446, 0x11446, 0x1145e, 0x1145e, 0x114b3, 0x114b8, 0x114ba, 0x114ba, 0x114bf,
        0x114c0, 0x114c2, 0x114c3, 0x115b2, 0x115b5, 0x115bc, 0x115bd, 0x115bf, 0x115c0, 0x115dc,
        0x115dd, 0x11633, 0x1163a, 0x1163d, 0x1163d, 0x1163f, 0x11640, 0x116ab, 0x116ab, 0x116ad,
        0x116ad, 0x116b0, 0x116b5, 0x116b7, 0x116b7, 0x1171d, 0x1171f, 0x11722, 0x11725, 0x11727,
        0x1172b, 0x1182f, 0x11837, 0x11839, 0x1183a, 0x1193b, 0x1193c, 0x1193e, 0x1193e, 0x11943,
        0x11943, 0x119d4, 0x119d7, 0x119da, 0x119db, 0x119e0, 0x119e0, 0x11a01, 0x11a0a, 0x11a33,
        0x11a38, 0x11a3b, 0x11a3e, 0x11a47, 0x11a47, 0x11a51, 0x11a56, 0x11a59, 0x11a5b, 0x11a8a,
        0x11a96, 0x11a98, 0x11a99, 0x11c30, 0x11c36, 0x11c38, 0x11c3d, 0x11c3f, 0x11c3f, 0x11c92,
        0x11ca7, 0x11caa, 0x11cb0, 0x11cb2, 0x11cb3, 0x11cb5, 0x11cb6, 0x11d31, 0x11d36, 0x11d3a,
        0x11d3a, 0x11d3c, 0x11d3d, 0x11d3f, 0x11d45, 0x11d47, 0x11d47, 0x11d90, 0x11d91, 0x11d95,
        0x11d95, 0x11d97, 0x11d97, 0x11ef3, 0x11ef4, 0x13430, 0x13438, 0x16af0, 0x16af4, 0x16b30,
        0x16b36, 0x16b40, 0x16b43, 0x16f4f, 0x16f4f, 0x16f8f, 0x16f9f, 0x16fe0, 0x16fe1, 0x16fe3,
        0x16fe4, 0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1bc9d, 0x1bc9e, 0x1bca0,
        0x1bca3, 0x1cf00, 0x1cf2d, 0x1cf30, 0x1cf46, 0x1d167, 0x1d169, 0x1d173, 0x1d182, 0x1d185,
        0x1d18b, 0x1d1aa, 0x1d1ad, 0x1d242, 0x1d244, 0x1da00, 0x1da36, 0x1da3b, 0x1da6c, 0x1da75,
        0x1da75, 0x1da84, 0x1da84, 0x1da9b, 0x1da9f, 0x1daa1, 0x1daaf, 0x1e000, 0x1e006, 0x1e008,
        0x1e018, 0x1e01b, 0x1e021, 0x1e023, 0x1e024, 0x1e026, 0x1e02a, 0x1e130, 0x1e13d, 0x1e2ae,
        0x1e2ae, 0x1e2ec, 0x1e2ef, 0x1e8d0, 0x1e8d6, 0x1e944, 0x1e94b, 0x1f3fb, 0x1f3ff, 0xe0001,
        0xe0001, 0xe0020, 0xe007f, 0xe0100, 0xe01ef,
    ];

    /// Characters whose title case (`str.title()`, `str.capitalize()`) is not their upper case.
    const TITLE_CASE: &[(char, &str)] = &[
        ('\u{df}', "\u{53}\u{73}"),
        ('\u{1c4}', "\u{1c5}"),
        ('\u{1c5}', "\u{1c5}"),
        ('\u{1c6}', "\u{1c5}"),
        ('\u{1c7}', "\u{1c8}"),
        ('\u{1c8}', "\u{1c8}"),
        ('\u{1c9}', "\u{1c8}"),
        ('\u{1ca}', "\u{1cb}"),
        ('\u{1cb}', "\u{1cb}"),
        ('\u{1cc}', "\u{1cb}"),
        ('\u{1f1}', "\u{1f2}"),
        ('\u{1f2}', "\u{1f2}"),
        ('\u{1f3}', "\u{1f2}"),
        ('\u{587}', "\u{535}\u{582}"),
        ('\u{10d0}', "\u{10d0}"),
        ('\u{10d1}', "\u{10d1}"),
        ('\u{10d2}', "\u{10d2}"),
        ('\u{10d3}', "\u{10d3}"),
        ('\u{10d4}', "\u{10d4}"),
        ('\u{10d5}', "\u{10d5}"),
        ('\u{10d6}', "\u{10d6}"),
        ('\u{10d7}', "\u{10d7}"),
        ('\u{10d8}', "\u{10d8}"),
        ('\u{10d9}', "\u{10d9}"),
        ('\u{10da}', "\u{10da}"),
        ('\u{10db}', "\u{10db}"),
        ('\u{10dc}', "\u{10dc}"),
        ('\u{10dd}', "\u{10dd}"),
        ('\u{10de}', "\u{10de}"),
        ('\u{10df}', "\u{10df}"),
        ('\u{10e0}', "\u{10e0}"),
        ('\u{10e1}', "\u{10e1}"),
        ('\u{10e2}', "\u{10e2}"),
        ('\u{10e3}', "\u{10e3}"),
        ('\u{10e4}', "\u{10e4}"),
        ('\u{10e5}', "\u{10e5}"),
        ('\u{10e6}', "\u{10e6}"),
        ('\u{10e7}', "\u{10e7}"),
        ('\u{10e8}', "\u{10e8}"),
        ('\u{10e9}', "\u{10e9}"),
        ('\u{10ea}', "\u{10ea}"),
        ('\u{10eb}', "\u{10eb}"),
        ('\u{10ec}', "\u{10ec}"),
        ('\u{10ed}', "\u{10ed}"),
        ('\u{10ee}', "\u{10ee}"),
        ('\u{10ef}', "\u{10ef}"),
        ('\u{10f0}', "\u{10f0}"),
        ('\u{10f1}', "\u{10f1}"),
        ('\u{10f2}', "\u{10f2}"),
        ('\u{10f3}', "\u{10f3}"),
        ('\u{10f4}', "\u{10f4}"),
        ('\u{10f5}', "\u{10f5}"),
        ('\u{10f6}', "\u{10f6}"),
        ('\u{10f7}', "\u{10f7}"),
        ('\u{10f8}', "\u{10f8}"),
        ('\u{10f9}', "\u{10f9}"),
        ('\u{10fa}', "\u{10fa}"),
        ('\u{10fd}', "\u{10fd}"),
        ('\u{10fe}', "\u{10fe}"),
        ('\u{10ff}', "\u{10ff}"),
        ('\u{1f80}', "\u{1f88}"),
        ('\u{1f81}', "\u{1f89}"),
        ('\u{1f82}', "\u{1f8a}"),
        ('\u{1f83}', "\u{1f8b}"),
        ('\u{1f84}', "\u{1f8c}"),
        ('\u{1f85}', "\u{1f8d}"),
        ('\u{1f86}', "\u{1f8e}"),
        ('\u{1f87}', "\u{1f8f}"),
        ('\u{1f88}', "\u{1f88}"),
        ('\u{1f89}', "\u{1f89}"),
        ('\u{1f8a}', "\u{1f8a}"),
        ('\u{1f8b}', "\u{1f8b}"),
        ('\u{1f8c}', "\u{1f8c}"),
        ('\u{1f8d}', "\u{1f8d}"),
        ('\u{1f8e}', "\u{1f8e}"),
        ('\u{1f8f}', "\u{1f8f}"),
        ('\u{1f90}', "\u{1f98}"),
        ('\u{1f91}', "\u{1f99}"),
        ('\u{1f92}', "\u{1f9a}"),
        ('\u{1f93}', "\u{1f9b}"),
        ('\u{1f94}', "\u{1f9c}"),
        ('\u{1f95}', "\u{1f9d}"),
        ('\u{1f96}', "\u{1f9e}"),
        ('\u{1f97}', "\u{1f9f}"),
        ('\u{1f98}', "\u{1f98}"),
        ('\u{1f99}', "\u{1f99}"),
        ('\u{1f9a}', "\u{1f9a}"),
        ('\u{1f9b}', "\u{1f9b}"),
        ('\u{1f9c}', "\u{1f9c}"),
        ('\u{1f9d}', "\u{1f9d}"),
        ('\u{1f9e}', "\u{1f9e}"),
        ('\u{1f9f}', "\u{1f9f}"),
        ('\u{1fa0}', "\u{1fa8}"),
        ('\u{1fa1}', "\u{1fa9}"),
        ('\u{1fa2}', "\u{1faa}"),
        ('\u{1fa3}', "\u{1fab}"),
        ('\u{1fa4}', "\u{1fac}"),
        ('\u{1fa5}', "\u{1fad}"),
        ('\u{1fa6}', "\u{1fae}"),
        ('\u{1fa7}', "\u{1faf}"),
        ('\u{1fa8}', "\u{1fa8}"),
        ('\u{1fa9}', "\u{1fa9}"),
        ('\u{1faa}', "\u{1faa}"),
        ('\u{1fab}', "\u{1fab}"),
        ('\u{1fac}', "\u{1fac}"),
        ('\u{1fad}', "\u{1fad}"),
        ('\u{1fae}', "\u{1fae}"),
        ('\u{1faf}', "\u{1faf}"),
        ('\u{1fb2}', "\u{1fba}\u{345}"),
        ('\u{1fb3}', "\u{1fbc}"),
        ('\u{1fb4}', "\u{386}\u{345}"),
        ('\u{1fb7}', "\u{391}\u{342}\u{345}"),
        ('\u{1fbc}', "\u{1fbc}"),
        ('\u{1fc2}', "\u{1fca}\u{345}"),
        ('\u{1fc3}', "\u{1fcc}"),
        ('\u{1fc4}', "\u{389}\u{345}"),
        ('\u{1fc7}', "\u{397}\u{342}\u{345}"),
        ('\u{1fcc}', "\u{1fcc}"),
        ('\u{1ff2}', "\u{1ffa}\u{345}"),
        ('\u{1ff3}', "\u{1ffc}"),
        ('\u{1ff4}', "\u{38f}\u{345}"),
        ('\u{1ff7}', "\u{3a9}\u{342}\u{345}"),
        ('\u{1ffc}', "\u{1ffc}"),
        ('\u{fb00}', "\u{46}\u{66}"),
        ('\u{fb01}', "\u{46}\u{69}"),
        ('\u{fb02}', "\u{46}\u{6c}"),
        ('\u{fb03}', "\u{46}\u{66}\u{69}"),
        ('\u{fb04}', "\u{46}\u{66}\u{6c}"),
        ('\u{fb05}', "\u{53}\u{74}"),
        ('\u{fb06}', "\u{53}\u{74}"),
        ('\u{fb13}', "\u{544}\u{576}"),
        ('\u{fb14}', "\u{544}\u{565}"),
        ('\u{fb15}', "\u{544}\u{56b}"),
        ('\u{fb16}', "\u{54e}\u{576}"),
        ('\u{fb17}', "\u{544}\u{56d}"),
    ];
}
