// Translated from module_state.py by portalis-accel.
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
// shortest_digits, float_digits_text, position, count, range_start, in_ranges, List, ListIter,
// Global, load, store, NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

thread_local! {
    static CALLS: py::Global<i64> = py::Global::new();
}
const MAX_ITEMS: i64 = 3;
thread_local! {
    static LOG: py::List<String> = py::List::new();
}

fn remember(item: String) -> py::PyResult<bool> {
    py::store(&CALLS, py::add(py::load(&CALLS, "calls")?, 1));
    if LOG.with(|value| value.clone()).len() >= MAX_ITEMS {
        return Ok(false);
    }
    LOG.with(|value| value.clone()).append(item.clone());
    return Ok(true);
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    py::store(&CALLS, 0);
    for word in vec![
        "a".to_string(),
        "b".to_string(),
        "c".to_string(),
        "d".to_string(),
    ] {
        remember(word.clone())?;
    }
    println!(
        "{} {}",
        py::load(&CALLS, "calls")?,
        LOG.with(|value| value.clone()).str()
    );
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
