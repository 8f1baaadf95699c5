//! The view's access to locale texts, following the current language.

use leptos::prelude::*;

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
    let lang = i18n.0.get_untracked().tag();
    let page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_default();
    let primary = page.split(['-', '_']).next().unwrap_or_default();
    let locale = if primary.eq_ignore_ascii_case(lang) {
        page.as_str()
    } else {
        lang
    };
    let options = js_sys::Object::new();
    for (name, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value.into());
    }
    String::from(js_sys::Date::new(&ms.into()).to_locale_date_string(locale, &options))
}

/// The texts in context; English when none was provided.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n(Signal::stored(Lang::En)))
}
