// Translated from closures.py by portalis-accel.
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
// shortest_digits, float_digits_text, position, count, range_start, in_ranges, List, ListIter,
// NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

fn double(x: i64) -> py::PyResult<i64> {
    return Ok(py::mul(x, 2));
}

fn make_labeler(prefix: String) -> py::PyResult<Rc<dyn Fn(i64) -> py::PyResult<String>>> {
    let label = {
        let prefix = prefix.clone();
        move |n: i64| -> py::PyResult<String> {
            return Ok(prefix.clone() + &n.to_string());
        }
    };
    let label: Rc<dyn Fn(i64) -> py::PyResult<String>> = Rc::new(label);
    return Ok(label.clone());
}

fn apply(f: Rc<dyn Fn(i64) -> py::PyResult<i64>>, x: i64) -> py::PyResult<i64> {
    return Ok(f(x)?);
}

thread_local! {
    static FN_DOUBLE: Rc<dyn Fn(i64) -> py::PyResult<i64>> = Rc::new(double);
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let offset = 10;
    let lambda_1 = move |x: i64| -> py::PyResult<i64> { Ok(py::add(x, offset)) };
    let shift: Rc<dyn Fn(i64) -> py::PyResult<i64>> = Rc::new(lambda_1);
    println!(
        "{} {}",
        apply(FN_DOUBLE.with(Rc::clone), 4)?,
        apply(shift.clone(), 4)?
    );
    let function_2 = make_labeler("item-".to_string())?;
    println!("{}", function_2(7)?);
    let mut items_3 = Vec::new();
    for x in vec![1, 2, 3] {
        items_3.push(py::mul(x, 3));
    }
    println!("{}", py::List::from(items_3).str());
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
