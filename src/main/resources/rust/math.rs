/// Python's `math` module as CPython 3.11 computes it (Modules/mathmodule.c): the C library's
/// function wherever CPython calls one, CPython's own algorithm wherever it has one (gamma,
/// lgamma, hypot and dist, fsum, remainder, pow's special values), and CPython's rules for
/// turning a NaN or an infinity into ValueError or OverflowError. Ints are 64-bit: a result
/// that does not fit ends the program with OverflowError, as the runtime's int arithmetic does.
#[allow(dead_code)]
mod math {
    /// A number a float parameter accepts: an int converts as CPython's `PyLong_AsDouble`
    /// does (rounded to nearest, ties to even), a bool as the int it is.
    pub trait Real: Copy {
        fn to_f64(self) -> f64;
    }

    impl Real for f64 {
        fn to_f64(self) -> f64 {
            self
        }
    }

    impl Real for i64 {
        fn to_f64(self) -> f64 {
            self as f64
        }
    }

    impl Real for super::py::Num {
        fn to_f64(self) -> f64 {
            self.f()
        }
    }

    impl Real for bool {
        fn to_f64(self) -> f64 {
            if self {
                1.0
            } else {
                0.0
            }
        }
    }

    /// `ValueError: math domain error`: an argument outside the function's domain, or a pole.
    fn domain<T>() -> super::py::PyResult<T> {
        super::py::raise("ValueError", "math domain error")
    }

    /// `OverflowError: math range error`: a finite argument whose result is too large.
    fn range<T>() -> super::py::PyResult<T> {
        super::py::raise("OverflowError", "math range error")
    }

    /// CPython's check after a one-argument libm call: a NaN from a non-NaN is a domain
    /// error; an infinity from a finite value is an overflow where the function can
    /// overflow, and a pole otherwise.
    fn checked(x: f64, r: f64, can_overflow: bool) -> super::py::PyResult<f64> {
        if r.is_nan() && !x.is_nan() {
            return domain();
        }
        if r.is_infinite() && x.is_finite() {
            return if can_overflow { range() } else { domain() };
        }
        Ok(r)
    }

    /// CPython's check after a two-argument libm call.
    fn checked2(x: f64, y: f64, r: f64) -> super::py::PyResult<f64> {
        if r.is_nan() && !x.is_nan() && !y.is_nan() {
            return domain();
        }
        if r.is_infinite() && x.is_finite() && y.is_finite() {
            return range();
        }
        Ok(r)
    }

    /// A float's integral part as an int, with `int(float)`'s errors.
    fn integral(r: f64, what: &str) -> super::py::PyResult<i64> {
        if r.is_nan() {
            return super::py::raise("ValueError", "cannot convert float NaN to integer");
        }
        if r.is_infinite() {
            return super::py::raise("OverflowError", "cannot convert float infinity to integer");
        }
        if r >= 9.223372036854775807e18 || r < -9.223372036854775808e18 {
            too_big(what);
        }
        Ok(r as i64)
    }

    /// An int result beyond 64 bits: CPython would return it; the translation stops.
    fn too_big(what: &str) -> ! {
        super::py::fatal(
            "OverflowError",
            &format!("integer result of math.{}() does not fit in 64 bits", what),
        )
    }

    fn fits(r: u128, what: &str) -> i64 {
        i64::try_from(r).unwrap_or_else(|_| too_big(what))
    }

    pub fn floor(x: f64) -> super::py::PyResult<i64> {
        integral(x.floor(), "floor")
    }

    pub fn ceil(x: f64) -> super::py::PyResult<i64> {
        integral(x.ceil(), "ceil")
    }

    pub fn trunc(x: f64) -> super::py::PyResult<i64> {
        integral(x.trunc(), "trunc")
    }

    pub fn sqrt(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.sqrt(), false)
    }

    /// The C library's cbrt. On glibc it is called by its `cbrtf64` alias: the program's own
    /// compiler-builtins define a `cbrt` (a different, correctly rounded one) that the linker
    /// prefers to the C library's.
    pub fn cbrt(x: f64) -> super::py::PyResult<f64> {
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        let r = {
            extern "C" {
                #[link_name = "cbrtf64"]
                fn c_cbrt(x: f64) -> f64;
            }
            unsafe { c_cbrt(x) }
        };
        #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
        let r = x.cbrt();
        checked(x, r, false)
    }

    pub fn exp(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.exp(), true)
    }

    pub fn exp2(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.exp2(), true)
    }

    pub fn expm1(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.exp_m1(), true)
    }

    pub fn log1p(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.ln_1p(), false)
    }

    pub fn fabs(x: f64) -> f64 {
        x.abs()
    }

    pub fn sin(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.sin(), false)
    }

    pub fn cos(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.cos(), false)
    }

    pub fn tan(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.tan(), false)
    }

    pub fn asin(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.asin(), false)
    }

    pub fn acos(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.acos(), false)
    }

    pub fn atan(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.atan(), false)
    }

    pub fn sinh(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.sinh(), true)
    }

    pub fn cosh(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.cosh(), true)
    }

    pub fn tanh(x: f64) -> super::py::PyResult<f64> {
        checked(x, x.tanh(), false)
    }

    /// The C library's asinh: Rust's own `f64::asinh` is a different formula, and its
    /// results differ from CPython's in the last bit.
    pub fn asinh(x: f64) -> super::py::PyResult<f64> {
        extern "C" {
            #[link_name = "asinh"]
            fn c_asinh(x: f64) -> f64;
        }
        checked(x, unsafe { c_asinh(x) }, false)
    }

    pub fn acosh(x: f64) -> super::py::PyResult<f64> {
        extern "C" {
            #[link_name = "acosh"]
            fn c_acosh(x: f64) -> f64;
        }
        checked(x, unsafe { c_acosh(x) }, false)
    }

    pub fn atanh(x: f64) -> super::py::PyResult<f64> {
        extern "C" {
            #[link_name = "atanh"]
            fn c_atanh(x: f64) -> f64;
        }
        checked(x, unsafe { c_atanh(x) }, false)
    }

    /// CPython 3.11 calls the C library's erf (it never fails).
    pub fn erf(x: f64) -> f64 {
        extern "C" {
            #[link_name = "erf"]
            fn c_erf(x: f64) -> f64;
        }
        unsafe { c_erf(x) }
    }

    pub fn erfc(x: f64) -> f64 {
        extern "C" {
            #[link_name = "erfc"]
            fn c_erfc(x: f64) -> f64;
        }
        unsafe { c_erfc(x) }
    }

    /// An argument of `log`, `log2` and `log10`: an int is checked for sign before it is
    /// converted (CPython's loghelper), a float goes through the domain checks.
    pub trait LogArg: Copy {
        fn log_with(self, f: fn(f64) -> f64) -> super::py::PyResult<f64>;
    }

    impl LogArg for f64 {
        fn log_with(self, f: fn(f64) -> f64) -> super::py::PyResult<f64> {
            checked(self, f(self), false)
        }
    }

    impl LogArg for i64 {
        fn log_with(self, f: fn(f64) -> f64) -> super::py::PyResult<f64> {
            if self <= 0 {
                return domain();
            }
            Ok(f(self as f64))
        }
    }

    impl LogArg for bool {
        fn log_with(self, f: fn(f64) -> f64) -> super::py::PyResult<f64> {
            i64::from(self).log_with(f)
        }
    }

    /// The natural log with CPython's special values: log(0) and log of a negative are
    /// domain errors, log(inf) is inf, log(nan) is nan.
    fn ln_special(x: f64) -> f64 {
        if x.is_finite() {
            if x > 0.0 {
                x.ln()
            } else if x == 0.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            }
        } else if x.is_nan() || x > 0.0 {
            x
        } else {
            f64::NAN
        }
    }

    fn log2_special(x: f64) -> f64 {
        if x > 0.0 {
            if x.is_finite() {
                x.log2()
            } else {
                x
            }
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else if x.is_nan() {
            x
        } else {
            f64::NAN
        }
    }

    fn log10_special(x: f64) -> f64 {
        if x > 0.0 {
            if x.is_finite() {
                x.log10()
            } else {
                x
            }
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else if x.is_nan() {
            x
        } else {
            f64::NAN
        }
    }

    pub fn log<X: LogArg>(x: X) -> super::py::PyResult<f64> {
        x.log_with(ln_special)
    }

    /// `log(x, base)`: the two natural logs, then a float division.
    pub fn log_base<X: LogArg, B: LogArg>(x: X, base: B) -> super::py::PyResult<f64> {
        let num = x.log_with(ln_special)?;
        let den = base.log_with(ln_special)?;
        if den == 0.0 {
            return super::py::raise("ZeroDivisionError", "float division by zero");
        }
        Ok(num / den)
    }

    pub fn log2<X: LogArg>(x: X) -> super::py::PyResult<f64> {
        x.log_with(log2_special)
    }

    pub fn log10<X: LogArg>(x: X) -> super::py::PyResult<f64> {
        x.log_with(log10_special)
    }

    /// `math.pow`: IEEE special values handled directly, finite values by the C library.
    pub fn pow(x: f64, y: f64) -> super::py::PyResult<f64> {
        if !x.is_finite() || !y.is_finite() {
            let r = if x.is_nan() {
                if y == 0.0 {
                    1.0
                } else {
                    x
                }
            } else if y.is_nan() {
                if x == 1.0 {
                    1.0
                } else {
                    y
                }
            } else if x.is_infinite() {
                let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
                if y > 0.0 {
                    if odd_y {
                        x
                    } else {
                        x.abs()
                    }
                } else if y == 0.0 {
                    1.0
                } else if odd_y {
                    0.0f64.copysign(x)
                } else {
                    0.0
                }
            } else if x.abs() == 1.0 {
                1.0
            } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
                f64::INFINITY
            } else {
                0.0
            };
            return Ok(r);
        }
        let r = x.powf(y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return domain();
        }
        if r.is_infinite() {
            return range();
        }
        Ok(r)
    }

    /// `atan2` with C99's special values settled before the C library is called.
    pub fn atan2(y: f64, x: f64) -> super::py::PyResult<f64> {
        let pi = std::f64::consts::PI;
        let r = if x.is_nan() || y.is_nan() {
            f64::NAN
        } else if y.is_infinite() {
            if x.is_infinite() {
                if x.is_sign_positive() {
                    (0.25 * pi).copysign(y)
                } else {
                    (0.75 * pi).copysign(y)
                }
            } else {
                (0.5 * pi).copysign(y)
            }
        } else if x.is_infinite() || y == 0.0 {
            if x.is_sign_positive() {
                0.0f64.copysign(y)
            } else {
                pi.copysign(y)
            }
        } else {
            y.atan2(x)
        };
        checked2(y, x, r)
    }

    pub fn copysign(x: f64, y: f64) -> super::py::PyResult<f64> {
        checked2(x, y, x.copysign(y))
    }

    /// `fmod(x, y)`: the remainder with the sign of x (exact); fmod(x, inf) is x.
    pub fn fmod(x: f64, y: f64) -> super::py::PyResult<f64> {
        if y.is_infinite() && x.is_finite() {
            return Ok(x);
        }
        let r = x % y;
        if r.is_nan() && !x.is_nan() && !y.is_nan() {
            return domain();
        }
        Ok(r)
    }

    /// IEEE 754 remainder: x - n*y for the integer n nearest x/y, ties to even; exact.
    pub fn remainder(x: f64, y: f64) -> super::py::PyResult<f64> {
        let r = if x.is_finite() && y.is_finite() {
            if y == 0.0 {
                f64::NAN
            } else {
                let ax = x.abs();
                let ay = y.abs();
                let m = ax % ay;
                // Compare m with ay - m rather than with 0.5 * ay, which may not be exact.
                let c = ay - m;
                let r = if m < c {
                    m
                } else if m > c {
                    -c
                } else {
                    // Halfway: keep m when the quotient is even, -m when it is odd.
                    m - 2.0 * ((0.5 * (ax - m)) % ay)
                };
                1.0f64.copysign(x) * r
            }
        } else if x.is_nan() {
            x
        } else if y.is_nan() {
            y
        } else if x.is_infinite() {
            f64::NAN
        } else {
            x
        };
        checked2(x, y, r)
    }

    pub fn degrees(x: f64) -> f64 {
        x * (180.0 / std::f64::consts::PI)
    }

    pub fn radians(x: f64) -> f64 {
        x * (std::f64::consts::PI / 180.0)
    }

    pub fn isfinite(x: f64) -> bool {
        x.is_finite()
    }

    pub fn isinf(x: f64) -> bool {
        x.is_infinite()
    }

    pub fn isnan(x: f64) -> bool {
        x.is_nan()
    }

    /// `isclose(a, b, rel_tol=..., abs_tol=...)`: Boost's "weak" test.
    pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> super::py::PyResult<bool> {
        if rel_tol < 0.0 || abs_tol < 0.0 {
            return super::py::raise("ValueError", "tolerances must be non-negative");
        }
        if a == b {
            return Ok(true);
        }
        if a.is_infinite() || b.is_infinite() {
            return Ok(false);
        }
        let diff = (b - a).abs();
        Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
    }

    /// The mantissa in [0.5, 1) and the exponent; zeros, infinities and NaN come back as
    /// they are, with exponent 0.
    pub fn frexp(x: f64) -> (f64, i64) {
        if x.is_nan() || x.is_infinite() || x == 0.0 {
            return (x, 0);
        }
        let (mut y, mut shift) = (x, 0);
        if (x.to_bits() >> 52) & 0x7ff == 0 {
            // Subnormal: scale into the normal range first (exact).
            y = x * f64::from_bits(0x43f0_0000_0000_0000);
            shift = -64;
        }
        let bits = y.to_bits();
        let e = ((bits >> 52) & 0x7ff) as i64 - 1022;
        let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
        (m, e + shift)
    }

    /// x * 2**i, rounded once (the C library's scalbn).
    pub fn ldexp(x: f64, i: i64) -> super::py::PyResult<f64> {
        if x == 0.0 || !x.is_finite() {
            return Ok(x);
        }
        if i > i64::from(i32::MAX) {
            return range();
        }
        if i < i64::from(i32::MIN) {
            return Ok(0.0f64.copysign(x));
        }
        let r = scale(x, i);
        if r.is_infinite() {
            return range();
        }
        Ok(r)
    }

    fn scale(x: f64, i: i64) -> f64 {
        let big = f64::from_bits(0x7fe0_0000_0000_0000); // 2**1023
        let small = f64::from_bits(0x0360_0000_0000_0000); // 2**-969
        let (mut y, mut n) = (x, i);
        if n > 1023 {
            y *= big;
            n -= 1023;
            if n > 1023 {
                y *= big;
                n -= 1023;
                n = n.min(1023);
            }
        } else if n < -1022 {
            // Steps of 2**-969 keep the last multiplication the only one that can round
            // into the subnormal range.
            y *= small;
            n += 969;
            if n < -1022 {
                y *= small;
                n += 969;
                n = n.max(-1022);
            }
        }
        y * f64::from_bits(((0x3ff + n) as u64) << 52)
    }

    /// The fractional and integral parts, both with the sign of x.
    pub fn modf(x: f64) -> (f64, f64) {
        if x.is_infinite() {
            return (0.0f64.copysign(x), x);
        }
        if x.is_nan() {
            return (x, x);
        }
        let t = x.trunc();
        ((x - t).copysign(x), t)
    }

    pub fn nextafter(x: f64, y: f64) -> f64 {
        if x.is_nan() || y.is_nan() {
            return x + y;
        }
        if x == y {
            return y;
        }
        if x == 0.0 {
            return f64::from_bits(1).copysign(y);
        }
        let bits = x.to_bits();
        let away = (y > x) == (x > 0.0);
        f64::from_bits(if away { bits + 1 } else { bits - 1 })
    }

    /// The value of the least significant bit of x.
    pub fn ulp(x: f64) -> f64 {
        if x.is_nan() {
            return x;
        }
        let x = x.abs();
        if x.is_infinite() {
            return x;
        }
        let up = nextafter(x, f64::INFINITY);
        if up.is_infinite() {
            return x - nextafter(x, f64::NEG_INFINITY);
        }
        up - x
    }

    /// The Euclidean norm of non-negative values whose largest is `max`: CPython's
    /// vector_norm (power-of-two scaling, Veltkamp-Dekker squaring, Neumaier-style
    /// compensated sums, one differential correction of the square root).
    fn vector_norm(v: &[f64], max: f64, found_nan: bool) -> f64 {
        if max.is_infinite() {
            return max;
        }
        if found_nan {
            return f64::NAN;
        }
        if max == 0.0 || v.len() <= 1 {
            return max;
        }
        let t27 = 134217729.0; // 2**27 + 1
        let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
        let max_e = frexp(max).1;
        if max_e >= -1023 {
            let scale = scale(1.0, -max_e);
            let split = |x: f64| {
                let t = x * t27;
                let hi = t - (t - x);
                (hi, x - hi)
            };
            for &item in v {
                let x = item * scale;
                let (hi, lo) = split(x);
                let sq = hi * hi;
                let old = csum;
                csum += sq;
                frac1 += (old - csum) + sq;
                let cross = 2.0 * hi * lo;
                let old = csum;
                csum += cross;
                frac2 += (old - csum) + cross;
                frac3 += lo * lo;
            }
            let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
            // Subtract h*h exactly, then correct h by the first term of sqrt's series.
            let (hi, lo) = split(h);
            let x = -hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = -2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            let x = -lo * lo;
            let old = csum;
            csum += x;
            frac3 += (old - csum) + x;
            let x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        // max is so small that 2**-max_e overflows: divide by max instead.
        for &item in v {
            let x = item / max;
            let x = x * x;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        max * (csum - 1.0 + frac1).sqrt()
    }

    /// `hypot(*coordinates)`.
    pub fn hypot(coordinates: &[f64]) -> f64 {
        let mut abs = Vec::with_capacity(coordinates.len());
        let (mut max, mut found_nan) = (0.0f64, false);
        for &c in coordinates {
            let x = c.abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            abs.push(x);
        }
        vector_norm(&abs, max, found_nan)
    }

    /// `dist(p, q)`: the Euclidean distance between two points.
    pub fn dist<P: Real, Q: Real>(p: Vec<P>, q: Vec<Q>) -> super::py::PyResult<f64> {
        if p.len() != q.len() {
            return super::py::raise(
                "ValueError",
                "both points must have the same number of dimensions",
            );
        }
        let mut diffs = Vec::with_capacity(p.len());
        let (mut max, mut found_nan) = (0.0f64, false);
        for (a, b) in p.iter().zip(q.iter()) {
            let x = (a.to_f64() - b.to_f64()).abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            diffs.push(x);
        }
        Ok(vector_norm(&diffs, max, found_nan))
    }

    /// `fsum(iterable)`: the correctly rounded sum, from exact partial sums (Shewchuk),
    /// with a final half-even fix-up across partials.
    pub fn fsum<T: Real>(items: Vec<T>) -> super::py::PyResult<f64> {
        let mut partials: Vec<f64> = Vec::new();
        let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
        for item in items {
            let original = item.to_f64();
            let mut x = original;
            let mut kept = 0;
            for j in 0..partials.len() {
                let mut y = partials[j];
                if x.abs() < y.abs() {
                    std::mem::swap(&mut x, &mut y);
                }
                let hi = x + y;
                let lo = y - (hi - x);
                if lo != 0.0 {
                    partials[kept] = lo;
                    kept += 1;
                }
                x = hi;
            }
            partials.truncate(kept);
            if x != 0.0 {
                if !x.is_finite() {
                    // An infinity or NaN among the items, or an overflow of the sum.
                    if original.is_finite() {
                        return super::py::raise("OverflowError", "intermediate overflow in fsum");
                    }
                    if original.is_infinite() {
                        inf_sum += original;
                    }
                    special_sum += original;
                    partials.clear();
                } else {
                    partials.push(x);
                }
            }
        }
        if special_sum != 0.0 {
            if inf_sum.is_nan() {
                return super::py::raise("ValueError", "-inf + inf in fsum");
            }
            return Ok(special_sum);
        }
        let mut n = partials.len();
        let mut hi = 0.0f64;
        if n > 0 {
            n -= 1;
            hi = partials[n];
            let mut lo = 0.0f64;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = partials[n];
                hi = x + y;
                lo = y - (hi - x);
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))
            {
                let y = lo * 2.0;
                let x = hi + y;
                if y == x - hi {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }

    /// `prod(iterable)` of ints.
    pub fn prod_int(items: Vec<i64>, start: i64) -> i64 {
        let mut r = start;
        for x in items {
            r = r.checked_mul(x).unwrap_or_else(|| too_big("prod"));
        }
        r
    }

    /// `prod(iterable, start=float)`: the running product, in order.
    pub fn prod_float<T: Real>(items: Vec<T>, start: f64) -> f64 {
        let mut r = start;
        for x in items {
            r *= x.to_f64();
        }
        r
    }

    pub fn factorial(n: i64) -> super::py::PyResult<i64> {
        if n < 0 {
            return super::py::raise("ValueError", "factorial() not defined for negative values");
        }
        let mut r: i64 = 1;
        for k in 2..=n {
            r = r.checked_mul(k).unwrap_or_else(|| too_big("factorial"));
        }
        Ok(r)
    }

    /// The integer part of the square root of n.
    pub fn isqrt(n: i64) -> super::py::PyResult<i64> {
        if n < 0 {
            return super::py::raise("ValueError", "isqrt() argument must be nonnegative");
        }
        let n = n as u64;
        // The float square root is within one of the answer for every 63-bit n.
        let mut a = (n as f64).sqrt() as u64;
        while a * a > n {
            a -= 1;
        }
        while (a + 1) * (a + 1) <= n {
            a += 1;
        }
        Ok(a as i64)
    }

    fn check_n_k(n: i64, k: i64) -> super::py::PyResult<()> {
        if n < 0 {
            return super::py::raise("ValueError", "n must be a non-negative integer");
        }
        if k < 0 {
            return super::py::raise("ValueError", "k must be a non-negative integer");
        }
        Ok(())
    }

    /// `comb(n, k)`: n! / (k! * (n - k)!), 0 when k > n.
    pub fn comb(n: i64, k: i64) -> super::py::PyResult<i64> {
        check_n_k(n, k)?;
        if k > n {
            return Ok(0);
        }
        let k = k.min(n - k) as u128;
        let n = n as u128;
        let mut r: u128 = 1;
        for i in 1..=k {
            // r is comb(n - k + i - 1, i - 1); each step stays exact and below the result.
            r = r * (n - k + i) / i;
            if r > i64::MAX as u128 {
                too_big("comb");
            }
        }
        Ok(fits(r, "comb"))
    }

    /// `perm(n, k)`: n! / (n - k)!, 0 when k > n.
    pub fn perm(n: i64, k: i64) -> super::py::PyResult<i64> {
        check_n_k(n, k)?;
        if k > n {
            return Ok(0);
        }
        let mut r: i64 = 1;
        for i in 0..k {
            r = r.checked_mul(n - i).unwrap_or_else(|| too_big("perm"));
        }
        Ok(r)
    }

    /// `gcd(*integers)`: the greatest common divisor of the absolute values; gcd() is 0.
    pub fn gcd(items: &[i64]) -> i64 {
        let mut g: u64 = 0;
        for &x in items {
            let mut a = g;
            let mut b = x.unsigned_abs();
            while b != 0 {
                let t = a % b;
                a = b;
                b = t;
            }
            g = a;
        }
        fits(u128::from(g), "gcd")
    }

    /// `lcm(*integers)`: the least common multiple of the absolute values; lcm() is 1.
    pub fn lcm(items: &[i64]) -> i64 {
        let mut l: u128 = 1;
        for &x in items {
            let b = u128::from(x.unsigned_abs());
            if l == 0 || b == 0 {
                l = 0;
                continue;
            }
            let (mut p, mut q) = (l, b);
            while q != 0 {
                let t = p % q;
                p = q;
                q = t;
            }
            l = l / p * b;
            if l > i64::MAX as u128 {
                too_big("lcm");
            }
        }
        fits(l, "lcm")
    }

    /// sin(pi * x) for finite x, exact at integers and half-integers.
    fn sinpi(x: f64) -> f64 {
        let pi = std::f64::consts::PI;
        let y = x.abs() % 2.0;
        let n = (2.0 * y).round() as i32;
        let r = match n {
            0 => (pi * y).sin(),
            1 => (pi * (y - 0.5)).cos(),
            // Not -sin(pi * (y - 1.0)), which is -0.0 at y == 1.0.
            2 => (pi * (1.0 - y)).sin(),
            3 => -(pi * (y - 1.5)).cos(),
            _ => (pi * (y - 2.0)).sin(),
        };
        1.0f64.copysign(x) * r
    }

    const LANCZOS_G: f64 = 6.024680040776729583740234375;
    const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
    const LANCZOS_NUM: [f64; 13] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];
    /// The Lanczos sum's denominator: x * (x + 1) * ... * (x + 11), expanded.
    const LANCZOS_DEN: [f64; 13] = [
        0.0,
        39916800.0,
        120543840.0,
        150917976.0,
        105258076.0,
        45995730.0,
        13339535.0,
        2637558.0,
        357423.0,
        32670.0,
        1925.0,
        66.0,
        1.0,
    ];

    /// gamma(n) = (n - 1)! for n from 1 to 23, as the nearest floats.
    const GAMMA_INTEGRAL: [f64; 23] = [
        1.0,
        1.0,
        2.0,
        6.0,
        24.0,
        120.0,
        720.0,
        5040.0,
        40320.0,
        362880.0,
        3628800.0,
        39916800.0,
        479001600.0,
        6227020800.0,
        87178291200.0,
        1307674368000.0,
        20922789888000.0,
        355687428096000.0,
        6402373705728000.0,
        121645100408832000.0,
        2432902008176640000.0,
        51090942171709440000.0,
        1124000727777607680000.0,
    ];

    /// The Lanczos sum as a rational function of x (of 1/x from 5 up, against overflow).
    fn lanczos_sum(x: f64) -> f64 {
        let (mut num, mut den) = (0.0f64, 0.0f64);
        if x < 5.0 {
            for i in (0..13).rev() {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for i in 0..13 {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        num / den
    }

    /// `gamma(x)`: exact factorials up to 23, Lanczos with an error correction above,
    /// reflection below zero.
    pub fn gamma(x: f64) -> super::py::PyResult<f64> {
        if !x.is_finite() {
            if x.is_nan() || x > 0.0 {
                return Ok(x);
            }
            return domain();
        }
        if x == 0.0 {
            return domain();
        }
        if x == x.floor() {
            if x < 0.0 {
                return domain();
            }
            if x <= 23.0 {
                return Ok(GAMMA_INTEGRAL[x as usize - 1]);
            }
        }
        let absx = x.abs();
        if absx < 1e-20 {
            let r = 1.0 / x;
            return if r.is_infinite() { range() } else { Ok(r) };
        }
        if absx > 200.0 {
            if x < 0.0 {
                return Ok(0.0 / sinpi(x));
            }
            return range();
        }
        let y = absx + LANCZOS_G_MINUS_HALF;
        // The rounding error in y, scaled: corrects pow and exp of an inexact y.
        let z = if absx > LANCZOS_G_MINUS_HALF {
            (y - absx) - LANCZOS_G_MINUS_HALF
        } else {
            (y - LANCZOS_G_MINUS_HALF) - absx
        };
        let z = z * LANCZOS_G / y;
        let mut r;
        if x < 0.0 {
            r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
            r -= z * r;
            if absx < 140.0 {
                r /= y.powf(absx - 0.5);
            } else {
                let half = y.powf(absx / 2.0 - 0.25);
                r /= half;
                r /= half;
            }
        } else {
            r = lanczos_sum(absx) / y.exp();
            r += z * r;
            if absx < 140.0 {
                r *= y.powf(absx - 0.5);
            } else {
                let half = y.powf(absx / 2.0 - 0.25);
                r *= half;
                r *= half;
            }
        }
        if r.is_infinite() {
            return range();
        }
        Ok(r)
    }

    /// `lgamma(x)`: log(abs(gamma(x))) by the Lanczos formula, reflection below zero.
    pub fn lgamma(x: f64) -> super::py::PyResult<f64> {
        if !x.is_finite() {
            return Ok(if x.is_nan() { x } else { f64::INFINITY });
        }
        if x == x.floor() && x <= 2.0 {
            if x <= 0.0 {
                return domain();
            }
            return Ok(0.0);
        }
        let absx = x.abs();
        if absx < 1e-20 {
            return Ok(-absx.ln());
        }
        let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
        r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
        if x < 0.0 {
            let logpi = 1.144729885849400174143427351353058711647;
            r = logpi - sinpi(absx).abs().ln() - absx.ln() - r;
        }
        if r.is_infinite() {
            return range();
        }
        Ok(r)
    }
}
