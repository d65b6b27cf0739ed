// Translated from arithmetic.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base, exc_matches, die,
// system_exit, fatal, overflow, sub, neg, abs_int, floordiv, modulo, truediv, float_div, pow_int,
// lshift, round_int, Show, show_tuple, repr_str, float_repr, dtoa, shortest_digits,
// float_digits_text, position, sum_float, count, range_start, in_ranges, List, ListIter,
// NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

fn mean(values: py::List<f64>) -> py::PyResult<f64> {
    return Ok(py::float_div(
        py::sum_float(values.items(), 0.0),
        values.len() as f64,
    )?);
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let a = 17;
    let b = -5;
    println!(
        "{} {} {} {} {} {} {}",
        py::floordiv(a, b)?,
        py::modulo(a, b)?,
        py::truediv(a, b)?.str(),
        py::pow_int(a, 2),
        py::neg(a),
        a & 3,
        py::lshift(a, 2)?
    );
    println!(
        "{} {} {} {} {}",
        mean(py::List::from(vec![1.0, 2.5]))?.str(),
        (0.1 + 0.2).str(),
        (2.0 * 1.5).str(),
        py::round_int(2.5)?,
        py::abs_int(b)
    );
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
