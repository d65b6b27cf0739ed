/// The value lookup of CPython 3.11's `enum.Flag` (Lib/enum.py, `Flag._missing_`): a value that
/// is no member's becomes a composite named by the canonical members it holds, in definition
/// order (`R|W`), or no name for 0. With Flag's STRICT boundary a value with bits outside the
/// members', or out of range, raises ValueError with CPython's message; with IntFlag's KEEP
/// boundary it is kept, its unknown bits named as a number after the members (`R|8`), a negative
/// value taken within the next power of two. A translated Flag class keeps its members and the
/// composites made so far, as CPython's `_value2member_map_`.
#[allow(dead_code)]
mod enum_flag {
    /// `Flag._missing_`: the composite's value (a negative one taken as its complement within
    /// the flag's bits) and its name, from the canonical members in definition order.
    pub fn composite(
        class: &str,
        singles: &[(&str, i64)],
        value: i64,
        keep: bool,
    ) -> super::py::PyResult<(i64, Option<String>)> {
        let flag_mask = singles
            .iter()
            .fold(0i128, |mask, (_, v)| mask | i128::from(*v));
        let all_bits = (1i128 << bit_length(flag_mask)) - 1;
        let mut wide = i128::from(value);
        let outside =
            !(!all_bits <= wide && wide <= all_bits) || wide & (all_bits ^ flag_mask) != 0;
        if outside && keep && wide < 0 {
            wide += (all_bits + 1).max(1i128 << bit_length(wide));
        }
        if outside && !keep {
            let max_bits = bit_length(wide).max(bit_length(flag_mask));
            return super::py::raise(
                "ValueError",
                format!(
                    "<flag '{}'> invalid value {}\n    given {}\n  allowed {}",
                    class,
                    value,
                    bin(wide, max_bits),
                    bin(flag_mask, max_bits)
                ),
            );
        }
        let value = if wide < 0 { all_bits + 1 + wide } else { wide };
        let names: Vec<&str> = singles
            .iter()
            .filter(|(_, v)| value & i128::from(*v) != 0)
            .map(|(n, _)| *n)
            .collect();
        let unknown = value & !flag_mask;
        let name = if names.is_empty() {
            None
        } else if unknown != 0 {
            Some(format!("{}|{}", names.join("|"), unknown))
        } else {
            Some(names.join("|"))
        };
        Ok((value as i64, name))
    }

    /// `int.bit_length()`.
    fn bit_length(v: i128) -> u32 {
        128 - v.unsigned_abs().leading_zeros()
    }

    /// enum's own `bin(num, max_bits)`: the sign bit, a space, then the two's-complement digits
    /// padded with the sign to `max_bits` (`0b0 0111`, `0b1 0111`).
    fn bin(num: i128, max_bits: u32) -> String {
        let ceiling = 1i128 << bit_length(num);
        let text = if num >= 0 {
            format!("{:b}", num + ceiling).replacen('1', "0", 1)
        } else {
            format!("{:b}", !num ^ ((ceiling - 1) + ceiling))
        };
        let (sign, digits) = text.split_at(1);
        let mut digits = digits.to_string();
        if (digits.len() as u32) < max_bits {
            let padded = sign.repeat(max_bits as usize) + &digits;
            digits = padded[padded.len() - max_bits as usize..].to_string();
        }
        format!("0b{} {}", sign, digits)
    }
}
