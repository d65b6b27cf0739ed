// Translated from dataclasses_demo.py by portalis-accel.
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
// float_digits_text, position, count, range_start, in_ranges, List, ListIter, attr, or_die,
// NOT_PRINTABLE]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

/// Python class Point.
struct PointData {
    x: Option<i64>,
    y: Option<i64>,
}

#[derive(Clone)]
struct Point(Rc<RefCell<PointData>>);

impl Point {
    fn blank() -> Point {
        Point(Rc::new(RefCell::new(PointData { x: None, y: None })))
    }

    fn class_name(&self) -> &'static str {
        "Point"
    }

    fn get_x(&self) -> i64 {
        py::attr(&self.0.borrow().x, self.class_name(), "x")
    }

    fn set_x(&self, value: i64) {
        self.0.borrow_mut().x = Some(value);
    }

    fn get_y(&self) -> i64 {
        py::attr(&self.0.borrow().y, self.class_name(), "y")
    }

    fn set_y(&self, value: i64) {
        self.0.borrow_mut().y = Some(value);
    }

    fn new(x: i64, y: i64) -> py::PyResult<Point> {
        let object = Point::blank();
        object.init(x, y)?;
        Ok(object)
    }

    fn init(&self, x: i64, y: i64) -> py::PyResult<()> {
        self.set_x(x);
        self.set_y(y);
        Ok(())
    }

    fn to_repr(&self) -> py::PyResult<String> {
        Ok(format!(
            "{}(x={}, y={})",
            self.class_name(),
            self.get_x().repr(),
            self.get_y().repr()
        ))
    }
}

impl py::Show for Point {
    fn repr(&self) -> String {
        py::or_die(self.to_repr())
    }

    fn str(&self) -> String {
        py::or_die(self.to_repr())
    }
}

impl PartialEq for Point {
    fn eq(&self, other: &Self) -> bool {
        self.get_x() == other.get_x() && self.get_y() == other.get_y()
    }
}

/// Python class Path.
struct PathData {
    points: Option<py::List<Point>>,
}

#[derive(Clone)]
struct Path(Rc<RefCell<PathData>>);

impl Path {
    fn blank() -> Path {
        Path(Rc::new(RefCell::new(PathData { points: None })))
    }

    fn class_name(&self) -> &'static str {
        "Path"
    }

    fn get_points(&self) -> py::List<Point> {
        py::attr(&self.0.borrow().points, self.class_name(), "points")
    }

    fn set_points(&self, value: py::List<Point>) {
        self.0.borrow_mut().points = Some(value);
    }

    fn new(points: py::List<Point>) -> py::PyResult<Path> {
        let object = Path::blank();
        object.init(points)?;
        Ok(object)
    }

    fn init(&self, points: py::List<Point>) -> py::PyResult<()> {
        self.set_points(points);
        Ok(())
    }

    fn length(&self) -> py::PyResult<i64> {
        return Ok(self.get_points().len());
    }

    fn to_repr(&self) -> py::PyResult<String> {
        Ok(format!(
            "{}(points={})",
            self.class_name(),
            self.get_points().repr()
        ))
    }
}

impl py::Show for Path {
    fn repr(&self) -> String {
        py::or_die(self.to_repr())
    }

    fn str(&self) -> String {
        py::or_die(self.to_repr())
    }
}

impl PartialEq for Path {
    fn eq(&self, other: &Self) -> bool {
        self.get_points() == other.get_points()
    }
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let p = Path::new(py::List::new())?;
    p.get_points().append(Point::new(1, 2)?);
    p.get_points().append(Point::new(3, 0)?);
    let shown_1 = p.length()?;
    let shown_2 = Point::new(1, 2)? == Point::new(1, 2)?;
    println!("{} {} {}", p.str(), shown_1, shown_2.str());
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
