// bench/int/big.py lowered by hand to the int runtime (`int::Int`), as the switch from `i64`
// will lower it. bench/int.sh appends this to the whole prelude and int.rs.

use int::Int;

fn user_exception_base(_kind: &str) -> Option<&'static str> {
    None
}

fn factorial(n: &Int) -> py::PyResult<Int> {
    let mut r = Int::from(1);
    for k in 2..n.add(&Int::from(1)).to_index()? {
        r = r.mul(&Int::from(k));
    }
    Ok(r)
}

fn fib(n: &Int) -> py::PyResult<Int> {
    let mut a = Int::from(0);
    let mut b = Int::from(1);
    for _ in 0..n.to_index()? {
        let next = a.add(&b);
        a = std::mem::replace(&mut b, next);
    }
    Ok(a)
}

fn run_module() -> py::PyResult<()> {
    let f = factorial(&Int::from(5000))?;
    println!("{} {}", f.bit_length(), f.modulo(&Int::from(1000000007))?.to_str()?);
    let g = fib(&Int::from(10000))?;
    let text = g.to_str()?;
    println!("{} {} {}", g.bit_length(), &text[..40], text.len());
    let m = Int::from(2).pow(&Int::from(2048))?.sub(&Int::from(159));
    let r = Int::from(3).pow_mod(&m.sub(&Int::from(1)), &m)?;
    println!("{}", r.modulo(&Int::from(1000000007))?.to_str()?);
    Ok(())
}

fn main() {
    if let Err(error) = run_module() {
        py::die(&error);
    }
}
