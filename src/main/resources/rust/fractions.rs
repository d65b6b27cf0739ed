/// Python's `fractions.Fraction` as CPython 3.11 computes it (Lib/fractions.py): a numerator
/// and a positive denominator of any size (`int::Int`) without a common factor, so two equal
/// fractions have the same parts and Rust's `==` and hash on the parts are Python's equality.
/// Every result is the one Lib/fractions.py gives, its errors in its words: the constructor's
/// `ZeroDivisionError: Fraction(n, 0)` (with the numerator CPython has at that point), the
/// string syntax of its `_RATIONAL_FORMAT`, exact conversion of floats, and comparisons with
/// floats that are exact (NaN and infinities compared as 0.0 is).
#[allow(dead_code)]
mod fractions {
    #[derive(Clone, PartialEq, Eq, Hash, Debug)]
    pub struct Fraction {
        num: super::int::Int,
        den: super::int::Int,
    }

    /// A result that cannot be an error (a division by a denominator, never zero).
    fn sure<T>(r: super::py::PyResult<T>) -> T {
        match r {
            Ok(v) => v,
            Err(e) => super::py::die(&e),
        }
    }

    fn int(v: i64) -> super::int::Int {
        super::int::Int::from(v)
    }

    /// `math.gcd(a, b)` of two ints: never negative.
    fn gcd(a: &super::int::Int, b: &super::int::Int) -> super::int::Int {
        let mut a = a.abs();
        let mut b = b.abs();
        while !b.is_zero() {
            let r = sure(a.modulo(&b));
            a = b;
            b = r;
        }
        a
    }

    fn zero_denominator<T>(num: &super::int::Int) -> super::py::PyResult<T> {
        let shown = num.to_str()?;
        super::py::raise("ZeroDivisionError", format!("Fraction({}, 0)", shown))
    }

    /// An int as the ordering of a comparison's two sides.
    fn order(a: &super::int::Int, b: &super::int::Int) -> std::cmp::Ordering {
        a.cmp(b)
    }

    impl Fraction {
        /// `Fraction(numerator, denominator)` of two ints: normalised, the sign on the numerator.
        pub fn new(num: super::int::Int, den: super::int::Int) -> super::py::PyResult<Fraction> {
            if den.is_zero() {
                return zero_denominator(&num);
            }
            let mut g = gcd(&num, &den);
            if den.is_negative() {
                g = g.neg();
            }
            Ok(Fraction {
                num: num.floordiv(&g)?,
                den: den.floordiv(&g)?,
            })
        }

        /// `Fraction(n)` of an int.
        pub fn from_int(num: super::int::Int) -> Fraction {
            Fraction { num, den: int(1) }
        }

        /// `Fraction(a, b)` where either is a Fraction: `a / b` of the two rationals, made as
        /// CPython makes it (numerator a.n * b.d, denominator b.n * a.d), so a zero `b` shows
        /// that numerator in its ZeroDivisionError.
        pub fn of_pair(a: &Fraction, b: &Fraction) -> super::py::PyResult<Fraction> {
            Fraction::new(a.num.mul(&b.den), b.num.mul(&a.den))
        }

        /// `Fraction(x)` of a float: its exact value (`float.as_integer_ratio`).
        pub fn from_f64(x: f64) -> super::py::PyResult<Fraction> {
            if x.is_nan() {
                return super::py::raise("ValueError", "cannot convert NaN to integer ratio");
            }
            if x.is_infinite() {
                return super::py::raise(
                    "OverflowError",
                    "cannot convert Infinity to integer ratio",
                );
            }
            if x == x.trunc() {
                return Ok(Fraction::from_int(super::int::Int::from_f64(x)?));
            }
            let bits = x.to_bits();
            let exponent = ((bits >> 52) & 0x7ff) as i64;
            let mut mantissa = (bits & ((1 << 52) - 1)) as i64;
            let mut shift = if exponent == 0 {
                1074
            } else {
                mantissa |= 1 << 52;
                1075 - exponent
            };
            while mantissa % 2 == 0 && shift > 0 {
                mantissa /= 2;
                shift -= 1;
            }
            let num = if x < 0.0 { -mantissa } else { mantissa };
            Ok(Fraction {
                num: int(num),
                den: int(1).shl(&int(shift))?,
            })
        }

        /// `Fraction(s)` of a str, as `_RATIONAL_FORMAT` reads it: optional spaces and sign, then
        /// `n/d` or a decimal `n.f` with an optional exponent `e±x` (digits of any script,
        /// single underscores between digits), then optional spaces.
        pub fn from_str(s: &str) -> super::py::PyResult<Fraction> {
            let invalid = || {
                super::py::raise(
                    "ValueError",
                    format!("Invalid literal for Fraction: {}", super::py::repr_str(s)),
                )
            };
            let chars: Vec<char> = s.chars().collect();
            let space = |c: char| super::py::isspace(&c.to_string());
            let digit = |c: char| c.is_ascii_digit() || super::py::isdecimal(&c.to_string());
            // Digits with single underscores between them, from `at`; the end (exclusive).
            let digits = |at: usize| -> usize {
                let mut i = at;
                while i < chars.len() && digit(chars[i]) {
                    i += 1;
                    if i + 1 < chars.len() && chars[i] == '_' && digit(chars[i + 1]) {
                        i += 1;
                    }
                }
                i
            };
            let text = |from: usize, to: usize| -> String { chars[from..to].iter().collect() };
            let mut i = 0;
            while i < chars.len() && space(chars[i]) {
                i += 1;
            }
            let negative = i < chars.len() && chars[i] == '-';
            if i < chars.len() && (chars[i] == '-' || chars[i] == '+') {
                i += 1;
            }
            let starts = i < chars.len()
                && (digit(chars[i])
                    || (chars[i] == '.' && i + 1 < chars.len() && digit(chars[i + 1])));
            if !starts {
                return invalid();
            }
            let num_end = digits(i);
            let mut num = if num_end > i {
                super::int::Int::parse(&text(i, num_end), 10)?
            } else {
                int(0)
            };
            let mut den = int(1);
            let mut j = num_end;
            let mut decimal: Option<String> = None;
            let mut exp: Option<String> = None;
            if j < chars.len() && chars[j] == '/' {
                let end = digits(j + 1);
                if end == j + 1 {
                    return invalid();
                }
                den = super::int::Int::parse(&text(j + 1, end), 10)?;
                j = end;
            } else {
                if j < chars.len() && chars[j] == '.' {
                    // The pattern's `d*` alternative: letters d read as the fraction's digits.
                    let mut k = j + 1;
                    while k < chars.len() && (chars[k] == 'd' || chars[k] == 'D') {
                        k += 1;
                    }
                    if k == j + 1 {
                        k = digits(j + 1);
                    }
                    decimal = Some(text(j + 1, k));
                    j = k;
                }
                if j < chars.len() && (chars[j] == 'e' || chars[j] == 'E') {
                    let mut k = j + 1;
                    if k < chars.len() && (chars[k] == '-' || chars[k] == '+') {
                        k += 1;
                    }
                    let end = digits(k);
                    if end > k {
                        exp = Some(text(j + 1, end));
                        j = end;
                    }
                }
            }
            while j < chars.len() && space(chars[j]) {
                j += 1;
            }
            if j != chars.len() {
                return invalid();
            }
            if let Some(d) = decimal.filter(|d| !d.is_empty()) {
                let d = d.replace('_', "");
                let scale = int(10).pow(&int(d.chars().count() as i64))?;
                num = num.mul(&scale).add(&super::int::Int::parse(&d, 10)?);
                den = den.mul(&scale);
            }
            if let Some(e) = exp {
                let e = super::int::Int::parse(&e, 10)?;
                if e.is_negative() {
                    den = den.mul(&int(10).pow(&e.neg())?);
                } else {
                    num = num.mul(&int(10).pow(&e)?);
                }
            }
            if negative {
                num = num.neg();
            }
            Fraction::new(num, den)
        }

        pub fn numerator(&self) -> super::int::Int {
            self.num.clone()
        }

        pub fn denominator(&self) -> super::int::Int {
            self.den.clone()
        }

        pub fn add(&self, o: &Fraction) -> Fraction {
            let num = self.num.mul(&o.den).add(&o.num.mul(&self.den));
            sure(Fraction::new(num, self.den.mul(&o.den)))
        }

        pub fn sub(&self, o: &Fraction) -> Fraction {
            let num = self.num.mul(&o.den).sub(&o.num.mul(&self.den));
            sure(Fraction::new(num, self.den.mul(&o.den)))
        }

        pub fn mul(&self, o: &Fraction) -> Fraction {
            sure(Fraction::new(self.num.mul(&o.num), self.den.mul(&o.den)))
        }

        /// `a / b`: CPython's `_div` cancels the numerators' gcd first, so dividing by zero
        /// reports `Fraction(1, 0)` (`-1`, or `0` for a zero numerator).
        pub fn truediv(&self, o: &Fraction) -> super::py::PyResult<Fraction> {
            if o.num.is_zero() {
                let shown = if self.num.is_zero() {
                    0
                } else if self.num.is_negative() {
                    -1
                } else {
                    1
                };
                return zero_denominator(&int(shown));
            }
            Fraction::new(self.num.mul(&o.den), self.den.mul(&o.num))
        }

        /// `a // b`: an int.
        pub fn floordiv(&self, o: &Fraction) -> super::py::PyResult<super::int::Int> {
            self.num.mul(&o.den).floordiv(&self.den.mul(&o.num))
        }

        /// `a % b`: a Fraction with b's sign.
        pub fn modulo(&self, o: &Fraction) -> super::py::PyResult<Fraction> {
            let n = self.num.mul(&o.den).modulo(&o.num.mul(&self.den))?;
            Fraction::new(n, self.den.mul(&o.den))
        }

        /// `a ** n` of an int exponent: a Fraction; a zero base and a negative exponent is
        /// `ZeroDivisionError: Fraction(1, 0)` as CPython's unnormalised construction reports it.
        pub fn pow(&self, power: &super::int::Int) -> super::py::PyResult<Fraction> {
            if !power.is_negative() {
                return Ok(Fraction {
                    num: self.num.pow(power)?,
                    den: self.den.pow(power)?,
                });
            }
            let p = power.neg();
            let (num, den) = if !self.num.is_negative() {
                (self.den.pow(&p)?, self.num.pow(&p)?)
            } else {
                (self.den.neg().pow(&p)?, self.num.neg().pow(&p)?)
            };
            if den.is_zero() {
                return zero_denominator(&num);
            }
            Ok(Fraction { num, den })
        }

        pub fn neg(&self) -> Fraction {
            Fraction {
                num: self.num.neg(),
                den: self.den.clone(),
            }
        }

        pub fn abs(&self) -> Fraction {
            Fraction {
                num: self.num.abs(),
                den: self.den.clone(),
            }
        }

        pub fn is_zero(&self) -> bool {
            self.num.is_zero()
        }

        /// `float(a)`: the float nearest the quotient (int true division).
        pub fn to_f64(&self) -> super::py::PyResult<f64> {
            self.num.truediv(&self.den)
        }

        /// `math.floor(a)`.
        pub fn floor(&self) -> super::int::Int {
            sure(self.num.floordiv(&self.den))
        }

        /// `math.ceil(a)`.
        pub fn ceil(&self) -> super::int::Int {
            sure(self.num.neg().floordiv(&self.den)).neg()
        }

        /// `int(a)`, `math.trunc(a)`: towards zero.
        pub fn trunc(&self) -> super::int::Int {
            if self.num.is_negative() {
                self.ceil()
            } else {
                self.floor()
            }
        }

        /// `round(a)`: the nearest int, halves to even.
        pub fn round(&self) -> super::int::Int {
            let (floor, rem) = sure(self.num.divmod(&self.den));
            let twice = rem.mul(&int(2));
            match order(&twice, &self.den) {
                std::cmp::Ordering::Less => floor,
                std::cmp::Ordering::Greater => floor.add(&int(1)),
                std::cmp::Ordering::Equal => {
                    if sure(floor.modulo(&int(2))).is_zero() {
                        floor
                    } else {
                        floor.add(&int(1))
                    }
                }
            }
        }

        /// `round(a, ndigits)`: a Fraction.
        pub fn round_to(&self, ndigits: i64) -> super::py::PyResult<Fraction> {
            let shift = int(10).pow(&int(ndigits).abs())?;
            let unit = Fraction::from_int(shift.clone());
            if ndigits > 0 {
                Fraction::new(self.mul(&unit).round(), shift)
            } else {
                Ok(Fraction::from_int(self.truediv(&unit)?.round().mul(&shift)))
            }
        }

        /// `a.limit_denominator(max_denominator)`: the closest Fraction with a denominator at
        /// most that, by CPython's continued-fraction bounds (the nearer of the two, the second
        /// on a tie).
        pub fn limit_denominator(&self, max: &super::int::Int) -> super::py::PyResult<Fraction> {
            if order(max, &int(1)) == std::cmp::Ordering::Less {
                return super::py::raise("ValueError", "max_denominator should be at least 1");
            }
            if order(&self.den, max) != std::cmp::Ordering::Greater {
                return Ok(self.clone());
            }
            let (mut p0, mut q0, mut p1, mut q1) = (int(0), int(1), int(1), int(0));
            let (mut n, mut d) = (self.num.clone(), self.den.clone());
            loop {
                let a = n.floordiv(&d)?;
                let q2 = q0.add(&a.mul(&q1));
                if order(&q2, max) == std::cmp::Ordering::Greater {
                    break;
                }
                let p2 = p0.add(&a.mul(&p1));
                p0 = p1;
                q0 = q1;
                p1 = p2;
                q1 = q2;
                let r = n.sub(&a.mul(&d));
                n = d;
                d = r;
            }
            let k = max.sub(&q0).floordiv(&q1)?;
            let bound1 = Fraction::new(p0.add(&k.mul(&p1)), q0.add(&k.mul(&q1)))?;
            let bound2 = Fraction::new(p1, q1)?;
            if bound2.sub(self).abs().cmp_fraction(&bound1.sub(self).abs())
                != std::cmp::Ordering::Greater
            {
                Ok(bound2)
            } else {
                Ok(bound1)
            }
        }

        pub fn cmp_fraction(&self, o: &Fraction) -> std::cmp::Ordering {
            order(&self.num.mul(&o.den), &self.den.mul(&o.num))
        }

        /// The order of `a` and a float: exact, NaN unordered, an infinity as 0.0 sees it.
        pub fn cmp_f64(&self, x: f64) -> Option<std::cmp::Ordering> {
            if x.is_nan() {
                return None;
            }
            if x.is_infinite() {
                return 0.0f64.partial_cmp(&x);
            }
            Some(self.cmp_fraction(&sure(Fraction::from_f64(x))))
        }
    }

    /// An int a Fraction gives (its numerator, `int(a)`, `a // b`, ...) where the program's ints
    /// are 64-bit: past 64 bits the program stops, as its other int arithmetic does there.
    pub fn small(v: super::int::Int) -> i64 {
        match v.to_i64() {
            Some(x) => x,
            None => super::py::fatal(
                "OverflowError",
                "integer result of a Fraction does not fit in 64 bits",
            ),
        }
    }

    /// A comparison's result from the order of its two sides (None: a NaN side, where only
    /// `!=` holds).
    pub fn test(order: Option<std::cmp::Ordering>, op: &str) -> bool {
        match (order, op) {
            (None, "!=") => true,
            (None, _) => false,
            (Some(o), "<") => o == std::cmp::Ordering::Less,
            (Some(o), "<=") => o != std::cmp::Ordering::Greater,
            (Some(o), ">") => o == std::cmp::Ordering::Greater,
            (Some(o), ">=") => o != std::cmp::Ordering::Less,
            (Some(o), "==") => o == std::cmp::Ordering::Equal,
            (Some(o), _) => o != std::cmp::Ordering::Equal,
        }
    }

    /// `repr`: `Fraction(3, 4)`; `str`: `3/4`, or `2` for a denominator of 1.
    impl super::py::Show for Fraction {
        fn repr(&self) -> String {
            format!(
                "Fraction({}, {})",
                super::py::Show::repr(&self.num),
                super::py::Show::repr(&self.den)
            )
        }

        fn str(&self) -> String {
            if self.den == int(1) {
                super::py::Show::repr(&self.num)
            } else {
                format!(
                    "{}/{}",
                    super::py::Show::repr(&self.num),
                    super::py::Show::repr(&self.den)
                )
            }
        }
    }

    impl super::py::PyOrd for Fraction {
        fn py_cmp(&self, other: &Self) -> std::cmp::Ordering {
            self.cmp_fraction(other)
        }
    }
}
