// Translated from generators.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: attempt, Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base,
// exc_matches, die, system_exit, fatal, overflow, add, sub, mul, modulo, Show, show_tuple,
// repr_str, float_repr, dtoa, shortest_digits, float_digits_text, position, range, sum_int,
// Channel, Yielder, Give, Frame, Gen, remaining, next_item, next_or, delegate, count, range_start,
// in_ranges, List, ListIter, NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

fn countdown(n: i64) -> py::PyResult<py::Gen<i64>> {
    let yielder = py::Yielder::new();
    let body = countdown_body(yielder.clone(), n);
    Ok(py::Gen::new("countdown", yielder, body))
}

/// The body of the generator countdown(): each next() runs it to its next yield.
async fn countdown_body(yielder: py::Yielder<i64>, mut n: i64) -> py::PyResult<()> {
    let outcome_3: py::PyResult<()> = 'try1: {
        while n > 0 {
            attempt!(yielder.give(n).await, 'try1);
            n = py::sub(n, 1);
        }
        Ok(())
    };
    let result_5: py::PyResult<()> = 'handled4: {
        match outcome_3 {
            Ok(()) => {}
            Err(error) => {
                break 'handled4 Err(error);
            }
        }
        Ok(())
    };
    println!("countdown closed");
    result_5?;
    Ok(())
}

fn evens_then_done(limit: i64) -> py::PyResult<py::Gen<i64>> {
    let yielder = py::Yielder::new();
    let body = evens_then_done_body(yielder.clone(), limit);
    Ok(py::Gen::new("evens_then_done", yielder, body))
}

/// The body of the generator evens_then_done(): each next() runs it to its next yield.
async fn evens_then_done_body(yielder: py::Yielder<i64>, limit: i64) -> py::PyResult<()> {
    let generator_3 = {
        let yielder = py::Yielder::new();
        let items_1 = py::range(0, limit, 1)?;
        let body_2 = {
            let yielder = yielder.clone();
            async move {
                for x in items_1 {
                    if py::modulo(x, 2)? == 0 {
                        yielder.give(x).await?;
                    }
                }
                Ok(())
            }
        };
        py::Gen::new("<genexpr>", yielder, body_2)
    };
    py::delegate(&yielder, generator_3).await?;
    yielder.give(-1).await?;
    Ok(())
}

fn main_() -> py::PyResult<()> {
    for step_2 in countdown(5)? {
        let n = step_2?;
        if n == 3 {
            break;
        }
        println!("{}", n);
    }
    let g = evens_then_done(5)?;
    println!(
        "{} {}",
        py::next_item(g.clone())?,
        py::next_or(g.clone(), 0)?
    );
    let squares = {
        let yielder = py::Yielder::new();
        let items_3 = py::List::from(vec![1, 2, 3]).iter();
        let body_4 = {
            let yielder = yielder.clone();
            async move {
                for x in items_3 {
                    yielder.give(py::mul(x, x)).await?;
                }
                Ok(())
            }
        };
        py::Gen::new("<genexpr>", yielder, body_4)
    };
    println!("{}", py::sum_int(py::remaining(squares.clone())?, 0));
    let mut items_5 = Vec::new();
    for step_6 in evens_then_done(3)? {
        let e = step_6?;
        items_5.push(e);
    }
    println!("{}", py::List::from(items_5).str());
    Ok(())
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    main_()?;
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
