//! Widget configuration, parsed from what a host page supplies (element
//! attributes). Pure Rust: every value is checked here, and an invalid one
//! is dropped with the name of the attribute so the caller can warn once.

use crate::domain::choices::TherapyId;
use crate::domain::sources::doc;
use crate::locale::Lang;

/// Colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the visitor's `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, as the host writes it.
    pub const ALL: &'static [Theme] = &[Theme::Auto, Theme::Light, Theme::Dark];

    /// Parses `light`, `dark` or `auto` (any case, ASCII whitespace around).
    pub fn parse(value: &str) -> Option<Theme> {
        match ascii_trim(value).to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The value of the root's `data-theme` attribute.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How the visitor can reach the clinic; every field optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clinic {
    /// Clinic name, shown as text.
    pub name: Option<String>,
    /// Phone number as typed by the host (shown) .
    pub phone: Option<String>,
    /// Email address.
    pub email: Option<String>,
    /// Website, `https:` only.
    pub url: Option<String>,
    /// Booking page, `https:` only, with an optional `{therapy}` placeholder
    /// for the suggested therapy's id.
    pub booking_url: Option<String>,
    /// WhatsApp number in international form, digits only (the `+` dropped).
    pub whatsapp: Option<String>,
    /// The clinic's page that carries the widget, `https:` only, which the
    /// reception code opens (none: the page's own address).
    pub reception_url: Option<String>,
}

impl Clinic {
    /// True when there is a way to contact the clinic.
    pub fn has_contact(&self) -> bool {
        self.phone.is_some() || self.email.is_some() || self.url.is_some()
    }

    /// `tel:` link for the phone number.
    pub fn phone_href(&self) -> Option<String> {
        let phone = self.phone.as_ref()?;
        let digits: String = phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        Some(format!("tel:{digits}"))
    }

    /// `mailto:` link for the email address.
    pub fn email_href(&self) -> Option<String> {
        self.email.as_ref().map(|e| format!("mailto:{e}"))
    }

    /// The booking link for `therapy`: the template with `{therapy}`
    /// replaced by the therapy's id, percent-encoded.
    pub fn booking_href(&self, therapy: TherapyId) -> Option<String> {
        self.booking_url
            .as_ref()
            .map(|t| t.replace(THERAPY_PLACEHOLDER, &percent_encode(therapy.id())))
    }
}

/// Where a booking URL takes the therapy's id.
pub const THERAPY_PLACEHOLDER: &str = "{therapy}";

/// Percent-encodes everything but RFC 3986's unreserved characters.
fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Everything a host can configure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Language.
    pub lang: Lang,
    /// Namespace of the storage key.
    pub storage_key: String,
    /// Clinic contact details for the call to action.
    pub clinic: Clinic,
    /// Colour scheme.
    pub theme: Theme,
    /// The colour scheme the host page is drawn in (`Light` or `Dark`), which
    /// `Theme::Auto` follows; `None` when the page follows the visitor's
    /// setting (or is not known).
    pub host_scheme: Option<Theme>,
    /// Whether answers are kept on the device (`save="off"` for kiosks and
    /// shared laptops: nothing is written).
    pub save: bool,
    /// The level of the widget's top heading (1 to 6); the others follow.
    pub heading_level: u8,
    /// The therapies the clinic offers (all by default): no other is ever
    /// suggested.
    pub therapies: Vec<TherapyId>,
    /// The local emergency number, shown as a `tel:` link on the emergency
    /// screen (none: "your local emergency number").
    pub emergency_number: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            lang: Lang::En,
            storage_key: "default".into(),
            clinic: Clinic::default(),
            theme: Theme::Auto,
            host_scheme: None,
            save: true,
            heading_level: DEFAULT_HEADING_LEVEL,
            therapies: TherapyId::ALL.to_vec(),
            emergency_number: None,
        }
    }
}

/// `on` or `off`.
pub fn parse_save(value: &str) -> Option<bool> {
    match ascii_trim(value).to_ascii_lowercase().as_str() {
        "on" => Some(true),
        "off" => Some(false),
        _ => None,
    }
}

/// The heading levels a host may ask for, and the one used otherwise.
pub const HEADING_LEVELS: std::ops::RangeInclusive<u8> = 1..=6;
/// The level of the widget's top heading when the host says nothing.
pub const DEFAULT_HEADING_LEVEL: u8 = 2;

/// `value` without the ASCII whitespace around it (the same in the
/// element's JavaScript and the plugin's PHP: no Unicode spaces).
pub fn ascii_trim(value: &str) -> &str {
    value.trim_matches(|c: char| c.is_ascii_whitespace())
}

/// A heading level: ASCII digits, an optional `+` before them, ASCII
/// whitespace around, a value in [`HEADING_LEVELS`] (`"3"`, `" +03 "`; not
/// `"3.0"`, `"0x3"` or `"7"`). The element's JavaScript (`src/embed/host.mjs`)
/// and the plugin's PHP apply the same rule, checked on one fixture of odd
/// values (`tests/fixtures/heading-levels.json`).
pub fn parse_heading_level(value: &str) -> Option<u8> {
    let digits = ascii_trim(value);
    let digits = digits.strip_prefix('+').unwrap_or(digits);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = digits.trim_start_matches('0');
    (digits.len() == 1)
        .then(|| digits.as_bytes()[0] - b'0')
        .filter(|n| HEADING_LEVELS.contains(n))
}

const MAX_LEN: usize = 200;

fn plain(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty() && v.len() <= MAX_LEN && !v.chars().any(char::is_control)).then(|| v.to_owned())
}

/// A clinic name: any plain text (it is rendered as text, never as HTML).
pub fn parse_name(value: &str) -> Option<String> {
    plain(value)
}

/// A phone number: digits, spaces and `+ - ( ) .`, with 5 to 20 digits.
pub fn parse_phone(value: &str) -> Option<String> {
    let v = plain(value)?;
    let ok_chars = v
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    let digits = v.chars().filter(char::is_ascii_digit).count();
    (ok_chars && (5..=20).contains(&digits)).then_some(v)
}

/// Decodes `%XX` escapes; `None` for a malformed escape or invalid UTF-8.
fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = value.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// An email address of the plain `local@domain.tld` form, checked on its
/// decoded form, so that nothing can smuggle a header (`?bcc=`, an encoded
/// newline) into the `mailto:` link.
pub fn parse_email(value: &str) -> Option<String> {
    let v = plain(value)?;
    let v = v.strip_prefix("mailto:").unwrap_or(&v).to_owned();
    let decoded = percent_decode(&v)?;
    if decoded != v {
        return None;
    }
    let (local, domain) = v.split_once('@')?;
    let safe = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "._+-".contains(c))
    };
    (safe(local)
        && safe(domain)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.'))
    .then_some(v)
}

/// A website: only `https:` URLs with a host.
pub fn parse_url(value: &str) -> Option<String> {
    let v = plain(value)?;
    let rest = v
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("https://"))
        .map(|_| &v[8..])?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
    (host_ok && !v.chars().any(|c| c.is_whitespace() || "<>\"'`".contains(c))).then_some(v)
}

/// A booking URL: an `https:` address in which `{therapy}`, if present,
/// stands for the therapy's id, in the path, query or fragment only (the
/// host is the clinic's, whatever the therapy). No other braces.
pub fn parse_booking_url(value: &str) -> Option<String> {
    let v = plain(value)?;
    let filled = v.replace(THERAPY_PLACEHOLDER, "x");
    let host = v.get(8..)?.split(['/', '?', '#']).next()?;
    (!filled.contains(['{', '}']) && !host.contains('{') && parse_url(&filled).is_some())
        .then_some(v)
}

/// A WhatsApp number in international form: digits (7 to 15), optionally
/// after a `+`, nothing else; kept as the digits (what `wa.me` takes).
pub fn parse_whatsapp(value: &str) -> Option<String> {
    let v = ascii_trim(value);
    let digits = v.strip_prefix('+').unwrap_or(v);
    ((7..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.to_owned())
}

/// An emergency number: digits, optionally after a `+`, 2 to 15 digits.
pub fn parse_emergency_number(value: &str) -> Option<String> {
    let v = value.trim();
    let digits = v.strip_prefix('+').unwrap_or(v);
    (!digits.is_empty()
        && digits.len() >= 2
        && digits.len() <= 15
        && digits.chars().all(|c| c.is_ascii_digit()))
    .then(|| v.to_owned())
}

/// The therapies a clinic offers: ids separated by spaces or commas, in any
/// case, `-` or `_` alike. The known ids, and the words that are no id.
pub fn parse_therapies(value: &str) -> (Vec<TherapyId>, Vec<String>) {
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for word in value
        .split([' ', ',', '\t', '\n'])
        .filter(|w| !w.is_empty())
    {
        match TherapyId::from_id(&word.to_ascii_lowercase().replace('-', "_")) {
            Some(id) if !known.contains(&id) => known.push(id),
            Some(_) => {}
            None => unknown.push(word.chars().take(40).collect()),
        }
    }
    crate::domain::order::sort_short_by_key(&mut known, |id| *id);
    (known, unknown)
}

/// A storage namespace: letters, digits and `-_.:/#`, at most 100 characters.
pub fn parse_storage_key(value: &str) -> Option<String> {
    let v = value.trim();
    (!v.is_empty()
        && v.len() <= 100
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:/#".contains(c)))
    .then(|| v.to_owned())
}

/// Sets `slot` from an attribute: `None` (removed) restores `default`, a
/// valid value is taken, an invalid one restores `default` and reports it.
fn set<T>(slot: &mut T, value: Option<Option<T>>, default: T) -> bool {
    match value {
        None => {
            *slot = default;
            true
        }
        Some(Some(v)) => {
            *slot = v;
            true
        }
        Some(None) => {
            *slot = default;
            false
        }
    }
}

/// What an attribute sets.
#[derive(Clone, Copy)]
enum Setting {
    Lang,
    StorageKey,
    Theme,
    Save,
    HeadingLevel,
    Therapies,
    EmergencyNumber,
    /// One of the clinic's contact details: where it goes, how it is checked.
    Contact(
        fn(&mut Clinic) -> &mut Option<String>,
        fn(&str) -> Option<String>,
    ),
}

/// One attribute a host page can set on `<massage-advisor>`: the one list
/// ([`ATTRIBUTES`]) from which the element's JavaScript list, the WordPress
/// plugin's map, its block's attributes and editor fields, and the README's
/// table are generated (`tests/host_facts.rs`).
pub struct Attribute {
    /// Its name.
    pub name: &'static str,
    /// What a valid value looks like, for the console warning.
    expected: &'static str,
    setting: Setting,
    /// Docs only (empty in the wasm): the block editor's label.
    pub label: &'static str,
    /// Docs only: the block editor's help under the field.
    pub help: &'static str,
    /// Docs only: the README's "values" column (Markdown).
    pub values: &'static str,
    /// Docs only: the README's "default" column (Markdown).
    pub default: &'static str,
}

impl Attribute {
    /// Sets the configuration from the value (`None`: removed), falling back
    /// to `defaults`; what was wrong with the value, if anything.
    fn apply(&self, c: &mut Config, value: Option<&str>, defaults: &Config) -> Option<String> {
        let valid = match self.setting {
            Setting::Lang => set(&mut c.lang, value.map(Lang::from_tag), defaults.lang),
            Setting::Theme => set(&mut c.theme, value.map(Theme::parse), defaults.theme),
            Setting::Save => set(&mut c.save, value.map(parse_save), defaults.save),
            Setting::HeadingLevel => set(
                &mut c.heading_level,
                value.map(parse_heading_level),
                defaults.heading_level,
            ),
            Setting::StorageKey => set(
                &mut c.storage_key,
                value.map(parse_storage_key),
                defaults.storage_key.clone(),
            ),
            Setting::EmergencyNumber => set(
                &mut c.emergency_number,
                value.map(|v| parse_emergency_number(v).map(Some)),
                None,
            ),
            Setting::Contact(slot, parse) => {
                set(slot(&mut c.clinic), value.map(|v| parse(v).map(Some)), None)
            }
            // The known ids are taken even beside unknown ones, which are
            // named in the one warning.
            Setting::Therapies => {
                let (known, unknown) = value.map(parse_therapies).unwrap_or_default();
                c.therapies = if known.is_empty() {
                    defaults.therapies.clone()
                } else {
                    known
                };
                if !unknown.is_empty() {
                    return Some(format!(
                        "unknown therapies {}; known: {}",
                        unknown.join(", "),
                        TherapyId::IDS.join(" ")
                    ));
                }
                value.is_none_or(|v| !v.trim().is_empty())
            }
        };
        // The values a language, theme or heading level may take, from
        // their one list.
        (!valid).then(|| match self.setting {
            Setting::Lang => {
                let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
                format!("supported: {}", tags.join(", "))
            }
            Setting::Theme => {
                let ids: Vec<&str> = Theme::ALL.iter().map(|t| t.id()).collect();
                format!("expected {}", ids.join(", "))
            }
            Setting::HeadingLevel => format!(
                "a number from {} to {}",
                HEADING_LEVELS.start(),
                HEADING_LEVELS.end()
            ),
            _ => self.expected.to_owned(),
        })
    }
}

/// What the docs say of an attribute: editor label and help, README values
/// and default. Text for the docs only ([`doc`]): none of it reaches the wasm.
struct Docs {
    label: &'static str,
    help: &'static str,
    values: &'static str,
    default: &'static str,
}

const fn attribute(
    name: &'static str,
    expected: &'static str,
    setting: Setting,
    docs: Docs,
) -> Attribute {
    Attribute {
        name,
        expected,
        setting,
        label: doc(docs.label),
        help: doc(docs.help),
        values: doc(docs.values),
        default: doc(docs.default),
    }
}

impl Attribute {
    /// The WordPress block's attribute for it (`clinic-name`: `clinicName`).
    pub fn block_name(&self) -> String {
        let mut out = String::new();
        let mut upper = false;
        for c in self.name.chars() {
            if c == '-' {
                upper = true;
            } else if upper {
                out.push(c.to_ascii_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    }
}

/// Every attribute of `<massage-advisor>`, the one list, in the order the
/// block editor shows them: the element (`src/embed/facts.mjs`), the
/// WordPress plugin, its block and the README are generated from it.
#[rustfmt::skip]
pub const ATTRIBUTES: &[Attribute] = &[
    attribute("clinic-name", "plain text", Setting::Contact(|c| &mut c.name, parse_name), Docs {
        label: "Clinic name",
        help: "",
        values: "plain text, up to 200 characters",
        default: "none",
    }),
    attribute("clinic-phone", "a phone number", Setting::Contact(|c| &mut c.phone, parse_phone), Docs {
        label: "Phone",
        help: "As visitors should dial it, e.g. +91 82704 82704.",
        values: "a phone number (digits, spaces, `+ - ( ) .`), shown as a `tel:` link",
        default: "none",
    }),
    attribute("clinic-email", "an email address", Setting::Contact(|c| &mut c.email, parse_email), Docs {
        label: "Email",
        help: "",
        values: "an email address, shown as a `mailto:` link",
        default: "none",
    }),
    attribute("clinic-url", "an https: address", Setting::Contact(|c| &mut c.url, parse_url), Docs {
        label: "Website",
        help: "A full https:// address.",
        values: "an `https:` address; any other scheme (`http:`, `javascript:`, `data:`) is refused",
        default: "none",
    }),
    attribute("booking-url", "an https: address, with {therapy} where the therapy goes", Setting::Contact(|c| &mut c.booking_url, parse_booking_url), Docs {
        label: "Booking page",
        help: "A full https:// address. Write {therapy} where the suggested therapy should go, e.g. https://example.org/book?service={therapy}.",
        values: "an `https:` address of the clinic's booking page; `{therapy}` in it is replaced by the suggested therapy's id (`https://clinic.example/book?service={therapy}`). Each suggestion then has its own \"Book …\" link, shown only when no doctor or care team has to agree first",
        default: "none",
    }),
    attribute("clinic-whatsapp", "digits in international form, optionally after a +", Setting::Contact(|c| &mut c.whatsapp, parse_whatsapp), Docs {
        label: "WhatsApp number",
        help: "In international form, digits only, e.g. +918270482704. Visitors can then send you their summary on WhatsApp.",
        values: "the clinic's WhatsApp number in international form, digits with an optional `+` (`+918270482704`). On a routine or \"see a doctor soon\" outcome the results offer \"Send my summary to … on WhatsApp\": a `https://wa.me/` link with the visitor's summary, opened only when they press it",
        default: "none",
    }),
    attribute("reception-url", "an https: address", Setting::Contact(|c| &mut c.reception_url, parse_url), Docs {
        label: "Reception page",
        help: "The full https:// address of your page with the questionnaire, opened by the code visitors show at reception. Empty: the page they answered on.",
        values: "an `https:` address of the clinic's page that carries the widget: the QR code on the results opens it with the visitor's answers in its `#massage-advisor=` fragment, where the widget shows the therapist the same summary, read-only",
        default: "the page's own address",
    }),
    attribute("therapies", "therapy ids separated by spaces", Setting::Therapies, Docs {
        label: "Therapies you offer",
        help: "Leave empty for all, or list those you offer, separated by spaces: relaxation deep_pressure oil_based stretch_assisted lower_back abhyanga kati_basti swedana potli.",
        values: "the therapies the clinic offers, ids separated by spaces: `relaxation deep_pressure oil_based stretch_assisted lower_back abhyanga kati_basti swedana potli`. Others are never suggested; the safety rules are the same; when nothing offered suits, the result says so and points to the clinic. Unknown ids are named in one console warning",
        default: "all nine",
    }),
    attribute("emergency-number", "digits, optionally after a +", Setting::EmergencyNumber, Docs {
        label: "Local emergency number",
        help: "Shown on the emergency screen, e.g. 112 in India. Empty: \"your local emergency number\".",
        values: "the local emergency number, digits and `+` (India: `112`), shown as a \"Call 112 now\" link beside an emergency sign and on the emergency screen",
        default: "none: \"call your local emergency number\"",
    }),
    attribute("lang", "", Setting::Lang, Docs {
        label: "Language",
        help: "en or hi. Empty: the language of your site.",
        values: "`en`, `hi` (Hindi). Visitors can also switch language inside the widget (English / हिंदी); their choice is kept with their answers",
        default: "the page's `<html lang>` when it is `en` or `hi`, else the browser's languages, else `en`",
    }),
    attribute("theme", "", Setting::Theme, Docs {
        label: "Colours",
        help: "light, dark, or empty to follow the visitor's setting.",
        values: "`light`, `dark`, `auto` (follows the visitor's setting)",
        default: "`auto`",
    }),
    attribute("save", "expected on or off", Setting::Save, Docs {
        label: "Keep answers on the device",
        help: "Empty: yes. off: nothing is kept, for shared or kiosk computers.",
        values: "`on`, or `off` for kiosks and shared laptops: nothing is read from or written to the device, and the widget says so",
        default: "`on`",
    }),
    attribute("heading-level", "", Setting::HeadingLevel, Docs {
        label: "Heading level",
        help: "1 to 6. Empty: 2. Use 3 if the block sits under an h2 heading.",
        values: "`1` to `6` (digits, an optional `+`; `3.0` or `0x3` are refused): the level of the widget's top heading (its other headings follow from it). Set it one below the heading the widget sits under: `3` under an `h2`",
        default: "`2`",
    }),
    attribute("storage-key", "letters, digits and - _ . : / # only, at most 100", Setting::StorageKey, Docs {
        label: "Storage key",
        help: "Give two blocks the same key to share answers; each block on a page needs its own otherwise.",
        values: "namespace of the saved answers: letters, digits, `- _ . : / #`, up to 100",
        default: "the page's path and the element's `id` (or, without one, its position on the page), so two pages or two widgets never share answers",
    }),
];

/// The default storage namespace of a widget: the page's path and the
/// element's `id` or, without one, its position among the page's widgets,
/// so that two pages or two widgets never share answers unless they ask to
/// (`storage-key`). Always a valid storage key.
pub fn default_storage_key(path: &str, element_id: &str, position: usize) -> String {
    let which = if element_id.is_empty() {
        position.to_string()
    } else {
        element_id.to_owned()
    };
    let key: Vec<char> = format!("{path}#{which}")
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.:/#".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    key[key.len().saturating_sub(100)..].iter().collect()
}

impl Config {
    /// Applies one attribute. `None` (removed) restores the value in
    /// `defaults`. An invalid value also restores it and returns the warning
    /// to log, naming the attribute; the value itself is never echoed.
    pub fn apply_attribute(
        &mut self,
        name: &str,
        value: Option<&str>,
        defaults: &Config,
    ) -> Result<(), String> {
        let Some(attribute) = ATTRIBUTES.iter().find(|a| a.name == name) else {
            return Err(format!("massage-advisor: unknown attribute \"{name}\""));
        };
        match attribute.apply(self, value, defaults) {
            None => Ok(()),
            Some(problem) => Err(format!(
                "massage-advisor: ignoring the invalid value of the \"{name}\" attribute ({problem})"
            )),
        }
    }
}
