/// Python's `copy.deepcopy` as CPython 3.11's Lib/copy.py computes it: lists, dicts and sets
/// are rebuilt item by item (a list appended, a dict's pairs inserted in order, a set's items
/// added in its iteration order, as `set(list(x))` adds them), instances of the program's
/// classes are made blank and given deep copies of their attributes, and immutable values are
/// themselves. The memo, keyed by the address of an original's shared cell as CPython keys it
/// by `id()`, gives a second reference to one original the same copy, so shared structure and
/// cycles stay shared. `copy.copy` needs no runtime: the translation calls each type's own copy.
#[allow(dead_code)]
mod copy {
    /// The copies made so far, by the address of the original's shared cell.
    pub struct Memo(std::collections::HashMap<usize, Box<dyn std::any::Any>>);

    impl Memo {
        pub fn new() -> Memo {
            Memo(std::collections::HashMap::new())
        }

        /// The copy already made of the original at `key`, if any.
        pub fn get<T: Clone + 'static>(&self, key: usize) -> Option<T> {
            self.0
                .get(&key)
                .and_then(|made| made.downcast_ref::<T>())
                .cloned()
        }

        /// Records the copy of the original at `key`, before its contents are copied.
        pub fn put<T: Clone + 'static>(&mut self, key: usize, made: &T) {
            self.0.insert(key, Box::new(made.clone()));
        }
    }

    /// A value `deepcopy` can copy.
    pub trait DeepCopy: Sized {
        fn deep_copy(&self, memo: &mut Memo) -> Self;
    }

    /// `copy.deepcopy(x)`.
    pub fn deepcopy<T: DeepCopy>(x: &T) -> T {
        x.deep_copy(&mut Memo::new())
    }

    /// Immutable values: CPython's deepcopy gives the object itself.
    macro_rules! atomic {
        ($($t:ty),+) => {
            $(impl DeepCopy for $t {
                fn deep_copy(&self, _memo: &mut Memo) -> Self {
                    self.clone()
                }
            })+
        };
    }
    atomic!(i64, f64, bool, String, ());

    impl DeepCopy for super::py::Num {
        fn deep_copy(&self, _memo: &mut Memo) -> Self {
            *self
        }
    }

    impl DeepCopy for super::int::Int {
        fn deep_copy(&self, _memo: &mut Memo) -> Self {
            self.clone()
        }
    }

    impl<T: DeepCopy> DeepCopy for Option<T> {
        fn deep_copy(&self, memo: &mut Memo) -> Self {
            self.as_ref().map(|v| v.deep_copy(memo))
        }
    }

    /// A tuple: its items deep-copied (CPython keeps the tuple itself when no item changed,
    /// which only identity could tell).
    macro_rules! deep_tuple {
        ($($name:ident $idx:tt),+) => {
            impl<$($name: DeepCopy),+> DeepCopy for ($($name,)+) {
                fn deep_copy(&self, memo: &mut Memo) -> Self {
                    ($(self.$idx.deep_copy(memo),)+)
                }
            }
        };
    }
    deep_tuple!(A 0);
    deep_tuple!(A 0, B 1);
    deep_tuple!(A 0, B 1, C 2);
    deep_tuple!(A 0, B 1, C 2, D 3);
    deep_tuple!(A 0, B 1, C 2, D 3, E 4);
    deep_tuple!(A 0, B 1, C 2, D 3, E 4, F 5);

    impl<T: DeepCopy + Clone + 'static> DeepCopy for super::py::List<T> {
        fn deep_copy(&self, memo: &mut Memo) -> Self {
            let key = std::rc::Rc::as_ptr(&self.0) as usize;
            if let Some(made) = memo.get::<Self>(key) {
                return made;
            }
            let made = super::py::List::new();
            memo.put(key, &made);
            for item in self.items() {
                let copied = item.deep_copy(memo);
                made.0.borrow_mut().push(copied);
            }
            made
        }
    }

    impl<K, V> DeepCopy for super::py::Dict<K, V>
    where
        K: DeepCopy + Clone + Eq + std::hash::Hash + super::py::Show + 'static,
        V: DeepCopy + Clone + 'static,
    {
        fn deep_copy(&self, memo: &mut Memo) -> Self {
            let key = std::rc::Rc::as_ptr(&self.0) as usize;
            if let Some(made) = memo.get::<Self>(key) {
                return made;
            }
            let made = super::py::Dict::new();
            memo.put(key, &made);
            for (k, v) in self.items() {
                let k = k.deep_copy(memo);
                let v = v.deep_copy(memo);
                made.set(k, v);
            }
            made
        }
    }

    impl<T> DeepCopy for super::py::Set<T>
    where
        T: DeepCopy + Clone + PartialEq + super::py::PyHash + 'static,
    {
        fn deep_copy(&self, memo: &mut Memo) -> Self {
            let key = std::rc::Rc::as_ptr(&self.0) as usize;
            if let Some(made) = memo.get::<Self>(key) {
                return made;
            }
            let items: Vec<T> = self.items().iter().map(|v| v.deep_copy(memo)).collect();
            let made = super::py::Set::from(items);
            memo.put(key, &made);
            made
        }
    }
}
