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
// system_exit, fatal, overflow, sub, neg, floordiv, modulo, truediv, float_div, ascii_number_chars,
// Show, show_tuple, repr_str, float_repr, dtoa, shortest_digits, float_digits_text, position,
// sum_float, split, int_literal, count, lower, push_lower, range_start, in_ranges, is_space,
// decimal_value, is_cased, is_case_ignorable, List, ListIter, NOT_PRINTABLE, DECIMAL, SPACE, LOWER,
// UPPER, LOWER_CHANGES, TITLE, CASE_IGNORABLE, Int, Big, MAX_STR_DIGITS, KARATSUBA_CUTOFF, trim,
// mag_of_u64, mag_cmp, mag_add, mag_sub, add_into, schoolbook, mag_mul, mag_divrem_limb, mag_shl,
// mag_shr, mag_bits, mag_divrem, twos, from_twos, too_many_digits, decimal_digits, round_to_f64]

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
    let a = int::Int::from(17);
    let b = int::Int::from(-5);
    println!(
        "{} {} {} {} {} {} {}",
        a.floordiv(&b)?.str(),
        a.modulo(&b)?.str(),
        a.truediv(&b)?.str(),
        a.pow(&int::Int::from(2))?.str(),
        a.neg().str(),
        a.and(&int::Int::from(3)).str(),
        a.shl(&int::Int::from(2))?.str()
    );
    println!(
        "{} {} {} {} {}",
        mean(py::List::from(vec![1.0, 2.5]))?.str(),
        (0.1 + 0.2).str(),
        (2.0 * 1.5).str(),
        int::Int::from_f64(f64::round_ties_even(2.5))?.str(),
        b.abs().str()
    );
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
