// Translated from constants_and_defaults.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: Exc, PyResult, Raised, exc, exc_args, Arg, Args, builtin_base, exc_matches, die,
// system_exit, fatal, overflow, mul, Show, show_tuple, repr_str, float_repr, dtoa, shortest_digits,
// float_digits_text, range_start, in_ranges, NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

const SCALE: i64 = 10;
const UNIT: &str = "cm";

fn measure(value: i64, unit: String, scale: i64) -> py::PyResult<String> {
    return Ok(format!("{} {}", py::mul(value, scale), unit));
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    println!(
        "{} {} {}",
        measure(3, UNIT.to_string(), SCALE)?,
        measure(3, "mm".to_string(), SCALE)?,
        measure(2, UNIT.to_string(), 100)?
    );
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
