// Translated from exception_classes.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::Show;
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: attempt, Exc, PyResult, Raised, exc, exc_args, raised, Arg, Args, builtin_base,
// exc_matches, die, system_exit, fatal, overflow, sub, Show, show_tuple, repr_str, float_repr,
// dtoa, shortest_digits, float_digits_text, range_start, in_ranges, attr, or_die, NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    match kind {
        "InsufficientFunds" => Some("ValueError"),
        "Timeout" => Some("Exception"),
        _ => None,
    }
}

/// Python class InsufficientFunds.
struct InsufficientFundsData {
    args: Option<py::Args>,
    need: Option<i64>,
}

#[derive(Clone)]
struct InsufficientFunds(Rc<RefCell<InsufficientFundsData>>);

impl InsufficientFunds {
    fn blank() -> InsufficientFunds {
        InsufficientFunds(Rc::new(RefCell::new(InsufficientFundsData {
            args: None,
            need: None,
        })))
    }

    fn class_name(&self) -> &'static str {
        "InsufficientFunds"
    }

    fn exception_str(&self) -> String {
        self.get_args().exc_str(self.class_name())
    }

    fn exception_repr(&self) -> String {
        self.get_args().exc_repr(self.class_name())
    }

    fn get_args(&self) -> py::Args {
        py::attr(&self.0.borrow().args, self.class_name(), "args")
    }

    fn set_args(&self, value: py::Args) {
        self.0.borrow_mut().args = Some(value);
    }

    fn get_need(&self) -> i64 {
        py::attr(&self.0.borrow().need, self.class_name(), "need")
    }

    fn set_need(&self, value: i64) {
        self.0.borrow_mut().need = Some(value);
    }

    fn new(need: i64, have: i64) -> py::PyResult<InsufficientFunds> {
        let object = InsufficientFunds::blank();
        object.init(need, have)?;
        Ok(object)
    }

    fn init(&self, need: i64, have: i64) -> py::PyResult<()> {
        self.set_args(py::Args::of(vec![py::Arg::of(&format!(
            "need {}, have {}",
            need, have
        ))]));
        self.set_need(need);
        Ok(())
    }
}

impl py::Show for InsufficientFunds {
    fn repr(&self) -> String {
        self.exception_repr()
    }

    fn str(&self) -> String {
        self.exception_str()
    }
}

impl py::Raised for InsufficientFunds {
    fn kind(&self) -> &'static str {
        self.class_name()
    }

    fn args(&self) -> py::Args {
        self.get_args()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl PartialEq for InsufficientFunds {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Python class Timeout.
struct TimeoutData {
    args: Option<py::Args>,
    seconds: Option<i64>,
}

#[derive(Clone)]
struct Timeout(Rc<RefCell<TimeoutData>>);

impl Timeout {
    fn blank() -> Timeout {
        Timeout(Rc::new(RefCell::new(TimeoutData {
            args: None,
            seconds: None,
        })))
    }

    fn class_name(&self) -> &'static str {
        "Timeout"
    }

    fn exception_str(&self) -> String {
        self.get_args().exc_str(self.class_name())
    }

    fn exception_repr(&self) -> String {
        self.get_args().exc_repr(self.class_name())
    }

    fn get_args(&self) -> py::Args {
        py::attr(&self.0.borrow().args, self.class_name(), "args")
    }

    fn set_args(&self, value: py::Args) {
        self.0.borrow_mut().args = Some(value);
    }

    fn get_seconds(&self) -> i64 {
        py::attr(&self.0.borrow().seconds, self.class_name(), "seconds")
    }

    fn set_seconds(&self, value: i64) {
        self.0.borrow_mut().seconds = Some(value);
    }

    fn new(args: py::Args) -> py::PyResult<Timeout> {
        let object = Timeout::blank();
        object.set_args(args);
        object.set_seconds(30);
        Ok(object)
    }

    fn to_str(&self) -> py::PyResult<String> {
        return Ok(format!("timed out after {}s", self.get_seconds()));
    }
}

impl py::Show for Timeout {
    fn repr(&self) -> String {
        self.exception_repr()
    }

    fn str(&self) -> String {
        py::or_die(self.to_str())
    }
}

impl py::Raised for Timeout {
    fn kind(&self) -> &'static str {
        self.class_name()
    }

    fn args(&self) -> py::Args {
        self.get_args()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl PartialEq for Timeout {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn pay(balance: i64, amount: i64) -> py::PyResult<i64> {
    if amount > balance {
        return Err(py::raised(InsufficientFunds::new(amount, balance)?));
    }
    return Ok(py::sub(balance, amount));
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let outcome_2: py::PyResult<()> = 'try1: {
        attempt!(pay(3, 5), 'try1);
        Ok(())
    };
    match outcome_2 {
        Ok(()) => {}
        Err(e) => {
            if py::exc_matches(e.kind, "InsufficientFunds", user_exception_base) {
                let e = e.object::<InsufficientFunds>();
                let shown_3 = e.get_need();
                let shown_4 = e.repr();
                let shown_5 = e.get_args();
                println!("{} {} {} {}", shown_3, e.str(), shown_4, shown_5.str());
            } else {
                return Err(e);
            }
        }
    }
    let outcome_7: py::PyResult<()> = 'try6: {
        break 'try6 Err(py::raised(
            attempt!(Timeout::new(py::Args::of(vec![])), 'try6),
        ));
    };
    match outcome_7 {
        Ok(()) => {
            unreachable!("the try body never completes");
        }
        Err(e) => {
            if py::exc_matches(e.kind, "Exception", user_exception_base) {
                println!("{} {}", e.str(), e.repr());
            } else {
                return Err(e);
            }
        }
    }
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
