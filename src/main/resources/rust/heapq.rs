/// Python's `heapq` module as CPython 3.11 runs it (Modules/_heapqmodule.c, Lib/heapq.py): the
/// same sift steps, made of swaps, and the same comparisons in the same order, so a heap list
/// holds its items in CPython's order and nlargest, nsmallest and merge break ties as CPython
/// does. Every comparison is Python's `<` on the items (`lt`, which may raise for objects with a
/// `__lt__`); a max-heap is the same code with the comparison's operands swapped.
#[allow(dead_code)]
mod heapq {
    /// A comparison `a < b` that may raise.
    pub type Less<'a, T> = &'a dyn Fn(&T, &T) -> super::py::PyResult<bool>;

    /// CPython's `siftdown`: the item at `pos` moves towards `start` while it is less than its
    /// parent.
    fn sift_down<T>(
        heap: &mut [T],
        start: usize,
        mut pos: usize,
        lt: Less<T>,
    ) -> super::py::PyResult<()> {
        while pos > start {
            let parent = (pos - 1) >> 1;
            if !lt(&heap[pos], &heap[parent])? {
                break;
            }
            heap.swap(pos, parent);
            pos = parent;
        }
        Ok(())
    }

    /// CPython's `siftup`: the smaller child moves up until `pos` is a leaf, then the item that
    /// was at `pos` sifts back down from there.
    fn sift_up<T>(heap: &mut [T], mut pos: usize, lt: Less<T>) -> super::py::PyResult<()> {
        let end = heap.len();
        let start = pos;
        let limit = end >> 1;
        while pos < limit {
            let mut child = 2 * pos + 1;
            if child + 1 < end && !lt(&heap[child], &heap[child + 1])? {
                child += 1;
            }
            heap.swap(pos, child);
            pos = child;
        }
        sift_down(heap, start, pos, lt)
    }

    fn heapify_vec<T>(heap: &mut [T], lt: Less<T>) -> super::py::PyResult<()> {
        for i in (0..heap.len() / 2).rev() {
            sift_up(heap, i, lt)?;
        }
        Ok(())
    }

    /// Runs `op` on the list's items, taken out of the list meanwhile and put back after, even
    /// when a comparison raised (CPython leaves the list as the swaps so far made it).
    fn on_items<T, R>(
        list: &super::py::List<T>,
        op: impl FnOnce(&mut Vec<T>) -> super::py::PyResult<R>,
    ) -> super::py::PyResult<R> {
        let mut items = std::mem::take(&mut *list.0.borrow_mut());
        let result = op(&mut items);
        *list.0.borrow_mut() = items;
        result
    }

    fn empty<T>() -> super::py::PyResult<T> {
        super::py::raise("IndexError", "index out of range")
    }

    pub fn heappush<T>(list: &super::py::List<T>, item: T, lt: Less<T>) -> super::py::PyResult<()> {
        on_items(list, |heap| {
            heap.push(item);
            let last = heap.len() - 1;
            sift_down(heap, 0, last, lt)
        })
    }

    pub fn heappop<T>(list: &super::py::List<T>, lt: Less<T>) -> super::py::PyResult<T> {
        on_items(list, |heap| {
            let Some(last) = heap.pop() else {
                return empty();
            };
            if heap.is_empty() {
                return Ok(last);
            }
            let top = std::mem::replace(&mut heap[0], last);
            sift_up(heap, 0, lt)?;
            Ok(top)
        })
    }

    pub fn heapreplace<T>(
        list: &super::py::List<T>,
        item: T,
        lt: Less<T>,
    ) -> super::py::PyResult<T> {
        on_items(list, |heap| {
            if heap.is_empty() {
                return empty();
            }
            let top = std::mem::replace(&mut heap[0], item);
            sift_up(heap, 0, lt)?;
            Ok(top)
        })
    }

    pub fn heappushpop<T>(
        list: &super::py::List<T>,
        item: T,
        lt: Less<T>,
    ) -> super::py::PyResult<T> {
        on_items(list, |heap| {
            if heap.is_empty() || !lt(&heap[0], &item)? {
                return Ok(item);
            }
            let top = std::mem::replace(&mut heap[0], item);
            sift_up(heap, 0, lt)?;
            Ok(top)
        })
    }

    pub fn heapify<T>(list: &super::py::List<T>, lt: Less<T>) -> super::py::PyResult<()> {
        on_items(list, |heap| heapify_vec(heap, lt))
    }

    /// One candidate of nsmallest/nlargest: CPython's `(key, order, item)` tuple (or
    /// `(item, order)` without a key, the same comparisons since orders differ).
    #[derive(Clone)]
    struct Ranked<K, T> {
        key: K,
        order: i64,
        item: T,
    }

    /// Tuple order on candidates: the keys decide unless they are equal (`==`), then the order.
    fn ranked_lt<K: PartialEq + super::py::PyOrd, T>(a: &Ranked<K, T>, b: &Ranked<K, T>) -> bool {
        if a.key == b.key {
            a.order < b.order
        } else {
            super::py::lt(&a.key, &b.key)
        }
    }

    /// `nsmallest(n, items, key=...)` given every item's key (the items themselves without a
    /// key): `min` for n == 1, a sort when len() is at most n, else a max-heap of n candidates.
    pub fn nsmallest<T: Clone, K: Clone + PartialEq + super::py::PyOrd>(
        n: i64,
        items: Vec<T>,
        keys: Vec<K>,
        sized: bool,
    ) -> super::py::PyResult<super::py::List<T>> {
        Ok(super::py::List::from(select(n, items, keys, sized, false)?))
    }

    /// `nlargest(n, items, key=...)`: as nsmallest with the order reversed, ties to the first.
    pub fn nlargest<T: Clone, K: Clone + PartialEq + super::py::PyOrd>(
        n: i64,
        items: Vec<T>,
        keys: Vec<K>,
        sized: bool,
    ) -> super::py::PyResult<super::py::List<T>> {
        Ok(super::py::List::from(select(n, items, keys, sized, true)?))
    }

    fn select<T: Clone, K: Clone + PartialEq + super::py::PyOrd>(
        n: i64,
        items: Vec<T>,
        keys: Vec<K>,
        sized: bool,
        largest: bool,
    ) -> super::py::PyResult<Vec<T>> {
        if n == 1 {
            // min(it, key=key) / max(it, key=key): the first extreme item.
            let mut best: Option<usize> = None;
            for i in 0..keys.len() {
                best = match best {
                    None => Some(i),
                    Some(b) if largest && super::py::lt(&keys[b], &keys[i]) => Some(i),
                    Some(b) if !largest && super::py::lt(&keys[i], &keys[b]) => Some(i),
                    keep => keep,
                };
            }
            return Ok(best.map(|b| vec![items[b].clone()]).unwrap_or_default());
        }
        if sized && n >= items.len() as i64 {
            return Ok(super::py::sort_by_key(items, keys, largest));
        }
        let take = if n <= 0 {
            0
        } else {
            (n as usize).min(items.len())
        };
        let mut pairs = keys.into_iter().zip(items);
        let mut heap: Vec<Ranked<K, T>> = Vec::with_capacity(take);
        for i in 0..take {
            let (key, item) = pairs.next().expect("take is at most the number of items");
            let order = if largest { -(i as i64) } else { i as i64 };
            heap.push(Ranked { key, order, item });
        }
        if heap.is_empty() {
            return Ok(Vec::new());
        }
        let lt = |a: &Ranked<K, T>, b: &Ranked<K, T>| Ok(ranked_lt(a, b));
        let gt = |a: &Ranked<K, T>, b: &Ranked<K, T>| Ok(ranked_lt(b, a));
        let heap_lt: Less<Ranked<K, T>> = if largest { &lt } else { &gt };
        heapify_vec(&mut heap, heap_lt)?;
        let mut order = if largest { -n } else { n };
        for (key, item) in pairs {
            let better = if largest {
                super::py::lt(&heap[0].key, &key)
            } else {
                super::py::lt(&key, &heap[0].key)
            };
            if better {
                heap[0] = Ranked { key, order, item };
                sift_up(&mut heap, 0, heap_lt)?;
                order += if largest { -1 } else { 1 };
            }
        }
        let sorted = super::py::list_sort(heap, largest, &mut |a, b| Ok(ranked_lt(a, b)))?;
        Ok(sorted.into_iter().map(|r| r.item).collect())
    }

    /// `merge(*iterables, reverse=...)`: the items compared themselves.
    pub fn merge<T: Clone + PartialEq + super::py::PyOrd + 'static>(
        sources: Vec<super::py::Gen<T>>,
        reverse: bool,
    ) -> super::py::Gen<T> {
        merge_by(sources, std::rc::Rc::new(|item: T| Ok(item)), reverse)
    }

    /// One source of merge in its heap: CPython's `[key, order, value, next]` list.
    #[derive(Clone)]
    struct Head<K, T> {
        key: K,
        order: i64,
        value: T,
        source: usize,
    }

    /// `merge(*iterables, key=..., reverse=...)`, as lazy as CPython's generator: nothing is
    /// taken before the first item is asked for; then the first item of each source (and its
    /// key) in order, and after each item given, the next item of the source it came from.
    /// The last source left is given out as it is, its keys no longer computed.
    pub fn merge_by<T: Clone + 'static, K: Clone + PartialEq + super::py::PyOrd + 'static>(
        sources: Vec<super::py::Gen<T>>,
        key: std::rc::Rc<dyn Fn(T) -> super::py::PyResult<K>>,
        reverse: bool,
    ) -> super::py::Gen<T> {
        let yielder = super::py::Yielder::new();
        let out = yielder.clone();
        super::py::Gen::new("merge", yielder, async move {
            let direction = if reverse { -1 } else { 1 };
            let mut heap: Vec<Head<K, T>> = Vec::new();
            for (i, source) in sources.iter().enumerate() {
                if let Some(value) = source.step()? {
                    let k = key(value.clone())?;
                    heap.push(Head {
                        key: k,
                        order: i as i64 * direction,
                        value,
                        source: i,
                    });
                }
            }
            let lt = |a: &Head<K, T>, b: &Head<K, T>| {
                Ok(if a.key == b.key {
                    a.order < b.order
                } else {
                    super::py::lt(&a.key, &b.key)
                })
            };
            let gt = |a: &Head<K, T>, b: &Head<K, T>| lt(b, a);
            let heap_lt: Less<Head<K, T>> = if reverse { &gt } else { &lt };
            heapify_vec(&mut heap, heap_lt)?;
            while heap.len() > 1 {
                out.give(heap[0].value.clone()).await?;
                match sources[heap[0].source].step()? {
                    Some(value) => {
                        heap[0].key = key(value.clone())?;
                        heap[0].value = value;
                        sift_up(&mut heap, 0, heap_lt)?;
                    }
                    None => {
                        let last = heap.pop().expect("the heap has two or more sources");
                        heap[0] = last;
                        sift_up(&mut heap, 0, heap_lt)?;
                    }
                }
            }
            if let Some(last) = heap.pop() {
                out.give(last.value).await?;
                while let Some(value) = sources[last.source].step()? {
                    out.give(value).await?;
                }
            }
            Ok(())
        })
    }
}
