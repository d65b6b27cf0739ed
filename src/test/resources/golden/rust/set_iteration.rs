// Translated from set_iteration.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base, exc_matches, die,
// system_exit, fatal, overflow, add, Show, show_tuple, repr_str, float_repr, dtoa, shortest_digits,
// float_digits_text, range_start, in_ranges, PyHash, HASH_MODULUS, not_minus_one, siphash13,
// sip_round, tuple_hash, hash_tuple, SET_MINSIZE, LINEAR_PROBES, PERTURB_SHIFT, Slot, probe,
// grown_size, SetTable, Set, SetIter, NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let tags = py::Set::from(vec!["b".to_string(), "a".to_string()]);
    for step_2 in tags.iter() {
        let t = step_2?;
        println!("{}", t);
    }
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
