//! The frame every choice question shares: a `fieldset` with its `legend`,
//! an optional hint, and the error message, all wired to the question's id.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// The id of a question's legend, for `aria-labelledby` of its options.
pub fn legend_id(question: &str) -> String {
    format!("ma-{question}-legend")
}

/// A question's `fieldset`: legend (`q.{id}.label`), hint (`q.{id}.hint`,
/// when the locale has one), the inputs, and the error below them.
#[component]
pub fn QuestionFieldset(
    /// The question's id.
    question: &'static str,
    /// An extra class for the fieldset (`ma-question--scale`, ...).
    #[prop(optional)]
    modifier: &'static str,
    /// Locale key of the error, if any.
    error: Signal<Option<&'static str>>,
    /// The inputs.
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_key = format!("q.{question}.hint");
    let has_hint = crate::locale::texts(i18n.0.get_untracked()).has(&hint_key);
    let hint_id = format!("ma-{question}-hint");
    let error_id = format!("ma-{question}-error");
    let describedby = if has_hint {
        format!("{hint_id} {error_id}")
    } else {
        error_id.clone()
    };
    view! {
        <fieldset
            class=format!("ma-question {modifier}")
            class:ma-question--invalid=move || error.get().is_some()
            id=format!("ma-q-{question}")
            aria-describedby=describedby
        >
            <legend class="ma-question__label" id=legend_id(question)>
                {move || i18n.t(&format!("q.{question}.label"))}
            </legend>
            {has_hint.then(|| view! {
                <p class="ma-question__hint" id=hint_id>{move || i18n.t(&hint_key)}</p>
            })}
            {children()}
            <FieldError id=error_id error=error />
        </fieldset>
    }
}

/// The error message under a field; always present so that screen readers
/// announce it when it appears.
#[component]
pub fn FieldError(
    /// DOM id, referenced by the field's `aria-describedby`.
    id: String,
    /// Locale key of the error, if any.
    error: Signal<Option<&'static str>>,
    /// Placeholder values for the message.
    #[prop(optional)]
    args: Vec<(&'static str, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="ma-error" id=id aria-live="polite">
            {move || error.get().map(|key| i18n.fill(key, &args))}
        </p>
    }
}
