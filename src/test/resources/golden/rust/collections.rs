// Translated from collections.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base, exc_matches, die,
// fatal, overflow, add, sub, mul, Show, show_tuple, repr_str, float_repr, dtoa, shortest_digits,
// float_digits_text, PyOrd, ord_tuple, lt, sort_pyord, sorted, slice_positions, position,
// enumerate, zip, count, range_start, in_ranges, List, ListIter, Dict, DictData, DICT_LOG_MINSIZE,
// usable_fraction, log2_keysize, estimate_log2_keysize, DictIter, PyHash, HASH_MODULUS,
// not_minus_one, siphash13, sip_round, tuple_hash, hash_tuple, SET_MINSIZE, LINEAR_PROBES,
// PERTURB_SHIFT, Slot, probe, grown_size, SetTable, Set, SetIter, list_sort, MIN_GALLOP, TimSort,
// gallop, NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let xs = py::List::from(vec![3, 1, 2]);
    xs.append(5);
    let ages = py::Dict::display(vec![("ann".to_string(), 30), ("bob".to_string(), 25)]);
    ages.set("cid".to_string(), 35);
    let seen = py::Set::from(vec![1, 2]);
    seen.add(3);
    println!(
        "{} {} {} {} {} {} {}",
        xs.str(),
        py::List::from(py::sorted(xs.items(), false)).str(),
        xs.slice(Some(1), None, None)?.str(),
        ages.str(),
        ages.get(&"zed".to_string()).str(),
        seen.len(),
        seen.contains(&2).str()
    );
    let mut items_1 = Vec::new();
    for x in xs.iter() {
        if x > 1 {
            items_1.push(py::mul(x, x));
        }
    }
    let mut pairs_2 = Vec::new();
    for step_3 in ages.iter_items() {
        let (k, v) = step_3?;
        if v > 26 {
            pairs_2.push((k.clone(), v));
        }
    }
    println!(
        "{} {}",
        py::List::from(items_1).str(),
        py::Dict::from(pairs_2).str()
    );
    println!(
        "{} {} {}",
        py::List::from(py::enumerate(
            py::List::from(vec!["a".to_string(), "b".to_string()]).items(),
            0,
        ))
        .str(),
        py::List::from(py::zip(xs.items(), xs.slice(Some(1), None, None)?.items())).str(),
        (1, "one".to_string()).str()
    );
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
