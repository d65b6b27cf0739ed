    // ---------------------------------------------------------------- numeric tower

    /// A value of a `float` slot that may hold an int, as Python lets it: `x: float = 1` keeps
    /// the int 1, which prints as `1`, computes as an int with other ints and becomes a float
    /// only where a float joins it (CPython's int and float objects, Objects/longobject.c and
    /// floatobject.c). Slots the translation proves to hold floats stay plain `f64`.
    #[derive(Clone, Copy, Debug)]
    pub enum Num {
        I(i64),
        F(f64),
    }

    impl Num {
        /// The float an int converts to where Python converts it (`float(i)`, `i + 0.5`):
        /// the nearest float, halves to even. The one place the int side becomes a float.
        fn int_as_float(i: i64) -> f64 {
            i as f64
        }

        /// `float(x)`.
        pub fn f(self) -> f64 {
            match self {
                Num::I(i) => Num::int_as_float(i),
                Num::F(x) => x,
            }
        }

        /// `isinstance(x, int)`.
        pub fn is_int(self) -> bool {
            matches!(self, Num::I(_))
        }

        pub fn add(self, o: Num) -> Num {
            match (self, o) {
                (Num::I(a), Num::I(b)) => Num::I(add(a, b)),
                _ => Num::F(self.f() + o.f()),
            }
        }

        pub fn sub(self, o: Num) -> Num {
            match (self, o) {
                (Num::I(a), Num::I(b)) => Num::I(sub(a, b)),
                _ => Num::F(self.f() - o.f()),
            }
        }

        pub fn mul(self, o: Num) -> Num {
            match (self, o) {
                (Num::I(a), Num::I(b)) => Num::I(mul(a, b)),
                _ => Num::F(self.f() * o.f()),
            }
        }

        /// `x // y`, rounded towards negative infinity.
        pub fn floordiv(self, o: Num) -> PyResult<Num> {
            match (self, o) {
                (Num::I(a), Num::I(b)) => Ok(Num::I(floordiv(a, b)?)),
                _ => Ok(Num::F(float_floordiv(self.f(), o.f())?)),
            }
        }

        /// `x % y`, with the divisor's sign.
        pub fn rem(self, o: Num) -> PyResult<Num> {
            match (self, o) {
                (Num::I(a), Num::I(b)) => Ok(Num::I(modulo(a, b)?)),
                _ => Ok(Num::F(float_mod(self.f(), o.f())?)),
            }
        }

        /// `x ** y`: an int for two ints with a non-negative exponent, a float otherwise (an
        /// int to a negative int power is computed on floats, as CPython's long_pow does).
        pub fn pow(self, o: Num) -> PyResult<Num> {
            match (self, o) {
                (Num::I(a), Num::I(b)) if b >= 0 => Ok(Num::I(pow_int(a, b))),
                _ => Ok(Num::F(pow_float(self.f(), o.f())?)),
            }
        }

        pub fn neg(self) -> Num {
            match self {
                Num::I(i) => Num::I(neg(i)),
                Num::F(x) => Num::F(-x),
            }
        }

        pub fn abs(self) -> Num {
            match self {
                Num::I(i) => Num::I(abs_int(i)),
                Num::F(x) => Num::F(x.abs()),
            }
        }

        pub fn truthy(self) -> bool {
            match self {
                Num::I(i) => i != 0,
                Num::F(x) => x != 0.0,
            }
        }

        /// The sign of `self - o` as -1.0, 0.0 or 1.0, compared exactly as CPython compares
        /// ints and floats; NaN when either is NaN, so `a.cmp(b) < 0.0` is `a < b` for every
        /// operator.
        pub fn cmp(self, o: Num) -> f64 {
            match (self, o) {
                (Num::I(a), Num::I(b)) => match a.cmp(&b) {
                    Ordering::Less => -1.0,
                    Ordering::Equal => 0.0,
                    Ordering::Greater => 1.0,
                },
                (Num::I(a), Num::F(b)) => int_float_cmp(a, b),
                (Num::F(a), Num::I(b)) => float_int_cmp(a, b),
                (Num::F(a), Num::F(b)) => match a.partial_cmp(&b) {
                    Some(Ordering::Less) => -1.0,
                    Some(Ordering::Equal) => 0.0,
                    Some(Ordering::Greater) => 1.0,
                    None => f64::NAN,
                },
            }
        }

        /// `int(x)`: an int as it is, a float truncated towards zero.
        pub fn to_int(self) -> PyResult<i64> {
            match self {
                Num::I(i) => Ok(i),
                Num::F(x) => float_to_int(x),
            }
        }

        /// `math.floor(x)`: an int as it is, a float rounded down to an int.
        pub fn floor(self) -> PyResult<i64> {
            match self {
                Num::I(i) => Ok(i),
                Num::F(x) => float_to_int(x.floor()),
            }
        }

        /// `math.ceil(x)`.
        pub fn ceil(self) -> PyResult<i64> {
            match self {
                Num::I(i) => Ok(i),
                Num::F(x) => float_to_int(x.ceil()),
            }
        }

        /// `math.trunc(x)`.
        pub fn trunc(self) -> PyResult<i64> {
            self.to_int()
        }

        /// `round(x)`: an int as it is, a float to the nearest int, halves to even.
        pub fn round(self) -> PyResult<i64> {
            match self {
                Num::I(i) => Ok(i),
                Num::F(x) => round_int(x),
            }
        }

        /// `round(x, n)`: an int stays an int (rounded to a multiple of `10**-n`, halves to
        /// even, when `n` is negative), a float as `round_float`.
        pub fn round_to(self, digits: i64) -> Num {
            match self {
                Num::I(i) if digits >= 0 => Num::I(i),
                Num::I(i) => Num::I(round_int_tens(i, digits.unsigned_abs())),
                Num::F(x) => Num::F(round_float(x, digits)),
            }
        }
    }

    /// `x / y`: a float always; two ints divide exactly, then round once.
    pub fn num_div(x: Num, y: Num) -> PyResult<f64> {
        match (x, y) {
            (Num::I(a), Num::I(b)) => truediv(a, b),
            _ => float_div(x.f(), y.f()),
        }
    }

    /// `i` rounded to a multiple of `10**n`, halves to even, as CPython's `round(int, -n)`.
    fn round_int_tens(i: i64, n: u64) -> i64 {
        if n > 19 {
            return 0;
        }
        let m = 10i128.pow(n as u32);
        let v = i as i128;
        let q = v.div_euclid(m);
        let r = v.rem_euclid(m);
        let twice = 2 * r;
        let q = if twice > m || (twice == m && q % 2 != 0) {
            q + 1
        } else {
            q
        };
        i64::try_from(q * m).unwrap_or_else(|_| overflow("round()"))
    }

    impl From<i64> for Num {
        fn from(i: i64) -> Num {
            Num::I(i)
        }
    }

    impl From<f64> for Num {
        fn from(x: f64) -> Num {
            Num::F(x)
        }
    }

    /// `sum(items, start)` where an item or the start may be an int: adds left to right, as
    /// CPython's sum does (an int total turns into a float at the first float item).
    pub fn sum_num<T: Into<Num>>(items: Vec<T>, start: Num) -> Num {
        items
            .into_iter()
            .fold(start, |total, x| total.add(x.into()))
    }

    /// `math.prod(items, start=start)` where an item or the start may be an int: multiplies
    /// left to right, as CPython's prod does.
    pub fn prod_num<T: Into<Num>>(items: Vec<T>, start: Num) -> Num {
        items
            .into_iter()
            .fold(start, |total, x| total.mul(x.into()))
    }

    impl PartialEq for Num {
        fn eq(&self, other: &Num) -> bool {
            self.cmp(*other) == 0.0
        }
    }

    impl Show for Num {
        fn repr(&self) -> String {
            match self {
                Num::I(i) => i.repr(),
                Num::F(x) => x.repr(),
            }
        }
    }

    impl Format for Num {
        fn format(&self, spec: &str) -> PyResult<String> {
            match self {
                Num::I(i) => i.format(spec),
                Num::F(x) => x.format(spec),
            }
        }
    }

    impl PyOrd for Num {
        fn py_cmp(&self, other: &Num) -> Ordering {
            let c = self.cmp(*other);
            if c < 0.0 {
                Ordering::Less
            } else if c > 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        }
    }

    impl PyHash for Num {
        /// An int hashes as an int, a float as a float: an integral float as the equal int.
        fn py_hash(&self) -> i64 {
            match self {
                Num::I(i) => i.py_hash(),
                Num::F(x) => x.py_hash(),
            }
        }
    }
