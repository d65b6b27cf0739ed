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
}
