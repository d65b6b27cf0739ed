// Translated from strings.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base, exc_matches, die,
// system_exit, fatal, overflow, sub, Show, show_tuple, repr_str, float_repr, dtoa, shortest_digits,
// float_digits_text, slice_positions, position, len_str, str_index, str_slice, str_repeat, ord,
// chr, split, join, replace, count, upper, push_upper, range_start, in_ranges, List, ListIter,
// NOT_PRINTABLE, UPPER_CHANGES]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

fn shout(text: String) -> py::PyResult<String> {
    return Ok(py::upper(&text) + "!");
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let s = "naïve".to_string();
    println!(
        "{} {} {} {} {} {}",
        py::str_index(&s, 1)?,
        py::str_index(&s, -1)?,
        py::str_slice(&s, Some(1), Some(3), None)?,
        py::str_slice(&s, None, None, Some(-1))?,
        py::len_str(&s),
        s.contains("ï").str()
    );
    let shown_1 = shout(s.clone())?;
    let shown_2 = py::replace(&s, "a", "A", -1);
    let shown_3 = py::split(&s, "ï", -1)?;
    let shown_4 = py::join(
        "-",
        py::List::from(vec!["x".to_string(), "y".to_string()]).items(),
    );
    println!("{} {} {} {}", shown_1, shown_2, shown_3.str(), shown_4);
    println!(
        "{} {} {} {}",
        py::ord("a")?,
        py::chr(98)?,
        py::str_repeat("ab", 2),
        s.starts_with("na").str()
    );
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
