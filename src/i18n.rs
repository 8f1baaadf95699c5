//! The view's access to locale texts, following the current language.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::questions::Wording;
use crate::domain::Msg;
use crate::locale::{texts, Lang};

/// Texts of the current language, provided as context by the app.
#[derive(Clone, Copy)]
pub struct I18n(pub Signal<Lang>);

impl I18n {
    /// The text of `key` (tracks the language when called reactively).
    pub fn t(&self, key: &str) -> String {
        texts(self.0.get()).t(key).to_owned()
    }

    /// The text of `key` in `wording`: its variant (`{key}.stiffness`) when
    /// the locale has one, else the text itself.
    pub fn worded(&self, key: &str, wording: Wording) -> String {
        let texts = texts(self.0.get());
        match wording.suffix().map(|suffix| format!("{key}{suffix}")) {
            Some(variant) if texts.has(&variant) => texts.t(&variant).to_owned(),
            _ => texts.t(key).to_owned(),
        }
    }

    /// The text of `key` with placeholders filled.
    pub fn fill(&self, key: &str, args: &[(&str, String)]) -> String {
        texts(self.0.get()).fill(key, args)
    }

    /// The text of `key` split around its `{name}` placeholder: what comes
    /// before it and after it (the placeholder is left out).
    pub fn around(&self, key: &str, name: &str) -> (String, String) {
        let text = self.t(key);
        let placeholder = format!("{{{name}}}");
        match text.split_once(&placeholder) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text, String::new()),
        }
    }

    /// A rendered domain message.
    pub fn render(&self, msg: &Msg) -> String {
        texts(self.0.get()).render(msg)
    }
}

/// The text of `key` with the host-supplied `value` in place of `{name}`,
/// inside a `<bdi>`: a name in another script, or with direction controls
/// in it, cannot reorder the widget's own words around it.
pub fn isolated(i18n: I18n, key: &'static str, name: &'static str, value: String) -> impl IntoView {
    let before = move || i18n.around(key, name).0;
    let after = move || i18n.around(key, name).1;
    view! { {before}<bdi>{value}</bdi>{after} }
}

/// The date of `ms`, written out (`7 December 2026`) in the page's own
/// locale when it is in the widget's language (`en-IN`, `en-GB`), else in
/// the widget's language.
pub fn long_date(i18n: I18n, ms: f64) -> String {
    written_date(i18n, ms, LONG, false)
}

/// The same for a day given as its midnight UTC (a reception code's day),
/// written as that day wherever the reader is.
pub fn long_day(i18n: I18n, day_ms: f64) -> String {
    written_date(i18n, day_ms, LONG, true)
}

/// The day and short month of `ms` (`14 Dec`), in the same locale as
/// [`long_date`]; written again when the language changes.
pub fn short_date(i18n: I18n, ms: f64) -> String {
    i18n.0.track();
    written_date(i18n, ms, &[("day", "numeric"), ("month", "short")], false)
}

/// The fields of a date written out.
const LONG: &[(&str, &str)] = &[("day", "numeric"), ("month", "long"), ("year", "numeric")];

fn written_date(i18n: I18n, ms: f64, fields: &[(&str, &str)], utc: bool) -> String {
    let lang = i18n.0.get_untracked().tag();
    let page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    // A host's tag is only a hint: `en_US` is read as `en-US`, and a tag the
    // browser refuses (it throws a RangeError) gives way to the widget's.
    let page = page.trim().replace('_', "-");
    let primary = page.split('-').next().unwrap_or_default();
    let options = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&options, &(*name).into(), &(*value).into());
    }
    if utc {
        let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    }
    let date = js_sys::Date::new(&ms.into());
    let written = |locale: &str| -> Option<String> {
        let format = js_sys::Reflect::get(&date, &"toLocaleDateString".into()).ok()?;
        let format: &js_sys::Function = format.dyn_ref()?;
        let args = js_sys::Array::of2(&locale.into(), &options);
        js_sys::Reflect::apply(format, &date, &args)
            .ok()?
            .as_string()
    };
    primary
        .eq_ignore_ascii_case(lang)
        .then(|| written(&page))
        .flatten()
        .or_else(|| written(lang))
        .unwrap_or_else(|| {
            String::from(date.to_iso_string())
                .chars()
                .take(10)
                .collect()
        })
}

/// The texts in context; English when none was provided.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n(Signal::stored(Lang::En)))
}
