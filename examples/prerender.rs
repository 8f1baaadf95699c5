//! The first step, rendered to HTML at build time from the app itself (the
//! same components, in every language), for the module to show the moment
//! it runs, before the wasm has started. Run by `scripts/dist.sh`; prints
//! JSON: the storage key prefix and the "none of these" option id (the
//! element needs both), and the HTML per language tag.
#![recursion_limit = "512"]

use leptos::prelude::*;
use massage_advisor::domain::answers::NONE_OPTION;
use massage_advisor::locale::Lang;
use massage_advisor::storage::KEY_PREFIX;
use massage_advisor::{App, Config};

fn main() {
    let steps: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .iter()
        .map(|&lang| {
            let owner = Owner::new();
            let html = owner.with(|| {
                let config = Config {
                    lang,
                    ..Config::default()
                };
                view! { <App config /> }.to_html()
            });
            (lang.tag().to_owned(), serde_json::Value::String(html))
        })
        .collect();
    let out = serde_json::json!({
        "prefix": KEY_PREFIX,
        "none": NONE_OPTION,
        "steps": steps,
    });
    println!("{out}");
}
