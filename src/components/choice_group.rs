//! A single- or multiple-choice question: native radios or checkboxes in a
//! `fieldset` with a `legend`.

use leptos::prelude::*;

use crate::domain::answers::NONE_OPTION;
use crate::domain::questions::Question;
use crate::domain::{Action, Answers, Event};
use crate::i18n::use_i18n;

/// Radios (`multiple = false`) or checkboxes with an exclusive "none of
/// these" (`multiple = true`) for one question.
#[component]
pub fn ChoiceGroup(
    /// The question.
    question: &'static Question,
    /// Whether several options may be chosen.
    multiple: bool,
    /// The answers.
    answers: Signal<Answers>,
    /// Locale key of the error shown under the question, if any.
    error: Signal<Option<&'static str>>,
    /// Where changes go.
    dispatch: Callback<Event>,
) -> impl IntoView {
    let i18n = use_i18n();
    let qid = question.id;
    let mut options: Vec<&'static str> = question.kind.options().to_vec();
    if multiple {
        options.push(NONE_OPTION);
    }
    let hint_key = format!("q.{qid}.hint");
    let has_hint = crate::locale::texts(i18n.0.get_untracked()).has(&hint_key);
    let hint_id = format!("ma-{qid}-hint");
    let error_id = format!("ma-{qid}-error");
    let describedby = if has_hint {
        format!("{hint_id} {error_id}")
    } else {
        error_id.clone()
    };
    let input_type = if multiple { "checkbox" } else { "radio" };
    let items = options
        .into_iter()
        .map(|option| {
            let id = format!("ma-{qid}-{option}");
            let label_key = format!("opt.{qid}.{option}");
            let on_change = move |_| {
                let action = if multiple {
                    Action::Toggle(qid, option.to_owned())
                } else {
                    Action::Choose(qid, option.to_owned())
                };
                dispatch.run(Event::Answer(action));
            };
            view! {
                <div class="ma-option" class:ma-option--none=option == NONE_OPTION>
                    <input
                        type=input_type
                        class="ma-option__input"
                        id=id.clone()
                        name=format!("ma-{qid}")
                        value=option
                        prop:checked=move || answers.with(|a| a.is_chosen(qid, option))
                        on:change=on_change
                    />
                    <label class="ma-option__label" for=id>{move || i18n.t(&label_key)}</label>
                </div>
            }
        })
        .collect_view();
    let legend_id = format!("ma-{qid}-legend");
    view! {
        <fieldset
            class="ma-question"
            class:ma-question--invalid=move || error.get().is_some()
            id=format!("ma-q-{qid}")
            aria-describedby=describedby
        >
            <legend class="ma-question__label" id=legend_id.clone()>
                {move || i18n.t(&format!("q.{qid}.label"))}
            </legend>
            {has_hint.then(|| view! {
                <p class="ma-question__hint" id=hint_id>{move || i18n.t(&hint_key)}</p>
            })}
            <div
                class="ma-options"
                role=if multiple { "group" } else { "radiogroup" }
                aria-labelledby=legend_id
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
            >
                {items}
            </div>
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
