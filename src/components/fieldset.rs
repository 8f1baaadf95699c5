//! The frame every choice question shares: a `fieldset` with its `legend`,
//! an optional hint, and the error message, all wired to the question's id.

use leptos::prelude::*;

use crate::domain::questions::Wording;
use crate::i18n::use_i18n;
use crate::keys::{dom, text};

/// How the questions of the step speak (of pain, or of stiffness alone),
/// provided by the step to the frames of its questions.
#[derive(Clone, Copy)]
pub struct StepWording(pub Signal<Wording>);

/// The wording provided by the step; of pain when none was.
pub fn use_wording() -> Signal<Wording> {
    use_context::<StepWording>().map_or(Signal::stored(Wording::Pain), |w| w.0)
}

/// The id of a question's hint, when the locale has a hint for it.
/// Every locale has the same keys (a native test checks it).
pub fn hint_id(question: &str) -> Option<String> {
    let i18n = use_i18n();
    crate::locale::texts(i18n.0.get_untracked())
        .has(&text::hint(question))
        .then(|| dom::hint(question))
}

/// A question's hint, under its label.
#[component]
pub fn QuestionHint(
    /// The question's id.
    question: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = text::hint(question);
    view! {
        <p class="ma-question__hint" id=dom::hint(question)>{move || i18n.t(&key)}</p>
    }
}

/// A question's `fieldset`: legend, hint (when the locale has one), the
/// inputs, and the error below them.
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
    let hint = hint_id(question);
    let error_id = dom::error(question);
    let describedby = match &hint {
        Some(hint) => format!("{hint} {error_id}"),
        None => error_id.clone(),
    };
    let label = text::label(question);
    let wording = use_wording();
    view! {
        <fieldset
            class=format!("ma-question {modifier}")
            class:ma-question--invalid=move || error.get().is_some()
            id=dom::question(question)
            aria-describedby=describedby
        >
            <legend class="ma-question__label" id=dom::legend(question)>
                {move || i18n.worded(&label, wording.get())}
            </legend>
            {hint.map(|_| view! { <QuestionHint question /> })}
            {children()}
            <ErrorMessage id=error_id error=error />
        </fieldset>
    }
}

/// The error message under a field; always present so that screen readers
/// announce it when it appears.
#[component]
pub fn ErrorMessage(
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
