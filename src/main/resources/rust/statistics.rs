/// Python's `statistics` module as CPython 3.11 computes it (Lib/statistics.py): mean and the
/// variances from the exact rational sum of the data (each float is its exact binary fraction),
/// rounded once at the end (int data gives an int where the exact result is whole), the standard
/// deviations as the correctly rounded square root of that exact fraction, medians by CPython's
/// sort, and modes in first-seen order. The exact arithmetic is the runtime's `int` module.
#[allow(dead_code)]
mod statistics {
    /// `statistics.StatisticsError`, a ValueError.
    fn error<T>(msg: &str) -> super::py::PyResult<T> {
        super::py::raise("StatisticsError", msg)
    }

    /// An uncaught exception as the program's last words: CPython names the module's own
    /// exception with its module (`statistics.StatisticsError: ...`).
    pub fn uncaught(mut error: super::py::Exc) -> super::py::Exc {
        if error.kind == "StatisticsError" {
            error.kind = "statistics.StatisticsError";
        }
        error
    }

    /// A data point: an int (exact), or a float (its binary fraction, or not finite).
    pub trait Datum: Copy {
        fn exact(self) -> Exact;
        /// `float(x)`.
        fn float(self) -> f64;
    }

    /// A value as `_exact_ratio` sees it.
    pub enum Exact {
        /// An int.
        Whole(i64),
        /// A finite float: `m * 2**e`.
        Float(i64, i64),
        /// An infinity or a NaN.
        NonFinite(f64),
    }

    fn float_exact(x: f64) -> Exact {
        if !x.is_finite() {
            return Exact::NonFinite(x);
        }
        let bits = x.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let fraction = (bits & ((1 << 52) - 1)) as i64;
        let (m, e) = if biased == 0 {
            (fraction, -1074)
        } else {
            (fraction | (1 << 52), biased - 1075)
        };
        Exact::Float(if x < 0.0 { -m } else { m }, e)
    }

    impl Datum for i64 {
        fn exact(self) -> Exact {
            Exact::Whole(self)
        }
        fn float(self) -> f64 {
            self as f64
        }
    }

    impl Datum for bool {
        fn exact(self) -> Exact {
            Exact::Whole(self as i64)
        }
        fn float(self) -> f64 {
            self as i64 as f64
        }
    }

    impl Datum for f64 {
        fn exact(self) -> Exact {
            float_exact(self)
        }
        fn float(self) -> f64 {
            self
        }
    }

    impl Datum for super::py::Num {
        fn exact(self) -> Exact {
            match self {
                super::py::Num::I(i) => Exact::Whole(i),
                super::py::Num::F(f) => float_exact(f),
            }
        }
        fn float(self) -> f64 {
            self.f()
        }
    }

    /// The scale of every float's fraction: `2**1074` turns the smallest float into 1.
    const SCALE: i64 = 1074;

    fn int(v: i64) -> super::int::Int {
        super::int::Int::Small(v)
    }

    fn shl(v: &super::int::Int, n: i64) -> super::int::Int {
        v.shl(&int(n)).unwrap_or_else(|_| unreachable!())
    }

    /// An exact fraction `num / den` (`den > 0`), or the float a non-finite datum made.
    enum Total {
        Exact(super::int::Int, super::int::Int),
        NonFinite(f64),
    }

    /// `_sum(data)`: whether a float was seen (the result type), the exact total, the count.
    fn sum<T: Datum>(data: &[T]) -> (bool, Total, i64) {
        let mut float = false;
        let mut scaled = int(0);
        let mut special: Option<f64> = None;
        for x in data {
            match x.exact() {
                Exact::Whole(i) => scaled = scaled.add(&shl(&int(i), SCALE)),
                Exact::Float(m, e) => {
                    float = true;
                    scaled = scaled.add(&shl(&int(m), e + SCALE));
                }
                Exact::NonFinite(f) => {
                    float = true;
                    special = Some(special.unwrap_or(0.0) + f);
                }
            }
        }
        let total = match special {
            Some(f) => Total::NonFinite(f),
            None => Total::Exact(scaled, shl(&int(1), SCALE)),
        };
        (float, total, data.len() as i64)
    }

    /// `_ss(data)`: the exact sum of squared deviations from the exact mean.
    fn squares<T: Datum>(data: &[T]) -> (bool, Total, i64) {
        let mut float = false;
        let mut sx = int(0);
        let mut sxx = int(0);
        let mut special: Option<f64> = None;
        for x in data {
            let (m, e) = match x.exact() {
                Exact::Whole(i) => (int(i), 0),
                Exact::Float(m, e) => {
                    float = true;
                    (int(m), e)
                }
                Exact::NonFinite(f) => {
                    float = true;
                    special = Some(special.unwrap_or(0.0) + f);
                    continue;
                }
            };
            sx = sx.add(&shl(&m, e + SCALE));
            sxx = sxx.add(&shl(&m.mul(&m), 2 * (e + SCALE)));
        }
        let n = data.len() as i64;
        if let Some(f) = special {
            return (float, Total::NonFinite(f), n);
        }
        if n == 0 {
            return (float, Total::Exact(int(0), int(1)), n);
        }
        // (n * sxx - sx * sx) / n, with sx = SX / 2**1074 and sxx = SXX / 2**2148.
        let num = int(n).mul(&sxx).sub(&sx.mul(&sx));
        let den = shl(&int(n), 2 * SCALE);
        (float, Total::Exact(num, den), n)
    }

    /// `_ss(data, c)`: the exact sum of `(x - c) ** 2`, each square computed as Python does
    /// (exact for an int and an int, a float otherwise).
    fn squares_about<T: Datum, C: Datum>(data: &[T], c: C) -> (bool, Total, i64) {
        let mut float = false;
        let mut scaled = int(0);
        let mut special: Option<f64> = None;
        for x in data {
            let d = match (x.exact(), c.exact()) {
                (Exact::Whole(a), Exact::Whole(b)) => {
                    let d = int(a).sub(&int(b));
                    scaled = scaled.add(&shl(&d.mul(&d), SCALE));
                    continue;
                }
                _ => as_float(*x) - as_float(c),
            };
            float = true;
            match float_exact(d * d) {
                Exact::Float(m, e) => scaled = scaled.add(&shl(&int(m), e + SCALE)),
                Exact::NonFinite(f) => special = Some(special.unwrap_or(0.0) + f),
                Exact::Whole(_) => unreachable!(),
            }
        }
        let total = match special {
            Some(f) => Total::NonFinite(f),
            None => Total::Exact(scaled, shl(&int(1), SCALE)),
        };
        (float, total, data.len() as i64)
    }

    fn as_float<T: Datum>(x: T) -> f64 {
        x.float()
    }

    /// `_convert(total / n, T)`: an int where the data were ints and the fraction is whole,
    /// else the float nearest the fraction.
    fn convert(float: bool, total: Total, n: i64) -> super::py::PyResult<super::py::Num> {
        match total {
            Total::NonFinite(f) => Ok(super::py::Num::F(f / n as f64)),
            Total::Exact(num, den) => {
                let den = den.mul(&int(n));
                if !float {
                    let (q, r) = num.divmod(&den)?;
                    if r.is_zero() {
                        return match q.to_i64() {
                            Some(v) => Ok(super::py::Num::I(v)),
                            None => super::py::fatal(
                                "OverflowError",
                                "integer result of a statistics function does not fit in 64 bits",
                            ),
                        };
                    }
                }
                Ok(super::py::Num::F(num.truediv(&den)?))
            }
        }
    }

    /// `mean(data)`.
    pub fn mean<T: Datum>(data: Vec<T>) -> super::py::PyResult<super::py::Num> {
        let (float, total, n) = sum(&data);
        if n < 1 {
            return error("mean requires at least one data point");
        }
        convert(float, total, n)
    }

    /// `fmean(data)`: `fsum(data) / len(data)`.
    pub fn fmean<T: super::math::Real>(data: Vec<T>) -> super::py::PyResult<f64> {
        let n = data.len();
        let total = super::math::fsum(data)?;
        if n == 0 {
            return error("fmean requires at least one data point");
        }
        Ok(total / n as f64)
    }

    /// `variance(data, xbar)` (`sample`) or `pvariance(data, mu)`.
    fn spread<T: Datum, C: Datum>(data: &[T], c: Option<C>) -> (bool, Total, i64) {
        match c {
            Some(c) => squares_about(data, c),
            None => squares(data),
        }
    }

    pub fn variance<T: Datum, C: Datum>(
        data: Vec<T>,
        xbar: Option<C>,
    ) -> super::py::PyResult<super::py::Num> {
        let (float, ss, n) = spread(&data, xbar);
        if n < 2 {
            return error("variance requires at least two data points");
        }
        convert(float, ss, n - 1)
    }

    pub fn pvariance<T: Datum, C: Datum>(
        data: Vec<T>,
        mu: Option<C>,
    ) -> super::py::PyResult<super::py::Num> {
        let (float, ss, n) = spread(&data, mu);
        if n < 1 {
            return error("pvariance requires at least one data point");
        }
        convert(float, ss, n)
    }

    pub fn stdev<T: Datum, C: Datum>(data: Vec<T>, xbar: Option<C>) -> super::py::PyResult<f64> {
        let (_, ss, n) = spread(&data, xbar);
        if n < 2 {
            return error("stdev requires at least two data points");
        }
        root(ss, n - 1)
    }

    pub fn pstdev<T: Datum, C: Datum>(data: Vec<T>, mu: Option<C>) -> super::py::PyResult<f64> {
        let (_, ss, n) = spread(&data, mu);
        if n < 1 {
            return error("pstdev requires at least one data point");
        }
        root(ss, n)
    }

    /// `_float_sqrt_of_frac(mss.numerator, mss.denominator)` for `mss = ss / n`: the square
    /// root rounded to odd at 109 bits, then to the nearest float. A non-finite `ss` is a
    /// float, which has no `numerator` (CPython's AttributeError).
    fn root(ss: Total, n: i64) -> super::py::PyResult<f64> {
        let (num, den) = match ss {
            Total::NonFinite(_) => {
                return super::py::raise(
                    "AttributeError",
                    "'float' object has no attribute 'numerator'",
                )
            }
            Total::Exact(num, den) => (num, den.mul(&int(n))),
        };
        let q = (num.bit_length() - den.bit_length() - 109).div_euclid(2);
        let (top, bottom) = if q >= 0 {
            (shl(&sqrt_rto(&num, &shl(&den, 2 * q))?, q), int(1))
        } else {
            (sqrt_rto(&shl(&num, -2 * q), &den)?, shl(&int(1), -q))
        };
        top.truediv(&bottom)
    }

    /// `_integer_sqrt_of_frac_rto(n, m)`: `isqrt(n // m)`, its low bit set when inexact.
    fn sqrt_rto(n: &super::int::Int, m: &super::int::Int) -> super::py::PyResult<super::int::Int> {
        let a = isqrt(&n.floordiv(m)?)?;
        let exact = a.mul(&a).mul(m) == *n;
        Ok(if exact { a } else { a.or(&int(1)) })
    }

    /// `math.isqrt` of a non-negative int: Newton's iteration from above.
    fn isqrt(n: &super::int::Int) -> super::py::PyResult<super::int::Int> {
        if n.is_negative() {
            return super::py::raise("ValueError", "isqrt() argument must be nonnegative");
        }
        if n.is_zero() {
            return Ok(int(0));
        }
        let mut x = shl(&int(1), (n.bit_length() + 1) / 2);
        loop {
            let y = x.add(&n.floordiv(&x)?).shr(&int(1))?;
            if y >= x {
                return Ok(x);
            }
            x = y;
        }
    }

    /// `median(data)`: the middle item, or the mean of the two middle items (`(a + b) / 2`).
    pub fn median<T: Datum + Clone + super::py::PyOrd>(
        data: Vec<T>,
    ) -> super::py::PyResult<super::py::Num> {
        let data = super::py::sorted(data, false);
        let n = data.len();
        if n == 0 {
            return error("no median for empty data");
        }
        if n % 2 == 1 {
            return Ok(num(data[n / 2]));
        }
        let (a, b) = (data[n / 2 - 1], data[n / 2]);
        Ok(super::py::Num::F(match (a.exact(), b.exact()) {
            (Exact::Whole(x), Exact::Whole(y)) => {
                let s = int(x).add(&int(y));
                s.truediv(&int(2))?
            }
            _ => (as_float(a) + as_float(b)) / 2.0,
        }))
    }

    fn num<T: Datum>(x: T) -> super::py::Num {
        match x.exact() {
            Exact::Whole(i) => super::py::Num::I(i),
            _ => super::py::Num::F(as_float(x)),
        }
    }

    /// `median_low(data)` (`low`) or `median_high(data)`.
    pub fn median_side<T: Clone + super::py::PyOrd>(
        data: Vec<T>,
        low: bool,
    ) -> super::py::PyResult<T> {
        let mut data = super::py::sorted(data, false);
        let n = data.len();
        if n == 0 {
            return error("no median for empty data");
        }
        let i = if low && n % 2 == 0 { n / 2 - 1 } else { n / 2 };
        Ok(data.swap_remove(i))
    }

    /// `quantiles(data, n=n, method=method)`: the n - 1 cut points, each `(data[j] * (n - delta)
    /// + data[j + 1] * delta) / n` computed as Python computes it (exact for ints).
    pub fn quantiles<T: Datum + Clone + super::py::PyOrd>(
        data: Vec<T>,
        n: i64,
        method: &str,
    ) -> super::py::PyResult<super::py::List<f64>> {
        if n < 1 {
            return error("n must be at least 1");
        }
        let data = super::py::sorted(data, false);
        let ld = data.len() as i64;
        if ld < 2 {
            return error("must have at least two data points");
        }
        let mut out = Vec::new();
        match method {
            "inclusive" => {
                let m = ld - 1;
                for i in 1..n {
                    let (j, delta) = ((i * m).div_euclid(n), (i * m).rem_euclid(n));
                    let (a, b) = (data[j as usize], data[j as usize + 1]);
                    out.push(interpolate(a, n - delta, b, delta, n)?);
                }
            }
            "exclusive" => {
                let m = ld + 1;
                for i in 1..n {
                    let j = ((i * m).div_euclid(n)).clamp(1, ld - 1);
                    let delta = i * m - j * n;
                    let (a, b) = (data[j as usize - 1], data[j as usize]);
                    out.push(interpolate(a, n - delta, b, delta, n)?);
                }
            }
            other => {
                let shown = super::py::Show::repr(&other.to_string());
                return super::py::raise("ValueError", format!("Unknown method: {}", shown));
            }
        }
        Ok(super::py::List::from(out))
    }

    /// `(a * wa + b * wb) / n`: int products and sums exact, a float operand making floats.
    fn interpolate<T: Datum>(a: T, wa: i64, b: T, wb: i64, n: i64) -> super::py::PyResult<f64> {
        let term = |x: T, w: i64| match x.exact() {
            Exact::Whole(v) => Ok(int(v).mul(&int(w))),
            _ => Err(x.float() * w as f64),
        };
        match (term(a, wa), term(b, wb)) {
            (Ok(p), Ok(q)) => p.add(&q).truediv(&int(n)),
            (p, q) => {
                let f = |t: Result<super::int::Int, f64>| match t {
                    Ok(i) => i.to_f64(),
                    Err(x) => Ok(x),
                };
                Ok((f(p)? + f(q)?) / n as f64)
            }
        }
    }

    /// The distinct items in first-seen order with their counts (`Counter(data)`), items equal
    /// when their keys are.
    fn tally<T: Clone, K: Eq + std::hash::Hash>(
        data: Vec<T>,
        key: impl Fn(&T) -> K,
    ) -> Vec<(T, usize)> {
        let mut at: std::collections::HashMap<K, usize> = std::collections::HashMap::new();
        let mut out: Vec<(T, usize)> = Vec::new();
        for x in data {
            let k = key(&x);
            match at.get(&k) {
                Some(&i) => out[i].1 += 1,
                None => {
                    at.insert(k, out.len());
                    out.push((x, 1));
                }
            }
        }
        out
    }

    /// A float's key for counting: -0.0 equals 0.0; a NaN equals only itself in CPython (by
    /// identity), which a translation cannot see, so it ends the program.
    fn float_key(x: &f64) -> u64 {
        if x.is_nan() {
            super::py::fatal(
                "RuntimeError",
                "statistics.mode() of a float NaN: CPython counts NaNs by identity, which cannot be reproduced",
            );
        }
        if *x == 0.0 {
            0
        } else {
            x.to_bits()
        }
    }

    fn first_mode<T>(counts: Vec<(T, usize)>) -> super::py::PyResult<T> {
        let best = counts.iter().map(|c| c.1).max();
        match best {
            None => error("no mode for empty data"),
            Some(b) => Ok(counts.into_iter().find(|c| c.1 == b).unwrap().0),
        }
    }

    fn all_modes<T: Clone>(counts: Vec<(T, usize)>) -> super::py::List<T> {
        let best = counts.iter().map(|c| c.1).max().unwrap_or(0);
        super::py::List::from(
            counts
                .into_iter()
                .filter(|c| c.1 == best)
                .map(|c| c.0)
                .collect(),
        )
    }

    /// `mode(data)`: the first of the most common items.
    pub fn mode<T: Clone + Eq + std::hash::Hash>(data: Vec<T>) -> super::py::PyResult<T> {
        first_mode(tally(data, |x| x.clone()))
    }

    pub fn mode_float(data: Vec<f64>) -> super::py::PyResult<f64> {
        first_mode(tally(data, float_key))
    }

    /// `multimode(data)`: every most common item, in first-seen order.
    pub fn multimode<T: Clone + Eq + std::hash::Hash>(data: Vec<T>) -> super::py::List<T> {
        all_modes(tally(data, |x| x.clone()))
    }

    pub fn multimode_float(data: Vec<f64>) -> super::py::List<f64> {
        all_modes(tally(data, float_key))
    }
}
