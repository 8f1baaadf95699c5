//! Turns the locale files into static data at build time: one sorted array
//! of keys, and per language the texts in the same order. Looked up by
//! binary search, nothing is parsed or allocated when the widget starts.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::{env, fs, path::Path};

/// Every locale file, English first (the reference for the keys): one per
/// language of `locale::Lang::ALL` (tests/host_facts.rs checks it), each
/// as a static named after its tag (`EN`, `HI`).
fn locale_files() -> Vec<(String, String)> {
    println!("cargo:rerun-if-changed=src/locale");
    let mut files: Vec<(String, String)> = fs::read_dir("src/locale")
        .expect("src/locale")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let tag = name.strip_suffix(".json")?.to_owned();
            Some((tag.to_ascii_uppercase(), format!("src/locale/{name}")))
        })
        .collect();
    files.sort_by_key(|(name, _)| (name != "EN", name.clone()));
    files
}

fn main() {
    let mut tables: Vec<(String, BTreeMap<String, String>)> = Vec::new();
    for (name, path) in locale_files() {
        println!("cargo:rerun-if-changed={path}");
        let json = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let map: BTreeMap<String, String> =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{path}: {e}"));
        tables.push((name, map));
    }
    let keys: Vec<&String> = tables[0].1.keys().collect();
    for (name, map) in &tables[1..] {
        let other: Vec<&String> = map.keys().collect();
        assert!(
            other == keys,
            "the locale {name} does not have the same keys as English"
        );
    }
    let mut out = String::new();
    let n = keys.len();
    writeln!(out, "/// Every locale key, sorted.").unwrap();
    writeln!(out, "pub static KEYS: [&str; {n}] = {keys:?};").unwrap();
    for (name, map) in &tables {
        let values: Vec<&String> = map.values().collect();
        writeln!(
            out,
            "/// The texts of one language, in the order of `KEYS`."
        )
        .unwrap();
        writeln!(out, "pub static {name}: [&str; {n}] = {values:?};").unwrap();
    }
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("locale_data.rs");
    fs::write(dest, out).unwrap();
}
