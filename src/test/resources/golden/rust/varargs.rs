// Translated from varargs.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base, exc_matches, die,
// system_exit, fatal, overflow, add, sub, Show, show_tuple, repr_str, float_repr, dtoa,
// shortest_digits, float_digits_text, position, sum_int, count, upper, push_upper, range_start,
// in_ranges, List, ListIter, Dict, DictData, usable_fraction, log2_keysize, Tuple, NOT_PRINTABLE,
// UPPER_CHANGES]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

fn total(nums: py::Tuple<i64>) -> py::PyResult<i64> {
    return Ok(py::sum_int(nums.items(), 0));
}

fn label(name: String, upper: bool, extra: py::Dict<String, i64>) -> py::PyResult<String> {
    let text = if upper {
        py::upper(&name)
    } else {
        name.clone()
    };
    return Ok(text.clone() + &extra.len().to_string());
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let values = py::List::from(vec![1, 2]);
    println!(
        "{} {}",
        total(py::Tuple(vec![]))?,
        total(py::Tuple(vec![vec![5], values.items()].concat()))?
    );
    println!(
        "{}",
        label(
            "x".to_string(),
            true,
            py::Dict::from(vec![("a".to_string(), 1), ("b".to_string(), 2)]),
        )?
    );
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
