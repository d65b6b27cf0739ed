fn user_exception_base(_kind: &str) -> Option<&'static str> {
    None
}

fn main() {
    let table = std::env::args().nth(1).expect("the cases file");
    let text = std::fs::read_to_string(table).expect("readable cases");
    let rows: Vec<&str> = text
        .lines()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    for (i, row) in rows.iter().enumerate() {
        let bytes: Vec<u8> = (0..row.len())
            .step_by(2)
            .map(|k| u8::from_str_radix(&row[k..k + 2], 16).expect("hex"))
            .collect();
        let path = format!("case{}.txt", i);
        std::fs::write(&path, bytes).expect("writable");
        match io::read_text(&path) {
            Ok(text) => println!("{} ok {}", i, py::repr_str(&text)),
            Err(e) => println!("{} {}: {}", i, e.kind, py::Show::str(&e)),
        }
    }
}
