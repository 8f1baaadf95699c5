//! What a host page may configure, and what it may not slip in.

#![cfg(not(target_arch = "wasm32"))]

use massage_advisor::config::*;
use massage_advisor::locale::Lang;

fn with(name: &str, value: &str) -> (Config, Result<(), String>) {
    let mut c = Config::default();
    let r = c.apply_attribute(name, Some(value), &Config::default());
    (c, r)
}

#[test]
fn valid_attributes_configure_the_widget() {
    let mut c = Config::default();
    c.apply_attribute(
        "clinic-name",
        Some("  Calm Back Clinic "),
        &Config::default(),
    )
    .unwrap();
    c.apply_attribute("clinic-phone", Some("+91 82704 82704"), &Config::default())
        .unwrap();
    c.apply_attribute("clinic-email", Some("care@example.org"), &Config::default())
        .unwrap();
    c.apply_attribute(
        "clinic-url",
        Some("https://example.org/book?x=1"),
        &Config::default(),
    )
    .unwrap();
    c.apply_attribute("theme", Some("Dark"), &Config::default())
        .unwrap();
    c.apply_attribute("storage-key", Some("clinic/home-1"), &Config::default())
        .unwrap();
    assert_eq!(c.clinic.name.as_deref(), Some("Calm Back Clinic"));
    assert_eq!(c.clinic.phone_href().as_deref(), Some("tel:+918270482704"));
    assert_eq!(
        c.clinic.email_href().as_deref(),
        Some("mailto:care@example.org")
    );
    assert_eq!(
        c.clinic.url.as_deref(),
        Some("https://example.org/book?x=1")
    );
    assert_eq!(c.theme, Theme::Dark);
    assert_eq!(c.storage_key, "clinic/home-1");
    // Removing an attribute restores the default.
    c.apply_attribute("theme", None, &Config::default())
        .unwrap();
    c.apply_attribute("clinic-url", None, &Config::default())
        .unwrap();
    assert_eq!((c.theme, c.clinic.url), (Theme::Auto, None));
}

#[test]
fn links_accept_only_https_tel_and_mailto() {
    for bad in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "http://example.org",
        "data:text/html,<script>alert(1)</script>",
        "https://",
        "https://exa mple.org",
        "https://example.org/\"><img src=x onerror=alert(1)>",
        "//example.org",
    ] {
        let (c, r) = with("clinic-url", bad);
        assert_eq!(c.clinic.url, None, "{bad}");
        let warning = r.unwrap_err();
        assert!(warning.contains("\"clinic-url\""), "{warning}");
        assert!(!warning.contains(bad), "the value is not echoed: {warning}");
    }
    for bad in [
        "javascript:alert(1)",
        "<img src=x onerror=alert(1)>",
        "12",
        "call me",
    ] {
        assert_eq!(with("clinic-phone", bad).0.clinic.phone, None, "{bad}");
    }
    for bad in [
        "a@b",
        "<img src=x>@x.org",
        "x@y.org?subject=spam",
        "javascript:x@y.org",
    ] {
        assert_eq!(with("clinic-email", bad).0.clinic.email, None, "{bad}");
    }
    assert_eq!(
        with("clinic-email", "mailto:a@b.org")
            .0
            .clinic
            .email
            .as_deref(),
        Some("a@b.org")
    );
}

#[test]
fn a_clinic_name_is_plain_text_kept_as_is() {
    // Rendered as a text node, so markup in a name is harmless text.
    let (c, r) = with("clinic-name", "<img src=x onerror=alert(1)>");
    assert!(r.is_ok());
    assert_eq!(
        c.clinic.name.as_deref(),
        Some("<img src=x onerror=alert(1)>")
    );
    assert!(with("clinic-name", "line\nbreak").1.is_err());
    assert!(with("clinic-name", &"x".repeat(201)).1.is_err());
}

#[test]
fn other_invalid_values_fall_back_with_a_warning_naming_the_attribute() {
    let (c, r) = with("lang", "xx");
    assert_eq!(c.lang, Lang::En);
    assert!(r.unwrap_err().contains("\"lang\""));
    let (c, r) = with("theme", "purple");
    assert_eq!(c.theme, Theme::Auto);
    assert!(r.unwrap_err().contains("\"theme\""));
    let (c, r) = with("storage-key", "a b<c>");
    assert_eq!(c.storage_key, "default");
    assert!(r.unwrap_err().contains("\"storage-key\""));
    assert!(Config::default()
        .apply_attribute("onclick", Some("x"), &Config::default())
        .is_err());
    // The page's own defaults are what a removed or invalid value falls back to.
    let page = Config {
        storage_key: "/clinic/index.html#0".into(),
        ..Config::default()
    };
    let mut c = page.clone();
    c.apply_attribute("storage-key", Some("mine"), &page)
        .unwrap();
    assert_eq!(c.storage_key, "mine");
    assert!(c
        .apply_attribute("storage-key", Some("no spaces"), &page)
        .is_err());
    assert_eq!(c.storage_key, "/clinic/index.html#0");
    c.apply_attribute("storage-key", None, &page).unwrap();
    assert_eq!(c.storage_key, "/clinic/index.html#0");
}

#[test]
fn the_element_observes_the_attributes_generated_from_rust() {
    // The element imports its list from the generated facts (the
    // generation itself is checked by tests/host_facts.rs).
    let js = include_str!("../src/embed/element.js");
    assert!(js.contains("import { ATTRIBUTES, LANGUAGES } from './facts.mjs';"));
    assert!(
        js.contains("static get observedAttributes() {\n    return ATTRIBUTES;\n  }"),
        "element.js observes exactly the generated list"
    );
    assert!(
        !js.contains("'clinic-name'"),
        "element.js lists no attribute of its own"
    );
    // And every one of them is understood, any other refused.
    for a in ATTRIBUTES {
        let mut c = Config::default();
        let removed = c.apply_attribute(a.name, None, &Config::default());
        assert_eq!(removed, Ok(()), "{}", a.name);
    }
    let (_, unknown) = with("colour", "red");
    assert!(unknown.unwrap_err().contains("unknown attribute"));
}

#[test]
fn the_default_storage_key_is_the_page_and_the_element_id_or_position() {
    assert_eq!(
        default_storage_key("/clinic/back-care/", "", 0),
        "/clinic/back-care/#0"
    );
    assert_eq!(
        default_storage_key("/clinic/back-care/", "advisor-hi", 3),
        "/clinic/back-care/#advisor-hi",
        "with an id, the position does not matter"
    );
    // Anything outside the allowed characters becomes `_`; only the end of a
    // long path is kept; the result is always a valid key.
    let odd = default_storage_key("/caf%C3%A9 page?x=1", "a b", 0);
    assert_eq!(odd, "/caf_C3_A9_page_x_1#a_b");
    let long = default_storage_key(&"/x".repeat(200), "", 12);
    assert_eq!(long.chars().count(), 100);
    assert!(long.ends_with("/x#12"));
    for key in [odd, long] {
        assert_eq!(parse_storage_key(&key).as_deref(), Some(key.as_str()));
    }
}

#[test]
fn an_email_is_checked_on_its_decoded_form() {
    for hostile in [
        "care%40example.org",
        "care@example.org%0Abcc:all@example.org",
        "care@example.org?bcc=all@example.org",
        "care@example.org&cc=x@example.org",
        "ca%0Are@example.org",
        "care@exa%2Emple.org",
        "care@example.org%",
    ] {
        assert_eq!(parse_email(hostile), None, "{hostile}");
    }
    assert_eq!(
        parse_email("mailto:care@example.org").as_deref(),
        Some("care@example.org")
    );
    assert_eq!(
        parse_email("first.last+back@clinic.example.in").as_deref(),
        Some("first.last+back@clinic.example.in")
    );
}

#[test]
fn saving_and_the_heading_level_are_set_by_attribute() {
    assert!(Config::default().save);
    assert_eq!(Config::default().heading_level, 2);
    assert!(!with("save", "off").0.save);
    assert!(!with("save", " OFF ").0.save);
    assert!(with("save", "on").0.save);
    // Anything else keeps saving on (the default), with a warning.
    let (c, r) = with("save", "no");
    assert!(c.save);
    assert!(r.unwrap_err().contains("\"save\""));
    assert_eq!(with("heading-level", "3").0.heading_level, 3);
    assert_eq!(with("heading-level", "1").0.heading_level, 1);
    for bad in ["0", "7", "h3", "2.5", "-1", ""] {
        let (c, r) = with("heading-level", bad);
        assert_eq!(c.heading_level, 2, "{bad}");
        assert!(r.unwrap_err().contains("\"heading-level\""), "{bad}");
    }
}

#[test]
fn the_page_language_is_the_default_and_the_element_lang_overrides_it() {
    let page = Config {
        lang: Lang::Hi,
        ..Config::default()
    };
    let mut c = page.clone();
    c.apply_attribute("lang", Some("en-GB"), &page).unwrap();
    assert_eq!(c.lang, Lang::En);
    c.apply_attribute("lang", None, &page).unwrap();
    assert_eq!(c.lang, Lang::Hi);
}

#[test]
fn a_clinic_names_the_therapies_it_offers() {
    use massage_advisor::domain::choices::TherapyId::*;
    assert_eq!(Config::default().therapies.len(), 9);
    let (c, r) = with("therapies", "relaxation  Lower-Back,kati_basti");
    assert!(r.is_ok());
    assert_eq!(c.therapies, vec![Relaxation, LowerBack, KatiBasti]);
    // Unknown ids are named once; the known ones are kept.
    let (c, r) = with("therapies", "relaxation shiatsu reiki");
    assert_eq!(c.therapies, vec![Relaxation]);
    let warning = r.unwrap_err();
    assert!(warning.contains("\"therapies\""), "{warning}");
    assert!(warning.contains("shiatsu, reiki"), "{warning}");
    // Nothing known, or nothing at all: every therapy, with a warning.
    for bad in ["shiatsu", "", "   "] {
        let (c, r) = with("therapies", bad);
        assert_eq!(c.therapies.len(), 9, "{bad}");
        assert!(r.is_err(), "{bad}");
    }
}

#[test]
fn a_booking_url_is_https_with_an_optional_therapy_placeholder() {
    use massage_advisor::domain::choices::TherapyId::*;
    let (c, r) = with(
        "booking-url",
        "https://clinic.example/book?service={therapy}",
    );
    assert!(r.is_ok());
    assert_eq!(
        c.clinic.booking_href(KatiBasti).as_deref(),
        Some("https://clinic.example/book?service=kati_basti")
    );
    let (c, _) = with("booking-url", "https://clinic.example/book/");
    assert_eq!(
        c.clinic.booking_href(Relaxation).as_deref(),
        Some("https://clinic.example/book/")
    );
    for bad in [
        "http://clinic.example/{therapy}",
        "javascript:alert(1)//{therapy}",
        "https://clinic.example/{id}",
        "https://clinic.example/{therapy\"onmouseover=x}",
        "https://{therapy}",
        "/book/{therapy}",
    ] {
        let (c, r) = with("booking-url", bad);
        assert_eq!(c.clinic.booking_url, None, "{bad}");
        assert!(r.is_err(), "{bad}");
    }
}

#[test]
fn an_emergency_number_is_digits_and_a_plus() {
    assert_eq!(
        with("emergency-number", " 112 ")
            .0
            .emergency_number
            .as_deref(),
        Some("112")
    );
    assert_eq!(
        with("emergency-number", "+4420")
            .0
            .emergency_number
            .as_deref(),
        Some("+4420")
    );
    for bad in [
        "1",
        "11 2",
        "112;",
        "tel:112",
        "1+12",
        "",
        "1234567890123456",
    ] {
        let (c, r) = with("emergency-number", bad);
        assert_eq!(c.emergency_number, None, "{bad}");
        assert!(r.is_err(), "{bad}");
    }
}
