// Translated from classes.py by portalis-accel.
// Standalone: build with `rustc --edition 2021`; the runtime support is the `py` module below.
#![allow(dead_code, unused_imports, unused_mut, unused_variables)]
#![allow(unused_parens, unused_labels, unreachable_code)]
#![allow(unused_assignments, non_snake_case, non_camel_case_types)]
#![allow(non_upper_case_globals)]

use py::{Format, Show};
use std::cell::RefCell;
use std::rc::Rc;

// [prelude: Exc, PyResult, Raised, exc, exc_args, raise, Arg, Args, builtin_base, exc_matches, die,
// system_exit, fatal, overflow, sub, Show, show_tuple, repr_str, float_repr, Spec, parse_spec,
// code_text, unknown_code, group_digits, lay_out_number, format_int, format_int_by, dtoa,
// shortest_digits, float_digits_text, format_float, format_float_spec, format_str, Format,
// position, Channel, Yielder, Frame, Gen, remaining, chars, count, upper, push_upper, range_start,
// in_ranges, padding, List, ListIter, attr, or_die, NOT_PRINTABLE, UPPER_CHANGES]

/// The base class of each exception class the program defines.
fn user_exception_base(kind: &str) -> Option<&'static str> {
    let _ = kind;
    None
}

/// Python classes Shape, Square.
#[derive(Clone, Copy, PartialEq)]
enum ShapeClass {
    Shape,
    Square,
}

struct ShapeData {
    class: ShapeClass,
    name: Option<String>,
    side: Option<f64>,
}

#[derive(Clone)]
struct Shape(Rc<RefCell<ShapeData>>);

impl Shape {
    fn blank(class: ShapeClass) -> Shape {
        Shape(Rc::new(RefCell::new(ShapeData {
            class,
            name: None,
            side: None,
        })))
    }

    fn class(&self) -> ShapeClass {
        self.0.borrow().class
    }

    fn class_name(&self) -> &'static str {
        match self.class() {
            ShapeClass::Shape => "Shape",
            ShapeClass::Square => "Square",
        }
    }

    fn get_name(&self) -> String {
        py::attr(&self.0.borrow().name, self.class_name(), "name")
    }

    fn set_name(&self, value: String) {
        self.0.borrow_mut().name = Some(value);
    }

    fn get_side(&self) -> f64 {
        py::attr(&self.0.borrow().side, self.class_name(), "side")
    }

    fn set_side(&self, value: f64) {
        self.0.borrow_mut().side = Some(value);
    }

    fn is_shape(&self) -> bool {
        matches!(self.class(), ShapeClass::Shape | ShapeClass::Square)
    }

    fn is_square(&self) -> bool {
        matches!(self.class(), ShapeClass::Square)
    }

    fn new_shape(name: String) -> py::PyResult<Shape> {
        let object = Shape::blank(ShapeClass::Shape);
        object.shape_init(name)?;
        Ok(object)
    }

    fn new_square(side: f64) -> py::PyResult<Shape> {
        let object = Shape::blank(ShapeClass::Square);
        object.square_init(side)?;
        Ok(object)
    }

    fn shape_init(&self, name: String) -> py::PyResult<()> {
        self.set_name(name.clone());
        Ok(())
    }

    fn square_init(&self, side: f64) -> py::PyResult<()> {
        self.shape_init("square".to_string())?;
        self.set_side(side);
        Ok(())
    }

    fn shape_area(&self) -> py::PyResult<f64> {
        return Ok(0.0);
    }

    fn square_area(&self) -> py::PyResult<f64> {
        return Ok(self.get_side() * self.get_side());
    }

    fn area(&self) -> py::PyResult<f64> {
        match self.class() {
            ShapeClass::Shape => self.shape_area(),
            ShapeClass::Square => self.square_area(),
        }
    }

    fn to_str(&self) -> py::PyResult<String> {
        return Ok(format!(
            "{} with area {}",
            self.get_name(),
            self.area()?.format(".2f")?
        ));
    }
}

impl py::Show for Shape {
    fn repr(&self) -> String {
        match self.class() {
            ShapeClass::Shape => py::fatal(
                "TypeError",
                "the default repr of a 'Shape' shows its address",
            ),
            ShapeClass::Square => py::fatal(
                "TypeError",
                "the default repr of a 'Square' shows its address",
            ),
        }
    }

    fn str(&self) -> String {
        py::or_die(self.to_str())
    }
}

impl PartialEq for Shape {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The module's top-level statements.
fn run_module() -> py::PyResult<()> {
    let shapes: py::List<Shape> = py::List::from(vec![
        Shape::new_shape("point".to_string())?,
        Shape::new_square(2.0)?,
    ]);
    for s in shapes.iter() {
        println!("{}", s.str());
    }
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
