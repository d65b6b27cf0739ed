// Translated from operators.py by portalis-accel.
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
// shortest_digits, float_digits_text, PyOrd, ord_tuple, lt, position, count, range_start,
// in_ranges, List, ListIter, attr, or_die, PyEq, sort_by_lt, extreme_by, list_sort, MIN_GALLOP,
// TimSort, gallop, NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

/// Python class Money.
struct MoneyData {
    cents: Option<i64>,
}

#[derive(Clone)]
struct Money(Rc<RefCell<MoneyData>>);

impl Money {
    fn blank() -> Money {
        Money(Rc::new(RefCell::new(MoneyData { cents: None })))
    }

    fn class_name(&self) -> &'static str {
        "Money"
    }

    fn get_cents(&self) -> i64 {
        py::attr(&self.0.borrow().cents, self.class_name(), "cents")
    }

    fn set_cents(&self, value: i64) {
        self.0.borrow_mut().cents = Some(value);
    }

    fn new(cents: i64) -> py::PyResult<Money> {
        let object = Money::blank();
        object.init(cents)?;
        Ok(object)
    }

    fn init(&self, cents: i64) -> py::PyResult<()> {
        self.set_cents(cents);
        Ok(())
    }

    fn __add__(&self, other: Money) -> py::PyResult<Money> {
        return Ok(Money::new(py::add(self.get_cents(), other.get_cents()))?);
    }

    fn __eq__(&self, other: Money) -> py::PyResult<bool> {
        return Ok(self.get_cents() == other.get_cents());
    }

    fn __lt__(&self, other: Money) -> py::PyResult<bool> {
        return Ok(self.get_cents() < other.get_cents());
    }

    fn to_repr(&self) -> py::PyResult<String> {
        return Ok(format!("Money({})", self.get_cents()));
    }
}

impl py::Show for Money {
    fn repr(&self) -> String {
        py::or_die(self.to_repr())
    }

    fn str(&self) -> String {
        py::or_die(self.to_repr())
    }
}

impl py::PyEq for Money {
    fn py_eq(&self, other: &Self) -> py::PyResult<bool> {
        if Rc::ptr_eq(&self.0, &other.0) {
            return Ok(true);
        }
        self.__eq__(other.clone())
    }
}

impl PartialEq for Money {
    fn eq(&self, other: &Self) -> bool {
        match py::PyEq::py_eq(self, other) {
            Ok(same) => same,
            Err(error) => py::die(&error),
        }
    }
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let wallet = py::List::from(vec![Money::new(500)?, Money::new(125)?, Money::new(300)?]);
    let operand_5 = wallet.get(0)?;
    let operand_6 = wallet.get(1)?;
    let operand_7 = operand_5.__add__(operand_6.clone())?;
    let operand_8 = Money::new(125)?;
    let operand_9 = wallet.contains_eq(&operand_8)?;
    let operand_10 = wallet.get(2)?;
    let operand_11 = wallet.get(1)?;
    let operand_12 = operand_11.__lt__(operand_10.clone())?;
    println!(
        "{} {} {}",
        operand_7.str(),
        operand_9.str(),
        operand_12.str()
    );
    let less_13 = |a: &Money, b: &Money| a.__lt__(b.clone());
    let shown_14 = py::List::from(py::sort_by_lt(wallet.items(), false, &less_13)?);
    let less_15 = |a: &Money, b: &Money| b.__lt__(a.clone());
    let shown_16 = py::extreme_by(wallet.items(), "max", &less_15)?;
    println!("{} {}", shown_14.str(), shown_16.str());
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
