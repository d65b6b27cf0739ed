// Translated from unbound_local.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: attempt, Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base,
// exc_matches, die, system_exit, fatal, overflow, sub, modulo, Show, show_tuple, repr_str,
// float_repr, dtoa, shortest_digits, float_digits_text, position, count, range_start, in_ranges,
// List, ListIter, bound_local, NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

fn last_even(values: py::List<i64>) -> py::PyResult<i64> {
    let mut found: Option<i64> = None;
    for v in values.iter() {
        if py::modulo(v, 2)? == 0 {
            found = Some(v);
        }
    }
    return Ok(py::bound_local(&found, "found")?);
}

fn both(flag: bool) -> py::PyResult<i64> {
    let mut n: i64 = 0;
    if flag {
        n = 1;
    } else {
        n = 2;
    }
    return Ok(n);
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    println!(
        "{} {}",
        last_even(py::List::from(vec![1, 2, 4]))?,
        both(false)?
    );
    let outcome_2: py::PyResult<()> = 'try1: {
        attempt!(last_even(py::List::from(vec![1, 3])), 'try1);
        Ok(())
    };
    match outcome_2 {
        Ok(()) => {}
        Err(e) => {
            if py::exc_matches(e.kind, "UnboundLocalError", user_exception_base) {
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
