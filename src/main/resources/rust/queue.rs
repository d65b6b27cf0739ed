/// Python's `queue` module as CPython 3.11 runs it (Lib/queue.py) in a program with one thread:
/// `Queue` (first in, first out), `LifoQueue` (last in, first out) and `PriorityQueue` (the
/// smallest item first, by heapq's pushes and pops with Python's `<`), as shared handles. With
/// no other thread to wake it, a blocking `get` on an empty queue (or `put` on a full one, or
/// `join` with unfinished tasks) waits forever, as CPython's does; with a timeout it sleeps that
/// long and raises `Empty` (`Full`).
#[allow(dead_code)]
mod queue {
    /// The class names CPython shows an uncaught exception by (`Empty` is `_queue.Empty`).
    pub const EMPTY: &str = "_queue.Empty";
    pub const FULL: &str = "queue.Full";

    pub struct Data<T> {
        items: std::collections::VecDeque<T>,
        maxsize: i64,
        unfinished: i64,
    }

    /// A `Queue` or a `LifoQueue` (`lifo`: `get` takes the last item put).
    pub struct Queue<T> {
        data: std::rc::Rc<std::cell::RefCell<Data<T>>>,
        lifo: bool,
    }

    pub type LifoQueue<T> = Queue<T>;

    /// A `PriorityQueue`: its items are a heap list, in heapq's order.
    pub struct PriorityQueue<T> {
        heap: super::py::List<T>,
        data: std::rc::Rc<std::cell::RefCell<Data<()>>>,
    }

    impl<T> Clone for Queue<T> {
        fn clone(&self) -> Self {
            Queue {
                data: std::rc::Rc::clone(&self.data),
                lifo: self.lifo,
            }
        }
    }

    impl<T> Clone for PriorityQueue<T> {
        fn clone(&self) -> Self {
            PriorityQueue {
                heap: self.heap.clone(),
                data: std::rc::Rc::clone(&self.data),
            }
        }
    }

    /// Queues have no `__eq__`: each equals only itself.
    impl<T> PartialEq for Queue<T> {
        fn eq(&self, other: &Self) -> bool {
            std::rc::Rc::ptr_eq(&self.data, &other.data)
        }
    }

    impl<T> PartialEq for PriorityQueue<T> {
        fn eq(&self, other: &Self) -> bool {
            std::rc::Rc::ptr_eq(&self.data, &other.data)
        }
    }

    fn data<T>(maxsize: i64) -> std::rc::Rc<std::cell::RefCell<Data<T>>> {
        std::rc::Rc::new(std::cell::RefCell::new(Data {
            items: std::collections::VecDeque::new(),
            maxsize,
            unfinished: 0,
        }))
    }

    /// Waiting for another thread that does not exist: the program stops here for good.
    fn wait_forever() -> ! {
        let _ = std::io::Write::flush(&mut std::io::stdout());
        loop {
            std::thread::park();
        }
    }

    /// How a `put` or `get` that finds no room (no item) goes on: `Ok(())` when it may go on
    /// (there is room), else the exception raised after waiting as CPython waits.
    fn blocked(
        ready: bool,
        block: bool,
        timeout: Option<f64>,
        exc: &'static str,
    ) -> super::py::PyResult<()> {
        if !block {
            return if ready { Ok(()) } else { empty_raise(exc) };
        }
        match timeout {
            None => {
                if ready {
                    Ok(())
                } else {
                    wait_forever()
                }
            }
            Some(t) if t < 0.0 => {
                super::py::raise("ValueError", "'timeout' must be a non-negative number")
            }
            Some(t) => {
                if ready {
                    return Ok(());
                }
                if t > 0.0 {
                    std::thread::sleep(std::time::Duration::from_secs_f64(t));
                }
                empty_raise(exc)
            }
        }
    }

    /// `raise Empty` / `raise Full`: the class with no arguments.
    fn empty_raise(exc: &'static str) -> super::py::PyResult<()> {
        Err(super::py::exc_args(exc, super::py::Args::of(Vec::new())))
    }

    impl<T> Data<T> {
        fn room(&self, len: usize) -> bool {
            self.maxsize <= 0 || (len as i64) < self.maxsize
        }

        fn full(&self, len: usize) -> bool {
            0 < self.maxsize && self.maxsize <= len as i64
        }

        fn task_done(&mut self) -> super::py::PyResult<()> {
            if self.unfinished - 1 < 0 {
                return super::py::raise("ValueError", "task_done() called too many times");
            }
            self.unfinished -= 1;
            Ok(())
        }

        fn join(&self) {
            if self.unfinished != 0 {
                wait_forever()
            }
        }
    }

    impl<T> Queue<T> {
        pub fn new(maxsize: i64, lifo: bool) -> Self {
            Queue {
                data: data(maxsize),
                lifo,
            }
        }

        pub fn put(&self, item: T, block: bool, timeout: Option<f64>) -> super::py::PyResult<()> {
            let room = {
                let d = self.data.borrow();
                d.room(d.items.len())
            };
            blocked(room, block, timeout, FULL)?;
            let mut d = self.data.borrow_mut();
            d.items.push_back(item);
            d.unfinished += 1;
            Ok(())
        }

        pub fn get(&self, block: bool, timeout: Option<f64>) -> super::py::PyResult<T> {
            let ready = !self.data.borrow().items.is_empty();
            blocked(ready, block, timeout, EMPTY)?;
            let mut d = self.data.borrow_mut();
            let item = if self.lifo {
                d.items.pop_back()
            } else {
                d.items.pop_front()
            };
            Ok(item.expect("an item was there"))
        }

        pub fn qsize(&self) -> i64 {
            self.data.borrow().items.len() as i64
        }

        pub fn empty(&self) -> bool {
            self.data.borrow().items.is_empty()
        }

        pub fn full(&self) -> bool {
            let d = self.data.borrow();
            d.full(d.items.len())
        }

        pub fn maxsize(&self) -> i64 {
            self.data.borrow().maxsize
        }

        pub fn task_done(&self) -> super::py::PyResult<()> {
            self.data.borrow_mut().task_done()
        }

        pub fn join(&self) {
            self.data.borrow().join()
        }
    }

    impl<T: Clone> PriorityQueue<T> {
        pub fn new(maxsize: i64) -> Self {
            PriorityQueue {
                heap: super::py::List::new(),
                data: data(maxsize),
            }
        }

        /// `put`: heapq's push; a comparison that raises leaves the item in the heap, as
        /// CPython's heappush does, and the task uncounted.
        pub fn put(
            &self,
            item: T,
            block: bool,
            timeout: Option<f64>,
            lt: super::heapq::Less<T>,
        ) -> super::py::PyResult<()> {
            let room = self.data.borrow().room(self.len());
            blocked(room, block, timeout, FULL)?;
            super::heapq::heappush(&self.heap, item, lt)?;
            self.data.borrow_mut().unfinished += 1;
            Ok(())
        }

        pub fn get(
            &self,
            block: bool,
            timeout: Option<f64>,
            lt: super::heapq::Less<T>,
        ) -> super::py::PyResult<T> {
            blocked(self.len() > 0, block, timeout, EMPTY)?;
            super::heapq::heappop(&self.heap, lt)
        }

        fn len(&self) -> usize {
            self.heap.0.borrow().len()
        }

        pub fn qsize(&self) -> i64 {
            self.len() as i64
        }

        pub fn empty(&self) -> bool {
            self.len() == 0
        }

        pub fn full(&self) -> bool {
            self.data.borrow().full(self.len())
        }

        pub fn maxsize(&self) -> i64 {
            self.data.borrow().maxsize
        }

        pub fn task_done(&self) -> super::py::PyResult<()> {
            self.data.borrow_mut().task_done()
        }

        pub fn join(&self) {
            self.data.borrow().join()
        }
    }
}
