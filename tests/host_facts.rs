//! One owner for every host-facing fact. The element's attributes
//! (`config::ATTRIBUTES`, with each one's docs), the languages
//! (`locale::Lang::ALL`), the themes (`config::Theme::ALL`) and the heading
//! levels (`config::HEADING_LEVELS`) are written once, in Rust; every copy
//! another language needs is generated from them here:
//!
//! - `src/embed/facts.mjs` (the element and the bundle import it);
//! - `packaging/wordpress/massage-advisor/includes/facts.php` (the plugin);
//! - `packaging/wordpress/massage-advisor/block/block.json` (the block);
//! - the block editor's fields in `block/index.js`, and the attribute lists
//!   of `README.md`, `packaging/npm/README.md` and the plugin's `readme.txt`
//!   (between markers).
//!
//! This test fails when a file differs, naming it;
//! `UPDATE_HOST_FACTS=1 cargo test --test host_facts` rewrites them. The
//! heading-level rule, which each language implements, is checked on one
//! shared fixture (`tests/fixtures/heading-levels.json`) here, in
//! `tests/e2e/host-facts.spec.mjs` and in `tests/wordpress/facts-test.php`.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use massage_advisor::config::{
    parse_heading_level, Theme, ATTRIBUTES, DEFAULT_HEADING_LEVEL, HEADING_LEVELS,
};
use massage_advisor::locale::Lang;

const UPDATE: &str = "UPDATE_HOST_FACTS";
const HOW: &str = "run `UPDATE_HOST_FACTS=1 cargo test --test host_facts` and review the change";

fn path(file: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(file)
}

/// Checks (or rewrites) a whole generated file.
fn generated_file(file: &str, wanted: &str) {
    let current = std::fs::read_to_string(path(file)).unwrap_or_default();
    if current == wanted {
        return;
    }
    if std::env::var_os(UPDATE).is_some() {
        std::fs::write(path(file), wanted).expect("write the generated file");
    } else {
        panic!("{file} is generated from the Rust facts and differs from them: {HOW}");
    }
}

/// Checks (or rewrites) the part of `file` between the line containing
/// `begin` and the line containing `end`.
fn generated_region(file: &str, begin: &str, end: &str, wanted: &str) {
    let current = std::fs::read_to_string(path(file)).unwrap_or_default();
    let (Some(b), Some(e)) = (current.find(begin), current.find(end)) else {
        panic!("{file} lacks the markers {begin:?} ... {end:?}");
    };
    let start = b + current[b..].find('\n').map_or(0, |n| n + 1);
    let stop = current[..e].rfind('\n').map_or(e, |n| n + 1);
    if current[start..stop] == *wanted {
        return;
    }
    if std::env::var_os(UPDATE).is_some() {
        let updated = format!("{}{}{}", &current[..start], wanted, &current[stop..]);
        std::fs::write(path(file), updated).expect("write the generated region");
    } else {
        panic!("{file}: the part between {begin:?} and {end:?} is generated from the Rust facts and differs from them: {HOW}");
    }
}

fn js_string(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn php_string(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn languages() -> Vec<&'static str> {
    Lang::ALL.iter().map(|l| l.tag()).collect()
}

fn themes() -> Vec<&'static str> {
    Theme::ALL.iter().map(|t| t.id()).collect()
}

const HEADER_JS: &str = "// Generated from the Rust facts (config::ATTRIBUTES, locale::Lang, config::Theme,\n// config::HEADING_LEVELS) by tests/host_facts.rs: do not edit. Change the Rust,\n// then run `UPDATE_HOST_FACTS=1 cargo test --test host_facts`.\n";

#[test]
fn the_elements_facts_are_generated_from_rust() {
    let list = |items: Vec<String>| {
        format!(
            "[\n{}\n]",
            items
                .iter()
                .map(|i| format!("  {i},"))
                .collect::<Vec<_>>()
                .join("\n")
        )
    };
    let attributes = list(ATTRIBUTES.iter().map(|a| js_string(a.name)).collect());
    let langs = languages()
        .iter()
        .map(|l| js_string(l))
        .collect::<Vec<_>>()
        .join(", ");
    let themes = themes()
        .iter()
        .map(|t| js_string(t))
        .collect::<Vec<_>>()
        .join(", ");
    let js = format!(
        "{HEADER_JS}\n\
         /** The attributes of <massage-advisor>, as the widget reads them. */\n\
         export const ATTRIBUTES = {attributes};\n\n\
         /** The widget's languages (BCP 47 primary tags). */\n\
         export const LANGUAGES = [{langs}];\n\n\
         /** The values of `theme`. */\n\
         export const THEMES = [{themes}];\n\n\
         /** The heading levels a host may ask for, and the one used otherwise. */\n\
         export const HEADING_LEVELS = {{ min: {}, max: {}, fallback: {DEFAULT_HEADING_LEVEL} }};\n",
        HEADING_LEVELS.start(),
        HEADING_LEVELS.end(),
    );
    generated_file("src/embed/facts.mjs", &js);
}

#[test]
fn the_plugins_facts_are_generated_from_rust() {
    let mut php = String::from(
        "<?php\n/**\n * Generated from the widget's Rust facts (config::ATTRIBUTES, locale::Lang,\n * config::Theme, config::HEADING_LEVELS) by tests/host_facts.rs: do not edit.\n *\n * @package MassageAdvisor\n */\n\ndefined( 'ABSPATH' ) || exit;\n\n",
    );
    let width = ATTRIBUTES
        .iter()
        .map(|a| a.name.len() + 2)
        .max()
        .unwrap_or(0);
    php.push_str("/**\n * The element's attributes, each with the block attribute that sets it.\n * The widget checks every value itself (an invalid one is ignored with a\n * console warning); the plugin only escapes them for HTML.\n *\n * @return array<string, string> Element attribute => block attribute.\n */\nfunction massage_advisor_attributes() {\n\treturn array(\n");
    for a in ATTRIBUTES {
        let key = php_string(a.name);
        php.push_str(&format!(
            "\t\t{key:<width$} => {},\n",
            php_string(&a.block_name())
        ));
    }
    php.push_str("\t);\n}\n\n");
    php.push_str("/**\n * The widget's languages (primary tags).\n *\n * @return string[] Language tags.\n */\nfunction massage_advisor_languages() {\n\treturn array( ");
    php.push_str(
        &languages()
            .iter()
            .map(|l| php_string(l))
            .collect::<Vec<_>>()
            .join(", "),
    );
    php.push_str(" );\n}\n\n");
    php.push_str("/**\n * The values of the `theme` attribute.\n *\n * @return string[] Themes.\n */\nfunction massage_advisor_themes() {\n\treturn array( ");
    php.push_str(
        &themes()
            .iter()
            .map(|t| php_string(t))
            .collect::<Vec<_>>()
            .join(", "),
    );
    php.push_str(" );\n}\n\n");
    php.push_str(&format!(
        "/**\n * The heading levels a host may ask for, and the one used otherwise.\n *\n * @return array<string, int> The smallest, the largest and the default level.\n */\nfunction massage_advisor_heading_levels() {{\n\treturn array(\n\t\t'min'      => {},\n\t\t'max'      => {},\n\t\t'fallback' => {DEFAULT_HEADING_LEVEL},\n\t);\n}}\n",
        HEADING_LEVELS.start(),
        HEADING_LEVELS.end()
    ));
    generated_file(
        "packaging/wordpress/massage-advisor/includes/facts.php",
        &php,
    );
}

#[test]
fn the_blocks_attributes_and_fields_are_generated_from_rust() {
    let mut attrs: Vec<String> = ATTRIBUTES
        .iter()
        .map(|a| {
            format!(
                "\t\t\"{}\": {{ \"type\": \"string\", \"default\": \"\" }}",
                a.block_name()
            )
        })
        .collect();
    // The block's own field: what shows if the widget cannot start.
    attrs.push("\t\t\"fallback\": { \"type\": \"string\", \"default\": \"\" }".to_owned());
    let json = format!(
        "{{\n\t\"$schema\": \"https://schemas.wp.org/trunk/block.json\",\n\t\"apiVersion\": 3,\n\t\"name\": \"massage-advisor/advisor\",\n\t\"version\": \"{{{{VERSION}}}}\",\n\t\"title\": \"Massage advisor\",\n\t\"category\": \"widgets\",\n\t\"icon\": \"universal-access-alt\",\n\t\"description\": \"A back-care questionnaire that suggests suitable massage types and says when to see a doctor first. Everything runs in the visitor's browser.\",\n\t\"keywords\": [ \"massage\", \"back\", \"questionnaire\" ],\n\t\"textdomain\": \"massage-advisor\",\n\t\"supports\": {{\n\t\t\"html\": false,\n\t\t\"align\": [ \"wide\", \"full\" ]\n\t}},\n\t\"attributes\": {{\n{}\n\t}},\n\t\"editorScript\": \"file:./index.js\"\n}}\n",
        attrs.join(",\n")
    );
    generated_file(
        "packaging/wordpress/massage-advisor/block/block.json",
        &json,
    );
    let fields: String = ATTRIBUTES
        .iter()
        .map(|a| {
            let help = if a.help.is_empty() {
                "''".to_owned()
            } else {
                format!("__( {}, 'massage-advisor' )", js_string(a.help))
            };
            format!(
                "\t\t[ {}, __( {}, 'massage-advisor' ), {help} ],\n",
                js_string(&a.block_name()),
                js_string(a.label)
            )
        })
        .collect();
    generated_region(
        "packaging/wordpress/massage-advisor/block/index.js",
        "BEGIN generated from config::ATTRIBUTES",
        "END generated from config::ATTRIBUTES",
        &fields,
    );
}

#[test]
fn the_readmes_list_the_attributes_of_rust() {
    let mut table = String::from("| attribute | values | default |\n|---|---|---|\n");
    for a in ATTRIBUTES {
        table.push_str(&format!(
            "| `{}` | {} | {} |\n",
            a.name, a.values, a.default
        ));
    }
    generated_region(
        "README.md",
        "BEGIN generated from config::ATTRIBUTES",
        "END generated from config::ATTRIBUTES",
        &table,
    );
    let names: Vec<String> = ATTRIBUTES.iter().map(|a| format!("`{}`", a.name)).collect();
    let npm = format!(
        "Attributes ({}), events and theming are documented in the project's README.\n",
        names.join(", ")
    );
    generated_region(
        "packaging/npm/README.md",
        "BEGIN generated from config::ATTRIBUTES",
        "END generated from config::ATTRIBUTES",
        &npm,
    );
    let plain: Vec<&str> = ATTRIBUTES.iter().map(|a| a.name).collect();
    let wp = format!(
        "Shortcode attributes: {}. The block's settings are the same.\n",
        plain.join(", ")
    );
    generated_region(
        "packaging/wordpress/massage-advisor/readme.txt",
        "BEGIN generated from config::ATTRIBUTES",
        "END generated from config::ATTRIBUTES",
        &wp,
    );
}

/// The language list has one owner, `Lang::ALL`: the locale files
/// (`build.rs` reads every one in `src/locale/`) are exactly its languages.
#[test]
fn the_locale_files_are_the_languages_of_rust() {
    let mut files: Vec<String> = std::fs::read_dir(path("src/locale"))
        .expect("src/locale")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()?
                .strip_suffix(".json")
                .map(str::to_owned)
        })
        .collect();
    files.sort();
    let mut tags: Vec<String> = languages().iter().map(|t| t.to_string()).collect();
    tags.sort();
    assert_eq!(
        files, tags,
        "src/locale/*.json must be one file per Lang::ALL (src/locale/mod.rs)"
    );
}

/// The JavaScript and PHP take the first language and theme of their lists
/// as the default: so must Rust.
#[test]
fn the_first_language_and_theme_are_the_defaults() {
    assert_eq!(Lang::ALL[0], Lang::default());
    assert_eq!(Theme::ALL[0], Theme::default());
}

/// The heading-level rule, on the fixture the JavaScript and PHP tests read.
#[test]
fn the_heading_level_rule_reads_the_shared_fixture() {
    let raw =
        std::fs::read_to_string(path("tests/fixtures/heading-levels.json")).expect("the fixture");
    let cases: Vec<(String, Option<u8>)> =
        serde_json::from_str(&raw).expect("[[value, level or null], ...]");
    assert!(cases.len() >= 10);
    for (value, level) in cases {
        assert_eq!(parse_heading_level(&value), level, "{value:?}");
    }
}
