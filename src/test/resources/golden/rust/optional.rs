// Translated from optional.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base, exc_matches, die,
// system_exit, fatal, overflow, add, sub, modulo, Show, show_tuple, repr_str, float_repr, dtoa,
// shortest_digits, float_digits_text, position, count, range_start, in_ranges, List, ListIter,
// NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

fn first_even(values: py::List<i64>) -> py::PyResult<Option<i64>> {
    for v in values.iter() {
        if py::modulo(v, 2)? == 0 {
            return Ok(Some(v));
        }
    }
    return Ok(None);
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let found = first_even(py::List::from(vec![1, 3, 4]))?;
    if let Some(found) = found {
        println!("found {}", py::add(found, 1));
    }
    println!(
        "{} {}",
        first_even(py::List::from(vec![1]))?.str(),
        first_even(py::List::from(vec![2]))?.str()
    );
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
