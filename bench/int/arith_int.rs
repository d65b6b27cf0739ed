// bench/int/arith.py lowered by hand to the int runtime (`int::Int`), as the switch from `i64`
// will lower it: every int value an `Int`, its operators the runtime's methods, a `range` over
// index-sized bounds iterating `i64` and handing out `Int`s. bench/int.sh appends this to the
// whole prelude and int.rs and times it against the current translation of arith.py.

use int::Int;

fn user_exception_base(_kind: &str) -> Option<&'static str> {
    None
}

fn collatz_steps(limit: &Int) -> py::PyResult<Int> {
    let mut total = Int::from(0);
    for n in 1..limit.to_index()? {
        let mut x = Int::from(n);
        while x != Int::from(1) {
            if x.modulo(&Int::from(2))? == Int::from(0) {
                x = x.floordiv(&Int::from(2))?;
            } else {
                x = Int::from(3).mul(&x).add(&Int::from(1));
            }
            total = total.add(&Int::from(1));
        }
    }
    Ok(total)
}

fn lcg_sum(n: &Int) -> py::PyResult<Int> {
    let mut state = Int::from(12345);
    let mut acc = Int::from(0);
    for i in 0..n.to_index()? {
        let i = Int::from(i);
        state = state
            .mul(&Int::from(1103515245))
            .add(&Int::from(12345))
            .modulo(&Int::from(2147483648))?;
        acc = acc.add(&state).xor(&i).modulo(&Int::from(1000000007))?;
    }
    Ok(acc)
}

fn run_module() -> py::PyResult<()> {
    use py::Show;
    println!("{}", collatz_steps(&Int::from(300000))?.str());
    println!("{}", lcg_sum(&Int::from(3000000))?.str());
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
