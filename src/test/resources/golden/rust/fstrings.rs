// Translated from fstrings.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::{Format, Show};
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base, exc_matches, die,
// system_exit, fatal, Show, show_tuple, repr_str, float_repr, Spec, parse_spec, code_text,
// unknown_code, group_digits, lay_out_number, format_int, format_int_by, dtoa, shortest_digits,
// float_digits_text, format_float, format_float_spec, format_str, Format, Channel, Yielder, Frame,
// Gen, remaining, chars, upper, push_upper, range_start, in_ranges, padding, NOT_PRINTABLE,
// UPPER_CHANGES]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let price = 1234.5;
    let name = "widget".to_string();
    let count = 42;
    println!(
        "{}|{}|{}|{}|{}",
        name.format(">10")?,
        price.format(",.2f")?,
        count.format("05d")?,
        0.256.format(".1%")?,
        name.repr()
    );
    println!("{{braces}} {} items", count);
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
