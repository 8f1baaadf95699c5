//! The view's access to locale texts, following the current language.

use leptos::prelude::*;

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

    /// The text of `key` with placeholders filled.
    pub fn fill(&self, key: &str, args: &[(&str, String)]) -> String {
        texts(self.0.get()).fill(key, args)
    }

    /// A rendered domain message.
    pub fn render(&self, msg: &Msg) -> String {
        texts(self.0.get()).render(msg)
    }
}

/// The texts in context; English when none was provided.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or(I18n(Signal::stored(Lang::En)))
}
