    // ---------------------------------------------------------------- values of union types

    /// A value whose type is one of several (`int | str`, `Cat | Dog`), or any type at all
    /// (`object`, `Any`): the value itself behind a shared handle, its own type known at run time
    /// as CPython knows every object's type. `isinstance` asks `is`; a read the check stage
    /// narrowed to one type takes the value out with `get` (the same value: handles stay shared);
    /// `str()` and `repr()` are the value's own.
    #[derive(Clone)]
    pub struct Obj(Rc<dyn ObjValue>);

    /// What an `Obj` needs of the value it holds.
    pub trait ObjValue {
        fn held_any(&self) -> &dyn std::any::Any;
        fn obj_repr(&self) -> String;
        fn obj_str(&self) -> String;
    }

    struct Held<T>(T);

    impl<T: Show + 'static> ObjValue for Held<T> {
        fn held_any(&self) -> &dyn std::any::Any {
            &self.0
        }
        fn obj_repr(&self) -> String {
            self.0.repr()
        }
        fn obj_str(&self) -> String {
            self.0.str()
        }
    }

    impl Obj {
        pub fn of<T: Show + 'static>(value: T) -> Obj {
            Obj(Rc::new(Held(value)))
        }

        /// `isinstance` for one Rust type.
        pub fn is<T: 'static>(&self) -> bool {
            self.0.held_any().is::<T>()
        }

        /// The value, where the check stage proved its type.
        pub fn get<T: Clone + 'static>(&self) -> T {
            self.0
                .held_any()
                .downcast_ref::<T>()
                .cloned()
                .expect("the check stage proved the value's type")
        }

        /// `typing.cast(T, v)`: the value as a `T`. mypy takes a cast on trust; where it lies,
        /// CPython goes on with the other value, which a `T` slot cannot hold, so the program stops
        /// (status 1, not catchable), naming the value.
        pub fn cast<T: Clone + 'static>(&self, to: &str) -> T {
            match self.0.held_any().downcast_ref::<T>() {
                Some(value) => value.clone(),
                None => fatal(
                    "TypeError",
                    &format!(
                        "typing.cast({}, ...): the value is {}, which a translated {} cannot hold \
                         (CPython would go on with it)",
                        to,
                        self.0.obj_repr(),
                        to
                    ),
                ),
            }
        }
    }

    impl Show for Obj {
        fn repr(&self) -> String {
            self.0.obj_repr()
        }
        fn str(&self) -> String {
            self.0.obj_str()
        }
    }
