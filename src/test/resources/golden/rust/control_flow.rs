// Translated from control_flow.py by portalis-accel.
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
// shortest_digits, float_digits_text, position, enumerate, count, range_start, in_ranges, List,
// ListIter, NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

fn find(values: py::List<i64>, target: i64) -> py::PyResult<i64> {
    for (i, v) in py::enumerate(values.items(), 0) {
        if v == target {
            return Ok(i);
        }
    }
    return Ok(-1);
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let mut total = 0;
    let mut n = 0;
    while n < 10 {
        n = py::add(n, 1);
        if py::modulo(n, 3)? == 0 {
            continue;
        }
        total = py::add(total, n);
    }
    'no_break3: {
        for x in vec![1, 2, 3] {
            if x == 5 {
                break 'no_break3;
            }
        }
        println!("no five");
    };
    println!(
        "{} {} {}",
        total,
        find(py::List::from(vec![4, 5, 6]), 6)?,
        find(py::List::new(), 1)?
    );
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
