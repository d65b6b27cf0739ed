/// Python's `random` module as CPython 3.11 computes it: the Mersenne Twister of
/// Modules/_randommodule.c (its seeding, `random()` and `getrandbits()`), and the methods of
/// Lib/random.py built on them, drawing from the generator in the same order and with the
/// same float operations, so a seeded program gets CPython's numbers one for one. Ints are
/// 64-bit like the rest of the translation: a result that does not fit ends the program with
/// OverflowError; internally ranges and widths are computed in 128 bits, as CPython's ints
/// would compute them.
#[allow(dead_code)]
mod random {
    use std::cell::RefCell;
    use std::rc::Rc;

    const N: usize = 624;
    const M: usize = 397;

    /// `4 * exp(-0.5) / sqrt(2.0)`, `1.0 + log(4.5)` and `log(4.0)` as CPython computes them at
    /// import (Lib/random.py's NV_MAGICCONST, SG_MAGICCONST and LOG4).
    pub const NV_MAGICCONST: f64 = 1.7155277699214135;
    pub const SG_MAGICCONST: f64 = 2.504077396776274;
    pub const LOG4: f64 = 1.3862943611198906;
    pub const TWOPI: f64 = std::f64::consts::TAU;
    pub const BPF: i64 = 53;
    pub const RECIP_BPF: f64 = 1.1102230246251565e-16;

    /// The generator's state: the twister's words, the next word's index, and the second
    /// value `gauss()` made last time (Lib/random.py's `gauss_next`).
    pub struct Twister {
        mt: [u32; N],
        index: usize,
        gauss_next: Option<f64>,
    }

    /// A `random.Random` instance: a shared handle, as Python's object is.
    pub struct Random(Rc<RefCell<Twister>>);

    impl Clone for Random {
        fn clone(&self) -> Self {
            Random(Rc::clone(&self.0))
        }
    }

    /// The instance the module-level functions (`random.randint`, `random.seed`) use.
    pub fn inst() -> Random {
        thread_local! {
            /// The module's hidden instance (`random._inst`), seeded from the system at first use.
            static INSTANCE: Random = Random::new();
        }
        INSTANCE.with(|r| r.clone())
    }

    impl Twister {
        fn init_genrand(&mut self, s: u32) {
            self.mt[0] = s;
            for i in 1..N {
                let prev = self.mt[i - 1];
                self.mt[i] = 1812433253u32
                    .wrapping_mul(prev ^ (prev >> 30))
                    .wrapping_add(i as u32);
            }
            self.index = N;
        }

        fn init_by_array(&mut self, key: &[u32]) {
            self.init_genrand(19650218);
            let mut i = 1;
            let mut j = 0;
            for _ in 0..N.max(key.len()) {
                let prev = self.mt[i - 1];
                self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                    .wrapping_add(key[j])
                    .wrapping_add(j as u32);
                i += 1;
                j += 1;
                if i >= N {
                    self.mt[0] = self.mt[N - 1];
                    i = 1;
                }
                if j >= key.len() {
                    j = 0;
                }
            }
            for _ in 0..N - 1 {
                let prev = self.mt[i - 1];
                self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                    .wrapping_sub(i as u32);
                i += 1;
                if i >= N {
                    self.mt[0] = self.mt[N - 1];
                    i = 1;
                }
            }
            self.mt[0] = 0x80000000;
        }

        fn next_u32(&mut self) -> u32 {
            if self.index >= N {
                let mag = |y: u32| if y & 1 == 1 { 0x9908b0dfu32 } else { 0 };
                for k in 0..N {
                    let y = (self.mt[k] & 0x80000000) | (self.mt[(k + 1) % N] & 0x7fffffff);
                    self.mt[k] = self.mt[(k + M) % N] ^ (y >> 1) ^ mag(y);
                }
                self.index = 0;
            }
            let mut y = self.mt[self.index];
            self.index += 1;
            y ^= y >> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^ (y >> 18)
        }

        /// `random()`: 53 bits from two draws, 27 and 26 of them.
        fn random(&mut self) -> f64 {
            let a = (self.next_u32() >> 5) as f64;
            let b = (self.next_u32() >> 6) as f64;
            (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
        }

        /// `getrandbits(k)` for `k <= 128`: 32-bit words, least significant first, the last
        /// one's low bits dropped.
        fn bits(&mut self, k: u32) -> u128 {
            let mut out = 0u128;
            let mut left = k;
            let mut shift = 0;
            while left > 0 {
                let mut r = self.next_u32();
                if left < 32 {
                    r >>= 32 - left;
                }
                out |= (r as u128) << shift;
                shift += 32;
                left = left.saturating_sub(32);
            }
            out
        }

        /// `_randbelow(n)` for `n > 0`: getrandbits(n.bit_length()) until one is below n.
        fn below(&mut self, n: u128) -> u128 {
            let k = 128 - n.leading_zeros();
            let mut r = self.bits(k);
            while r >= n {
                r = self.bits(k);
            }
            r
        }
    }

    /// A seed `Random.seed` takes: its key words (the 32-bit words of `abs(n)` for an int,
    /// of the hash as an unsigned word for a float, of the bytes and their SHA-512 for a str).
    pub trait Seed {
        fn key(self) -> Vec<u32>;
    }

    /// The 32-bit words of an unsigned magnitude, least significant first; one word for 0.
    fn words(mut n: u128) -> Vec<u32> {
        let mut key = vec![n as u32];
        n >>= 32;
        while n != 0 {
            key.push(n as u32);
            n >>= 32;
        }
        key
    }

    impl Seed for i64 {
        fn key(self) -> Vec<u32> {
            words(self.unsigned_abs() as u128)
        }
    }

    impl Seed for bool {
        fn key(self) -> Vec<u32> {
            words(self as u128)
        }
    }

    impl Seed for f64 {
        /// CPython seeds with `hash(x)` read as an unsigned machine word.
        fn key(self) -> Vec<u32> {
            if self.is_nan() {
                super::py::fatal(
                    "RuntimeError",
                    "random.seed() of a float NaN: CPython hashes it by its address, so its numbers cannot be reproduced",
                );
            }
            words(super::py::PyHash::py_hash(&self) as u64 as u128)
        }
    }

    impl Seed for super::int::Int {
        fn key(self) -> Vec<u32> {
            let key = self.magnitude_words();
            if key.is_empty() {
                vec![0]
            } else {
                key
            }
        }
    }

    impl Seed for super::py::Num {
        fn key(self) -> Vec<u32> {
            match self {
                super::py::Num::I(i) => i.key(),
                super::py::Num::F(f) => f.key(),
            }
        }
    }

    impl Seed for &str {
        /// Version 2: `int.from_bytes(a + sha512(a).digest())` (big-endian), so the key's
        /// first word is the digest's last four bytes.
        fn key(self) -> Vec<u32> {
            let mut bytes = self.as_bytes().to_vec();
            bytes.extend_from_slice(&sha512(self.as_bytes()));
            let start = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
            let significant = &bytes[start..];
            let mut key = Vec::with_capacity(significant.len() / 4 + 1);
            for chunk in significant.rchunks(4) {
                let mut w = 0u32;
                for &b in chunk {
                    w = (w << 8) | b as u32;
                }
                key.push(w);
            }
            if key.is_empty() {
                key.push(0);
            }
            key
        }
    }

    impl Seed for String {
        fn key(self) -> Vec<u32> {
            self.as_str().key()
        }
    }

    /// SHA-512 (FIPS 180-4) of a message.
    fn sha512(message: &[u8]) -> [u8; 64] {
        const K: [u64; 80] = [
            0x428a2f98d728ae22,
            0x7137449123ef65cd,
            0xb5c0fbcfec4d3b2f,
            0xe9b5dba58189dbbc,
            0x3956c25bf348b538,
            0x59f111f1b605d019,
            0x923f82a4af194f9b,
            0xab1c5ed5da6d8118,
            0xd807aa98a3030242,
            0x12835b0145706fbe,
            0x243185be4ee4b28c,
            0x550c7dc3d5ffb4e2,
            0x72be5d74f27b896f,
            0x80deb1fe3b1696b1,
            0x9bdc06a725c71235,
            0xc19bf174cf692694,
            0xe49b69c19ef14ad2,
            0xefbe4786384f25e3,
            0x0fc19dc68b8cd5b5,
            0x240ca1cc77ac9c65,
            0x2de92c6f592b0275,
            0x4a7484aa6ea6e483,
            0x5cb0a9dcbd41fbd4,
            0x76f988da831153b5,
            0x983e5152ee66dfab,
            0xa831c66d2db43210,
            0xb00327c898fb213f,
            0xbf597fc7beef0ee4,
            0xc6e00bf33da88fc2,
            0xd5a79147930aa725,
            0x06ca6351e003826f,
            0x142929670a0e6e70,
            0x27b70a8546d22ffc,
            0x2e1b21385c26c926,
            0x4d2c6dfc5ac42aed,
            0x53380d139d95b3df,
            0x650a73548baf63de,
            0x766a0abb3c77b2a8,
            0x81c2c92e47edaee6,
            0x92722c851482353b,
            0xa2bfe8a14cf10364,
            0xa81a664bbc423001,
            0xc24b8b70d0f89791,
            0xc76c51a30654be30,
            0xd192e819d6ef5218,
            0xd69906245565a910,
            0xf40e35855771202a,
            0x106aa07032bbd1b8,
            0x19a4c116b8d2d0c8,
            0x1e376c085141ab53,
            0x2748774cdf8eeb99,
            0x34b0bcb5e19b48a8,
            0x391c0cb3c5c95a63,
            0x4ed8aa4ae3418acb,
            0x5b9cca4f7763e373,
            0x682e6ff3d6b2b8a3,
            0x748f82ee5defb2fc,
            0x78a5636f43172f60,
            0x84c87814a1f0ab72,
            0x8cc702081a6439ec,
            0x90befffa23631e28,
            0xa4506cebde82bde9,
            0xbef9a3f7b2c67915,
            0xc67178f2e372532b,
            0xca273eceea26619c,
            0xd186b8c721c0c207,
            0xeada7dd6cde0eb1e,
            0xf57d4f7fee6ed178,
            0x06f067aa72176fba,
            0x0a637dc5a2c898a6,
            0x113f9804bef90dae,
            0x1b710b35131c471b,
            0x28db77f523047d84,
            0x32caab7b40c72493,
            0x3c9ebe0a15c9bebc,
            0x431d67c49c100d4c,
            0x4cc5d4becb3e42b6,
            0x597f299cfc657e2a,
            0x5fcb6fab3ad6faec,
            0x6c44198c4a475817,
        ];
        let mut h: [u64; 8] = [
            0x6a09e667f3bcc908,
            0xbb67ae8584caa73b,
            0x3c6ef372fe94f82b,
            0xa54ff53a5f1d36f1,
            0x510e527fade682d1,
            0x9b05688c2b3e6c1f,
            0x1f83d9abfb41bd6b,
            0x5be0cd19137e2179,
        ];
        let mut padded = message.to_vec();
        padded.push(0x80);
        while padded.len() % 128 != 112 {
            padded.push(0);
        }
        padded.extend_from_slice(&((message.len() as u128) * 8).to_be_bytes());
        for block in padded.chunks(128) {
            let mut w = [0u64; 80];
            for t in 0..16 {
                let mut b = [0u8; 8];
                b.copy_from_slice(&block[t * 8..t * 8 + 8]);
                w[t] = u64::from_be_bytes(b);
            }
            for t in 16..80 {
                let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
                let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
                w[t] = w[t - 16]
                    .wrapping_add(s0)
                    .wrapping_add(w[t - 7])
                    .wrapping_add(s1);
            }
            let mut v = h;
            for t in 0..80 {
                let s1 = v[4].rotate_right(14) ^ v[4].rotate_right(18) ^ v[4].rotate_right(41);
                let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
                let t1 = v[7]
                    .wrapping_add(s1)
                    .wrapping_add(ch)
                    .wrapping_add(K[t])
                    .wrapping_add(w[t]);
                let s0 = v[0].rotate_right(28) ^ v[0].rotate_right(34) ^ v[0].rotate_right(39);
                let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
                let t2 = s0.wrapping_add(maj);
                v = [
                    t1.wrapping_add(t2),
                    v[0],
                    v[1],
                    v[2],
                    v[3].wrapping_add(t1),
                    v[4],
                    v[5],
                    v[6],
                ];
            }
            for i in 0..8 {
                h[i] = h[i].wrapping_add(v[i]);
            }
        }
        let mut out = [0u8; 64];
        for i in 0..8 {
            out[i * 8..i * 8 + 8].copy_from_slice(&h[i].to_be_bytes());
        }
        out
    }

    /// The key CPython uses without a seed: 624 words from the system's entropy source, or,
    /// where that cannot be read, the time and the process id. Such a program's numbers
    /// cannot be compared with another run's.
    fn entropy_key() -> Vec<u32> {
        use std::io::Read;
        let mut bytes = [0u8; N * 4];
        let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
        if read.is_ok() {
            return bytes
                .chunks(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        vec![now as u32, (now >> 32) as u32, std::process::id(), 0, 0]
    }

    /// A number a float parameter takes, and whether it is an int (whose differences are
    /// exact before they become floats, as Python's int arithmetic is).
    pub trait Real: Copy {
        fn f(self) -> f64;
        fn int(self) -> Option<i64>;
    }

    impl Real for f64 {
        fn f(self) -> f64 {
            self
        }
        fn int(self) -> Option<i64> {
            None
        }
    }

    impl Real for i64 {
        fn f(self) -> f64 {
            self as f64
        }
        fn int(self) -> Option<i64> {
            Some(self)
        }
    }

    impl Real for bool {
        fn f(self) -> f64 {
            self as i64 as f64
        }
        fn int(self) -> Option<i64> {
            Some(self as i64)
        }
    }

    impl Real for super::py::Num {
        fn f(self) -> f64 {
            super::py::Num::f(self)
        }
        fn int(self) -> Option<i64> {
            match self {
                super::py::Num::I(i) => Some(i),
                super::py::Num::F(_) => None,
            }
        }
    }

    /// `b - a` as Python computes it, then as a float: exact for two ints.
    fn difference<A: Real, B: Real>(b: B, a: A) -> f64 {
        match (b.int(), a.int()) {
            (Some(y), Some(x)) => (y as i128 - x as i128) as f64,
            _ => b.f() - a.f(),
        }
    }

    /// A sequence the methods index: its length, the name its IndexError gives
    /// (`list index out of range`), and its items by index.
    pub struct Population<T> {
        len: usize,
        name: &'static str,
        item: Box<dyn Fn(usize) -> T>,
    }

    impl<T: Clone + 'static> Population<T> {
        /// A list, read in place (nothing else runs while a method reads it).
        pub fn list(list: &super::py::List<T>) -> Self {
            let items = list.clone();
            Population {
                len: list.len() as usize,
                name: "list",
                item: Box::new(move |i| items.0.borrow()[i].clone()),
            }
        }

        /// The items of a tuple or a deque (`name`).
        pub fn items(items: Vec<T>, name: &'static str) -> Self {
            Population {
                len: items.len(),
                name,
                item: Box::new(move |i| items[i].clone()),
            }
        }
    }

    impl Population<String> {
        /// A str: its characters.
        pub fn chars(s: &str) -> Self {
            let chars: Vec<char> = s.chars().collect();
            Population {
                len: chars.len(),
                name: "string",
                item: Box::new(move |i| chars[i].to_string()),
            }
        }
    }

    impl Population<i64> {
        /// `range(start, stop, step)`, computed, never stored: CPython's length and items.
        pub fn range(start: i64, stop: i64, step: i64) -> super::py::PyResult<Self> {
            if step == 0 {
                return super::py::raise("ValueError", "range() arg 3 must not be zero");
            }
            let (lo, hi, st) = (start as i128, stop as i128, step as i128);
            let len = if st > 0 && lo < hi {
                (hi - lo - 1) / st + 1
            } else if st < 0 && lo > hi {
                (lo - hi - 1) / (-st) + 1
            } else {
                0
            };
            if len > i64::MAX as i128 {
                return super::py::raise(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                );
            }
            Ok(Population {
                len: len as usize,
                name: "range object",
                item: Box::new(move |i| (lo + st * i as i128) as i64),
            })
        }
    }

    impl<T> Population<T> {
        /// `population[i]`, with CPython's IndexError past the end.
        fn get(&self, i: usize) -> super::py::PyResult<T> {
            if i >= self.len {
                return super::py::raise("IndexError", format!("{} index out of range", self.name));
            }
            Ok((self.item)(i))
        }
    }

    /// A weight of `choices()`: its running sum is Python's `+` (ints exact), its total is
    /// `cum_weights[-1] + 0.0`, and bisect compares a float with it exactly.
    pub trait Weight: Copy {
        fn plus(self, o: Self) -> Self;
        fn total(self) -> f64;
        /// `x < self`, exactly.
        fn above(self, x: f64) -> bool;
    }

    impl Weight for f64 {
        fn plus(self, o: Self) -> Self {
            self + o
        }
        fn total(self) -> f64 {
            self + 0.0
        }
        fn above(self, x: f64) -> bool {
            x < self
        }
    }

    impl Weight for i64 {
        fn plus(self, o: Self) -> Self {
            super::py::add(self, o)
        }
        fn total(self) -> f64 {
            self as f64
        }
        fn above(self, x: f64) -> bool {
            // x < n for an int n exactly when floor(x) < n.
            let f = x.floor();
            if x.is_nan() || f >= 9.223372036854775808e18 {
                false
            } else if f < -9.223372036854775808e18 {
                true
            } else {
                (f as i64) < self
            }
        }
    }

    impl Weight for super::py::Num {
        fn plus(self, o: Self) -> Self {
            self.add(o)
        }
        fn total(self) -> f64 {
            self.f() + 0.0
        }
        fn above(self, x: f64) -> bool {
            match self {
                super::py::Num::I(i) => i.above(x),
                super::py::Num::F(f) => x < f,
            }
        }
    }

    impl Random {
        /// `Random()`: seeded from the system (see `entropy_key`).
        pub fn new() -> Random {
            let r = Random(Rc::new(RefCell::new(Twister {
                mt: [0; N],
                index: N + 1,
                gauss_next: None,
            })));
            r.seed_entropy();
            r
        }

        /// `Random(x)`.
        pub fn seeded<S: Seed>(x: S) -> Random {
            let r = Random::new_unseeded();
            r.seed(x);
            r
        }

        fn new_unseeded() -> Random {
            Random(Rc::new(RefCell::new(Twister {
                mt: [0; N],
                index: N + 1,
                gauss_next: None,
            })))
        }

        /// `a == b` for two instances: Random has no `__eq__`, so it is identity.
        pub fn same_object(&self, other: &Random) -> bool {
            Rc::ptr_eq(&self.0, &other.0)
        }

        /// `seed(x)`: init_by_array over the seed's key words; the cached gauss value goes.
        pub fn seed<S: Seed>(&self, x: S) {
            let key = x.key();
            let mut t = self.0.borrow_mut();
            t.init_by_array(&key);
            t.gauss_next = None;
        }

        /// `seed()` / `seed(None)`.
        pub fn seed_entropy(&self) {
            let key = entropy_key();
            let mut t = self.0.borrow_mut();
            t.init_by_array(&key);
            t.gauss_next = None;
        }

        pub fn random(&self) -> f64 {
            self.0.borrow_mut().random()
        }

        fn below(&self, n: u128) -> u128 {
            self.0.borrow_mut().below(n)
        }

        /// `getrandbits(k)`.
        pub fn getrandbits(&self, k: i64) -> super::py::PyResult<i64> {
            if k < 0 {
                return super::py::raise("ValueError", "number of bits must be non-negative");
            }
            if k > i32::MAX as i64 {
                return super::py::raise(
                    "OverflowError",
                    "Python int too large to convert to C int",
                );
            }
            let mut t = self.0.borrow_mut();
            if k <= 64 {
                let v = t.bits(k as u32);
                return Ok(fits(v as i128));
            }
            // Draw every word as CPython does; the value fits only if the high ones are 0.
            let low = t.bits(64);
            let mut high = false;
            let mut left = k - 64;
            while left > 0 {
                let take = left.min(32) as u32;
                high |= t.bits(take) != 0;
                left -= take as i64;
            }
            if high {
                too_big();
            }
            Ok(fits(low as i128))
        }

        /// `randrange(stop)`.
        pub fn randrange_to(&self, stop: i64) -> super::py::PyResult<i64> {
            if stop > 0 {
                return Ok(self.below(stop as u128) as i64);
            }
            super::py::raise("ValueError", "empty range for randrange()")
        }

        /// `randrange(start, stop[, step])`.
        pub fn randrange(&self, start: i64, stop: i64, step: i64) -> super::py::PyResult<i64> {
            self.range_from(start as i128, stop as i128, step as i128)
        }

        fn range_from(&self, start: i128, stop: i128, step: i128) -> super::py::PyResult<i64> {
            let width = stop - start;
            if step == 1 {
                if width > 0 {
                    return Ok(fits(start + self.below(width as u128) as i128));
                }
                return super::py::raise(
                    "ValueError",
                    format!(
                        "empty range for randrange() ({}, {}, {})",
                        start, stop, width
                    ),
                );
            }
            let n = if step > 0 {
                floor_div(width + step - 1, step)
            } else if step < 0 {
                floor_div(width + step + 1, step)
            } else {
                return super::py::raise("ValueError", "zero step for randrange()");
            };
            if n <= 0 {
                return super::py::raise("ValueError", "empty range for randrange()");
            }
            Ok(fits(start + step * self.below(n as u128) as i128))
        }

        /// `randint(a, b)`: `randrange(a, b + 1)`.
        pub fn randint(&self, a: i64, b: i64) -> super::py::PyResult<i64> {
            self.range_from(a as i128, b as i128 + 1, 1)
        }

        /// `choice(seq)`.
        pub fn choice<T>(&self, seq: Population<T>) -> super::py::PyResult<T> {
            if seq.len == 0 {
                return super::py::raise("IndexError", "Cannot choose from an empty sequence");
            }
            let i = self.below(seq.len as u128) as usize;
            seq.get(i)
        }

        /// `shuffle(x)`: for i from len - 1 down to 1, swap x[i] with x[randbelow(i + 1)].
        pub fn shuffle<T>(&self, x: &super::py::List<T>) {
            let mut items = x.0.borrow_mut();
            for i in (1..items.len()).rev() {
                let j = self.below(i as u128 + 1) as usize;
                items.swap(i, j);
            }
        }

        /// `sample(population, k)`: CPython's pool of the population's items where it is no
        /// bigger than the set of chosen indexes would be, else that set, redrawing repeats.
        pub fn sample<T: Clone>(
            &self,
            population: Population<T>,
            k: i64,
        ) -> super::py::PyResult<super::py::List<T>> {
            let n = population.len as i64;
            if !(0 <= k && k <= n) {
                return super::py::raise(
                    "ValueError",
                    "Sample larger than population or is negative",
                );
            }
            let mut setsize: i128 = 21;
            if k > 5 {
                // 4 ** ceil(log(k * 3, 4)), with math.log's two natural logs.
                let e = (((k * 3) as f64).ln() / 4f64.ln()).ceil();
                setsize += if e >= 60.0 {
                    1i128 << 120
                } else {
                    4i128.pow(e as u32)
                };
            }
            let mut result = Vec::with_capacity(k as usize);
            if n as i128 <= setsize {
                let mut pool: Vec<T> = (0..population.len).map(|i| (population.item)(i)).collect();
                for i in 0..k as usize {
                    let j = self.below((n as usize - i) as u128) as usize;
                    result.push(pool[j].clone());
                    pool[j] = pool[n as usize - i - 1].clone();
                }
            } else {
                let mut selected = std::collections::HashSet::new();
                for _ in 0..k {
                    let mut j = self.below(n as u128) as usize;
                    while selected.contains(&j) {
                        j = self.below(n as u128) as usize;
                    }
                    selected.insert(j);
                    result.push(population.get(j)?);
                }
            }
            Ok(super::py::List::from(result))
        }

        /// `choices(population, k=k)`: `population[floor(random() * n)]`, k times.
        pub fn choices<T>(
            &self,
            population: Population<T>,
            k: i64,
        ) -> super::py::PyResult<super::py::List<T>>
        where
            T: Clone,
        {
            let n = population.len as f64;
            let mut out = Vec::new();
            for _ in 0..k.max(0) {
                let i = (self.random() * n).floor();
                out.push(population.get(i as usize)?);
            }
            Ok(super::py::List::from(out))
        }

        /// `choices(population, weights, k=k)`: the running sums of the weights, then as
        /// with cumulative weights.
        pub fn choices_weighted<T: Clone, W: Weight>(
            &self,
            population: Population<T>,
            weights: Vec<W>,
            k: i64,
        ) -> super::py::PyResult<super::py::List<T>> {
            let mut cum = Vec::with_capacity(weights.len());
            for w in weights {
                let next = match cum.last() {
                    Some(&last) => W::plus(last, w),
                    None => w,
                };
                cum.push(next);
            }
            self.choices_cumulative(population, cum, "list", k)
        }

        /// `choices(population, cum_weights=cum, k=k)`: bisect on the cumulative weights for
        /// `random() * total`, over all but the last (`hi = n - 1`). `what` names the weights'
        /// sequence in the IndexError an empty one raises.
        pub fn choices_cumulative<T: Clone, W: Weight>(
            &self,
            population: Population<T>,
            cum: Vec<W>,
            what: &str,
            k: i64,
        ) -> super::py::PyResult<super::py::List<T>> {
            let n = population.len;
            if cum.len() != n {
                return super::py::raise(
                    "ValueError",
                    "The number of weights does not match the population",
                );
            }
            let Some(last) = cum.last() else {
                return super::py::raise("IndexError", format!("{} index out of range", what));
            };
            let total = last.total();
            if total <= 0.0 {
                return super::py::raise(
                    "ValueError",
                    "Total of weights must be greater than zero",
                );
            }
            if !total.is_finite() {
                return super::py::raise("ValueError", "Total of weights must be finite");
            }
            let mut out = Vec::new();
            for _ in 0..k.max(0) {
                let x = self.random() * total;
                let (mut lo, mut hi) = (0, n - 1);
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    if cum[mid].above(x) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                out.push(population.get(lo)?);
            }
            Ok(super::py::List::from(out))
        }

        /// `uniform(a, b)`: `a + (b - a) * random()`.
        pub fn uniform<A: Real, B: Real>(&self, a: A, b: B) -> f64 {
            let d = difference(b, a);
            a.f() + d * self.random()
        }

        /// `triangular(low, high)` (no mode: c is 0.5).
        pub fn triangular<L: Real, H: Real>(&self, low: L, high: H) -> f64 {
            let u = self.random();
            triangle(u, 0.5, low, high)
        }

        /// `triangular(low, high, mode)`: `low` itself where `high - low` is zero (CPython
        /// catches that ZeroDivisionError), so an int low comes back an int.
        pub fn triangular_mode<L: Real, H: Real, C: Real>(
            &self,
            low: L,
            high: H,
            mode: C,
        ) -> super::py::Num {
            let u = self.random();
            let span = difference(high, low);
            if span == 0.0 {
                return match low.int() {
                    Some(i) => super::py::Num::I(i),
                    None => super::py::Num::F(low.f()),
                };
            }
            let c = match (mode.int(), low.int(), high.int()) {
                // (mode - low) / (high - low) on ints: a correctly rounded true division.
                (Some(m), Some(l), Some(h)) => ratio(m as i128 - l as i128, h as i128 - l as i128),
                _ => difference(mode, low) / span,
            };
            super::py::Num::F(triangle(u, c, low, high))
        }

        /// `gauss(mu, sigma)`: two values from one pair of draws, the second kept for the
        /// next call.
        pub fn gauss<A: Real, B: Real>(&self, mu: A, sigma: B) -> f64 {
            let mut t = self.0.borrow_mut();
            let z = match t.gauss_next.take() {
                Some(z) => z,
                None => {
                    let x2pi = t.random() * TWOPI;
                    let g2rad = (-2.0 * (1.0 - t.random()).ln()).sqrt();
                    t.gauss_next = Some(x2pi.sin() * g2rad);
                    x2pi.cos() * g2rad
                }
            };
            mu.f() + z * sigma.f()
        }

        /// `normalvariate(mu, sigma)`: Kinderman and Monahan's ratio of uniforms.
        pub fn normalvariate<A: Real, B: Real>(&self, mu: A, sigma: B) -> f64 {
            let mut t = self.0.borrow_mut();
            let z = loop {
                let u1 = t.random();
                let u2 = 1.0 - t.random();
                let z = NV_MAGICCONST * (u1 - 0.5) / u2;
                let zz = z * z / 4.0;
                if zz <= -u2.ln() {
                    break z;
                }
            };
            mu.f() + z * sigma.f()
        }

        /// `lognormvariate(mu, sigma)`: `exp(normalvariate(mu, sigma))`.
        pub fn lognormvariate<A: Real, B: Real>(
            &self,
            mu: A,
            sigma: B,
        ) -> super::py::PyResult<f64> {
            exp(self.normalvariate(mu, sigma))
        }

        /// `expovariate(lambd)`: `-log(1.0 - random()) / lambd`.
        pub fn expovariate<A: Real>(&self, lambd: A) -> super::py::PyResult<f64> {
            let x = -(1.0 - self.random()).ln();
            divide(x, lambd.f())
        }

        /// `paretovariate(alpha)`: `(1.0 - random()) ** (-1.0 / alpha)`.
        pub fn paretovariate<A: Real>(&self, alpha: A) -> super::py::PyResult<f64> {
            let u = 1.0 - self.random();
            super::py::pow_float(u, divide(-1.0, alpha.f())?)
        }

        /// `weibullvariate(alpha, beta)`: `alpha * (-log(1.0 - random())) ** (1.0 / beta)`.
        pub fn weibullvariate<A: Real, B: Real>(
            &self,
            alpha: A,
            beta: B,
        ) -> super::py::PyResult<f64> {
            let u = 1.0 - self.random();
            Ok(alpha.f() * super::py::pow_float(-u.ln(), divide(1.0, beta.f())?)?)
        }

        /// `vonmisesvariate(mu, kappa)`.
        pub fn vonmisesvariate<A: Real, B: Real>(
            &self,
            mu: A,
            kappa: B,
        ) -> super::py::PyResult<f64> {
            let (mu, kappa) = (mu.f(), kappa.f());
            if kappa <= 1e-6 {
                return Ok(TWOPI * self.random());
            }
            let s = 0.5 / kappa;
            let r = s + (1.0 + s * s).sqrt();
            let z = loop {
                let u1 = self.random();
                let z = (std::f64::consts::PI * u1).cos();
                let d = z / (r + z);
                let u2 = self.random();
                if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                    break z;
                }
            };
            let q = 1.0 / r;
            let f = (q + z) / (1.0 + q * z);
            let u3 = self.random();
            let a = acos(f)?;
            if u3 > 0.5 {
                super::py::float_mod(mu + a, TWOPI)
            } else {
                super::py::float_mod(mu - a, TWOPI)
            }
        }

        /// `gammavariate(alpha, beta)`: Cheng's method above 1, the exponential at 1, and
        /// Ahrens and Dieter's below.
        pub fn gammavariate<A: Real, B: Real>(
            &self,
            alpha: A,
            beta: B,
        ) -> super::py::PyResult<f64> {
            let (alpha, beta) = (alpha.f(), beta.f());
            if alpha <= 0.0 || beta <= 0.0 {
                return super::py::raise(
                    "ValueError",
                    "gammavariate: alpha and beta must be > 0.0",
                );
            }
            if alpha > 1.0 {
                let ainv = (2.0 * alpha - 1.0).sqrt();
                let bbb = alpha - LOG4;
                let ccc = alpha + ainv;
                loop {
                    let u1 = self.random();
                    if !(1e-7 < u1 && u1 < 0.9999999) {
                        continue;
                    }
                    let u2 = 1.0 - self.random();
                    let v = (u1 / (1.0 - u1)).ln() / ainv;
                    let x = alpha * exp(v)?;
                    let z = u1 * u1 * u2;
                    let r = bbb + ccc * v - x;
                    if r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)? {
                        return Ok(x * beta);
                    }
                }
            } else if alpha == 1.0 {
                Ok(-(1.0 - self.random()).ln() * beta)
            } else {
                let e = std::f64::consts::E;
                let x = loop {
                    let u = self.random();
                    let b = (e + alpha) / e;
                    let p = b * u;
                    let x = if p <= 1.0 {
                        super::py::pow_float(p, 1.0 / alpha)?
                    } else {
                        -log((b - p) / alpha)?
                    };
                    let u1 = self.random();
                    if p > 1.0 {
                        if u1 <= super::py::pow_float(x, alpha - 1.0)? {
                            break x;
                        }
                    } else if u1 <= exp(-x)? {
                        break x;
                    }
                };
                Ok(x * beta)
            }
        }

        /// `betavariate(alpha, beta)`: two gamma variates.
        pub fn betavariate<A: Real, B: Real>(&self, alpha: A, beta: B) -> super::py::PyResult<f64> {
            let y = self.gammavariate(alpha, 1.0)?;
            if y != 0.0 {
                return Ok(y / (y + self.gammavariate(beta, 1.0)?));
            }
            Ok(0.0)
        }
    }

    /// The end of `triangular`: `low + (high - low) * sqrt(u * c)`, from the other end when
    /// `u > c`.
    fn triangle<L: Real, H: Real>(u: f64, c: f64, low: L, high: H) -> f64 {
        if u > c {
            let (u, c) = (1.0 - u, 1.0 - c);
            high.f() + difference(low, high) * (u * c).sqrt()
        } else {
            low.f() + difference(high, low) * (u * c).sqrt()
        }
    }

    /// `a / b` for two ints, the float nearest the exact quotient (halves to even).
    fn ratio(a: i128, b: i128) -> f64 {
        if a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 {
            return a as f64 / b as f64;
        }
        let (x, y) = (a.unsigned_abs(), b.unsigned_abs());
        let bits = |v: u128| 128 - v.leading_zeros() as i32;
        // A quotient of at least 60 bits, with the remainder as a sticky bit below it.
        let shift = (bits(y) + 60 - bits(x)).max(0);
        let q = (x << shift) / y;
        let sticky = ((x << shift) % y != 0) as u128;
        let v = ((q << 1) | sticky) as f64 / 2f64.powi(shift + 1);
        if (a < 0) != (b < 0) {
            -v
        } else {
            v
        }
    }

    /// Python's `a // b`: rounded towards negative infinity.
    fn floor_div(a: i128, b: i128) -> i128 {
        let q = a / b;
        if (a % b != 0) && ((a < 0) != (b < 0)) {
            q - 1
        } else {
            q
        }
    }

    fn fits(v: i128) -> i64 {
        i64::try_from(v).unwrap_or_else(|_| too_big())
    }

    fn too_big() -> ! {
        super::py::fatal(
            "OverflowError",
            "integer result of a random function does not fit in 64 bits",
        )
    }

    /// `a / b` on floats, CPython's ZeroDivisionError for a zero divisor.
    fn divide(a: f64, b: f64) -> super::py::PyResult<f64> {
        if b == 0.0 {
            return super::py::raise("ZeroDivisionError", "float division by zero");
        }
        Ok(a / b)
    }

    /// `math.exp`: OverflowError for a finite argument whose result is too large.
    fn exp(x: f64) -> super::py::PyResult<f64> {
        let r = x.exp();
        if r.is_infinite() && x.is_finite() {
            return super::py::raise("OverflowError", "math range error");
        }
        Ok(r)
    }

    /// `math.log`: ValueError at zero and below.
    fn log(x: f64) -> super::py::PyResult<f64> {
        if x <= 0.0 {
            return super::py::raise("ValueError", "math domain error");
        }
        Ok(x.ln())
    }

    /// `math.acos`: ValueError outside [-1, 1].
    fn acos(x: f64) -> super::py::PyResult<f64> {
        let r = x.acos();
        if r.is_nan() && !x.is_nan() {
            return super::py::raise("ValueError", "math domain error");
        }
        Ok(r)
    }
}
