//! The stylesheet's own rules, checked natively.

#![cfg(not(target_arch = "wasm32"))]

const CSS: &str = include_str!("../style/advisor.css");

/// The custom-property declarations in the block that follows `selector`.
fn palette(selector: &str) -> Vec<&str> {
    let start = CSS
        .find(selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        + selector.len();
    let body = &CSS[start..];
    let body = &body[body.find('{').expect("a block") + 1..];
    let body = &body[..body.find('}').expect("its end")];
    body.lines()
        .map(str::trim)
        .filter(|l| l.starts_with("--_"))
        .collect()
}

#[test]
fn the_two_copies_of_the_dark_palette_agree() {
    let auto = palette(".ma-root:not([data-theme=\"light\"])");
    let forced = palette(".ma-root[data-theme=\"dark\"]");
    assert!(auto.len() >= 15, "{auto:?}");
    assert_eq!(auto, forced);
    // And they set every colour the light palette sets.
    let light: Vec<&str> = palette("\n.ma-root ")
        .into_iter()
        .filter(|l| l.contains("var(--ma-") && l.contains('#'))
        .map(|l| l.split(':').next().unwrap_or_default())
        .collect();
    let dark: Vec<&str> = auto
        .iter()
        .map(|l| l.split(':').next().unwrap_or_default())
        .collect();
    assert_eq!(light, dark);
}

#[test]
fn sizes_come_from_tokens() {
    // Corners, touch targets and small text each have one token; no literal
    // radius or target size is written outside the token block.
    for line in CSS.lines().map(str::trim).filter(|l| !l.starts_with("--_")) {
        if line.starts_with("border-radius:") {
            assert!(
                line.contains("var(--_radius") || line.contains("50%") || line.ends_with(" 0;"),
                "{line}"
            );
        }
        if (line.starts_with("min-height:") || line.starts_with("min-width:"))
            && !line.ends_with(" 0;")
        {
            assert!(line.contains("var(--_target"), "{line}");
        }
        assert!(!line.contains("0.9375em"), "{line}");
    }
}

#[test]
fn colour_schemes_are_declared() {
    assert!(CSS.contains("color-scheme: light dark;"));
    assert!(CSS.contains("color-scheme: light;"));
    assert!(CSS.contains("color-scheme: dark;"));
}
