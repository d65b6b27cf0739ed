/// Python's `bisect` module as CPython 3.11 runs it (Modules/_bisectmodule.c): the same probes
/// in the same order, each item read from the sequence when probed (a `key` is called on it
/// then), compared with Python's `<` (`lt`, which may raise for objects with a `__lt__`).
#[allow(dead_code)]
mod bisect {
    /// `hi` as CPython reads it: None (passed as -1) or -1 is the sequence's length.
    const HI_DEFAULT: i64 = -1;

    /// The binary search of bisect_right (`right`) or bisect_left, over `seq[lo:hi]`, comparing
    /// `x` with `key(seq[mid])`. `what` names the sequence in an IndexError (`list`, `tuple`).
    fn search<T: Clone, K>(
        seq: &super::py::List<T>,
        what: &str,
        x: &K,
        lo: i64,
        hi: i64,
        key: &dyn Fn(T) -> super::py::PyResult<K>,
        lt: &dyn Fn(&K, &K) -> super::py::PyResult<bool>,
        right: bool,
    ) -> super::py::PyResult<i64> {
        if lo < 0 {
            return super::py::raise("ValueError", "lo must be non-negative");
        }
        let mut lo = lo;
        let mut hi = if hi == HI_DEFAULT { seq.len() } else { hi };
        while lo < hi {
            let mid = ((lo as u64 + hi as u64) / 2) as i64;
            let probed = seq.0.borrow().get(mid as usize).cloned();
            let Some(item) = probed else {
                return super::py::raise("IndexError", format!("{} index out of range", what));
            };
            let k = key(item)?;
            if right {
                if lt(x, &k)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            } else if lt(&k, x)? {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok(lo)
    }

    /// `bisect_right(seq, x, lo, hi)` (`right`) or `bisect_left(...)`: the items compared
    /// themselves.
    pub fn bisect<T: Clone>(
        seq: &super::py::List<T>,
        what: &str,
        x: &T,
        lo: i64,
        hi: i64,
        lt: &dyn Fn(&T, &T) -> super::py::PyResult<bool>,
        right: bool,
    ) -> super::py::PyResult<i64> {
        search(seq, what, x, lo, hi, &|item: T| Ok(item), lt, right)
    }

    /// `bisect_right(seq, x, lo, hi, key=key)` or `bisect_left(...)`: `x` is compared with the
    /// key of each probed item (it is not itself passed through the key).
    pub fn bisect_by<T: Clone, K>(
        seq: &super::py::List<T>,
        what: &str,
        x: &K,
        lo: i64,
        hi: i64,
        key: std::rc::Rc<dyn Fn(T) -> super::py::PyResult<K>>,
        lt: &dyn Fn(&K, &K) -> super::py::PyResult<bool>,
        right: bool,
    ) -> super::py::PyResult<i64> {
        search(seq, what, x, lo, hi, &|item: T| key(item), lt, right)
    }

    /// `insort_right(list, x, lo, hi)` (`right`) or `insort_left(...)`.
    pub fn insort<T: Clone>(
        list: &super::py::List<T>,
        x: T,
        lo: i64,
        hi: i64,
        lt: &dyn Fn(&T, &T) -> super::py::PyResult<bool>,
        right: bool,
    ) -> super::py::PyResult<()> {
        let at = bisect(list, "list", &x, lo, hi, lt, right)?;
        list.insert(at, x);
        Ok(())
    }

    /// `insort_right(list, x, lo, hi, key=key)` or `insort_left(...)`: the key of `x` is
    /// computed first, then searched for among the keys of the probed items.
    pub fn insort_by<T: Clone, K>(
        list: &super::py::List<T>,
        x: T,
        lo: i64,
        hi: i64,
        key: std::rc::Rc<dyn Fn(T) -> super::py::PyResult<K>>,
        lt: &dyn Fn(&K, &K) -> super::py::PyResult<bool>,
        right: bool,
    ) -> super::py::PyResult<()> {
        let kx = key(x.clone())?;
        let at = bisect_by(list, "list", &kx, lo, hi, key, lt, right)?;
        list.insert(at, x);
        Ok(())
    }
}
