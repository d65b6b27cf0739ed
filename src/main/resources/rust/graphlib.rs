/// Python's `graphlib` as CPython 3.11 runs it (Lib/graphlib.py): `TopologicalSorter` keeps its
/// nodes in the order they were first added, each with its count of predecessors not yet done
/// and its successors in the order they were added, and finds a cycle by the same depth-first
/// walk, so `static_order`, `get_ready` and the `CycleError`'s cycle are CPython's.
#[allow(dead_code)]
mod graphlib {
    /// The class name CPython shows an uncaught CycleError by.
    pub const CYCLE_ERROR: &str = "graphlib.CycleError";

    /// A node's predecessor count once it has been passed out by `get_ready`, and once done.
    const NODE_OUT: i64 = -1;
    const NODE_DONE: i64 = -2;

    struct Info<T> {
        node: T,
        npredecessors: i64,
        successors: Vec<T>,
    }

    pub struct Data<T> {
        infos: Vec<Info<T>>,
        index: std::collections::HashMap<T, usize>,
        ready: Option<Vec<T>>,
        passed_out: i64,
        finished: i64,
    }

    pub struct TopologicalSorter<T>(std::rc::Rc<std::cell::RefCell<Data<T>>>);

    impl<T> Clone for TopologicalSorter<T> {
        fn clone(&self) -> Self {
            TopologicalSorter(std::rc::Rc::clone(&self.0))
        }
    }

    /// No `__eq__`: a sorter equals only itself.
    impl<T> PartialEq for TopologicalSorter<T> {
        fn eq(&self, other: &Self) -> bool {
            std::rc::Rc::ptr_eq(&self.0, &other.0)
        }
    }

    fn not_prepared<R>() -> super::py::PyResult<R> {
        super::py::raise("ValueError", "prepare() must be called first")
    }

    impl<T: Clone + Eq + std::hash::Hash + super::py::Show + 'static> Data<T> {
        fn info(&mut self, node: &T) -> usize {
            if let Some(&i) = self.index.get(node) {
                return i;
            }
            self.infos.push(Info {
                node: node.clone(),
                npredecessors: 0,
                successors: Vec::new(),
            });
            self.index.insert(node.clone(), self.infos.len() - 1);
            self.infos.len() - 1
        }

        /// `_find_cycle`: a depth-first walk from each node in order; the first node met again
        /// while on the walk's stack closes the cycle.
        fn find_cycle(&self) -> Option<Vec<T>> {
            let mut seen = std::collections::HashSet::new();
            let mut stack: Vec<usize> = Vec::new();
            let mut positions: Vec<usize> = Vec::new();
            let mut on_stack: std::collections::HashMap<usize, usize> =
                std::collections::HashMap::new();
            for start in 0..self.infos.len() {
                if seen.contains(&start) {
                    continue;
                }
                let mut node = start;
                loop {
                    if seen.contains(&node) {
                        if let Some(&at) = on_stack.get(&node) {
                            let mut cycle: Vec<T> = stack[at..]
                                .iter()
                                .map(|&i| self.infos[i].node.clone())
                                .collect();
                            cycle.push(self.infos[node].node.clone());
                            return Some(cycle);
                        }
                    } else {
                        seen.insert(node);
                        positions.push(0);
                        on_stack.insert(node, stack.len());
                        stack.push(node);
                    }
                    let mut next = None;
                    while let Some(&top) = stack.last() {
                        let p = positions.last_mut().expect("one position per stacked node");
                        if let Some(successor) = self.infos[top].successors.get(*p) {
                            *p += 1;
                            next = Some(self.index[successor]);
                            break;
                        }
                        stack.pop();
                        positions.pop();
                        on_stack.remove(&top);
                    }
                    match next {
                        Some(n) => node = n,
                        None => break,
                    }
                }
            }
            None
        }
    }

    impl<T: Clone + Eq + std::hash::Hash + super::py::Show + 'static> TopologicalSorter<T> {
        pub fn new() -> Self {
            TopologicalSorter(std::rc::Rc::new(std::cell::RefCell::new(Data {
                infos: Vec::new(),
                index: std::collections::HashMap::new(),
                ready: None,
                passed_out: 0,
                finished: 0,
            })))
        }

        /// `TopologicalSorter(graph)`: each node added with its predecessors, in the dict's order.
        pub fn from_graph(graph: Vec<(T, Vec<T>)>) -> super::py::PyResult<Self> {
            let sorter = TopologicalSorter::new();
            for (node, predecessors) in graph {
                sorter.add(node, predecessors)?;
            }
            Ok(sorter)
        }

        /// `TopologicalSorter(graph)` of a dict: its items, each node with its list, set or tuple of predecessors.
        pub fn from_dict<P: Predecessors<T>>(items: Vec<(T, P)>) -> super::py::PyResult<Self> {
            Self::from_graph(items.into_iter().map(|(k, p)| (k, p.nodes())).collect())
        }

        pub fn add(&self, node: T, predecessors: Vec<T>) -> super::py::PyResult<()> {
            let mut d = self.0.borrow_mut();
            if d.ready.is_some() {
                return super::py::raise(
                    "ValueError",
                    "Nodes cannot be added after a call to prepare()",
                );
            }
            let i = d.info(&node);
            d.infos[i].npredecessors += predecessors.len() as i64;
            for pred in predecessors {
                let p = d.info(&pred);
                d.infos[p].successors.push(node.clone());
            }
            Ok(())
        }

        pub fn prepare(&self) -> super::py::PyResult<()> {
            let mut d = self.0.borrow_mut();
            if d.ready.is_some() {
                return super::py::raise("ValueError", "cannot prepare() more than once");
            }
            let ready = d
                .infos
                .iter()
                .filter(|i| i.npredecessors == 0)
                .map(|i| i.node.clone())
                .collect();
            d.ready = Some(ready);
            if let Some(cycle) = d.find_cycle() {
                let message = "nodes are in a cycle".to_string();
                let args = vec![
                    super::py::Arg::of(&message),
                    super::py::Arg::of(&super::py::List::from(cycle)),
                ];
                return Err(super::py::exc_args(CYCLE_ERROR, super::py::Args::of(args)));
            }
            Ok(())
        }

        pub fn get_ready(&self) -> super::py::PyResult<super::py::Tuple<T>> {
            let mut d = self.0.borrow_mut();
            let Some(ready) = d.ready.take() else {
                return not_prepared();
            };
            for node in &ready {
                let i = d.index[node];
                d.infos[i].npredecessors = NODE_OUT;
            }
            d.passed_out += ready.len() as i64;
            d.ready = Some(Vec::new());
            Ok(super::py::Tuple(ready))
        }

        pub fn is_active(&self) -> super::py::PyResult<bool> {
            let d = self.0.borrow();
            match &d.ready {
                None => not_prepared(),
                Some(ready) => Ok(d.finished < d.passed_out || !ready.is_empty()),
            }
        }

        pub fn done(&self, nodes: Vec<T>) -> super::py::PyResult<()> {
            let mut d = self.0.borrow_mut();
            if d.ready.is_none() {
                return not_prepared();
            }
            for node in nodes {
                let Some(&i) = d.index.get(&node) else {
                    return super::py::raise(
                        "ValueError",
                        format!("node {} was not added using add()", node.repr()),
                    );
                };
                let stat = d.infos[i].npredecessors;
                if stat >= 0 {
                    return super::py::raise(
                        "ValueError",
                        format!("node {} was not passed out (still not ready)", node.repr()),
                    );
                }
                if stat == NODE_DONE {
                    return super::py::raise(
                        "ValueError",
                        format!("node {} was already marked done", node.repr()),
                    );
                }
                d.infos[i].npredecessors = NODE_DONE;
                let successors = d.infos[i].successors.clone();
                for successor in successors {
                    let s = d.index[&successor];
                    d.infos[s].npredecessors -= 1;
                    if d.infos[s].npredecessors == 0 {
                        d.ready.as_mut().expect("prepared").push(successor);
                    }
                }
                d.finished += 1;
            }
            Ok(())
        }

        /// `static_order()`: a generator that prepares the sorter when it is first stepped,
        /// then passes out each ready group and marks it done.
        pub fn static_order(&self) -> super::py::Gen<T> {
            let sorter = self.clone();
            let yielder = super::py::Yielder::new();
            let out = yielder.clone();
            super::py::Gen::new("static_order", yielder, async move {
                sorter.prepare()?;
                while sorter.is_active()? {
                    let group = sorter.get_ready()?;
                    for node in group.0.iter() {
                        out.give(node.clone()).await?;
                    }
                    sorter.done(group.0)?;
                }
                Ok(())
            })
        }
    }

    /// A dict value `TopologicalSorter(graph)` reads as a node's predecessors.
    pub trait Predecessors<T> {
        fn nodes(&self) -> Vec<T>;
    }

    impl<T: Clone> Predecessors<T> for super::py::List<T> {
        fn nodes(&self) -> Vec<T> {
            self.items()
        }
    }

    impl<T: Clone + PartialEq + super::py::PyHash> Predecessors<T> for super::py::Set<T> {
        fn nodes(&self) -> Vec<T> {
            self.items()
        }
    }

    impl<T: Clone> Predecessors<T> for super::py::Tuple<T> {
        fn nodes(&self) -> Vec<T> {
            self.items()
        }
    }
}
