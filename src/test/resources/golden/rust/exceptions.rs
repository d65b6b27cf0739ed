// Translated from exceptions.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: attempt, Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base,
// exc_matches, die, system_exit, fatal, overflow, ascii_number_chars, number_text, str_to_int,
// Show, show_tuple, repr_str, float_repr, dtoa, shortest_digits, float_digits_text, position,
// all_chars, range_start, in_ranges, is_space, decimal_value, isdigit, NOT_PRINTABLE, DECIMAL,
// DIGIT, SPACE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    match kind {
        "InputError" => Some("Exception"),
        _ => None,
    }
}

fn parse(text: String) -> py::PyResult<i64> {
    if !py::isdigit(&text) {
        return Err(py::exc("InputError", format!("not a number: {}", text)));
    }
    return Ok(py::str_to_int(&text)?);
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    for text in vec!["12".to_string(), "x".to_string()] {
        let mut value: i64 = 0;
        let outcome_3: py::PyResult<()> = 'try2: {
            value = attempt!(parse(text.clone()), 'try2);
            Ok(())
        };
        let result_5: py::PyResult<()> = 'handled4: {
            match outcome_3 {
                Ok(()) => {
                    println!("value: {}", value);
                }
                Err(e) => {
                    if py::exc_matches(e.kind, "InputError", user_exception_base) {
                        println!("error: {}", e.str());
                    } else {
                        break 'handled4 Err(e);
                    }
                }
            }
            Ok(())
        };
        println!("done {}", text);
        result_5?;
    }
    parse("oops".to_string())?;
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
