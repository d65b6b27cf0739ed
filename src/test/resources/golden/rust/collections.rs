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
// system_exit, fatal, overflow, add, sub, mul, Show, show_tuple, repr_str, float_repr, dtoa,
// shortest_digits, float_digits_text, PyOrd, ord_tuple, lt, sort_pyord, sorted, slice_positions,
// position, enumerate, zip, count, range_start, in_ranges, List, ListIter, Dict, DictData,
// DICT_LOG_MINSIZE, usable_fraction, log2_keysize, estimate_log2_keysize, DictIter, PyHash,
// HASH_MODULUS, not_minus_one, siphash13, sip_round, tuple_hash, hash_tuple, SET_MINSIZE,
// LINEAR_PROBES, PERTURB_SHIFT, Slot, probe, grown_size, SetTable, Set, SetIter, list_sort,
// MIN_GALLOP, TimSort, gallop, NOT_PRINTABLE]

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
    let shown_1 = py::List::from(py::sorted(xs.items(), false));
    let shown_2 = xs.slice(Some(1), None, None)?;
    let shown_3 = ages.get(&"zed".to_string());
    let shown_4 = seen.len();
    let shown_5 = seen.contains(&2);
    println!(
        "{} {} {} {} {} {} {}",
        xs.str(),
        shown_1.str(),
        shown_2.str(),
        ages.str(),
        shown_3.str(),
        shown_4,
        shown_5.str()
    );
    let mut items_6 = Vec::new();
    for x in xs.iter() {
        if x > 1 {
            items_6.push(py::mul(x, x));
        }
    }
    let shown_7 = py::List::from(items_6);
    let mut pairs_8 = Vec::new();
    for step_9 in ages.iter_items() {
        let (k, v) = step_9?;
        if v > 26 {
            pairs_8.push((k.clone(), v));
        }
    }
    let shown_10 = py::Dict::from(pairs_8);
    println!("{} {}", shown_7.str(), shown_10.str());
    let shown_11 = py::List::from(py::enumerate(
        py::List::from(vec!["a".to_string(), "b".to_string()]).items(),
        0,
    ));
    let shown_12 = py::List::from(py::zip(xs.items(), xs.slice(Some(1), None, None)?.items()));
    let shown_13 = (1, "one".to_string());
    println!("{} {} {}", shown_11.str(), shown_12.str(), shown_13.str());
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
