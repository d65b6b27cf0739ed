// The int runtime's side of int_table.py: the same LCG, operands and table, computed with
// `int::Int`. IntRuntimeTest cuts the prelude and the int runtime to what this program
// reaches, compiles it with rustc and compares its output with python3's.

use int::Int;
use py::{Format, PyResult};

/// The value of a call the table expects to succeed; an exception ends the program as
/// an uncaught one would.
trait Must<T> {
    fn must(self) -> T;
}

impl<T> Must<T> for PyResult<T> {
    fn must(self) -> T {
        match self {
            Ok(v) => v,
            Err(e) => py::die(&e),
        }
    }
}

/// What every translation defines for the prelude's exception matching: no user classes here.
fn user_exception_base(_kind: &str) -> Option<&'static str> {
    None
}

struct Lcg(u64);

impl Lcg {
    fn draw(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 32
    }
}

const SIZES: [i64; 21] = [1, 2, 7, 31, 32, 33, 53, 54, 62, 63, 64, 65, 66, 96, 127, 128, 129, 200, 300, 700, 1600];

fn small(v: i64) -> Int {
    Int::from(v)
}

fn p2(k: i64) -> Int {
    small(1).shl(&small(k)).must()
}

fn special() -> Vec<Int> {
    vec![
        small(0),
        small(1),
        small(-1),
        small(2),
        p2(31).sub(&small(1)),
        p2(32),
        p2(63).sub(&small(1)),
        p2(63).neg(),
        p2(63),
        p2(63).neg().sub(&small(1)),
        p2(64).sub(&small(1)),
        p2(64),
        p2(64).neg(),
        p2(53).add(&small(1)),
        small(10).pow(&small(18)).must(),
        small(10).pow(&small(19)).must(),
        small(10).pow(&small(19)).must().neg(),
    ]
}

fn operand(r: &mut Lcg, specials: &[Int]) -> Int {
    if r.draw() % 6 == 0 {
        return specials[(r.draw() % specials.len() as u64) as usize].clone();
    }
    let bits = SIZES[(r.draw() % SIZES.len() as u64) as usize];
    let mut v = small(0);
    for _ in 0..(bits + 31) / 32 {
        v = v.shl(&small(32)).must().or(&small(r.draw() as i64));
    }
    v = v.and(&p2(bits).sub(&small(1)));
    if r.draw() % 2 == 1 {
        v = v.neg();
    }
    v
}

fn show(f: impl FnOnce() -> PyResult<String>) -> String {
    match f() {
        Ok(s) => s,
        Err(e) => e.kind.to_string(),
    }
}

fn text(v: &Int) -> String {
    v.to_str().must()
}

fn cmp(o: std::cmp::Ordering) -> &'static str {
    match o {
        std::cmp::Ordering::Less => "<",
        std::cmp::Ordering::Equal => "=",
        std::cmp::Ordering::Greater => ">",
    }
}

fn radix(v: &Int, bits: u32) -> String {
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{}{}", sign, v.digits_pow2(bits))
}

fn parse(s: &str, r: u32) -> Int {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    Int::from_digits(neg, digits, r).must()
}

fn float_text(f: PyResult<f64>) -> String {
    show(|| Ok(py::float_repr(f?)))
}

fn main() {
    let specials = special();
    let mut r = Lcg(20261207);
    for i in 0..600 {
        let a = operand(&mut r, &specials);
        let b = operand(&mut r, &specials);
        let s = small((r.draw() % 140) as i64);
        let e = small((r.draw() % 40) as i64);
        println!("{} {} {}", i, text(&a), text(&b));
        println!(" + {} {} {}", text(&a.add(&b)), text(&a.sub(&b)), text(&a.mul(&b)));
        println!(
            " / {} {} {}",
            show(|| Ok(text(&a.floordiv(&b)?))),
            show(|| Ok(text(&a.modulo(&b)?))),
            show(|| Ok(text(&a.divmod(&b)?.0)))
        );
        println!(
            " b {} {} {} {} {} {}",
            text(&a.and(&b)),
            text(&a.or(&b)),
            text(&a.xor(&b)),
            text(&a.invert()),
            text(&a.neg()),
            text(&a.abs())
        );
        println!(
            " s {} {} {} {}",
            text(&a.shl(&s).must()),
            text(&a.shr(&s).must()),
            text(&b.shr(&s).must()),
            show(|| Ok(text(&a.shl(&small(-1))?)))
        );
        println!(
            " c {} {} {} {} {} {}",
            cmp(a.cmp(&b)),
            cmp(b.cmp(&a)),
            cmp(a.cmp(&a)),
            a.bit_length(),
            a.py_hash(),
            b.py_hash()
        );
        let bin: String = radix(&b, 1).chars().take(80).collect();
        println!(" x {} {} {}", radix(&a, 4), bin, radix(&a, 3));
        println!(
            " f {} {} {}",
            float_text(a.to_f64()),
            float_text(a.truediv(&b)),
            float_text(b.truediv(&a))
        );
        println!(
            " g {} {}",
            show(|| Ok(cmp(a.cmp_f64(b.to_f64()?).expect("not NaN")).to_string())),
            show(|| Ok(cmp(b.cmp_f64(a.to_f64()?).expect("not NaN").reverse()).to_string()))
        );
        let big = a.abs() > p2(200);
        println!(
            " p {}",
            show(|| {
                let k = if big { e.modulo(&small(9))? } else { e.clone() };
                Ok(text(&a.pow(&k)?))
            })
        );
        println!(
            " m {} {} {}",
            show(|| Ok(text(&a.pow_mod(&b, &e.sub(&small(20)))?))),
            show(|| Ok(text(&a.pow_mod(&b.abs(), &b)?))),
            show(|| Ok(text(&a.pow_mod(&small(-1), &b)?)))
        );
        let py = |t: bool| if t { "True" } else { "False" };
        println!(
            " i {} {} {}",
            py(parse(&text(&a), 10) == a),
            py(parse(&radix(&a, 4), 16) == a),
            py(parse(&radix(&b, 3), 8) == b)
        );
        println!(
            " F {} {} {} {} {} {}",
            a.format(",").must(),
            a.format("_x").must(),
            a.format("#o").must(),
            b.format("+30d").must(),
            b.format("^#40X").must(),
            a.format("n").must()
        );
        println!(
            " e {} {} {}",
            show(|| a.format(".3e")),
            show(|| b.format("%")),
            show(|| a.format(".2f"))
        );
        let spaced = format!(" {} ", b.format("_b").must());
        println!(
            " I {} {} {}",
            py(Int::parse(&a.format("_").must(), 10).must() == a),
            py(Int::parse(&a.format("#x").must(), 0).must() == a),
            py(Int::parse(&spaced, 2).must() == b)
        );
    }
    let mut big = small(1);
    for k in 1..200 {
        big = big.mul(&small(k));
    }
    println!(
        "{} {} {} {}",
        text(&big),
        text(&big.floordiv(&p2(100).add(&small(7))).must()),
        text(&big.modulo(&small(3).pow(&small(50)).must()).must()),
        big.bit_length()
    );
    let ten = |k: i64| small(10).pow(&small(k)).must();
    let ones = "1".repeat(4301);
    println!(
        "{} {} {}",
        show(|| ten(4300).to_str()),
        text(&ten(4299)).len(),
        show(|| Ok(text(&Int::from_digits(false, &ones, 10)?)))
    );
    println!(
        "{} {} {}",
        float_text(p2(1024).to_f64()),
        float_text(p2(1024).sub(&p2(970)).to_f64()),
        float_text(p2(1024).sub(&p2(971)).to_f64())
    );
    let three = |k: i64| small(3).pow(&small(k)).must();
    println!(
        "{} {} {} {}",
        float_text(p2(1024).sub(&p2(970)).sub(&small(1)).to_f64()),
        float_text(small(1).truediv(&p2(1080))),
        float_text(p2(1074).truediv(&three(700))),
        float_text(three(700).truediv(&p2(2000)))
    );
    println!(
        "{} {} {} {}",
        float_text(p2(1100).truediv(&small(3))),
        float_text(small(1).truediv(&ten(30).neg())),
        float_text(small(0).truediv(&ten(30).neg())),
        float_text(p2(60).truediv(&p2(1130)))
    );
    println!(
        "{} {} {}",
        show(|| p2(70).format("c")),
        show(|| p2(70).format(".2d")),
        show(|| ten(4300).format(","))
    );
    let parsed = |s: &str, base: i64| show(|| Ok(text(&Int::parse(s, base)?)));
    println!(
        "{} {} {}",
        parsed("12_345_678_901_234_567_890_123", 10),
        parsed("0x_ffff_ffff_ffff_ffff_ff", 0),
        parsed("1__0", 10)
    );
    println!(
        "{} {} {}",
        parsed("99999999999999999999z", 10),
        parsed("0777", 0),
        parsed(&format!("-0b{}", "1".repeat(100)), 0)
    );
    let limbs = |r: &mut Lcg, n: usize| {
        let mut v = small(0);
        for _ in 0..n {
            v = v.shl(&small(32)).must().or(&small(r.draw() as i64));
        }
        v
    };
    let x = limbs(&mut r, 200);
    let y = limbs(&mut r, 90);
    let z = x.mul(&x).add(&small(12345)).neg();
    let xy = x.mul(&y);
    println!(
        "{} {} {} {} {}",
        xy.py_hash(),
        text(&xy.modulo(&p2(61).sub(&small(1))).must()),
        text(&x.mul(&x).modulo(&small(1000000007)).must()),
        xy.mul(&x).py_hash(),
        z.bit_length()
    );
    let py = |t: bool| if t { "True" } else { "False" };
    println!(
        "{} {} {} {} {}",
        py(xy.floordiv(&y).must() == x),
        py(xy.mul(&x).floordiv(&xy).must() == x),
        z.floordiv(&y).must().py_hash(),
        z.modulo(&x).must().py_hash(),
        z.mul(&z).mul(&z).floordiv(&xy).must().py_hash()
    );
    println!(
        "{} {} {} {}",
        show(|| Ok(text(&Int::from_f64(f64::NAN)?))),
        show(|| Ok(text(&Int::from_f64(f64::INFINITY)?))),
        py(Int::from_f64(1e300).must() == ten(300)),
        text(&Int::from_f64(-(2.0f64.powi(70))).must())
    );
}
