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

/// `name := value`: stores the value in the variable (declared before the statement) and is
/// the value, where the operand stands; `walrus!(|v| store, value)` stores it in a module variable.
macro_rules! walrus {
    (|$held:ident| $store:expr, $value:expr) => {{
        let $held = $value;
        $store;
        $held
    }};
    ($name:ident, $value:expr) => {{
        $name = $value;
        $name.clone()
    }};
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

        /// The object the raise carried, where it is of type T (an OSError's errno and filename).
        pub fn object_as<T: Clone + 'static>(&self) -> Option<T> {
            let object = self
                .object
                .as_ref()
                .and_then(|o| o.as_any().downcast_ref::<T>());
            object.cloned()
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
        /// `repr(e)`: the class's own name (`Empty`, not `_queue.Empty`), then the arguments.
        pub fn exc_repr(&self, kind: &str) -> String {
            let parts: Vec<&str> = self.0.iter().map(|a| a.repr.as_str()).collect();
            let name = kind.rsplit('.').next().unwrap_or(kind);
            format!("{}({})", name, parts.join(", "))
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
            "GeneratorExit" | "SystemExit" => "BaseException",
            "Exception" => "BaseException",
            "ZeroDivisionError" | "OverflowError" => "ArithmeticError",
            "IndexError" | "KeyError" => "LookupError",
            "NotImplementedError" | "RecursionError" => "RuntimeError",
            "UnicodeError" => "ValueError",
            "UnicodeDecodeError" | "UnicodeEncodeError" => "UnicodeError",
            "FileNotFoundError" | "FileExistsError" | "IsADirectoryError"
            | "NotADirectoryError" | "PermissionError" | "InterruptedError" | "TimeoutError"
            | "BlockingIOError" | "ChildProcessError" | "ProcessLookupError"
            | "ConnectionError" => "OSError",
            "BrokenPipeError"
            | "ConnectionAbortedError"
            | "ConnectionResetError"
            | "ConnectionRefusedError" => "ConnectionError",
            // io.UnsupportedOperation is a ValueError too (see exc_matches).
            "io.UnsupportedOperation" => "OSError",
            "UnboundLocalError" => "NameError",
            "FrozenInstanceError" => "AttributeError",
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
        if kind == "io.UnsupportedOperation" && target == "ValueError" {
            return true; // its second base class
        }
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
        if e.kind == "SystemExit" {
            system_exit(e)
        }
        let text = e.str();
        // dataclasses' exception is shown with its module, as CPython shows classes outside builtins.
        let kind = if e.kind == "FrozenInstanceError" && e.object.is_none() {
            "dataclasses.FrozenInstanceError"
        } else {
            e.kind
        };
        if text.is_empty() {
            eprintln!("{}", kind);
        } else {
            eprintln!("{}: {}", kind, text);
        }
        std::process::exit(1)
    }

    /// An uncaught SystemExit, as CPython ends on one: no code or None is status 0, an int
    /// (a bool too) is the status (its low 8 bits), anything else is printed to stderr with
    /// status 1. The translation gives SystemExit at most one argument, of those types only.
    fn system_exit(e: &Exc) -> ! {
        let code = match e.args().0.as_slice() {
            [] => None,
            [one] => Some(one.repr.clone()),
            _ => Some(e.args().repr()),
        };
        let status = match code.as_deref() {
            None | Some("None") | Some("False") => 0,
            Some("True") => 1,
            Some(repr) => match repr.parse::<i64>() {
                Ok(n) => (n & 0xff) as i32,
                Err(_) => {
                    eprintln!("{}", e.str());
                    1
                }
            },
        };
        std::process::exit(status)
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

    /// `divmod(a, b)` with a float: the floor quotient (a float) and the remainder, which
    /// takes the divisor's sign.
    pub fn divmod_float(a: f64, b: f64) -> PyResult<(f64, f64)> {
        if b == 0.0 {
            return raise("ZeroDivisionError", "float divmod()");
        }
        Ok(float_divmod(a, b))
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

    /// The first step of `int()` and `float()` on a str: every non-ASCII `str.isspace()`
    /// character becomes a space and every decimal digit of any script its ASCII digit (None
    /// when another non-ASCII character is left); then C's isspace() set, which leaves out
    /// U+001C..U+001F, is stripped from both ends.
    fn ascii_number_chars(s: &str) -> Option<String> {
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
        Some(
            ascii
                .trim_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c'])
                .to_string(),
        )
    }

    /// The text `int()` and `float()` parse: CPython turns every non-ASCII `str.isspace()`
    /// character into a space and every decimal digit of any script into its ASCII digit,
    /// strips ASCII whitespace, and takes out underscores that stand between two digits. None when anything else is
    /// non-ASCII or an underscore is misplaced.
    fn number_text(s: &str) -> Option<String> {
        let ascii = ascii_number_chars(s)?;
        let t = ascii.as_bytes();
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
        write_stdout(&line);
    }

    /// Text for standard output, or, while doctest runs an example, for the example's output.
    static STDOUT_CAPTURE: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

    /// Whether STDOUT_CAPTURE collects (read on every write, so that printing stays cheap).
    static STDOUT_CAPTURING: std::sync::atomic::AtomicBool =
        std::sync::atomic::AtomicBool::new(false);

    /// Writes what the program prints (print, sys.stdout.write, input's prompt).
    pub fn write_stdout(text: &str) {
        if STDOUT_CAPTURING.load(std::sync::atomic::Ordering::SeqCst) {
            let mut held = STDOUT_CAPTURE.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(buffer) = held.as_mut() {
                buffer.push_str(text);
                return;
            }
        }
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        let _ = lock.write_all(text.as_bytes());
    }

    /// Starts collecting what the program prints (`Some(buffer)`) or stops (`None`), and gives
    /// back what was collected until now.
    pub fn stdout_capture(next: Option<String>) -> Option<String> {
        let mut held = STDOUT_CAPTURE.lock().unwrap_or_else(|e| e.into_inner());
        STDOUT_CAPTURING.store(next.is_some(), std::sync::atomic::Ordering::SeqCst);
        std::mem::replace(&mut *held, next)
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
        if grouping.is_none() && min_width <= digits.len() as isize {
            return digits.to_string();
        }
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
        let fill = |out: &mut String, n: usize| {
            for _ in 0..n {
                out.push(spec.fill);
            }
        };
        let (left, inner, right) = match spec.align {
            '<' => (0, 0, padding),
            '^' => (padding / 2, 0, padding - padding / 2),
            '=' => (0, padding, 0),
            _ => (padding, 0, 0),
        };
        let mut out = String::with_capacity(grouped.len() + others + padding);
        fill(&mut out, left);
        out.push_str(sign);
        out.push_str(prefix);
        fill(&mut out, inner);
        out.push_str(&grouped);
        if has_decimal {
            out.push('.');
        }
        out.push_str(rest);
        fill(&mut out, right);
        out
    }

    pub fn format_int(v: i64, spec_text: &str) -> PyResult<String> {
        if spec_text.is_empty() {
            return Ok(v.to_string());
        }
        let digits = |kind: char| -> PyResult<String> {
            let m = v.unsigned_abs();
            Ok(match kind {
                'b' => format!("{:b}", m),
                'o' => format!("{:o}", m),
                'x' => format!("{:x}", m),
                'X' => format!("{:X}", m),
                _ => m.to_string(),
            })
        };
        format_int_by(spec_text, v < 0, Some(v), || Ok(v as f64), digits)
    }

    /// `format(v, spec)` for a non-empty spec and an int given as its sign, its value where
    /// it fits in 64 bits, its float value, and its magnitude's digits for a presentation type
    /// (`b`, `o`, `x`, `X`, or decimal for the others): the 64-bit int's and the big int's
    /// (int.rs) `format` share it.
    pub fn format_int_by(
        spec_text: &str,
        negative: bool,
        small: Option<i64>,
        to_float: impl FnOnce() -> PyResult<f64>,
        magnitude: impl FnOnce(char) -> PyResult<String>,
    ) -> PyResult<String> {
        let spec = parse_spec(spec_text, '>', "int")?;
        let kind = spec.kind.unwrap_or('d');
        if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
            return format_float_spec(to_float()?, &spec);
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
            let v = small.unwrap_or(-1);
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
        let (prefix, every) = match kind {
            'b' => ("0b", 4),
            'o' => ("0o", 4),
            'x' => ("0x", 4),
            'X' => ("0X", 4),
            _ => ("", 3),
        };
        let digits = magnitude(kind)?;
        let prefix = if spec.alternate { prefix } else { "" };
        Ok(lay_out_number(
            &spec,
            negative,
            prefix,
            (&digits, false, ""),
            every,
        ))
    }

    /// The digits of `x` (finite, not negative) and the place of the decimal point, as
    /// CPython's _Py_dg_dtoa gives them: mode 0 (`None`) the shortest digits that read back
    /// as `x`, mode 2 (`Some(n)`) the digits rounded to `n` significant ones. Trailing zeros
    /// are dropped, and zero is `"0"` with the point after it.
    fn dtoa(x: f64, digits: Option<usize>) -> (String, i32) {
        if x == 0.0 {
            return ("0".to_string(), 1);
        }
        let text = match digits {
            None => shortest_digits(x),
            Some(n) => format!("{:.*e}", n.max(1) - 1, x),
        };
        let (m, e) = text.split_once('e').expect("exponent");
        let e: i32 = e.parse().expect("exponent digits");
        let mut ds: String = m.chars().filter(|&c| c != '.').collect();
        let kept = ds.trim_end_matches('0').len();
        ds.truncate(kept);
        (ds, e + 1)
    }

    /// The shortest digits that read back as `x` (finite, non-zero), in `{:e}` form. Of two
    /// such strings equally near `x`, Rust takes the upper; CPython's repr the even one.
    fn shortest_digits(x: f64) -> String {
        let shortest = format!("{:e}", x);
        let (m, e) = shortest.split_once('e').expect("exponent");
        let n = m.bytes().filter(u8::is_ascii_digit).count() as i32;
        let e: i32 = e.parse().expect("exponent digits");
        // A tie is x = (2d + 1) * 10**k / 2 with k = e - n + 1, the place of the last digit;
        // written as odd * 2**b that needs b = k - 1. Most floats cannot be one.
        let bits = x.to_bits();
        let (mantissa, exponent) = match ((bits >> 52) & 0x7ff) as i32 {
            0 => (bits & ((1 << 52) - 1), -1074),
            biased => (bits & ((1 << 52) - 1) | (1 << 52), biased - 1075),
        };
        if exponent + mantissa.trailing_zeros() as i32 != e - n {
            return shortest;
        }
        // Rounding the exact value to n digits gives the nearest n-digit string, halves
        // to even; when it reads back as x it is the one CPython picks.
        let nearest = format!("{:.*e}", (n - 1) as usize, x);
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
        let point_kept = alternate && precision == 0;
        if kind == 'f' {
            // Rust's fixed notation rounds the exact value, halves to even, as dtoa mode 3.
            let mut out = format!("{:.*}", precision, x);
            if point_kept {
                out.push('.');
            }
            return out;
        }
        if kind == 'e' {
            let text = format!("{:.*e}", precision, x);
            let (m, e) = text.split_once('e').expect("exponent");
            let e: i32 = e.parse().expect("exponent digits");
            let point = if point_kept { "." } else { "" };
            let sign = if e < 0 { '-' } else { '+' };
            return format!("{}{}e{}{:02}", m, point, sign, e.abs());
        }
        let (digits, mut point) = match kind {
            'g' => dtoa(x, Some(precision.max(1))),
            _ => dtoa(x, None),
        };
        let len = digits.len() as i32;
        let mut end = len;
        let exponent = if kind == 'g' {
            let precision = precision.max(1) as i32;
            if alternate {
                end = precision;
            }
            point <= -4 || point > if dot_0 { precision - 1 } else { precision }
        } else {
            point <= -4 || point > 16
        };
        let exp = point - 1;
        if exponent {
            point = 1;
        }
        end = if !exponent && dot_0 {
            end.max(point + 1)
        } else {
            end.max(point)
        };
        // The digits, with zeros before them up to the point or after them up to `end`.
        let zeros = |out: &mut String, n: i32| {
            for _ in 0..n {
                out.push('0');
            }
        };
        let mut out = String::with_capacity(24);
        if point <= 0 {
            out.push_str("0.");
            zeros(&mut out, -point);
            out.push_str(&digits);
        } else if point <= len {
            out.push_str(&digits[..point as usize]);
            out.push('.');
            out.push_str(&digits[point as usize..]);
        } else {
            out.push_str(&digits);
            zeros(&mut out, point - len);
            out.push('.');
        }
        zeros(&mut out, end - len.max(point));
        if out.ends_with('.') && !alternate {
            out.pop();
        }
        if exponent {
            let sign = if exp < 0 { '-' } else { '+' };
            out.push_str(&format!("e{}{:02}", sign, exp.abs()));
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

    /// The bounds `low..high` of a slice of step 1 in a sequence of `len` items, each
    /// clamped into `0..=len`, and `high` never below `low`.
    pub fn simple_slice(len: usize, start: Option<i64>, stop: Option<i64>) -> (usize, usize) {
        let n = len as i64;
        let fix = |v: Option<i64>, default: i64| match v {
            None => default,
            Some(i) if i < 0 => (i + n).max(0),
            Some(i) => i.min(n),
        };
        let low = fix(start, 0);
        let high = fix(stop, n).max(low);
        (low as usize, high as usize)
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

    impl<T: Clone + 'static> Gen<T> {
        /// A live iterator over a list, as `iter(list)`: it sees the items the list has when each
        /// one is taken (what itertools and heapq.merge read a list through).
        pub fn over_list(list: List<T>) -> Self {
            let yielder = Yielder::new();
            let out = yielder.clone();
            Gen::new("list_iterator", yielder, async move {
                for item in list.iter() {
                    out.give(item).await?;
                }
                Ok(())
            })
        }
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

    /// `a, b, c = items`: exactly `n` items, else CPython's ValueError.
    pub fn unpack_exact<T>(items: Vec<T>, n: usize) -> PyResult<Vec<T>> {
        if items.len() < n {
            let got = items.len();
            let msg = format!("not enough values to unpack (expected {}, got {})", n, got);
            return raise("ValueError", msg);
        }
        if items.len() > n {
            let msg = format!("too many values to unpack (expected {})", n);
            return raise("ValueError", msg);
        }
        Ok(items)
    }

    /// `a, *rest, z = items`: at least `fixed` items (those not starred), else CPython's ValueError.
    pub fn unpack_starred<T>(items: Vec<T>, fixed: usize) -> PyResult<Vec<T>> {
        if items.len() < fixed {
            let got = items.len();
            let msg = format!(
                "not enough values to unpack (expected at least {}, got {})",
                fixed, got
            );
            return raise("ValueError", msg);
        }
        Ok(items)
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

    /// `s.split(None, maxsplit)`: at most `maxsplit` words split off at runs of whitespace;
    /// the rest, with its leading whitespace dropped, is the last item (trailing kept).
    pub fn split_whitespace_max(s: &str, maxsplit: i64) -> List<String> {
        let space = |c: char| is_space(c);
        let mut out = Vec::new();
        let mut rest = s.trim_start_matches(space);
        let mut left = maxsplit;
        while left != 0 && !rest.is_empty() {
            let end = rest.find(space).unwrap_or(rest.len());
            out.push(rest[..end].to_string());
            rest = rest[end..].trim_start_matches(space);
            left -= 1;
        }
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
        List::from(out)
    }

    /// `int(s, base)`: base 0 (the prefix decides) or 2..=36, an optional `0x`/`0o`/`0b`
    /// prefix matching the base, single `_` between digits (and after a prefix).
    pub fn str_to_int_base(s: &str, base: i64) -> PyResult<i64> {
        let (negative, radix, digits) = int_literal(s, base)?;
        let mut value: i128 = 0;
        for c in digits.chars() {
            value = value * radix as i128 + c.to_digit(radix).unwrap() as i128;
            if value > 1 << 63 {
                overflow("int()");
            }
        }
        let value = if negative { -value } else { value };
        match i64::try_from(value) {
            Ok(v) => Ok(v),
            Err(_) => overflow("int()"),
        }
    }

    /// What `int(s, base)` reads from `s`: the sign, the radix, and the digits (ASCII, the
    /// underscores taken out); ValueError in CPython's words when `s` is no such literal.
    /// The 64-bit int's and the big int's (int.rs) `int()` share it.
    pub fn int_literal(s: &str, base: i64) -> PyResult<(bool, u32, String)> {
        if base != 0 && !(2..=36).contains(&base) {
            return raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
        }
        let invalid = || -> PyResult<(bool, u32, String)> {
            let shown: String = repr_str(s).chars().take(200).collect();
            raise(
                "ValueError",
                format!("invalid literal for int() with base {}: {}", base, shown),
            )
        };
        let t = match ascii_number_chars(s) {
            Some(t) => t,
            None => return invalid(),
        };
        let t = t.as_str();
        let (negative, body) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let lower = body.to_ascii_lowercase();
        let prefixed = |p: &str| lower.starts_with(p);
        let (radix, digits, after_prefix) = if (base == 16 || base == 0) && prefixed("0x") {
            (16, &body[2..], true)
        } else if (base == 8 || base == 0) && prefixed("0o") {
            (8, &body[2..], true)
        } else if (base == 2 || base == 0) && prefixed("0b") {
            (2, &body[2..], true)
        } else {
            (if base == 0 { 10 } else { base as u32 }, body, false)
        };
        let digits = if after_prefix {
            digits.strip_prefix('_').unwrap_or(digits)
        } else {
            digits
        };
        let well_formed = !digits.is_empty()
            && !digits.starts_with('_')
            && !digits.ends_with('_')
            && !digits.contains("__")
            && digits.chars().all(|c| c == '_' || c.is_digit(radix as u32));
        // Base 0 reads a leading 0 as the old octal form, which Python 3 allows only for zero.
        let old_octal = base == 0
            && !after_prefix
            && digits.starts_with('0')
            && digits.chars().any(|c| c != '0' && c != '_');
        if !well_formed || old_octal {
            return invalid();
        }
        Ok((
            negative,
            radix,
            digits.chars().filter(|&c| c != '_').collect(),
        ))
    }

    /// `pow(a, b, m)` for ints: the result has the sign of `m`; a negative `b` takes the
    /// inverse of `a` modulo `m`.
    pub fn pow_mod(a: i64, b: i64, m: i64) -> PyResult<i64> {
        if m == 0 {
            return raise("ValueError", "pow() 3rd argument cannot be 0");
        }
        let modulus = (m as i128).abs();
        let mut base = (a as i128).rem_euclid(modulus);
        let mut e = b as i128;
        if e < 0 {
            let (mut old_r, mut r) = (base, modulus);
            let (mut old_s, mut s) = (1i128, 0i128);
            while r != 0 {
                let q = old_r / r;
                (old_r, r) = (r, old_r - q * r);
                (old_s, s) = (s, old_s - q * s);
            }
            if old_r != 1 {
                return raise("ValueError", "base is not invertible for the given modulus");
            }
            base = old_s.rem_euclid(modulus);
            e = -e;
        }
        let mut result = 1 % modulus;
        while e > 0 {
            if e & 1 == 1 {
                result = result * base % modulus;
            }
            base = base * base % modulus;
            e >>= 1;
        }
        if m < 0 && result != 0 {
            result -= modulus;
        }
        Ok(result as i64)
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

    /// `str.swapcase()`: upper case characters to lower case (with the final sigma rule),
    /// lower case ones to upper case, the others as they are.
    pub fn swapcase(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for (i, c) in s.char_indices() {
            if in_ranges(UPPER, c) {
                push_lower(&mut out, s, i, c);
            } else if in_ranges(LOWER, c) {
                push_upper(&mut out, c);
            } else {
                out.push(c);
            }
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

    /// The first code point of the range of `table` that holds `c`. A table is ascending
    /// `gap, length` pairs: each range starts `gap` code points after the end of the one
    /// before it (the first after U+0000) and holds `length` code points.
    fn range_start(table: &[u32], c: char) -> Option<u32> {
        let c = c as u32;
        let mut end = 0;
        for pair in table.chunks_exact(2) {
            let start = end + pair[0];
            if c < start {
                return None;
            }
            end = start + pair[1];
            if c < end {
                return Some(start);
            }
        }
        None
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

        /// `a[start:stop:step] = values`: a slice of step 1 is replaced by all the values;
        /// an extended slice takes exactly as many values as it selects.
        pub fn set_slice(
            &self,
            start: Option<i64>,
            stop: Option<i64>,
            step: Option<i64>,
            values: Vec<T>,
        ) -> PyResult<()> {
            let mut v = self.0.borrow_mut();
            if step.unwrap_or(1) == 1 {
                let (low, high) = simple_slice(v.len(), start, stop);
                v.splice(low..high, values);
                return Ok(());
            }
            let picked = slice_positions(v.len(), start, stop, step)?;
            if picked.len() != values.len() {
                return raise(
                    "ValueError",
                    format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        values.len(),
                        picked.len()
                    ),
                );
            }
            for (i, value) in picked.into_iter().zip(values) {
                v[i] = value;
            }
            Ok(())
        }

        /// `del a[start:stop:step]`.
        pub fn del_slice(
            &self,
            start: Option<i64>,
            stop: Option<i64>,
            step: Option<i64>,
        ) -> PyResult<()> {
            let mut v = self.0.borrow_mut();
            if step.unwrap_or(1) == 1 {
                let (low, high) = simple_slice(v.len(), start, stop);
                v.drain(low..high);
                return Ok(());
            }
            let mut picked = slice_positions(v.len(), start, stop, step)?;
            picked.sort_unstable();
            for i in picked.into_iter().rev() {
                v.remove(i);
            }
            Ok(())
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

        pub fn count(&self, value: &T) -> i64 {
            self.0.iter().filter(|v| *v == value).count() as i64
        }

        pub fn index(&self, value: &T) -> PyResult<i64> {
            match self.0.iter().position(|v| v == value) {
                Some(i) => Ok(i as i64),
                None => raise("ValueError", "tuple.index(x): x not in tuple"),
            }
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

        /// A module variable bound from the start (one another module of a crate may import).
        pub fn of(value: T) -> Global<T> {
            Global(RefCell::new(Some(value)))
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
    // Ranges as `gap, length` pairs (see the script); do not edit by hand.

    /// Characters `str.isprintable()` rejects: categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs but space.
    const NOT_PRINTABLE: &[u32] = &[
        0, 32, 95, 34, 12, 1, 714, 2, 6, 4, 7, 1, 1, 1, 20, 1, 397, 1, 38, 2, 50, 2, 3, 1, 55, 8,
        27, 4, 6, 17, 22, 1, 192, 1, 48, 2, 59, 2, 101, 14, 59, 2, 49, 2, 15, 1, 28, 2, 1, 1, 11,
        5, 31, 9, 74, 1, 161, 1, 8, 2, 2, 2, 22, 1, 7, 1, 1, 3, 4, 2, 9, 2, 2, 2, 4, 8, 1, 4, 2, 1,
        5, 2, 25, 2, 3, 1, 6, 4, 2, 2, 22, 1, 7, 1, 2, 1, 2, 1, 2, 2, 1, 1, 5, 4, 2, 2, 3, 3, 1, 7,
        4, 1, 1, 7, 17, 10, 3, 1, 9, 1, 3, 1, 22, 1, 7, 1, 2, 1, 5, 2, 10, 1, 3, 1, 3, 2, 1, 15, 4,
        2, 12, 7, 7, 1, 3, 1, 8, 2, 2, 2, 22, 1, 7, 1, 2, 1, 5, 2, 9, 2, 2, 2, 3, 7, 3, 4, 2, 1, 5,
        2, 18, 10, 2, 1, 6, 3, 3, 1, 4, 3, 2, 1, 1, 1, 2, 3, 2, 3, 3, 3, 12, 4, 5, 3, 3, 1, 4, 2,
        1, 6, 1, 14, 21, 5, 13, 1, 3, 1, 23, 1, 16, 2, 9, 1, 3, 1, 4, 7, 2, 1, 3, 2, 1, 2, 4, 2,
        10, 7, 22, 1, 3, 1, 23, 1, 10, 1, 5, 2, 9, 1, 3, 1, 4, 7, 2, 6, 2, 1, 4, 2, 10, 1, 2, 13,
        13, 1, 3, 1, 51, 1, 3, 1, 6, 4, 16, 2, 26, 1, 3, 1, 18, 3, 24, 1, 9, 1, 1, 2, 7, 3, 1, 4,
        6, 1, 1, 1, 8, 6, 10, 2, 3, 12, 58, 4, 29, 37, 2, 1, 1, 1, 5, 1, 24, 1, 1, 1, 23, 2, 5, 1,
        1, 1, 6, 2, 10, 2, 4, 32, 72, 1, 36, 4, 39, 1, 36, 1, 15, 1, 13, 37, 198, 1, 1, 5, 1, 2,
        377, 1, 4, 2, 7, 1, 1, 1, 4, 2, 41, 1, 4, 2, 33, 1, 4, 2, 7, 1, 1, 1, 4, 2, 15, 1, 57, 1,
        4, 2, 67, 2, 32, 3, 26, 6, 86, 2, 6, 2, 640, 1, 28, 3, 89, 7, 22, 9, 24, 9, 20, 12, 13, 1,
        3, 1, 2, 12, 94, 2, 10, 6, 10, 6, 14, 1, 11, 6, 89, 7, 43, 5, 70, 10, 31, 1, 12, 4, 12, 4,
        1, 3, 42, 2, 5, 11, 44, 4, 26, 6, 11, 3, 62, 2, 65, 1, 29, 2, 11, 6, 10, 6, 14, 2, 31, 49,
        77, 3, 47, 1, 116, 8, 60, 3, 15, 3, 60, 7, 43, 2, 11, 8, 43, 5, 534, 2, 6, 2, 38, 2, 6, 2,
        8, 1, 1, 1, 1, 1, 1, 1, 31, 2, 53, 1, 15, 1, 14, 2, 6, 1, 19, 2, 3, 1, 9, 17, 24, 8, 47,
        17, 2, 2, 27, 1, 13, 3, 33, 15, 33, 15, 140, 4, 663, 25, 11, 21, 1812, 2, 32, 1, 349, 5,
        45, 1, 1, 5, 1, 2, 56, 7, 2, 14, 24, 9, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1,
        126, 34, 26, 1, 89, 12, 214, 26, 12, 5, 63, 1, 86, 2, 103, 5, 43, 1, 94, 1, 84, 12, 47, 1,
        29293, 3, 55, 9, 348, 20, 184, 8, 203, 5, 2, 1, 1, 1, 5, 24, 59, 3, 10, 6, 56, 8, 70, 8,
        12, 6, 116, 11, 30, 3, 78, 1, 11, 4, 33, 1, 55, 9, 14, 2, 10, 2, 103, 24, 28, 10, 6, 2, 6,
        2, 6, 9, 7, 1, 7, 1, 60, 4, 126, 2, 10, 6, 11172, 12, 23, 4, 49, 8452, 366, 2, 106, 38, 7,
        12, 5, 5, 26, 1, 5, 1, 1, 1, 2, 1, 2, 1, 125, 16, 445, 2, 54, 7, 1, 32, 42, 6, 51, 1, 19,
        1, 4, 4, 5, 1, 135, 4, 190, 3, 6, 2, 6, 2, 6, 2, 3, 3, 7, 1, 7, 13, 2, 2, 12, 1, 26, 1, 19,
        1, 2, 1, 15, 2, 14, 34, 123, 5, 3, 4, 45, 3, 88, 1, 13, 3, 1, 47, 46, 130, 29, 3, 49, 15,
        28, 4, 36, 9, 30, 5, 43, 5, 30, 1, 37, 4, 14, 42, 158, 2, 10, 6, 36, 4, 36, 4, 40, 8, 52,
        11, 12, 1, 15, 1, 7, 1, 2, 1, 11, 1, 15, 1, 7, 1, 2, 67, 311, 9, 22, 10, 8, 24, 6, 1, 42,
        1, 9, 69, 6, 2, 1, 1, 44, 1, 2, 3, 1, 2, 23, 1, 72, 8, 9, 48, 19, 1, 2, 5, 33, 3, 27, 5, 1,
        64, 56, 4, 20, 2, 50, 1, 2, 5, 8, 1, 3, 1, 29, 2, 3, 4, 10, 7, 9, 7, 64, 32, 39, 4, 12, 9,
        54, 3, 29, 2, 27, 5, 26, 7, 4, 12, 7, 80, 73, 55, 51, 13, 51, 7, 46, 8, 10, 294, 31, 1, 42,
        1, 3, 2, 2, 78, 40, 8, 42, 22, 26, 38, 28, 20, 23, 9, 78, 4, 36, 9, 62, 1, 5, 13, 25, 7,
        10, 6, 53, 1, 18, 8, 39, 9, 96, 1, 20, 11, 18, 1, 44, 65, 7, 1, 1, 1, 4, 1, 15, 1, 11, 6,
        59, 5, 10, 6, 4, 1, 8, 2, 2, 2, 22, 1, 7, 1, 2, 1, 5, 1, 10, 2, 2, 2, 3, 2, 1, 6, 1, 5, 7,
        2, 7, 3, 5, 139, 92, 1, 5, 30, 72, 8, 10, 166, 54, 2, 38, 34, 69, 11, 10, 6, 13, 19, 58, 6,
        10, 54, 27, 2, 15, 4, 23, 185, 60, 100, 83, 12, 8, 2, 1, 2, 8, 1, 2, 1, 30, 1, 2, 2, 12, 9,
        10, 70, 8, 2, 46, 2, 11, 27, 72, 8, 83, 13, 73, 263, 9, 1, 45, 1, 14, 10, 29, 3, 32, 2, 22,
        1, 14, 73, 7, 1, 2, 1, 44, 3, 1, 1, 2, 1, 9, 8, 10, 6, 6, 1, 2, 1, 37, 1, 2, 1, 6, 7, 10,
        310, 25, 183, 1, 15, 50, 13, 923, 102, 111, 1, 5, 11, 196, 2636, 99, 13, 1071, 4049, 583,
        8633, 569, 7, 31, 1, 10, 4, 81, 1, 10, 6, 30, 2, 6, 10, 70, 10, 10, 1, 7, 1, 21, 5, 19,
        688, 91, 101, 75, 4, 57, 7, 17, 64, 5, 11, 2, 14, 6136, 8, 1238, 42, 9, 8935, 4, 1, 7, 1,
        2, 1, 291, 45, 3, 17, 4, 8, 396, 2308, 107, 5, 13, 3, 9, 7, 10, 2, 4, 4704, 46, 2, 23, 9,
        116, 60, 246, 10, 39, 2, 74, 8, 112, 21, 70, 154, 20, 12, 87, 9, 25, 135, 85, 1, 71, 1, 2,
        2, 1, 2, 2, 2, 4, 1, 12, 1, 1, 1, 7, 1, 65, 1, 4, 2, 8, 1, 7, 1, 28, 1, 4, 1, 5, 1, 1, 3,
        7, 1, 340, 2, 292, 2, 702, 15, 5, 1, 15, 1104, 31, 225, 7, 1, 17, 2, 7, 1, 2, 1, 5, 213,
        45, 3, 14, 2, 10, 4, 2, 320, 31, 17, 58, 5, 1, 1248, 7, 1, 4, 1, 2, 1, 15, 1, 197, 2, 16,
        41, 76, 4, 10, 4, 2, 785, 68, 76, 61, 194, 4, 1, 27, 1, 2, 1, 1, 2, 1, 1, 10, 1, 4, 1, 1,
        1, 1, 6, 1, 4, 1, 1, 1, 1, 1, 1, 3, 1, 2, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1,
        2, 4, 1, 7, 1, 4, 1, 4, 1, 1, 1, 10, 1, 17, 5, 3, 1, 5, 1, 17, 52, 2, 270, 44, 4, 100, 12,
        15, 2, 15, 1, 15, 1, 37, 10, 174, 56, 29, 13, 44, 4, 9, 7, 2, 14, 6, 154, 984, 5, 16, 3,
        13, 3, 116, 12, 89, 7, 12, 4, 1, 15, 12, 4, 56, 8, 10, 6, 40, 8, 30, 2, 2, 78, 340, 12, 14,
        2, 5, 3, 5, 3, 7, 9, 29, 3, 11, 5, 6, 10, 10, 6, 8, 8, 7, 9, 147, 1, 55, 37, 10, 1030,
        42720, 32, 4153, 7, 222, 2, 5762, 14, 7473, 3103, 542, 1506, 4939, 716213, 240, 196112,
    ];

    /// `str.isalpha()`: categories Lu, Ll, Lt, Lm, Lo.
    const ALPHA: &[u32] = &[
        65, 26, 6, 26, 47, 1, 10, 1, 4, 1, 5, 23, 1, 31, 1, 458, 4, 12, 14, 5, 7, 1, 1, 1, 129, 5,
        1, 2, 2, 4, 1, 1, 6, 1, 1, 3, 1, 1, 1, 20, 1, 83, 1, 139, 8, 166, 1, 38, 2, 1, 6, 41, 71,
        27, 4, 4, 45, 43, 35, 2, 1, 99, 1, 1, 15, 2, 7, 2, 10, 3, 2, 1, 16, 1, 1, 30, 29, 89, 11,
        1, 24, 33, 9, 2, 4, 1, 5, 22, 4, 1, 9, 1, 3, 1, 23, 25, 7, 11, 5, 24, 1, 6, 17, 42, 58, 54,
        3, 1, 18, 1, 7, 10, 15, 16, 4, 8, 2, 2, 2, 22, 1, 7, 1, 1, 3, 4, 3, 1, 16, 1, 13, 2, 1, 3,
        14, 2, 10, 1, 8, 6, 4, 2, 2, 22, 1, 7, 1, 2, 1, 2, 1, 2, 31, 4, 1, 1, 19, 3, 16, 9, 1, 3,
        1, 22, 1, 7, 1, 2, 1, 5, 3, 1, 18, 1, 15, 2, 23, 1, 11, 8, 2, 2, 2, 22, 1, 7, 1, 2, 1, 5,
        3, 1, 30, 2, 1, 3, 15, 1, 17, 1, 1, 6, 3, 3, 1, 4, 3, 2, 1, 1, 1, 2, 3, 2, 3, 3, 3, 12, 22,
        1, 52, 8, 1, 3, 1, 23, 1, 16, 3, 1, 26, 3, 2, 1, 2, 2, 30, 1, 4, 8, 1, 3, 1, 23, 1, 10, 1,
        5, 3, 1, 31, 2, 1, 2, 15, 2, 17, 9, 1, 3, 1, 41, 2, 1, 16, 1, 5, 3, 8, 3, 24, 6, 5, 18, 3,
        24, 1, 9, 1, 1, 2, 7, 58, 48, 1, 2, 12, 7, 58, 2, 1, 1, 1, 5, 1, 24, 1, 1, 1, 10, 1, 2, 9,
        1, 2, 5, 1, 1, 21, 4, 32, 1, 63, 8, 1, 36, 27, 5, 115, 43, 20, 1, 16, 6, 4, 4, 3, 1, 3, 2,
        7, 3, 4, 13, 12, 1, 17, 38, 1, 1, 5, 1, 2, 43, 1, 333, 1, 4, 2, 7, 1, 1, 1, 4, 2, 41, 1, 4,
        2, 33, 1, 4, 2, 7, 1, 1, 1, 4, 2, 15, 1, 57, 1, 4, 2, 67, 37, 16, 16, 86, 2, 6, 3, 620, 2,
        17, 1, 26, 5, 75, 6, 8, 7, 18, 13, 19, 14, 18, 14, 13, 1, 3, 15, 52, 35, 1, 4, 1, 67, 89,
        7, 5, 2, 34, 1, 1, 5, 70, 10, 31, 49, 30, 2, 5, 11, 44, 4, 26, 54, 23, 9, 53, 82, 1, 93,
        47, 17, 8, 54, 30, 13, 2, 10, 44, 26, 36, 41, 3, 10, 36, 2, 9, 7, 43, 2, 3, 41, 4, 1, 6, 1,
        2, 3, 1, 5, 192, 64, 278, 2, 6, 2, 38, 2, 6, 2, 8, 1, 1, 1, 1, 1, 1, 1, 31, 2, 53, 1, 7, 1,
        1, 3, 3, 1, 7, 3, 4, 2, 6, 4, 13, 5, 3, 1, 7, 116, 1, 13, 1, 16, 13, 101, 1, 4, 1, 2, 10,
        1, 1, 3, 5, 6, 1, 1, 1, 1, 1, 1, 4, 1, 11, 2, 4, 5, 5, 4, 1, 52, 2, 2683, 229, 6, 4, 3, 2,
        12, 38, 1, 1, 5, 1, 2, 56, 7, 1, 16, 23, 9, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7, 1, 7,
        80, 1, 469, 2, 42, 5, 5, 2, 4, 86, 6, 3, 1, 90, 1, 4, 5, 43, 1, 94, 17, 32, 48, 16, 512,
        6592, 64, 22157, 67, 46, 2, 269, 3, 16, 10, 2, 20, 47, 16, 31, 2, 70, 49, 9, 2, 103, 2, 64,
        5, 2, 1, 1, 1, 5, 24, 16, 1, 3, 1, 4, 1, 23, 29, 52, 14, 50, 62, 6, 3, 1, 1, 2, 11, 28, 10,
        23, 25, 29, 7, 47, 28, 1, 16, 5, 1, 10, 10, 5, 1, 41, 23, 3, 1, 8, 20, 23, 3, 1, 3, 50, 1,
        1, 3, 2, 2, 5, 2, 1, 1, 1, 24, 3, 2, 11, 7, 3, 12, 6, 2, 6, 2, 6, 9, 7, 1, 7, 1, 43, 1, 14,
        6, 115, 29, 11172, 12, 23, 4, 49, 8452, 366, 2, 106, 38, 7, 12, 5, 5, 1, 1, 10, 1, 13, 1,
        5, 1, 1, 1, 2, 1, 2, 1, 108, 33, 363, 18, 64, 2, 54, 40, 12, 116, 5, 1, 135, 36, 26, 6, 26,
        11, 89, 3, 6, 2, 6, 2, 6, 2, 3, 35, 12, 1, 26, 1, 19, 1, 2, 1, 15, 2, 14, 34, 123, 389, 29,
        3, 49, 47, 32, 13, 20, 1, 8, 6, 38, 10, 30, 2, 36, 4, 8, 48, 158, 18, 36, 4, 36, 4, 40, 8,
        52, 12, 11, 1, 15, 1, 7, 1, 2, 1, 11, 1, 15, 1, 7, 1, 2, 67, 311, 9, 22, 10, 8, 24, 6, 1,
        42, 1, 9, 69, 6, 2, 1, 1, 44, 1, 2, 3, 1, 2, 23, 10, 23, 9, 31, 65, 19, 1, 2, 10, 22, 10,
        26, 70, 56, 6, 2, 64, 1, 15, 4, 1, 3, 1, 29, 42, 29, 3, 29, 35, 8, 1, 28, 27, 54, 10, 22,
        10, 19, 13, 18, 110, 73, 55, 51, 13, 51, 13, 36, 348, 42, 6, 2, 78, 29, 10, 1, 8, 22, 42,
        18, 46, 21, 27, 23, 12, 53, 57, 2, 2, 1, 13, 45, 32, 25, 26, 36, 29, 1, 2, 1, 8, 35, 3, 1,
        12, 48, 14, 4, 21, 1, 1, 1, 35, 18, 1, 25, 84, 7, 1, 1, 1, 4, 1, 15, 1, 10, 7, 47, 38, 8,
        2, 2, 2, 22, 1, 7, 1, 2, 1, 5, 3, 1, 18, 1, 12, 5, 158, 53, 18, 4, 20, 3, 30, 48, 20, 2, 1,
        1, 184, 47, 41, 4, 36, 48, 20, 1, 59, 43, 13, 1, 71, 27, 37, 7, 185, 44, 116, 64, 31, 8, 2,
        1, 2, 8, 1, 2, 1, 24, 15, 1, 1, 1, 94, 8, 2, 39, 16, 1, 1, 1, 28, 1, 10, 40, 7, 1, 21, 1,
        11, 46, 19, 1, 18, 73, 263, 9, 1, 37, 17, 1, 49, 30, 112, 7, 1, 2, 1, 38, 21, 1, 25, 6, 1,
        2, 1, 32, 14, 1, 327, 19, 189, 1, 79, 922, 230, 196, 2636, 97, 15, 1071, 4049, 583, 8633,
        569, 7, 31, 17, 79, 17, 30, 18, 48, 16, 4, 31, 21, 5, 19, 688, 64, 128, 75, 5, 1, 66, 13,
        64, 2, 1, 1, 28, 6136, 8, 1238, 42, 9, 8935, 4, 1, 7, 1, 2, 1, 291, 45, 3, 17, 4, 8, 396,
        2308, 107, 5, 13, 3, 9, 7, 10, 5990, 85, 1, 71, 1, 2, 2, 1, 2, 2, 2, 4, 1, 12, 1, 1, 1, 7,
        1, 65, 1, 4, 2, 8, 1, 7, 1, 28, 1, 4, 1, 5, 1, 1, 3, 7, 1, 340, 2, 25, 1, 25, 1, 31, 1, 25,
        1, 31, 1, 25, 1, 31, 1, 25, 1, 31, 1, 25, 1, 8, 1844, 31, 481, 45, 10, 7, 16, 1, 321, 30,
        18, 44, 1268, 7, 1, 4, 1, 2, 1, 15, 1, 197, 59, 68, 7, 1, 1204, 4, 1, 27, 1, 2, 1, 1, 2, 1,
        1, 10, 1, 4, 1, 1, 1, 1, 6, 1, 4, 1, 1, 1, 1, 1, 1, 3, 1, 2, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 2, 1, 1, 2, 4, 1, 7, 1, 4, 1, 4, 1, 1, 1, 10, 1, 17, 5, 3, 1, 5, 1, 17, 4420,
        42720, 32, 4153, 7, 222, 2, 5762, 14, 7473, 3103, 542, 1506, 4939,
    ];

    /// `str.isdecimal()`: category Nd, in runs of ten whose first digit is 0.
    const DECIMAL: &[u32] = &[
        48, 10, 1574, 10, 134, 10, 198, 10, 412, 10, 118, 10, 118, 10, 118, 10, 118, 10, 118, 10,
        118, 10, 118, 10, 118, 10, 118, 10, 96, 10, 118, 10, 70, 10, 278, 10, 70, 10, 1862, 10, 38,
        10, 300, 10, 128, 10, 166, 10, 6, 10, 182, 10, 86, 10, 134, 10, 6, 10, 35270, 10, 678, 10,
        38, 10, 198, 10, 22, 10, 86, 10, 406, 10, 21270, 10, 1414, 10, 2182, 10, 812, 10, 128, 10,
        60, 10, 144, 10, 278, 10, 342, 10, 118, 10, 374, 10, 102, 10, 102, 10, 422, 10, 102, 10,
        758, 10, 246, 10, 70, 10, 19638, 10, 86, 10, 134, 10, 27764, 50, 2368, 10, 422, 10, 1622,
        10, 4758, 10,
    ];

    /// `str.isdigit()`: Numeric_Type Decimal or Digit.
    const DIGIT: &[u32] = &[
        48, 10, 120, 2, 5, 1, 1446, 10, 134, 10, 198, 10, 412, 10, 118, 10, 118, 10, 118, 10, 118,
        10, 118, 10, 118, 10, 118, 10, 118, 10, 118, 10, 96, 10, 118, 10, 70, 10, 278, 10, 70, 10,
        719, 9, 1134, 10, 38, 10, 300, 10, 128, 11, 165, 10, 6, 10, 182, 10, 86, 10, 134, 10, 6,
        10, 1046, 1, 3, 6, 6, 10, 982, 9, 11, 9, 11, 9, 89, 1, 10, 9, 1, 1, 630, 9, 1, 9, 1, 9,
        32397, 10, 678, 10, 38, 10, 198, 10, 22, 10, 86, 10, 406, 10, 21270, 10, 1414, 10, 1430, 4,
        748, 10, 294, 9, 489, 9, 11, 10, 128, 10, 60, 10, 144, 10, 278, 10, 342, 10, 118, 10, 374,
        10, 102, 10, 102, 10, 422, 10, 102, 10, 758, 10, 246, 10, 70, 10, 19638, 10, 86, 10, 134,
        10, 27764, 50, 2368, 10, 422, 10, 1622, 10, 1958, 11, 2789, 10,
    ];

    /// `str.isnumeric()`: Numeric_Type Decimal, Digit or Numeric.
    const NUMERIC: &[u32] = &[
        48, 10, 120, 2, 5, 1, 2, 3, 1441, 10, 134, 10, 198, 10, 412, 10, 118, 10, 4, 6, 108, 10,
        118, 10, 118, 10, 2, 6, 110, 13, 115, 10, 8, 7, 103, 10, 104, 7, 7, 19, 109, 10, 96, 10,
        118, 10, 70, 20, 268, 10, 70, 10, 719, 20, 881, 3, 239, 10, 6, 10, 22, 10, 300, 10, 128,
        11, 165, 10, 6, 10, 182, 10, 86, 10, 134, 10, 6, 10, 1046, 1, 3, 6, 6, 10, 198, 51, 2, 5,
        726, 60, 78, 22, 630, 30, 1385, 1, 777, 1, 25, 9, 14, 3, 343, 4, 138, 10, 30, 8, 1, 15, 32,
        10, 39, 15, 325, 1, 125, 1, 934, 1, 802, 1, 4786, 1, 2, 1, 3, 1, 1, 1, 83, 1, 46, 1, 7, 1,
        1, 1, 40, 2, 30, 1, 8, 1, 36, 1, 98, 1, 403, 1, 65, 1, 34, 1, 1, 1, 1, 1, 467, 1, 1, 3, 6,
        1, 116, 4, 790, 1, 533, 1, 7, 1, 1408, 1, 131, 2, 12, 3, 1, 1, 1005, 1, 77, 1, 1157, 1,
        1843, 1, 1167, 1, 743, 1, 2567, 1, 933, 1, 2177, 1, 4, 1, 124, 1, 2288, 1, 36, 1, 5, 1, 43,
        1, 125, 1, 3881, 10, 188, 10, 320, 6, 154, 10, 38, 10, 198, 10, 22, 10, 86, 10, 406, 10,
        19825, 1, 7, 1, 4, 1, 57, 1, 30, 1, 1, 1, 41, 1, 1298, 10, 493, 45, 12, 57, 17, 2, 341, 27,
        36, 4, 29, 1, 8, 1, 134, 5, 202, 10, 942, 8, 25, 7, 39, 9, 75, 5, 22, 6, 160, 2, 2, 16, 2,
        46, 64, 9, 52, 2, 30, 3, 75, 5, 104, 8, 24, 8, 41, 7, 330, 6, 48, 10, 294, 31, 158, 10, 42,
        4, 112, 7, 134, 30, 128, 10, 60, 10, 144, 10, 7, 20, 251, 10, 342, 10, 118, 10, 374, 10,
        102, 10, 102, 12, 420, 19, 93, 10, 758, 29, 227, 10, 70, 10, 534, 21, 1067, 111, 17905, 10,
        86, 10, 134, 10, 1, 7, 798, 23, 25673, 20, 108, 25, 1109, 50, 2368, 10, 422, 10, 1485, 9,
        128, 10, 791, 59, 1, 3, 1, 4, 76, 45, 1, 15, 962, 13, 2787, 10, 1031, 1, 98, 1, 125, 1, 62,
        1, 2056, 1, 88, 1, 8, 1, 15, 1, 333, 1, 18, 1, 27, 1, 6262, 1, 1543, 1, 4482, 1, 10065, 1,
        38434, 1,
    ];

    /// `str.isspace()`: bidirectional class WS, B or S, or category Zs.
    const SPACE: &[u32] = &[
        9, 5, 14, 5, 100, 1, 26, 1, 5599, 1, 2431, 11, 29, 2, 5, 1, 47, 1, 4000, 1,
    ];

    /// Lowercase characters (`c.islower()` of one character).
    const LOWER: &[u32] = &[
        97, 26, 47, 1, 10, 1, 4, 1, 36, 24, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 3, 2, 1, 1, 1, 2, 1, 3, 2, 4, 1, 2, 1,
        3, 3, 2, 1, 2, 1, 1, 1, 1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 3, 1, 1, 1, 2, 2, 2, 3, 6, 1, 2, 1,
        2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 7, 2, 1, 2, 2, 1, 1, 4, 1, 1, 1, 1, 1, 1, 1, 1, 69, 1, 36, 7, 2,
        30, 5, 96, 1, 43, 1, 1, 1, 3, 1, 2, 4, 18, 1, 27, 35, 1, 2, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 1, 1, 2, 1, 2, 2, 51, 48, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 48, 41, 2887, 43, 2, 3, 760, 6, 2178, 9, 119, 192, 65,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 9, 8, 6, 10, 8, 8, 8, 8, 6, 10, 8, 8, 8, 8, 14, 2, 8, 8, 8, 8, 8, 8, 5,
        1, 2, 6, 1, 3, 3, 1, 2, 8, 4, 2, 2, 8, 8, 10, 3, 1, 2, 121, 1, 13, 1, 16, 13, 109, 1, 3, 2,
        3, 1, 27, 1, 4, 1, 4, 1, 2, 2, 8, 4, 4, 1, 33, 16, 4, 1, 843, 26, 1862, 48, 1, 1, 3, 2, 1,
        1, 1, 1, 1, 1, 4, 1, 1, 2, 1, 8, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 7, 1, 1, 1, 4, 1, 12, 38, 1,
        1, 5, 1, 30995, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 19, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 133, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 10, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1, 1, 1, 2, 1, 1, 3, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 1, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 4, 1, 1, 1, 6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 28, 1, 1, 3, 821, 43, 1, 13, 7, 80,
        20288, 7, 12, 5, 1065, 26, 1229, 40, 136, 36, 155, 11, 1, 15, 1, 7, 1, 2, 451, 1, 2, 3, 1,
        42, 1, 9, 1285, 51, 3021, 32, 21888, 32, 26010, 26, 26, 7, 1, 18, 26, 26, 26, 4, 1, 1, 1,
        7, 1, 11, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 28, 28, 25,
        1, 6, 26, 25, 1, 6, 26, 25, 1, 6, 26, 25, 1, 6, 26, 25, 1, 6, 1, 1, 1844, 10, 1, 20, 2563,
        34,
    ];

    /// Uppercase characters (`c.isupper()` of one character).
    const UPPER: &[u32] = &[
        65, 26, 101, 23, 1, 7, 33, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 3, 2, 1, 1, 1, 2, 1, 3, 2, 4, 1, 2, 1, 3, 3, 2, 1, 2,
        1, 1, 1, 1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 3, 1, 1, 1, 2, 3, 1, 7, 1, 2, 1, 2, 1, 2, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        2, 1, 2, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 7, 2, 1, 2, 2, 1, 1, 4, 1, 1, 1, 1, 1, 1, 1, 1, 289, 1, 1, 1, 3, 1, 8, 1, 6, 1,
        1, 3, 1, 1, 1, 2, 1, 17, 1, 9, 35, 1, 2, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 5, 1, 2, 1, 1, 2, 2, 51, 48, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 2, 38, 2889, 38, 1, 1, 5, 1, 722, 86, 2202, 43, 2, 3, 320, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        9, 8, 8, 6, 10, 8, 8, 8, 8, 6, 11, 1, 1, 1, 1, 1, 1, 1, 8, 8, 72, 4, 12, 4, 12, 4, 12, 5,
        11, 4, 262, 1, 4, 1, 3, 3, 2, 3, 2, 1, 3, 5, 6, 1, 1, 1, 1, 1, 1, 4, 2, 4, 10, 2, 5, 1, 26,
        16, 19, 1, 818, 26, 1840, 48, 48, 1, 1, 3, 2, 1, 1, 1, 1, 1, 1, 4, 1, 1, 2, 1, 8, 3, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 4, 1, 31053, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 19,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 135, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 10, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1, 1,
        1, 2, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 1, 5, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1, 1, 6, 1, 5, 1, 1, 1, 28, 1, 22315, 26,
        1221, 40, 136, 36, 156, 11, 1, 15, 1, 7, 1, 2, 1770, 51, 3053, 32, 21888, 32, 26016, 26,
        26, 26, 26, 26, 26, 1, 1, 2, 2, 1, 2, 2, 2, 4, 1, 8, 26, 26, 26, 2, 1, 4, 2, 8, 1, 7, 27,
        2, 1, 4, 1, 5, 1, 1, 3, 7, 27, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 30, 25, 33, 25,
        33, 25, 33, 25, 33, 25, 33, 1, 4405, 34, 2062, 26, 6, 26, 6, 26,
    ];

    /// Characters `str.upper()` changes (the others have no mapping in Unicode 14).
    const UPPER_CHANGES: &[u32] = &[
        97, 26, 58, 1, 41, 24, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 3, 2, 1, 1, 1, 2, 1, 3, 1, 5, 1, 2, 1, 3, 2, 3, 1, 2,
        1, 1, 1, 1, 1, 2, 1, 4, 1, 2, 1, 3, 1, 1, 1, 2, 1, 3, 1, 1, 1, 5, 2, 1, 2, 1, 2, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        2, 1, 2, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 8, 1, 2, 2, 1, 1, 4, 1, 1, 1, 1, 1, 1, 1, 1, 6, 1, 2, 1, 1, 1, 2, 3, 2, 1, 1, 1,
        2, 1, 5, 2, 1, 1, 2, 2, 1, 7, 1, 2, 1, 1, 2, 3, 6, 5, 1, 10, 2, 166, 1, 43, 1, 1, 1, 3, 1,
        3, 3, 18, 1, 27, 35, 1, 2, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 5, 1, 1, 2, 1, 2, 1, 52, 48, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 49, 39, 2888, 43, 2, 3, 760, 6, 2178, 9, 240, 1, 3, 1, 16, 1, 114, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 7, 5, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 8, 6,
        10, 8, 8, 8, 8, 6, 10, 8, 8, 8, 8, 14, 2, 53, 1, 2, 4, 1, 1, 1, 3, 3, 1, 2, 4, 1, 3, 4, 2,
        2, 8, 8, 10, 3, 1, 2, 4, 1, 337, 1, 33, 16, 4, 1, 843, 26, 1862, 48, 1, 1, 3, 2, 1, 1, 1,
        1, 1, 1, 6, 1, 2, 1, 10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 4, 1, 12, 38, 1, 1, 5, 1,
        30995, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 19, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 135, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 10, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1, 4, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 11, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1, 1,
        1, 6, 1, 5, 1, 1, 1, 28, 1, 860, 1, 28, 80, 20288, 7, 12, 5, 1065, 26, 1229, 40, 136, 36,
        155, 11, 1, 15, 1, 7, 1, 2, 1795, 51, 3021, 32, 21888, 32, 31394, 34,
    ];

    /// Characters `str.lower()` changes.
    const LOWER_CHANGES: &[u32] = &[
        65, 26, 101, 23, 1, 7, 33, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 3, 2, 1, 1, 1, 2, 1, 3, 2, 4, 1, 2, 1, 3, 3, 2, 1, 2,
        1, 1, 1, 1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 3, 1, 1, 1, 2, 3, 1, 7, 2, 1, 2, 1, 2, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        2, 2, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 7, 2, 1, 2, 2, 1, 1, 4, 1, 1, 1, 1, 1, 1, 1, 1, 289, 1, 1, 1, 3, 1, 8, 1, 6, 1,
        1, 3, 1, 1, 1, 2, 1, 17, 1, 9, 35, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 5, 1, 2, 1, 1, 2, 2, 51, 48, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 2, 38, 2889, 38, 1, 1, 5, 1, 722, 86, 2202, 43, 2, 3, 320, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 8,
        8, 6, 10, 8, 8, 8, 8, 6, 11, 1, 1, 1, 1, 1, 1, 1, 8, 8, 24, 8, 8, 8, 8, 8, 8, 5, 11, 5, 11,
        4, 12, 5, 11, 5, 297, 1, 3, 2, 6, 1, 45, 16, 19, 1, 818, 26, 1840, 48, 48, 1, 1, 3, 2, 1,
        1, 1, 1, 1, 1, 4, 1, 1, 2, 1, 8, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 4, 1, 31053, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 19, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 135, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 10, 1, 1,
        1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1, 1, 1, 2, 1, 1, 1, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 1, 5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 1,
        1, 6, 1, 5, 1, 1, 1, 28, 1, 22315, 26, 1221, 40, 136, 36, 156, 11, 1, 15, 1, 7, 1, 2, 1770,
        51, 3053, 32, 21888, 32, 31392, 34,
    ];

    /// Titlecase letters, category Lt.
    const TITLE: &[u32] = &[
        453, 1, 2, 1, 2, 1, 38, 1, 7573, 8, 8, 8, 8, 8, 12, 1, 15, 1, 47, 1,
    ];

    /// Case_Ignorable characters, which the final sigma rule skips.
    const CASE_IGNORABLE: &[u32] = &[
        39, 1, 6, 1, 11, 1, 35, 1, 1, 1, 71, 1, 4, 1, 1, 1, 4, 1, 2, 2, 503, 192, 4, 2, 4, 1, 9, 2,
        1, 1, 251, 7, 207, 1, 5, 1, 49, 45, 1, 1, 1, 2, 1, 2, 1, 1, 44, 1, 11, 6, 10, 11, 1, 1, 35,
        1, 10, 21, 16, 1, 101, 8, 1, 10, 1, 4, 33, 1, 1, 1, 30, 27, 91, 11, 58, 11, 4, 1, 2, 1, 24,
        24, 43, 3, 44, 1, 7, 2, 6, 8, 41, 58, 55, 1, 1, 1, 4, 8, 4, 1, 3, 7, 10, 2, 13, 1, 15, 1,
        58, 1, 4, 4, 8, 1, 20, 2, 26, 1, 2, 2, 57, 1, 4, 2, 4, 2, 2, 3, 3, 1, 30, 2, 3, 1, 11, 2,
        57, 1, 4, 5, 1, 2, 4, 1, 20, 2, 22, 6, 1, 1, 58, 1, 2, 1, 1, 4, 8, 1, 7, 2, 11, 2, 30, 1,
        61, 1, 12, 1, 50, 1, 3, 1, 55, 1, 1, 3, 5, 3, 1, 4, 7, 2, 11, 2, 29, 1, 58, 1, 2, 1, 6, 1,
        5, 2, 20, 2, 28, 2, 57, 2, 4, 4, 8, 1, 20, 2, 29, 1, 72, 1, 7, 3, 1, 1, 90, 1, 2, 7, 11, 9,
        98, 1, 2, 9, 9, 1, 1, 6, 74, 2, 27, 1, 1, 1, 1, 1, 55, 14, 1, 5, 1, 2, 5, 11, 1, 36, 9, 1,
        102, 4, 1, 6, 1, 2, 2, 2, 25, 2, 4, 3, 16, 4, 13, 1, 2, 2, 6, 1, 15, 1, 94, 1, 608, 3, 946,
        3, 29, 2, 30, 2, 30, 2, 64, 2, 1, 7, 8, 1, 2, 11, 3, 1, 5, 1, 45, 5, 51, 1, 65, 2, 34, 1,
        118, 3, 4, 2, 9, 1, 6, 3, 219, 2, 2, 1, 58, 1, 1, 7, 1, 1, 1, 1, 2, 8, 6, 10, 2, 1, 39, 1,
        8, 31, 49, 4, 48, 1, 1, 5, 1, 1, 5, 1, 40, 9, 12, 2, 32, 4, 2, 2, 1, 3, 56, 1, 1, 2, 3, 1,
        1, 3, 58, 8, 2, 2, 64, 6, 82, 3, 1, 13, 1, 7, 4, 1, 6, 1, 3, 2, 50, 63, 13, 1, 34, 101,
        445, 1, 1, 3, 11, 3, 13, 3, 13, 3, 13, 2, 12, 5, 8, 2, 10, 1, 2, 1, 2, 5, 49, 5, 1, 10, 1,
        1, 13, 1, 16, 13, 51, 33, 2955, 2, 113, 3, 125, 1, 15, 1, 96, 32, 47, 1, 469, 1, 36, 4, 3,
        5, 5, 1, 93, 6, 93, 3, 28438, 1, 1250, 6, 270, 1, 98, 4, 1, 10, 1, 1, 28, 4, 80, 2, 14, 34,
        78, 1, 23, 3, 103, 3, 3, 2, 8, 1, 3, 1, 4, 1, 25, 2, 5, 1, 151, 2, 26, 18, 13, 1, 38, 8,
        25, 11, 46, 3, 48, 1, 2, 4, 2, 2, 17, 1, 21, 2, 66, 6, 2, 2, 2, 2, 12, 1, 8, 1, 35, 1, 11,
        1, 51, 1, 1, 3, 2, 2, 5, 2, 1, 1, 27, 1, 14, 2, 5, 2, 1, 1, 100, 5, 9, 3, 121, 1, 2, 1, 4,
        1, 20272, 1, 147, 17, 573, 16, 3, 1, 12, 16, 34, 1, 2, 1, 169, 1, 7, 1, 6, 1, 11, 1, 35, 1,
        1, 1, 47, 1, 45, 2, 67, 1, 21, 3, 513, 1, 226, 1, 149, 5, 1029, 6, 1, 42, 1, 9, 582, 3, 1,
        2, 5, 4, 40, 3, 4, 1, 165, 2, 573, 4, 387, 2, 153, 11, 49, 4, 123, 1, 54, 15, 41, 1, 2, 2,
        10, 3, 49, 4, 2, 2, 2, 1, 4, 1, 10, 1, 50, 3, 36, 5, 1, 8, 62, 1, 12, 2, 52, 9, 10, 4, 2,
        1, 95, 3, 2, 1, 1, 2, 6, 1, 160, 1, 3, 8, 21, 2, 57, 2, 3, 1, 37, 7, 3, 5, 195, 8, 2, 3, 1,
        1, 23, 1, 84, 6, 1, 1, 4, 2, 1, 2, 238, 4, 6, 2, 1, 2, 27, 2, 85, 8, 2, 1, 1, 2, 106, 1, 1,
        1, 2, 6, 1, 1, 101, 3, 2, 4, 1, 5, 259, 9, 1, 2, 256, 2, 1, 1, 4, 1, 144, 4, 2, 2, 4, 1,
        32, 10, 40, 6, 2, 4, 8, 1, 9, 6, 2, 3, 46, 13, 1, 2, 406, 7, 1, 6, 1, 1, 82, 22, 2, 7, 1,
        2, 1, 2, 122, 6, 3, 1, 1, 2, 1, 7, 1, 1, 72, 2, 3, 1, 1, 1, 347, 2, 5435, 9, 14007, 5, 59,
        7, 9, 4, 1035, 1, 63, 17, 64, 2, 1, 2, 16395, 4, 1, 7, 1, 2, 3230, 2, 1, 4, 4700, 46, 2,
        23, 544, 3, 9, 16, 2, 7, 30, 4, 148, 3, 1979, 55, 4, 50, 8, 1, 14, 1, 22, 5, 1, 15, 1360,
        7, 1, 17, 2, 7, 1, 2, 1, 5, 261, 14, 368, 1, 61, 4, 1504, 7, 109, 8, 2735, 5, 789505, 1,
        30, 96, 128, 240,
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
