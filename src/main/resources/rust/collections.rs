/// Python's `collections` module as CPython 3.11 runs it (Modules/_collectionsmodule.c): the
/// container types a program reaches, as shared handles like the prelude's lists.
#[allow(dead_code)]
mod collections {
    /// A `deque`: a shared double-ended queue with an optional `maxlen`, and CPython's mutation
    /// counter (`state`), which every change moves on so a live iteration can notice it.
    pub struct Deque<T>(std::rc::Rc<std::cell::RefCell<DequeData<T>>>);

    pub struct DequeData<T> {
        items: std::collections::VecDeque<T>,
        maxlen: Option<usize>,
        state: u64,
    }

    impl<T> Clone for Deque<T> {
        fn clone(&self) -> Self {
            Deque(std::rc::Rc::clone(&self.0))
        }
    }

    /// `==` compares the items in order; the maxlen does not count.
    impl<T: PartialEq> PartialEq for Deque<T> {
        fn eq(&self, other: &Self) -> bool {
            self.0.borrow().items == other.0.borrow().items
        }
    }

    /// `deque([1, 2])`, `deque([1, 2], maxlen=3)`.
    impl<T: super::py::Show> super::py::Show for Deque<T> {
        fn repr(&self) -> String {
            let data = self.0.borrow();
            let parts: Vec<String> = data.items.iter().map(super::py::Show::repr).collect();
            match data.maxlen {
                Some(m) => format!("deque([{}], maxlen={})", parts.join(", "), m),
                None => format!("deque([{}])", parts.join(", ")),
            }
        }
    }

    impl<T: Clone> Deque<T> {
        /// `deque(iterable, maxlen)`: a negative maxlen is CPython's ValueError; with a maxlen,
        /// only the last items of the iterable stay.
        pub fn from(items: Vec<T>, maxlen: Option<i64>) -> super::py::PyResult<Self> {
            let maxlen = match maxlen {
                Some(m) if m < 0 => {
                    return super::py::raise("ValueError", "maxlen must be non-negative")
                }
                Some(m) => Some(m as usize),
                None => None,
            };
            let d = Deque(std::rc::Rc::new(std::cell::RefCell::new(DequeData {
                items: std::collections::VecDeque::new(),
                maxlen,
                state: 0,
            })));
            d.extend(items);
            Ok(d)
        }

        pub fn len(&self) -> i64 {
            self.0.borrow().items.len() as i64
        }

        /// The items, for a consumer that takes them all at once.
        pub fn items(&self) -> Vec<T> {
            self.0.borrow().items.iter().cloned().collect()
        }

        pub fn append(&self, x: T) {
            let mut d = self.0.borrow_mut();
            d.state += 1;
            d.items.push_back(x);
            if d.maxlen.is_some_and(|m| d.items.len() > m) {
                d.items.pop_front();
            }
        }

        pub fn appendleft(&self, x: T) {
            let mut d = self.0.borrow_mut();
            d.state += 1;
            d.items.push_front(x);
            if d.maxlen.is_some_and(|m| d.items.len() > m) {
                d.items.pop_back();
            }
        }

        pub fn extend(&self, items: Vec<T>) {
            for x in items {
                self.append(x);
            }
        }

        pub fn extendleft(&self, items: Vec<T>) {
            for x in items {
                self.appendleft(x);
            }
        }

        pub fn pop(&self) -> super::py::PyResult<T> {
            let mut d = self.0.borrow_mut();
            match d.items.pop_back() {
                Some(x) => {
                    d.state += 1;
                    Ok(x)
                }
                None => super::py::raise("IndexError", "pop from an empty deque"),
            }
        }

        pub fn popleft(&self) -> super::py::PyResult<T> {
            let mut d = self.0.borrow_mut();
            match d.items.pop_front() {
                Some(x) => {
                    d.state += 1;
                    Ok(x)
                }
                None => super::py::raise("IndexError", "pop from an empty deque"),
            }
        }

        pub fn clear(&self) {
            let mut d = self.0.borrow_mut();
            d.state += 1;
            d.items.clear();
        }

        /// `rotate(n)`: n steps to the right (to the left for a negative n).
        pub fn rotate(&self, n: i64) {
            let mut d = self.0.borrow_mut();
            d.state += 1;
            let len = d.items.len() as i64;
            if len > 1 {
                let k = n.rem_euclid(len) as usize;
                d.items.rotate_right(k);
            }
        }

        pub fn reverse(&self) {
            let mut d = self.0.borrow_mut();
            d.state += 1;
            d.items.make_contiguous().reverse();
        }

        pub fn copy(&self) -> Self {
            let d = self.0.borrow();
            Deque(std::rc::Rc::new(std::cell::RefCell::new(DequeData {
                items: d.items.clone(),
                maxlen: d.maxlen,
                state: 0,
            })))
        }

        /// `d[i]`, from the right for a negative i.
        pub fn get(&self, index: i64) -> super::py::PyResult<T> {
            let d = self.0.borrow();
            let len = d.items.len() as i64;
            let i = if index < 0 { index + len } else { index };
            if i < 0 || i >= len {
                return super::py::raise("IndexError", "deque index out of range");
            }
            Ok(d.items[i as usize].clone())
        }

        /// A live iteration, as CPython's deque iterator: a step after the deque changed raises
        /// RuntimeError.
        pub fn iter(&self) -> DequeIter<T> {
            DequeIter {
                deque: self.clone(),
                next: 0,
                state: self.0.borrow().state,
            }
        }
    }

    impl<T: Clone + PartialEq + super::py::Show> Deque<T> {
        pub fn contains(&self, x: &T) -> bool {
            self.0.borrow().items.contains(x)
        }

        pub fn count(&self, x: &T) -> i64 {
            self.0.borrow().items.iter().filter(|y| *y == x).count() as i64
        }

        /// `index(x, start, stop)`: the bounds as a slice's, CPython's ValueError when absent.
        pub fn index(&self, x: &T, start: i64, stop: i64) -> super::py::PyResult<i64> {
            let d = self.0.borrow();
            let len = d.items.len() as i64;
            let clamp = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) };
            let (start, stop) = (clamp(start), clamp(stop));
            for i in start..stop {
                if d.items[i as usize] == *x {
                    return Ok(i);
                }
            }
            super::py::raise("ValueError", format!("{} is not in deque", x.repr()))
        }

        pub fn remove(&self, x: &T) -> super::py::PyResult<()> {
            let mut d = self.0.borrow_mut();
            match d.items.iter().position(|y| y == x) {
                Some(i) => {
                    d.state += 1;
                    d.items.remove(i);
                    Ok(())
                }
                None => super::py::raise("ValueError", format!("{} is not in deque", x.repr())),
            }
        }
    }

    pub struct DequeIter<T> {
        deque: Deque<T>,
        next: usize,
        state: u64,
    }

    impl<T: Clone> Iterator for DequeIter<T> {
        type Item = super::py::PyResult<T>;

        fn next(&mut self) -> Option<super::py::PyResult<T>> {
            let d = self.deque.0.borrow();
            if d.state != self.state {
                return Some(super::py::raise(
                    "RuntimeError",
                    "deque mutated during iteration",
                ));
            }
            let item = d.items.get(self.next).cloned();
            self.next += 1;
            item.map(Ok)
        }
    }
    // ------------------------------------------------------ the dict subclasses

    /// A count of a `Counter`: what its arithmetic needs of Python's int.
    pub trait Count: Clone + PartialOrd + super::py::Show {
        fn zero() -> Self;
        fn one() -> Self;
        fn plus(&self, other: &Self) -> Self;
        fn minus(&self, other: &Self) -> Self;
    }

    impl Count for i64 {
        fn zero() -> Self {
            0
        }

        fn one() -> Self {
            1
        }

        fn plus(&self, other: &Self) -> Self {
            super::py::add(*self, *other)
        }

        fn minus(&self, other: &Self) -> Self {
            super::py::sub(*self, *other)
        }
    }

    /// A `defaultdict`: a dict (reached through `Deref`) whose `d[key]` of a missing key stores
    /// and returns what the factory makes, as `__missing__` does. `factory_repr` is how the
    /// factory prints (`<class 'int'>`); a lambda's names its own address, as CPython's does.
    pub struct DefaultDict<K, V> {
        dict: super::py::Dict<K, V>,
        factory: std::rc::Rc<dyn Fn() -> super::py::PyResult<V>>,
        factory_repr: std::rc::Rc<str>,
    }

    impl<K, V> Clone for DefaultDict<K, V> {
        fn clone(&self) -> Self {
            DefaultDict {
                dict: self.dict.clone(),
                factory: std::rc::Rc::clone(&self.factory),
                factory_repr: std::rc::Rc::clone(&self.factory_repr),
            }
        }
    }

    impl<K, V> std::ops::Deref for DefaultDict<K, V> {
        type Target = super::py::Dict<K, V>;

        fn deref(&self) -> &super::py::Dict<K, V> {
            &self.dict
        }
    }

    impl<K: Clone + Eq + std::hash::Hash + super::py::Show, V: Clone + PartialEq> PartialEq
        for DefaultDict<K, V>
    {
        fn eq(&self, other: &Self) -> bool {
            self.dict == other.dict
        }
    }

    impl<K: Clone + Eq + std::hash::Hash + super::py::Show, V: Clone + super::py::Show>
        super::py::Show for DefaultDict<K, V>
    {
        fn repr(&self) -> String {
            format!("defaultdict({}, {})", self.factory_repr, self.dict.repr())
        }
    }

    impl<K: Clone + Eq + std::hash::Hash + super::py::Show, V: Clone> DefaultDict<K, V> {
        /// `defaultdict(factory, pairs)`; `factory_repr` None for a function, which prints by address.
        pub fn new(
            factory: std::rc::Rc<dyn Fn() -> super::py::PyResult<V>>,
            factory_repr: Option<&str>,
            pairs: Vec<(K, V)>,
        ) -> Self {
            let factory_repr: std::rc::Rc<str> = match factory_repr {
                Some(r) => r.into(),
                None => format!(
                    "<function <lambda> at {:#x}>",
                    std::rc::Rc::as_ptr(&factory) as *const u8 as usize
                )
                .into(),
            };
            DefaultDict {
                dict: super::py::Dict::from(pairs),
                factory,
                factory_repr,
            }
        }

        /// A value no read reaches, for a variable declared ahead of its assignment.
        pub fn placeholder() -> Self {
            DefaultDict::new(
                std::rc::Rc::new(|| super::py::raise("RuntimeError", "unreachable")),
                Some("None"),
                Vec::new(),
            )
        }

        /// `d[key]`: a missing key gets the factory's value, stored before it is returned.
        pub fn item(&self, key: &K) -> super::py::PyResult<V> {
            if let Some(v) = self.dict.get(key) {
                return Ok(v);
            }
            let v = (self.factory)()?;
            self.dict.set(key.clone(), v.clone());
            Ok(v)
        }

        /// `d.copy()`: a defaultdict with the same factory.
        pub fn copy(&self) -> Self {
            DefaultDict {
                dict: self.dict.copy(),
                factory: std::rc::Rc::clone(&self.factory),
                factory_repr: std::rc::Rc::clone(&self.factory_repr),
            }
        }
    }

    /// A `Counter`: a dict of counts (reached through `Deref`) where a missing key counts 0
    /// without being stored, with CPython's `collections/__init__.py` methods and arithmetic.
    pub struct Counter<K, N>(super::py::Dict<K, N>);

    impl<K, N> Clone for Counter<K, N> {
        fn clone(&self) -> Self {
            Counter(self.0.clone())
        }
    }

    impl<K, N> std::ops::Deref for Counter<K, N> {
        type Target = super::py::Dict<K, N>;

        fn deref(&self) -> &super::py::Dict<K, N> {
            &self.0
        }
    }

    /// `==` treats a missing key as a count of 0 (since Python 3.10).
    impl<K: Clone + Eq + std::hash::Hash + super::py::Show, N: Count> PartialEq for Counter<K, N> {
        fn eq(&self, other: &Self) -> bool {
            self.0
                .keys()
                .iter()
                .all(|k| self.count(k) == other.count(k))
                && other
                    .0
                    .keys()
                    .iter()
                    .all(|k| self.count(k) == other.count(k))
        }
    }

    /// `Counter()`, or `Counter({...})` with the counts in `most_common()` order.
    impl<K: Clone + Eq + std::hash::Hash + super::py::Show, N: Count> super::py::Show
        for Counter<K, N>
    {
        fn repr(&self) -> String {
            if self.0.len() == 0 {
                return "Counter()".to_string();
            }
            let parts: Vec<String> = self
                .most_common(None)
                .iter()
                .map(|(k, n)| format!("{}: {}", k.repr(), n.repr()))
                .collect();
            format!("Counter({{{}}})", parts.join(", "))
        }
    }

    /// The constructors name the count type, Python's int, so that Rust need not infer it.
    impl<K: Clone + Eq + std::hash::Hash + super::py::Show> Counter<K, i64> {
        pub fn new() -> Self {
            Counter(super::py::Dict::new())
        }

        pub fn placeholder() -> Self {
            Counter::new()
        }

        /// `Counter(iterable)`: each item counted, keys in the order first seen.
        pub fn from_items(items: Vec<K>) -> Self {
            let c = Counter::new();
            c.add_items(items);
            c
        }
    }

    impl<K: Clone + Eq + std::hash::Hash + super::py::Show, N: Count> Counter<K, N> {
        fn empty() -> Self {
            Counter(super::py::Dict::new())
        }

        /// `Counter(mapping)`: the mapping's counts, in its order.
        pub fn from_dict(counts: &super::py::Dict<K, N>) -> Self {
            Counter(super::py::Dict::from_dict(counts))
        }

        fn count(&self, key: &K) -> N {
            self.0.get(key).unwrap_or_else(N::zero)
        }

        /// `c[key]`: 0 for a missing key, which is not stored.
        pub fn item(&self, key: &K) -> super::py::PyResult<N> {
            Ok(self.count(key))
        }

        /// `del c[key]`: a missing key is no error.
        pub fn del(&self, key: &K) -> super::py::PyResult<()> {
            if self.0.contains(key) {
                self.0.del(key)?;
            }
            Ok(())
        }

        pub fn copy(&self) -> Self {
            Counter(self.0.copy())
        }

        fn add_items(&self, items: Vec<K>) {
            for k in items {
                let n = self.count(&k).plus(&N::one());
                self.0.set(k, n);
            }
        }

        /// `c.update(iterable)`: each item counted once more.
        pub fn update_items(&self, items: Vec<K>) {
            self.add_items(items);
        }

        /// `c.update(mapping)`: the mapping's counts added, in its order.
        pub fn update_counts(&self, counts: &super::py::Dict<K, N>) {
            for (k, n) in counts.items() {
                let total = self.count(&k).plus(&n);
                self.0.set(k, total);
            }
        }

        /// `c.subtract(iterable)`: each item counted once less.
        pub fn subtract_items(&self, items: Vec<K>) {
            for k in items {
                let n = self.count(&k).minus(&N::one());
                self.0.set(k, n);
            }
        }

        /// `c.subtract(mapping)`.
        pub fn subtract_counts(&self, counts: &super::py::Dict<K, N>) {
            for (k, n) in counts.items() {
                let left = self.count(&k).minus(&n);
                self.0.set(k, left);
            }
        }

        /// `c.total()`: the sum of the counts.
        pub fn total(&self) -> N {
            self.0.values().iter().fold(N::zero(), |acc, n| acc.plus(n))
        }

        /// `c.most_common(n)`: the pairs by count, largest first, ties in insertion order
        /// (CPython sorts stably, and heapq.nlargest is documented to agree with that sort);
        /// every pair for None, none for n <= 0.
        pub fn most_common(&self, n: Option<i64>) -> Vec<(K, N)> {
            let mut pairs = self.0.items();
            pairs.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal));
            if let Some(n) = n {
                pairs.truncate(n.max(0) as usize);
            }
            pairs
        }

        /// `c.elements()`: each key repeated as many times as its count, in insertion order.
        pub fn elements(&self) -> Vec<K>
        where
            N: Into<i64>,
        {
            let mut out = Vec::new();
            for (k, n) in self.0.items() {
                let times: i64 = n.into();
                for _ in 0..times.max(0) {
                    out.push(k.clone());
                }
            }
            out
        }

        /// `self + other`, `self - other`, `self | other`, `self & other` as CPython 3.11 computes
        /// them: only positive counts are kept.
        pub fn binary(&self, op: &str, other: &Counter<K, N>) -> Counter<K, N> {
            let result = Counter::empty();
            let zero = N::zero();
            for (k, count) in self.0.items() {
                let theirs = other.count(&k);
                let n = match op {
                    "+" => count.plus(&theirs),
                    "-" => count.minus(&theirs),
                    "|" => {
                        if count < theirs {
                            theirs
                        } else {
                            count
                        }
                    }
                    _ => {
                        if count < theirs {
                            count
                        } else {
                            theirs
                        }
                    }
                };
                if n > zero {
                    result.0.set(k, n);
                }
            }
            if op != "&" {
                for (k, count) in other.0.items() {
                    if self.0.contains(&k) {
                        continue;
                    }
                    if op == "-" {
                        if count < zero {
                            result.0.set(k, zero.minus(&count));
                        }
                    } else if count > zero {
                        result.0.set(k, count);
                    }
                }
            }
            result
        }

        /// `self += other` and the other in-place forms: each count changed in place, then the
        /// keys whose count is not positive removed.
        pub fn in_place(&self, op: &str, other: &Counter<K, N>) {
            match op {
                "+" | "-" => {
                    for (k, n) in other.0.items() {
                        let mine = self.count(&k);
                        self.0.set(
                            k,
                            if op == "+" {
                                mine.plus(&n)
                            } else {
                                mine.minus(&n)
                            },
                        );
                    }
                }
                "|" => {
                    for (k, n) in other.0.items() {
                        if n > self.count(&k) {
                            self.0.set(k, n);
                        }
                    }
                }
                _ => {
                    for (k, n) in self.0.items() {
                        let theirs = other.count(&k);
                        if theirs < n {
                            self.0.set(k, theirs);
                        }
                    }
                }
            }
            self.keep_positive();
        }

        fn keep_positive(&self) {
            let zero = N::zero();
            for (k, n) in self.0.items() {
                if !(n > zero) {
                    let _ = self.0.del(&k);
                }
            }
        }

        /// `+c` (the positive counts) and `-c` (the negative ones, negated).
        pub fn unary(&self, negate: bool) -> Counter<K, N> {
            let result = Counter::empty();
            let zero = N::zero();
            for (k, n) in self.0.items() {
                if !negate && n > zero {
                    result.0.set(k, n);
                } else if negate && n < zero {
                    result.0.set(k, zero.minus(&n));
                }
            }
            result
        }
    }

    /// An `OrderedDict`: a dict (reached through `Deref`) whose order counts in `==` between two
    /// of them, with `move_to_end` and `popitem(last=)`, and CPython's own iterator, which checks
    /// a count of changes to the keys (`od_state`) before each item but the end.
    pub struct OrderedDict<K, V> {
        dict: super::py::Dict<K, V>,
        state: std::rc::Rc<std::cell::Cell<u64>>,
    }

    impl<K, V> Clone for OrderedDict<K, V> {
        fn clone(&self) -> Self {
            OrderedDict {
                dict: self.dict.clone(),
                state: std::rc::Rc::clone(&self.state),
            }
        }
    }

    impl<K, V> std::ops::Deref for OrderedDict<K, V> {
        type Target = super::py::Dict<K, V>;

        fn deref(&self) -> &super::py::Dict<K, V> {
            &self.dict
        }
    }

    impl<K: Clone + Eq + std::hash::Hash + super::py::Show, V: Clone + PartialEq> PartialEq
        for OrderedDict<K, V>
    {
        fn eq(&self, other: &Self) -> bool {
            self.dict == other.dict && self.dict.keys() == other.dict.keys()
        }
    }

    /// `OrderedDict()`, `OrderedDict([('a', 1)])` (Python 3.11's form).
    impl<K: Clone + Eq + std::hash::Hash + super::py::Show, V: Clone + super::py::Show>
        super::py::Show for OrderedDict<K, V>
    {
        fn repr(&self) -> String {
            if self.dict.len() == 0 {
                return "OrderedDict()".to_string();
            }
            let parts: Vec<String> = self
                .dict
                .items()
                .iter()
                .map(|(k, v)| format!("({}, {})", k.repr(), v.repr()))
                .collect();
            format!("OrderedDict([{}])", parts.join(", "))
        }
    }

    impl<K: Clone + Eq + std::hash::Hash + super::py::Show, V: Clone> OrderedDict<K, V> {
        pub fn from(pairs: Vec<(K, V)>) -> Self {
            OrderedDict {
                dict: super::py::Dict::from(pairs),
                state: std::rc::Rc::new(std::cell::Cell::new(0)),
            }
        }

        pub fn from_dict(other: &super::py::Dict<K, V>) -> Self {
            OrderedDict::from(other.items())
        }

        pub fn placeholder() -> Self {
            OrderedDict::from(Vec::new())
        }

        fn changed(&self) {
            self.state.set(self.state.get() + 1);
        }

        pub fn set(&self, key: K, value: V) {
            if !self.dict.contains(&key) {
                self.changed();
            }
            self.dict.set(key, value);
        }

        pub fn setdefault(&self, key: K, default: V) -> V {
            if !self.dict.contains(&key) {
                self.changed();
            }
            self.dict.setdefault(key, default)
        }

        pub fn pop(&self, key: &K) -> super::py::PyResult<V> {
            let v = self.dict.pop(key)?;
            self.changed();
            Ok(v)
        }

        pub fn pop_or(&self, key: &K, default: V) -> V {
            if self.dict.contains(key) {
                self.changed();
            }
            self.dict.pop_or(key, default)
        }

        pub fn del(&self, key: &K) -> super::py::PyResult<()> {
            self.pop(key).map(|_| ())
        }

        pub fn clear(&self) {
            self.changed();
            self.dict.clear();
        }

        pub fn update(&self, other: &super::py::Dict<K, V>) {
            for (k, v) in other.items() {
                self.set(k, v);
            }
        }

        pub fn copy(&self) -> Self {
            OrderedDict::from(self.dict.items())
        }

        /// `move_to_end(key, last)`: KeyError for a missing key.
        pub fn move_to_end(&self, key: &K, last: bool) -> super::py::PyResult<()> {
            if !self.dict.contains(key) {
                return super::py::raise("KeyError", key.repr());
            }
            let keys = self.dict.keys();
            let at_end = if last { keys.last() } else { keys.first() };
            if at_end == Some(key) {
                return Ok(());
            }
            self.changed();
            let value = self.dict.pop(key)?;
            if last {
                self.dict.set(key.clone(), value);
            } else {
                let rest = self.dict.items();
                self.dict.clear();
                self.dict.set(key.clone(), value);
                for (k, v) in rest {
                    self.dict.set(k, v);
                }
            }
            Ok(())
        }

        /// `popitem(last)`: the last pair (the first for last=False); KeyError when empty.
        pub fn popitem(&self, last: bool) -> super::py::PyResult<(K, V)> {
            let keys = self.dict.keys();
            let key = if last { keys.last() } else { keys.first() };
            match key {
                Some(k) => {
                    let v = self.pop(k)?;
                    Ok((k.clone(), v))
                }
                None => super::py::raise("KeyError", "'dictionary is empty'"),
            }
        }

        /// `for k in od`, live as CPython's odict iterator: the next key is settled when one is
        /// returned; a step that finds the keys changed since the start raises RuntimeError,
        /// but a step at the end does not look.
        pub fn iter_keys(&self) -> impl Iterator<Item = super::py::PyResult<K>> {
            self.iter_items().map(|r| r.map(|(k, _)| k))
        }

        pub fn iter_values(&self) -> impl Iterator<Item = super::py::PyResult<V>> {
            self.iter_items().map(|r| r.map(|(_, v)| v))
        }

        pub fn iter_items(&self) -> impl Iterator<Item = super::py::PyResult<(K, V)>> {
            let keys = self.dict.keys();
            let dict = self.dict.clone();
            let state = std::rc::Rc::clone(&self.state);
            let start = state.get();
            let mut next = 0;
            let mut done = false;
            std::iter::from_fn(move || {
                if done || next >= keys.len() {
                    return None;
                }
                if state.get() != start {
                    done = true;
                    return Some(super::py::raise(
                        "RuntimeError",
                        "OrderedDict mutated during iteration",
                    ));
                }
                let k = keys[next].clone();
                next += 1;
                let v = dict.get(&k)?;
                Some(Ok((k, v)))
            })
        }
    }

    /// A `ChainMap`: its `maps` list of shared dicts, looked up in order; writes, deletions and
    /// pops go to the first.
    pub struct ChainMap<K, V> {
        maps: super::py::List<super::py::Dict<K, V>>,
    }

    impl<K, V> Clone for ChainMap<K, V> {
        fn clone(&self) -> Self {
            ChainMap {
                maps: super::py::List(std::rc::Rc::clone(&self.maps.0)),
            }
        }
    }

    /// `Mapping.__eq__`: the two as dicts of their items compare equal.
    impl<
            K: Clone + Eq + std::hash::Hash + super::py::Show,
            V: Clone + PartialEq + super::py::Show,
        > PartialEq for ChainMap<K, V>
    {
        fn eq(&self, other: &Self) -> bool {
            self.flat() == other.flat()
        }
    }

    /// `ChainMap({'a': 1}, {'b': 2})`.
    impl<K: Clone + Eq + std::hash::Hash + super::py::Show, V: Clone + super::py::Show>
        super::py::Show for ChainMap<K, V>
    {
        fn repr(&self) -> String {
            let parts: Vec<String> = self
                .maps
                .items()
                .iter()
                .map(super::py::Show::repr)
                .collect();
            format!("ChainMap({})", parts.join(", "))
        }
    }

    impl<K: Clone + Eq + std::hash::Hash + super::py::Show, V: Clone> ChainMap<K, V> {
        /// `ChainMap(*maps)`: no maps is one new empty dict.
        pub fn new(maps: Vec<super::py::Dict<K, V>>) -> Self {
            let maps = if maps.is_empty() {
                vec![super::py::Dict::new()]
            } else {
                maps
            };
            ChainMap {
                maps: super::py::List::from(maps),
            }
        }

        /// `maps[0]`: IndexError once the program has emptied the list.
        fn first(&self) -> super::py::PyResult<super::py::Dict<K, V>> {
            match self.maps.0.borrow().first() {
                Some(m) => Ok(m.clone()),
                None => super::py::raise("IndexError", "list index out of range"),
            }
        }

        /// The keys in `__iter__`'s order: the last map's first, then each earlier map's new
        /// ones.
        pub fn keys(&self) -> Vec<K> {
            let merged: super::py::Dict<K, ()> = super::py::Dict::new();
            for m in self.maps.items().iter().rev() {
                for k in m.keys() {
                    merged.set(k, ());
                }
            }
            merged.keys()
        }

        /// The items as one dict, in `__iter__`'s order.
        fn flat(&self) -> super::py::Dict<K, V> {
            let out = super::py::Dict::new();
            for k in self.keys() {
                if let Some(v) = self.get_opt(&k) {
                    out.set(k, v);
                }
            }
            out
        }

        pub fn len(&self) -> i64 {
            self.keys().len() as i64
        }

        /// What `list(chain)` and `for k in chain` see: the keys, listed when iteration starts.
        pub fn items(&self) -> Vec<K> {
            self.keys()
        }

        pub fn iter(&self) -> impl Iterator<Item = super::py::PyResult<K>> {
            self.keys().into_iter().map(Ok)
        }

        pub fn contains(&self, key: &K) -> bool {
            self.maps.items().iter().any(|m| m.contains(key))
        }

        pub fn get_opt(&self, key: &K) -> Option<V> {
            self.maps.items().iter().find_map(|m| m.get(key))
        }

        /// `chain[key]`: the first map's value that has the key; KeyError(key) when none has.
        pub fn item(&self, key: &K) -> super::py::PyResult<V> {
            match self.get_opt(key) {
                Some(v) => Ok(v),
                None => super::py::raise("KeyError", key.repr()),
            }
        }

        pub fn get_or(&self, key: &K, default: V) -> V {
            self.get_opt(key).unwrap_or(default)
        }

        pub fn set(&self, key: K, value: V) -> super::py::PyResult<()> {
            self.first()?.set(key, value);
            Ok(())
        }

        fn not_in_first(key: &K) -> super::py::Exc {
            let message = format!("Key not found in the first mapping: {}", key.repr());
            super::py::exc("KeyError", super::py::repr_str(&message))
        }

        pub fn del(&self, key: &K) -> super::py::PyResult<()> {
            self.first()?
                .del(key)
                .map_err(|_| ChainMap::<K, V>::not_in_first(key))
        }

        pub fn pop(&self, key: &K) -> super::py::PyResult<V> {
            self.first()?
                .pop(key)
                .map_err(|_| ChainMap::<K, V>::not_in_first(key))
        }

        pub fn pop_or(&self, key: &K, default: V) -> super::py::PyResult<V> {
            Ok(self.first()?.pop_or(key, default))
        }

        pub fn clear(&self) -> super::py::PyResult<()> {
            self.first()?.clear();
            Ok(())
        }

        /// `new_child(m)`: a new ChainMap of `m` (or a new empty dict) then these maps.
        pub fn new_child(&self, m: Option<super::py::Dict<K, V>>) -> Self {
            let mut maps = vec![m.unwrap_or_else(super::py::Dict::new)];
            maps.extend(self.maps.items());
            ChainMap::new(maps)
        }

        /// `parents`: a new ChainMap of the maps after the first.
        pub fn parents(&self) -> Self {
            ChainMap::new(self.maps.items().into_iter().skip(1).collect())
        }

        /// `keys()`, `values()`, `items()` iterated: the keys listed when an iteration starts, each
        /// value looked up when reached (KeyError if it is gone by then).
        pub fn view_keys(&self) -> super::py::Gen<K>
        where
            K: 'static,
            V: 'static,
        {
            let me = self.clone();
            let yielder = super::py::Yielder::new();
            let out = yielder.clone();
            super::py::Gen::new("keys", yielder, async move {
                for k in me.keys() {
                    out.give(k).await?;
                }
                Ok(())
            })
        }

        pub fn view_values(&self) -> super::py::Gen<V>
        where
            K: 'static,
            V: 'static,
        {
            let me = self.clone();
            let yielder = super::py::Yielder::new();
            let out = yielder.clone();
            super::py::Gen::new("values", yielder, async move {
                for k in me.keys() {
                    let v = me.item(&k)?;
                    out.give(v).await?;
                }
                Ok(())
            })
        }

        pub fn view_items(&self) -> super::py::Gen<(K, V)>
        where
            K: 'static,
            V: 'static,
        {
            let me = self.clone();
            let yielder = super::py::Yielder::new();
            let out = yielder.clone();
            super::py::Gen::new("items", yielder, async move {
                for k in me.keys() {
                    let v = me.item(&k)?;
                    out.give((k, v)).await?;
                }
                Ok(())
            })
        }

        /// `maps`: the list itself, shared.
        pub fn maps(&self) -> super::py::List<super::py::Dict<K, V>> {
            super::py::List(std::rc::Rc::clone(&self.maps.0))
        }

        /// `copy()`: a copy of the first map, the others shared.
        pub fn copy(&self) -> super::py::PyResult<Self> {
            let mut maps = self.maps.items();
            maps[0] = self.first()?.copy();
            Ok(ChainMap::new(maps))
        }
    }
}
