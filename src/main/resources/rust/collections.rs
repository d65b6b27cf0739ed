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
}
