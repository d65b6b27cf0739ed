// Translated from sets.py by portalis-accel.
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
// shortest_digits, float_digits_text, PyOrd, ord_tuple, lt, sort_pyord, sorted, position, sum_int,
// count, range_start, in_ranges, List, ListIter, PyHash, HASH_MODULUS, not_minus_one, siphash13,
// sip_round, tuple_hash, hash_tuple, SET_MINSIZE, LINEAR_PROBES, PERTURB_SHIFT, Slot, probe,
// grown_size, SetTable, Set, SetIter, list_sort, MIN_GALLOP, TimSort, gallop, NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

fn tally(words: py::Set<String>) -> py::PyResult<i64> {
    return Ok(words.len());
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let mut odd = py::Set::from_constants(vec![1, 3, 5, 7], 1);
    let pair = py::Set::from(vec![8, 0]);
    let floats = py::Set::from(vec![0.5, -2.0]);
    let points = py::Set::from(vec![(1, 2), (0, 0)]);
    let empty: py::Set<i64> = py::Set::new();
    println!(
        "{} {} {} {} {} {}",
        odd.str(),
        pair.str(),
        floats.str(),
        points.str(),
        empty.str(),
        odd.str()
    );
    for step_2 in odd.iter() {
        let n = step_2?;
        println!("{}", n);
    }
    let mut items_3 = Vec::new();
    for step_4 in odd.iter() {
        let n = step_4?;
        items_3.push(py::mul(n, n));
    }
    let squares = py::Set::from(items_3);
    let mut items_5 = Vec::new();
    for step_6 in odd.iter() {
        let n = step_6?;
        items_5.push(py::add(n, 1));
    }
    let shown_7 = py::List::from(items_5);
    let shown_8 = py::List::from(odd.items());
    let shown_9 = py::List::from(py::sorted(odd.items(), false));
    let shown_10 = py::sum_int(odd.items(), 0);
    println!(
        "{} {} {} {} {}",
        squares.str(),
        shown_7.str(),
        shown_8.str(),
        shown_9.str(),
        shown_10
    );
    odd.update(&pair);
    odd.intersection_update(&py::Set::from_constants(vec![1, 8, 9], 1));
    odd.difference_update(&py::Set::from(vec![9]));
    odd.symmetric_difference_update(&py::Set::from(vec![2]));
    odd.extend(py::List::from(vec![4, 6]).items());
    let shown_11 = odd.pop()?;
    let shown_12 = odd.copy();
    let shown_13 = odd.copy();
    let shown_14 = py::Set::from(vec![3, 2, 1]);
    println!(
        "{} {} {} {}",
        shown_11,
        shown_12.str(),
        shown_13.str(),
        shown_14.str()
    );
    odd.clear();
    println!("{}", tally(py::Set::from(vec!["a".to_string()]))?);
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
