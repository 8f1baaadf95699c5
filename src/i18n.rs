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

/// The texts in context; English when none was provided.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n(Signal::stored(Lang::En)))
}
