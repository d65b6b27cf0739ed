/// Python's `int`: arbitrary precision, as CPython 3.11 computes it (Objects/longobject.c is
/// the specification). A value that fits in 64 bits is `Small` and its arithmetic is the
/// machine's, checked; only a result that leaves the 64-bit range goes to the `Big` path,
/// which works on magnitudes of 32-bit limbs. The representation is canonical: `Big` never
/// holds a value that fits in an `i64`, so equality and hashing may compare the variants
/// directly. Cloning a `Big` shares its limbs (`Rc`); every operation makes a new value.
///
/// Why this shape: an int slot must hold any int, so the type is one enum rather than an
/// `i64` that overflows into something else; `Small` inline keeps the common case free of
/// allocation and of pointer chasing, and each operation is a small inlined test of both tags
/// around the checked machine operation, with the limb code out of line (`#[cold]`), so the
/// optimizer sees nearly what it sees for `i64` (bench/int.sh measures the pair). `Rc` rather
/// than `Box` makes a clone O(1), which matters because the lowering clones non-`Copy`
/// values. 32-bit limbs keep every limb product and Knuth D's trial quotient in native `u64`.
/// Where a value must be index-sized (an index, a length, a `range` bound, a repeat count)
/// the lowering converts with `to_index`, CPython's OverflowError when it does not fit.
#[allow(dead_code)]
mod int {
    use std::borrow::Cow;
    use std::cmp::Ordering;
    use std::rc::Rc;

    #[derive(Clone, PartialEq, Eq, Hash, Debug)]
    pub enum Int {
        Small(i64),
        Big(Rc<Big>),
    }

    /// An int outside the 64-bit range: its sign and its magnitude, 32-bit limbs, least
    /// significant first, without high zero limbs.
    #[derive(PartialEq, Eq, Hash, Debug)]
    pub struct Big {
        negative: bool,
        mag: Vec<u32>,
    }

    /// CPython 3.11's default `sys.get_int_max_str_digits()`: the most decimal digits `str()`
    /// writes and `int()` reads for a base that is not a power of two.
    pub const MAX_STR_DIGITS: usize = 4300;

    /// Below this many limbs in the shorter factor, schoolbook multiplication is faster.
    const KARATSUBA_CUTOFF: usize = 48;

    // ------------------------------------------------------------ magnitudes

    fn trim(m: &mut Vec<u32>) {
        while m.last() == Some(&0) {
            m.pop();
        }
    }

    fn mag_of_u64(v: u64) -> Vec<u32> {
        let mut m = vec![v as u32, (v >> 32) as u32];
        trim(&mut m);
        m
    }

    fn mag_cmp(a: &[u32], b: &[u32]) -> Ordering {
        if a.len() != b.len() {
            return a.len().cmp(&b.len());
        }
        for i in (0..a.len()).rev() {
            if a[i] != b[i] {
                return a[i].cmp(&b[i]);
            }
        }
        Ordering::Equal
    }

    fn mag_add(a: &[u32], b: &[u32]) -> Vec<u32> {
        let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
        let mut out = Vec::with_capacity(long.len() + 1);
        let mut carry = 0u64;
        for i in 0..long.len() {
            let s = long[i] as u64 + *short.get(i).unwrap_or(&0) as u64 + carry;
            out.push(s as u32);
            carry = s >> 32;
        }
        if carry != 0 {
            out.push(carry as u32);
        }
        out
    }

    /// `a - b` for `a >= b`.
    fn mag_sub(a: &[u32], b: &[u32]) -> Vec<u32> {
        let mut out = Vec::with_capacity(a.len());
        let mut borrow = 0i64;
        for i in 0..a.len() {
            let mut d = a[i] as i64 - *b.get(i).unwrap_or(&0) as i64 - borrow;
            borrow = 0;
            if d < 0 {
                d += 1 << 32;
                borrow = 1;
            }
            out.push(d as u32);
        }
        trim(&mut out);
        out
    }

    /// Adds `b` into `acc` starting at limb `at`; `acc` is long enough to hold the sum.
    fn add_into(acc: &mut [u32], b: &[u32], at: usize) {
        let mut carry = 0u64;
        let mut i = 0;
        while i < b.len() || carry != 0 {
            let s = acc[at + i] as u64 + *b.get(i).unwrap_or(&0) as u64 + carry;
            acc[at + i] = s as u32;
            carry = s >> 32;
            i += 1;
        }
    }

    fn schoolbook(a: &[u32], b: &[u32]) -> Vec<u32> {
        let mut out = vec![0u32; a.len() + b.len()];
        for (i, &x) in a.iter().enumerate() {
            if x == 0 {
                continue;
            }
            let mut carry = 0u64;
            for (j, &y) in b.iter().enumerate() {
                let t = x as u64 * y as u64 + out[i + j] as u64 + carry;
                out[i + j] = t as u32;
                carry = t >> 32;
            }
            out[i + b.len()] = carry as u32;
        }
        trim(&mut out);
        out
    }

    fn mag_mul(a: &[u32], b: &[u32]) -> Vec<u32> {
        if a.is_empty() || b.is_empty() {
            return Vec::new();
        }
        if a.len().min(b.len()) < KARATSUBA_CUTOFF {
            return schoolbook(a, b);
        }
        let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
        let half = long.len() / 2;
        let mut out = vec![0u32; a.len() + b.len() + 1];
        if short.len() <= half {
            // Unbalanced: cut the longer factor into pieces as long as the shorter one.
            let mut at = 0;
            while at < long.len() {
                let end = (at + short.len()).min(long.len());
                let mut piece = long[at..end].to_vec();
                trim(&mut piece);
                add_into(&mut out, &mag_mul(&piece, short), at);
                at = end;
            }
        } else {
            // Karatsuba: (a1 B + a0)(b1 B + b0) = z2 B^2 + ((a0 + a1)(b0 + b1) - z2 - z0) B + z0.
            let split = |m: &[u32]| {
                let mut low = m[..half].to_vec();
                trim(&mut low);
                (low, m[half..].to_vec())
            };
            let (a0, a1) = split(long);
            let (b0, b1) = split(short);
            let z0 = mag_mul(&a0, &b0);
            let z2 = mag_mul(&a1, &b1);
            let z1 = mag_sub(
                &mag_sub(&mag_mul(&mag_add(&a0, &a1), &mag_add(&b0, &b1)), &z0),
                &z2,
            );
            add_into(&mut out, &z0, 0);
            add_into(&mut out, &z1, half);
            add_into(&mut out, &z2, 2 * half);
        }
        trim(&mut out);
        out
    }

    /// `(a / d, a % d)` for one limb `d > 0`.
    fn mag_divrem_limb(a: &[u32], d: u32) -> (Vec<u32>, u32) {
        let mut q = vec![0u32; a.len()];
        let mut r = 0u64;
        for i in (0..a.len()).rev() {
            let cur = (r << 32) | a[i] as u64;
            q[i] = (cur / d as u64) as u32;
            r = cur % d as u64;
        }
        trim(&mut q);
        (q, r as u32)
    }

    fn mag_shl(a: &[u32], bits: usize) -> Vec<u32> {
        if a.is_empty() {
            return Vec::new();
        }
        let (limbs, rest) = (bits / 32, (bits % 32) as u32);
        let mut out = vec![0u32; limbs];
        out.reserve(a.len() + 1);
        if rest == 0 {
            out.extend_from_slice(a);
        } else {
            let mut carry = 0u32;
            for &x in a {
                out.push((x << rest) | carry);
                carry = x >> (32 - rest);
            }
            out.push(carry);
        }
        trim(&mut out);
        out
    }

    /// `a >> bits`, and whether a one bit was shifted out.
    fn mag_shr(a: &[u32], bits: usize) -> (Vec<u32>, bool) {
        let (limbs, rest) = (bits / 32, (bits % 32) as u32);
        if limbs >= a.len() {
            return (Vec::new(), !a.is_empty());
        }
        let mut lost = a[..limbs].iter().any(|&x| x != 0);
        let mut out = Vec::with_capacity(a.len() - limbs);
        if rest == 0 {
            out.extend_from_slice(&a[limbs..]);
        } else {
            lost |= a[limbs] & ((1u32 << rest) - 1) != 0;
            for i in limbs..a.len() {
                let high = if i + 1 < a.len() {
                    a[i + 1] << (32 - rest)
                } else {
                    0
                };
                out.push((a[i] >> rest) | high);
            }
        }
        trim(&mut out);
        (out, lost)
    }

    fn mag_bits(a: &[u32]) -> usize {
        match a.last() {
            None => 0,
            Some(&top) => 32 * (a.len() - 1) + (32 - top.leading_zeros() as usize),
        }
    }

    /// `(a / b, a % b)` for `b` not zero: Knuth's algorithm D (TAOCP 4.3.1).
    fn mag_divrem(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
        if mag_cmp(a, b) == Ordering::Less {
            return (Vec::new(), a.to_vec());
        }
        if b.len() == 1 {
            let (q, r) = mag_divrem_limb(a, b[0]);
            return (q, mag_of_u64(r as u64));
        }
        // Normalize so that the divisor's top limb has its high bit set.
        let shift = b[b.len() - 1].leading_zeros() as usize;
        let v = mag_shl(b, shift);
        let mut u = mag_shl(a, shift);
        if u.len() == a.len() {
            u.push(0);
        }
        while u.len() < a.len() + 1 {
            u.push(0);
        }
        let n = v.len();
        let m = u.len() - n;
        let mut q = vec![0u32; m];
        let base = 1u64 << 32;
        let (vtop, vnext) = (v[n - 1] as u64, v[n - 2] as u64);
        for j in (0..m).rev() {
            let top = ((u[j + n] as u64) << 32) | u[j + n - 1] as u64;
            let mut qhat = top / vtop;
            let mut rhat = top % vtop;
            while qhat >= base || qhat * vnext > ((rhat << 32) | u[j + n - 2] as u64) {
                qhat -= 1;
                rhat += vtop;
                if rhat >= base {
                    break;
                }
            }
            // u[j..j+n+1] -= qhat * v
            let mut borrow = 0i64;
            let mut carry = 0u64;
            for i in 0..n {
                let p = qhat * v[i] as u64 + carry;
                carry = p >> 32;
                let t = u[i + j] as i64 - borrow - (p & 0xffff_ffff) as i64;
                u[i + j] = t as u32;
                borrow = if t < 0 { 1 } else { 0 };
            }
            let t = u[j + n] as i64 - borrow - carry as i64;
            u[j + n] = t as u32;
            if t < 0 {
                // qhat was one too large: add the divisor back.
                qhat -= 1;
                let mut c = 0u64;
                for i in 0..n {
                    let s = u[i + j] as u64 + v[i] as u64 + c;
                    u[i + j] = s as u32;
                    c = s >> 32;
                }
                u[j + n] = u[j + n].wrapping_add(c as u32);
            }
            q[j] = qhat as u32;
        }
        trim(&mut q);
        u.truncate(n);
        trim(&mut u);
        let (r, _) = mag_shr(&u, shift);
        (q, r)
    }

    /// The limbs of a value in two's complement, `len` limbs long (long enough for its sign).
    fn twos(negative: bool, mag: &[u32], len: usize) -> Vec<u32> {
        let mut out = mag.to_vec();
        out.resize(len, 0);
        if negative {
            let mut carry = 1u64;
            for x in out.iter_mut() {
                let s = (!*x) as u64 + carry;
                *x = s as u32;
                carry = s >> 32;
            }
        }
        out
    }

    fn from_twos(mut t: Vec<u32>) -> Int {
        let negative = t.last().map_or(false, |&x| x >> 31 == 1);
        if negative {
            let mut carry = 1u64;
            for x in t.iter_mut() {
                let s = (!*x) as u64 + carry;
                *x = s as u32;
                carry = s >> 32;
            }
        }
        Int::from_parts(negative, t)
    }

    // ------------------------------------------------------------ construction

    impl From<i64> for Int {
        fn from(v: i64) -> Int {
            Int::Small(v)
        }
    }

    impl From<bool> for Int {
        fn from(v: bool) -> Int {
            Int::Small(v as i64)
        }
    }

    impl Int {
        /// The canonical value of a sign and a magnitude.
        fn from_parts(negative: bool, mut mag: Vec<u32>) -> Int {
            trim(&mut mag);
            if mag.len() <= 2 {
                let u = mag.first().copied().unwrap_or(0) as u64
                    | (mag.get(1).copied().unwrap_or(0) as u64) << 32;
                if !negative && u <= i64::MAX as u64 {
                    return Int::Small(u as i64);
                }
                if negative && u <= 1 << 63 {
                    return Int::Small((u as i64).wrapping_neg());
                }
            }
            Int::Big(Rc::new(Big { negative, mag }))
        }

        /// The sign and the magnitude, borrowed where the value is big.
        fn parts(&self) -> (bool, Cow<'_, [u32]>) {
            match self {
                Int::Small(v) => (*v < 0, Cow::Owned(mag_of_u64(v.unsigned_abs()))),
                Int::Big(b) => (b.negative, Cow::Borrowed(&b.mag[..])),
            }
        }

        /// The 32-bit words of `abs(self)`, least significant first, without high zero words.
        pub fn magnitude_words(&self) -> Vec<u32> {
            self.parts().1.into_owned()
        }

        pub fn is_zero(&self) -> bool {
            matches!(self, Int::Small(0))
        }

        pub fn is_negative(&self) -> bool {
            match self {
                Int::Small(v) => *v < 0,
                Int::Big(b) => b.negative,
            }
        }

        /// The value as an `i64`, if it fits.
        pub fn to_i64(&self) -> Option<i64> {
            match self {
                Int::Small(v) => Some(*v),
                Int::Big(_) => None,
            }
        }

        /// The value where CPython needs an index-sized integer (a list index, a repeat
        /// count, a range bound): OverflowError when it does not fit.
        pub fn to_index(&self) -> super::py::PyResult<i64> {
            match self {
                Int::Small(v) => Ok(*v),
                Int::Big(_) => super::py::raise(
                    "OverflowError",
                    "cannot fit 'int' into an index-sized integer",
                ),
            }
        }

        // -------------------------------------------------------- arithmetic

        #[inline]
        pub fn add(&self, o: &Int) -> Int {
            if let (Int::Small(a), Int::Small(b)) = (self, o) {
                if let Some(v) = a.checked_add(*b) {
                    return Int::Small(v);
                }
            }
            self.add_slow(o, false)
        }

        #[inline]
        pub fn sub(&self, o: &Int) -> Int {
            if let (Int::Small(a), Int::Small(b)) = (self, o) {
                if let Some(v) = a.checked_sub(*b) {
                    return Int::Small(v);
                }
            }
            self.add_slow(o, true)
        }

        #[cold]
        #[inline(never)]
        fn add_slow(&self, o: &Int, subtract: bool) -> Int {
            let (an, am) = self.parts();
            let (bn, bm) = o.parts();
            let bn = bn != subtract;
            if an == bn {
                return Int::from_parts(an, mag_add(&am, &bm));
            }
            match mag_cmp(&am, &bm) {
                Ordering::Equal => Int::Small(0),
                Ordering::Greater => Int::from_parts(an, mag_sub(&am, &bm)),
                Ordering::Less => Int::from_parts(bn, mag_sub(&bm, &am)),
            }
        }

        #[inline]
        pub fn mul(&self, o: &Int) -> Int {
            if let (Int::Small(a), Int::Small(b)) = (self, o) {
                if let Some(v) = a.checked_mul(*b) {
                    return Int::Small(v);
                }
            }
            self.mul_slow(o)
        }

        #[cold]
        #[inline(never)]
        fn mul_slow(&self, o: &Int) -> Int {
            let (an, am) = self.parts();
            let (bn, bm) = o.parts();
            Int::from_parts(an != bn, mag_mul(&am, &bm))
        }

        #[inline]
        pub fn neg(&self) -> Int {
            if let Int::Small(a) = self {
                if let Some(v) = a.checked_neg() {
                    return Int::Small(v);
                }
            }
            self.neg_slow()
        }

        #[cold]
        #[inline(never)]
        fn neg_slow(&self) -> Int {
            let (n, m) = self.parts();
            Int::from_parts(!n, m.into_owned())
        }

        #[inline]
        pub fn abs(&self) -> Int {
            if self.is_negative() {
                self.neg()
            } else {
                self.clone()
            }
        }

        /// `(a // b, a % b)`: the quotient rounded towards negative infinity, the remainder
        /// with the sign of `b`.
        pub fn divmod(&self, o: &Int) -> super::py::PyResult<(Int, Int)> {
            if o.is_zero() {
                return super::py::raise("ZeroDivisionError", "integer division or modulo by zero");
            }
            Ok(self.divmod_nonzero(o))
        }

        #[inline]
        pub fn floordiv(&self, o: &Int) -> super::py::PyResult<Int> {
            if let (Int::Small(a), Int::Small(b)) = (self, o) {
                // b == -1 could overflow (i64::MIN // -1): the slow path has room.
                if *b != 0 && *b != -1 {
                    let (q, r) = (a / b, a % b);
                    return Ok(Int::Small(if r != 0 && ((r < 0) != (*b < 0)) {
                        q - 1
                    } else {
                        q
                    }));
                }
            }
            self.floordiv_slow(o)
        }

        #[cold]
        #[inline(never)]
        fn floordiv_slow(&self, o: &Int) -> super::py::PyResult<Int> {
            if o.is_zero() {
                return super::py::raise("ZeroDivisionError", "integer division or modulo by zero");
            }
            Ok(self.divmod_nonzero(o).0)
        }

        #[inline]
        pub fn modulo(&self, o: &Int) -> super::py::PyResult<Int> {
            if let (Int::Small(a), Int::Small(b)) = (self, o) {
                if *b != 0 && *b != -1 {
                    let r = a % b;
                    return Ok(Int::Small(if r != 0 && ((r < 0) != (*b < 0)) {
                        r + b
                    } else {
                        r
                    }));
                }
            }
            self.modulo_slow(o)
        }

        #[cold]
        #[inline(never)]
        fn modulo_slow(&self, o: &Int) -> super::py::PyResult<Int> {
            if o.is_zero() {
                return super::py::raise("ZeroDivisionError", "integer modulo by zero");
            }
            Ok(self.divmod_nonzero(o).1)
        }

        fn divmod_nonzero(&self, o: &Int) -> (Int, Int) {
            let (an, am) = self.parts();
            let (bn, bm) = o.parts();
            let (mut q, mut r) = mag_divrem(&am, &bm);
            if an != bn && !r.is_empty() {
                q = mag_add(&q, &[1]);
                r = mag_sub(&bm, &r);
            }
            (Int::from_parts(an != bn, q), Int::from_parts(bn, r))
        }

        /// `a ** b` for `b >= 0` (a negative exponent makes a float, which is the caller's).
        pub fn pow(&self, e: &Int) -> super::py::PyResult<Int> {
            let e = match e {
                Int::Small(e) if *e >= 0 => *e as u64,
                Int::Small(_) => {
                    return super::py::raise("ValueError", "negative exponent for an int result")
                }
                Int::Big(b) if b.negative => {
                    return super::py::raise("ValueError", "negative exponent for an int result")
                }
                Int::Big(_) => {
                    return match self {
                        Int::Small(0) | Int::Small(1) => Ok(self.clone()),
                        Int::Small(-1) => Ok(Int::Small(if e.is_odd() { -1 } else { 1 })),
                        _ => super::py::raise("MemoryError", ""),
                    }
                }
            };
            if let Int::Small(a) = self {
                if let Ok(e32) = u32::try_from(e) {
                    if let Some(v) = a.checked_pow(e32) {
                        return Ok(Int::Small(v));
                    }
                }
                if matches!(a, 0 | 1) {
                    return Ok(self.clone());
                }
                if *a == -1 {
                    return Ok(Int::Small(if e & 1 == 1 { -1 } else { 1 }));
                }
            }
            let (neg, base) = self.parts();
            if (mag_bits(&base) as u128 - 1).saturating_mul(e as u128) > 1 << 40 {
                return super::py::raise("MemoryError", "");
            }
            let mut result = vec![1u32];
            let mut square = base.into_owned();
            let mut k = e;
            while k > 0 {
                if k & 1 == 1 {
                    result = mag_mul(&result, &square);
                }
                k >>= 1;
                if k > 0 {
                    square = mag_mul(&square, &square);
                }
            }
            Ok(Int::from_parts(neg && e & 1 == 1, result))
        }

        fn is_odd(&self) -> bool {
            match self {
                Int::Small(v) => v & 1 == 1,
                Int::Big(b) => b.mag[0] & 1 == 1,
            }
        }

        /// `pow(a, b, m)`: the result has the sign of `m`; a negative `b` takes the inverse
        /// of `a` modulo `m`.
        pub fn pow_mod(&self, e: &Int, m: &Int) -> super::py::PyResult<Int> {
            if m.is_zero() {
                return super::py::raise("ValueError", "pow() 3rd argument cannot be 0");
            }
            let modulus = m.abs();
            let mut base = self.modulo(&modulus)?;
            let mut e = e.clone();
            if e.is_negative() {
                base = match base.inverse_mod(&modulus) {
                    Some(inv) => inv,
                    None => {
                        return super::py::raise(
                            "ValueError",
                            "base is not invertible for the given modulus",
                        )
                    }
                };
                e = e.neg();
            }
            let r = if let (Int::Small(b), Int::Small(n), Int::Small(k)) = (&base, &modulus, &e) {
                let (n, mut b, mut k) = (*n as u128, *b as u128, *k as u64);
                let mut r = 1 % n;
                while k > 0 {
                    if k & 1 == 1 {
                        r = r * b % n;
                    }
                    b = b * b % n;
                    k >>= 1;
                }
                Int::Small(r as i64)
            } else {
                let (_, n) = modulus.parts();
                let (_, ebits) = e.parts();
                let (_, b) = base.parts();
                let mut r = mag_divrem(&[1], &n).1;
                let bits = mag_bits(&ebits);
                for i in (0..bits).rev() {
                    r = mag_divrem(&mag_mul(&r, &r), &n).1;
                    if (ebits[i / 32] >> (i % 32)) & 1 == 1 {
                        r = mag_divrem(&mag_mul(&r, &b), &n).1;
                    }
                }
                Int::from_parts(false, r)
            };
            Ok(if m.is_negative() && !r.is_zero() {
                r.add(m)
            } else {
                r
            })
        }

        /// The inverse of `self` (in `0..m`) modulo `m > 0`, if they are coprime.
        fn inverse_mod(&self, m: &Int) -> Option<Int> {
            let (mut a, mut b) = (self.clone(), m.clone());
            let (mut x0, mut x1) = (Int::Small(1), Int::Small(0));
            while !b.is_zero() {
                let (q, r) = a.divmod_nonzero(&b);
                a = std::mem::replace(&mut b, r);
                let next = x0.sub(&q.mul(&x1));
                x0 = std::mem::replace(&mut x1, next);
            }
            if a != Int::Small(1) {
                return None;
            }
            x0.modulo(m).ok()
        }

        // -------------------------------------------------------- bits

        pub fn shl(&self, count: &Int) -> super::py::PyResult<Int> {
            let n = match count {
                Int::Small(n) if *n >= 0 => *n,
                _ if count.is_negative() => {
                    return super::py::raise("ValueError", "negative shift count")
                }
                _ => i64::MAX,
            };
            if let Int::Small(a) = self {
                if *a == 0 {
                    return Ok(Int::Small(0));
                }
                if n < 63 && (a.unsigned_abs().leading_zeros() as i64) > n + 1 {
                    return Ok(Int::Small(a << n));
                }
            }
            if n as u64 >= 1 << 40 {
                return super::py::raise("MemoryError", "");
            }
            let (neg, m) = self.parts();
            Ok(Int::from_parts(neg, mag_shl(&m, n as usize)))
        }

        pub fn shr(&self, count: &Int) -> super::py::PyResult<Int> {
            let n = match count {
                Int::Small(n) if *n >= 0 => *n,
                _ if count.is_negative() => {
                    return super::py::raise("ValueError", "negative shift count")
                }
                _ => i64::MAX,
            };
            if let Int::Small(a) = self {
                return Ok(Int::Small(a >> n.min(63)));
            }
            let (neg, m) = self.parts();
            let bits = usize::try_from(n).unwrap_or(usize::MAX);
            let (q, lost) = mag_shr(&m, bits);
            // An arithmetic shift rounds towards negative infinity.
            let q = if neg && lost { mag_add(&q, &[1]) } else { q };
            Ok(Int::from_parts(neg, q))
        }

        #[cold]
        #[inline(never)]
        fn bitwise(&self, o: &Int, op: fn(u32, u32) -> u32) -> Int {
            let (an, am) = self.parts();
            let (bn, bm) = o.parts();
            let len = am.len().max(bm.len()) + 1;
            let (x, y) = (twos(an, &am, len), twos(bn, &bm, len));
            from_twos(x.iter().zip(y.iter()).map(|(&p, &q)| op(p, q)).collect())
        }

        #[inline]
        pub fn and(&self, o: &Int) -> Int {
            if let (Int::Small(a), Int::Small(b)) = (self, o) {
                return Int::Small(a & b);
            }
            self.bitwise(o, |p, q| p & q)
        }

        #[inline]
        pub fn or(&self, o: &Int) -> Int {
            if let (Int::Small(a), Int::Small(b)) = (self, o) {
                return Int::Small(a | b);
            }
            self.bitwise(o, |p, q| p | q)
        }

        #[inline]
        pub fn xor(&self, o: &Int) -> Int {
            if let (Int::Small(a), Int::Small(b)) = (self, o) {
                return Int::Small(a ^ b);
            }
            self.bitwise(o, |p, q| p ^ q)
        }

        /// `~a`, which is `-(a + 1)`.
        pub fn invert(&self) -> Int {
            if let Int::Small(a) = self {
                return Int::Small(!a);
            }
            self.add(&Int::Small(1)).neg()
        }

        /// `int.bit_length()`: the bits of the magnitude, without the sign.
        pub fn bit_length(&self) -> i64 {
            match self {
                Int::Small(v) => 64 - v.unsigned_abs().leading_zeros() as i64,
                Int::Big(b) => mag_bits(&b.mag) as i64,
            }
        }

        // -------------------------------------------------------- floats

        /// `float(a)`: the nearest float, halves to even.
        pub fn to_f64(&self) -> super::py::PyResult<f64> {
            match self {
                Int::Small(v) => Ok(*v as f64),
                Int::Big(b) => match round_to_f64(b.negative, &b.mag, false, 0) {
                    Some(f) => Ok(f),
                    None => super::py::raise("OverflowError", "int too large to convert to float"),
                },
            }
        }

        /// `a / b`: the float nearest to the exact quotient, halves to even.
        pub fn truediv(&self, o: &Int) -> super::py::PyResult<f64> {
            if o.is_zero() {
                return super::py::raise("ZeroDivisionError", "division by zero");
            }
            if let (Int::Small(a), Int::Small(b)) = (self, o) {
                if a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 {
                    return Ok(*a as f64 / *b as f64);
                }
            }
            let negative = self.is_negative() != o.is_negative();
            if self.is_zero() {
                return Ok(if negative { -0.0 } else { 0.0 });
            }
            let (_, am) = self.parts();
            let (_, bm) = o.parts();
            let diff = mag_bits(&am) as i64 - mag_bits(&bm) as i64;
            if diff > 1025 {
                return super::py::raise(
                    "OverflowError",
                    "integer division result too large for a float",
                );
            }
            if diff < -1080 {
                return Ok(if negative { -0.0 } else { 0.0 });
            }
            // Scale so that the quotient has at least 55 bits, then round it with the
            // remainder as a sticky bit.
            let scale = 55 - diff;
            let (q, r) = if scale >= 0 {
                mag_divrem(&mag_shl(&am, scale as usize), &bm)
            } else {
                mag_divrem(&am, &mag_shl(&bm, (-scale) as usize))
            };
            match round_to_f64(negative, &q, !r.is_empty(), -scale) {
                Some(f) => Ok(f),
                None => super::py::raise(
                    "OverflowError",
                    "integer division result too large for a float",
                ),
            }
        }

        /// `int(f)`: the float truncated towards zero.
        pub fn from_f64(f: f64) -> super::py::PyResult<Int> {
            if f.is_nan() {
                return super::py::raise("ValueError", "cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return super::py::raise(
                    "OverflowError",
                    "cannot convert float infinity to integer",
                );
            }
            if f.abs() < 9.223372036854775808e18 {
                return Ok(Int::Small(f as i64));
            }
            // |f| >= 2**63 is an integer: its mantissa times a power of two.
            let bits = f.to_bits();
            let exponent = ((bits >> 52) & 0x7ff) as usize - 1075;
            let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
            Ok(Int::from_parts(
                f < 0.0,
                mag_shl(&mag_of_u64(mantissa), exponent),
            ))
        }

        /// How `self` compares with the float `f`, exactly (None when `f` is NaN).
        pub fn cmp_f64(&self, f: f64) -> Option<Ordering> {
            if f.is_nan() {
                return None;
            }
            if f.is_infinite() {
                return Some(if f > 0.0 {
                    Ordering::Less
                } else {
                    Ordering::Greater
                });
            }
            match self {
                Int::Small(i) => {
                    if f >= 9.223372036854775807e18 {
                        return Some(Ordering::Less);
                    }
                    if f < -9.223372036854775808e18 {
                        return Some(Ordering::Greater);
                    }
                    let floor = f.floor();
                    let whole = floor as i64;
                    Some(if *i < whole || (*i == whole && f > floor) {
                        Ordering::Less
                    } else if *i > whole {
                        Ordering::Greater
                    } else {
                        Ordering::Equal
                    })
                }
                Int::Big(b) => {
                    if f.abs() < 9.223372036854775808e18 {
                        return Some(if b.negative {
                            Ordering::Less
                        } else {
                            Ordering::Greater
                        });
                    }
                    Some(self.cmp(&Int::from_f64(f).ok()?))
                }
            }
        }

        // -------------------------------------------------------- text

        /// `str(a)`: ValueError past CPython's limit of 4300 digits.
        pub fn to_str(&self) -> super::py::PyResult<String> {
            match self {
                Int::Small(v) => Ok(v.to_string()),
                Int::Big(b) => {
                    // CPython's quick check on the size first, then the exact count.
                    if mag_bits(&b.mag) / 4 > MAX_STR_DIGITS + 2 {
                        return too_many_digits();
                    }
                    let digits = decimal_digits(&b.mag);
                    if digits.len() > MAX_STR_DIGITS {
                        return too_many_digits();
                    }
                    Ok(if b.negative {
                        format!("-{}", digits)
                    } else {
                        digits
                    })
                }
            }
        }

        /// The magnitude's digits in a base that is a power of two (2, 8 or 16), no prefix.
        pub fn digits_pow2(&self, bits_per_digit: u32) -> String {
            let (_, m) = self.parts();
            let total = mag_bits(&m);
            if total == 0 {
                return "0".to_string();
            }
            let count = (total + bits_per_digit as usize - 1) / bits_per_digit as usize;
            let mut out = String::with_capacity(count);
            for d in (0..count).rev() {
                let mut v = 0u32;
                for k in (0..bits_per_digit as usize).rev() {
                    let bit = d * bits_per_digit as usize + k;
                    let set = bit < total && (m[bit / 32] >> (bit % 32)) & 1 == 1;
                    v = (v << 1) | set as u32;
                }
                out.push(std::char::from_digit(v, 16).unwrap_or('?'));
            }
            out
        }

        /// The magnitude's decimal digits, with no limit (for format specs that CPython limits
        /// the same way: callers check).
        pub fn decimal_magnitude(&self) -> super::py::PyResult<String> {
            let s = self.to_str()?;
            Ok(s.trim_start_matches('-').to_string())
        }

        /// `int(s, base)` for a str (`int(s)` is base 10).
        pub fn parse(s: &str, base: i64) -> super::py::PyResult<Int> {
            let (negative, radix, digits) = super::py::int_literal(s, base)?;
            Int::from_digits(negative, &digits, radix)
        }

        /// `int(text, base)` from validated parts: the digits (ASCII, no `_`), in `radix`.
        pub fn from_digits(negative: bool, digits: &str, radix: u32) -> super::py::PyResult<Int> {
            if !radix.is_power_of_two() && digits.len() > MAX_STR_DIGITS {
                return super::py::raise(
                    "ValueError",
                    format!(
                        "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                        MAX_STR_DIGITS,
                        digits.len()
                    ),
                );
            }
            // As many digits per step as fit in a limb.
            let mut per = 1;
            while (radix as u64).pow(per + 1) <= u32::MAX as u64 {
                per += 1;
            }
            let bytes = digits.as_bytes();
            let mut mag: Vec<u32> = Vec::new();
            for chunk in bytes.chunks(per as usize) {
                let mut v = 0u64;
                for &c in chunk {
                    v = v * radix as u64 + (c as char).to_digit(radix).unwrap_or(0) as u64;
                }
                let scale = (radix as u64).pow(chunk.len() as u32);
                let mut carry = v;
                for x in mag.iter_mut() {
                    let t = *x as u64 * scale + carry;
                    *x = t as u32;
                    carry = t >> 32;
                }
                if carry != 0 {
                    mag.push(carry as u32);
                }
            }
            Ok(Int::from_parts(negative, mag))
        }
    }

    fn too_many_digits<T>() -> super::py::PyResult<T> {
        super::py::raise(
            "ValueError",
            format!(
                "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                MAX_STR_DIGITS
            ),
        )
    }

    /// The decimal digits of a magnitude: nine at a time, by repeated division by 10**9.
    fn decimal_digits(m: &[u32]) -> String {
        let mut rest = m.to_vec();
        let mut groups = Vec::new();
        while !rest.is_empty() {
            let (q, r) = mag_divrem_limb(&rest, 1_000_000_000);
            groups.push(r);
            rest = q;
        }
        let mut out = String::with_capacity(groups.len() * 9);
        for (i, g) in groups.iter().rev().enumerate() {
            if i == 0 {
                out.push_str(&g.to_string());
            } else {
                out.push_str(&format!("{:09}", g));
            }
        }
        if out.is_empty() {
            out.push('0');
        }
        out
    }

    /// `(q + sticky) * 2**exp2` as the nearest float, halves to even, where `sticky` says
    /// whether something below `q`'s last bit is not zero; None when it overflows.
    fn round_to_f64(negative: bool, q: &[u32], sticky: bool, exp2: i64) -> Option<f64> {
        let len = mag_bits(q) as i64;
        if len == 0 {
            return Some(if negative { -0.0 } else { 0.0 });
        }
        let top = len - 1 + exp2;
        if top > 1023 {
            return None;
        }
        // 53 bits for a normal result, fewer for a subnormal one.
        let keep = if top >= -1022 {
            53
        } else {
            (top + 1075).max(0)
        };
        let drop = (len - keep).max(0);
        let (shifted, _) = mag_shr(q, drop as usize);
        let mut m = shifted.first().copied().unwrap_or(0) as u64
            | (shifted.get(1).copied().unwrap_or(0) as u64) << 32;
        if drop > 0 {
            let bit = |i: i64| (q[(i / 32) as usize] >> (i % 32)) & 1 == 1;
            let half = bit(drop - 1);
            let below = sticky || (0..drop - 1).any(bit);
            if half && (below || m & 1 == 1) {
                m += 1;
            }
        }
        let mut x = m as f64;
        let mut k = exp2 + drop;
        while k > 1000 {
            x *= f64::from_bits(((1023 + 1000) as u64) << 52);
            k -= 1000;
        }
        while k < -1000 {
            x *= f64::from_bits(((1023 - 1000) as u64) << 52);
            k += 1000;
        }
        x *= f64::from_bits(((1023 + k) as u64) << 52);
        if x.is_infinite() {
            return None;
        }
        Some(if negative { -x } else { x })
    }

    impl PartialOrd for Int {
        fn partial_cmp(&self, o: &Int) -> Option<Ordering> {
            Some(self.cmp(o))
        }
    }

    impl Ord for Int {
        #[inline]
        fn cmp(&self, o: &Int) -> Ordering {
            if let (Int::Small(a), Int::Small(b)) = (self, o) {
                return a.cmp(b);
            }
            let (an, am) = self.parts();
            let (bn, bm) = o.parts();
            match (an, bn) {
                (false, true) => Ordering::Greater,
                (true, false) => Ordering::Less,
                (false, false) => mag_cmp(&am, &bm),
                (true, true) => mag_cmp(&bm, &am),
            }
        }
    }

    impl Int {
        /// CPython's `hash()`: the value modulo 2**61 - 1 with its sign, -1 becoming -2.
        pub fn py_hash(&self) -> i64 {
            const MODULUS: u64 = (1 << 61) - 1;
            let (negative, m) = self.parts();
            let mut h: u64 = 0;
            for &limb in m.iter().rev() {
                // h * 2**32 + limb, reduced: 2**61 is 1 modulo 2**61 - 1.
                let t = ((h as u128) << 32) | limb as u128;
                h = (t % MODULUS as u128) as u64;
            }
            let h = if negative { -(h as i64) } else { h as i64 };
            if h == -1 {
                -2
            } else {
                h
            }
        }
    }

    impl Int {
        /// An int literal of the translated program beyond 64 bits (decimal digits, a sign).
        pub fn lit(digits: &str) -> Int {
            let (negative, digits) = match digits.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, digits),
            };
            match Int::from_digits(negative, digits, 10) {
                Ok(v) => v,
                Err(e) => super::py::die(&e),
            }
        }

        /// `math.factorial(n)`: ValueError for a negative `n`, as CPython.
        pub fn factorial(n: &Int) -> super::py::PyResult<Int> {
            if n.is_negative() {
                return super::py::raise(
                    "ValueError",
                    "factorial() not defined for negative values",
                );
            }
            let n = match n.to_i64() {
                Some(n) => n,
                None => {
                    return super::py::raise(
                        "OverflowError",
                        "factorial() argument should not exceed 9223372036854775807",
                    )
                }
            };
            Ok(Int::product_range(1, n))
        }

        /// The product of `lo..=hi` (1 when empty), split in halves so the factors stay balanced.
        fn product_range(lo: i64, hi: i64) -> Int {
            if lo > hi {
                return Int::Small(1);
            }
            if hi - lo < 16 {
                let mut acc = Int::Small(lo);
                for k in lo + 1..=hi {
                    acc = acc.mul(&Int::Small(k));
                }
                return acc;
            }
            let mid = lo + (hi - lo) / 2;
            Int::product_range(lo, mid).mul(&Int::product_range(mid + 1, hi))
        }

        /// `math.perm(n, k)`: n! / (n - k)!, 0 when k > n; ValueError for negative arguments.
        pub fn perm(n: &Int, k: &Int) -> super::py::PyResult<Int> {
            if n.is_negative() {
                return super::py::raise("ValueError", "n must be a non-negative integer");
            }
            if k.is_negative() {
                return super::py::raise("ValueError", "k must be a non-negative integer");
            }
            if k > n {
                return Ok(Int::Small(0));
            }
            let (n, k) = (n.to_index()?, k.to_index()?);
            Ok(Int::product_range(n - k + 1, n))
        }

        /// `math.comb(n, k)`: n! / (k! (n - k)!), 0 when k > n; ValueError for negative arguments.
        pub fn comb(n: &Int, k: &Int) -> super::py::PyResult<Int> {
            if n.is_negative() {
                return super::py::raise("ValueError", "n must be a non-negative integer");
            }
            if k.is_negative() {
                return super::py::raise("ValueError", "k must be a non-negative integer");
            }
            if k > n {
                return Ok(Int::Small(0));
            }
            let n = n.to_index()?;
            let k = k.to_index()?.min(n - k.to_index()?);
            // Each partial product C(n - k + i, i) is exact, so the division is exact.
            let mut acc = Int::Small(1);
            for i in 1..=k {
                acc = acc.mul(&Int::Small(n - k + i)).floordiv(&Int::Small(i))?;
            }
            Ok(acc)
        }
    }

    impl Int {
        /// `sum(items, start)` of ints, added left to right as CPython does.
        pub fn sum(items: Vec<Int>, start: Int) -> Int {
            items.iter().fold(start, |acc, x| acc.add(x))
        }

        /// `math.prod(items, start=start)` of ints, multiplied left to right as CPython does.
        pub fn prod(items: Vec<Int>, start: Int) -> Int {
            items.iter().fold(start, |acc, x| acc.mul(x))
        }
    }

    impl super::py::PyOrd for Int {
        fn py_cmp(&self, other: &Self) -> Ordering {
            self.cmp(other)
        }
    }

    /// `str()` and `repr()`. Past the 4300-digit limit the program ends with CPython's
    /// ValueError: `Show` cannot raise, so code that catches it calls `to_str` instead.
    impl super::py::Show for Int {
        fn repr(&self) -> String {
            match self.to_str() {
                Ok(s) => s,
                Err(e) => super::py::die(&e),
            }
        }
    }

    impl super::py::PyHash for Int {
        fn py_hash(&self) -> i64 {
            Int::py_hash(self)
        }
    }

    /// `format(v, spec)`: the 64-bit int's rules (the prelude's `format_int_by`), with the
    /// digits of any size; decimal digits are limited as `str()` is.
    impl super::py::Format for Int {
        fn format(&self, spec: &str) -> super::py::PyResult<String> {
            if let Int::Small(v) = self {
                return super::py::format_int(*v, spec);
            }
            if spec.is_empty() {
                return self.to_str();
            }
            let digits = |kind: char| -> super::py::PyResult<String> {
                Ok(match kind {
                    'b' => self.digits_pow2(1),
                    'o' => self.digits_pow2(3),
                    'x' => self.digits_pow2(4),
                    'X' => self.digits_pow2(4).to_uppercase(),
                    _ => self.decimal_magnitude()?,
                })
            };
            super::py::format_int_by(spec, self.is_negative(), None, || self.to_f64(), digits)
        }
    }
}
