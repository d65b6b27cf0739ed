/// Python's `itertools` as CPython 3.11 runs it (Modules/itertoolsmodule.c): each function a
/// generator (`py::Gen`) that takes items from its sources only when its own next item is asked
/// for, in CPython's order, so a source's side effects happen when they do in CPython. The
/// combinatoric functions take their whole input when called, as CPython's do.
#[allow(dead_code)]
mod itertools {
    pub fn chain<T: 'static>(sources: Vec<super::py::Gen<T>>) -> super::py::Gen<T> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("chain", yielder, async move {
            for source in sources {
                while let Some(item) = source.step()? {
                    out.give(item).await?;
                }
            }
            Ok(())
        })
    }

    /// An iterable that `chain.from_iterable` opens when it reaches it: a list through a live
    /// iterator, a generator as it is, a str, tuple or `tuple[T, ...]` over its items.
    pub trait Iterable<T> {
        fn open(self) -> super::py::Gen<T>;
    }

    impl<T: Clone + 'static> Iterable<T> for super::py::List<T> {
        fn open(self) -> super::py::Gen<T> {
            super::py::Gen::over_list(self)
        }
    }

    impl<T: 'static> Iterable<T> for super::py::Gen<T> {
        fn open(self) -> super::py::Gen<T> {
            self
        }
    }

    impl Iterable<String> for String {
        fn open(self) -> super::py::Gen<String> {
            super::py::Gen::over(super::py::chars(&self))
        }
    }

    impl<T: Clone + 'static> Iterable<T> for super::py::Tuple<T> {
        fn open(self) -> super::py::Gen<T> {
            super::py::Gen::over(self.items())
        }
    }

    impl<T: 'static> Iterable<T> for (T, T) {
        fn open(self) -> super::py::Gen<T> {
            super::py::Gen::over(vec![self.0, self.1])
        }
    }

    impl<T: 'static> Iterable<T> for (T, T, T) {
        fn open(self) -> super::py::Gen<T> {
            super::py::Gen::over(vec![self.0, self.1, self.2])
        }
    }

    /// `chain.from_iterable(iterables)`: the next iterable is taken from `sources`, and opened,
    /// only when the one before is used up, as CPython's chain takes it.
    pub fn chain_from<S: Iterable<T> + 'static, T: 'static>(
        sources: super::py::Gen<S>,
    ) -> super::py::Gen<T> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("chain", yielder, async move {
            while let Some(source) = sources.step()? {
                let items = source.open();
                while let Some(item) = items.step()? {
                    out.give(item).await?;
                }
            }
            Ok(())
        })
    }

    /// `islice(it, start, stop, step)` (stop None as `None`), with CPython's checks of the
    /// arguments when it is called, and its steps: skip to the next wanted item, and take none
    /// past `stop`.
    pub fn islice<T: 'static>(
        source: super::py::Gen<T>,
        start: i64,
        stop: Option<i64>,
        step: i64,
    ) -> super::py::PyResult<super::py::Gen<T>> {
        let limit = "must be None or an integer: 0 <= x <= sys.maxsize.";
        if stop == Some(-1) {
            return super::py::raise(
                "ValueError",
                format!("Stop argument for islice() {}", limit),
            );
        }
        if start < 0 || stop.is_some_and(|s| s < -1) {
            return super::py::raise("ValueError", format!("Indices for islice() {}", limit));
        }
        if step < 1 {
            return super::py::raise(
                "ValueError",
                "Step for islice() must be a positive integer or None.",
            );
        }
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        Ok(super::py::Gen::new("islice", yielder, async move {
            let mut count: i64 = 0;
            let mut next = start;
            loop {
                while count < next {
                    if source.step()?.is_none() {
                        return Ok(());
                    }
                    count += 1;
                }
                if stop.is_some_and(|s| count >= s) {
                    return Ok(());
                }
                let Some(item) = source.step()? else {
                    return Ok(());
                };
                count += 1;
                let old = next;
                next = next.saturating_add(step);
                if let Some(s) = stop {
                    if next < old || next > s {
                        next = s;
                    }
                }
                out.give(item).await?;
            }
        }))
    }

    /// `count(start, step)` of ints, without end.
    pub fn count(start: i64, step: i64) -> super::py::Gen<i64> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("count", yielder, async move {
            let mut n = start;
            loop {
                out.give(n).await?;
                n = super::py::add(n, step);
            }
        })
    }

    /// `cycle(iterable)`: the items as they come, saved, then the saved ones again and again.
    pub fn cycle<T: Clone + 'static>(source: super::py::Gen<T>) -> super::py::Gen<T> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("cycle", yielder, async move {
            let mut saved = Vec::new();
            while let Some(item) = source.step()? {
                saved.push(item.clone());
                out.give(item).await?;
            }
            if saved.is_empty() {
                return Ok(());
            }
            loop {
                for item in &saved {
                    out.give(item.clone()).await?;
                }
            }
        })
    }

    /// `repeat(object, times)`: without end when `times` is None; none for a negative count.
    pub fn repeat<T: Clone + 'static>(object: T, times: Option<i64>) -> super::py::Gen<T> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("repeat", yielder, async move {
            let mut left = times;
            while left.map_or(true, |n| n > 0) {
                out.give(object.clone()).await?;
                left = left.map(|n| n - 1);
            }
            Ok(())
        })
    }

    /// `product(*pools)` of one item type, the last pool varying fastest; `make` turns each
    /// chosen list into the tuple the program sees.
    pub fn product<T: Clone + 'static, R: 'static>(
        make: impl Fn(Vec<T>) -> R + 'static,
        pools: Vec<Vec<T>>,
    ) -> super::py::Gen<R> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("product", yielder, async move {
            if pools.iter().any(|p| p.is_empty()) {
                return Ok(());
            }
            let mut indices = vec![0usize; pools.len()];
            loop {
                let chosen = indices.iter().zip(&pools).map(|(&i, p)| p[i].clone());
                out.give(make(chosen.collect())).await?;
                let mut k = pools.len();
                loop {
                    if k == 0 {
                        return Ok(());
                    }
                    k -= 1;
                    indices[k] += 1;
                    if indices[k] < pools[k].len() {
                        break;
                    }
                    indices[k] = 0;
                }
            }
        })
    }

    /// `permutations(pool, r)` in CPython's order (lexicographic by position in the pool);
    /// `make` turns each chosen list into the tuple the program sees.
    pub fn permutations<T: Clone + 'static, R: 'static>(
        make: impl Fn(Vec<T>) -> R + 'static,
        pool: Vec<T>,
        r: Option<i64>,
    ) -> super::py::PyResult<super::py::Gen<R>> {
        let n = pool.len();
        let r = match r {
            Some(r) if r < 0 => return super::py::raise("ValueError", "r must be non-negative"),
            Some(r) => r as usize,
            None => n,
        };
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        Ok(super::py::Gen::new("permutations", yielder, async move {
            if r > n {
                return Ok(());
            }
            let mut indices: Vec<usize> = (0..n).collect();
            let mut cycles: Vec<usize> = (0..r).map(|i| n - i).collect();
            out.give(make(
                indices[..r].iter().map(|&i| pool[i].clone()).collect(),
            ))
            .await?;
            if n == 0 {
                return Ok(());
            }
            'outer: loop {
                for i in (0..r).rev() {
                    cycles[i] -= 1;
                    if cycles[i] == 0 {
                        let moved = indices.remove(i);
                        indices.push(moved);
                        cycles[i] = n - i;
                    } else {
                        let j = cycles[i];
                        indices.swap(i, n - j);
                        out.give(make(
                            indices[..r].iter().map(|&k| pool[k].clone()).collect(),
                        ))
                        .await?;
                        continue 'outer;
                    }
                }
                return Ok(());
            }
        }))
    }

    /// `combinations(pool, r)` (`replace`: `combinations_with_replacement`), in CPython's order.
    pub fn combinations<T: Clone + 'static, R: 'static>(
        make: impl Fn(Vec<T>) -> R + 'static,
        pool: Vec<T>,
        r: i64,
        replace: bool,
    ) -> super::py::PyResult<super::py::Gen<R>> {
        if r < 0 {
            return super::py::raise("ValueError", "r must be non-negative");
        }
        let r = r as usize;
        let n = pool.len();
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        Ok(super::py::Gen::new("combinations", yielder, async move {
            if (!replace && r > n) || (replace && n == 0 && r > 0) {
                return Ok(());
            }
            let mut indices: Vec<usize> = if replace {
                vec![0; r]
            } else {
                (0..r).collect()
            };
            out.give(make(indices.iter().map(|&i| pool[i].clone()).collect()))
                .await?;
            loop {
                let top = |i: usize| if replace { n - 1 } else { i + n - r };
                let Some(i) = (0..r).rev().find(|&i| indices[i] != top(i)) else {
                    return Ok(());
                };
                if replace {
                    let v = indices[i] + 1;
                    for k in i..r {
                        indices[k] = v;
                    }
                } else {
                    indices[i] += 1;
                    for k in i + 1..r {
                        indices[k] = indices[k - 1] + 1;
                    }
                }
                out.give(make(indices.iter().map(|&k| pool[k].clone()).collect()))
                    .await?;
            }
        }))
    }

    /// `accumulate(iterable, func, initial=...)`: the initial value first, then running results.
    pub fn accumulate<T: Clone + 'static>(
        source: super::py::Gen<T>,
        func: std::rc::Rc<dyn Fn(T, T) -> super::py::PyResult<T>>,
        initial: Option<T>,
    ) -> super::py::Gen<T> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("accumulate", yielder, async move {
            let mut total = initial;
            if let Some(t) = &total {
                out.give(t.clone()).await?;
            }
            while let Some(item) = source.step()? {
                let next = match total.take() {
                    None => item,
                    Some(t) => func(t, item)?,
                };
                total = Some(next.clone());
                out.give(next).await?;
            }
            Ok(())
        })
    }

    pub fn pairwise<T: Clone + 'static>(source: super::py::Gen<T>) -> super::py::Gen<(T, T)> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("pairwise", yielder, async move {
            let Some(mut old) = source.step()? else {
                return Ok(());
            };
            while let Some(new) = source.step()? {
                out.give((old, new.clone())).await?;
                old = new;
            }
            Ok(())
        })
    }

    /// `tee(iterable, n)`: n iterators over one source. Each item is read from the source
    /// once, by whichever of them first reaches it, and kept for the others until they do.
    pub fn tee<T: Clone + 'static>(source: super::py::Gen<T>, n: usize) -> Vec<super::py::Gen<T>> {
        let queues = vec![std::collections::VecDeque::<T>::new(); n];
        let shared = std::rc::Rc::new(std::cell::RefCell::new(queues));
        (0..n)
            .map(|i| {
                let yielder = super::py::Yielder::new();
                let out = yielder.clone();
                let shared = shared.clone();
                let source = source.clone();
                super::py::Gen::new("_tee", yielder, async move {
                    loop {
                        let kept = shared.borrow_mut()[i].pop_front();
                        let item = match kept {
                            Some(item) => item,
                            None => match source.step()? {
                                Some(item) => {
                                    for (j, q) in shared.borrow_mut().iter_mut().enumerate() {
                                        if j != i {
                                            q.push_back(item.clone());
                                        }
                                    }
                                    item
                                }
                                None => return Ok(()),
                            },
                        };
                        out.give(item).await?;
                    }
                })
            })
            .collect()
    }

    /// `takewhile(pred, it)`: the first item that fails the predicate is taken and dropped.
    pub fn takewhile<T: Clone + 'static>(
        pred: std::rc::Rc<dyn Fn(T) -> super::py::PyResult<bool>>,
        source: super::py::Gen<T>,
    ) -> super::py::Gen<T> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("takewhile", yielder, async move {
            while let Some(item) = source.step()? {
                if !pred(item.clone())? {
                    return Ok(());
                }
                out.give(item).await?;
            }
            Ok(())
        })
    }

    /// `dropwhile(pred, it)`: once an item fails the predicate, the rest come without it.
    pub fn dropwhile<T: Clone + 'static>(
        pred: std::rc::Rc<dyn Fn(T) -> super::py::PyResult<bool>>,
        source: super::py::Gen<T>,
    ) -> super::py::Gen<T> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("dropwhile", yielder, async move {
            let mut dropping = true;
            while let Some(item) = source.step()? {
                if dropping && pred(item.clone())? {
                    continue;
                }
                dropping = false;
                out.give(item).await?;
            }
            Ok(())
        })
    }

    pub fn filterfalse<T: Clone + 'static>(
        pred: std::rc::Rc<dyn Fn(T) -> super::py::PyResult<bool>>,
        source: super::py::Gen<T>,
    ) -> super::py::Gen<T> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("filterfalse", yielder, async move {
            while let Some(item) = source.step()? {
                if !pred(item.clone())? {
                    out.give(item).await?;
                }
            }
            Ok(())
        })
    }

    /// `compress(data, selectors)`: an item of data, then a selector, until either ends.
    pub fn compress<T: 'static, S: 'static>(
        data: super::py::Gen<T>,
        selectors: super::py::Gen<S>,
        truth: fn(&S) -> bool,
    ) -> super::py::Gen<T> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("compress", yielder, async move {
            while let Some(item) = data.step()? {
                let Some(selector) = selectors.step()? else {
                    return Ok(());
                };
                if truth(&selector) {
                    out.give(item).await?;
                }
            }
            Ok(())
        })
    }
    /// What `groupby` and its groupers share, as CPython's groupbyobject: the source, the key
    /// of the group being yielded (`tgtkey`), the last item taken and its key, and which grouper
    /// is current (a grouper of an earlier group yields nothing more).
    struct GroupBy<T, K> {
        source: super::py::Gen<T>,
        key: std::rc::Rc<dyn Fn(T) -> super::py::PyResult<K>>,
        tgtkey: Option<K>,
        currkey: Option<K>,
        currvalue: Option<T>,
        current: u64,
        made: u64,
    }

    /// Takes the next item and its key; false at the end of the source.
    fn groupby_step<T: Clone + 'static, K>(
        state: &std::rc::Rc<std::cell::RefCell<GroupBy<T, K>>>,
    ) -> super::py::PyResult<bool> {
        let source = state.borrow().source.clone();
        let Some(value) = source.step()? else {
            return Ok(false);
        };
        let key = std::rc::Rc::clone(&state.borrow().key);
        let k = key(value.clone())?;
        let mut s = state.borrow_mut();
        s.currvalue = Some(value);
        s.currkey = Some(k);
        Ok(true)
    }

    /// `groupby(iterable, key)` as CPython 3.11's: each step skips what is left of the current
    /// group, then yields the next key with a grouper that shares the source.
    pub fn groupby<T: Clone + 'static, K: Clone + PartialEq + 'static>(
        source: super::py::Gen<T>,
        key: std::rc::Rc<dyn Fn(T) -> super::py::PyResult<K>>,
    ) -> super::py::Gen<(K, super::py::Gen<T>)> {
        let state = std::rc::Rc::new(std::cell::RefCell::new(GroupBy {
            source,
            key,
            tgtkey: None,
            currkey: None,
            currvalue: None,
            current: 0,
            made: 0,
        }));
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("groupby", yielder, async move {
            loop {
                state.borrow_mut().current = 0;
                loop {
                    let found = {
                        let s = state.borrow();
                        match (&s.currkey, &s.tgtkey) {
                            (None, _) => false,
                            (Some(_), None) => true,
                            (Some(c), Some(t)) => t != c,
                        }
                    };
                    if found {
                        break;
                    }
                    if !groupby_step(&state)? {
                        return Ok(());
                    }
                }
                let (k, id) = {
                    let mut s = state.borrow_mut();
                    s.tgtkey = s.currkey.clone();
                    s.made += 1;
                    s.current = s.made;
                    (s.tgtkey.clone().expect("a key was taken"), s.made)
                };
                let grouper = grouper(std::rc::Rc::clone(&state), k.clone(), id);
                out.give((k, grouper)).await?;
            }
        })
    }

    fn grouper<T: Clone + 'static, K: Clone + PartialEq + 'static>(
        state: std::rc::Rc<std::cell::RefCell<GroupBy<T, K>>>,
        tgtkey: K,
        id: u64,
    ) -> super::py::Gen<T> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("_grouper", yielder, async move {
            loop {
                if state.borrow().current != id {
                    return Ok(());
                }
                let empty = state.borrow().currvalue.is_none();
                if empty && !groupby_step(&state)? {
                    return Ok(());
                }
                let item = {
                    let mut s = state.borrow_mut();
                    if s.currkey.as_ref() != Some(&tgtkey) {
                        None
                    } else {
                        s.currvalue.take()
                    }
                };
                match item {
                    Some(v) => out.give(v).await?,
                    None => return Ok(()),
                }
            }
        })
    }

    /// `starmap(func, iterable)`: `func` here takes the item (a tuple) and spreads it.
    pub fn starmap<T: 'static, R: 'static>(
        func: std::rc::Rc<dyn Fn(T) -> super::py::PyResult<R>>,
        source: super::py::Gen<T>,
    ) -> super::py::Gen<R> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("starmap", yielder, async move {
            while let Some(item) = source.step()? {
                out.give(func(item)?).await?;
            }
            Ok(())
        })
    }

    /// `zip_longest(a, b)`: a source that ended is not asked again, and the end comes when both
    /// have ended; a missing item is None.
    pub fn zip_longest<A: 'static, B: 'static>(
        a: super::py::Gen<A>,
        b: super::py::Gen<B>,
    ) -> super::py::Gen<(Option<A>, Option<B>)> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("zip_longest", yielder, async move {
            let (mut a_live, mut b_live) = (true, true);
            loop {
                let x = if a_live { a.step()? } else { None };
                a_live = a_live && x.is_some();
                let y = if b_live { b.step()? } else { None };
                b_live = b_live && y.is_some();
                if !a_live && !b_live {
                    return Ok(());
                }
                out.give((x, y)).await?;
            }
        })
    }

    /// `zip_longest(a, b, fillvalue=fill)`.
    pub fn zip_longest_fill<A: Clone + 'static, B: Clone + 'static>(
        a: super::py::Gen<A>,
        b: super::py::Gen<B>,
        fill_a: A,
        fill_b: B,
    ) -> super::py::Gen<(A, B)> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        let pairs = zip_longest(a, b);
        super::py::Gen::new("zip_longest", yielder, async move {
            while let Some((x, y)) = pairs.step()? {
                out.give((
                    x.unwrap_or_else(|| fill_a.clone()),
                    y.unwrap_or_else(|| fill_b.clone()),
                ))
                .await?;
            }
            Ok(())
        })
    }
}
