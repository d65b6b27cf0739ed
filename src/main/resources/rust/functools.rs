/// Python's `functools` (CPython 3.11, Modules/_functoolsmodule.c): the functions translated.
#[allow(dead_code)]
mod functools {
    /// `reduce(function, iterable, initial)`: each item taken when the function needs it, so a
    /// generator's steps and the calls interleave as in CPython.
    pub fn reduce<A: 'static, T: 'static>(
        function: std::rc::Rc<dyn Fn(A, T) -> super::py::PyResult<A>>,
        source: super::py::Gen<T>,
        initial: A,
    ) -> super::py::PyResult<A> {
        let mut result = initial;
        while let Some(item) = source.step()? {
            result = function(result, item)?;
        }
        Ok(result)
    }

    /// `reduce(function, iterable)`: the first item starts; none is CPython's TypeError.
    pub fn reduce1<T: 'static>(
        function: std::rc::Rc<dyn Fn(T, T) -> super::py::PyResult<T>>,
        source: super::py::Gen<T>,
    ) -> super::py::PyResult<T> {
        let Some(first) = source.step()? else {
            return super::py::raise(
                "TypeError",
                "reduce() of empty iterable with no initial value",
            );
        };
        reduce(function, source, first)
    }

    /// The memo of an `lru_cache`/`cache` function (CPython 3.11's `_functools` wrappers):
    /// unbounded (`maxsize` None), bounded (least recently used goes first) or none (`maxsize`
    /// 0, every call a miss), with the hit and miss counts `cache_info()` shows.
    pub struct Cache<K, V> {
        maxsize: Option<usize>,
        entries: std::collections::HashMap<K, (V, u64)>,
        recency: std::collections::BTreeMap<u64, K>,
        clock: u64,
        hits: i64,
        misses: i64,
    }

    impl<K: std::hash::Hash + Eq + Clone, V: Clone> Cache<K, V> {
        /// `maxsize`: None unbounded; a negative bound is 0, as in CPython.
        pub fn new(maxsize: Option<i64>) -> Self {
            Cache {
                maxsize: maxsize.map(|n| n.max(0) as usize),
                entries: std::collections::HashMap::new(),
                recency: std::collections::BTreeMap::new(),
                clock: 0,
                hits: 0,
                misses: 0,
            }
        }

        /// The cached result, which becomes the most recently used; None counts a miss.
        fn lookup(&mut self, key: &K) -> Option<V> {
            if self.maxsize == Some(0) {
                self.misses += 1;
                return None;
            }
            let bounded = self.maxsize.is_some();
            let clock = self.clock + 1;
            match self.entries.get_mut(key) {
                Some((value, used)) => {
                    self.hits += 1;
                    if bounded {
                        self.recency.remove(used);
                        *used = clock;
                        self.recency.insert(clock, key.clone());
                        self.clock = clock;
                    }
                    Some(value.clone())
                }
                None => {
                    self.misses += 1;
                    None
                }
            }
        }

        /// Keeps a result. A bounded cache that a recursive call filled with the key already keeps
        /// that one, and a full one lets its least recently used entry go first.
        fn store(&mut self, key: K, value: V) {
            match self.maxsize {
                Some(0) => {}
                None => {
                    self.entries.insert(key, (value, 0));
                }
                Some(bound) => {
                    if self.entries.contains_key(&key) {
                        return;
                    }
                    if self.entries.len() >= bound {
                        if let Some((_, oldest)) = self.recency.pop_first() {
                            self.entries.remove(&oldest);
                        }
                    }
                    self.clock += 1;
                    self.recency.insert(self.clock, key.clone());
                    self.entries.insert(key, (value, self.clock));
                }
            }
        }

        /// `cache_info()`.
        pub fn info(&self) -> CacheInfo<i64> {
            CacheInfo {
                hits: self.hits,
                misses: self.misses,
                maxsize: self.maxsize.map(|n| n as i64),
                currsize: self.entries.len() as i64,
            }
        }

        /// `cache_clear()`: the entries and the counts go.
        pub fn clear(&mut self) {
            self.entries.clear();
            self.recency.clear();
            self.hits = 0;
            self.misses = 0;
        }
    }

    /// The memo's result for a call of a cached function (the body runs on None). The memo is
    /// not borrowed while the body runs, so the body may call the function again.
    pub fn lookup<K: std::hash::Hash + Eq + Clone + 'static, V: Clone + 'static>(
        cache: &'static std::thread::LocalKey<std::cell::RefCell<Cache<K, V>>>,
        key: &K,
    ) -> Option<V> {
        cache.with(|c| c.borrow_mut().lookup(key))
    }

    /// Keeps the body's result for the key.
    pub fn store<K: std::hash::Hash + Eq + Clone + 'static, V: Clone + 'static>(
        cache: &'static std::thread::LocalKey<std::cell::RefCell<Cache<K, V>>>,
        key: K,
        value: V,
    ) {
        cache.with(|c| c.borrow_mut().store(key, value))
    }

    /// `functools._CacheInfo`, the named tuple `cache_info()` returns; `N` is its counts' type.
    #[derive(Clone, PartialEq)]
    pub struct CacheInfo<N> {
        pub hits: N,
        pub misses: N,
        pub maxsize: Option<N>,
        pub currsize: N,
    }

    impl<N: super::py::Show> super::py::Show for CacheInfo<N> {
        fn repr(&self) -> String {
            let maxsize = match &self.maxsize {
                Some(n) => n.repr(),
                None => "None".to_string(),
            };
            format!(
                "CacheInfo(hits={}, misses={}, maxsize={}, currsize={})",
                self.hits.repr(),
                self.misses.repr(),
                maxsize,
                self.currsize.repr()
            )
        }
    }
}
