// Translated from math_module.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: attempt, Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base,
// exc_matches, die, system_exit, fatal, Show, show_tuple, repr_str, float_repr, dtoa,
// shortest_digits, float_digits_text, range_start, in_ranges, NOT_PRINTABLE, domain, range,
// checked, integral, too_big, fits, floor, sqrt, LogArg, ln_special, log, gcd]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

fn circle(r: f64) -> py::PyResult<f64> {
    return Ok((std::f64::consts::PI * r) * r);
}

fn side(a: f64, b: f64) -> py::PyResult<f64> {
    return Ok(math::sqrt((a * a) + (b * b))?);
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    println!(
        "{} {} {} {}",
        circle(2.0)?.str(),
        side(3.0, 4.0)?.str(),
        math::floor(2.5)?,
        math::gcd(&vec![12, 18])
    );
    let outcome_2: py::PyResult<()> = 'try1: {
        println!("{}", attempt!(math::log(0.0), 'try1).str());
        Ok(())
    };
    match outcome_2 {
        Ok(()) => {}
        Err(e) => {
            if py::exc_matches(e.kind, "ValueError", user_exception_base) {
                println!("{}", e.str());
            } else {
                return Err(e);
            }
        }
    }
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
